package parser

import (
	"strings"
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

// nameList is a parsed list of names with its role.
type nameList struct {
	names []gbt7714.Name
	etAl  bool
	role  int
}

// cutRole removes a closing role word (主编, 译, eds., trans.) from s.
func cutRole(s string) (string, int, bool) {
	t := strings.TrimRight(s, " .")
	for _, w := range roleWords {
		if strings.HasSuffix(t, w.word) && roleBoundary(t[:len(t)-len(w.word)], w.word) {
			return strings.TrimRight(t[:len(t)-len(w.word)], " ,"), w.role, true
		}
		if rest, ok := strings.CutPrefix(t, w.word+" "); ok && strings.Contains(w.word, " ") {
			return rest, w.role, true
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
	for _, part := range splitNames(s) {
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

func splitNames(s string) []string {
	s = strings.NewReplacer(" and ", ",", " & ", ",", "、", ",", ";", ",").Replace(s)
	parts := strings.Split(s, ",")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return parts
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
const maxNameRunes = 40

// makeName turns one name as written into a Name: a Chinese personal name is
// split with the surname table, "OSTROM E" or "LIU Binzhi" into family and
// given, and anything else — corporate bodies, transliterations such as
// "W. 理查德·斯科特" — kept whole.
func makeName(s string) (gbt7714.Name, bool) {
	n := utf8.RuneCountInString(s)
	if n == 0 || n > maxNameRunes || strings.ContainsAny(s, ":?!\"“”《》") {
		return gbt7714.Name{}, false
	}
	if anonymous[s] {
		return gbt7714.Name{Literal: s}, true
	}
	switch script(s) {
	case scriptHan:
		return hanName(s, n), true
	case scriptLatin:
		return latinName(s)
	}
	return gbt7714.Name{Literal: s}, true
}

const (
	scriptHan = iota
	scriptLatin
	scriptMixed
)

func script(s string) int {
	han, latin := false, false
	for _, r := range s {
		switch {
		case isHan(r):
			han = true
		case isLatin(r) || r == ' ' || r == '.' || r == '-' || r == '\'' || r == '’':
			latin = true
		default:
			return scriptMixed
		}
	}
	switch {
	case han && !latin:
		return scriptHan
	case latin && !han:
		return scriptLatin
	}
	return scriptMixed
}

// corporateEndings end the names of bodies, not of people.
var corporateEndings = []string{
	"部", "院", "局", "委", "厅", "署", "办", "会", "所", "社", "馆", "组", "处", "室", "站",
	"中心", "中央", "大学", "学院", "公司", "集团", "政府", "银行", "组织", "协会", "学会", "联合会",
}

func hanName(s string, n int) gbt7714.Name {
	if n > 4 || (n >= 3 && hasCorporateEnding(s)) {
		return gbt7714.Name{Literal: s}
	}
	if n == 1 {
		return gbt7714.Name{Family: s}
	}
	return gbt7714.SplitChineseName(s)
}

func hasCorporateEnding(s string) bool {
	for _, e := range corporateEndings {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// corporateWords mark an English corporate author.
var corporateWords = []string{
	"Organization", "Organisation", "Association", "Institute", "University", "Department",
	"Committee", "Council", "Agency", "Bureau", "Ministry", "Society", "Office", "Commission",
	"Center", "Centre", "Inc", "Ltd", "Corporation", "Company", "Group", "Foundation", "Press",
	"Library", "Board", "Administration", "Academy", "Bank", "Government", "Nations", "Union",
}

// latinName splits a Latin-script personal name. GB/T 7714 writes the
// surname first, in capitals, then the initials or given name ("OSTROM E",
// "SMITH J A", "LIU Binzhi"); a name that ends in initials is also split
// surname-first whatever its case ("Smith J A").
func latinName(s string) (gbt7714.Name, bool) {
	words := strings.Fields(s)
	if isCorporate(words) {
		return gbt7714.Name{Literal: s}, true
	}
	if len(words) == 1 {
		return gbt7714.Name{Family: s}, true
	}
	if len(words) > 6 {
		return gbt7714.Name{}, false
	}
	k := len(words)
	for k > 1 && isInitials(words[k-1]) {
		k--
	}
	if k == len(words) {
		k = leadingCaps(words)
	}
	if k == 0 || k == len(words) {
		// "Mary Smith": given names first.
		k = len(words) - 1
		return gbt7714.Name{Family: words[k], Given: strings.Join(words[:k], " ")}, true
	}
	return gbt7714.Name{Family: strings.Join(words[:k], " "), Given: strings.Join(words[k:], " ")}, true
}

func isCorporate(words []string) bool {
	for _, w := range words {
		for _, c := range corporateWords {
			if strings.TrimRight(w, ".,") == c {
				return true
			}
		}
	}
	return len(words) > 4
}

// isInitials reports whether w is one or a few initials: "J", "JA", "J.",
// "J.-P.".
func isInitials(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case isUpper(r):
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
func leadingCaps(words []string) int {
	k := 0
	for k < len(words)-1 && len(words[k]) > 1 && strings.ToUpper(words[k]) == words[k] {
		k++
	}
	return k
}
