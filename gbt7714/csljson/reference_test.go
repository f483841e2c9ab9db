package csljson

import (
	"bytes"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/internal/rectest"
)

// The reference: the writer as it was before hand-written encoding,
// encoding/json over the item struct. The writer must match it byte for
// byte.

// item is one CSL-JSON item; every key is a CSL 1.0.2 variable.
type item struct {
	ID             string         `json:"id"`
	Type           string         `json:"type"`
	Language       string         `json:"language,omitempty"`
	Author         []gbt7714.Name `json:"author,omitempty"`
	Editor         []gbt7714.Name `json:"editor,omitempty"`
	Translator     []gbt7714.Name `json:"translator,omitempty"`
	Title          string         `json:"title,omitempty"`
	ContainerTitle string         `json:"container-title,omitempty"`
	Edition        string         `json:"edition,omitempty"`
	PublisherPlace string         `json:"publisher-place,omitempty"`
	Publisher      string         `json:"publisher,omitempty"`
	Issued         *date          `json:"issued,omitempty"`
	Volume         string         `json:"volume,omitempty"`
	Issue          string         `json:"issue,omitempty"`
	Page           string         `json:"page,omitempty"`
	Number         string         `json:"number,omitempty"`
	Genre          string         `json:"genre,omitempty"`
	Medium         string         `json:"medium,omitempty"`
	Accessed       *date          `json:"accessed,omitempty"`
	URL            string         `json:"URL,omitempty"`
	DOI            string         `json:"DOI,omitempty"`
}

// date is a CSL date: {"date-parts": [[year, month, day]]}.
type date struct {
	DateParts [][]int `json:"date-parts"`
}

// fromRecord returns the item for r; pos is r's 1-based position in the
// output, used for the id when r has no Index.
func fromRecord(r *gbt7714.Record, pos int) *item {
	return &item{
		ID: id(r, pos), Type: cslType(r), Language: languages[r.Lang],
		Author: r.Author, Editor: r.Editor, Translator: r.Translator,
		Title: r.Title, ContainerTitle: r.ContainerTitle,
		Edition: r.Edition, PublisherPlace: r.Place, Publisher: r.Publisher,
		Issued: cslDate(issued(r)), Volume: r.Volume, Issue: r.Issue, Page: r.Page,
		Number: r.Number, Genre: r.Genre, Medium: r.Carrier,
		Accessed: cslDate(r.Accessed), URL: r.URL, DOI: r.DOI,
	}
}

func id(r *gbt7714.Record, pos int) string {
	n := r.Index
	if n == 0 {
		n = pos
	}
	return "ref-" + strconv.Itoa(n)
}

func cslDate(d gbt7714.Date) *date {
	if d.IsZero() {
		return nil
	}
	return &date{DateParts: [][]int{d.Parts()}}
}

// referenceWrite writes recs as the writer did with encoding/json.
func referenceWrite(t testing.TB, recs []*gbt7714.Record) []byte {
	t.Helper()
	var out, buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	for i, r := range recs {
		buf.Reset()
		if err := enc.Encode(fromRecord(r, i+1)); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			out.WriteString("[\n  ")
		} else {
			out.WriteString(",\n  ")
		}
		out.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	if len(recs) == 0 {
		out.WriteString("[]\n")
	} else {
		out.WriteString("\n]\n")
	}
	return out.Bytes()
}

// testSets are the record sequences the writer is checked on: those of
// rectest.Sequences and records without an Index among others.
func testSets() map[string][]*gbt7714.Record {
	sets := rectest.Sequences()
	sets["no index"] = []*gbt7714.Record{{}, {Index: 3}, {}, {Index: -1}, {}}
	return sets
}

// TestMatchesEncodingJSON checks the hand-written encoding against
// encoding/json, byte for byte.
func TestMatchesEncodingJSON(t *testing.T) {
	for name, recs := range testSets() {
		want := referenceWrite(t, recs)
		if got := write(t, recs...); !bytes.Equal(got, want) {
			t.Errorf("%s: differs from encoding/json (-want +got):\n%s",
				name, cmp.Diff(string(want), string(got)))
		}
	}
}

// TestEachRecordMatches compares record by record, so that a difference
// shows the record that makes it.
func TestEachRecordMatches(t *testing.T) {
	for i, r := range rectest.RandomSet(3000) {
		want := referenceWrite(t, []*gbt7714.Record{r})
		if got := write(t, r); !bytes.Equal(got, want) {
			t.Fatalf("random record %d: %#v\n(-want +got):\n%s", i, r, cmp.Diff(string(want), string(got)))
		}
	}
}

// TestEncoderContract checks the gbt7714.Encoder contract on every test
// set; see rectest.CheckEncoder.
func TestEncoderContract(t *testing.T) {
	for name, recs := range testSets() {
		t.Run(name, func(t *testing.T) { rectest.CheckEncoder(t, NewWriter, recs) })
	}
}

// TestWriteErrorSticks checks that the writer stops at the first error of
// its io.Writer.
func TestWriteErrorSticks(t *testing.T) { rectest.CheckErrorSticks(t, NewWriter) }
