package csljson

import (
	"io"

	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/gbt7714/internal/jsonstream"
)

// Writer writes records as a CSL-JSON array, one item per record, in order.
// Each item reaches the io.Writer as soon as it is written.
type Writer struct {
	s *jsonstream.Writer
}

var _ gbt7714.Writer = (*Writer)(nil)

// NewWriter returns a Writer that writes a JSON array indented by two
// spaces: "[\n", the items, "\n]\n"; for no records, "[]\n".
func NewWriter(w io.Writer) *Writer { return &Writer{jsonstream.NewArray(w)} }

// Write writes the item for one record.
func (w *Writer) Write(r *gbt7714.Record) error {
	return w.s.Write(fromRecord(r, w.s.Count()+1))
}

// Close finishes the array; it does not close the io.Writer.
func (w *Writer) Close() error { return w.s.Close() }
