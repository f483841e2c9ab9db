package jsonstream

import (
	"errors"
	"strings"
	"testing"
)

// value encodes one test value with an Appender.
type value func(a *Appender)

// pair is {"a": A, "b": B}, b left out when empty, as encoding/json
// writes struct{A string; B []int `json:",omitempty"`}.
func pair(s string, ints ...int) value {
	return func(a *Appender) {
		a.BeginObject()
		a.Key("a")
		a.String(s)
		if len(ints) > 0 {
			a.Key("b")
			a.BeginArray()
			for _, n := range ints {
				a.Int(n)
			}
			a.EndArray()
		}
		a.EndObject()
	}
}

func str(s string) value { return func(a *Appender) { a.String(s) } }

func num(n int) value { return func(a *Appender) { a.Int(n) } }

var streamTests = []struct {
	name   string
	lines  bool
	values []value
	want   string
}{
	{"array/none", false, nil, "[]\n"},
	{"array/one", false, []value{pair("x")}, "[\n  {\n    \"a\": \"x\"\n  }\n]\n"},
	{"array/two", false, []value{pair("x", 1), pair("y")},
		"[\n  {\n    \"a\": \"x\",\n    \"b\": [\n      1\n    ]\n  },\n  {\n    \"a\": \"y\"\n  }\n]\n"},
	{"array/html", false, []value{str("a&b<c>")}, "[\n  \"a&b<c>\"\n]\n"},
	{"lines/none", true, nil, ""},
	{"lines/two", true, []value{pair("x", 1, 2), pair("y")},
		"{\"a\":\"x\",\"b\":[1,2]}\n{\"a\":\"y\"}\n"},
	{"lines/invalid-utf8", true, []value{str("a\xffb")}, "\"a\\ufffdb\"\n"}, // encoding/json escapes U+FFFD here
}

// writeValue encodes v as s lays values out and writes it.
func writeValue(s *Writer, v value) error {
	a := s.Value(nil)
	v(&a)
	return s.Write(s.End(&a))
}

func TestWriter(t *testing.T) {
	for _, tt := range streamTests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			s := NewArray(&b)
			if tt.lines {
				s = NewLines(&b)
			}
			for _, v := range tt.values {
				if err := writeValue(s, v); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
			if s.Count() != len(tt.values) {
				t.Errorf("Count() = %d, want %d", s.Count(), len(tt.values))
			}
		})
	}
}

// TestStreaming checks that each value reaches the io.Writer as soon as it
// is written.
func TestStreaming(t *testing.T) {
	var b strings.Builder
	s := NewArray(&b)
	writeValue(s, num(1))
	if got := b.String(); got != "[\n  1" {
		t.Errorf("after one value: %q", got)
	}
	writeValue(s, num(2))
	if got := b.String(); got != "[\n  1,\n  2" {
		t.Errorf("after two values: %q", got)
	}
}

type failWriter struct{ calls int }

var errDisk = errors.New("disk full")

func (f *failWriter) Write(p []byte) (int, error) {
	f.calls++
	return 0, errDisk
}

func TestStickyError(t *testing.T) {
	f := &failWriter{}
	s := NewArray(f)
	for range 2 {
		if err := writeValue(s, num(1)); !errors.Is(err, errDisk) {
			t.Errorf("Write: %v, want %v", err, errDisk)
		}
	}
	if err := s.Close(); !errors.Is(err, errDisk) {
		t.Errorf("Close: %v, want %v", err, errDisk)
	}
	if f.calls != 1 {
		t.Errorf("underlying writer called %d times after failing, want 1", f.calls)
	}
}

func TestWriteAfterClose(t *testing.T) {
	var b strings.Builder
	s := NewLines(&b)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := writeValue(s, num(1)); !errors.Is(err, ErrClosed) {
		t.Errorf("Write after Close: %v, want ErrClosed", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if b.Len() != 0 {
		t.Errorf("wrote %q", b.String())
	}
}
