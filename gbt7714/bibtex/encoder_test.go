package bibtex

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/internal/rectest"
)

// encoderRecords are records whose keys collide in every way keyer knows:
// the same record again and again, bases that equal another base with a
// suffix (li2020a, then li2020 twice; li2020b, then li2020b again), and
// the realistic set, whose names, titles and years repeat.
func encoderRecords() []*gbt7714.Record {
	zheng := &gbt7714.Record{Lang: gbt7714.LangZh, Type: "J", Author: []N{{Family: "郑", Given: "广怀"}},
		Issued: date(2023, 0, 0), Title: "乡镇社工站", ContainerTitle: "学海"}
	li := func(title string) *gbt7714.Record {
		return &gbt7714.Record{Lang: gbt7714.LangEn, Type: "M", Author: []N{{Family: "Li", Given: "A"}},
			Issued: date(2020, 0, 0), Title: title}
	}
	recs := []*gbt7714.Record{zheng, zheng, li("A"), li(""), li(""), li("B"), zheng, li(""), {}, {}, {}}
	recs = append(recs, rectest.Set()...)
	recs = append(recs, rectest.Full(), rectest.Full())
	recs = append(recs, realistic(300)...)
	recs = append(recs, record(odd...), record(odd[3:]...), record(odd...))
	return recs
}

func writeAll(t *testing.T, recs []*gbt7714.Record) []byte {
	t.Helper()
	var b bytes.Buffer
	w := NewWriter(&b)
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

// TestEncoderContract checks that WriteEncoded(EncodeRecord(nil, r), r),
// called in order, writes what Write does, suffixes included.
func TestEncoderContract(t *testing.T) {
	recs := encoderRecords()
	want := writeAll(t, recs)
	var got bytes.Buffer
	w := NewWriter(&got)
	for _, r := range recs {
		if err := w.WriteEncoded(w.EncodeRecord(nil, r), r); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(string(want), got.String()); diff != "" {
		t.Errorf("WriteEncoded(EncodeRecord) differs from Write (-Write +WriteEncoded):\n%s", diff)
	}
	for _, key := range []string{"{zheng2023xiangzhen,", "{zheng2023xiangzhena,", "{zheng2023xiangzhenb,",
		"{li2020a,", "{li2020,", "{li2020b,", "{li2020ba,", "{li2020c,", "{ref,", "{refa,", "{refb,"} {
		if !strings.Contains(got.String(), key) {
			t.Errorf("output lacks key %q", key)
		}
	}
}

// TestEncodeRecordBaseKey checks that EncodeRecord appends to dst and
// writes the key before it is made unique, however often it has been
// handed out.
func TestEncodeRecordBaseKey(t *testing.T) {
	r := &gbt7714.Record{Author: []N{{Family: "郑", Given: "广怀"}}, Issued: date(2023, 0, 0), Title: "乡镇"}
	w := NewWriter(new(bytes.Buffer))
	for range 3 {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	got := string(w.EncodeRecord([]byte("prefix"), r))
	if want := "prefix@misc{zheng2023xiangzhen,\n  author = {郑, 广怀},\n"; !strings.HasPrefix(got, want) {
		t.Errorf("EncodeRecord = %q, want it to start %q", got, want)
	}
	// EncodeRecord reads nothing of the writer, not even that there is one.
	if got2 := string((*Writer)(nil).EncodeRecord([]byte("prefix"), r)); got2 != got {
		t.Errorf("EncodeRecord on a nil Writer = %q, want %q", got2, got)
	}
}

// TestEncodeConcurrently encodes records on several goroutines while the
// writer writes those already encoded, in order, as a parallel pipeline
// does; run with -race. The output must be what Write writes.
func TestEncodeConcurrently(t *testing.T) {
	recs := encoderRecords()
	recs = append(recs, recs...) // every key again
	want := writeAll(t, recs)

	var got bytes.Buffer
	w := NewWriter(&got)
	const workers = 4
	done := make([]chan []byte, len(recs))
	for i := range done {
		done[i] = make(chan []byte, 1)
	}
	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() {
			var buf []byte // one buffer per worker, reused: the writer must not keep enc
			for i := k; i < len(recs); i += workers {
				buf = w.EncodeRecord(buf[:0], recs[i])
				done[i] <- bytes.Clone(buf)
			}
		})
	}
	for i, r := range recs {
		if err := w.WriteEncoded(<-done[i], r); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	if !bytes.Equal(want, got.Bytes()) {
		t.Errorf("concurrent encoding differs from Write:\n%s", cmp.Diff(string(want), got.String()))
	}
}

func TestWriteEncodedErrors(t *testing.T) {
	r := &gbt7714.Record{Title: "x"}
	enc := (*Writer)(nil).EncodeRecord(nil, r)
	w := NewWriter(new(bytes.Buffer))
	w.Close()
	if err := w.WriteEncoded(enc, r); !errors.Is(err, errClosed) {
		t.Errorf("WriteEncoded after Close: %v, want errClosed", err)
	}
	if err := NewWriter(failWriter{}).WriteEncoded(enc, r); !errors.Is(err, errFail) {
		t.Errorf("WriteEncoded: %v, want %v", err, errFail)
	}
	for _, bad := range []string{"", "@misc", "@misc{x"} {
		if err := NewWriter(new(bytes.Buffer)).WriteEncoded([]byte(bad), r); !errors.Is(err, errEncoded) {
			t.Errorf("WriteEncoded(%q): %v, want errEncoded", bad, err)
		}
	}
}
