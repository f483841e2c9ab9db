package parser

import "github.com/refparse/refparse/gbt7714"

func splitChineseStub(s string) gbt7714.Name {
	r := []rune(s)
	return gbt7714.Name{Family: string(r[:1]), Given: string(r[1:])}
}
