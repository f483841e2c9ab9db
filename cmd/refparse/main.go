// Command refparse turns reference lists written in GB/T 7714 into JSON,
// JSON Lines, CSL-JSON or BibTeX.
package main

import (
	"os"
	"runtime/debug"
)

// memoryLimit is the soft memory limit refparse runs under unless
// GOMEMLIMIT says otherwise. Its live data is small and flat (a few
// batches in flight, and for BibTeX the compact table of citation keys),
// so a limit keeps the garbage collector from letting the heap grow to
// twice the live data when that table is large.
const memoryLimit = 40 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
