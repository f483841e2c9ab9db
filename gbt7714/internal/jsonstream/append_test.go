package jsonstream

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// marshal is the reference: what encoding/json writes for v with
// SetEscapeHTML(false), compact or with SetIndent(prefix, indent), without
// the encoder's final newline.
func marshal(t testing.TB, v any, indent bool, prefix, unit string) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent(prefix, unit)
	}
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// stringCases are strings whose escaping matters.
var stringCases = []string{
	"", "a", "a&b<c>", `"`, `\`, `\"`, "\x00\x01\x1f\x7f", "\b\f\n\r\t\v",
	"\u2028\u2029", "x\u2028y\u2029z", "\u2027\u202a", "\ufffd", "\xff", "a\xffb", "\xfe\xfe",
	"\x80", "\xc3", "\xc3(", "\xe4\xb8", "\xe4\xb8\xad", "\xf0\x9f\x98", "\xf0\x9f\x98\x80",
	"\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "郑广怀", "W. 理查德·斯科特", "\U0001F600",
	"\ufeff", "<script>&amp;</script>", "end\\",
}

func TestAppendString(t *testing.T) {
	cases := slices.Clone(stringCases)
	for b := range 256 {
		cases = append(cases, string([]byte{byte(b)}), "x"+string([]byte{byte(b)})+"y")
	}
	for r := rune(0); r < 0x10000; r++ {
		cases = append(cases, string(r))
	}
	for r := rune(0x10000); r <= utf8.MaxRune; r += 0xFF {
		cases = append(cases, string(r))
	}
	// Three-byte sequences, valid or not, whole or cut short.
	var tails []byte
	for b := 0x80; b < 0xC0; b++ {
		tails = append(tails, byte(b))
	}
	tails = append(tails, 0x00, 0x22, 0x7F, 0xC0, 0xE2, 0xFF)
	for lead := 0xE0; lead < 0xF0; lead++ {
		for _, b1 := range tails {
			cases = append(cases, string([]byte{byte(lead), b1}))
			for _, b2 := range tails {
				cases = append(cases, string([]byte{byte(lead), b1, b2}))
			}
		}
	}
	for _, s := range cases {
		want := marshal(t, s, false, "", "")
		if got := string(AppendString(nil, s)); got != want {
			t.Errorf("AppendString(%q) = %s, want %s", s, got, want)
		}
	}
}

func TestAppendStringAppends(t *testing.T) {
	if got := string(AppendString([]byte("x:"), "y")); got != `x:"y"` {
		t.Errorf("got %s", got)
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range stringCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := marshal(t, s, false, "", "")
		if got := string(AppendString(nil, s)); got != want {
			t.Errorf("AppendString(%q) = %s, want %s", s, got, want)
		}
		if !utf8.ValidString(want) {
			t.Errorf("output %q is not valid UTF-8", want)
		}
	})
}

// An object is written with its keys in order; encoding/json writes a
// map's keys sorted, so the reference of an object is a map and the
// Appender is given its keys sorted.
type object map[string]any

// appendValue writes v, made of object, []any, string, int and bool.
func appendValue(a *Appender, v any) {
	switch v := v.(type) {
	case object:
		a.BeginObject()
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			a.Key(k)
			appendValue(a, v[k])
		}
		a.EndObject()
	case []any:
		a.BeginArray()
		for _, e := range v {
			appendValue(a, e)
		}
		a.EndArray()
	case string:
		a.String(v)
	case int:
		a.Int(v)
	case bool:
		a.Bool(v)
	default:
		panic("appendValue: unexpected type")
	}
}

// toJSON turns object into map[string]any for encoding/json.
func toJSON(v any) any {
	switch v := v.(type) {
	case object:
		m := map[string]any{}
		for k, e := range v {
			m[k] = toJSON(e)
		}
		return m
	case []any:
		s := make([]any, len(v))
		for i, e := range v {
			s[i] = toJSON(e)
		}
		return s
	}
	return v
}

// randomValue returns a value nested at most depth deep.
func randomValue(rng *rand.Rand, depth int) any {
	n := 4
	if depth > 0 {
		n = 6
	}
	switch rng.IntN(n) {
	case 0:
		return randomString(rng)
	case 1:
		return rng.IntN(2000) - 1000
	case 2:
		return rng.IntN(2) == 0
	case 3:
		return rng.Int() - rng.Int()
	case 4:
		o := object{}
		for range rng.IntN(4) {
			o[randomString(rng)] = randomValue(rng, depth-1)
		}
		return o
	}
	var s []any
	for range rng.IntN(4) {
		s = append(s, randomValue(rng, depth-1))
	}
	if s == nil {
		s = []any{}
	}
	return s
}

func randomString(rng *rand.Rand) string {
	var b strings.Builder
	for range rng.IntN(6) {
		b.WriteString(stringCases[rng.IntN(len(stringCases))])
	}
	return b.String()
}

// fixedValues are the shapes the writers use: nested arrays of objects,
// arrays of arrays of numbers, empty objects and arrays.
var fixedValues = []any{
	object{},
	[]any{},
	object{"a": []any{}, "b": object{}},
	object{"names": []any{object{"family": "郑", "given": "广怀"}, object{}, object{"literal": "中共中央"}}},
	object{"issued": object{"date-parts": []any{[]any{2022, 10, 26}}}},
	[]any{[]any{[]any{1}}, []any{}, []any{object{}}},
	object{"x": true, "y": false, "z": -7},
	deep(12),
}

// deep returns objects and arrays nested n deep, deeper than the lines
// an Appender keeps ready.
func deep(n int) any {
	if n == 0 {
		return "bottom"
	}
	if n%2 == 0 {
		return object{"k": deep(n - 1), "l": 1}
	}
	return []any{deep(n - 1), 2}
}

var layouts = []struct {
	name         string
	indent       bool
	prefix, unit string
}{
	{"compact", false, "", ""},
	{"array element", true, "  ", "  "},
	{"tabs", true, "", "\t"},
	{"prefix", true, ">", "--"},
}

func TestAppender(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	values := slices.Clone(fixedValues)
	for range 3000 {
		values = append(values, randomValue(rng, 4))
	}
	for _, l := range layouts {
		for _, v := range values {
			want := marshal(t, toJSON(v), l.indent, l.prefix, l.unit)
			a := Compact([]byte("<>"))
			if l.indent {
				a = Indented([]byte("<>"), l.prefix, l.unit)
			}
			appendValue(&a, v)
			if got := string(a.Bytes()); got != "<>"+want {
				t.Fatalf("%s: %#v:\ngot  %s\nwant <>%s", l.name, v, got, want)
			}
		}
	}
}

func TestOmitEmpty(t *testing.T) {
	type s struct {
		S string `json:"s,omitempty"`
		N int    `json:"n,omitempty"`
		B bool   `json:"b,omitempty"`
	}
	for _, v := range []s{{}, {S: "x"}, {N: -1}, {B: true}, {"y", 3, true}} {
		a := Compact(nil)
		a.BeginObject()
		a.OmitEmptyString("s", v.S)
		a.OmitEmptyInt("n", v.N)
		a.OmitEmptyBool("b", v.B)
		a.EndObject()
		if got, want := string(a.Bytes()), marshal(t, v, false, "", ""); got != want {
			t.Errorf("%+v: got %s, want %s", v, got, want)
		}
	}
}

func TestTooDeep(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("65 levels did not panic")
		}
	}()
	a := Compact(nil)
	for range 65 {
		a.BeginArray()
	}
}
