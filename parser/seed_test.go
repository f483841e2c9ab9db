package parser

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/refparse/refparse/gbt7714"
)

// goldRecord is one line of testdata/seed/seed-gold.jsonl: a reference of
// the founding example with its hand-checked fields in CSL terms.
type goldRecord struct {
	ID      string  `json:"id"`
	Ref     string  `json:"ref"`
	Lang    string  `json:"lang"`
	GBTType string  `json:"gbt_type"`
	Label   string  `json:"label"`
	CSL     goldCSL `json:"csl"`
}

type goldCSL struct {
	Type           string         `json:"type"`
	Author         []gbt7714.Name `json:"author"`
	Translator     []gbt7714.Name `json:"translator"`
	Title          string         `json:"title"`
	ContainerTitle string         `json:"container-title"`
	Issued         struct {
		DateParts [][]int `json:"date-parts"`
	} `json:"issued"`
	Volume    string `json:"volume"`
	Issue     string `json:"issue"`
	Page      string `json:"page"`
	Publisher string `json:"publisher"`
	Place     string `json:"publisher-place"`
}

func readGold(t *testing.T) []goldRecord {
	t.Helper()
	f, err := os.Open("../testdata/seed/seed-gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldRecord
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g goldRecord
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		out = append(out, g)
	}
	return out
}

// asGold renders a parsed record in the gold file's terms.
func asGold(r *gbt7714.Record) goldRecord {
	g := goldRecord{Ref: r.Raw, Lang: r.Lang, GBTType: r.Type, Label: r.Label}
	ti, _ := r.TypeInfo()
	g.CSL = goldCSL{
		Type: ti.CSL, Author: r.Author, Translator: r.Translator, Title: r.Title,
		ContainerTitle: r.ContainerTitle, Volume: r.Volume, Issue: r.Issue, Page: r.Page,
		Publisher: r.Publisher, Place: r.Place,
	}
	if p := r.Issued.Parts(); p != nil {
		g.CSL.Issued.DateParts = [][]int{p}
	}
	return g
}

// TestSeed reads the founding example list as a user would pass it and
// checks every gold field of all its references, in order.
func TestSeed(t *testing.T) {
	gold := readGold(t)
	f, err := os.Open("../testdata/seed/seed-refs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rd := NewReader(f, "seed-refs.txt", Options{})
	var got []goldRecord
	for e, ok := rd.Next(); ok; e, ok = rd.Next() {
		rec := Parse(e)
		if len(rec.Warnings) > 0 {
			t.Errorf("line %d: unexpected warnings %v", rec.Line, rec.Warnings)
		}
		got = append(got, asGold(rec))
	}
	if err := rd.Err(); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(gold) {
		t.Fatalf("got %d references, gold has %d", len(got), len(gold))
	}
	for i := range gold {
		want := gold[i]
		want.ID = ""
		if diff := cmp.Diff(want, got[i]); diff != "" {
			t.Errorf("%s (-gold +got):\n%s", gold[i].ID, diff)
		}
	}
}
