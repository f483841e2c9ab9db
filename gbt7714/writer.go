package gbt7714

// Writer writes records in one output format, one record at a time, so that
// a run never holds more than the record at hand. Close finishes the
// document (a closing bracket, say); it does not close the io.Writer the
// writer was made on.
type Writer interface {
	Write(r *Record) error
	Close() error
}
