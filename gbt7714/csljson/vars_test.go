package csljson

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/internal/rectest"
)

// The tables below are taken from the official CSL-JSON schema,
// https://resource.citationstyles.org/schema/latest/input/json/csl-data.json
// (citation-style-language/schema, schemas/input/csl-data.json). Only the
// part that matters here is copied: the item types, and the kinds of the
// variables. The file itself is not part of this repository.

// cslTypes are the item types of CSL 1.0.2.
var cslTypes = []string{
	"article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
	"broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
	"entry-dictionary", "entry-encyclopedia", "figure", "graphic", "hearing",
	"interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
	"musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
	"personal_communication", "post", "post-weblog", "regulation", "report", "review",
	"review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
}

type kind int

const (
	kindString kind = iota // a string (the schema allows a number for some)
	kindNames              // an array of name objects
	kindDate               // a date object with date-parts
)

// cslVariables are the item keys of the schema this writer may use, with
// their kind; a key not listed here is an error.
var cslVariables = map[string]kind{
	"id": kindString, "type": kindString, "language": kindString,
	"author": kindNames, "editor": kindNames, "translator": kindNames,
	"container-author": kindNames, "collection-editor": kindNames,
	"title": kindString, "title-short": kindString, "container-title": kindString,
	"collection-title": kindString, "edition": kindString, "publisher": kindString,
	"publisher-place": kindString, "issued": kindDate, "accessed": kindDate,
	"original-date": kindDate, "available-date": kindDate, "event-date": kindDate,
	"volume": kindString, "issue": kindString, "page": kindString, "number": kindString,
	"genre": kindString, "medium": kindString, "URL": kindString, "DOI": kindString,
	"ISBN": kindString, "ISSN": kindString, "note": kindString, "archive": kindString,
	"archive-place": kindString, "archive_location": kindString, "status": kindString,
}

// nameParts are the keys of a CSL name object.
var nameParts = []string{"family", "given", "dropping-particle", "non-dropping-particle",
	"suffix", "comma-suffix", "static-ordering", "literal", "parse-names"}

func TestTypeTableIsCSL(t *testing.T) {
	rows := append(gbt7714.Types(), gbt7714.AnalyticTypes()...)
	for _, row := range rows {
		if !slices.Contains(cslTypes, row.CSL) {
			t.Errorf("type %s (%s): %q is not a CSL item type", row.Code, row.Name, row.CSL)
		}
	}
	if !slices.Contains(cslTypes, fallbackType) {
		t.Errorf("fallback type %q is not a CSL item type", fallbackType)
	}
}

func TestKnownVariables(t *testing.T) {
	recs := append(rectest.Set(), rectest.Full())
	for i, it := range items(t, write(t, recs...)) {
		for _, key := range []string{"id", "type"} {
			if _, ok := it[key]; !ok {
				t.Errorf("item %d: no %s", i+1, key)
			}
		}
		if ty, _ := it["type"].(string); !slices.Contains(cslTypes, ty) {
			t.Errorf("item %d: unknown type %q", i+1, ty)
		}
		for key, v := range it {
			checkVariable(t, i+1, key, v)
		}
	}
}

// TestEveryKeyUsed checks that the records of the test set, taken together,
// give every key of the item a value, so that TestKnownVariables sees them
// all.
func TestEveryKeyUsed(t *testing.T) {
	seen := map[string]bool{}
	for _, it := range items(t, write(t, append(rectest.Set(), rectest.Full())...)) {
		for key := range it {
			seen[key] = true
		}
	}
	typ := reflect.TypeFor[item]()
	for i := range typ.NumField() {
		key, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		if !seen[key] {
			t.Errorf("no test record gives %q a value", key)
		}
	}
}

func checkVariable(t *testing.T, item int, key string, v any) {
	t.Helper()
	k, ok := cslVariables[key]
	if !ok {
		t.Errorf("item %d: %q is not a CSL variable", item, key)
		return
	}
	var good bool
	switch k {
	case kindString:
		s, isString := v.(string)
		good = isString && s != ""
	case kindNames:
		good = isNames(v)
	case kindDate:
		good = isDate(v)
	}
	if !good {
		t.Errorf("item %d: %s has a bad value %#v", item, key, v)
	}
}

func isNames(v any) bool {
	list, ok := v.([]any)
	if !ok || len(list) == 0 {
		return false
	}
	for _, n := range list {
		obj, ok := n.(map[string]any)
		if !ok || len(obj) == 0 {
			return false
		}
		for part, s := range obj {
			if _, isString := s.(string); !isString || !slices.Contains(nameParts, part) {
				return false
			}
		}
	}
	return true
}

// isDate accepts {"date-parts": [[y]]}, [[y, m]] or [[y, m, d]] with
// integer parts, the only date form this writer uses.
func isDate(v any) bool {
	obj, ok := v.(map[string]any)
	if !ok || len(obj) != 1 {
		return false
	}
	outer, ok := obj["date-parts"].([]any)
	if !ok || len(outer) != 1 {
		return false
	}
	inner, ok := outer[0].([]any)
	if !ok || len(inner) < 1 || len(inner) > 3 {
		return false
	}
	for _, p := range inner {
		if f, ok := p.(float64); !ok || f != float64(int(f)) || f < 1 {
			return false
		}
	}
	return true
}
