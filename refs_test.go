package refparse

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/internal/golden"
	"github.com/refparse/refparse/parser"
	"github.com/rogpeppe/go-internal/txtar"
)

// goldenFormats are the output sections of a case file, in file order.
var goldenFormats = []string{"json", "csl", "bibtex"}

// TestRefs runs every case in testdata/refs: the reference in "-- input --"
// must give exactly the hand-written fields of "-- fields --", and the
// output in each format must match its section (go test -update rewrites
// those sections; review every rewrite by eye).
func TestRefs(t *testing.T) {
	files, err := filepath.Glob("testdata/refs/*/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in testdata/refs: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(file, "testdata/refs/"), ".txtar"), func(t *testing.T) {
			runCase(t, file)
		})
	}
}

func runCase(t *testing.T, file string) {
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	input := section(ar, "input")
	if input == nil {
		t.Fatal("no input section")
	}
	rec := parseOne(t, input)
	if want := section(ar, "fields"); want != nil {
		checkFields(t, rec, string(want))
	} else {
		t.Error("no fields section: write the expected fields by hand")
	}
	changed := false
	for _, format := range goldenFormats {
		got := render(t, format, input)
		want := section(ar, format)
		if bytes.Equal(got, want) {
			continue
		}
		if *golden.Update {
			setSection(ar, format, got)
			changed = true
			continue
		}
		t.Errorf("%s output differs (-want +got):\n%s", format, cmp.Diff(string(want), string(got)))
	}
	if changed {
		if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func section(ar *txtar.Archive, name string) []byte {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

func setSection(ar *txtar.Archive, name string, data []byte) {
	for i, f := range ar.Files {
		if f.Name == name {
			ar.Files[i].Data = data
			return
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: data})
}

func parseOne(t *testing.T, input []byte) *gbt7714.Record {
	t.Helper()
	rd := parser.NewReader(bytes.NewReader(input), "case", parser.Options{Split: parser.SplitLine})
	e, ok := rd.Next()
	if !ok {
		t.Fatalf("no reference in input: %v", rd.Err())
	}
	if _, more := rd.Next(); more {
		t.Fatal("more than one reference in input")
	}
	return parser.Parse(e)
}

func render(t *testing.T, format string, input []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	opts := Options{Format: format, Split: parser.SplitLine}
	if _, err := Convert(opts, bytes.NewReader(input), &out, nil); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return out.Bytes()
}

// checkFields compares a record with hand-written "key: value" lines. Every
// field the lines do not name must be empty.
func checkFields(t *testing.T, rec *gbt7714.Record, text string) {
	t.Helper()
	want := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("bad fields line %q", line)
		}
		want[k] = append(want[k], strings.TrimSpace(v))
	}
	got := fields(rec)
	keys := map[string]bool{}
	for k := range want {
		keys[k] = true
	}
	for k := range got {
		keys[k] = true
	}
	sorted := slices.Sorted(func(yield func(string) bool) {
		for k := range keys {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range sorted {
		if !slices.Equal(want[k], got[k]) {
			t.Errorf("%s: want %q, got %q", k, want[k], got[k])
		}
	}
}

// fields renders a record as the "-- fields --" lines would name it.
func fields(r *gbt7714.Record) map[string][]string {
	m := map[string][]string{}
	add := func(k, v string) {
		if v != "" {
			m[k] = append(m[k], v)
		}
	}
	flag := func(k string, b bool) {
		if b {
			add(k, "true")
		}
	}
	names := func(k string, ns []gbt7714.Name) {
		for _, n := range ns {
			if n.Literal != "" {
				add(k, "="+n.Literal)
			} else {
				add(k, strings.TrimSuffix(n.Family+", "+n.Given, ", "))
			}
		}
	}
	add("lang", r.Lang)
	add("type", r.Type)
	add("carrier", r.Carrier)
	flag("analytic", r.Analytic)
	names("author", r.Author)
	flag("author-et-al", r.AuthorEtAl)
	names("editor", r.Editor)
	flag("editor-et-al", r.EditorEtAl)
	names("translator", r.Translator)
	flag("translator-et-al", r.TranslatorEtAl)
	for k, v := range map[string]string{
		"title": r.Title, "container-title": r.ContainerTitle, "edition": r.Edition,
		"publisher-place": r.Place, "publisher": r.Publisher, "issued": r.Issued.String(),
		"volume": r.Volume, "issue": r.Issue, "page": r.Page, "number": r.Number,
		"updated": r.Updated.String(), "accessed": r.Accessed.String(), "url": r.URL,
		"doi": r.DOI, "genre": r.Genre,
	} {
		add(k, v)
	}
	return m
}
