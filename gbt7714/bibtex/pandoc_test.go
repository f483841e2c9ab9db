package bibtex

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/refparse/refparse/gbt7714"
)

// cslItem is the part of pandoc's CSL JSON that the test checks.
type cslItem struct {
	ID        string      `json:"id"`
	Type      string      `json:"type"`
	Author    []cslName   `json:"author"`
	Editor    []cslName   `json:"editor"`
	Trans     []cslName   `json:"translator"`
	Title     string      `json:"title"`
	Container string      `json:"container-title"`
	Publisher string      `json:"publisher"`
	Place     string      `json:"publisher-place"`
	Issued    *cslDate    `json:"issued"`
	Accessed  *cslDate    `json:"accessed"`
	Volume    json.Number `json:"volume"`
	Issue     json.Number `json:"issue"`
	Page      string      `json:"page"`
	Number    string      `json:"number"`
	Genre     string      `json:"genre"`
	URL       string      `json:"URL"`
	DOI       string      `json:"DOI"`
}

type cslName struct {
	Family  string `json:"family,omitempty"`
	Given   string `json:"given,omitempty"`
	Literal string `json:"literal,omitempty"`
}

type cslDate struct {
	Parts [][]int `json:"date-parts"`
}

func (d *cslDate) String() string {
	if d == nil {
		return ""
	}
	return fmt.Sprint(d.Parts)
}

// TestPandoc checks that pandoc reads the writer's output back into the
// same names, titles, containers, dates and numbers.
func TestPandoc(t *testing.T) {
	pandoc, err := exec.LookPath("pandoc")
	if err != nil {
		t.Skip("pandoc not found: apt-get install pandoc")
	}
	nasty := "Nasty \\input{/etc/passwd} \\write18{rm} 100% & $5 #1 a_b ~x ^y {z}"
	records := []*gbt7714.Record{
		{Lang: gbt7714.LangZh, Type: "J",
			Author:     []N{{Family: "郑", Given: "广怀"}, {Family: "欧阳", Given: "修"}, {Family: "李", Given: "四"}},
			AuthorEtAl: true, Title: "乡镇社工站推动基层治理", ContainerTitle: "学海",
			Issued: date(2023, 0, 0), Volume: "3", Issue: "5", Page: "82-91,113,159"},
		{Lang: gbt7714.LangEn, Type: "J", Author: []N{{Family: "OSTROM", Given: "E"}},
			Title:          "Crossing the great divide: Coproduction, synergy and DNA in the iPhone era",
			ContainerTitle: "World Development", Issued: date(1996, 0, 0), Volume: "24", Issue: "6",
			Page: "1073-1087", DOI: "10.1016/0305-750X(96)00023-X"},
		{Lang: gbt7714.LangZh, Type: "M", Author: []N{{Literal: "扬奎斯特"}, {Literal: "萨金特"}},
			Translator: []N{{Family: "杨", Given: "斌"}, {Family: "王", Given: "忠玉"}},
			Title:      "递归宏观经济理论", Edition: "2", Place: "北京", Publisher: "中国人民大学出版社",
			Issued: date(2010, 0, 0), Page: "798"},
		{Lang: gbt7714.LangZh, Type: "N", Author: []N{{Family: "丁", Given: "文详"}},
			Title: "数字革命与竞争国际化", ContainerTitle: "中国青年报", Issued: date(2000, 11, 20), Page: "15"},
		{Lang: gbt7714.LangZh, Type: "D", Author: []N{{Family: "王", Given: "琦"}},
			Title: "土壤湿度反演方法研究", Place: "武汉", Publisher: "武汉大学", Issued: date(2022, 0, 0),
			Genre: "博士学位论文"},
		{Lang: gbt7714.LangZh, Type: "S", Author: []N{{Literal: "全国信息与文献标准化技术委员会"}},
			Number: "GB/T 3792—2021", Title: "信息与文献 资源描述", Issued: date(2021, 0, 0)},
		{Lang: gbt7714.LangZh, Type: "EB", Carrier: "OL", Title: "中国国家博物馆",
			URL: "https://www.chnmuseum.cn/a%20b?x=1&y=2#top", Accessed: date(2025, 5, 6)},
		{Lang: gbt7714.LangEn, Type: "J", Author: []N{{Family: "O’Brien_{x}", Given: "A & B"}},
			Title: nasty, ContainerTitle: "J. Nasty_Things & 50%", Issued: date(2020, 0, 0),
			URL: "https://a.b/p?q=%7B{x}\\y"},
	}
	want := []cslItem{
		{ID: "zheng2023xiangzhen", Type: "article-journal",
			Author: []cslName{{Family: "郑", Given: "广怀"}, {Family: "欧阳", Given: "修"}, {Family: "李", Given: "四"}},
			Title:  "乡镇社工站推动基层治理", Container: "学海", Issued: &cslDate{[][]int{{2023}}},
			Volume: "3", Issue: "5", Page: "82-91,113,159"}, // pandoc writes -- as -
		{ID: "ostrom1996crossing", Type: "article-journal", Author: []cslName{{Family: "OSTROM", Given: "E"}},
			Title:     "Crossing the great divide: Coproduction, synergy and DNA in the iPhone era",
			Container: "World Development", Issued: &cslDate{[][]int{{1996}}}, Volume: "24", Issue: "6",
			Page: "1073-1087", DOI: "10.1016/0305-750X(96)00023-X"},
		{ID: "yangkui2010digui", Type: "book", Author: []cslName{{Literal: "扬奎斯特"}, {Literal: "萨金特"}},
			Trans: []cslName{{Family: "杨", Given: "斌"}, {Family: "王", Given: "忠玉"}},
			Title: "递归宏观经济理论", Publisher: "中国人民大学出版社", Place: "北京",
			Issued: &cslDate{[][]int{{2010}}}, Page: "798"},
		{ID: "ding2000shuzi", Type: "article-newspaper", Author: []cslName{{Family: "丁", Given: "文详"}},
			Title: "数字革命与竞争国际化", Container: "中国青年报", Issued: &cslDate{[][]int{{2000, 11, 20}}}, Page: "15"},
		{ID: "wang2022turang", Type: "thesis", Author: []cslName{{Family: "王", Given: "琦"}},
			Title: "土壤湿度反演方法研究", Publisher: "武汉大学", Place: "武汉", Issued: &cslDate{[][]int{{2022}}},
			Genre: "博士学位论文"},
		{ID: "quanguo2021xinxi", Type: "legislation", Author: []cslName{{Literal: "全国信息与文献标准化技术委员会"}},
			Title: "信息与文献 资源描述", Issued: &cslDate{[][]int{{2021}}}, Number: "GB/T 3792—2021"},
		{ID: "zhongguo", Type: "webpage", Title: "中国国家博物馆",
			URL: "https://www.chnmuseum.cn/a%20b?x=1&y=2#top", Accessed: &cslDate{[][]int{{2025, 5, 6}}}},
		{ID: "obrienx2020nasty", Type: "article-journal", Author: []cslName{{Family: "O’Brien_{x}", Given: "A & B"}},
			Title: nasty, Container: "J. Nasty_Things & 50%", Issued: &cslDate{[][]int{{2020}}},
			URL: "https://a.b/p?q=%7B%7Bx%7D%5Cy"},
	}
	var bib bytes.Buffer
	w := NewWriter(&bib)
	for _, r := range records {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(pandoc, "-f", "bibtex", "-t", "csljson")
	cmd.Stdin = bytes.NewReader(bib.Bytes())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pandoc: %v\n%s", err, bib.String())
	}
	var got []cslItem
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("pandoc output: %v\n%s", err, out)
	}
	for i := range got {
		got[i].Author = dropOthers(got[i].Author)
	}
	opt := cmp.Transformer("date", (*cslDate).String)
	if diff := cmp.Diff(want, got, opt); diff != "" {
		t.Errorf("pandoc read back (-want +got):\n%s\nfrom:\n%s", diff, bib.String())
	}
}

// dropOthers removes the "others" that marks et al.: pandoc 2 keeps it as a
// literal name, later versions drop it.
func dropOthers(ns []cslName) []cslName {
	if n := len(ns); n > 0 && ns[n-1] == (cslName{Literal: "others"}) {
		return ns[:n-1]
	}
	return ns
}
