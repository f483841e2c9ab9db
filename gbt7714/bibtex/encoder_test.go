package bibtex

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/internal/rectest"
)

// encoderRecords are records whose keys collide in every way keyer knows:
// the same record again and again, bases that equal another base with a
// suffix (li2020a, then li2020 twice; li2020b, then li2020b again), and
// the realistic set, whose names, titles and years repeat.
func encoderRecords() []*gbt7714.Record {
	zheng := &gbt7714.Record{Lang: gbt7714.LangZh, Type: "J", Author: []N{{Family: "郑", Given: "广怀"}},
		Issued: date(2023, 0, 0), Title: "乡镇社工站", ContainerTitle: "学海"}
	li := func(title string) *gbt7714.Record {
		return &gbt7714.Record{Lang: gbt7714.LangEn, Type: "M", Author: []N{{Family: "Li", Given: "A"}},
			Issued: date(2020, 0, 0), Title: title}
	}
	recs := []*gbt7714.Record{zheng, zheng, li("A"), li(""), li(""), li("B"), zheng, li(""), {}, {}, {}}
	recs = append(recs, rectest.Set()...)
	recs = append(recs, rectest.Full(), rectest.Full())
	recs = append(recs, realistic(300)...)
	recs = append(recs, record(odd...), record(odd[3:]...), record(odd...))
	return recs
}

// TestEncoderContract checks the gbt7714.Encoder contract (see
// rectest.CheckEncoder) on records whose keys collide, once and with every
// key again, and that the output has the keys made unique as expected.
func TestEncoderContract(t *testing.T) {
	recs := encoderRecords()
	t.Run("once", func(t *testing.T) { rectest.CheckEncoder(t, NewWriter, recs) })
	t.Run("twice", func(t *testing.T) { rectest.CheckEncoder(t, NewWriter, append(recs, recs...)) })
	got := write(t, recs...)
	for _, key := range []string{"{zheng2023xiangzhen,", "{zheng2023xiangzhena,", "{zheng2023xiangzhenb,",
		"{li2020a,", "{li2020,", "{li2020b,", "{li2020ba,", "{li2020c,", "{ref,", "{refa,", "{refb,"} {
		if !strings.Contains(got, key) {
			t.Errorf("output lacks key %q", key)
		}
	}
}

// TestEncodeRecordBaseKey checks that EncodeRecord appends to dst and
// writes the key before it is made unique, however often it has been
// handed out.
func TestEncodeRecordBaseKey(t *testing.T) {
	r := &gbt7714.Record{Author: []N{{Family: "郑", Given: "广怀"}}, Issued: date(2023, 0, 0), Title: "乡镇"}
	w := NewWriter(new(bytes.Buffer))
	for range 3 {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	got := string(w.EncodeRecord([]byte("prefix"), r))
	if want := "prefix@misc{zheng2023xiangzhen,\n  author = {郑, 广怀},\n"; !strings.HasPrefix(got, want) {
		t.Errorf("EncodeRecord = %q, want it to start %q", got, want)
	}
	// EncodeRecord reads nothing of the writer, not even that there is one.
	if got2 := string((*Writer)(nil).EncodeRecord([]byte("prefix"), r)); got2 != got {
		t.Errorf("EncodeRecord on a nil Writer = %q, want %q", got2, got)
	}
}

// TestWriteEncodedErrors checks the errors of this writer's own: writes
// after Close fail with errClosed, and an entry with no citation key is
// refused. rectest.CheckEncoder checks the rest.
func TestWriteEncodedErrors(t *testing.T) {
	r := &gbt7714.Record{Title: "x"}
	enc := (*Writer)(nil).EncodeRecord(nil, r)
	w := NewWriter(new(bytes.Buffer))
	w.Close()
	if err := w.WriteEncoded(enc, r); !errors.Is(err, errClosed) {
		t.Errorf("WriteEncoded after Close: %v, want errClosed", err)
	}
	for _, bad := range []string{"", "@misc", "@misc{x"} {
		if err := NewWriter(new(bytes.Buffer)).WriteEncoded([]byte(bad), r); !errors.Is(err, errEncoded) {
			t.Errorf("WriteEncoded(%q): %v, want errEncoded", bad, err)
		}
	}
}

// TestWriteErrorSticks checks that after a write error the io.Writer is
// not called again and Close returns that error, as the JSON writers do.
func TestWriteErrorSticks(t *testing.T) { rectest.CheckErrorSticks(t, NewWriter) }
