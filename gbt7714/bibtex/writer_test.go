package bibtex

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/refparse/refparse/gbt7714"
)

type N = gbt7714.Name

func date(y, m, d int) gbt7714.Date { return gbt7714.Date{Year: y, Month: m, Day: d} }

func write(t *testing.T, rs ...*gbt7714.Record) string {
	t.Helper()
	var b bytes.Buffer
	w := NewWriter(&b)
	for _, r := range rs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriteEntries(t *testing.T) {
	tests := []struct {
		name string
		r    gbt7714.Record
		want string
	}{
		{"journal article", gbt7714.Record{
			Lang: gbt7714.LangZh, Type: "J",
			Author:     []N{{Family: "郑", Given: "广怀"}, {Family: "欧阳", Given: "修"}, {Literal: "中共中央"}},
			AuthorEtAl: true,
			Title:      "乡镇社工站推动基层治理", ContainerTitle: "学海",
			Issued: date(2023, 0, 0), Issue: "5", Page: "132-145",
		}, `@article{zheng2023xiangzhen,
  author = {郑, 广怀 and 欧阳, 修 and {中共中央} and others},
  title = {乡镇社工站推动基层治理},
  journal = {学海},
  year = {2023},
  number = {5},
  pages = {132--145},
  langid = {chinese},
  language = {chinese},
  key = {zheng guang huai  ou yang xiu  zhong gong zhong yang},
}

`},
		{"english article", gbt7714.Record{
			Lang: gbt7714.LangEn, Type: "J",
			Author: []N{{Family: "OSTROM", Given: "E"}},
			Title:  "Crossing the great divide: coproduction, synergy, and development", ContainerTitle: "World Development",
			Issued: date(1996, 0, 0), Volume: "24", Issue: "6", Page: "1073-1087",
			DOI: "https://doi.org/10.1016/0305-750X(96)00023-X",
		}, `@article{ostrom1996crossing,
  author = {OSTROM, E},
  title = {Crossing the great divide: coproduction, synergy, and development},
  journal = {World Development},
  year = {1996},
  volume = {24},
  number = {6},
  pages = {1073--1087},
  doi = {10.1016/0305-750X(96)00023-X},
  langid = {english},
  language = {english},
}

`},
		{"newspaper", gbt7714.Record{
			Lang: gbt7714.LangZh, Type: "N",
			Author: []N{{Family: "丁", Given: "文详"}},
			Title:  "数字革命与竞争国际化", ContainerTitle: "中国青年报",
			Issued: date(2000, 11, 20), Page: "15",
		}, `@article{ding2000shuzi,
  author = {丁, 文详},
  title = {数字革命与竞争国际化},
  journal = {中国青年报},
  year = {2000},
  date = {2000-11-20},
  pages = {15},
  entrysubtype = {newspaper},
  langid = {chinese},
  language = {chinese},
  key = {ding wen xiang},
}

`},
		{"masters thesis", gbt7714.Record{
			Lang: gbt7714.LangZh, Type: "D",
			Author: []N{{Family: "王", Given: "琦"}}, Title: "土壤湿度反演方法研究",
			Place: "武汉", Publisher: "武汉大学", Issued: date(2022, 0, 0), Genre: "硕士学位论文",
		}, `@mastersthesis{wang2022turang,
  author = {王, 琦},
  title = {土壤湿度反演方法研究},
  address = {武汉},
  school = {武汉大学},
  year = {2022},
  type = {硕士学位论文},
  langid = {chinese},
  language = {chinese},
  key = {wang qi},
}

`},
		{"book chapter", gbt7714.Record{
			Lang: gbt7714.LangEn, Type: "M", Analytic: true,
			Author: []N{{Family: "Kandel", Given: "E R"}}, Editor: []N{{Family: "Squire", Given: "L"}},
			Title: "Memory in Aplysia", ContainerTitle: "Handbook of memory",
			Place: "New York", Publisher: "Wiley", Issued: date(2001, 0, 0), Page: "15-18",
		}, `@incollection{kandel2001memory,
  author = {Kandel, E R},
  editor = {Squire, L},
  title = {Memory in {Aplysia}},
  booktitle = {Handbook of memory},
  address = {New York},
  publisher = {Wiley},
  year = {2001},
  pages = {15--18},
  entrytypeid = {M},
  mark = {M},
  langid = {english},
  language = {english},
}

`},
		{"preprint", gbt7714.Record{
			Lang: gbt7714.LangEn, Type: "PP", Carrier: "OL",
			Author: []N{{Family: "Doe", Given: "J"}}, Title: "Learning to parse",
			Issued: date(2024, 0, 0), Updated: date(2024, 1, 2), Number: "arXiv: 2401.00001",
			URL: "https://arxiv.org/abs/2401.00001", Accessed: date(2024, 2, 1),
		}, `@preprint{doe2024learning,
  author = {Doe, J},
  title = {Learning to parse},
  year = {2024},
  date = {2024-01-02},
  archiveprefix = {arXiv},
  eprint = {2401.00001},
  entrytypeid = {PP},
  mark = {PP},
  entrymediumid = {OL},
  medium = {OL},
  url = {https://arxiv.org/abs/2401.00001},
  urldate = {2024-02-01},
  langid = {english},
  language = {english},
}

`},
		{"no type", gbt7714.Record{Lang: gbt7714.LangOther, Title: "Что делать"}, `@misc{ref,
  title = {Что делать},
}

`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := write(t, &tt.r)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("entry (-want +got):\n%s", diff)
			}
			checkOutput(t, got)
		})
	}
}

func TestEntryTypes(t *testing.T) {
	tests := []struct {
		code     string
		analytic bool
		genre    string
		entry    string
		mark     string // entrytypeid and mark, "" when the styles infer the code
	}{
		{"M", false, "", "book", ""},
		{"M", true, "", "incollection", "M"},
		{"C", false, "", "proceedings", ""},
		{"C", true, "", "inproceedings", ""},
		{"G", false, "", "collection", ""},
		{"G", true, "", "incollection", "G"},
		{"A", true, "", "incollection", "A"},
		{"N", false, "", "article", ""},
		{"J", false, "", "article", ""},
		{"D", false, "", "phdthesis", ""},
		{"D", false, "博士学位论文", "phdthesis", ""},
		{"D", false, "PhD dissertation", "phdthesis", ""},
		{"D", false, "硕士学位论文", "mastersthesis", ""},
		{"D", false, "Master's thesis", "mastersthesis", ""},
		{"R", false, "", "techreport", ""},
		{"S", false, "", "standard", ""},
		{"P", false, "", "patent", ""},
		{"DB", false, "", "database", ""},
		{"CP", false, "", "software", ""},
		{"EB", false, "", "online", ""},
		{"A", false, "", "archive", ""},
		{"CM", false, "", "map", ""},
		{"DS", false, "", "dataset", ""},
		{"PP", false, "", "preprint", "PP"},
		{"Z", false, "", "misc", "Z"},
		{"", false, "", "misc", ""},
		{"XX", false, "", "misc", ""},
	}
	for _, tt := range tests {
		e := newEntry(&gbt7714.Record{Type: tt.code, Analytic: tt.analytic, Genre: tt.genre})
		if e.kind.entry != tt.entry || e.typeID() != tt.mark {
			t.Errorf("%s analytic=%v genre=%q: @%s mark %q, want @%s mark %q",
				tt.code, tt.analytic, tt.genre, e.kind.entry, e.typeID(), tt.entry, tt.mark)
		}
	}
}

// TestKindsCoverTypeTable checks that every BibTeX type in the type table
// has a row in kinds.
func TestKindsCoverTypeTable(t *testing.T) {
	for _, ti := range append(gbt7714.Types(), gbt7714.AnalyticTypes()...) {
		if _, ok := kinds[ti.BibTeX]; !ok {
			t.Errorf("type %s: no kind for BibTeX type %q", ti.Code, ti.BibTeX)
		}
	}
}

func TestWriteFields(t *testing.T) {
	r := &gbt7714.Record{
		Lang: gbt7714.LangZh, Type: "S",
		Author: []N{{Literal: "全国信息与文献标准化技术委员会"}},
		Number: "GB/T 3792—2021", Title: "信息与文献 资源描述", Issued: date(2021, 0, 0),
	}
	got := write(t, r)
	for _, want := range []string{"@standard{quanguo2021xinxi,", "number = {GB/T 3792—2021}", "author = {{全国信息与文献标准化技术委员会}}"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "mark") {
		t.Errorf("standard got a mark:\n%s", got)
	}
}

func TestWriteEB(t *testing.T) {
	r := &gbt7714.Record{
		Lang: gbt7714.LangZh, Type: "EB", Carrier: "OL", Title: "中国国家博物馆",
		Issued: date(2025, 0, 0), Updated: date(2025, 3, 1),
		URL: "https://www.chnmuseum.cn/a b{c}%20#x", Accessed: date(2025, 5, 6),
	}
	got := write(t, r)
	for _, want := range []string{
		"@online{2025zhongguo,", "date = {2025-03-01}", "url = {https://www.chnmuseum.cn/a%20b%7Bc%7D%20#x}",
		"urldate = {2025-05-06}", "medium = {OL}", "entrymediumid = {OL}",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

func TestWriteAfterClose(t *testing.T) {
	w := NewWriter(new(bytes.Buffer))
	w.Close()
	if err := w.Write(&gbt7714.Record{}); !errors.Is(err, errClosed) {
		t.Errorf("Write after Close: %v, want errClosed", err)
	}
}

func TestUniqueKeysInRun(t *testing.T) {
	r := &gbt7714.Record{Author: []N{{Family: "郑", Given: "广怀"}}, Issued: date(2023, 0, 0), Title: "乡镇社工站"}
	got := write(t, r, r, r)
	for _, want := range []string{"{zheng2023xiangzhen,", "{zheng2023xiangzhena,", "{zheng2023xiangzhenb,"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks key %q:\n%s", want, got)
		}
	}
}

// checkOutput checks every field value of a writer's output with
// checkValue, that URL fields have no backslash, and that the document's
// braces balance.
func checkOutput(t *testing.T, out string) {
	t.Helper()
	checkBalance(t, out)
	for _, line := range strings.Split(out, "\n") {
		name, v, ok := strings.Cut(line, " = {")
		if !ok {
			continue
		}
		v = strings.TrimSuffix(v, "},")
		checkValue(t, v)
		if (strings.TrimSpace(name) == "url" || strings.TrimSpace(name) == "doi") && strings.Contains(v, `\`) {
			t.Errorf("%s has a backslash: %q", name, v)
		}
	}
}

func checkBalance(t *testing.T, out string) {
	t.Helper()
	switch depth := braceDepth(out); {
	case depth < 0:
		t.Fatalf("unbalanced braces in output:\n%s", out)
	case depth > 0:
		t.Fatalf("%d braces left open in output:\n%s", depth, out)
	}
}

// braceDepth counts braces as BibTeX does (it knows no escapes): the depth
// at the end of s, or -1 as soon as a closing brace has no opening one.
func braceDepth(s string) int {
	depth := 0
	for _, c := range []byte(s) {
		switch c {
		case '{':
			depth++
		case '}':
			depth--
		}
		if depth < 0 {
			return -1
		}
	}
	return depth
}
