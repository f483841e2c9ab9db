package bibtex

import (
	"strings"

	"github.com/refparse/refparse/gbt7714"
)

// names writes a name list: personal names as "Family, Given", which BibTeX,
// biber and pandoc all split right (郑, 广怀; OSTROM, E) and the gbt7714
// styles print as 郑广怀 for Chinese; literal names as one brace group
// ({中共中央}), which nothing splits; joined by " and ", with "and others"
// after the last name when etAl is set.
func names(ns []gbt7714.Name, etAl bool) string {
	parts := make([]string, 0, len(ns)+1)
	for _, n := range ns {
		if s := name(n); s != "" {
			parts = append(parts, s)
		}
	}
	if etAl && len(parts) > 0 {
		parts = append(parts, "others")
	}
	return strings.Join(parts, " and ")
}

func name(n gbt7714.Name) string {
	if lit := escape(n.Literal); lit != "" {
		return "{" + lit + "}"
	}
	family, given := namePart(n.Family, false), namePart(n.Given, false)
	switch {
	case family == "":
		return namePart(n.Given, true)
	case given == "":
		return namePart(n.Family, true)
	}
	return family + ", " + given
}

// namePart escapes one part of a personal name and puts braces around it
// when BibTeX would otherwise split it: a comma, the word "and", or — for a
// part that stands alone — a space or the word "others".
func namePart(s string, alone bool) string {
	e := escape(s)
	if e == "" {
		return e
	}
	words := strings.Fields(e)
	split := strings.Contains(e, ",") || hasWord(words, "and")
	if alone {
		split = split || len(words) > 1 || hasWord(words, "others")
	}
	if split {
		return "{" + e + "}"
	}
	return e
}

func hasWord(words []string, w string) bool {
	for _, x := range words {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}
