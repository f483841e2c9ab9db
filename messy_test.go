package refparse

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/gbt7714/jsonrec"
	"github.com/refparse/refparse/internal/messy"
)

// TestMessyTwins reads every messy twin of the seed list in testdata/messy
// and checks that it gives the same records as the clean list: the same
// number, in the same order, with the same fields (compared in messy.Canon
// form, which folds full-width forms and the spaces around punctuation that
// the twins add or drop), and no warnings. It also checks that the twins on
// disk are what internal/messy makes, so that they cannot drift from the
// script.
func TestMessyTwins(t *testing.T) {
	clean, err := os.ReadFile(seedList)
	if err != nil {
		t.Fatal(err)
	}
	want := records(t, seedList)
	for _, v := range messy.Variants {
		t.Run(v.Name, func(t *testing.T) {
			file := filepath.Join("testdata/messy", v.Name)
			onDisk, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			made, err := v.Make(string(clean))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(made, onDisk) {
				t.Fatalf("%s is not what internal/messy makes: run go run ./internal/messy/cmd", file)
			}
			got := records(t, file)
			if len(got) != len(want) {
				t.Fatalf("%d records, the clean list gives %d", len(got), len(want))
			}
			for i := range want {
				if diff := cmp.Diff(canonFields(want[i]), canonFields(got[i])); diff != "" {
					t.Errorf("reference %d (-clean +%s):\n%s", i+1, v.Name, diff)
				}
				if len(got[i].Warnings) > 0 {
					t.Errorf("reference %d: warnings %v", i+1, got[i].Warnings)
				}
			}
		})
	}
}

func records(t *testing.T, file string) []*gbt7714.Record {
	t.Helper()
	recs, err := jsonrec.Decode(bytes.NewReader(convertFile(t, "jsonl", file)))
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// canonFields is the record's fields (as the case files name them) in
// messy.Canon form.
func canonFields(r *gbt7714.Record) map[string][]string {
	m := fields(r)
	for _, vs := range m {
		for i, v := range vs {
			vs[i] = messy.Canon(v)
		}
	}
	return m
}
