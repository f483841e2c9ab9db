package refparse

import (
	"bytes"
	"fmt"
	"io"
	"sync"
	"testing"

	"github.com/refparse/refparse/internal/corpus"
)

// benchSizes are the corpus sizes of BenchmarkConvert, in references.
var benchSizes = []int{1_000, 100_000, 1_000_000}

var (
	corpusOnce sync.Once
	corpusRefs []string
	corpusErr  error
	corpora    = map[int][]byte{}
)

// benchCorpus returns the mixed corpus of n references (see package
// corpus), built once per size.
func benchCorpus(_ testing.TB, n int) []byte {
	corpusOnce.Do(func() { corpusRefs, corpusErr = corpus.Sources(".") })
	if corpusErr != nil {
		panic(corpusErr)
	}
	if data, ok := corpora[n]; ok {
		return data
	}
	var buf bytes.Buffer
	if err := corpus.Write(&buf, corpusRefs, n); err != nil {
		panic(err)
	}
	corpora[n] = buf.Bytes()
	return corpora[n]
}

// BenchmarkConvert converts the mixed corpus at each size in each format,
// reporting references per second and input MB/s (b.SetBytes). Compare
// runs with benchstat; see README.md.
func BenchmarkConvert(b *testing.B) {
	for _, format := range allFormats {
		for _, n := range benchSizes {
			b.Run(fmt.Sprintf("%s/%s", format, sizeName(n)), func(b *testing.B) {
				if testing.Short() && n > 100_000 {
					b.Skip("-short")
				}
				data := benchCorpus(b, n)
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					stats, err := Convert(Options{Format: format}, bytes.NewReader(data), io.Discard, nil)
					if err != nil || stats.References != n {
						b.Fatalf("%d references, %v", stats.References, err)
					}
				}
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "refs/s")
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n)/float64(b.N), "ns/ref")
			})
		}
	}
}

func sizeName(n int) string {
	switch {
	case n >= 1_000_000:
		return fmt.Sprintf("%dM", n/1_000_000)
	case n >= 1_000:
		return fmt.Sprintf("%dk", n/1_000)
	}
	return fmt.Sprint(n)
}
