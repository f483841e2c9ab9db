// Package jsonstream writes a sequence of JSON values one at a time, either
// as a pretty-printed JSON array or as JSON Lines, without holding more than
// the value at hand. It is the shared machinery of the JSON-based writers:
// an Appender encodes a value without reflection, byte for byte as
// encoding/json would, and a Writer puts the encoded values in sequence.
package jsonstream

import (
	"errors"
	"io"
)

// ErrClosed is returned by Write after Close.
var ErrClosed = errors.New("jsonstream: write after close")

// The layout of the values of an array: each on its own line, indented by
// two spaces, its members by two more, as json.Encoder writes them after
// SetIndent(indentPrefix, indentUnit).
const (
	indentPrefix = "  "
	indentUnit   = "  "
)

// Writer writes encoded JSON values to an io.Writer.
type Writer struct {
	w      io.Writer
	lines  bool
	n      int
	err    error // sticky error of the underlying io.Writer
	closed bool
	buf    []byte
}

// NewArray returns a Writer that writes a JSON array indented by two
// spaces: "[\n", the values separated by ",\n", then "\n]\n"; with no
// values at all it writes "[]\n".
func NewArray(w io.Writer) *Writer { return &Writer{w: w} }

// NewLines returns a Writer that writes JSON Lines: each value compact, on
// a line of its own. With no values it writes nothing.
func NewLines(w io.Writer) *Writer { return &Writer{w: w, lines: true} }

// Count returns the number of values written so far.
func (s *Writer) Count() int { return s.n }

// Value returns an Appender that appends to dst one value laid out for s:
// indented as an element of the array, or compact for JSON Lines. Finish
// it with End. Value reads nothing that Write or Close change: it may be
// called from many goroutines at once.
func (s *Writer) Value(dst []byte) Appender {
	if s.lines {
		return Compact(dst)
	}
	return Indented(dst, indentPrefix, indentUnit)
}

// End returns the bytes of a value begun with Value, as Write takes them:
// for JSON Lines, with the line's newline.
func (s *Writer) End(a *Appender) []byte {
	if s.lines {
		return append(a.Bytes(), '\n')
	}
	return a.Bytes()
}

// Write writes one value, encoded by an Appender from Value and finished
// by End, at once with the separator it needs.
func (s *Writer) Write(enc []byte) error {
	if s.closed {
		return ErrClosed
	}
	if s.err != nil {
		return s.err
	}
	s.buf = append(s.buf[:0], s.separator()...)
	s.buf = append(s.buf, enc...)
	s.n++
	return s.flush()
}

// separator is what goes before the next value.
func (s *Writer) separator() string {
	switch {
	case s.lines:
		return ""
	case s.n == 0:
		return "[\n" + indentPrefix
	}
	return ",\n" + indentPrefix
}

// Close finishes the document. It does not close the underlying
// io.Writer. Closing twice is harmless.
func (s *Writer) Close() error {
	if s.closed {
		return s.err
	}
	s.closed = true
	if s.err != nil || s.lines {
		return s.err
	}
	if s.n == 0 {
		s.buf = append(s.buf[:0], "[]\n"...)
	} else {
		s.buf = append(s.buf[:0], "\n]\n"...)
	}
	return s.flush()
}

func (s *Writer) flush() error {
	_, s.err = s.w.Write(s.buf)
	return s.err
}
