package jsonstream

// Accept -update, so that go test ./... -update runs here too.
import _ "github.com/refparse/refparse/internal/golden"
