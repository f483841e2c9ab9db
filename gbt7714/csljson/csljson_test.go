package csljson

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/internal/rectest"
)

// write runs a Writer over recs and returns its output.
func write(t *testing.T, recs ...*gbt7714.Record) []byte {
	t.Helper()
	var b bytes.Buffer
	w := NewWriter(&b)
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// items decodes a CSL-JSON array.
func items(t *testing.T, data []byte) []map[string]any {
	t.Helper()
	var v []map[string]any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("output is not a JSON array of objects: %v\n%s", err, data)
	}
	return v
}

// m is shorthand for the expected items.
type m = map[string]any

func names(pairs ...string) []any {
	var v []any
	for i := 0; i < len(pairs); i += 2 {
		if pairs[i] == "" {
			v = append(v, m{"literal": pairs[i+1]})
		} else {
			v = append(v, m{"family": pairs[i], "given": pairs[i+1]})
		}
	}
	return v
}

func parts(p ...float64) m {
	v := make([]any, len(p))
	for i, x := range p {
		v[i] = x
	}
	return m{"date-parts": []any{v}}
}

type rec = gbt7714.Record

var zh = gbt7714.LangZh

var itemTests = []struct {
	name string
	rec  *rec
	want m
}{
	{"journal", &rec{Index: 1, Lang: zh, Type: "J", Title: "劳动过程", ContainerTitle: "清华大学学报",
		Author: []gbt7714.Name{{Family: "郑", Given: "广怀"}}, AuthorEtAl: true,
		Issued: gbt7714.Date{Year: 2012}, Volume: "52", Issue: "11", Page: "1518-1523"},
		m{"id": "ref-1", "type": "article-journal", "language": "zh-CN", "author": names("郑", "广怀"),
			"title": "劳动过程", "container-title": "清华大学学报", "issued": parts(2012),
			"volume": "52", "issue": "11", "page": "1518-1523"}},
	{"online journal", &rec{Index: 2, Lang: "en", Type: "J", Carrier: "OL", Title: "T",
		Accessed: gbt7714.Date{Year: 2020, Month: 1, Day: 2}, URL: "https://x.org/?a=1&b=2", DOI: "10.1/x"},
		m{"id": "ref-2", "type": "article-journal", "language": "en", "title": "T", "medium": "OL",
			"accessed": parts(2020, 1, 2), "URL": "https://x.org/?a=1&b=2", "DOI": "10.1/x"}},
	{"book chapter", &rec{Index: 3, Lang: zh, Type: "M", Analytic: true, Title: "章",
		Editor: []gbt7714.Name{{Literal: "中国地质科学院"}}, ContainerTitle: "书", Place: "北京",
		Publisher: "科学出版社", Edition: "2版", Page: "32-36"},
		m{"id": "ref-3", "type": "chapter", "language": "zh-CN", "title": "章",
			"editor": names("", "中国地质科学院"), "container-title": "书", "publisher-place": "北京",
			"publisher": "科学出版社", "edition": "2版", "page": "32-36"}},
	{"conference paper", &rec{Index: 4, Type: "C", Analytic: true, Title: "P", ContainerTitle: "Proc"},
		m{"id": "ref-4", "type": "paper-conference", "title": "P", "container-title": "Proc"}},
	{"proceedings", &rec{Index: 5, Type: "C", Title: "Proc"},
		m{"id": "ref-5", "type": "book", "title": "Proc"}},
	{"newspaper", &rec{Index: 6, Type: "N", Title: "T", ContainerTitle: "人民日报",
		Issued: gbt7714.Date{Year: 2022, Month: 10, Day: 26}, Page: "001"},
		m{"id": "ref-6", "type": "article-newspaper", "title": "T", "container-title": "人民日报",
			"issued": parts(2022, 10, 26), "page": "001"}},
	{"standard", &rec{Index: 7, Type: "S", Title: "信息与文献 参考文献著录规则", Number: "GB/T 7714—2015"},
		m{"id": "ref-7", "type": "standard", "title": "信息与文献 参考文献著录规则", "number": "GB/T 7714—2015"}},
	{"thesis", &rec{Index: 8, Type: "D", Title: "T", Genre: "博士学位论文", Publisher: "武汉大学"},
		m{"id": "ref-8", "type": "thesis", "title": "T", "genre": "博士学位论文", "publisher": "武汉大学"}},
	{"update date only", &rec{Index: 9, Type: "EB", Carrier: "OL", Title: "T",
		Updated: gbt7714.Date{Year: 2021, Month: 4, Day: 21}, Accessed: gbt7714.Date{Year: 2023, Month: 5, Day: 2}},
		m{"id": "ref-9", "type": "webpage", "title": "T", "medium": "OL",
			"issued": parts(2021, 4, 21), "accessed": parts(2023, 5, 2)}},
	{"publication and update date", &rec{Index: 10, Type: "M", Carrier: "OL", Title: "T",
		Issued: gbt7714.Date{Year: 2020}, Updated: gbt7714.Date{Year: 2021, Month: 3, Day: 1}},
		m{"id": "ref-10", "type": "book", "title": "T", "medium": "OL", "issued": parts(2020)}},
	{"title with other title information, Chinese", &rec{Index: 11, Lang: zh, Type: "M", Title: "制度与组织：思想观念与物质利益"},
		m{"id": "ref-11", "type": "book", "language": "zh-CN", "title": "制度与组织：思想观念与物质利益"}},
	{"title with other title information, English", &rec{Index: 12, Lang: "en", Type: "M", Title: "Theory: a primer"},
		m{"id": "ref-12", "type": "book", "language": "en", "title": "Theory: a primer"}},
	{"title as written", &rec{Index: 13, Type: "M", Title: "报告"},
		m{"id": "ref-13", "type": "book", "title": "报告"}},
	{"no type code", &rec{Index: 14, Lang: gbt7714.LangOther, Title: "T"},
		m{"id": "ref-14", "type": "document", "title": "T"}},
	{"unknown type code", &rec{Index: 15, Type: "K", Title: "T"},
		m{"id": "ref-15", "type": "document", "title": "T"}},
	{"preprint", &rec{Index: 16, Type: "PP", Carrier: "OL", Number: "arXiv:2101.00001"},
		m{"id": "ref-16", "type": "article", "medium": "OL", "number": "arXiv:2101.00001"}},
	{"translator, et al. dropped", &rec{Index: 17, Type: "M", Translator: []gbt7714.Name{{Family: "姚", Given: "伟"}},
		TranslatorEtAl: true, EditorEtAl: true},
		m{"id": "ref-17", "type": "book", "translator": names("姚", "伟")}},
	{"no index", &rec{Type: "Z"}, m{"id": "ref-1", "type": "document"}},
}

func TestItems(t *testing.T) {
	for _, tt := range itemTests {
		t.Run(tt.name, func(t *testing.T) {
			got := items(t, write(t, tt.rec))
			if diff := cmp.Diff([]m{tt.want}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestIDs checks that ids follow the records' indices and fall back to the
// position in the output.
func TestIDs(t *testing.T) {
	got := items(t, write(t, &rec{Index: 5}, &rec{}, &rec{Index: 40}))
	var ids []any
	for _, it := range got {
		ids = append(ids, it["id"])
	}
	if diff := cmp.Diff([]any{"ref-5", "ref-2", "ref-40"}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
}

func TestArray(t *testing.T) {
	if got := string(write(t)); got != "[]\n" {
		t.Errorf("no records: %q, want \"[]\\n\"", got)
	}
	set := rectest.Set()
	for _, n := range []int{0, 1, 3, len(set)} {
		out := write(t, set[:n]...)
		if !json.Valid(out) {
			t.Errorf("%d records: invalid JSON:\n%s", n, out)
		}
		if got := items(t, out); len(got) != n {
			t.Errorf("%d records: %d items", n, len(got))
		}
		if out[len(out)-1] != '\n' {
			t.Errorf("%d records: no final newline", n)
		}
	}
}

func TestPretty(t *testing.T) {
	want := "[\n  {\n    \"id\": \"ref-1\",\n    \"type\": \"book\",\n    \"issued\": {\n" +
		"      \"date-parts\": [\n        [\n          2020,\n          5\n        ]\n      ]\n    }\n  }\n]\n"
	got := string(write(t, &rec{Index: 1, Type: "M", Issued: gbt7714.Date{Year: 2020, Month: 5}}))
	if got != want {
		t.Errorf("(-want +got):\n%s", cmp.Diff(want, got))
	}
}

// TestNoHTMLEscape checks that & < > reach the output as they are.
func TestNoHTMLEscape(t *testing.T) {
	out := string(write(t, &rec{Index: 1, URL: "https://x.org/?a=1&b=<2>"}))
	if !bytes.Contains([]byte(out), []byte(`"https://x.org/?a=1&b=<2>"`)) {
		t.Errorf("URL escaped:\n%s", out)
	}
}
