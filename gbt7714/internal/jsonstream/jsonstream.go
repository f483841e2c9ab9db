// Package jsonstream writes a sequence of JSON values one at a time, either
// as a pretty-printed JSON array or as JSON Lines, without holding more than
// the value at hand. It is the shared machinery of the JSON-based writers.
package jsonstream

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// ErrClosed is returned by Write after Close.
var ErrClosed = errors.New("jsonstream: write after close")

// Writer writes JSON values to an io.Writer. HTML characters (& < >) are
// written as they are; invalid UTF-8 in strings becomes U+FFFD.
type Writer struct {
	w      io.Writer
	lines  bool
	n      int
	err    error // sticky error of the underlying io.Writer
	closed bool
	buf    bytes.Buffer
	enc    *json.Encoder
}

// NewArray returns a Writer that writes a JSON array indented by two
// spaces: "[\n", the values separated by ",\n", then "\n]\n"; with no
// values at all it writes "[]\n".
func NewArray(w io.Writer) *Writer {
	s := newWriter(w, false)
	s.enc.SetIndent("  ", "  ")
	return s
}

// NewLines returns a Writer that writes JSON Lines: each value compact, on
// a line of its own. With no values it writes nothing.
func NewLines(w io.Writer) *Writer { return newWriter(w, true) }

func newWriter(w io.Writer, lines bool) *Writer {
	s := &Writer{w: w, lines: lines}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	return s
}

// Count returns the number of values written so far.
func (s *Writer) Count() int { return s.n }

// Write encodes v and writes it at once.
func (s *Writer) Write(v any) error {
	if s.closed {
		return ErrClosed
	}
	if s.err != nil {
		return s.err
	}
	s.buf.Reset()
	s.buf.WriteString(s.separator())
	if err := s.enc.Encode(v); err != nil {
		return err
	}
	if !s.lines {
		s.buf.Truncate(s.buf.Len() - 1) // the encoder's newline
	}
	s.n++
	return s.flush()
}

// separator is what goes before the next value.
func (s *Writer) separator() string {
	switch {
	case s.lines:
		return ""
	case s.n == 0:
		return "[\n  "
	}
	return ",\n  "
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
	s.buf.Reset()
	if s.n == 0 {
		s.buf.WriteString("[]\n")
	} else {
		s.buf.WriteString("\n]\n")
	}
	return s.flush()
}

func (s *Writer) flush() error {
	_, s.err = s.w.Write(s.buf.Bytes())
	return s.err
}
