package jsonrec

import (
	"io"

	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/gbt7714/internal/jsonstream"
)

// Writer writes records in the jsonrec format. Each record reaches the
// io.Writer as soon as it is written.
type Writer struct {
	s *jsonstream.Writer
}

var _ gbt7714.Writer = (*Writer)(nil)

// NewWriter returns a Writer that writes a JSON array indented by two
// spaces: "[\n", the records, "\n]\n"; for no records, "[]\n".
func NewWriter(w io.Writer) *Writer { return &Writer{jsonstream.NewArray(w)} }

// NewLinesWriter returns a Writer that writes JSON Lines: one compact
// object per line, nothing for no records.
func NewLinesWriter(w io.Writer) *Writer { return &Writer{jsonstream.NewLines(w)} }

// Write writes one record.
func (w *Writer) Write(r *gbt7714.Record) error { return w.s.Write(fromRecord(r)) }

// Close finishes the document; it does not close the io.Writer.
func (w *Writer) Close() error { return w.s.Close() }
