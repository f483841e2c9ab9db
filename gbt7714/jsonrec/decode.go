package jsonrec

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/refparse/refparse/gbt7714"
)

// Decode reads records written by either writer: a JSON array of objects,
// JSON Lines, or any sequence of the two. Unknown keys are an error.
// Empty input gives no records and no error.
func Decode(r io.Reader) ([]*gbt7714.Record, error) {
	dec := json.NewDecoder(r)
	var recs []*gbt7714.Record
	for {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			return recs, nil
		}
		if err != nil {
			return recs, err
		}
		if recs, err = appendRaw(recs, raw); err != nil {
			return recs, err
		}
	}
}

// appendRaw appends the record or array of records in raw to recs.
func appendRaw(recs []*gbt7714.Record, raw json.RawMessage) ([]*gbt7714.Record, error) {
	var objs []*object
	if bytes.HasPrefix(raw, []byte("[")) {
		if err := unmarshalStrict(raw, &objs); err != nil {
			return recs, err
		}
	} else {
		objs = []*object{new(object)}
		if err := unmarshalStrict(raw, objs[0]); err != nil {
			return recs, err
		}
	}
	for _, o := range objs {
		if o == nil {
			return recs, fmt.Errorf("jsonrec: null record")
		}
		r, err := o.toRecord()
		if err != nil {
			return recs, fmt.Errorf("jsonrec: %w", err)
		}
		recs = append(recs, r)
	}
	return recs, nil
}

func unmarshalStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("jsonrec: %w", err)
	}
	return nil
}
