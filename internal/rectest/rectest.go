// Package rectest holds hand-built records for the tests of the writers (and
// of anything else in the module that needs records):
// one that sets every field of gbt7714.Record, and a set covering every
// document type, the analytic forms, both name forms and the edge cases of
// text (invalid UTF-8, HTML characters, quotes and backslashes). It also
// holds the checks that every gbt7714.Encoder must pass (CheckEncoder).
package rectest

import (
	"reflect"

	"github.com/refparse/refparse/gbt7714"
)

// Full returns a record in which every field is set.
func Full() *gbt7714.Record {
	return &gbt7714.Record{
		Index: 7, File: "refs.txt", Line: 12, Label: "[7]",
		Raw:  "郑广怀, 等. 劳动：研究[J/OL]. 社会学研究, 2022, 37(S1): 82-91,113 (2022-10)[2023-01-05]. https://example.cn/a?b=1&c=2. DOI:10.1/x.",
		Lang: gbt7714.LangZh, Type: "J", Carrier: "OL", Analytic: true,
		Author:     []gbt7714.Name{{Family: "郑", Given: "广怀"}, {Literal: "中共中央"}},
		AuthorEtAl: true,
		Editor:     []gbt7714.Name{{Family: "Smith", Given: "J. A."}}, EditorEtAl: true,
		Translator: []gbt7714.Name{{Literal: "W. 理查德·斯科特"}}, TranslatorEtAl: true,
		Title: "劳动：研究", ContainerTitle: "社会学研究",
		Edition: "2版", Place: "北京", Publisher: "社会科学文献出版社",
		Issued: gbt7714.Date{Year: 2022, Month: 10, Day: 26},
		Volume: "37", Issue: "S1", Page: "82-91,113", Number: "GB/T 7714—2015",
		Updated:  gbt7714.Date{Year: 2022, Month: 10},
		Accessed: gbt7714.Date{Year: 2023},
		URL:      "https://example.cn/a?b=1&c=2", DOI: "10.1/x", Genre: "博士学位论文",
		Warnings: []gbt7714.Warning{
			{Code: "no-year", Message: "no year of publication", Column: 3},
			{Code: "whole", Message: "a problem of the whole reference"},
		},
	}
}

// UnsetFields returns the names of the fields of r that hold their zero
// value. Tests use it to make sure Full keeps up with gbt7714.Record.
func UnsetFields(r *gbt7714.Record) []string {
	v := reflect.ValueOf(r).Elem()
	var names []string
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			names = append(names, v.Type().Field(i).Name)
		}
	}
	return names
}

// Set returns a varied set of records, numbered from 1, that a writer must
// handle: every type code of the table (analytic forms included), print and
// online, Chinese and English names, corporate names, and awkward text.
func Set() []*gbt7714.Record {
	recs := []*gbt7714.Record{
		journal(), book(), chapter(), paper(), newspaper(), thesis(),
		standard(), patent(), webpage(), english(), awkward(), bare(),
	}
	for _, t := range gbt7714.Types() {
		recs = append(recs, ofType(t.Code, false))
	}
	for _, t := range gbt7714.AnalyticTypes() {
		recs = append(recs, ofType(t.Code, true))
	}
	for i, r := range recs {
		r.Index, r.File, r.Line = i+1, "refs.txt", 2*i+1
		if r.Raw == "" {
			r.Raw = r.Title
		}
		if r.Lang == "" {
			r.Lang = gbt7714.LangZh
		}
	}
	return recs
}

func ofType(code string, analytic bool) *gbt7714.Record {
	return &gbt7714.Record{Type: code, Analytic: analytic, Title: "题名 " + code,
		ContainerTitle: "载体", Issued: gbt7714.Date{Year: 2020}}
}

func person(family, given string) gbt7714.Name { return gbt7714.Name{Family: family, Given: given} }

func literal(s string) gbt7714.Name { return gbt7714.Name{Literal: s} }

func journal() *gbt7714.Record {
	return &gbt7714.Record{Label: "[1]", Type: "J",
		Raw:    "郑广怀, 王晔安, 马铭泽. 劳动过程[J]. 清华大学学报, 2012, 52(11): 1518-1523.",
		Author: []gbt7714.Name{person("郑", "广怀"), person("王", "晔安"), person("马", "铭泽")},
		Title:  "劳动过程", ContainerTitle: "清华大学学报", Issued: gbt7714.Date{Year: 2012},
		Volume: "52", Issue: "11", Page: "1518-1523"}
}

func book() *gbt7714.Record {
	return &gbt7714.Record{Label: "[2]", Type: "M",
		Author:     []gbt7714.Name{literal("W. 理查德·斯科特")},
		Translator: []gbt7714.Name{person("姚", "伟"), person("王", "黎芳")}, TranslatorEtAl: true,
		Title: "制度与组织：思想观念与物质利益", Edition: "3版",
		Place: "北京", Publisher: "中国人民大学出版社", Issued: gbt7714.Date{Year: 2010}, Page: "56"}
}

func chapter() *gbt7714.Record {
	return &gbt7714.Record{Type: "M", Analytic: true,
		Author: []gbt7714.Name{person("程", "根伟")}, Title: "1998年长江洪水的成因与减灾对策",
		Editor:         []gbt7714.Name{person("许", "厚泽"), person("赵", "其国")},
		ContainerTitle: "长江流域洪涝灾害与科技对策", Place: "北京", Publisher: "科学出版社",
		Issued: gbt7714.Date{Year: 1999}, Page: "32-36"}
}

func paper() *gbt7714.Record {
	return &gbt7714.Record{Type: "C", Analytic: true, Lang: gbt7714.LangEn,
		Author: []gbt7714.Name{person("Fourney", "M. E.")}, Title: "Advances in holographic photoelasticity",
		Editor:         []gbt7714.Name{person("Gottenberg", "W. G.")},
		ContainerTitle: "Symposium on Applications of Holography in Mechanics",
		Place:          "New York", Publisher: "ASME", Issued: gbt7714.Date{Year: 1971}, Page: "17-38"}
}

func newspaper() *gbt7714.Record {
	return &gbt7714.Record{Type: "N", Author: []gbt7714.Name{person("丁", "文祥")},
		Title: "数字革命与竞争国际化", ContainerTitle: "中国青年报",
		Issued: gbt7714.Date{Year: 2000, Month: 11, Day: 20}, Page: "15"}
}

func thesis() *gbt7714.Record {
	return &gbt7714.Record{Type: "D", Author: []gbt7714.Name{person("王", "琦")},
		Title: "融合星载GNSS-R和SAR数据的土壤湿度反演方法研究", Genre: "博士学位论文",
		Place: "武汉", Publisher: "武汉大学", Issued: gbt7714.Date{Year: 2022}}
}

func standard() *gbt7714.Record {
	return &gbt7714.Record{Type: "S", Author: []gbt7714.Name{literal("全国信息与文献标准化技术委员会")},
		Title: "信息与文献 参考文献著录规则", Number: "GB/T 7714—2015",
		Place: "北京", Publisher: "中国标准出版社", Issued: gbt7714.Date{Year: 2015}, Page: "2-3"}
}

func patent() *gbt7714.Record {
	return &gbt7714.Record{Type: "P", Carrier: "OL", Author: []gbt7714.Name{person("邓", "一刚")},
		Title: "全智能节电器", Number: "CN200610171314.3",
		Issued:   gbt7714.Date{Year: 2006, Month: 12, Day: 13},
		Accessed: gbt7714.Date{Year: 2012, Month: 3, Day: 27},
		URL:      "http://www.example.cn/patent?id=1&lang=zh"}
}

// webpage has an update date and no date of publication, as most [EB/OL]
// references do.
func webpage() *gbt7714.Record {
	return &gbt7714.Record{Type: "EB", Carrier: "OL", Author: []gbt7714.Name{literal("北京鲁迅博物馆")},
		Title:    "北京鲁迅博物馆志愿服务章程",
		Updated:  gbt7714.Date{Year: 2021, Month: 4, Day: 21},
		Accessed: gbt7714.Date{Year: 2023, Month: 5, Day: 2},
		URL:      "http://www.luxunmuseum.com.cn/html/202104/a11310.htm"}
}

func english() *gbt7714.Record {
	return &gbt7714.Record{Type: "J", Carrier: "OL", Lang: gbt7714.LangEn,
		Author:     []gbt7714.Name{person("Weinstein", "L."), person("Swartz", "M. N.")},
		AuthorEtAl: true, Title: "Pathogenic properties of invading microorganisms: a review",
		ContainerTitle: "Journal of Things", Issued: gbt7714.Date{Year: 1974, Month: 5},
		Volume: "3", Issue: "2", Page: "457-472",
		DOI: "10.1000/xyz123", Accessed: gbt7714.Date{Year: 2020, Month: 1, Day: 2}}
}

// awkward holds text that a careless writer would break.
func awkward() *gbt7714.Record {
	return &gbt7714.Record{Type: "Z", Lang: gbt7714.LangOther,
		Raw:    "bad \xff byte, <b>&amp;</b> \"quoted\" back\\slash\ttab",
		Author: []gbt7714.Name{literal("A & B <Co>")}, Title: "Title \"with\" <i>tags</i> & \\ and \xfe",
		Warnings: []gbt7714.Warning{{Code: "encoding", Message: "invalid UTF-8 \xff", Column: 5}}}
}

// bare has nothing but the always-present fields.
func bare() *gbt7714.Record {
	return &gbt7714.Record{Raw: "一段无法解析的文字", Lang: gbt7714.LangZh}
}
