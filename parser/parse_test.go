package parser

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/refparse/refparse/gbt7714"
)

func TestCutLabel(t *testing.T) {
	tests := []struct{ in, label, rest string }{
		{"[12] 张良. 题名[J]", "[12]", "张良. 题名[J]"},
		{"［3］张良", "［3］", "张良"},
		{"【3】张良", "【3】", "张良"},
		{"(12) SMITH J", "(12)", "SMITH J"},
		{"（12）张良", "（12）", "张良"},
		{"12. 张良", "12.", "张良"},
		{"12、张良", "12、", "张良"},
		{"① 张良", "①", "张良"},
		{"[美]唐纳德·A·诺曼. 设计心理学[M]", "", "[美]唐纳德·A·诺曼. 设计心理学[M]"},
		{"2023.05 not a label", "", "2023.05 not a label"},
		{"12.5 no", "", "12.5 no"},
		{"[EB/OL]", "", "[EB/OL]"},
	}
	for _, tt := range tests {
		label, rest := cutLabel(tt.in)
		if label != tt.label || rest != tt.rest {
			t.Errorf("cutLabel(%q) = %q, %q; want %q, %q", tt.in, label, rest, tt.label, tt.rest)
		}
	}
}

func TestFirstSep(t *testing.T) {
	tests := []struct {
		in   string
		want int // byte index of the separator, -1 for none
	}{
		{"郑广怀. 乡镇社工站", len("郑广怀")},
		{"郑广怀.乡镇社工站", len("郑广怀")},
		{"W. 理查德·斯科特, 杰拉尔德·F. 戴维斯. 组织理论", len("W. 理查德·斯科特, 杰拉尔德·F. 戴维斯")},
		{"SMITH J A. Title", len("SMITH J A")},
		{"OSTROM E. Crossing", len("OSTROM E")},
		{"SMITH J, et al. Title", len("SMITH J, et al")},
		{"Washington, D.C.: Press", -1},
		{"U.S. Government Printing Office", -1},
		{"Vol. 3", -1},
		{"中共中央 国务院关于意见", -1},
		{"a (b. c) d", -1},
	}
	for _, tt := range tests {
		if got := firstSep(tt.in); got != tt.want {
			t.Errorf("firstSep(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestParseNames(t *testing.T) {
	n := func(f, g string) gbt7714.Name { return gbt7714.Name{Family: f, Given: g} }
	lit := func(s string) gbt7714.Name { return gbt7714.Name{Literal: s} }
	tests := []struct {
		in   string
		want nameList
	}{
		{"黄晓勇, 徐明, 郭磊, 等", nameList{names: []gbt7714.Name{n("黄", "晓勇"), n("徐", "明"), n("郭", "磊")}, etAl: true}},
		{"SORRENTINO M, SICILIA M", nameList{names: []gbt7714.Name{n("SORRENTINO", "M"), n("SICILIA", "M")}}},
		{"SMITH J A, et al.", nameList{names: []gbt7714.Name{n("SMITH", "J A")}, etAl: true}},
		{"LIU Binzhi", nameList{names: []gbt7714.Name{n("LIU", "Binzhi")}}},
		{"DE GAULLE C", nameList{names: []gbt7714.Name{n("DE GAULLE", "C")}}},
		{"W. 理查德·斯科特", nameList{names: []gbt7714.Name{lit("W. 理查德·斯科特")}}},
		{"中华人民共和国国务院新闻办公室", nameList{names: []gbt7714.Name{lit("中华人民共和国国务院新闻办公室")}}},
		{"教育部", nameList{names: []gbt7714.Name{lit("教育部")}}},
		{"World Health Organization", nameList{names: []gbt7714.Name{lit("World Health Organization")}}},
		{"高俊山, 译", nameList{names: []gbt7714.Name{n("高", "俊山")}, role: roleTranslator}},
		{"张三, 等, 译", nameList{names: []gbt7714.Name{n("张", "三")}, etAl: true, role: roleTranslator}},
		{"王五主编", nameList{names: []gbt7714.Name{n("王", "五")}, role: roleEditor}},
		{"HAWKINS B L, BATTIN P, eds", nameList{names: []gbt7714.Name{n("HAWKINS", "B L"), n("BATTIN", "P")}, role: roleEditor}},
	}
	for _, tt := range tests {
		got, ok := parseNames(tt.in)
		if !ok {
			t.Errorf("parseNames(%q) failed", tt.in)
			continue
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(nameList{})); diff != "" {
			t.Errorf("parseNames(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	for _, bad := range []string{"项目制: 一种新的国家治理体制", "“项目制”悖论", ""} {
		if _, ok := parseNames(bad); ok {
			t.Errorf("parseNames(%q) took a title for names", bad)
		}
	}
}

func TestParsePub(t *testing.T) {
	tests := []struct {
		in   string
		want pubInfo
	}{
		{"学海, 2023(5): 132-145", pubInfo{who: span{0, "学海"}, date: gbt7714.Date{Year: 2023}, issue: "5", page: "132-145", hasPages: true}},
		{"Policy and society, 2018, 37(3): 277-293", pubInfo{who: span{0, "Policy and society"}, date: gbt7714.Date{Year: 2018}, volume: "37", issue: "3", page: "277-293", hasPages: true}},
		{"北京: 中国人民大学出版社, 2011: 89", pubInfo{who: span{0, "北京: 中国人民大学出版社"}, date: gbt7714.Date{Year: 2011}, page: "89", hasPages: true}},
		{"人民日报, 2022-10-26(001)", pubInfo{who: span{0, "人民日报"}, date: gbt7714.Date{Year: 2022, Month: 10, Day: 26}, paren: "001"}},
		{"2006-12-13", pubInfo{date: gbt7714.Date{Year: 2006, Month: 12, Day: 13}}},
		{"J,1985,3(2):12~15", pubInfo{who: span{0, "J"}, date: gbt7714.Date{Year: 1985}, volume: "3", issue: "2", page: "12-15", hasPages: true}},
		{"World development, 1996, 24: 1073–1087", pubInfo{who: span{0, "World development"}, date: gbt7714.Date{Year: 1996}, volume: "24", page: "1073-1087", hasPages: true}},
		{"期刊, 2010, 30(增刊): 1-5", pubInfo{who: span{0, "期刊"}, date: gbt7714.Date{Year: 2010}, volume: "30", issue: "增刊", page: "1-5", hasPages: true}},
	}
	for _, tt := range tests {
		got, ok := parsePub(span{0, tt.in})
		if !ok {
			t.Errorf("parsePub(%q) failed", tt.in)
			continue
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(pubInfo{}, span{})); diff != "" {
			t.Errorf("parsePub(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	for _, bad := range []string{"马克思恩格斯全集: 第44卷", "New York: Wiley", "高俊山, 译"} {
		if _, ok := parsePub(span{0, bad}); ok {
			t.Errorf("parsePub(%q) took it for publication details", bad)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want gbt7714.Date
		ok   bool
	}{
		{"2022", gbt7714.Date{Year: 2022}, true},
		{"2022-10", gbt7714.Date{Year: 2022, Month: 10}, true},
		{"2022-10-26", gbt7714.Date{Year: 2022, Month: 10, Day: 26}, true},
		{"2022-1-5", gbt7714.Date{Year: 2022, Month: 1, Day: 5}, true},
		{"2022年10月26日", gbt7714.Date{Year: 2022, Month: 10, Day: 26}, true},
		{"2022-13-01", gbt7714.Date{}, false},
		{"001", gbt7714.Date{}, false},
		{"20221", gbt7714.Date{}, false},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNormalizeKeepsColumns(t *testing.T) {
	in := "严蔚敏，吴伟民. 数据结构［M］．北京：清华大学出版社，1997.\u3000"
	out := normalize(in)
	if got, want := len([]rune(out)), len([]rune(in)); got != want {
		t.Fatalf("normalize changed the rune count: %d → %d", want, got)
	}
	if want := "严蔚敏,吴伟民. 数据结构[M].北京:清华大学出版社,1997. "; out != want {
		t.Errorf("normalize = %q, want %q", out, want)
	}
}

func TestLanguage(t *testing.T) {
	for in, want := range map[string]string{
		"郑广怀. 乡镇社工站[J]":                "zh",
		"OSTROM E. Crossing[J]":        "en",
		"β-catenin signalling in mice": "en",
		"山田太郎. ひらがなのタイトル[M]":           "other",
		"Иванов И. Заглавие[J]":        "other",
		"":                             "other",
	} {
		if got := language(in); got != want {
			t.Errorf("language(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWarningColumn(t *testing.T) {
	rec := Parse(Entry{File: "f", Line: 3, Label: "[1]", Text: "张良. 题名[J]. 学海, 2023(5): 1-2. 多余的东西", Col: 5})
	if len(rec.Warnings) != 1 {
		t.Fatalf("warnings = %v, want one", rec.Warnings)
	}
	w := rec.Warnings[0]
	if w.Code != "unparsed" || w.Column != 1+len([]rune("张良. 题名[J]. 学海, 2023(5): 1-2. ")) {
		t.Errorf("warning = %+v", w)
	}
}

func TestCaret(t *testing.T) {
	e := &Error{Source: "[1] 张良. 题名[J]. 学海, 2023(5): 1-2. 多余", SourceCol: len([]rune("[1] 张良. 题名[J]. 学海, 2023(5): 1-2. ")) + 1}
	want := "    [1] 张良. 题名[J]. 学海, 2023(5): 1-2. 多余\n" +
		"    " + strings.Repeat(" ", len("[1] ")+4+2+4+len("[J]. ")+4+len(", 2023(5): 1-2. ")) + "^"
	if got := e.Caret(); got != want {
		t.Errorf("Caret:\n%s\nwant:\n%s", got, want)
	}
	if (&Error{}).Caret() != "" {
		t.Error("Caret without source is not empty")
	}
}

// TestNormalizeLang checks that the one-pass normalizeLang agrees with
// normalize and language.
func TestNormalizeLang(t *testing.T) {
	for _, s := range []string{"", "abc", "郑广怀. 学海[J]", "严蔚敏，吴伟民．数据结构［Ｍ］", "\x00\x01tab\there", "bad \xff utf-8",
		"Иванов И", "山田太郎. ひらがな", "Ａｂｃ　全角", "a–b", "\u2028line", "β-catenin"} {
		ns, lang := normalizeLang(s)
		if ns != normalize(s) || lang != language(normalize(s)) {
			t.Errorf("normalizeLang(%q) = %q, %q; want %q, %q", s, ns, lang, normalize(s), language(normalize(s)))
		}
	}
}

// TestFoldRune checks foldRune against its definition over all of Unicode:
// white space and control characters become a space, full-width ASCII
// forms ASCII, three dashes '-', and every other rune stays.
func TestFoldRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			want = r - 0xFF01 + '!'
		case unicode.IsSpace(r), unicode.Is(unicode.Cc, r), r == 0xFEFF, r == 0x200B:
			want = ' '
		case r == '–', r == '‒', r == '−':
			want = '-'
		}
		if got := foldRune(r); got != want {
			t.Fatalf("foldRune(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestIsHan checks isHan's shortcuts against unicode.Han over all of
// Unicode.
func TestIsHan(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}
