// Package schema holds the JSON Schema of refparse's record format
// (record.schema.json, draft 2020-12) and validates JSON against it. The
// schema is the reference documentation of the -f json and -f jsonl output;
// the tests of every writer and of the command line check their output with
// it.
package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// RecordJSON is the text of record.schema.json.
//
//go:embed record.schema.json
var RecordJSON []byte

// RecordURL is the $id of the record schema.
const RecordURL = "https://github.com/refparse/refparse/schema/record.schema.json"

var (
	compileOnce sync.Once
	compiled    *jsonschema.Schema
	compileErr  error
)

// Record returns the compiled record schema.
func Record() (*jsonschema.Schema, error) {
	compileOnce.Do(func() { compiled, compileErr = compile(RecordJSON) })
	return compiled, compileErr
}

func compile(text []byte) (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("schema: record.schema.json: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(RecordURL, doc); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	return c.Compile(RecordURL)
}

// Validate checks one record object, given as a decoded JSON value
// (map[string]any as encoding/json or jsonschema.UnmarshalJSON make it).
func Validate(v any) error {
	sch, err := Record()
	if err != nil {
		return err
	}
	return sch.Validate(v)
}

// ValidateOutput checks a whole output of the record writers: a JSON array
// of records, JSON Lines, or any sequence of records and arrays of records.
// The error names the 1-based position of the first bad record.
func ValidateOutput(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	n := 0
	for {
		var v any
		err := dec.Decode(&v)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("schema: after record %d: %w", n, err)
		}
		if n, err = validateValue(v, n); err != nil {
			return err
		}
	}
}

// validateValue checks a record or an array of records; n counts the
// records checked before it.
func validateValue(v any, n int) (int, error) {
	recs, ok := v.([]any)
	if !ok {
		recs = []any{v}
	}
	for _, r := range recs {
		n++
		if err := Validate(r); err != nil {
			return n, fmt.Errorf("schema: record %d: %w", n, err)
		}
	}
	return n, nil
}
