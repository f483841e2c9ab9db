package bibtex

import (
	"regexp"
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "乡镇社工站推动基层治理", "乡镇社工站推动基层治理"},
		{"specials", `50% & $5 #1 a_b`, `50\% \& \$5 \#1 a\_b`},
		{"tilde caret", "~x ^y", `\textasciitilde{}x \textasciicircum{}y`},
		{"backslash", `a\b`, `a\textbackslash{}b`},
		{"input", `\input{/etc/passwd}`, `\textbackslash{}input\{/etc/passwd\}`},
		{"write18", `\immediate\write18{rm -rf ~}`, `\textbackslash{}immediate\textbackslash{}write18\{rm -rf \textasciitilde{}\}`},
		{"escaped brace in input", `\{`, `\textbackslash{}\textbraceleft{}`},
		{"matched braces", "{DNA}", `\{DNA\}`},
		{"unmatched open", "a{b", `a\textbraceleft{}b`},
		{"unmatched close", "a}b", `a\textbraceright{}b`},
		{"reversed", "}{", `\textbraceright{}\textbraceleft{}`},
		{"mixed", "{{a}", `\textbraceleft{}\{a\}`},
		{"controls", "a\x00b\x07c\x1bd\x7fe\u0085f", "abcdef"},
		{"white space", " a\tb\n\nc\r ", "a b c"},
		{"invalid utf-8", "a\xffb\xc3", "a\uFFFDb\uFFFD"},
		{"percent sign only", "%", `\%`},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := escape(tt.in)
			if got != tt.want {
				t.Errorf("escape(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkValue(t, got)
		})
	}
}

func TestEscapeTitle(t *testing.T) {
	tests := []struct {
		in      string
		protect bool
		want    string
	}{
		{"Crossing the great divide", true, "Crossing the great divide"},
		{"The DNA of Zotero", true, "The {DNA} of {Zotero}"},
		{"DNA repair in E. coli", true, "{DNA} repair in {E}. coli"},
		{"iPhone use", true, "{iPhone} use"},
		{"Coproduction: Synergy and development", true, "Coproduction: {Synergy} and development"},
		{"GNSS-R和SAR数据", true, "{GNSS}-{R和SAR数据}"},
		{"GNSS-R和SAR数据", false, "GNSS-R和SAR数据"},
		{"A {DNA} study", true, `A \{{DNA}\} study`},
		{"Über Änderungen", true, "Über {Änderungen}"},
		{"50% of UK", true, `50\% of {UK}`},
	}
	for _, tt := range tests {
		got := escapeTitle(tt.in, tt.protect)
		if got != tt.want {
			t.Errorf("escapeTitle(%q, %v) = %q, want %q", tt.in, tt.protect, got, tt.want)
		}
		checkValue(t, got)
	}
}

func TestEscapeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://a.b/c%20d#frag?x=1&y=2_z~w", "https://a.b/c%20d#frag?x=1&y=2_z~w"},
		{" https://a.b/c d ", "https://a.b/c%20d"},
		{`https://a.b/{x}\y`, "https://a.b/%7Bx%7D%5Cy"},
		{"https://a.b/\x00\n", "https://a.b/"},
		{"https://例子.中国/路径", "https://例子.中国/路径"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := escapeURL(tt.in); got != tt.want {
			t.Errorf("escapeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTrimDOI(t *testing.T) {
	for _, in := range []string{"10.1/x", "https://doi.org/10.1/x", "HTTP://DX.DOI.ORG/10.1/x", "doi: 10.1/x", " DOI:10.1/x "} {
		if got := trimDOI(in); got != "10.1/x" {
			t.Errorf("trimDOI(%q) = %q", in, got)
		}
	}
}

func TestEscapePages(t *testing.T) {
	tests := []struct{ in, want string }{
		{"82-91,113,159", "82--91,113,159"},
		{"132-145", "132--145"},
		{"132--145", "132--145"},
		{"132–145", "132--145"},
		{"132 - 145", "132--145"},
		{"132～145", "132--145"},
		{"132~145", "132--145"},
		{"S1-S5", "S1--S5"},
		{"001", "001"},
		{"15", "15"},
		{"-5", "-5"},
		{"5-", "5-"},
		{"e1-", "e1-"},
		{"iii, 1-20", "iii, 1--20"},
		{"~5", `\textasciitilde{}5`},
	}
	for _, tt := range tests {
		if got := escapePages(tt.in); got != tt.want {
			t.Errorf("escapePages(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// allowedCommand matches the commands the writer itself produces.
var command = regexp.MustCompile(`\\([A-Za-z]+|.)`)

var allowedCommands = map[string]bool{
	`\textbackslash`: true, `\textasciitilde`: true, `\textasciicircum`: true,
	`\textbraceleft`: true, `\textbraceright`: true,
	`\{`: true, `\}`: true, `\%`: true, `\&`: true, `\$`: true, `\#`: true, `\_`: true,
}

// checkValue fails t if v, a field value, has braces that do not balance
// the way BibTeX counts them (it knows no escapes), a command the writer
// does not make, or a control character.
func checkValue(t *testing.T, v string) {
	t.Helper()
	switch depth := braceDepth(v); {
	case depth < 0:
		t.Errorf("value %q: closing brace without an opening one", v)
		return
	case depth > 0:
		t.Errorf("value %q: %d braces left open", v, depth)
	}
	for _, m := range command.FindAllString(v, -1) {
		if !allowedCommands[m] {
			t.Errorf("value %q: command %s", v, m)
		}
	}
	if strings.ContainsFunc(v, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		t.Errorf("value %q: control character", v)
	}
}
