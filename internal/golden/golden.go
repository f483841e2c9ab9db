// Package golden holds the -update flag shared by every test package, so
// that `go test ./... -update` rewrites the expected outputs of the
// packages that have them and is accepted by those that do not. A test
// package without golden files imports it for the flag alone:
//
//	import _ "github.com/refparse/refparse/internal/golden"
package golden

import "flag"

// Update is set by -update: tests rewrite their expected outputs instead of
// comparing with them. Review every rewrite by eye.
var Update = flag.Bool("update", false, "rewrite expected outputs (testdata/refs sections, testscript cmp files)")
