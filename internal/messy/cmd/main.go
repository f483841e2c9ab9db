// Command messy writes the messy twins of the seed list into
// testdata/messy; run it from the repository root:
//
//	go run ./internal/messy/cmd
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/refparse/refparse/internal/messy"
)

func main() {
	clean, err := os.ReadFile("testdata/seed/seed-refs.txt")
	if err != nil {
		fmt.Fprintln(os.Stderr, "messy:", err)
		os.Exit(1)
	}
	for _, v := range messy.Variants {
		data, err := v.Make(string(clean))
		if err == nil {
			err = os.WriteFile(filepath.Join("testdata/messy", v.Name), data, 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "messy:", v.Name+":", err)
			os.Exit(1)
		}
	}
}
