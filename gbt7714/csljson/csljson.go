// Package csljson writes records as CSL-JSON, the input format of citeproc-js
// (Zotero), pandoc and other CSL processors: a JSON array of items whose keys
// are CSL 1.0.2 variables (schema: citation-style-language/schema,
// schemas/input/csl-data.json).
//
// The mapping follows what the GB/T 7714 CSL styles of zotero-chinese/styles
// read (GB-T-7714—2015（顺序编码，双语）.csl and its 2025 counterpart), so
// that an item rendered with them gives back the reference:
//
//   - type: the CSL column of the type table (gbt7714.Record.TypeInfo), so
//     [M]// becomes "chapter" and [C]// "paper-conference"; "document" for
//     a record without a known type code.
//   - medium: the carrier code (OL, CD, MT, DK), which those styles print
//     after the type code as it is ("entry-medium-id" macro: [J/OL]).
//   - number: the report, standard or patent number; the styles print it
//     after the title ("信息与文献 参考文献著录规则: GB/T 7714—2015[S]").
//   - issued: the date of publication or, when there is none, the update
//     or modification date (更新或修改日期). CSL has no variable for an
//     update date, and the styles print issued in the parentheses of
//     "(2021-04-21)[2023-05-02]" ("出版日期，用于…电子资源的“更新或修改
//     日期”"); the sample items of zotero-chinese/styles put the update date
//     of [EB/OL] pages in issued too. A record with both keeps its date of
//     publication; the update date is then not written.
//   - page: the pages, or for a newspaper its edition number (版次), which
//     the styles print as "人民日报, 2022-10-26(001)".
//   - language: "zh-CN" for Chinese and "en" for English records, absent
//     otherwise; the bilingual styles choose 等 or et al. by it.
//   - names: {"family","given"} or {"literal"}, as in the record. CSL
//     processors write a Chinese family/given pair without a space (郑广怀).
//     CSL-JSON cannot say that a name list was cut short (等, et al.): the
//     et-al flags are not written.
//
// The id of an item is "ref-" and the record's Index, the number it has in
// the JSON output too; a record without an Index gets its position in the
// output instead. Label, raw text, position and warnings are not written.
package csljson

import "github.com/refparse/refparse/gbt7714"

// Type to use for a record without a known type code.
const fallbackType = "document"

// languages maps a record's language to a CSL language tag.
var languages = map[string]string{
	gbt7714.LangZh: "zh-CN",
	gbt7714.LangEn: "en",
}

func cslType(r *gbt7714.Record) string {
	if t, ok := r.TypeInfo(); ok {
		return t.CSL
	}
	return fallbackType
}

// issued is the date of publication, or else the update date.
func issued(r *gbt7714.Record) gbt7714.Date {
	if r.Issued.IsZero() {
		return r.Updated
	}
	return r.Issued
}
