package bibtex

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/refparse/refparse/gbt7714"
)

// The plain, string-building forms of escaping, names and keys that the
// append-based ones replaced. The writer's output must not change by a
// byte, so the fast paths are checked against them on random text.

var refSpecials = map[rune]string{
	'\\': `\textbackslash{}`, '~': `\textasciitilde{}`, '^': `\textasciicircum{}`,
	'%': `\%`, '&': `\&`, '$': `\$`, '#': `\#`, '_': `\_`,
}

func refEscapeTitle(s string, protect bool) string {
	s = clean(s)
	matched := make([]bool, len(s))
	var open []int
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			open = append(open, i)
		case '}':
			if n := len(open); n > 0 {
				matched[open[n-1]], matched[i] = true, true
				open = open[:n-1]
			}
		}
	}
	var b strings.Builder
	first := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if protect && refIsWordRune(r) {
			j := i
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !refIsWordRune(r) {
					break
				}
				j += size
			}
			w := s[i:j]
			protectIt := false
			for k, r := range w {
				if unicode.IsUpper(r) && (!first || k > 0) {
					protectIt = true
				}
			}
			if protectIt {
				w = "{" + w + "}"
			}
			b.WriteString(w)
			first = false
			i = j
			continue
		}
		switch {
		case r == '{' && matched[i]:
			b.WriteString(`\{`)
		case r == '}' && matched[i]:
			b.WriteString(`\}`)
		case r == '{':
			b.WriteString(`\textbraceleft{}`)
		case r == '}':
			b.WriteString(`\textbraceright{}`)
		case refSpecials[r] != "":
			b.WriteString(refSpecials[r])
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

func refIsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func refEscapePages(s string) string {
	rs := []rune(clean(s))
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		j := i
		if i > 0 && refIsWordRune(rs[i-1]) {
			k, dashes := i, 0
			for ; k < len(rs) && (isDash(rs[k]) || rs[k] == ' '); k++ {
				if isDash(rs[k]) {
					dashes++
				}
			}
			if dashes > 0 && k < len(rs) && refIsWordRune(rs[k]) {
				j = k
			}
		}
		if j > i {
			b.WriteString("--")
			i = j - 1
			continue
		}
		b.WriteRune(rs[i])
	}
	return refEscapeTitle(b.String(), false)
}

func refEscapeURL(s string) string {
	s = strings.ToValidUTF8(strings.TrimSpace(s), "")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ':
			b.WriteString("%20")
		case r == '{':
			b.WriteString("%7B")
		case r == '}':
			b.WriteString("%7D")
		case r == '\\':
			b.WriteString("%5C")
		case unicode.IsControl(r) || unicode.IsSpace(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func refNames(ns []gbt7714.Name, etAl bool) string {
	part := func(s string, alone bool) string {
		e := refEscapeTitle(s, false)
		if e == "" {
			return e
		}
		words := strings.Fields(e)
		has := func(w string) bool {
			for _, x := range words {
				if strings.EqualFold(x, w) {
					return true
				}
			}
			return false
		}
		split := strings.Contains(e, ",") || has("and")
		if alone {
			split = split || len(words) > 1 || has("others")
		}
		if split {
			return "{" + e + "}"
		}
		return e
	}
	var parts []string
	for _, n := range ns {
		s := ""
		if lit := refEscapeTitle(n.Literal, false); lit != "" {
			s = "{" + lit + "}"
		} else {
			family, given := part(n.Family, false), part(n.Given, false)
			switch {
			case family == "":
				s = part(n.Given, true)
			case given == "":
				s = part(n.Family, true)
			default:
				s = family + ", " + given
			}
		}
		if s != "" {
			parts = append(parts, s)
		}
	}
	if etAl && len(parts) > 0 {
		parts = append(parts, "others")
	}
	return strings.Join(parts, " and ")
}

func refASCIIKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			b.WriteRune(r)
		case foldings[r] != "":
			b.WriteString(foldings[r])
		}
	}
	return b.String()
}

func refFirstWord(s string, skip bool) string {
	rs := []rune(s)
	first := ""
	for i := 0; i < len(rs); {
		j, w := i+1, ""
		switch {
		case unicode.Is(unicode.Han, rs[i]):
			for j < len(rs) && j < i+2 && unicode.Is(unicode.Han, rs[j]) {
				j++
			}
			w = refASCIIKey(gbt7714.Pinyin(string(rs[i:j])))
		case refIsWordRune(rs[i]):
			for j < len(rs) && refIsWordRune(rs[j]) && !unicode.Is(unicode.Han, rs[j]) {
				j++
			}
			w = refASCIIKey(string(rs[i:j]))
		}
		i = j
		if w == "" {
			continue
		}
		if !skip || !stopWords[w] {
			return w
		}
		if first == "" {
			first = w
		}
	}
	return first
}

func refCiteKey(r *gbt7714.Record) string {
	var b strings.Builder
	if n, ok := firstCreator(r); ok {
		switch {
		case n.Literal != "":
			b.WriteString(refFirstWord(n.Literal, false))
		case n.Family != "":
			b.WriteString(refASCIIKey(gbt7714.SurnamePinyin(n.Family)))
		default:
			b.WriteString(refFirstWord(n.Given, false))
		}
	}
	if y := keyYear(r); y > 0 {
		b.WriteString(strconv.Itoa(y))
	}
	b.WriteString(refFirstWord(r.Title, true))
	if b.Len() == 0 {
		return "ref"
	}
	return b.String()
}

func refSortKey(r *gbt7714.Record) string {
	if r.Lang != gbt7714.LangZh {
		return ""
	}
	list := r.Author
	if len(list) == 0 {
		list = r.Editor
	}
	var parts []string
	for _, n := range list {
		if p := refEscapeTitle(gbt7714.NamePinyin(n), false); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "  ")
}

// randomText makes strings from an alphabet of everything the fast paths
// treat apart: specials, braces, white space of every kind, controls,
// invalid UTF-8, dashes, capitals, Han characters, surnames, stop words.
func randomText(rng *rand.Rand) string {
	pieces := []string{
		"\\", "{", "}", "%", "&", "$", "#", "_", "~", "^", "@", ",", ".", ":", " ", " ", " ", "  ",
		"\t", "\n", "\r", "\x00", "\x7f", "\u0085", "\u00a0", "\u3000", "\u2028", "\ufeff", "\xff", "\xc3", "\ufffd",
		"-", "–", "—", "～", "〜", "a", "A", "Z", "é", "É", "\u0301", "ß", "æ", "İ", "ſ", "K", "1", "２",
		"郑", "欧阳", "万俟", "单", "曾", "乡镇", "社工", "：", "《", "》", "龘", "𠀀",
		"The", "of", "and", "AND", "others", "otherſ", "DNA", "iPhone", "McDonald", "Abadía",
		"https://a.b/c?d=1&e=%20#f", "10.1/x", "doi:", "arXiv:", "S1",
	}
	n := rng.IntN(10)
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

func TestFastPathsMatchReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 14))
	for range 30000 {
		s := randomText(rng)
		for _, protect := range []bool{false, true} {
			if got, want := escapeTitle(s, protect), refEscapeTitle(s, protect); got != want {
				t.Fatalf("escapeTitle(%q, %v) = %q, want %q", s, protect, got, want)
			}
		}
		if got, want := escapePages(s), refEscapePages(s); got != want {
			t.Fatalf("escapePages(%q) = %q, want %q", s, got, want)
		}
		if got, want := escapeURL(s), refEscapeURL(s); got != want {
			t.Fatalf("escapeURL(%q) = %q, want %q", s, got, want)
		}
		if got, want := asciiKey(s), refASCIIKey(s); got != want {
			t.Fatalf("asciiKey(%q) = %q, want %q", s, got, want)
		}
		if dirty, special := inspect(s); !dirty && clean(s) != s || !special && refEscapeTitle(s, false) != s {
			t.Fatalf("inspect(%q) = %v, %v; clean = %q, escaped = %q", s, dirty, special, clean(s), refEscapeTitle(s, false))
		}
		ns := []gbt7714.Name{
			{Family: s, Given: randomText(rng)}, {Literal: randomText(rng)},
			{Given: randomText(rng)}, {Family: randomText(rng)},
		}
		etAl := rng.IntN(2) == 0
		if got, want := names(ns, etAl), refNames(ns, etAl); got != want {
			t.Fatalf("names(%q, %v) = %q, want %q", ns, etAl, got, want)
		}
		r := &gbt7714.Record{Lang: gbt7714.LangZh, Title: randomText(rng), Issued: gbt7714.Date{Year: rng.IntN(3) * 1000}}
		switch rng.IntN(4) {
		case 0:
			r.Author = ns[:1]
		case 1:
			r.Author = ns[1:2]
		case 2:
			r.Editor = ns[2:]
		}
		if got, want := citeKey(r), refCiteKey(r); got != want {
			t.Fatalf("citeKey(%+v) = %q, want %q", r, got, want)
		}
		if got, want := newEntry(r).sortKey(), refSortKey(r); got != want {
			t.Fatalf("sortKey(%+v) = %q, want %q", r, got, want)
		}
	}
}

func TestAppendDate(t *testing.T) {
	dates := []gbt7714.Date{{}, {Year: 2022}, {Year: 2022, Month: 10}, {Year: 2022, Month: 10, Day: 26},
		{Year: 5, Month: 1, Day: 2}, {Year: -3}, {Month: 3}, {Year: 2022, Day: 3}, {Year: 9999, Month: 9999, Day: 100},
		{Year: 10000, Month: 1}, {Year: 12345678, Month: 13, Day: 99}, {Year: 2022, Month: -1}}
	for y := range 10001 {
		dates = append(dates, gbt7714.Date{Year: y, Month: y % 120, Day: y % 35})
	}
	for _, d := range dates {
		if got, want := string(d.Append([]byte("x"))), "x"+d.String(); got != want {
			t.Fatalf("Date.Append(%+v) = %q, want %q", d, got, want)
		}
	}
}

func FuzzFastPathsMatchReference(f *testing.F) {
	for _, s := range odd {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, protect := range []bool{false, true} {
			if got, want := escapeTitle(s, protect), refEscapeTitle(s, protect); got != want {
				t.Fatalf("escapeTitle(%q, %v) = %q, want %q", s, protect, got, want)
			}
		}
		if got, want := escapePages(s), refEscapePages(s); got != want {
			t.Fatalf("escapePages(%q) = %q, want %q", s, got, want)
		}
		if got, want := escapeURL(s), refEscapeURL(s); got != want {
			t.Fatalf("escapeURL(%q) = %q, want %q", s, got, want)
		}
		ns := []gbt7714.Name{{Family: s, Given: s}, {Literal: s}, {Given: s}}
		if got, want := names(ns, true), refNames(ns, true); got != want {
			t.Fatalf("names(%q) = %q, want %q", ns, got, want)
		}
		r := &gbt7714.Record{Lang: gbt7714.LangZh, Author: ns[:1], Title: s}
		if got, want := citeKey(r), refCiteKey(r); got != want {
			t.Fatalf("citeKey(%+v) = %q, want %q", r, got, want)
		}
		if got, want := newEntry(r).sortKey(), refSortKey(r); got != want {
			t.Fatalf("sortKey(%+v) = %q, want %q", r, got, want)
		}
	})
}
