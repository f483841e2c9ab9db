package refparse

import (
	"bytes"
	"testing"

	"github.com/refparse/refparse/parser"
)

func BenchmarkStageRead(b *testing.B) {
	data := benchCorpus(b, 100_000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		rd := parser.NewReader(bytes.NewReader(data), "x", parser.Options{})
		for _, ok := rd.Next(); ok; _, ok = rd.Next() {
		}
	}
}

func BenchmarkStageParse(b *testing.B) {
	data := benchCorpus(b, 100_000)
	rd := parser.NewReader(bytes.NewReader(data), "x", parser.Options{})
	var es []parser.Entry
	for e, ok := rd.Next(); ok; e, ok = rd.Next() {
		es = append(es, e)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		for _, e := range es {
			parser.Parse(e)
		}
	}
}
