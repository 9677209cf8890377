package ferrite

// A file with //export may declare, not define, C functions (cgo's rule); the C side of the
// transaction is in tx.go.

// #include "ferrite.h"
import "C"

import (
	"errors"
	"runtime/cgo"
	"unsafe"
)

// errNilTxFunc is returned when Transaction is given a nil function (the transaction rolls back).
var errNilTxFunc = errors.New("ferrite: Transaction called with a nil function")

// ferriteGoTxTrampoline is the ferrite_tx_fn of every Transaction: it runs the Go function
// behind the handle in user, returns 0 to commit or 1 to roll back, and never lets a panic
// cross into C (it is recorded and rolled back; Transaction raises it again).
//
//export ferriteGoTxTrampoline
func ferriteGoTxTrampoline(h *C.ferrite_tx, user unsafe.Pointer) (rc C.int) {
	call := cgo.Handle(uintptr(user)).Value().(*txCall)
	tx := &Tx{h: h}
	defer func() {
		tx.h = nil
		if r := recover(); r != nil {
			call.panicked = true
			call.panicVal = r
			rc = 1
		}
	}()
	if call.fn == nil {
		call.err = errNilTxFunc
		return 1
	}
	if err := call.fn(tx); err != nil {
		call.err = err
		return 1
	}
	return 0
}
