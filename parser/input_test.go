package parser

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const sampleList = "[1] 郑广怀. 乡镇社工站推动乡村公共价值合作生产的过程与机制[J]. 学海, 2023(5): 132-145.\r\n" +
	"[2] OSTROM E. Crossing the great divide: coproduction, synergy, and development[J]. World development, 1996, 24(6): 1073-1087.\n"

// readAll returns the entries of input and the notes and error of reading.
func readAll(input []byte, opts Options) ([]Entry, []*Error, error) {
	var notes []*Error
	opts.Report = func(e *Error) { notes = append(notes, e) }
	rd := NewReader(bytes.NewReader(input), "in.txt", opts)
	var out []Entry
	for e, ok := rd.Next(); ok; e, ok = rd.Next() {
		out = append(out, e)
	}
	return out, notes, rd.Err()
}

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestEncodings(t *testing.T) {
	want, _, err := readAll([]byte(sampleList), Options{})
	if err != nil || len(want) != 2 {
		t.Fatalf("plain UTF-8: %d entries, %v", len(want), err)
	}
	le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	tests := []struct {
		name     string
		input    []byte
		encoding string
		note     string
	}{
		{"utf-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, sampleList...), "", "read as utf-8 (BOM)"},
		{"utf-16le BOM", encode(t, le, sampleList), "", "read as utf-16le (BOM)"},
		{"utf-16be BOM", encode(t, be, sampleList), "", "read as utf-16be (BOM)"},
		{"gb18030 detected", encode(t, simplifiedchinese.GB18030, sampleList), "", "read as gb18030"},
		{"gbk detected", encode(t, simplifiedchinese.GBK, sampleList), "", "read as gb18030"},
		{"gbk forced", encode(t, simplifiedchinese.GBK, sampleList), "gbk", "read as gbk"},
		{"utf-16le forced", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), sampleList), "utf-16le", "read as utf-16le"},
		{"utf-8 forced", []byte(sampleList), "UTF-8", ""},
	}
	for _, tt := range tests {
		got, notes, err := readAll(tt.input, Options{Encoding: tt.encoding})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d entries, want %d", tt.name, len(got), len(want))
			continue
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s: entry %d = %+v, want %+v", tt.name, i, got[i], want[i])
			}
		}
		if tt.note == "" && len(notes) > 0 || tt.note != "" && (len(notes) != 1 || notes[0].Msg != tt.note) {
			t.Errorf("%s: notes %v, want %q", tt.name, notes, tt.note)
		}
	}
}

func TestUndecodable(t *testing.T) {
	binary := []byte("\x00\x01\x02\xff\xfe\xfd\x80\x81garbage")
	_, _, err := readAll(binary, Options{})
	var e *Error
	if !errors.As(err, &e) || e.Code != "encoding" || !strings.Contains(e.Msg, "byte offset") || e.Pos.File != "in.txt" {
		t.Errorf("binary input: err = %v", err)
	}
	// Valid UTF-8 at the start, then a bad byte further on: the entries
	// before it are read, then an error names the byte offset.
	head := strings.Repeat("[1] 张良. 题名[J]. 学海, 2023(5): 1-2.\n", 3000)
	input := []byte(head + "[2] bad \xff byte\n")
	got, _, err := readAll(input, Options{})
	if !errors.As(err, &e) || e.Code != "encoding" || e.Pos.Line != 3001 {
		t.Fatalf("late bad byte: err = %v", err)
	}
	if want := "byte offset " + strconv.Itoa(len(head)+len("[2] bad ")); !strings.Contains(e.Msg, want) {
		t.Errorf("message %q does not say %q", e.Msg, want)
	}
	if len(got) != 3000 {
		t.Errorf("read %d entries before the bad byte, want 3000", len(got))
	}
	if _, _, err := readAll([]byte(sampleList), Options{Encoding: "latin-9"}); err == nil || !strings.Contains(err.Error(), "unknown encoding") {
		t.Errorf("unknown encoding: err = %v", err)
	}
}

func TestEmptyInput(t *testing.T) {
	for _, in := range []string{"", "\n\n  \n", "参考文献\n"} {
		got, notes, err := readAll([]byte(in), Options{})
		if err != nil || len(got) != 0 {
			t.Errorf("%q: %d entries, %v", in, len(got), err)
		}
		if len(notes) == 0 || notes[len(notes)-1].Code != "empty" {
			t.Errorf("%q: notes %v, want one saying the input is empty", in, notes)
		}
	}
}

func TestSplitAuto(t *testing.T) {
	in := "References\n" +
		"[1] SORRENTINO M, SICILIA M. Understanding coproduction as a new public\n" +
		"governance tool[J]. Policy and society, 2018, 37(3): 277-293.\n" +
		"\n" +
		"［2］郑广怀. 乡镇社工站推动乡村公共价值合作生产的过程与\n" +
		"机制[J]. 学海, 2023(5): 132-145.\n" +
		"[美]唐纳德·A·诺曼. 设计心理学[M]. 北京: 中信出版社, 2010.\n"
	got, notes, err := readAll([]byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{File: "in.txt", Line: 2, Label: "[1]", Col: 5, Text: "SORRENTINO M, SICILIA M. Understanding coproduction as a new public governance tool[J]. Policy and society, 2018, 37(3): 277-293."},
		{File: "in.txt", Line: 5, Label: "［2］", Col: 4, Text: "郑广怀. 乡镇社工站推动乡村公共价值合作生产的过程与机制[J]. 学海, 2023(5): 132-145."},
		{File: "in.txt", Line: 7, Col: 1, Text: "[美]唐纳德·A·诺曼. 设计心理学[M]. 北京: 中信出版社, 2010."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d entries: %+v", len(got), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entry %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
	if len(notes) != 1 || notes[0].Code != "skipped-heading" || notes[0].Pos.Line != 1 {
		t.Errorf("notes = %v", notes)
	}
}

func TestSplitUnlabelled(t *testing.T) {
	in := "郑广怀. 乡镇社工站推动乡村公共价值合作生产的过程与机制[J]. 学海, 2023(5): 132-145.\n" +
		"OSTROM E. Crossing the great divide: coproduction, synergy, and\n" +
		"development[J]. World development, 1996, 24(6): 1073-1087.\n"
	got, _, _ := readAll([]byte(in), Options{})
	if len(got) != 2 || got[1].Line != 2 || !strings.HasSuffix(got[1].Text, "and development[J]. World development, 1996, 24(6): 1073-1087.") {
		t.Errorf("got %+v", got)
	}
	lines, _, _ := readAll([]byte(in), Options{Split: SplitLine})
	if len(lines) != 3 {
		t.Errorf("line mode: %d entries, want 3", len(lines))
	}
	// A line broken right after the type code's full stop goes on.
	broken := "OSTROM E. Crossing the great divide: coproduction, synergy, and development[J].\n" +
		"World development, 1996, 24(6): 1073-1087.\n" +
		"郑广怀. 乡镇社工站推动乡村公共价值合作生产的过程与机制[J]. 学海, 2023(5): 132-145.\n"
	got, _, _ = readAll([]byte(broken), Options{})
	if len(got) != 2 || !strings.HasSuffix(got[0].Text, "[J]. World development, 1996, 24(6): 1073-1087.") {
		t.Errorf("broken after the type code: %+v", got)
	}
}

func TestSplitMessy(t *testing.T) {
	in := "[1] OSTROM E. Crossing the great divide: co-\n" +
		"production, synergy, and development[J]. World development, 1996, 24(6): 1073-1087. DOI: 10.1016/\n" +
		"0305-750X(96)00023-X.\n" +
		"12\n" +
		"[2] 中华人民共和国国务院新闻办公室. 中国的军事战略[EB/OL]. (2015-05-26)[2015-05-30]. http://www.mod.gov.cn/auth/2015-05/\n" +
		"26/content_4586723.htm. [3] 张良. 项目制如何形塑农村基层治理[J]. 浙江社会科学, 2023(5): 82-91,113,159. [4] 渠敬东. 项目制: 一种新的国家治理体制[J]. 中国社会科学, 2012(5): 113-130,207.\n"
	got, notes, err := readAll([]byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"OSTROM E. Crossing the great divide: coproduction, synergy, and development[J]. World development, 1996, 24(6): 1073-1087. DOI: 10.1016/0305-750X(96)00023-X.",
		"中华人民共和国国务院新闻办公室. 中国的军事战略[EB/OL]. (2015-05-26)[2015-05-30]. http://www.mod.gov.cn/auth/2015-05/26/content_4586723.htm.",
		"张良. 项目制如何形塑农村基层治理[J]. 浙江社会科学, 2023(5): 82-91,113,159.",
		"渠敬东. 项目制: 一种新的国家治理体制[J]. 中国社会科学, 2012(5): 113-130,207.",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d entries: %+v", len(got), got)
	}
	for i := range want {
		if got[i].Text != want[i] || got[i].Label != "["+strconv.Itoa(i+1)+"]" {
			t.Errorf("entry %d: %q %q\nwant %q", i, got[i].Label, got[i].Text, want[i])
		}
	}
	if len(notes) != 1 || notes[0].Code != "skipped-page-number" || notes[0].Pos.Line != 4 {
		t.Errorf("notes = %v", notes)
	}
}

// TestSwitchToGB18030 reads an input whose start is ASCII and whose later
// lines are GBK, as a pipe may deliver it: the ASCII lines are read as
// UTF-8, and the first GBK line switches the rest to GB18030, with a note.
func TestSwitchToGB18030(t *testing.T) {
	ascii := "[1] OSTROM E. Crossing the great divide: coproduction, synergy, and development[J]. World development, 1996, 24(6): 1073-1087.\n"
	gbk := encode(t, simplifiedchinese.GBK, "[2] 郑广怀. 乡镇社工站推动乡村公共价值合作生产的过程与机制[J]. 学海, 2023(5): 132-145.\n")
	var notes []*Error
	rd := NewReader(iotest.OneByteReader(bytes.NewReader(append([]byte(ascii), gbk...))), "in.txt",
		Options{Report: func(e *Error) { notes = append(notes, e) }})
	var got []Entry
	for e, ok := rd.Next(); ok; e, ok = rd.Next() {
		got = append(got, e)
	}
	if err := rd.Err(); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[1].Text != "郑广怀. 乡镇社工站推动乡村公共价值合作生产的过程与机制[J]. 学海, 2023(5): 132-145." {
		t.Fatalf("entries %+v", got)
	}
	if len(notes) != 1 || notes[0].Code != "encoding" || notes[0].Pos.Line != 2 {
		t.Errorf("notes %v", notes)
	}
	// After UTF-8 Chinese text, a GBK line is an error, not a switch.
	utf := "[1] 张良. 项目制如何形塑农村基层治理[J]. 浙江社会科学, 2023(5): 82-91,113,159.\n"
	if _, _, err := readAll(append([]byte(utf), gbk...), Options{}); err == nil {
		t.Error("mixed UTF-8 and GBK: no error")
	}
}

// TestSlowPipe checks that reading does not wait for more input than the
// first read brings before returning the first entry.
func TestSlowPipe(t *testing.T) {
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "[1] 张良. 题名[J]. 学海, 2023(5): 1-2.\n[2] 郑广怀. 题名[J]. 学海, 2023(5): 1-2.\n")
		// … and nothing more until the reader has the first entry.
	}()
	rd := NewReader(pr, "-", Options{})
	e, ok := rd.Next()
	if !ok || e.Label != "[1]" {
		t.Fatalf("first entry %+v, %v", e, rd.Err())
	}
	pw.Close()
}
