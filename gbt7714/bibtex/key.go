package bibtex

import (
	"hash/fnv"
	"iter"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/refparse/refparse/gbt7714"
)

// citeKey returns the citation key of r before it is made unique: the
// first creator's family name, the year, and the first word of the title,
// in lower-case ASCII letters and digits.
//
//   - The first creator is the first author, or the first editor when there
//     is no author. A family name is read by gbt7714.SurnamePinyin (郑 →
//     zheng, 欧阳 → ouyang, 万俟 → moqi); a literal name gives its first
//     word: its first two Han characters (中共中央 → zhonggong) or its first
//     run of letters and digits (World Health Organization → world).
//   - The year is left out when the record has none.
//   - The first title word is the first two Han characters in pinyin
//     (乡镇社工站… → xiangzhen) or the first run of letters and digits,
//     skipping English function words (a, an, the, of, on, …: "The Impact
//     of…" → impact).
//   - Letters are folded to ASCII (Abadía → abadia, ü → u; pinyin ü is
//     already v: 吕 → lv); anything else is dropped.
//
// The year is that of publication, or else of the update (online
// resources). So 郑广怀 2023 乡镇社工站推动… is zheng2023xiangzhen and OSTROM 1996
// "Crossing the great divide" is ostrom1996crossing. A record with none of
// the three gets "ref". keyer.unique adds suffixes to duplicates.
func citeKey(r *gbt7714.Record) string {
	var b strings.Builder
	if n, ok := firstCreator(r); ok {
		b.WriteString(creatorKey(n))
	}
	if y := keyYear(r); y > 0 {
		b.WriteString(strconv.Itoa(y))
	}
	b.WriteString(titleKey(r.Title))
	if b.Len() == 0 {
		return "ref"
	}
	return b.String()
}

// keyYear is the year of publication, or for an online resource that
// shows none, the year of its update.
func keyYear(r *gbt7714.Record) int {
	if r.Issued.Year > 0 {
		return r.Issued.Year
	}
	return r.Updated.Year
}

func firstCreator(r *gbt7714.Record) (gbt7714.Name, bool) {
	for _, list := range [][]gbt7714.Name{r.Author, r.Editor} {
		for _, n := range list {
			if !n.IsZero() {
				return n, true
			}
		}
	}
	return gbt7714.Name{}, false
}

func creatorKey(n gbt7714.Name) string {
	switch {
	case n.Literal != "":
		return firstWord(n.Literal, false)
	case n.Family != "":
		return asciiKey(gbt7714.SurnamePinyin(n.Family))
	}
	return firstWord(n.Given, false)
}

func titleKey(title string) string { return firstWord(title, true) }

// stopWords are skipped at the start of an English title.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "on": true, "in": true,
	"at": true, "to": true, "for": true, "and": true, "or": true, "by": true,
	"with": true, "from": true, "into": true, "about": true,
	"towards": true, "toward": true,
}

// firstWord returns the first key word of s, skipping stop words when skip
// is set — unless every word is one, then the first.
func firstWord(s string, skip bool) string {
	first := ""
	for w := range keyWords(s) {
		if !skip || !stopWords[w] {
			return w
		}
		if first == "" {
			first = w
		}
	}
	return first
}

// keyWords yields the words of s as key text: up to two Han characters at a
// time in pinyin, or a run of other letters and digits folded to ASCII.
// Words that fold to nothing are skipped.
func keyWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		rs := []rune(s)
		for i := 0; i < len(rs); {
			j, w := nextWord(rs, i)
			if w != "" && !yield(w) {
				return
			}
			i = j
		}
	}
}

// nextWord returns the end of the word that starts at i (or i+1 if no word
// starts there) and its key text.
func nextWord(rs []rune, i int) (int, string) {
	j := i + 1
	switch {
	case isHan(rs[i]):
		for j < len(rs) && j < i+2 && isHan(rs[j]) {
			j++
		}
		return j, asciiKey(gbt7714.Pinyin(string(rs[i:j])))
	case isWordRune(rs[i]):
		for j < len(rs) && isWordRune(rs[j]) && !isHan(rs[j]) {
			j++
		}
		return j, asciiKey(string(rs[i:j]))
	}
	return j, ""
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// foldings are letters that do not decompose into an ASCII letter and marks.
var foldings = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d",
	'ł': "l", 'þ': "th", 'ı': "i",
}

// asciiKey folds s to lower-case ASCII letters and digits, dropping marks
// and anything else.
func asciiKey(s string) string {
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

// keyer makes citation keys unique within a run. The first record with a
// key gets it plain; later ones get suffixes a, b, …, z, aa, ab, … (the
// convention of Google Scholar and Zotero Better BibTeX), skipping any key
// already handed out. It remembers only a count per 64-bit FNV-1a hash of
// each key handed out: twelve bytes or so per key. A hash collision can
// only add a needless suffix, never repeat a key.
type keyer struct {
	seen map[uint64]uint32
}

func newKeyer() keyer { return keyer{seen: make(map[uint64]uint32)} }

func (k *keyer) unique(base string) string {
	h := hashKey(base)
	for {
		n := k.seen[h]
		k.seen[h] = n + 1
		if n == 0 {
			return base
		}
		key := base + suffix(n)
		if hk := hashKey(key); k.seen[hk] == 0 {
			k.seen[hk] = 1
			return key
		}
	}
}

func hashKey(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// suffix returns the n-th suffix, n ≥ 1: a … z, aa … az, ba, ….
func suffix(n uint32) string {
	var b []byte
	for ; n > 0; n = (n - 1) / 26 {
		b = append([]byte{byte('a' + (n-1)%26)}, b...)
	}
	return string(b)
}

// sortKey is the key field of a Chinese record: the pinyin of its authors
// (or editors), syllables separated by a space and names by two, as the
// gbt7714 styles' documentation writes it ("zhang san  li si"). The
// author-year styles sort by key when it is set and warn when a Chinese
// entry has none; BibTeX cannot sort Han characters by pinyin itself.
func (e *entry) sortKey() string {
	if e.r.Lang != gbt7714.LangZh {
		return ""
	}
	list := e.r.Author
	if len(list) == 0 {
		list = e.r.Editor
	}
	var parts []string
	for _, n := range list {
		if p := escape(gbt7714.NamePinyin(n)); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "  ")
}
