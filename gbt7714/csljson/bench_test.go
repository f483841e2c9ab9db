package csljson

import (
	"io"
	"testing"

	"github.com/refparse/refparse/internal/rectest"
)

// BenchmarkWrite writes the items of the records of rectest.Set, once per
// iteration.
func BenchmarkWrite(b *testing.B) {
	b.ReportAllocs()
	recs := rectest.Set()
	w := NewWriter(io.Discard)
	for b.Loop() {
		for _, r := range recs {
			if err := w.Write(r); err != nil {
				b.Fatal(err)
			}
		}
	}
}
