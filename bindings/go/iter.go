package ferrite

// #include "ferrite.h"
import "C"

// KeyIterator walks the key names matching a pattern, by SCAN: every key present throughout
// the walk is returned exactly once; keys added or removed meanwhile may or may not be. It is
// not safe for concurrent use. Close it when stopping early; one that ran to its end, or whose
// DB was closed, is already released, and one dropped unclosed is released by the DB's Close.
//
//	it := db.ScanIter("user:*")
//	defer it.Close()
//	for it.Next() {
//		fmt.Println(it.Key())
//	}
//	if err := it.Err(); err != nil { ... }
type KeyIterator struct {
	db  *DB
	it  *C.ferrite_iter // nil once released
	key string
	err error
}

// ScanIter returns an iterator over the key names matching the glob-style pattern match ("":
// every key). Errors (a closed DB) are reported by Err after Next returns false.
func (db *DB) ScanIter(match string) *KeyIterator {
	it := &KeyIterator{db: db}
	h, err := db.acquire()
	if err != nil {
		it.err = err
		return it
	}
	defer db.release()
	var e *C.ferrite_error
	ci := C.ferrite_scan_iter(h, ffiStr(match), C.size_t(len(match)), &e)
	if err := ffiErr(e); err != nil {
		it.err = err
		return it
	}
	it.it = ci
	db.itersMu.Lock()
	db.iters[it] = struct{}{}
	db.itersMu.Unlock()
	return it
}

// Next advances to the next key and reports whether there is one.
func (it *KeyIterator) Next() bool {
	if _, err := it.db.acquire(); err != nil {
		if it.err == nil {
			it.err = err
		}
		return false
	}
	defer it.db.release()
	if it.it == nil {
		return false
	}
	var key C.ferrite_bytes
	var e *C.ferrite_error
	rc := C.ferrite_iter_next(it.it, &key, &e)
	if err := ffiErr(e); err != nil {
		it.err = err
		it.free()
		return false
	}
	if rc != 1 {
		it.free()
		return false
	}
	it.key = string(goBytes(key.ptr, key.len))
	return true
}

// Key returns the current key (after Next returned true).
func (it *KeyIterator) Key() string {
	return it.key
}

// Err returns the error that ended the walk, if any.
func (it *KeyIterator) Err() error {
	return it.err
}

// Close releases the iterator (again: nothing).
func (it *KeyIterator) Close() {
	if it.db == nil {
		return
	}
	it.db.itersMu.Lock()
	defer it.db.itersMu.Unlock()
	it.freeLocked()
}

// free releases the C iterator; the caller holds the DB open (acquire).
func (it *KeyIterator) free() {
	it.db.itersMu.Lock()
	defer it.db.itersMu.Unlock()
	it.freeLocked()
}

func (it *KeyIterator) freeLocked() {
	if it.it == nil {
		return
	}
	C.ferrite_iter_free(it.it)
	it.it = nil
	if it.db.iters != nil {
		delete(it.db.iters, it)
	}
}
