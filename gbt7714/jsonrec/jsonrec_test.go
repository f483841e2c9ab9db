package jsonrec

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/internal/rectest"
	"github.com/refparse/refparse/schema"
)

// write runs a writer over recs and returns what it wrote.
func write(t *testing.T, lines bool, recs ...*gbt7714.Record) string {
	t.Helper()
	var b bytes.Buffer
	w := NewWriter(&b)
	if lines {
		w = NewLinesWriter(&b)
	}
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestFullCoversRecord(t *testing.T) {
	if unset := rectest.UnsetFields(rectest.Full()); len(unset) > 0 {
		t.Errorf("rectest.Full leaves fields unset: %v", unset)
	}
}

var lineTests = []struct {
	name string
	rec  *gbt7714.Record
	want string
}{
	{"always present", &gbt7714.Record{}, `{"index":0,"file":"","line":0,"raw":"","lang":"other"}`},
	{"full", rectest.Full(), `{"index":7,"file":"refs.txt","line":12,"label":"[7]",` +
		`"raw":"郑广怀, 等. 劳动：研究[J/OL]. 社会学研究, 2022, 37(S1): 82-91,113 (2022-10)[2023-01-05]. https://example.cn/a?b=1&c=2. DOI:10.1/x.",` +
		`"lang":"zh","type":"J","carrier":"OL","analytic":true,` +
		`"author":[{"family":"郑","given":"广怀"},{"literal":"中共中央"}],"author-et-al":true,` +
		`"editor":[{"family":"Smith","given":"J. A."}],"editor-et-al":true,` +
		`"translator":[{"literal":"W. 理查德·斯科特"}],"translator-et-al":true,` +
		`"title":"劳动：研究","container-title":"社会学研究","edition":"2版",` +
		`"publisher-place":"北京","publisher":"社会科学文献出版社","issued":"2022-10-26",` +
		`"volume":"37","issue":"S1","page":"82-91,113","number":"GB/T 7714—2015",` +
		`"updated":"2022-10","accessed":"2023","url":"https://example.cn/a?b=1&c=2","doi":"10.1/x",` +
		`"genre":"博士学位论文","warnings":[{"code":"no-year","message":"no year of publication","column":3},` +
		`{"code":"whole","message":"a problem of the whole reference"}]}`},
	{"escapes", &gbt7714.Record{Index: 1, File: "a.txt", Line: 1, Raw: "<a>&\"\\\t\u2028\xff", Lang: "en"},
		`{"index":1,"file":"a.txt","line":1,"raw":"<a>&\"\\\t\u2028\ufffd","lang":"en"}`},
}

func TestLines(t *testing.T) {
	for _, tt := range lineTests {
		t.Run(tt.name, func(t *testing.T) {
			got := write(t, true, tt.rec)
			if want := tt.want + "\n"; got != want {
				t.Errorf("diff (-want +got):\n%s", cmp.Diff(want, got))
			}
		})
	}
}

func TestArray(t *testing.T) {
	if got := write(t, false); got != "[]\n" {
		t.Errorf("no records: %q, want \"[]\\n\"", got)
	}
	r := &gbt7714.Record{Index: 1, File: "-", Line: 3, Raw: "x", Lang: "zh", Issued: gbt7714.Date{Year: 2020}}
	want := "[\n  {\n    \"index\": 1,\n    \"file\": \"-\",\n    \"line\": 3,\n    \"raw\": \"x\",\n" +
		"    \"lang\": \"zh\",\n    \"issued\": \"2020\"\n  },\n  {\n    \"index\": 1,\n    \"file\": \"-\",\n" +
		"    \"line\": 3,\n    \"raw\": \"x\",\n    \"lang\": \"zh\",\n    \"issued\": \"2020\"\n  }\n]\n"
	if got := write(t, false, r, r); got != want {
		t.Errorf("diff (-want +got):\n%s", cmp.Diff(want, got))
	}
}

// TestArrayMatchesLines checks that both writers write the same objects.
func TestArrayMatchesLines(t *testing.T) {
	recs := append(rectest.Set(), rectest.Full())
	var array, lines []any
	if err := json.Unmarshal([]byte(write(t, false, recs...)), &array); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSuffix(write(t, true, recs...), "\n"), "\n") {
		var v any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		lines = append(lines, v)
	}
	if diff := cmp.Diff(array, lines); diff != "" {
		t.Errorf("array and lines differ (-array +lines):\n%s", diff)
	}
}

func TestValidUTF8(t *testing.T) {
	for _, lines := range []bool{false, true} {
		out := write(t, lines, rectest.Set()...)
		if !utf8.ValidString(out) {
			t.Errorf("lines=%v: output is not valid UTF-8", lines)
		}
	}
}

func TestSchema(t *testing.T) {
	recs := append(rectest.Set(), rectest.Full())
	for _, lines := range []bool{false, true} {
		if err := schema.ValidateOutput([]byte(write(t, lines, recs...))); err != nil {
			t.Errorf("lines=%v: %v", lines, err)
		}
	}
}

// TestKeyOrder keeps the key order of the writers and of the schema's
// properties the same, so that the schema reads as the format's manual.
func TestKeyOrder(t *testing.T) {
	if diff := cmp.Diff(schemaKeys(t), objectKeys()); diff != "" {
		t.Errorf("schema properties and object keys differ (-schema +object):\n%s", diff)
	}
}

func objectKeys() []string {
	var keys []string
	typ := reflect.TypeFor[object]()
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		keys = append(keys, name)
	}
	return keys
}

// schemaKeys returns the top-level property names of the schema, in the
// order of the file.
func schemaKeys(t *testing.T) []string {
	var doc struct {
		Properties json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(schema.RecordJSON, &doc); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(doc.Properties))
	dec.Token() // {
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func TestRoundTrip(t *testing.T) {
	recs := append(rectest.Set(), rectest.Full())
	for _, lines := range []bool{false, true} {
		got, err := Decode(strings.NewReader(write(t, lines, recs...)))
		if err != nil {
			t.Fatal(err)
		}
		// Invalid UTF-8 comes back as U+FFFD; compare valid text only.
		opt := cmp.Transformer("utf8", func(s string) string { return strings.ToValidUTF8(s, "\uFFFD") })
		if diff := cmp.Diff(recs, got, opt, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("lines=%v: round trip (-want +got):\n%s", lines, diff)
		}
	}
}

func TestDecodeEmpty(t *testing.T) {
	for _, in := range []string{"", "[]\n", "\n\n"} {
		recs, err := Decode(strings.NewReader(in))
		if err != nil || len(recs) != 0 {
			t.Errorf("Decode(%q) = %v, %v; want none", in, recs, err)
		}
	}
}

var decodeErrors = []struct{ name, in, err string }{
	{"unknown key", `{"index":1,"note":"x"}`, "unknown field"},
	{"bad date", `{"index":1,"issued":"2022-1"}`, "issued"},
	{"month 13", `{"index":1,"accessed":"2022-13"}`, "accessed"},
	{"four parts", `{"index":1,"updated":"2022-01-01-01"}`, "updated"},
	{"null", `[null]`, "null"},
	{"truncated", `{"index":1`, "EOF"},
	{"wrong type", `{"index":"1"}`, "index"},
}

func TestDecodeErrors(t *testing.T) {
	for _, tt := range decodeErrors {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("Decode(%s) error %v, want one containing %q", tt.in, err, tt.err)
			}
		})
	}
}

var dateTests = []struct {
	in   string
	want gbt7714.Date
	ok   bool
}{
	{"", gbt7714.Date{}, true},
	{"2022", gbt7714.Date{Year: 2022}, true},
	{"0999-01", gbt7714.Date{Year: 999, Month: 1}, true},
	{"2022-10-26", gbt7714.Date{Year: 2022, Month: 10, Day: 26}, true},
	{"22", gbt7714.Date{}, false},
	{"2022-1", gbt7714.Date{}, false},
	{"2022-00", gbt7714.Date{}, false},
	{"2022-01-32", gbt7714.Date{}, false},
	{"+202", gbt7714.Date{}, false},
	{"2022--01", gbt7714.Date{}, false},
	{"0000", gbt7714.Date{}, false},
}

func TestParseDate(t *testing.T) {
	for _, tt := range dateTests {
		got, err := parseDate(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseDate(%q) = %v, %v; want %v, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
		if tt.ok && got.String() != tt.in {
			t.Errorf("parseDate(%q).String() = %q", tt.in, got.String())
		}
	}
}

// TestStreaming checks that a record reaches the io.Writer when written,
// not when the writer is closed.
func TestStreaming(t *testing.T) {
	for _, lines := range []bool{false, true} {
		var b bytes.Buffer
		w := NewWriter(&b)
		if lines {
			w = NewLinesWriter(&b)
		}
		w.Write(rectest.Full())
		if !strings.Contains(b.String(), `"index": 7`) && !strings.Contains(b.String(), `"index":7`) {
			t.Errorf("lines=%v: nothing written before Close: %q", lines, b.String())
		}
	}
}
