package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/refparse/refparse/gbt7714"
)

// surnameChars are the characters of Chinese surnames: those of the
// 百家姓 and a few common ones it lacks (肖, 闫, 渠 …). A Han name that
// starts with a transliteration character that is not one of them (阿扬,
// 斯温兰德, 萨金特) is a foreign name.
var surnameChars = setOf(`赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴鬱胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公岳帅缑亢况郈有琴商牟佘佴伯赏墨哈谯笪年爱阳佟言福肖闫付邱覃谌渠蔺冼粟庹蒿禤麦门母亓綦揭仝郜韩练闭黄兰海达`)

// translitEndings are characters that end Chinese transliterations of
// foreign surnames (马克思, 萨金特, 哈里森) far more often than Chinese given
// names; translitChars are the characters such transliterations are made of.
var (
	translitEndings = setOf(`斯特尔森姆夫伦顿逊兹思克格基`)
	translitChars   = setOf(`尔阿埃艾爱安奥巴拜班邦贝本比彼宾波伯布查达戴丹道德迪蒂丁杜多厄恩法菲费芬弗福盖冈戈哥格古圭哈海汉豪赫亨霍基吉加贾杰金卡凯坎康科克肯库夸奎拉莱赖兰劳勒雷里利莉林琳卢鲁路伦罗洛马玛迈麦曼梅门蒙米密摩莫默姆穆纳娜奈内尼妮诺欧帕潘佩皮普奇乔琼萨塞赛桑森沙莎尚施什舒斯索塔泰坦汤特滕提图托瓦威韦维温沃乌西希谢辛休雅亚扬耶伊因尤约泽詹思兹`)
)

func setOf(chars string) map[rune]bool {
	m := make(map[rune]bool, utf8.RuneCountInString(chars))
	for _, r := range chars {
		m[r] = true
	}
	return m
}

// hanName makes a Name of a name written in Han characters only: a body
// (教育部, 中华人民共和国国务院新闻办公室) or a transliterated foreign name
// is kept whole; a Chinese or Japanese personal name is split into surname
// and given name.
func hanName(s string, n int) gbt7714.Name {
	switch {
	case n > 4, n >= 3 && hasCorporateEnding(s), isTransliteration(s, n):
		return gbt7714.Name{Literal: s}
	case n == 1:
		return gbt7714.Name{Family: s}
	case n == 4 && !hasCompoundSurname(s):
		// Four characters without a compound surname: a Japanese name,
		// two and two (久保智康).
		i := len(string([]rune(s)[:2]))
		return gbt7714.Name{Family: s[:i], Given: s[i:]}
	}
	// The halves stay substrings of s, so that restore can find them.
	i := len(prefixRunes(s, 1))
	if hasCompoundSurname(s) {
		i = len(prefixRunes(s, 2))
	}
	return gbt7714.Name{Family: s[:i], Given: s[i:]}
}

func hasCompoundSurname(s string) bool {
	two := prefixRunes(s, 2)
	return len(two) < len(s) && gbt7714.IsCompoundSurname(two)
}

// isTransliteration reports whether a Han name is a foreign name written in
// Chinese: it starts with a transliteration character that no Chinese
// surname has, or it is made of transliteration characters only and ends
// like a foreign surname.
func isTransliteration(s string, n int) bool {
	first, _ := utf8.DecodeRuneInString(s)
	if translitChars[first] && !surnameChars[first] {
		return true
	}
	if n < 3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if !translitEndings[last] {
		return false
	}
	for _, r := range s {
		if !translitChars[r] {
			return false
		}
	}
	return true
}

// corporateEndings end the names of bodies, not of people.
var corporateEndings = []string{
	"部", "院", "局", "委", "厅", "署", "办", "会", "所", "社", "馆", "组", "处", "室", "站",
	"中心", "中央", "大学", "学院", "公司", "集团", "政府", "银行", "组织", "协会", "学会", "联合会",
}

// corporateLast holds the last characters of corporateEndings.
var corporateLast = func() map[rune]bool {
	m := map[rune]bool{}
	for _, e := range corporateEndings {
		r, _ := utf8.DecodeLastRuneInString(e)
		m[r] = true
	}
	return m
}()

func hasCorporateEnding(s string) bool {
	if last, _ := utf8.DecodeLastRuneInString(s); !corporateLast[last] {
		return false
	}
	for _, e := range corporateEndings {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}
