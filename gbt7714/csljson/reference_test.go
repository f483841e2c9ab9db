package csljson

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strconv"
	"sync"
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

// randomRecords returns n records of rectest.Random from a fixed seed.
func randomRecords(n int) []*gbt7714.Record {
	rng := rand.New(rand.NewPCG(7714, 2015))
	recs := make([]*gbt7714.Record, n)
	for i := range recs {
		recs[i] = rectest.Random(rng)
	}
	return recs
}

// testSets are the record sequences the writer is checked on.
func testSets() map[string][]*gbt7714.Record {
	return map[string][]*gbt7714.Record{
		"none":     nil,
		"full":     {rectest.Full()},
		"set":      append(rectest.Set(), rectest.Full()),
		"no index": {{}, {Index: 3}, {}, {Index: -1}, {}},
		"random":   randomRecords(3000),
	}
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
	for i, r := range randomRecords(3000) {
		want := referenceWrite(t, []*gbt7714.Record{r})
		if got := write(t, r); !bytes.Equal(got, want) {
			t.Fatalf("random record %d: %#v\n(-want +got):\n%s", i, r, cmp.Diff(string(want), string(got)))
		}
	}
}

// TestEncoderContract checks that WriteEncoded(EncodeRecord(nil, r), r),
// in order, writes what Write(r) writes, also when the records are encoded
// on many goroutines into one buffer each, one after another, as the
// pipeline of the root package does.
func TestEncoderContract(t *testing.T) {
	for name, recs := range testSets() {
		want := string(write(t, recs...))

		var b bytes.Buffer
		w := NewWriter(&b)
		for _, r := range recs {
			if err := w.WriteEncoded(w.EncodeRecord(nil, r), r); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); got != want {
			t.Errorf("%s: one by one (-Write +WriteEncoded):\n%s", name, cmp.Diff(want, got))
		}

		b.Reset()
		w = NewWriter(&b)
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
			t.Errorf("%s: concurrently (-Write +WriteEncoded):\n%s", name, cmp.Diff(want, got))
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
	w = NewWriter(&b)
	w.Close()
	b.Reset()
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
