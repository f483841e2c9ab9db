package parser

import (
	"bufio"
	"io"
	"strings"
)

// Reader cuts one input into entries.
type Reader struct {
	file string
	opts Options
	sc   *bufio.Scanner
	line int
	err  error
}

// NewReader returns a Reader of the list in r, whose name in positions is
// file.
func NewReader(r io.Reader, file string, opts Options) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	return &Reader{file: file, opts: opts, sc: sc}
}

// Next returns the next entry; ok is false at the end of the input or on an
// error, which Err then returns.
func (r *Reader) Next() (e Entry, ok bool) {
	for r.sc.Scan() {
		r.line++
		t := strings.TrimSpace(r.sc.Text())
		if t == "" {
			continue
		}
		return Entry{File: r.file, Line: r.line, Text: t}, true
	}
	r.err = r.sc.Err()
	return Entry{}, false
}

// Err returns the error that ended reading, if any.
func (r *Reader) Err() error { return r.err }
