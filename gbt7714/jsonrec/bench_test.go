package jsonrec

import (
	"io"
	"testing"

	"github.com/refparse/refparse/internal/rectest"
)

// BenchmarkWrite writes the records of rectest.Set, once per iteration, to
// a writer of each kind.
func BenchmarkWrite(b *testing.B) {
	recs := rectest.Set()
	for _, bm := range []struct {
		name string
		new  func(io.Writer) *Writer
	}{{"array", NewWriter}, {"lines", NewLinesWriter}} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			w := bm.new(io.Discard)
			for b.Loop() {
				for _, r := range recs {
					if err := w.Write(r); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
