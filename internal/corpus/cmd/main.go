// Command corpus writes the benchmark corpus: -n references cycling through
// a mix built from testdata (see package corpus). Run it from the
// repository root:
//
//	go run ./internal/corpus/cmd -n 1000000 > /tmp/corpus-1m.txt
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/refparse/refparse/internal/corpus"
)

func main() {
	n := flag.Int("n", 1000, "how many references")
	flag.Parse()
	refs, err := corpus.Sources(".")
	if err == nil {
		err = corpus.Write(os.Stdout, refs, *n)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
}
