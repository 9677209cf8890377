// Package ferrite is Ferrite Embedded for Go: Redis data structures in-process, on disk or in
// memory, with no server. It calls the C API (generated/c/ferrite.h) of the static library
// libferrite.a through cgo.
//
// Every command of the table has a method on *DB and the same method on *Tx (commands_gen.go,
// generated from commands.yaml): db.Set, db.SetEx, db.HGetAll, db.ZRangeWithScores, ...
// Keys are strings, values []byte; each method returning bytes also has a String variant.
// Errors are *Error values matched with errors.Is against ErrWrongType, ErrClosed, ...
//
//	db, err := ferrite.Open("./app.ferrite")
//	if err != nil {
//		log.Fatal(err)
//	}
//	defer db.Close()
//	err = db.Set("greeting", []byte("hello"))
//	v, err := db.GetString("greeting")
//
// A *DB is safe for concurrent use by any number of goroutines. See README.md for the
// conventions, transactions, iteration and how the library is linked.
package ferrite

// #cgo CFLAGS: -I${SRCDIR}/../../generated/c
// #include <stdlib.h>
// #include "ferrite.h"
import "C"

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
	"unsafe"
)

// DB is an open database: a directory on disk, or memory only. It is safe for concurrent use.
// Close it when done; a DB that becomes unreachable without Close is closed by a finalizer at
// some later time (like an *os.File), which releases its directory only then.
type DB struct {
	// mu is held shared by every call into the library and exclusively by Close, so Close waits
	// for calls in flight and no call uses a freed handle.
	mu sync.RWMutex
	// h is the C handle; nil once closed.
	h *C.ferrite_db
	// itersMu guards iters, the live iterators, which Close frees before the handle.
	itersMu sync.Mutex
	iters   map[*KeyIterator]struct{}
}

// SyncMode says when a write is durable.
type SyncMode int

const (
	// SyncNone: fsync only at Sync, snapshots and Close.
	SyncNone SyncMode = C.FERRITE_SYNC_NONE
	// SyncNormal: fsync in the background within SyncWindow, and at a transaction commit and
	// Sync (the default).
	SyncNormal SyncMode = C.FERRITE_SYNC_NORMAL
	// SyncFull: a write returns only once it is on disk (concurrent writers share one fsync).
	SyncFull SyncMode = C.FERRITE_SYNC_FULL
)

// Config configures OpenWithConfig. Start from DefaultConfig: its zero value is not a useful
// configuration (it would turn the write-ahead log off).
type Config struct {
	// Path is the database directory; "" opens an in-memory database.
	Path string
	// MemoryLimit is the bytes of data before writes fail with ErrOOM (0: no limit).
	MemoryLimit uint64
	// WALEnabled sends every write to the write-ahead log (else an on-disk database is written
	// only as snapshots, at Sync and Close).
	WALEnabled bool
	// SyncMode says when a write is durable.
	SyncMode SyncMode
	// NumDatabases is the number of logical databases (SELECT 0..n-1, WithDB).
	NumDatabases uint32
	// SyncWindow is SyncNormal's window.
	SyncWindow time.Duration
	// SnapshotThreshold is the log size in bytes that triggers a snapshot.
	SnapshotThreshold uint64
	// Salvage opens a damaged database by keeping what is intact.
	Salvage bool
}

// DefaultConfig returns the defaults, with the FERRITE_SYNC_MODE, FERRITE_MEMORY_LIMIT and
// FERRITE_LOG environment variables applied (an invalid one is an error naming it).
func DefaultConfig() (Config, error) {
	var c C.ferrite_config
	var e *C.ferrite_error
	C.ferrite_config_init(&c, &e)
	if err := ffiErr(e); err != nil {
		return Config{}, err
	}
	return Config{
		MemoryLimit:       uint64(c.memory_limit),
		WALEnabled:        bool(c.wal_enabled),
		SyncMode:          SyncMode(c.sync_mode),
		NumDatabases:      uint32(c.num_databases),
		SyncWindow:        time.Duration(c.sync_window_ms) * time.Millisecond,
		SnapshotThreshold: uint64(c.snapshot_threshold),
		Salvage:           bool(c.salvage),
	}, nil
}

// Open opens (or creates) the database in directory path, with the default configuration and
// the FERRITE_* environment variables. Another handle or process holding the directory makes it
// fail with an error matching ErrLocked.
func Open(path string) (*DB, error) {
	cpath, err := cPath(path)
	if err != nil {
		return nil, err
	}
	defer C.free(unsafe.Pointer(cpath))
	var e *C.ferrite_error
	h := C.ferrite_open(cpath, &e)
	return newDB(h, e)
}

// Memory opens a new, empty in-memory database.
func Memory() (*DB, error) {
	var e *C.ferrite_error
	h := C.ferrite_open_memory(&e)
	return newDB(h, e)
}

// OpenWithConfig opens a database configured by cfg (taken as given: the environment is read
// by DefaultConfig, not here).
func OpenWithConfig(cfg Config) (*DB, error) {
	c := (*C.ferrite_config)(C.calloc(1, C.sizeof_ferrite_config))
	if c == nil {
		return nil, &Error{Code: CodeOOM, Message: "OOM out of memory"}
	}
	defer C.free(unsafe.Pointer(c))
	if cfg.Path != "" {
		cpath, err := cPath(cfg.Path)
		if err != nil {
			return nil, err
		}
		defer C.free(unsafe.Pointer(cpath))
		c.path = cpath
	}
	c.memory_limit = C.uint64_t(cfg.MemoryLimit)
	c.wal_enabled = C.bool(cfg.WALEnabled)
	c.sync_mode = C.ferrite_sync_mode(cfg.SyncMode)
	c.num_databases = C.uint32_t(cfg.NumDatabases)
	c.sync_window_ms = C.uint64_t(cfg.SyncWindow / time.Millisecond)
	c.snapshot_threshold = C.uint64_t(cfg.SnapshotThreshold)
	c.salvage = C.bool(cfg.Salvage)
	var e *C.ferrite_error
	h := C.ferrite_open_with_config(c, &e)
	return newDB(h, e)
}

// cPath is path as a C string to free with C.free.
func cPath(path string) (*C.char, error) {
	if strings.IndexByte(path, 0) >= 0 {
		return nil, &Error{Code: CodeInvalid, Message: "INVALID the path contains a NUL byte"}
	}
	return C.CString(path), nil
}

func newDB(h *C.ferrite_db, e *C.ferrite_error) (*DB, error) {
	if err := libraryMatches(); err != nil {
		if h != nil {
			C.ferrite_db_free(h)
		}
		if e != nil {
			C.ferrite_error_free(e)
		}
		return nil, err
	}
	if err := ffiErr(e); err != nil {
		if h != nil {
			C.ferrite_db_free(h)
		}
		return nil, err
	}
	db := &DB{h: h, iters: map[*KeyIterator]struct{}{}}
	runtime.SetFinalizer(db, (*DB).finalize)
	return db, nil
}

// libraryMatches reports whether the linked libferrite.a was built from the same commands.yaml
// as this package's generated code (a stale library would call functions with other signatures).
func libraryMatches() error {
	if lib := uint64(C.ferrite_model_hash()); lib != ModelHash {
		return &Error{Code: CodeMisuse, Message: fmt.Sprintf(
			"MISUSE libferrite.a was built from another commands.yaml (model hash %#x) than this Go package (%#x); rebuild it with `cargo build --release -p ferrite-c`",
			lib, ModelHash)}
	}
	return nil
}

// finalize closes a DB that was dropped without Close.
func (db *DB) finalize() {
	_ = db.Close()
}

// closedError is the error of a call on a closed DB (the text the C API gives).
func closedError() error {
	return &Error{Code: CodeClosed, Message: "CLOSED the database handle is closed"}
}

// acquire returns the C handle, held open until release (which must follow when err is nil).
func (db *DB) acquire() (*C.ferrite_db, error) {
	if db == nil {
		return nil, &Error{Code: CodeMisuse, Message: "MISUSE the database handle is nil"}
	}
	db.mu.RLock()
	if db.h == nil {
		db.mu.RUnlock()
		return nil, closedError()
	}
	return db.h, nil
}

// release ends what acquire began.
func (db *DB) release() {
	db.mu.RUnlock()
}

// Close closes the database: a final snapshot, everything durable, the directory released. It
// waits for calls in flight on other goroutines and frees the DB's open iterators. Every later
// call, including a second Close, fails with an error matching ErrClosed. Do not call it from
// inside a Transaction function on the same DB (it would wait for that transaction forever).
func (db *DB) Close() error {
	if db == nil {
		return &Error{Code: CodeMisuse, Message: "MISUSE the database handle is nil"}
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.h == nil {
		return &Error{Code: CodeClosed, Message: "CLOSED the database handle is already closed"}
	}
	h := db.h
	db.h = nil
	runtime.SetFinalizer(db, nil)
	db.itersMu.Lock()
	for it := range db.iters {
		C.ferrite_iter_free(it.it)
		it.it = nil
		if it.err == nil {
			it.err = closedError()
		}
	}
	db.iters = nil
	db.itersMu.Unlock()
	var e *C.ferrite_error
	C.ferrite_close(h, &e)
	C.ferrite_db_free(h)
	return ffiErr(e)
}

// WithDB returns a second handle on the same data with logical database index selected (like
// SELECT). Close each handle; the files close with the last one.
func (db *DB) WithDB(index uint32) (*DB, error) {
	h, err := db.acquire()
	if err != nil {
		return nil, err
	}
	defer db.release()
	var e *C.ferrite_error
	nh := C.ferrite_with_db(h, C.uint32_t(index), &e)
	return newDB(nh, e)
}

// Sync makes every write so far durable, whatever the sync mode.
func (db *DB) Sync() error {
	h, err := db.acquire()
	if err != nil {
		return err
	}
	defer db.release()
	var e *C.ferrite_error
	C.ferrite_sync(h, &e)
	return ffiErr(e)
}

// Snapshot writes a snapshot of the whole database now.
func (db *DB) Snapshot() error {
	h, err := db.acquire()
	if err != nil {
		return err
	}
	defer db.release()
	var e *C.ferrite_error
	C.ferrite_snapshot(h, &e)
	return ffiErr(e)
}

// Stats are statistics of an open database.
type Stats struct {
	// Keys is the number of live keys in all logical databases.
	Keys uint64
	// KeysSelected is the number of live keys in this handle's logical database.
	KeysSelected uint64
	// MemoryUsed is the memory accounted to keys and values, in bytes.
	MemoryUsed uint64
	// MemoryLimit is the configured limit (0: none).
	MemoryLimit uint64
	// WALBytes is the size of the write-ahead log.
	WALBytes uint64
	// SnapshotBytes is the size of the newest snapshot.
	SnapshotBytes uint64
	// LastSync is when the log was last fsynced (zero: never, or in memory).
	LastSync time.Time
	// Snapshots is the number of snapshots taken.
	Snapshots uint64
	// CommandsProcessed is the number of commands run.
	CommandsProcessed uint64
	// ExpiredKeys is the number of keys removed because they expired.
	ExpiredKeys uint64
}

// Stats returns the database's statistics.
func (db *DB) Stats() (Stats, error) {
	h, err := db.acquire()
	if err != nil {
		return Stats{}, err
	}
	defer db.release()
	var s C.ferrite_stats
	var e *C.ferrite_error
	C.ferrite_stats_get(h, &s, &e)
	if err := ffiErr(e); err != nil {
		return Stats{}, err
	}
	var last time.Time
	if s.last_sync_unix_ms != 0 {
		last = time.UnixMilli(int64(s.last_sync_unix_ms))
	}
	return Stats{
		Keys:              uint64(s.keys),
		KeysSelected:      uint64(s.keys_selected),
		MemoryUsed:        uint64(s.memory_used),
		MemoryLimit:       uint64(s.memory_limit),
		WALBytes:          uint64(s.wal_bytes),
		SnapshotBytes:     uint64(s.snapshot_bytes),
		LastSync:          last,
		Snapshots:         uint64(s.snapshots),
		CommandsProcessed: uint64(s.commands_processed),
		ExpiredKeys:       uint64(s.expired_keys),
	}, nil
}

// Execute runs a command given as its arguments, as redis-cli would send them
// (db.Execute("SET", "k", "v", "EX", "10")), parsed exactly as Redis parses them. A Redis error
// reply is returned as the error.
func (db *DB) Execute(args ...string) (Reply, error) {
	h, err := db.acquire()
	if err != nil {
		return Reply{}, err
	}
	defer db.release()
	a := ffiArena{}
	defer a.free()
	var e *C.ferrite_error
	r := C.ferrite_execute(h, a.strsArray(args), C.size_t(len(args)), &e)
	return ffiReply(r, e)
}
