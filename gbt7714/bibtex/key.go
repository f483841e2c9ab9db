package bibtex

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/refparse/refparse/gbt7714"
)

// appendCiteKey appends the citation key of r before it is made unique: the
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
// the three gets "ref". A keyer adds suffixes to duplicates when the entry
// is written (Writer.WriteEncoded).
func appendCiteKey(dst []byte, r *gbt7714.Record) []byte {
	start := len(dst)
	if n, ok := firstCreator(r); ok {
		dst = appendCreatorKey(dst, n)
	}
	if y := keyYear(r); y > 0 {
		dst = strconv.AppendInt(dst, int64(y), 10)
	}
	dst = appendFirstWord(dst, r.Title, true)
	if len(dst) == start {
		dst = append(dst, "ref"...)
	}
	return dst
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

func appendCreatorKey(dst []byte, n gbt7714.Name) []byte {
	switch {
	case n.Literal != "":
		// A transliterated name puts the surname last: W. 理查德·斯科特.
		if i := strings.LastIndex(n.Literal, "·"); i >= 0 && i+len("·") < len(n.Literal) {
			return appendFirstWord(dst, n.Literal[i+len("·"):], false)
		}
		return appendFirstWord(dst, n.Literal, false)
	case n.Family != "":
		start := len(dst)
		return foldKey(gbt7714.AppendSurnamePinyin(dst, n.Family), start)
	}
	return appendFirstWord(dst, n.Given, false)
}

// stopWords are skipped at the start of an English title.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "on": true, "in": true,
	"at": true, "to": true, "for": true, "and": true, "or": true, "by": true,
	"with": true, "from": true, "into": true, "about": true,
	"towards": true, "toward": true,
}

// appendFirstWord appends the first key word of s, skipping stop words when
// skip is set — unless every word is one, then the first.
//
// The words of s as key text are up to two Han characters at a time in
// pinyin, or a run of other letters and digits folded to ASCII. Words that
// fold to nothing are skipped.
func appendFirstWord(dst []byte, s string, skip bool) []byte {
	start := len(dst)
	firstEnd := -1 // end of the first word, a stop word, when skipping
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		j := i + size
		word := len(dst)
		switch {
		case isHan(r):
			if j < len(s) {
				if r, size := decodeRune(s, j); isHan(r) {
					j += size
				}
			}
			dst = foldKey(gbt7714.AppendPinyin(dst, s[i:j]), word)
		case isWordRune(r):
			for j < len(s) {
				r, size := decodeRune(s, j)
				if !isWordRune(r) || isHan(r) {
					break
				}
				j += size
			}
			dst = appendASCIIKey(dst, s[i:j])
		}
		i = j
		switch {
		case len(dst) == word: // no word, or one that folds to nothing
		case !skip || !stopWords[string(dst[word:])]:
			return dst[:start+copy(dst[start:], dst[word:])]
		case firstEnd < 0:
			firstEnd = len(dst)
		default:
			dst = dst[:word]
		}
	}
	if firstEnd >= 0 {
		dst = dst[:firstEnd]
	}
	return dst
}

func isHan(r rune) bool { return r >= utf8.RuneSelf && unicode.Is(unicode.Han, r) }

// foldings are letters that do not decompose into an ASCII letter and marks.
var foldings = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d",
	'ł': "l", 'þ': "th", 'ı': "i",
}

// appendASCIIKey appends s folded to lower-case ASCII letters and digits,
// dropping marks and anything else.
func appendASCIIKey(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range norm.NFD.String(strings.ToLower(s)) {
				switch {
				case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
					dst = append(dst, byte(r))
				case foldings[r] != "":
					dst = append(dst, foldings[r]...)
				}
			}
			return dst
		}
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
			dst = append(dst, c)
		} else if c := s[i]; '0' <= c && c <= '9' {
			dst = append(dst, c)
		}
	}
	return dst
}

// foldKey folds dst[start:] as asciiKey does, in place when it is ASCII.
func foldKey(dst []byte, start int) []byte {
	key := dst[start:]
	for _, c := range key {
		if c >= utf8.RuneSelf {
			return appendASCIIKey(dst[:start], string(key))
		}
	}
	n := start
	for _, c := range key {
		if l := c | 0x20; 'a' <= l && l <= 'z' {
			dst[n] = l
			n++
		} else if '0' <= c && c <= '9' {
			dst[n] = c
			n++
		}
	}
	return dst[:n]
}

// keyer makes citation keys unique within a run. The first record with a
// key gets it plain; later ones get suffixes a, b, …, z, aa, ab, … (the
// convention of Google Scholar and Zotero Better BibTeX), skipping any key
// already handed out. It remembers only a count per 64-bit FNV-1a hash of
// each key handed out, in a compact table (about 11 bytes a key). A hash
// collision can only add a needless suffix, never repeat a key.
type keyer struct {
	seen countTable
}

func newKeyer() keyer { return keyer{} }

// next hands out the key for base: it returns the number of the suffix that
// makes it unique (see appendSuffix), 0 for none.
func (k *keyer) next(base []byte) uint32 {
	h := fnv64a(fnvOffset, base)
	for {
		n := k.seen.get(h)
		k.seen.set(h, n+1)
		if n == 0 {
			return 0
		}
		var buf [maxSuffix]byte
		// The key is base followed by the suffix: hash on from base's hash.
		if hk := fnv64a(h, appendSuffix(buf[:0], n)); k.seen.get(hk) == 0 {
			k.seen.set(hk, 1)
			return n
		}
	}
}

// FNV-1a, 64 bits, as hash/fnv's New64a, without its allocation.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv64a(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// maxSuffix is the length of the longest suffix of a uint32.
const maxSuffix = 7

// appendSuffix appends the n-th suffix, n ≥ 1: a … z, aa … az, ba, …;
// nothing for n = 0.
func appendSuffix(dst []byte, n uint32) []byte {
	var b [maxSuffix]byte
	i := len(b)
	for ; n > 0; n = (n - 1) / 26 {
		i--
		b[i] = byte('a' + (n-1)%26)
	}
	return append(dst, b[i:]...)
}

// appendSortKey appends the key field of a Chinese record: the pinyin of its authors
// (or editors), syllables separated by a space and names by two, as the
// gbt7714 styles' documentation writes it ("zhang san  li si"). The
// author-year styles sort by key when it is set and warn when a Chinese
// entry has none; BibTeX cannot sort Han characters by pinyin itself.
func (e *entry) appendSortKey(dst []byte) []byte {
	if e.r.Lang != gbt7714.LangZh {
		return dst
	}
	list := e.r.Author
	if len(list) == 0 {
		list = e.r.Editor
	}
	written := false
	for _, n := range list {
		start := len(dst)
		if written {
			dst = append(dst, "  "...)
		}
		mark := len(dst)
		dst = gbt7714.AppendNamePinyin(dst, n)
		// Pinyin is letters, digits and single spaces: it needs escaping
		// only in theory.
		if _, special := inspect(dst[mark:]); special {
			p := string(dst[mark:])
			dst = appendEscape(dst[:mark], p, false)
		}
		if len(dst) == mark {
			dst = dst[:start]
			continue
		}
		written = true
	}
	return dst
}

// countTable maps 64-bit hashes to counts, compactly: 256 shards (by the
// hash's top byte) of open addressing with linear probing, nine bytes a
// slot (the hash and a one-byte count), each at most four fifths full and
// growing by half on its own, so that growing never holds two copies of
// the whole table. The few counts past 254 (a key repeated that often)
// live in a map.
type countTable struct {
	shards [256]countShard
	big    map[uint64]uint32
}

type countShard struct {
	hashes []uint64 // 0 is an empty slot; a hash of 0 is stored as 1
	counts []uint8
	n      int
}

// overflow is the count byte of a slot whose count is in big.
const overflow = 255

func (t *countTable) get(h uint64) uint32 {
	h = max(h, 1)
	s := &t.shards[h>>56]
	if len(s.hashes) == 0 {
		return 0
	}
	i, found := s.find(h)
	switch {
	case !found:
		return 0
	case s.counts[i] == overflow:
		return t.big[h]
	}
	return uint32(s.counts[i])
}

func (t *countTable) set(h uint64, c uint32) {
	h = max(h, 1)
	s := &t.shards[h>>56]
	if (s.n+1)*5 > len(s.hashes)*4 {
		s.grow()
	}
	i, found := s.find(h)
	if !found {
		s.hashes[i] = h
		s.n++
	}
	if c >= overflow {
		if t.big == nil {
			t.big = make(map[uint64]uint32)
		}
		t.big[h], c = c, overflow
	}
	s.counts[i] = uint8(c)
}

// find returns the slot of h, or the empty slot where it would go.
func (s *countShard) find(h uint64) (int, bool) {
	hi, _ := bits.Mul64(h<<8, uint64(len(s.hashes)))
	for i := int(hi); ; i++ {
		if i == len(s.hashes) {
			i = 0
		}
		switch s.hashes[i] {
		case h:
			return i, true
		case 0:
			return i, false
		}
	}
}

func (s *countShard) grow() {
	old, oldCounts := s.hashes, s.counts
	size := max(len(old)+len(old)/2, 16)
	s.hashes, s.counts = make([]uint64, size), make([]uint8, size)
	for i, h := range old {
		if h != 0 {
			j, _ := s.find(h)
			s.hashes[j], s.counts[j] = h, oldCounts[i]
		}
	}
}
