package jsonrec

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"sync"
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

// randomRecords returns n records of rectest.Random from a fixed seed.
func randomRecords(n int) []*gbt7714.Record {
	rng := rand.New(rand.NewPCG(7714, 2015))
	recs := make([]*gbt7714.Record, n)
	for i := range recs {
		recs[i] = rectest.Random(rng)
	}
	return recs
}

// testSets are the record sequences the writers are checked on.
func testSets() map[string][]*gbt7714.Record {
	return map[string][]*gbt7714.Record{
		"none":   nil,
		"full":   {rectest.Full()},
		"set":    append(rectest.Set(), rectest.Full()),
		"empty":  {{}},
		"random": randomRecords(3000),
	}
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
	for i, r := range randomRecords(3000) {
		for _, lines := range []bool{false, true} {
			want := referenceWrite(t, lines, []*gbt7714.Record{r})
			if got := []byte(write(t, lines, r)); !bytes.Equal(got, want) {
				t.Fatalf("random record %d, lines=%v: %#v\n(-want +got):\n%s",
					i, lines, r, cmp.Diff(string(want), string(got)))
			}
		}
	}
}

// TestEncoderContract checks that WriteEncoded(EncodeRecord(nil, r), r),
// in order, writes what Write(r) writes, also when the records are encoded
// on many goroutines into one buffer each, one after another, as the
// pipeline of the root package does.
func TestEncoderContract(t *testing.T) {
	for name, recs := range testSets() {
		for _, lines := range []bool{false, true} {
			newWriter := NewWriter
			if lines {
				newWriter = NewLinesWriter
			}
			want := write(t, lines, recs...)

			var b bytes.Buffer
			w := newWriter(&b)
			for _, r := range recs {
				if err := w.WriteEncoded(w.EncodeRecord(nil, r), r); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != want {
				t.Errorf("%s, lines=%v: one by one (-Write +WriteEncoded):\n%s", name, lines, cmp.Diff(want, got))
			}

			b.Reset()
			w = newWriter(&b)
			encs := encodeConcurrently(w, recs)
			for i, r := range recs {
				if err := w.WriteEncoded(encs[i], r); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != want {
				t.Errorf("%s, lines=%v: concurrently (-Write +WriteEncoded):\n%s", name, lines, cmp.Diff(want, got))
			}
		}
	}
}

// encodeConcurrently encodes recs on several goroutines, each appending
// to a buffer of its own that already holds something, and returns the
// encoding of each record.
func encodeConcurrently(w gbt7714.Encoder, recs []*gbt7714.Record) [][]byte {
	const workers = 8
	encs := make([][]byte, len(recs))
	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() {
			buf := []byte("junk")
			var ends []int
			for i := k; i < len(recs); i += workers {
				buf = w.EncodeRecord(buf, recs[i])
				ends = append(ends, len(buf))
			}
			start := len("junk")
			for j, i := 0, k; i < len(recs); j, i = j+1, i+workers {
				encs[i] = buf[start:ends[j]]
				start = ends[j]
			}
		})
	}
	wg.Wait()
	return encs
}

func TestWriteEncodedErrors(t *testing.T) {
	r := rectest.Full()
	f := &failWriter{}
	w := NewWriter(f)
	for range 2 {
		if err := w.WriteEncoded(w.EncodeRecord(nil, r), r); !errors.Is(err, errDisk) {
			t.Errorf("WriteEncoded: %v, want %v", err, errDisk)
		}
	}
	if err := w.Close(); !errors.Is(err, errDisk) {
		t.Errorf("Close: %v, want %v", err, errDisk)
	}
	if f.calls != 1 {
		t.Errorf("underlying writer called %d times, want 1", f.calls)
	}

	var b bytes.Buffer
	w = NewLinesWriter(&b)
	w.Close()
	if err := w.WriteEncoded(w.EncodeRecord(nil, r), r); err == nil {
		t.Error("WriteEncoded after Close succeeded")
	}
	if b.Len() != 0 {
		t.Errorf("wrote %q after Close", b.String())
	}
}

type failWriter struct{ calls int }

var errDisk = errors.New("disk full")

func (f *failWriter) Write(p []byte) (int, error) {
	f.calls++
	return 0, errDisk
}
