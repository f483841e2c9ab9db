package bibtex

import (
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/internal/rectest"
)

// realistic returns n records of the kinds a reference list is mostly made
// of: Chinese journal articles with three authors, English journal
// articles, and Chinese and English books, some of them online. Names,
// titles and years repeat often enough that some citation keys collide.
func realistic(n int) []*gbt7714.Record {
	rng := rand.New(rand.NewPCG(7714, 2015))
	pick := func(ss []string) string { return ss[rng.IntN(len(ss))] }
	zhSurnames := []string{"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "郑", "欧阳", "曾", "单", "司马"}
	zhGiven := []string{"广怀", "晔安", "铭泽", "琦", "伟", "黎芳", "根伟", "厚泽", "其国", "文祥", "一刚", "思勉", "国藩", "修"}
	zhTitles := []string{
		"乡镇社工站推动基层社会治理的路径研究", "数字经济背景下劳动过程的变迁", "土壤湿度反演方法研究",
		"基于深度学习的遥感影像分类", "长江流域洪涝灾害与科技对策", "新时代乡村振兴战略的实践逻辑",
		"平台劳动者的权益保障问题", "城市社区治理中的居民参与", "融合星载GNSS-R和SAR数据的反演",
	}
	zhJournals := []string{"社会学研究", "清华大学学报(哲学社会科学版)", "中国社会科学", "学海", "地理学报", "计算机学报"}
	zhPublishers := [][2]string{{"北京", "社会科学文献出版社"}, {"北京", "中国人民大学出版社"}, {"上海", "上海人民出版社"}, {"武汉", "武汉大学出版社"}}
	enSurnames := []string{"Smith", "OSTROM", "Kandel", "Fourney", "Müller", "O'Brien", "van der Berg", "Zhang", "García"}
	enGiven := []string{"E", "J. A.", "E R", "M. E.", "L", "W. G.", "Y"}
	enTitles := []string{
		"Crossing the great divide: coproduction, synergy, and development",
		"The DNA of institutional change in East Asia", "Memory in Aplysia",
		"A survey of deep learning for remote sensing", "Governing the commons: the evolution of institutions",
		"Platform labour & the gig economy: 50% of workers", "On the use of GNSS-R for soil moisture retrieval",
	}
	enJournals := []string{"World Development", "Nature", "Remote Sensing of Environment", "American Journal of Sociology", "IEEE Transactions on Geoscience and Remote Sensing"}
	enPublishers := [][2]string{{"New York", "Wiley"}, {"Cambridge", "Cambridge University Press"}, {"Oxford", "Oxford University Press"}}
	pages := func() string {
		a := 1 + rng.IntN(1500)
		return fmt.Sprintf("%d-%d", a, a+1+rng.IntN(20))
	}
	recs := make([]*gbt7714.Record, n)
	for i := range recs {
		var r *gbt7714.Record
		switch i % 6 {
		case 0, 1, 2: // Chinese journal article, three authors
			r = &gbt7714.Record{Lang: gbt7714.LangZh, Type: "J",
				Author: []gbt7714.Name{
					{Family: pick(zhSurnames), Given: pick(zhGiven)},
					{Family: pick(zhSurnames), Given: pick(zhGiven)},
					{Family: pick(zhSurnames), Given: pick(zhGiven)},
				},
				AuthorEtAl: rng.IntN(4) == 0,
				Title:      pick(zhTitles), ContainerTitle: pick(zhJournals),
				Issued: gbt7714.Date{Year: 2010 + rng.IntN(15)},
				Volume: fmt.Sprint(20 + rng.IntN(30)), Issue: fmt.Sprint(1 + rng.IntN(12)), Page: pages()}
			if rng.IntN(5) == 0 {
				r.DOI = fmt.Sprintf("10.%d/j.issn.%d", 1000+rng.IntN(9000), rng.IntN(100000))
			}
		case 3: // English journal article
			r = &gbt7714.Record{Lang: gbt7714.LangEn, Type: "J",
				Author: []gbt7714.Name{
					{Family: pick(enSurnames), Given: pick(enGiven)},
					{Family: pick(enSurnames), Given: pick(enGiven)},
				},
				AuthorEtAl: rng.IntN(3) == 0,
				Title:      pick(enTitles), ContainerTitle: pick(enJournals),
				Issued: gbt7714.Date{Year: 1990 + rng.IntN(35)},
				Volume: fmt.Sprint(1 + rng.IntN(300)), Issue: fmt.Sprint(1 + rng.IntN(12)), Page: pages(),
				DOI: fmt.Sprintf("https://doi.org/10.%d/%d-%dX", 1000+rng.IntN(9000), rng.IntN(10000), rng.IntN(100))}
		case 4: // Chinese book, sometimes translated
			p := zhPublishers[rng.IntN(len(zhPublishers))]
			r = &gbt7714.Record{Lang: gbt7714.LangZh, Type: "M",
				Author: []gbt7714.Name{{Family: pick(zhSurnames), Given: pick(zhGiven)}},
				Title:  pick(zhTitles), Edition: "2版", Place: p[0], Publisher: p[1],
				Issued: gbt7714.Date{Year: 1990 + rng.IntN(35)}, Page: fmt.Sprint(1 + rng.IntN(500))}
			if rng.IntN(3) == 0 {
				r.Author = []gbt7714.Name{{Literal: "W. 理查德·斯科特"}}
				r.Translator = []gbt7714.Name{{Family: pick(zhSurnames), Given: pick(zhGiven)}, {Family: pick(zhSurnames), Given: pick(zhGiven)}}
				r.TranslatorEtAl = true
			}
			if rng.IntN(4) == 0 {
				r.Carrier, r.URL = "OL", "https://book.example.cn/read?id="+fmt.Sprint(rng.IntN(1e6))
				r.Accessed = gbt7714.Date{Year: 2024, Month: 1 + rng.IntN(12), Day: 1 + rng.IntN(28)}
			}
		case 5: // English book
			p := enPublishers[rng.IntN(len(enPublishers))]
			r = &gbt7714.Record{Lang: gbt7714.LangEn, Type: "M",
				Author: []gbt7714.Name{{Family: pick(enSurnames), Given: pick(enGiven)}},
				Title:  pick(enTitles), Place: p[0], Publisher: p[1],
				Issued: gbt7714.Date{Year: 1960 + rng.IntN(60)}}
		}
		r.Index = i + 1
		recs[i] = r
	}
	return recs
}

func benchmarkWrite(b *testing.B, recs []*gbt7714.Record) {
	b.ReportAllocs()
	for b.Loop() {
		w := NewWriter(io.Discard)
		for _, r := range recs {
			if err := w.Write(r); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(recs)), "ns/record")
}

// BenchmarkWrite writes a whole set of records per operation, with a new
// Writer each time.
func BenchmarkWrite(b *testing.B) {
	b.Run("rectest", func(b *testing.B) { benchmarkWrite(b, rectest.Set()) })
	b.Run("realistic", func(b *testing.B) { benchmarkWrite(b, realistic(300)) })
}

// BenchmarkEncodeRecordParallel encodes the realistic records on every
// core, as a parallel pipeline does; one operation is one record.
func BenchmarkEncodeRecordParallel(b *testing.B) {
	recs := realistic(300)
	w := NewWriter(io.Discard)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		var buf []byte
		for i := 0; pb.Next(); i++ {
			buf = w.EncodeRecord(buf[:0], recs[i%len(recs)])
		}
	})
}
