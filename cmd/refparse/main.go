// Command refparse turns reference lists written in GB/T 7714 into JSON,
// JSON Lines, CSL-JSON or BibTeX.
package main

import (
	"os"
	"runtime/debug"
)

// memoryLimit is the soft memory limit refparse runs under unless
// GOMEMLIMIT says otherwise, and gcPercent its GOGC unless GOGC says
// otherwise. Its live data is small and flat (a few batches in flight, and
// for BibTeX the compact table of citation keys), so the collector may let
// garbage pile up to several times the live data — fewer collections — as
// long as the heap stays under the limit.
const (
	memoryLimit = 40 << 20
	gcPercent   = 400
)

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
