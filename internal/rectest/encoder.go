package rectest

import (
	"bytes"
	"errors"
	"io"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/refparse/refparse/gbt7714"
)

// CheckEncoder checks the gbt7714.Encoder contract for the writers that
// newWriter makes, on recs: that WriteEncoded(EncodeRecord(nil, r), r),
// called in order and followed by Close, writes exactly what Write(r) and
// Close write; and that it still does when the records are encoded on many
// goroutines, whether all of them before the first is written (as the
// pipeline of the root package does) or while the writer writes those
// already encoded. Run it with -race.
//
// It also checks, on a record or two of its own, how the writer handles
// an io.Writer that fails (each WriteEncoded and Write returns its error)
// and writes after Close (they fail and write nothing). For a writer that
// also stops at the first error, see CheckErrorSticks.
func CheckEncoder[E gbt7714.Encoder](t testing.TB, newWriter func(io.Writer) E, recs []*gbt7714.Record) {
	t.Helper()
	want, err := output(newWriter, recs, func(w E, _ int, r *gbt7714.Record) error { return w.Write(r) })
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	check := func(how string, got string, err error) {
		t.Helper()
		if err != nil {
			t.Errorf("%s: %v", how, err)
		} else if got != want {
			t.Errorf("%s, WriteEncoded differs from Write (-Write +WriteEncoded):\n%s", how, cmp.Diff(want, got))
		}
	}

	got, err := output(newWriter, recs, func(w E, _ int, r *gbt7714.Record) error {
		return w.WriteEncoded(w.EncodeRecord(nil, r), r)
	})
	check("one by one", got, err)

	var encs [][]byte
	got, err = output(newWriter, recs, func(w E, i int, r *gbt7714.Record) error {
		if i == 0 {
			encs = encodeAll(w, recs)
		}
		return w.WriteEncoded(encs[i], r)
	})
	check("encoded concurrently, then written", got, err)

	got, err = pipelined(newWriter, recs)
	check("encoded concurrently while written", got, err)

	checkWriteErrors(t, newWriter)
}

// output writes recs with newWriter's writer, each with write, then closes
// the writer, and returns what it wrote.
func output[E gbt7714.Encoder](newWriter func(io.Writer) E, recs []*gbt7714.Record,
	write func(w E, i int, r *gbt7714.Record) error) (string, error) {
	var b bytes.Buffer
	w := newWriter(&b)
	for i, r := range recs {
		if err := write(w, i, r); err != nil {
			return "", err
		}
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return b.String(), nil
}

// encodeAll encodes recs on several goroutines, each appending to a buffer
// of its own that already holds something, and returns the encoding of
// each record.
func encodeAll(w gbt7714.Encoder, recs []*gbt7714.Record) [][]byte {
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

// pipelined writes recs as a parallel pipeline does: workers encode them,
// each into one buffer it reuses, while the writer writes, in order, those
// already encoded. Each encoding is overwritten once WriteEncoded returns,
// so a writer that kept it would write garbage.
func pipelined[E gbt7714.Encoder](newWriter func(io.Writer) E, recs []*gbt7714.Record) (string, error) {
	var b bytes.Buffer
	w := newWriter(&b)
	const workers = 4
	done := make([]chan []byte, len(recs))
	for i := range done {
		done[i] = make(chan []byte, 1)
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	for k := range workers {
		wg.Go(func() {
			var buf []byte
			for i := k; i < len(recs); i += workers {
				buf = w.EncodeRecord(buf[:0], recs[i])
				done[i] <- bytes.Clone(buf)
			}
		})
	}
	for i, r := range recs {
		enc := <-done[i]
		if err := w.WriteEncoded(enc, r); err != nil {
			return "", err
		}
		for j := range enc {
			enc[j] = '#'
		}
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return b.String(), nil
}

// checkWriteErrors checks that the error of a failing io.Writer comes back
// from every WriteEncoded and from Write, and that WriteEncoded and Write
// fail after Close and write nothing.
func checkWriteErrors[E gbt7714.Encoder](t testing.TB, newWriter func(io.Writer) E) {
	t.Helper()
	for _, r := range []*gbt7714.Record{Full(), {}} {
		w := newWriter(&failWriter{})
		for range 2 {
			if err := w.WriteEncoded(w.EncodeRecord(nil, r), r); !errors.Is(err, errDisk) {
				t.Errorf("WriteEncoded to a failing io.Writer: %v, want %v", err, errDisk)
			}
		}
		if err := newWriter(&failWriter{}).Write(r); !errors.Is(err, errDisk) {
			t.Errorf("Write to a failing io.Writer: %v, want %v", err, errDisk)
		}

		var b bytes.Buffer
		w = newWriter(&b)
		if err := w.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
		n := b.Len()
		if err := w.WriteEncoded(w.EncodeRecord(nil, r), r); err == nil {
			t.Error("WriteEncoded after Close succeeded")
		}
		if err := w.Write(r); err == nil {
			t.Error("Write after Close succeeded")
		}
		if b.Len() != n {
			t.Errorf("wrote %q after Close", b.Bytes()[n:])
		}
	}
}

// CheckErrorSticks checks that a writer that newWriter makes stops at the
// first error of its io.Writer: it never calls the io.Writer again, and
// every later WriteEncoded, Write and Close returns that error.
func CheckErrorSticks[E gbt7714.Encoder](t testing.TB, newWriter func(io.Writer) E) {
	t.Helper()
	r := Full()
	f := &failWriter{}
	w := newWriter(f)
	for range 2 {
		if err := w.WriteEncoded(w.EncodeRecord(nil, r), r); !errors.Is(err, errDisk) {
			t.Errorf("WriteEncoded: %v, want %v", err, errDisk)
		}
	}
	if err := w.Write(r); !errors.Is(err, errDisk) {
		t.Errorf("Write: %v, want %v", err, errDisk)
	}
	if err := w.Close(); !errors.Is(err, errDisk) {
		t.Errorf("Close: %v, want %v", err, errDisk)
	}
	if f.calls != 1 {
		t.Errorf("underlying writer called %d times, want 1", f.calls)
	}
}

// failWriter is an io.Writer whose every Write fails with errDisk.
type failWriter struct{ calls int }

var errDisk = errors.New("rectest: disk full")

func (f *failWriter) Write(p []byte) (int, error) {
	f.calls++
	return 0, errDisk
}
