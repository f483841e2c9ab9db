package rectest

import (
	"math/rand/v2"
	"strings"

	"github.com/refparse/refparse/gbt7714"
)

// Random returns a record made from rng: each field present or not at
// random, strings drawn from pieces that encoders must treat with care
// (quotes, backslashes, control characters, HTML characters, U+2028 and
// U+2029, U+FFFD, invalid UTF-8, CJK and astral runes), dates of every
// precision and some that no parser makes (a day without a month), empty
// names and name lists, zero and negative numbers. The same rng state
// gives the same record.
func Random(rng *rand.Rand) *gbt7714.Record {
	g := gen{rng}
	r := &gbt7714.Record{
		Index: g.int(), File: g.str(), Line: g.int(), Label: g.maybe(), Raw: g.str(),
		Lang: g.lang(), Type: g.typeCode(), Carrier: g.pick("", "", "OL", "CD", "MT", "DK"),
		Analytic: g.bool(),
		Author:   g.names(), AuthorEtAl: g.bool(),
		Editor: g.names(), EditorEtAl: g.bool(),
		Translator: g.names(), TranslatorEtAl: g.bool(),
		Title: g.maybe(), ContainerTitle: g.maybe(), Edition: g.maybe(),
		Place: g.maybe(), Publisher: g.maybe(), Issued: g.date(),
		Volume: g.maybe(), Issue: g.maybe(), Page: g.maybe(), Number: g.maybe(),
		Updated: g.date(), Accessed: g.date(), URL: g.maybe(), DOI: g.maybe(), Genre: g.maybe(),
	}
	if g.rng.IntN(3) == 0 {
		r.Warnings = []gbt7714.Warning{}
		for range g.rng.IntN(4) {
			r.Warnings = append(r.Warnings, gbt7714.Warning{Code: g.str(), Message: g.str(), Column: g.int()})
		}
	}
	return r
}

// RandomSet returns n records of Random from a fixed seed: the same n
// records on every call.
func RandomSet(n int) []*gbt7714.Record {
	rng := rand.New(rand.NewPCG(7714, 2015))
	recs := make([]*gbt7714.Record, n)
	for i := range recs {
		recs[i] = Random(rng)
	}
	return recs
}

// Sequences returns record sequences for checking a writer on, by
// name: none at all, Full alone, Set followed by Full, and 3000 records of
// RandomSet.
func Sequences() map[string][]*gbt7714.Record {
	return map[string][]*gbt7714.Record{
		"none":   nil,
		"full":   {Full()},
		"set":    append(Set(), Full()),
		"random": RandomSet(3000),
	}
}

type gen struct{ rng *rand.Rand }

// pieces are what random strings are made of.
var pieces = []string{
	"a", "Z", "0", " ", ".", ",", ":", "/", "-", "[J]", "//", "et al.",
	`"`, `\`, `\"`, `\\`, "\\u0041", "&", "<", ">", "<b>", "&amp;", "'", "`", "{", "}", "[", "]",
	"\x00", "\x01", "\x07", "\b", "\t", "\n", "\v", "\f", "\r", "\x1b", "\x1f", "\x7f",
	"\u0080", "\u00a0", "é", "郑", "广怀", "：", "，", "—", "·", "等", "《", "》",
	"\u2028", "\u2029", "\u2027", "\u202a", "\ufeff", "\ufffd", "\U0001F600", "\U00020000",
	"\xff", "\xfe", "\x80", "\xc3", "\xe4\xb8", "\xf0\x9f\x98", "\xed\xa0\x80", "\xc0\xaf",
}

func (g gen) bool() bool { return g.rng.IntN(2) == 0 }

func (g gen) pick(s ...string) string { return s[g.rng.IntN(len(s))] }

// str returns a string of up to 12 pieces, "" among them.
func (g gen) str() string {
	var b strings.Builder
	for range g.rng.IntN(13) {
		b.WriteString(pieces[g.rng.IntN(len(pieces))])
	}
	return b.String()
}

// maybe returns "" half the time, else a string.
func (g gen) maybe() string {
	if g.bool() {
		return ""
	}
	return g.str()
}

func (g gen) int() int {
	switch g.rng.IntN(5) {
	case 0:
		return 0
	case 1:
		return -g.rng.IntN(1000)
	case 2:
		return g.rng.Int() - g.rng.Int()
	}
	return g.rng.IntN(100000)
}

func (g gen) lang() string {
	return g.pick("", gbt7714.LangZh, gbt7714.LangEn, gbt7714.LangOther, "zh-CN", g.str())
}

func (g gen) typeCode() string {
	switch g.rng.IntN(4) {
	case 0:
		return ""
	case 1:
		return g.str()
	}
	types := gbt7714.Types()
	return types[g.rng.IntN(len(types))].Code
}

// date returns the zero date a third of the time, else a year with or
// without month and day, each of which may be zero on its own. Parts stay
// within the eight digits that gbt7714.Date.String handles.
func (g gen) date() gbt7714.Date {
	if g.rng.IntN(3) == 0 {
		return gbt7714.Date{}
	}
	part := func(n int) int {
		if g.rng.IntN(3) == 0 {
			return 0
		}
		return 1 + g.rng.IntN(n)
	}
	d := gbt7714.Date{Year: 1 + g.rng.IntN(9999), Month: part(12), Day: part(31)}
	if g.rng.IntN(20) == 0 {
		d.Year = 1 + g.rng.IntN(99999999)
	}
	return d
}

// names returns nil, an empty list, or up to four names of either form,
// empty names included.
func (g gen) names() []gbt7714.Name {
	switch g.rng.IntN(4) {
	case 0:
		return nil
	case 1:
		return []gbt7714.Name{}
	}
	var names []gbt7714.Name
	for range 1 + g.rng.IntN(4) {
		switch g.rng.IntN(5) {
		case 0:
			names = append(names, gbt7714.Name{})
		case 1:
			names = append(names, gbt7714.Name{Literal: g.str()})
		case 2:
			names = append(names, gbt7714.Name{Family: g.str(), Given: g.str(), Literal: g.str()})
		default:
			names = append(names, gbt7714.Name{Family: g.str(), Given: g.maybe()})
		}
	}
	return names
}
