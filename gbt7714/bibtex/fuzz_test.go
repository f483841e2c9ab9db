package bibtex

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/refparse/refparse/gbt7714"
)

// record puts the strings in every string field of a record, cycling
// through them.
func record(ss ...string) *gbt7714.Record {
	i := 0
	s := func() string { i++; return ss[(i-1)%len(ss)] }
	name := func() gbt7714.Name { return gbt7714.Name{Family: s(), Given: s(), Literal: s()} }
	codes := []string{"M", "J", "N", "D", "EB", "PP", "S", "Z", "", s()}
	return &gbt7714.Record{
		Lang: []string{gbt7714.LangZh, gbt7714.LangEn, gbt7714.LangOther}[len(ss[0])%3],
		Type: codes[len(ss[0])%len(codes)], Carrier: s(), Analytic: len(ss[0])%2 == 0,
		Author: []gbt7714.Name{name(), {Family: s(), Given: s()}, {Family: s()}}, AuthorEtAl: true,
		Editor: []gbt7714.Name{name()}, Translator: []gbt7714.Name{{Given: s()}},
		Title: s(), ContainerTitle: s(), Edition: s(), Place: s(), Publisher: s(),
		Issued: gbt7714.Date{Year: 2000 + len(ss[0]), Month: 1}, Updated: gbt7714.Date{Year: 1},
		Volume: s(), Issue: s(), Page: s(), Number: s(), URL: s(), DOI: s(), Genre: s(),
		Accessed: gbt7714.Date{Year: 2024, Month: 12, Day: 31},
	}
}

// odd are strings that have broken writers before.
var odd = []string{
	`\input{/etc/passwd}`, `\write18{rm -rf /}`, `\\`, `\`, `{`, `}`, `}{`, `{{}`, `\{`, `\}`,
	"%", "%\n@misc{x,", "#", "&", "$", "_", "~", "^", "@", `"`, ",", " and ", "others", "and",
	"\x00", "\x1b[31m", "\t", "\r\n", "\u0085", "\xff\xfe", "\xc3", "\u2028", "\uFEFF",
	"郑广怀", "OSTROM E", "DNA", "82-91,113,159", "https://a.b/{c}?d=%20#e",
	"arXiv:2401.00001", ":", "", " ", "\\textbackslash{}", "\\iffalse}", "}\\fi",
}

func checkRecord(t *testing.T, r *gbt7714.Record) {
	t.Helper()
	var b bytes.Buffer
	if err := NewWriter(&b).Write(r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	checkOutput(t, out)
	if !strings.HasPrefix(out, "@") || !strings.HasSuffix(out, "}\n\n") {
		t.Errorf("malformed entry:\n%s", out)
	}
	if n := strings.Count(out, "\n@"); n != 0 {
		t.Errorf("a field value starts a new entry:\n%s", out)
	}
}

func TestOddStrings(t *testing.T) {
	for i := range odd {
		for j := range odd {
			checkRecord(t, record(odd[i], odd[j], odd[(i+j)%len(odd)]))
		}
	}
}

func TestRandomStrings(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("\\{}%&$#_~^@\",  \t\n\x00\x7fA郑aé-–")
	str := func() string {
		rs := make([]rune, rng.IntN(12))
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(rs)
		if rng.IntN(8) == 0 {
			s += "\xff" // invalid UTF-8
		}
		return s
	}
	for range 3000 {
		checkRecord(t, record(str(), str(), str(), str(), str()))
	}
}

func FuzzWriter(f *testing.F) {
	for i := range odd {
		f.Add(odd[i], odd[(i+1)%len(odd)], odd[(i+7)%len(odd)])
	}
	f.Fuzz(func(t *testing.T, a, b, c string) {
		checkRecord(t, record(a, b, c))
	})
}
