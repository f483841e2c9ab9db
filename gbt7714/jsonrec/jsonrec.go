// Package jsonrec writes and reads refparse's own record format: one JSON
// object per reference, holding every field of a gbt7714.Record under a
// fixed key order. The format is described, key by key, by the JSON Schema
// in schema/record.schema.json at the root of the repository.
//
// Two writers produce it: NewWriter, a pretty-printed JSON array, and
// NewLinesWriter, JSON Lines. Decode reads either back.
//
// Keys, in this order: index, file, line, label, raw, lang, type, carrier,
// analytic, author, author-et-al, editor, editor-et-al, translator,
// translator-et-al, title, container-title, edition, publisher-place,
// publisher, issued, volume, issue, page, number, updated, accessed, url,
// doi, genre, warnings. Empty strings, empty lists, zero dates and false
// booleans are left out; index, file, line, raw and lang are always present.
// Dates are ISO 8601 strings of their precision ("2022", "2022-10",
// "2022-10-26").
package jsonrec

import (
	"fmt"

	"github.com/refparse/refparse/gbt7714"
)

// object is the JSON form of a record, as Decode reads it. Its field order
// is the key order of the format, the order in which appendObject writes
// the keys; keep the three (object, appendObject and
// schema/record.schema.json) in step. The tests check that appendObject
// writes what encoding/json writes for an object.
type object struct {
	Index          int               `json:"index"`
	File           string            `json:"file"`
	Line           int               `json:"line"`
	Label          string            `json:"label,omitempty"`
	Raw            string            `json:"raw"`
	Lang           string            `json:"lang"`
	Type           string            `json:"type,omitempty"`
	Carrier        string            `json:"carrier,omitempty"`
	Analytic       bool              `json:"analytic,omitempty"`
	Author         []gbt7714.Name    `json:"author,omitempty"`
	AuthorEtAl     bool              `json:"author-et-al,omitempty"`
	Editor         []gbt7714.Name    `json:"editor,omitempty"`
	EditorEtAl     bool              `json:"editor-et-al,omitempty"`
	Translator     []gbt7714.Name    `json:"translator,omitempty"`
	TranslatorEtAl bool              `json:"translator-et-al,omitempty"`
	Title          string            `json:"title,omitempty"`
	ContainerTitle string            `json:"container-title,omitempty"`
	Edition        string            `json:"edition,omitempty"`
	Place          string            `json:"publisher-place,omitempty"`
	Publisher      string            `json:"publisher,omitempty"`
	Issued         string            `json:"issued,omitempty"`
	Volume         string            `json:"volume,omitempty"`
	Issue          string            `json:"issue,omitempty"`
	Page           string            `json:"page,omitempty"`
	Number         string            `json:"number,omitempty"`
	Updated        string            `json:"updated,omitempty"`
	Accessed       string            `json:"accessed,omitempty"`
	URL            string            `json:"url,omitempty"`
	DOI            string            `json:"doi,omitempty"`
	Genre          string            `json:"genre,omitempty"`
	Warnings       []gbt7714.Warning `json:"warnings,omitempty"`
}

// toRecord returns the record that o is the JSON form of.
func (o *object) toRecord() (*gbt7714.Record, error) {
	r := &gbt7714.Record{
		Index: o.Index, File: o.File, Line: o.Line, Label: o.Label, Raw: o.Raw,
		Lang: o.Lang, Type: o.Type, Carrier: o.Carrier, Analytic: o.Analytic,
		Author: o.Author, AuthorEtAl: o.AuthorEtAl,
		Editor: o.Editor, EditorEtAl: o.EditorEtAl,
		Translator: o.Translator, TranslatorEtAl: o.TranslatorEtAl,
		Title: o.Title, ContainerTitle: o.ContainerTitle,
		Edition: o.Edition, Place: o.Place, Publisher: o.Publisher,
		Volume: o.Volume, Issue: o.Issue, Page: o.Page, Number: o.Number,
		URL: o.URL, DOI: o.DOI, Genre: o.Genre, Warnings: o.Warnings,
	}
	dates := []struct {
		key string
		s   string
		d   *gbt7714.Date
	}{
		{"issued", o.Issued, &r.Issued},
		{"updated", o.Updated, &r.Updated},
		{"accessed", o.Accessed, &r.Accessed},
	}
	for _, d := range dates {
		var err error
		if *d.d, err = parseDate(d.s); err != nil {
			return nil, fmt.Errorf("record %d: %s: %w", o.Index, d.key, err)
		}
	}
	return r, nil
}
