package parser

import "github.com/refparse/refparse/gbt7714"

func parseEntry(e Entry) *gbt7714.Record {
	return &gbt7714.Record{File: e.File, Line: e.Line, Label: e.Label, Raw: e.Text}
}
