package schema

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/refparse/refparse/gbt7714"
)

// doc is record.schema.json as plain JSON, for the drift tests.
type doc struct {
	Required   []string `json:"required"`
	Properties map[string]struct {
		Enum []string `json:"enum"`
	} `json:"properties"`
}

func loadDoc(t *testing.T) doc {
	t.Helper()
	var d doc
	if err := json.Unmarshal(RecordJSON, &d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCompiles(t *testing.T) {
	if _, err := Record(); err != nil {
		t.Fatal(err)
	}
}

// TestTypeEnum keeps the schema's type codes and the type table in step.
func TestTypeEnum(t *testing.T) {
	var codes []string
	for _, ti := range append(gbt7714.Types(), gbt7714.AnalyticTypes()...) {
		if !slices.Contains(codes, ti.Code) {
			codes = append(codes, ti.Code)
		}
	}
	got := loadDoc(t).Properties["type"].Enum
	slices.Sort(codes)
	slices.Sort(got)
	if !slices.Equal(got, codes) {
		t.Errorf("schema type enum %v, type table codes %v", got, codes)
	}
}

func TestCarrierEnum(t *testing.T) {
	var codes []string
	for c := range gbt7714.Carriers {
		codes = append(codes, c)
	}
	got := loadDoc(t).Properties["carrier"].Enum
	slices.Sort(codes)
	slices.Sort(got)
	if !slices.Equal(got, codes) {
		t.Errorf("schema carrier enum %v, gbt7714.Carriers %v", got, codes)
	}
}

func TestLangEnum(t *testing.T) {
	want := []string{gbt7714.LangZh, gbt7714.LangEn, gbt7714.LangOther}
	if got := loadDoc(t).Properties["lang"].Enum; !slices.Equal(got, want) {
		t.Errorf("schema lang enum %v, want %v", got, want)
	}
}

const minimal = `"index":1,"file":"-","line":1,"raw":"x","lang":"zh"`

var instanceTests = []struct {
	name  string
	json  string
	valid bool
}{
	{"minimal", `{` + minimal + `}`, true},
	{"full names", `{` + minimal + `,"author":[{"family":"郑","given":"广怀"},{"literal":"中共中央"}]}`, true},
	{"dates", `{` + minimal + `,"issued":"2022","updated":"2022-10","accessed":"2022-10-26"}`, true},
	{"warning", `{` + minimal + `,"warnings":[{"code":"c","message":"m"},{"code":"c","message":"m","column":3}]}`, true},
	{"missing raw", `{"index":1,"file":"-","line":1,"lang":"zh"}`, false},
	{"index 0", `{"index":0,"file":"-","line":1,"raw":"x","lang":"zh"}`, false},
	{"index float", `{"index":1.5,"file":"-","line":1,"raw":"x","lang":"zh"}`, false},
	{"bad lang", `{"index":1,"file":"-","line":1,"raw":"x","lang":"fr"}`, false},
	{"unknown key", `{` + minimal + `,"note":"x"}`, false},
	{"bad type", `{` + minimal + `,"type":"K"}`, false},
	{"lower-case carrier", `{` + minimal + `,"carrier":"ol"}`, false},
	{"analytic false", `{` + minimal + `,"analytic":false}`, false},
	{"empty title", `{` + minimal + `,"title":""}`, false},
	{"empty author list", `{` + minimal + `,"author":[]}`, false},
	{"empty name", `{` + minimal + `,"author":[{}]}`, false},
	{"literal and family", `{` + minimal + `,"author":[{"literal":"a","family":"b"}]}`, false},
	{"name key", `{` + minimal + `,"author":[{"name":"a"}]}`, false},
	{"month 13", `{` + minimal + `,"issued":"2022-13"}`, false},
	{"slashed date", `{` + minimal + `,"issued":"2022/10/26"}`, false},
	{"column 0", `{` + minimal + `,"warnings":[{"code":"c","message":"m","column":0}]}`, false},
}

func TestValidate(t *testing.T) {
	for _, tt := range instanceTests {
		t.Run(tt.name, func(t *testing.T) {
			var v any
			if err := json.Unmarshal([]byte(tt.json), &v); err != nil {
				t.Fatal(err)
			}
			err := Validate(v)
			if (err == nil) != tt.valid {
				t.Errorf("Validate(%s) = %v, want valid=%v", tt.json, err, tt.valid)
			}
		})
	}
}

func TestValidateOutput(t *testing.T) {
	good := `{` + minimal + `}`
	bad := `{"index":2}`
	tests := []struct {
		name, out, err string
	}{
		{"empty", "", ""},
		{"empty array", "[]\n", ""},
		{"array", "[\n  " + good + ",\n  " + good + "\n]\n", ""},
		{"lines", good + "\n" + good + "\n", ""},
		{"bad in array", "[" + good + "," + bad + "]", "record 2"},
		{"bad line", good + "\n" + good + "\n" + bad + "\n", "record 3"},
		{"not json", good + "\n{", "after record 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateOutput([]byte(tt.out))
			switch {
			case tt.err == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Errorf("error %v, want one containing %q", err, tt.err)
			}
		})
	}
}

// TestDescriptions checks that every property and definition of the schema
// is described: the descriptions are the format's documentation.
func TestDescriptions(t *testing.T) {
	var v map[string]any
	if err := json.Unmarshal(RecordJSON, &v); err != nil {
		t.Fatal(err)
	}
	checkDescribed(t, "#", v)
}

func checkDescribed(t *testing.T, path string, v map[string]any) {
	t.Helper()
	if d, _ := v["description"].(string); d == "" {
		t.Errorf("%s has no description", path)
	}
	for _, key := range []string{"properties", "$defs"} {
		children, _ := v[key].(map[string]any)
		for name, c := range children {
			if m, ok := c.(map[string]any); ok {
				checkDescribed(t, path+"/"+key+"/"+name, m)
			}
		}
	}
}
