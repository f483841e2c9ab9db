package jsonstream

import (
	"errors"
	"strings"
	"testing"
)

type pair struct {
	A string `json:"a"`
	B []int  `json:"b,omitempty"`
}

var streamTests = []struct {
	name   string
	lines  bool
	values []any
	want   string
}{
	{"array/none", false, nil, "[]\n"},
	{"array/one", false, []any{pair{A: "x"}}, "[\n  {\n    \"a\": \"x\"\n  }\n]\n"},
	{"array/two", false, []any{pair{A: "x", B: []int{1}}, pair{A: "y"}},
		"[\n  {\n    \"a\": \"x\",\n    \"b\": [\n      1\n    ]\n  },\n  {\n    \"a\": \"y\"\n  }\n]\n"},
	{"array/html", false, []any{"a&b<c>"}, "[\n  \"a&b<c>\"\n]\n"},
	{"lines/none", true, nil, ""},
	{"lines/two", true, []any{pair{A: "x", B: []int{1, 2}}, pair{A: "y"}},
		"{\"a\":\"x\",\"b\":[1,2]}\n{\"a\":\"y\"}\n"},
	{"lines/invalid-utf8", true, []any{"a\xffb"}, "\"a\\ufffdb\"\n"}, // encoding/json escapes U+FFFD here
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
				if err := s.Write(v); err != nil {
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
	s.Write(1)
	if got := b.String(); got != "[\n  1" {
		t.Errorf("after one value: %q", got)
	}
	s.Write(2)
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
		if err := s.Write(1); !errors.Is(err, errDisk) {
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
	if err := s.Write(1); !errors.Is(err, ErrClosed) {
		t.Errorf("Write after Close: %v, want ErrClosed", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestUnencodable(t *testing.T) {
	var b strings.Builder
	s := NewArray(&b)
	if err := s.Write(func() {}); err == nil {
		t.Fatal("Write(func) succeeded")
	}
	s.Write(1)
	s.Close()
	if got := b.String(); got != "[\n  1\n]\n" {
		t.Errorf("after a failed encoding: %q", got)
	}
}
