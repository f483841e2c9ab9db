package bibtex

import (
	"testing"

	"github.com/refparse/refparse/gbt7714"
)

func TestNames(t *testing.T) {
	type N = gbt7714.Name
	tests := []struct {
		name string
		in   []N
		etAl bool
		want string
	}{
		{"chinese", []N{{Family: "郑", Given: "广怀"}}, false, "郑, 广怀"},
		{"compound", []N{{Family: "欧阳", Given: "修"}}, false, "欧阳, 修"},
		{"english", []N{{Family: "OSTROM", Given: "E"}}, false, "OSTROM, E"},
		{"corporate", []N{{Literal: "中共中央"}}, false, "{中共中央}"},
		{"transliterated", []N{{Literal: "W. 理查德·斯科特"}}, false, "{W. 理查德·斯科特}"},
		{"et al", []N{{Family: "郑", Given: "广怀"}, {Family: "李", Given: "四"}}, true, "郑, 广怀 and 李, 四 and others"},
		{"et al alone", nil, true, ""},
		{"family only", []N{{Family: "石顺祥"}}, false, "石顺祥"},
		{"family only with space", []N{{Family: "Mao Zedong"}}, false, "{Mao Zedong}"},
		{"family named others", []N{{Family: "Others"}}, false, "{Others}"},
		{"given only", []N{{Given: "Plato"}}, false, "Plato"},
		{"von", []N{{Family: "van der Berg", Given: "J"}}, false, "van der Berg, J"},
		{"comma in part", []N{{Family: "King", Given: "Jr., Martin"}}, false, "King, {Jr., Martin}"},
		{"and in part", []N{{Family: "Smith and Jones", Given: "A"}}, false, "{Smith and Jones}, A"},
		{"escaped", []N{{Literal: `A & B {Ltd}`}}, false, `{A \& B \{Ltd\}}`},
		{"zero names skipped", []N{{}, {Family: "王", Given: "琦"}}, false, "王, 琦"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := names(tt.in, tt.etAl)
			if got != tt.want {
				t.Errorf("names(%+v, %v) = %q, want %q", tt.in, tt.etAl, got, tt.want)
			}
			checkValue(t, got)
		})
	}
}
