package rectest

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/refparse/refparse/gbt7714"
)

// titles is a gbt7714.Encoder that writes the title of each record on a
// line of its own, numbered: the number is what WriteEncoded adds. Its
// fields break it in the ways CheckEncoder must catch.
type titles struct {
	w      io.Writer
	n      atomic.Int64
	err    error
	closed bool

	keep     bool     // WriteEncoded keeps enc, unnumbered, and writes it at Close
	kept     [][]byte // what keep keeps
	numberIn bool     // EncodeRecord numbers the line itself, from the writer's state
	reopen   bool     // Close does not stop further writes
	swallow  bool     // write errors are not returned
}

func (e *titles) Write(r *gbt7714.Record) error { return e.WriteEncoded(e.EncodeRecord(nil, r), r) }

func (e *titles) EncodeRecord(dst []byte, r *gbt7714.Record) []byte {
	if e.numberIn {
		dst = fmt.Appendf(dst, "%d ", e.n.Load()+1)
	}
	return append(append(dst, r.Title...), '\n')
}

func (e *titles) WriteEncoded(enc []byte, r *gbt7714.Record) error {
	if e.closed && !e.reopen {
		return errors.New("closed")
	}
	if e.err != nil {
		return e.err
	}
	n := e.n.Add(1)
	if e.keep {
		e.kept = append(e.kept, enc)
		return nil
	}
	line := enc
	if !e.numberIn {
		line = fmt.Appendf(nil, "%d %s", n, enc)
	}
	_, e.err = e.w.Write(line)
	if e.swallow {
		e.err = nil
	}
	return e.err
}

func (e *titles) Close() error {
	if e.closed {
		return e.err
	}
	e.closed = true
	for _, enc := range e.kept {
		if e.err == nil {
			_, e.err = e.w.Write(enc)
		}
	}
	return e.err
}

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	mu     sync.Mutex
	errors []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Error(args ...any) { r.Errorf("%s", fmt.Sprint(args...)) }

func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	runtime.Goexit()
}

// run runs check with a recorder and returns the failures it reported.
func run(t *testing.T, check func(testing.TB)) []string {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		check(r)
	}()
	<-done
	return r.errors
}

func TestCheckEncoder(t *testing.T) {
	recs := Set()
	tests := []struct {
		name   string
		broken func(*titles)
		want   string // in a failure, "" for none
	}{
		{"sound", func(*titles) {}, ""},
		{"keeps enc", func(e *titles) { e.keep = true }, "WriteEncoded differs from Write"},
		{"numbers in EncodeRecord", func(e *titles) { e.numberIn = true }, "WriteEncoded differs from Write"},
		{"writes after Close", func(e *titles) { e.reopen = true }, "after Close succeeded"},
		{"swallows errors", func(e *titles) { e.swallow = true }, "failing io.Writer"},
	}
	for _, tt := range tests {
		newWriter := func(w io.Writer) *titles {
			e := &titles{w: w}
			tt.broken(e)
			return e
		}
		errs := run(t, func(tb testing.TB) { CheckEncoder(tb, newWriter, recs) })
		switch {
		case tt.want == "" && len(errs) > 0:
			t.Errorf("%s: CheckEncoder failed:\n%s", tt.name, strings.Join(errs, "\n"))
		case tt.want != "" && !strings.Contains(strings.Join(errs, "\n"), tt.want):
			t.Errorf("%s: CheckEncoder reported %q, want a failure with %q", tt.name, errs, tt.want)
		}
	}
}

func TestCheckErrorSticks(t *testing.T) {
	sticky := func(w io.Writer) *titles { return &titles{w: w} }
	if errs := run(t, func(tb testing.TB) { CheckErrorSticks(tb, sticky) }); len(errs) > 0 {
		t.Errorf("CheckErrorSticks failed on a sticky writer:\n%s", strings.Join(errs, "\n"))
	}
	retrying := func(w io.Writer) *titles { return &titles{w: w, swallow: true} }
	if errs := run(t, func(tb testing.TB) { CheckErrorSticks(tb, retrying) }); len(errs) == 0 {
		t.Error("CheckErrorSticks passed a writer that retries after an error")
	}
}
