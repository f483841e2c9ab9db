package bibtex

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/refparse/refparse/gbt7714"
)

func TestCiteKey(t *testing.T) {
	type N = gbt7714.Name
	tests := []struct {
		name string
		r    gbt7714.Record
		want string
	}{
		{"chinese", gbt7714.Record{
			Author: []N{{Family: "郑", Given: "广怀"}}, Issued: gbt7714.Date{Year: 2023},
			Title: "乡镇社工站推动基层社会治理的路径"}, "zheng2023xiangzhen"},
		{"english", gbt7714.Record{
			Author: []N{{Family: "OSTROM", Given: "E"}}, Issued: gbt7714.Date{Year: 1996},
			Title: "Crossing the great divide: coproduction, synergy, and development"}, "ostrom1996crossing"},
		{"stop words", gbt7714.Record{
			Author: []N{{Family: "Smith", Given: "J"}}, Issued: gbt7714.Date{Year: 2020},
			Title: "The Impact of AI"}, "smith2020impact"},
		{"only stop words", gbt7714.Record{Title: "The And"}, "the"},
		{"surname reading", gbt7714.Record{
			Author: []N{{Family: "曾", Given: "国藩"}}, Issued: gbt7714.Date{Year: 1870}, Title: "家书"}, "zeng1870jiashu"},
		{"compound surname", gbt7714.Record{
			Author: []N{{Family: "万俟", Given: "卨"}}, Title: "奏议"}, "moqizouyi"},
		{"lv", gbt7714.Record{Author: []N{{Family: "吕", Given: "思勉"}}, Issued: gbt7714.Date{Year: 2005}, Title: "中国通史"}, "lv2005zhongguo"},
		{"corporate", gbt7714.Record{
			Author: []N{{Literal: "中共中央"}}, Issued: gbt7714.Date{Year: 2021}, Title: "关于加强基层治理体系的意见"}, "zhonggong2021guanyu"},
		{"corporate english", gbt7714.Record{
			Author: []N{{Literal: "World Health Organization"}}, Issued: gbt7714.Date{Year: 2020}, Title: "Report"}, "world2020report"},
		{"diacritics", gbt7714.Record{
			Author: []N{{Family: "Abadía", Given: "O M"}}, Issued: gbt7714.Date{Year: 2024}, Title: "Ñandú"}, "abadia2024nandu"},
		{"editor when no author", gbt7714.Record{
			Editor: []N{{Family: "王", Given: "五"}}, Issued: gbt7714.Date{Year: 2001}, Title: "文集"}, "wang2001wenji"},
		{"no author", gbt7714.Record{Issued: gbt7714.Date{Year: 2025}, Title: "中国国家博物馆"}, "2025zhongguo"},
		{"no year", gbt7714.Record{Author: []N{{Family: "郑", Given: "广怀"}}, Title: "乡镇"}, "zhengxiangzhen"},
		{"quoted title", gbt7714.Record{Title: "《红楼梦》研究"}, "honglou"},
		{"one han then latin", gbt7714.Record{Title: "论DNA"}, "lun"},
		{"title starting with year", gbt7714.Record{Title: "2022年中国经济"}, "2022"},
		{"nothing", gbt7714.Record{}, "ref"},
		{"nothing usable", gbt7714.Record{Title: "—— ……"}, "ref"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := citeKey(&tt.r); got != tt.want {
				t.Errorf("citeKey = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestKeyerUnique(t *testing.T) {
	k := newKeyer()
	var got []string
	for _, base := range []string{"zheng2023xiangzhen", "zheng2023xiangzhen", "ostrom1996crossing",
		"zheng2023xiangzhen", "zheng2023xiangzhena", "li2020x", "li2020", "li2020", "li2020"} {
		got = append(got, k.unique(base))
	}
	want := []string{"zheng2023xiangzhen", "zheng2023xiangzhena", "ostrom1996crossing",
		"zheng2023xiangzhenb", "zheng2023xiangzhenaa", "li2020x", "li2020", "li2020a", "li2020b"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("keys\n got %v\nwant %v", got, want)
	}
}

func TestKeyerNeverRepeats(t *testing.T) {
	k := newKeyer()
	seen := map[string]bool{}
	bases := []string{"a", "b", "ab", "aa", "ba"}
	for i := 0; i < 3000; i++ {
		key := k.unique(bases[i%len(bases)])
		if seen[key] {
			t.Fatalf("key %q handed out twice", key)
		}
		seen[key] = true
	}
}

func TestSuffix(t *testing.T) {
	for n, want := range map[uint32]string{1: "a", 2: "b", 26: "z", 27: "aa", 52: "az", 53: "ba", 702: "zz", 703: "aaa"} {
		if got := suffix(n); got != want {
			t.Errorf("suffix(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestSortKey(t *testing.T) {
	type N = gbt7714.Name
	tests := []struct {
		r    gbt7714.Record
		want string
	}{
		{gbt7714.Record{Lang: gbt7714.LangZh, Author: []N{{Family: "曾", Given: "国藩"}, {Literal: "中共中央"}}}, "zeng guo fan  zhong gong zhong yang"},
		{gbt7714.Record{Lang: gbt7714.LangZh, Editor: []N{{Family: "欧阳", Given: "修"}}}, "ou yang xiu"},
		{gbt7714.Record{Lang: gbt7714.LangEn, Author: []N{{Family: "OSTROM", Given: "E"}}}, ""},
		{gbt7714.Record{Lang: gbt7714.LangZh}, ""},
	}
	for _, tt := range tests {
		if got := newEntry(&tt.r).sortKey(); got != tt.want {
			t.Errorf("sortKey(%+v) = %q, want %q", tt.r.Author, got, tt.want)
		}
	}
}

// TestCountTable checks the compact table against a map, through growth,
// hash 0 and counts past the one-byte limit.
func TestCountTable(t *testing.T) {
	var tab countTable
	want := map[uint64]uint32{}
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 200000; i++ {
		h := rng.Uint64()
		switch i % 5 {
		case 0:
			h = uint64(rng.Intn(50)) // repeated keys, hash 0 among them
		case 1:
			h = uint64(rng.Intn(3)) + 1<<40 // counts past 255
		}
		c := tab.get(h)
		if c != want[max(h, 1)] {
			t.Fatalf("step %d: get(%d) = %d, want %d", i, h, c, want[max(h, 1)])
		}
		tab.set(h, c+1)
		want[max(h, 1)] = c + 1
	}
	if tab.len() != len(want) {
		t.Errorf("%d entries, want %d", tab.len(), len(want))
	}
}
