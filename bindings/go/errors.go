package ferrite

// #include "ferrite.h"
import "C"

// ErrorCode says what went wrong (the C API's ferrite_errcode).
type ErrorCode int

// The error codes.
const (
	// CodeGeneric is a Redis `ERR ...` error (syntax, not an integer, out of range, ...).
	CodeGeneric ErrorCode = C.FERRITE_ERR_GENERIC
	// CodeWrongType is `WRONGTYPE Operation against a key holding the wrong kind of value`.
	CodeWrongType ErrorCode = C.FERRITE_ERR_WRONGTYPE
	// CodeOOM: the memory limit refuses the write.
	CodeOOM ErrorCode = C.FERRITE_ERR_OOM
	// CodeClosed: the database is closed.
	CodeClosed ErrorCode = C.FERRITE_ERR_CLOSED
	// CodeLocked: another handle or process has the directory open.
	CodeLocked ErrorCode = C.FERRITE_ERR_LOCKED
	// CodeIO: an I/O error reading or writing the database files.
	CodeIO ErrorCode = C.FERRITE_ERR_IO
	// CodeCorrupt: a database file is damaged (the message names the file and offset).
	CodeCorrupt ErrorCode = C.FERRITE_ERR_CORRUPT
	// CodeVersion: a database file has a format version this library does not read.
	CodeVersion ErrorCode = C.FERRITE_ERR_VERSION
	// CodePoisoned: an earlier write or fsync failed; reopen the database.
	CodePoisoned ErrorCode = C.FERRITE_ERR_POISONED
	// CodeConfig: a configuration value is invalid.
	CodeConfig ErrorCode = C.FERRITE_ERR_CONFIG
	// CodeUnsupported: the operation is not supported.
	CodeUnsupported ErrorCode = C.FERRITE_ERR_UNSUPPORTED
	// CodeInvalid: an argument is invalid (bad enum value, a NUL in a path, ...).
	CodeInvalid ErrorCode = C.FERRITE_ERR_INVALID
	// CodeMisuse: the API was misused (a Tx used after its Transaction function returned, a
	// handle used after fork()).
	CodeMisuse ErrorCode = C.FERRITE_ERR_MISUSE
	// CodeInternal: a bug inside the library (a caught panic); the database is still usable.
	CodeInternal ErrorCode = C.FERRITE_ERR_INTERNAL
	// CodeOther: any other error.
	CodeOther ErrorCode = C.FERRITE_ERR_OTHER
)

var codeNames = map[ErrorCode]string{
	CodeGeneric:     "ERR",
	CodeWrongType:   "WRONGTYPE",
	CodeOOM:         "OOM",
	CodeClosed:      "CLOSED",
	CodeLocked:      "LOCKED",
	CodeIO:          "IO",
	CodeCorrupt:     "CORRUPT",
	CodeVersion:     "VERSION",
	CodePoisoned:    "POISONED",
	CodeConfig:      "CONFIG",
	CodeUnsupported: "UNSUPPORTED",
	CodeInvalid:     "INVALID",
	CodeMisuse:      "MISUSE",
	CodeInternal:    "INTERNAL",
	CodeOther:       "OTHER",
}

// String returns the code's name (WRONGTYPE, CLOSED, ...).
func (c ErrorCode) String() string {
	if name, ok := codeNames[c]; ok {
		return name
	}
	return "UNKNOWN"
}

// Error is every error the package returns: a code and a message, which is Redis's exact text
// where Redis has one ("WRONGTYPE Operation against a key holding the wrong kind of value").
// Match it with errors.Is against the sentinels (ErrWrongType, ErrClosed, ...), which compare
// codes, or errors.As to read the code.
type Error struct {
	Code    ErrorCode
	Message string
}

// Error returns the message.
func (e *Error) Error() string {
	if e.Message == "" {
		return "ferrite: " + e.Code.String()
	}
	return e.Message
}

// Is reports whether target is an *Error with the same code and either no message (the
// sentinels) or the same message.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	if !ok {
		return false
	}
	return t.Code == e.Code && (t.Message == "" || t.Message == e.Message)
}

// Sentinels for errors.Is, one per code.
var (
	ErrGeneric     = &Error{Code: CodeGeneric}
	ErrWrongType   = &Error{Code: CodeWrongType}
	ErrOOM         = &Error{Code: CodeOOM}
	ErrClosed      = &Error{Code: CodeClosed}
	ErrLocked      = &Error{Code: CodeLocked}
	ErrIO          = &Error{Code: CodeIO}
	ErrCorrupt     = &Error{Code: CodeCorrupt}
	ErrVersion     = &Error{Code: CodeVersion}
	ErrPoisoned    = &Error{Code: CodePoisoned}
	ErrConfig      = &Error{Code: CodeConfig}
	ErrUnsupported = &Error{Code: CodeUnsupported}
	ErrInvalid     = &Error{Code: CodeInvalid}
	ErrMisuse      = &Error{Code: CodeMisuse}
	ErrInternal    = &Error{Code: CodeInternal}
	ErrOther       = &Error{Code: CodeOther}
)
