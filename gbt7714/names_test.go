package gbt7714

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

func TestSurnamePinyin(t *testing.T) {
	tests := []struct{ in, want string }{
		// go-pinyin's first reading is wrong for these.
		{"单", "shan"}, {"曾", "zeng"}, {"解", "xie"}, {"仇", "qiu"}, {"区", "ou"},
		{"朴", "piao"}, {"查", "zha"}, {"盖", "ge"}, {"缪", "miao"}, {"翟", "zhai"},
		{"覃", "qin"}, {"乐", "yue"}, {"召", "shao"}, {"秘", "bi"}, {"黑", "he"},
		{"种", "chong"}, {"万俟", "mo qi"}, {"尉迟", "yu chi"}, {"单于", "chan yu"},
		{"长孙", "zhang sun"}, {"令狐", "ling hu"}, {"澹台", "tan tai"}, {"宇文", "yu wen"},
		{"长", "chang"}, {"尉", "wei"},
		// Ordinary surnames go through go-pinyin.
		{"郑", "zheng"}, {"张", "zhang"}, {"吕", "lv"}, {"欧阳", "ou yang"},
		{"诸葛", "zhu ge"}, {"司马", "si ma"},
		// A whole name given as family: surname prefix, then the rest.
		{"单田芳", "shan tian fang"}, {"万俟卨", "mo qi xie"},
		// Not Chinese.
		{"OSTROM", "ostrom"}, {" Abadía ", "abadía"}, {"", ""},
	}
	for _, tt := range tests {
		if got := SurnamePinyin(tt.in); got != tt.want {
			t.Errorf("SurnamePinyin(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPinyin(t *testing.T) {
	tests := []struct{ in, want string }{
		{"郑广怀", "zheng guang huai"},
		{"乡镇社工站推动", "xiang zhen she gong zhan tui dong"},
		{"绿色", "lv se"},
		{"GNSS-R和SAR数据", "gnss r he sar shu ju"},
		{"W. 理查德·斯科特", "w li cha de si ke te"},
		{"2022年", "2022 nian"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Pinyin(tt.in); got != tt.want {
			t.Errorf("Pinyin(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNamePinyin(t *testing.T) {
	tests := []struct {
		in   Name
		want string
	}{
		{Name{Family: "曾", Given: "国藩"}, "zeng guo fan"},
		{Name{Family: "欧阳", Given: "修"}, "ou yang xiu"},
		{Name{Literal: "中共中央"}, "zhong gong zhong yang"},
		{Name{Family: "OSTROM", Given: "E"}, "ostrom e"},
		{Name{}, ""},
	}
	for _, tt := range tests {
		if got := NamePinyin(tt.in); got != tt.want {
			t.Errorf("NamePinyin(%+v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSurnameTable(t *testing.T) {
	compounds := 0
	for k, v := range surnames {
		n := utf8.RuneCountInString(k)
		if n > maxSurnameRunes {
			t.Errorf("surname %q is longer than maxSurnameRunes", k)
		}
		if n > 1 {
			compounds++
		}
		if !allHan(k) {
			t.Errorf("surname %q is not all Han", k)
		}
		if len(strings.Fields(v)) != n || strings.ToLower(v) != v {
			t.Errorf("reading %q of %q: want %d lower-case syllables", v, k, n)
		}
	}
	if compounds < 60 {
		t.Errorf("%d compound surnames, want at least 60", compounds)
	}
}

// TestGoPinyinUntouched checks that reading surnames leaves go-pinyin's
// global dictionary as it was.
func TestGoPinyinUntouched(t *testing.T) {
	before := pinyin.PinyinDict[int('曾')]
	SurnamePinyin("曾")
	if after := pinyin.PinyinDict[int('曾')]; after != before {
		t.Errorf("go-pinyin dictionary changed: %q -> %q", before, after)
	}
	if got := Pinyin("曾经"); got != "ceng jing" {
		t.Errorf("Pinyin(曾经) = %q, want go-pinyin's ceng jing", got)
	}
}

// slowArgs are the go-pinyin arguments the reading of a Han character
// must agree with.
var slowArgs = pinyin.Args{
	Style:    pinyin.Normal,
	Fallback: func(rune, pinyin.Args) []string { return nil },
}

// TestReadingsMatchGoPinyin checks appendReading against go-pinyin's own
// Normal style for every character of its dictionary.
func TestReadingsMatchGoPinyin(t *testing.T) {
	for r, v := range pinyin.PinyinDict {
		want := pinyin.SinglePinyin(rune(r), slowArgs)
		if got := string(appendReading(nil, v)); len(want) != 1 || got != want[0] {
			t.Errorf("reading of %q (%q) = %q, want %q", rune(r), v, got, want)
		}
	}
}

// slowPinyin, slowSurnamePinyin and slowNamePinyin are the plain
// implementations that the append-based ones must agree with.
func slowPinyin(s string) string {
	var words []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			words = append(words, strings.ToLower(s[start:end]))
			start = -1
		}
	}
	for i, r := range s {
		switch {
		case isHan(r):
			flush(i)
			words = append(words, pinyin.SinglePinyin(r, slowArgs)...)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(s))
	return strings.Join(words, " ")
}

func slowSurnamePinyin(family string) string {
	family = strings.TrimSpace(family)
	rs := []rune(family)
	for n := min(len(rs), maxSurnameRunes); n > 0; n-- {
		if reading, ok := surnames[string(rs[:n])]; ok {
			if rest := slowPinyin(string(rs[n:])); rest != "" {
				return reading + " " + rest
			}
			return reading
		}
	}
	return slowPinyin(family)
}

func slowNamePinyin(n Name) string {
	if n.Literal != "" {
		return slowPinyin(n.Literal)
	}
	return strings.TrimSpace(slowSurnamePinyin(n.Family) + " " + slowPinyin(n.Given))
}

func TestPinyinMatchesSlow(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []rune("郑欧阳万俟单于曾长孙乡镇 \t-·.ÄäİIΣßé\u0301Aa1２\xff龘𠀀〇")
	alphabet = append(alphabet, utf8.RuneError)
	for range 20000 {
		rs := make([]rune, rng.IntN(8))
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(rs)
		if rng.IntN(6) == 0 {
			s = "\xff" + s + "\xc3"
		}
		if got, want := Pinyin(s), slowPinyin(s); got != want {
			t.Fatalf("Pinyin(%q) = %q, want %q", s, got, want)
		}
		if got, want := SurnamePinyin(s), slowSurnamePinyin(s); got != want {
			t.Fatalf("SurnamePinyin(%q) = %q, want %q", s, got, want)
		}
		n := Name{Family: s, Given: string(rs[len(rs)/2:])}
		if rng.IntN(4) == 0 {
			n.Family = ""
		}
		if got, want := NamePinyin(n), slowNamePinyin(n); got != want {
			t.Fatalf("NamePinyin(%+v) = %q, want %q", n, got, want)
		}
		if got, want := string(AppendNamePinyin([]byte("x"), n)), "x"+slowNamePinyin(n); got != want {
			t.Fatalf("AppendNamePinyin(x, %+v) = %q, want %q", n, got, want)
		}
	}
}

// allHan reports whether s is non-empty and all Han characters.
func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}
