// Package corpus makes the benchmark corpus: a list of any length that
// cycles through a mix of references built from testdata — every case of
// testdata/refs (every type code, Chinese and English, every edition and
// other styles) and the seed list, each clean and in two messy forms
// (full-width punctuation; no spaces, as CNKI writes). go run
// ./internal/corpus/cmd writes it to a file; the benchmarks build it in
// memory.
package corpus

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/refparse/refparse/internal/messy"
)

// Sources reads the references the corpus is made of, from the testdata
// folder of the repository at root.
func Sources(root string) ([]string, error) {
	var refs []string
	seed, err := os.ReadFile(filepath.Join(root, "testdata/seed/seed-refs.txt"))
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(strings.TrimSpace(string(seed)), "\n") {
		if _, rest, ok := strings.Cut(line, "] "); ok {
			refs = append(refs, rest)
		}
	}
	cases, err := filepath.Glob(filepath.Join(root, "testdata/refs/*/*.txtar"))
	if err != nil {
		return nil, err
	}
	for _, c := range cases {
		data, err := os.ReadFile(c)
		if err != nil {
			return nil, err
		}
		_, after, _ := strings.Cut(string(data), "-- input --\n")
		line, _, _ := strings.Cut(after, "\n")
		refs = append(refs, line)
	}
	return withMessyForms(refs)
}

// withMessyForms adds to each reference its full-width and its no-space
// form.
func withMessyForms(refs []string) ([]string, error) {
	out := append([]string(nil), refs...)
	for _, v := range messy.Variants {
		if v.Name != "fullwidth.txt" && v.Name != "nospace.txt" {
			continue
		}
		for _, r := range refs {
			b, err := v.Make(r + "\n")
			if err != nil {
				return nil, err
			}
			out = append(out, strings.TrimSuffix(string(b), "\n"))
		}
	}
	return out, nil
}

// Write writes n references to w, labelled [1] to [n], cycling through
// refs.
func Write(w io.Writer, refs []string, n int) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	for i := 0; i < n; i++ {
		if _, err := fmt.Fprintf(bw, "[%d] %s\n", i+1, refs[i%len(refs)]); err != nil {
			return err
		}
	}
	return bw.Flush()
}
