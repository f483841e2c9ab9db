package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/refparse/refparse/gbt7714"
)

// Roles that can close a list of names: the names are then editors or
// translators, not authors.
const (
	roleAuthor = iota
	roleEditor
	roleTranslator
)

// roleWords maps the word that closes a name list to its role, longest
// first so that 主编 wins over 编.
var roleWords = []struct {
	word string
	role int
}{
	{"translated by", roleTranslator}, {"edited by", roleEditor},
	{"等译", roleTranslator}, {"合译", roleTranslator}, {"编译", roleTranslator},
	{"译注", roleTranslator}, {"主编", roleEditor}, {"编著", roleAuthor}, {"著", roleAuthor},
	{"译", roleTranslator}, {"编", roleEditor},
	{"trans", roleTranslator}, {"eds", roleEditor}, {"ed", roleEditor},
}

// roleEndings are the last characters of the role words that end a list.
var roleEndings = map[rune]bool{'译': true, '编': true, '著': true, '注': true, 's': true, 'd': true}

// nameList is a parsed list of names with its role.
type nameList struct {
	names []gbt7714.Name
	etAl  bool
	role  int
}

// cutRole removes a closing role word (主编, 译, eds., trans.) from s.
func cutRole(s string) (string, int, bool) {
	t := strings.TrimRight(s, " .")
	if last, _ := utf8.DecodeLastRuneInString(t); !roleEndings[last] && !strings.HasPrefix(t, "translated by ") && !strings.HasPrefix(t, "edited by ") {
		return s, roleAuthor, false // the common case: no role word
	}
	for _, w := range roleWords {
		if strings.HasSuffix(t, w.word) && roleBoundary(t[:len(t)-len(w.word)], w.word) {
			return strings.TrimRight(t[:len(t)-len(w.word)], " ,"), w.role, true
		}
		if rest, ok := strings.CutPrefix(t, w.word); ok && strings.HasPrefix(rest, " ") && strings.Contains(w.word, " ") {
			return rest[1:], w.role, true
		}
	}
	return s, roleAuthor, false
}

// roleBoundary reports whether a Latin role word stands alone ("SMITH J, ed"
// but not "Red").
func roleBoundary(before, word string) bool {
	if first, _ := utf8.DecodeRuneInString(word); !isLatin(first) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || r == ' ' || r == ','
}

// parseNames parses a list of names as GB/T 7714 writes it: separated by
// commas (or 、 ; and), ending in 等 or et al. when cut short, and perhaps
// closed by a role word. ok is false when s does not look like names.
func parseNames(s string) (nameList, bool) {
	var nl nameList
	s, nl.role, _ = cutRole(s)
	var buf [8]string
	for _, part := range splitNames(buf[:0], s) {
		if isEtAl(part) {
			nl.etAl = true
			continue
		}
		if part == "" {
			continue
		}
		n, ok := makeName(part)
		if !ok {
			return nameList{}, false
		}
		nl.names = append(nl.names, n)
	}
	return nl, len(nl.names) > 0 || nl.etAl
}

// splitNames cuts a list of names at commas, semicolons, 、 and the
// words "and" and "&", appending the pieces to parts. The pieces stay
// substrings of s. A piece such as "Inc." goes back onto the corporate name
// before it.
func splitNames(parts []string, s string) []string {
	start := 0
	for i := 0; i < len(s); {
		n := nameSepAt(s, i)
		if n == 0 {
			i++
			continue
		}
		parts = appendName(parts, s, start, i)
		i += n
		start = i
	}
	return appendName(parts, s, start, len(s))
}

func appendName(parts []string, s string, start, end int) []string {
	p := strings.TrimSpace(s[start:end])
	if corporateSuffixes[strings.TrimRight(p, ".")] && len(parts) > 0 {
		prev := parts[len(parts)-1]
		i, _ := offsetIn(s, prev)
		name := strings.TrimSpace(s[i:end])
		if p != "LLC" && p != "plc" && !strings.HasSuffix(name, ".") {
			name += "." // the full stop that ended the list was also the abbreviation's
		}
		parts[len(parts)-1] = name
		return parts
	}
	return append(parts, p)
}

// corporateSuffixes follow a comma at the end of a company's name.
var corporateSuffixes = map[string]bool{"Inc": true, "Ltd": true, "Co": true, "Corp": true, "LLC": true, "plc": true}

// nameSepAt returns the length of the name separator at s[i], or 0.
func nameSepAt(s string, i int) int {
	switch s[i] {
	case ',', ';':
		return 1
	case ' ':
		if strings.HasPrefix(s[i:], " and ") {
			return len(" and ")
		}
		if strings.HasPrefix(s[i:], " & ") {
			return len(" & ")
		}
	case "、"[0]:
		if strings.HasPrefix(s[i:], "、") {
			return len("、")
		}
	}
	return 0
}

func isEtAl(s string) bool {
	switch strings.TrimRight(s, ". ") {
	case "等", "等等", "et al", "et. al", "etc", "外":
		return true
	}
	return false
}

// anonymous are the words GB/T 7714 writes for an unknown author.
var anonymous = map[string]bool{"佚名": true, "Anon": true, "Anonymous": true}

// maxNameRunes bounds a single name; anything longer is not a name.
const maxNameRunes = 100

// makeName turns one name as written into a Name: a Chinese personal name is
// split with the surname table, "OSTROM E" or "LIU Binzhi" into family and
// given, and anything else — corporate bodies, transliterations such as
// "W. 理查德·斯科特" — kept whole.
func makeName(s string) (gbt7714.Name, bool) {
	s = cutNationality(s)
	n := utf8.RuneCountInString(s)
	if n == 0 || n > maxNameRunes {
		return gbt7714.Name{}, false
	}
	switch notInName(s) {
	case 1:
		return gbt7714.Name{}, false
	case 2:
		if !hasCorporateEnding(s) {
			return gbt7714.Name{}, false // a title, not 《环球科学》杂志社
		}
	}
	if anonymous[s] {
		return gbt7714.Name{Literal: s}, true
	}
	if f, g, ok := strings.Cut(s, " "); ok && allHan(f) && allHan(g) && n <= 6 {
		return gbt7714.Name{Family: f, Given: g}, true // "欧阳 修"
	}
	switch script(s) {
	case scriptHan:
		return hanName(s, n), true
	case scriptAlphabet:
		return alphabetName(s)
	}
	return gbt7714.Name{Literal: s}, true
}

// notInName tells whether s has a character no name has — 1 for
// punctuation of titles (: ? ! and quotation marks), 2 for book-title marks
// 《》, which only a body's name may hold — or none (0).
func notInName(s string) int {
	found := 0
	for _, r := range s {
		switch r {
		case ':', '?', '!', '"', '“', '”':
			return 1
		case '《', '》':
			found = 2
		}
	}
	return found
}

// cutNationality removes the nationality that translated works put before
// a name: "[美]唐纳德·A·诺曼", "(英)", "〔日〕".
func cutNationality(s string) string {
	for _, p := range labelPairs {
		rest, ok := strings.CutPrefix(s, p.open)
		if !ok {
			continue
		}
		inner, after, ok := strings.Cut(rest, p.close)
		if ok && inner != "" && utf8.RuneCountInString(inner) <= 3 && allHan(inner) && after != "" {
			return strings.TrimSpace(after)
		}
	}
	return s
}

func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}

const (
	scriptHan      = iota // Han characters only
	scriptAlphabet        // letters of an alphabet (Latin, Cyrillic, Greek), spaces, dots, hyphens
	scriptMixed
)

func script(s string) int {
	han, alpha := false, false
	for _, r := range s {
		switch {
		case isHan(r):
			han = true
		case unicode.IsLetter(r) || r == ' ' || r == '.' || r == '-' || r == '\'' || r == '’':
			alpha = true
		default:
			return scriptMixed
		}
	}
	switch {
	case han && !alpha:
		return scriptHan
	case alpha && !han:
		return scriptAlphabet
	}
	return scriptMixed
}

// alphabetName splits a personal name written in an alphabet. GB/T 7714
// writes the surname first, in capitals, then the initials or given name
// ("OSTROM E", "SMITH J A", "LIU Binzhi", "Peebles P Z Jr"); a name that
// ends in initials is split surname-first whatever its case. A single word
// (NASA, Zotero) or a name with a word such as Organization is a body.
func alphabetName(s string) (gbt7714.Name, bool) {
	var buf [8][2]int
	words := fieldSpans(buf[:0], s)
	if len(words) == 1 || isCorporate(s, words) {
		return gbt7714.Name{Literal: s}, true
	}
	if len(words) > 6 {
		return gbt7714.Name{}, false
	}
	k := len(words)
	for k > 1 && (isInitials(s[words[k-1][0]:words[k-1][1]]) || nameSuffixes[s[words[k-1][0]:words[k-1][1]]]) {
		k--
	}
	if k == len(words) {
		k = leadingCaps(s, words)
	}
	if k == 0 || k == len(words) {
		k = len(words) - 1 // "Mary Smith": given names first.
		return gbt7714.Name{Family: s[words[k][0]:], Given: s[:words[k-1][1]]}, true
	}
	return gbt7714.Name{Family: s[:words[k-1][1]], Given: s[words[k][0]:]}, true
}

// nameSuffixes close a personal name after the initials.
var nameSuffixes = map[string]bool{"Jr": true, "Sr": true, "II": true, "III": true, "IV": true}

// fieldSpans appends the byte spans of the space-separated words of s to
// spans.
func fieldSpans(spans [][2]int, s string) [][2]int {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return spans
}

// corporateWords mark an English corporate author.
var corporateWords = setOfWords(`Organization Organisation Association Institute University Department
	Committee Council Agency Bureau Ministry Society Office Commission Center Centre Inc Ltd
	Corporation Company Group Foundation Press Library Board Administration Academy Bank
	Government Nations Union Team Project Consortium Network Service Services Laboratory`)

func setOfWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func isCorporate(s string, words [][2]int) bool {
	for _, w := range words {
		if corporateWords[strings.TrimRight(s[w[0]:w[1]], ".,")] {
			return true
		}
	}
	return len(words) > 4
}

// isInitials reports whether w is one or a few initials: "J", "JA", "J.",
// "J.-P.", "А" (Cyrillic).
func isInitials(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-':
		default:
			return false
		}
	}
	return letters > 0 && letters <= 3
}

// leadingCaps counts the leading all-capital words (the surname in
// "LIU Binzhi", "DE GAULLE Charles"), leaving at least one word.
func leadingCaps(s string, words [][2]int) int {
	k := 0
	for k < len(words)-1 {
		w := s[words[k][0]:words[k][1]]
		if utf8.RuneCountInString(w) < 2 || strings.ToUpper(w) != w {
			break
		}
		k++
	}
	return k
}
