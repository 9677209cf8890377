package ferrite

/*
#include <stdint.h>
#include "ferrite.h"

// The Go trampoline (tx_export.go).
extern int ferriteGoTxTrampoline(ferrite_tx* tx, void* user_data);

// Runs a transaction whose body is the Go function behind the cgo.Handle `call`.
static int ferrite_go_transaction(ferrite_db* db, uintptr_t call, ferrite_error** err) {
	return ferrite_transaction(db, ferriteGoTxTrampoline, (void*)call, err);
}
*/
import "C"

import "runtime/cgo"

// Tx is a transaction: the value Transaction gives its function. It has every command method
// of DB. It is valid only while that function runs, on that goroutine; afterwards, or from
// another goroutine, every method fails with an error matching ErrMisuse.
type Tx struct {
	// h is the C handle; nil once the function has returned.
	h *C.ferrite_tx
}

// acquire returns the C handle while the transaction function runs.
func (tx *Tx) acquire() (*C.ferrite_tx, error) {
	if tx == nil || tx.h == nil {
		return nil, &Error{
			Code:    CodeMisuse,
			Message: "MISUSE the transaction handle is only valid inside its Transaction function",
		}
	}
	return tx.h, nil
}

// release ends what acquire began (nothing to do: the transaction outlives its function).
func (tx *Tx) release() {}

// txCall carries a Transaction's function into the trampoline and its outcome back.
type txCall struct {
	fn       func(tx *Tx) error
	err      error
	panicked bool
	panicVal any
}

// Transaction runs fn atomically and in isolation: other goroutines and handles see all of its
// writes or none. Inside fn, use tx (db's own methods would wait for the transaction's locks).
// If fn returns nil the transaction commits, and Transaction returns the commit's error, if
// any. If fn returns an error, every write of fn is rolled back and that error is returned. If
// fn panics, the writes are rolled back and the panic continues from Transaction. fn must not
// call runtime.Goexit (t.FailNow, t.Fatal in tests): it cannot unwind through the library.
func (db *DB) Transaction(fn func(tx *Tx) error) error {
	h, err := db.acquire()
	if err != nil {
		return err
	}
	defer db.release()
	call := &txCall{fn: fn}
	handle := cgo.NewHandle(call)
	defer handle.Delete()
	var e *C.ferrite_error
	rc := C.ferrite_go_transaction(h, C.uintptr_t(handle), &e)
	cerr := ffiErr(e)
	if call.panicked {
		panic(call.panicVal)
	}
	if cerr != nil {
		return cerr
	}
	if rc == 1 {
		return call.err
	}
	return nil
}

// Execute runs a command given as its arguments inside the transaction (see DB.Execute).
func (tx *Tx) Execute(args ...string) (Reply, error) {
	h, err := tx.acquire()
	if err != nil {
		return Reply{}, err
	}
	a := ffiArena{}
	defer a.free()
	var e *C.ferrite_error
	r := C.ferrite_tx_execute(h, a.strsArray(args), C.size_t(len(args)), &e)
	return ffiReply(r, e)
}
