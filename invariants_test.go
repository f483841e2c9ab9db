package refparse

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/gbt7714/jsonrec"
	"github.com/refparse/refparse/parser"
)

var allFormats = []string{"json", "jsonl", "csl", "bibtex"}

// checkOutput checks that out is a well-formed document of its format
// holding n records.
func checkOutput(format string, out []byte, n int) error {
	switch format {
	case "json", "csl":
		var items []json.RawMessage
		if err := json.Unmarshal(out, &items); err != nil {
			return fmt.Errorf("not a JSON array: %v", err)
		}
		if len(items) != n {
			return fmt.Errorf("%d items, want %d", len(items), n)
		}
	case "jsonl":
		lines := 0
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			if !json.Valid(sc.Bytes()) {
				return fmt.Errorf("line %d is not JSON", lines+1)
			}
			lines++
		}
		if lines != n {
			return fmt.Errorf("%d lines, want %d", lines, n)
		}
	case "bibtex":
		return checkBibTeX(out, n)
	}
	return nil
}

// checkBibTeX checks that out is n entries, each "@type{key," at the start
// of a line with balanced braces after it, and valid UTF-8.
func checkBibTeX(out []byte, n int) error {
	if !utf8.Valid(out) {
		return fmt.Errorf("invalid UTF-8")
	}
	entries, depth := 0, 0
	for i, line := range strings.Split(string(out), "\n") {
		if depth == 0 && strings.HasPrefix(line, "@") {
			entries++
		}
		for j := 0; j < len(line); j++ {
			switch line[j] {
			case '\\':
				j++ // an escaped character
			case '{':
				depth++
			case '}':
				depth--
				if depth < 0 {
					return fmt.Errorf("line %d: unbalanced }", i+1)
				}
			}
		}
	}
	if depth != 0 {
		return fmt.Errorf("unbalanced braces at the end (depth %d)", depth)
	}
	if entries != n {
		return fmt.Errorf("%d entries, want %d", entries, n)
	}
	return nil
}

// corpusLines returns the inputs of the case corpus and the seed list.
func corpusLines(t testing.TB) []string {
	var out []string
	for _, r := range records(t.(*testing.T), seedList) {
		out = append(out, r.Raw)
	}
	return out
}

// TestEveryReferenceOnce builds lists of references, garbage and noise in
// random order and checks that each reference comes out exactly once, in
// order, with its raw text, in every format.
func TestEveryReferenceOnce(t *testing.T) {
	refs := corpusLines(t)
	junk := []string{"???", "not a reference", "[x] 【】", "\x00\x01\x02 binary", "http://example.com/only-a-url",
		strings.Repeat("长", 5000), "（无）", "[J]", "//", "....", "2023", "[1]", "Smith, J. (n.d.). Untitled."}
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 20; round++ {
		var input strings.Builder
		var want []string
		for k := 0; k < 1+rng.Intn(40); k++ {
			s := refs[rng.Intn(len(refs))]
			if rng.Intn(4) == 0 {
				s = junk[rng.Intn(len(junk))]
			}
			want = append(want, strings.TrimFunc(s, func(r rune) bool { return r <= ' ' }))
			fmt.Fprintf(&input, "[%d] %s\n", k+1, s)
			if rng.Intn(3) == 0 {
				input.WriteString("\n")
			}
		}
		for _, format := range allFormats {
			out, n := convertString(t, format, input.String())
			if err := checkOutput(format, out, n); err != nil {
				t.Fatalf("round %d, %s: %v\ninput:\n%s", round, format, err, input.String())
			}
			if n != len(want) {
				t.Fatalf("round %d, %s: %d references, want %d\ninput:\n%s", round, format, n, len(want), input.String())
			}
		}
		got := decodeJSONL(t, input.String())
		for i := range want {
			if got[i].Raw != want[i] || got[i].Label != fmt.Sprintf("[%d]", i+1) {
				t.Fatalf("round %d, reference %d: got %q %q, want %q", round, i+1, got[i].Label, got[i].Raw, want[i])
			}
		}
	}
}

func convertString(t testing.TB, format, input string) ([]byte, int) {
	t.Helper()
	var out bytes.Buffer
	stats, err := Convert(Options{Format: format}, strings.NewReader(input), &out, nil)
	if err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return out.Bytes(), stats.References
}

func decodeJSONL(t *testing.T, input string) []*gbt7714.Record {
	t.Helper()
	out, _ := convertString(t, "jsonl", input)
	recs, err := jsonrec.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestHostileInput feeds what must never crash refparse or make it write a
// broken document: an empty file, control characters, NUL bytes, invalid
// UTF-8, a 10 MB line, deep brackets.
func TestHostileInput(t *testing.T) {
	tenMB := "[1] " + strings.Repeat("郑广怀. 乡镇社工站[J]. 学海, 2023(5): 132-145. ", 10<<20/60) + "\n"
	tests := []struct {
		name  string
		input string
		refs  int
		fails bool // the input is rejected (exit 2), but the document is still whole
	}{
		{"empty", "", 0, false},
		{"blank lines", "\n\n \t\n", 0, false},
		{"control characters", "[1] 张良\x01\x02\x1b[31m. 题名[J]. 学海, 2023(5): 1-2.\x7f\n", 1, false},
		{"NUL bytes", "[1] \x00\x00张良. 题名[J].\x00 学海, 2023(5): 1-2.\n[2] \x00\n", 2, false},
		{"invalid UTF-8 after valid lines", "[1] 张良. 题名[J]. 学海, 2023(5): 1-2.\n[2] \xff\xfe bad\n", 1, true},
		{"binary garbage", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8\xff\xe0", 0, true},
		{"ten megabyte line", tenMB, 1, false},
		{"brackets", strings.Repeat("[", 100000) + strings.Repeat("(", 100000) + "\n", 1, false},
		{"TeX commands", "[1] \\input{/etc/passwd}\\write18{rm -rf /}. 题名[J]. 学海, 2023(5): 1-2.\n", 1, false},
	}
	for _, tt := range tests {
		for _, format := range allFormats {
			var out bytes.Buffer
			stats, err := Convert(Options{Format: format}, strings.NewReader(tt.input), &out, nil)
			if (err != nil) != tt.fails {
				t.Errorf("%s, %s: err = %v", tt.name, format, err)
			}
			if stats.References != tt.refs {
				t.Errorf("%s, %s: %d references, want %d", tt.name, format, stats.References, tt.refs)
			}
			if err := checkOutput(format, out.Bytes(), stats.References); err != nil {
				t.Errorf("%s, %s: %v", tt.name, format, err)
			}
			if format == "bibtex" && bytes.Contains(out.Bytes(), []byte("\\input")) {
				t.Errorf("%s: a TeX command from the input reached the BibTeX", tt.name)
			}
		}
	}
}

// FuzzConvert runs arbitrary bytes through the whole path — decoding,
// splitting, parsing and every writer — and checks that nothing panics,
// every document is well formed and holds one record per reference, and
// every reference's raw text is in the JSON output. Seeds are in
// testdata/fuzz/FuzzConvert and f.Add below.
func FuzzConvert(f *testing.F) {
	if data, err := os.ReadFile(seedList); err == nil {
		f.Add(data, false)
	}
	f.Add([]byte("[1] 严蔚敏，吴伟民. 数据结构[M]. 北京：清华大学出版社，1997.\n"), false)
	f.Add([]byte("OSTROM E. Crossing[J]. World development, 1996, 24(6): 1073-1087.\n"), true)
	f.Add([]byte("中华人民共和国国务院新闻办公室. 中国的军事战略[EB/OL]. (2015-05-26)[2015-05-30]. http://www.mod.gov.cn/a.htm."), false)
	f.Fuzz(func(t *testing.T, data []byte, lines bool) {
		split := parser.SplitAuto
		if lines {
			split = parser.SplitLine
		}
		var refs []*gbt7714.Record
		for _, format := range allFormats {
			var out bytes.Buffer
			stats, _ := Convert(Options{Format: format, Split: split}, bytes.NewReader(data), &out, nil)
			if err := checkOutput(format, out.Bytes(), stats.References); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if format == "jsonl" {
				var err error
				if refs, err = jsonrec.Decode(&out); err != nil {
					t.Fatal(err)
				}
			}
		}
		for _, r := range refs {
			if r.Raw == "" || strings.ContainsAny(r.Raw, "\n") {
				t.Fatalf("record %d: raw %q", r.Index, r.Raw)
			}
		}
	})
}
