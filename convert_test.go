package refparse

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/refparse/refparse/parser"
	"github.com/refparse/refparse/schema"
)

const seedList = "testdata/seed/seed-refs.txt"

func convertFile(t *testing.T, format, file string) []byte {
	t.Helper()
	var out bytes.Buffer
	if _, err := Convert(Options{Files: []string{file}, Format: format}, nil, &out, nil); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return out.Bytes()
}

// TestSeedCSL checks the founding example end to end: every field of the
// hand-checked gold, in its CSL terms, is what -f csl writes, for all 61
// references in order.
func TestSeedCSL(t *testing.T) {
	var items []map[string]any
	if err := json.Unmarshal(convertFile(t, "csl", seedList), &items); err != nil {
		t.Fatal(err)
	}
	gold := readGoldCSL(t)
	if len(items) != len(gold) {
		t.Fatalf("%d CSL items, gold has %d", len(items), len(gold))
	}
	for i, want := range gold {
		got := map[string]any{}
		for k := range want {
			if v, ok := items[i][k]; ok {
				got[k] = v
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("reference %d (-gold +csl):\n%s", i+1, diff)
		}
	}
}

func readGoldCSL(t *testing.T) []map[string]any {
	t.Helper()
	f, err := os.Open("testdata/seed/seed-gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g struct {
			CSL map[string]any `json:"csl"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		out = append(out, g.CSL)
	}
	return out
}

// TestJSONSchema validates every record written for the seed list and the
// case corpus, in both JSON forms, against schema/record.schema.json.
func TestJSONSchema(t *testing.T) {
	files, _ := filepath.Glob("testdata/refs/*/*.txtar")
	corpus := filepath.Join(t.TempDir(), "corpus.txt")
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, after, _ := strings.Cut(string(data), "-- input --\n")
		line, _, _ := strings.Cut(after, "\n")
		b.WriteString(line + "\n")
	}
	if err := os.WriteFile(corpus, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "jsonl"} {
		for _, file := range []string{seedList, corpus} {
			var out bytes.Buffer
			opts := Options{Files: []string{file}, Format: format, Split: parser.SplitLine}
			stats, err := Convert(opts, nil, &out, nil)
			if err != nil {
				t.Fatal(err)
			}
			if stats.References == 0 {
				t.Fatalf("%s: no references", file)
			}
			if err := schema.ValidateOutput(out.Bytes()); err != nil {
				t.Errorf("%s -f %s: %v", file, format, err)
			}
		}
	}
}

// TestPandocBibTeX has pandoc read the BibTeX written for the seed list and
// checks that it finds the same authors, titles, containers, years,
// volumes, issues and pages as the CSL-JSON writer gives.
func TestPandocBibTeX(t *testing.T) {
	pandoc, err := exec.LookPath("pandoc")
	if err != nil {
		t.Skip("pandoc not found: install it (apt-get install pandoc) to run this test")
	}
	bib := filepath.Join(t.TempDir(), "seed.bib")
	if err := os.WriteFile(bib, convertFile(t, "bibtex", seedList), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(pandoc, "-f", "bibtex", "-t", "csljson", bib)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pandoc: %v\n%s", err, stderr.String())
	}
	var fromBib, fromCSL []map[string]any
	if err := json.Unmarshal(out, &fromBib); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(convertFile(t, "csl", seedList), &fromCSL); err != nil {
		t.Fatal(err)
	}
	if len(fromBib) != len(fromCSL) {
		t.Fatalf("pandoc read %d entries, CSL has %d", len(fromBib), len(fromCSL))
	}
	for i := range fromCSL {
		if diff := cmp.Diff(compared(fromCSL[i]), compared(fromBib[i])); diff != "" {
			t.Errorf("reference %d (-csl +pandoc from bibtex):\n%s", i+1, diff)
		}
	}
}

// compared keeps the fields the round trip must preserve, written the same
// way whichever side they come from. Two things pandoc does on purpose are
// undone: BibTeX's "and others" (our 等 / et al.) becomes a name "others",
// and an English title's subtitle gets a capital letter (sentence case).
func compared(item map[string]any) map[string]string {
	out := map[string]string{}
	if names, ok := item["author"].([]any); ok {
		if last, ok := names[len(names)-1].(map[string]any); ok && last["literal"] == "others" {
			item["author"] = names[:len(names)-1]
		}
	}
	for _, k := range []string{"author", "title", "container-title", "volume", "issue", "page"} {
		if v, ok := item[k]; ok {
			out[k] = fmt.Sprint(v)
		}
	}
	out["title"] = lowerSubtitle(out["title"])
	if issued, ok := item["issued"].(map[string]any); ok {
		parts := issued["date-parts"].([]any)[0].([]any)
		out["year"] = fmt.Sprint(parts[0])
	}
	return out
}

// lowerSubtitle lower-cases the first letter after ": ".
func lowerSubtitle(s string) string {
	before, after, ok := strings.Cut(s, ": ")
	if !ok || after == "" {
		return s
	}
	return before + ": " + strings.ToLower(after[:1]) + after[1:]
}
