package jsonrec

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/internal/rectest"
)

// The reference: the writers as they were before hand-written encoding,
// encoding/json over the object struct. The writers must match it byte
// for byte.

// fromRecord returns the JSON form of r, as appendObject writes it.
func fromRecord(r *gbt7714.Record) *object {
	o := &object{
		Index: r.Index, File: r.File, Line: r.Line, Label: r.Label, Raw: r.Raw,
		Lang: r.Lang, Type: r.Type, Carrier: r.Carrier, Analytic: r.Analytic,
		Author: r.Author, AuthorEtAl: r.AuthorEtAl,
		Editor: r.Editor, EditorEtAl: r.EditorEtAl,
		Translator: r.Translator, TranslatorEtAl: r.TranslatorEtAl,
		Title: r.Title, ContainerTitle: r.ContainerTitle,
		Edition: r.Edition, Place: r.Place, Publisher: r.Publisher,
		Issued: r.Issued.String(), Volume: r.Volume, Issue: r.Issue, Page: r.Page,
		Number: r.Number, Updated: r.Updated.String(), Accessed: r.Accessed.String(),
		URL: r.URL, DOI: r.DOI, Genre: r.Genre, Warnings: r.Warnings,
	}
	if o.Lang == "" {
		o.Lang = gbt7714.LangOther
	}
	return o
}

// referenceWrite writes recs as the writers did with encoding/json.
func referenceWrite(t testing.TB, lines bool, recs []*gbt7714.Record) []byte {
	t.Helper()
	var out, buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if !lines {
		enc.SetIndent("  ", "  ")
	}
	for i, r := range recs {
		buf.Reset()
		if err := enc.Encode(fromRecord(r)); err != nil {
			t.Fatal(err)
		}
		if lines {
			out.Write(buf.Bytes())
			continue
		}
		if i == 0 {
			out.WriteString("[\n  ")
		} else {
			out.WriteString(",\n  ")
		}
		out.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	switch {
	case lines:
	case len(recs) == 0:
		out.WriteString("[]\n")
	default:
		out.WriteString("\n]\n")
	}
	return out.Bytes()
}

// testSets are the record sequences the writers are checked on: those of
// rectest.Sequences and an empty record.
func testSets() map[string][]*gbt7714.Record {
	sets := rectest.Sequences()
	sets["empty"] = []*gbt7714.Record{{}}
	return sets
}

// TestMatchesEncodingJSON checks the hand-written encoding against
// encoding/json, byte for byte, for both writers.
func TestMatchesEncodingJSON(t *testing.T) {
	for name, recs := range testSets() {
		for _, lines := range []bool{false, true} {
			want := referenceWrite(t, lines, recs)
			got := []byte(write(t, lines, recs...))
			if !bytes.Equal(got, want) {
				t.Errorf("%s, lines=%v: differs from encoding/json (-want +got):\n%s",
					name, lines, cmp.Diff(string(want), string(got)))
			}
		}
	}
}

// TestEachRecordMatches compares record by record, so that a difference
// shows the record that makes it.
func TestEachRecordMatches(t *testing.T) {
	for i, r := range rectest.RandomSet(3000) {
		for _, lines := range []bool{false, true} {
			want := referenceWrite(t, lines, []*gbt7714.Record{r})
			if got := []byte(write(t, lines, r)); !bytes.Equal(got, want) {
				t.Fatalf("random record %d, lines=%v: %#v\n(-want +got):\n%s",
					i, lines, r, cmp.Diff(string(want), string(got)))
			}
		}
	}
}

// TestEncoderContract checks the gbt7714.Encoder contract on every test
// set, for both writers; see rectest.CheckEncoder.
func TestEncoderContract(t *testing.T) {
	for name, recs := range testSets() {
		t.Run(name+"/array", func(t *testing.T) { rectest.CheckEncoder(t, NewWriter, recs) })
		t.Run(name+"/lines", func(t *testing.T) { rectest.CheckEncoder(t, NewLinesWriter, recs) })
	}
}

// TestWriteErrorSticks checks that both writers stop at the first error of
// their io.Writer.
func TestWriteErrorSticks(t *testing.T) {
	rectest.CheckErrorSticks(t, NewWriter)
	rectest.CheckErrorSticks(t, NewLinesWriter)
}
