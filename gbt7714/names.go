package gbt7714

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// surnames is the one table of surname readings. go-pinyin gives the first
// reading of a character, which is wrong for many surnames (单 is dan, 曾 is
// ceng), and it knows no compound surnames. Every key of two or more
// characters is a compound surname (IsCompoundSurname). Readings are
// toneless, lower case, one space between syllables, ü written v.
var surnames = map[string]string{
	// Single characters read differently as surnames.
	"单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou",
	"朴": "piao", "查": "zha", "盖": "ge", "缪": "miao", "翟": "zhai",
	"覃": "qin", "乐": "yue", "召": "shao", "秘": "bi", "黑": "he",
	"种": "chong", "重": "chong", "祭": "zhai", "繁": "po", "员": "yun",
	"阚": "kan", "薄": "bo", "卜": "bu", "长": "chang", "都": "du",
	"隗": "wei", "便": "pian", "粘": "nian", "角": "jue", "折": "she",
	"藏": "zang", "能": "nai", "句": "gou", "洗": "xian", "乜": "nie",
	"么": "yao", "貟": "yun", "尉": "wei", "宿": "su", "沈": "shen",
	"纪": "ji", "华": "hua", "任": "ren", "车": "che", "柏": "bai",
	"蕃": "pi", "恽": "yun", "谌": "chen", "啜": "chuai", "厍": "she",

	// Compound surnames (复姓).
	"欧阳": "ou yang", "司马": "si ma", "诸葛": "zhu ge", "上官": "shang guan",
	"东方": "dong fang", "皇甫": "huang fu", "尉迟": "yu chi", "公孙": "gong sun",
	"慕容": "mu rong", "司徒": "si tu", "夏侯": "xia hou", "轩辕": "xuan yuan",
	"令狐": "ling hu", "长孙": "zhang sun", "宇文": "yu wen", "澹台": "tan tai",
	"万俟": "mo qi", "单于": "chan yu", "闻人": "wen ren", "端木": "duan mu",
	"南宫": "nan gong", "西门": "xi men", "呼延": "hu yan", "申屠": "shen tu",
	"第五": "di wu", "百里": "bai li", "钟离": "zhong li", "独孤": "du gu",
	"太史": "tai shi", "赫连": "he lian", "宗政": "zong zheng", "濮阳": "pu yang",
	"公冶": "gong ye", "太叔": "tai shu", "仲孙": "zhong sun", "鲜于": "xian yu",
	"司空": "si kong", "闾丘": "lv qiu", "子车": "zi ju", "亓官": "qi guan",
	"司寇": "si kou", "巫马": "wu ma", "公西": "gong xi", "颛孙": "zhuan sun",
	"壤驷": "rang si", "公良": "gong liang", "漆雕": "qi diao", "宰父": "zai fu",
	"谷梁": "gu liang", "拓跋": "tuo ba", "夹谷": "jia gu", "段干": "duan gan",
	"东郭": "dong guo", "羊舌": "yang she", "微生": "wei sheng", "梁丘": "liang qiu",
	"左丘": "zuo qiu", "公羊": "gong yang", "南荣": "nan rong",
	"即墨": "ji mo", "达奚": "da xi", "褚师": "chu shi", "仉督": "zhang du",
	"完颜": "wan yan", "纳兰": "na lan", "呼衍": "hu yan",
	"司城": "si cheng", "東方": "dong fang", "歐陽": "ou yang", "司馬": "si ma",
	"諸葛": "zhu ge", "爱新觉罗": "ai xin jue luo", "叶赫那拉": "ye he na la",
}

// maxSurnameRunes is the length in characters of the longest key of surnames.
const maxSurnameRunes = 4

// Pinyin returns the pinyin of s: each Han character becomes the first
// reading go-pinyin gives it, toneless and lower case with ü written v; each
// run of other letters and digits is kept, lower-cased. The pieces are
// joined by single spaces; anything else only separates pieces.
// Pinyin("郑广怀") is "zheng guang huai".
func Pinyin(s string) string { return string(AppendPinyin(nil, s)) }

// AppendPinyin appends Pinyin(s) to dst.
func AppendPinyin(dst []byte, s string) []byte {
	start := len(dst)
	word := -1 // start of the current run of other letters and digits
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r >= utf8.RuneSelf && isHan(r):
			word = -1
			if v, ok := pinyin.PinyinDict[int(r)]; ok {
				dst = appendReading(separate(dst, start), v)
			}
		case isWordRune(r):
			if word < 0 {
				word = i
				dst = separate(dst, start)
			}
			dst = appendLower(dst, r, s[i:i+size])
		default:
			word = -1
		}
		i += size
	}
	return dst
}

// separate appends the space between two pieces of pinyin when dst already
// holds one after start.
func separate(dst []byte, start int) []byte {
	if len(dst) > start {
		dst = append(dst, ' ')
	}
	return dst
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// appendLower appends rune r, written enc in the input, in lower case, as
// strings.ToLower would.
func appendLower(dst []byte, r rune, enc string) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if l := unicode.ToLower(r); l != r {
		return utf8.AppendRune(dst, l)
	}
	return append(dst, enc...)
}

// appendReading appends the first of go-pinyin's readings v ("zhèng,zhēng")
// without its tone marks: what pinyin.SinglePinyin returns in the Normal
// style, without its regular expressions.
func appendReading(dst []byte, v string) []byte {
	for i := 0; i < len(v); {
		c := v[i]
		if c == ',' {
			break
		}
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(v[i:])
		if b := toneless(r); b != 0 {
			dst = append(dst, b)
		} else {
			dst = append(dst, v[i:i+size]...)
		}
		i += size
	}
	return dst
}

// toneless returns the letter that go-pinyin's Normal style writes for a
// letter with a tone mark (its phoneticSymbol table), or 0 for any other
// rune.
func toneless(r rune) byte {
	switch r {
	case 'ā', 'á', 'ǎ', 'à':
		return 'a'
	case 'ē', 'é', 'ě', 'è':
		return 'e'
	case 'ō', 'ó', 'ǒ', 'ò':
		return 'o'
	case 'ī', 'í', 'ǐ', 'ì':
		return 'i'
	case 'ū', 'ú', 'ǔ', 'ù':
		return 'u'
	case 'ü', 'ǘ', 'ǚ', 'ǜ':
		return 'v'
	case 'ń', 'ň', 'ǹ':
		return 'n'
	case 'ḿ':
		return 'm'
	}
	return 0
}

// SurnamePinyin returns the pinyin of a family name, reading it as a
// surname: 曾 is "zeng", 万俟 is "mo qi". When family is longer than any
// surname in the table, its longest known surname prefix is read as a
// surname and the rest as by Pinyin.
func SurnamePinyin(family string) string { return string(AppendSurnamePinyin(nil, family)) }

// AppendSurnamePinyin appends SurnamePinyin(family) to dst.
func AppendSurnamePinyin(dst []byte, family string) []byte {
	family = strings.TrimSpace(family)
	n, reading := surnamePrefix(family)
	if n == 0 {
		return AppendPinyin(dst, family)
	}
	dst = append(dst, reading...)
	rest := len(dst)
	dst = AppendPinyin(append(dst, ' '), family[n:])
	if len(dst) == rest+1 {
		dst = dst[:rest]
	}
	return dst
}

// surnamePrefix returns the length in bytes and the reading of the longest
// table surname that s starts with; 0 and "" when there is none.
func surnamePrefix(s string) (int, string) {
	var ends [maxSurnameRunes]int // ends[k] is the end of the first k+1 characters
	k := 0
	for i := range s {
		if i == 0 {
			continue
		}
		ends[k] = i
		if k++; k == maxSurnameRunes {
			break
		}
	}
	if k < maxSurnameRunes && s != "" {
		ends[k] = len(s)
		k++
	}
	for ; k > 0; k-- {
		if reading, ok := surnames[s[:ends[k-1]]]; ok {
			return ends[k-1], reading
		}
	}
	return 0, ""
}

// IsCompoundSurname reports whether s is a compound surname in the table
// (欧阳, 司马, 万俟, …).
func IsCompoundSurname(s string) bool {
	_, ok := surnames[s]
	return ok && utf8.RuneCountInString(s) > 1
}

// NamePinyin returns the pinyin of a name: the family name read as a
// surname, then the given name; a literal name as by Pinyin.
func NamePinyin(n Name) string { return string(AppendNamePinyin(nil, n)) }

// AppendNamePinyin appends NamePinyin(n) to dst.
func AppendNamePinyin(dst []byte, n Name) []byte {
	if n.Literal != "" {
		return AppendPinyin(dst, n.Literal)
	}
	start := len(dst)
	dst = AppendSurnamePinyin(dst, n.Family)
	dst = AppendPinyin(append(dst, ' '), n.Given)
	// Trim as strings.TrimSpace does: either part may be empty.
	t := bytes.TrimSpace(dst[start:])
	if len(t) == len(dst)-start {
		return dst
	}
	return dst[:start+copy(dst[start:], t)]
}

// isHan reports whether r is a Han character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
