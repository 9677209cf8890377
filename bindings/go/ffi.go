package ferrite

// The glue the generated methods (commands_gen.go) call: arguments into C, results out of it.
//
// cgo's rules, and how they are kept:
//   - A single string or []byte argument is passed as a pointer into its Go memory, which holds
//     no Go pointers, for the duration of the call (ffiStr, ffiBytes).
//   - Several values (a variadic argument, the columns of a repeated block, an options struct)
//     are copied into C memory from an ffiArena, freed when the method returns: a C array of
//     ferrite_bytes pointing at Go memory would be Go memory holding Go pointers.
//   - Every result is copied into Go memory and released with ferrite_free; every error with
//     ferrite_error_free (ffiErr).

// #include <stdlib.h>
// #include "ferrite.h"
import "C"

import (
	"math"
	"time"
	"unsafe"
)

// ffiStr points at the bytes of s for the duration of a call (NULL for "").
func ffiStr(s string) *C.char {
	if len(s) == 0 {
		return nil
	}
	return (*C.char)(unsafe.Pointer(unsafe.StringData(s)))
}

// ffiBytes points at the bytes of b for the duration of a call (NULL for empty).
func ffiBytes(b []byte) *C.char {
	if len(b) == 0 {
		return nil
	}
	return (*C.char)(unsafe.Pointer(&b[0]))
}

// ffiArena is C memory for one call's arguments, released by free.
type ffiArena struct {
	blocks []unsafe.Pointer
}

// alloc returns size zeroed bytes of C memory.
func (a *ffiArena) alloc(size C.size_t) unsafe.Pointer {
	if size == 0 {
		size = 1
	}
	p := C.calloc(1, size)
	if p == nil {
		panic("ferrite: out of memory allocating call arguments")
	}
	a.blocks = append(a.blocks, p)
	return p
}

// free releases every block.
func (a *ffiArena) free() {
	for _, p := range a.blocks {
		C.free(p)
	}
	a.blocks = nil
}

// bytes copies b into C memory (never NULL, so an empty value is present, not absent).
func (a *ffiArena) bytes(b []byte) (*C.char, C.size_t) {
	p := a.alloc(C.size_t(len(b)))
	copy(unsafe.Slice((*byte)(p), len(b)), b)
	return (*C.char)(p), C.size_t(len(b))
}

// str copies s into C memory (never NULL).
func (a *ffiArena) str(s string) (*C.char, C.size_t) {
	p := a.alloc(C.size_t(len(s)))
	copy(unsafe.Slice((*byte)(p), len(s)), s)
	return (*C.char)(p), C.size_t(len(s))
}

// bytesArray copies xs into one C block: the ferrite_bytes array, then the data.
func (a *ffiArena) bytesArray(xs [][]byte) *C.ferrite_bytes {
	return copyByteStrings(a, xs)
}

// strsArray is bytesArray for strings.
func (a *ffiArena) strsArray(xs []string) *C.ferrite_bytes {
	return copyByteStrings(a, xs)
}

// copyByteStrings lays xs out in one block of a: the ferrite_bytes array, then the data.
func copyByteStrings[T ~string | ~[]byte](a *ffiArena, xs []T) *C.ferrite_bytes {
	if len(xs) == 0 {
		return nil
	}
	total := 0
	for _, x := range xs {
		total += len(x)
	}
	head := len(xs) * C.sizeof_ferrite_bytes
	base := a.alloc(C.size_t(head + total))
	array := unsafe.Slice((*C.ferrite_bytes)(base), len(xs))
	data := unsafe.Slice((*byte)(unsafe.Add(base, head)), total)
	off := 0
	for i, x := range xs {
		copy(data[off:], x)
		array[i].ptr = (*C.char)(unsafe.Add(base, head+off))
		array[i].len = C.size_t(len(x))
		off += len(x)
	}
	return &array[0]
}

// int64Array copies xs into C memory.
func (a *ffiArena) int64Array(xs []int64) *C.int64_t {
	return (*C.int64_t)(copyNumbers(a, xs))
}

// uint64Array copies xs into C memory.
func (a *ffiArena) uint64Array(xs []uint64) *C.uint64_t {
	return (*C.uint64_t)(copyNumbers(a, xs))
}

// float64Array copies xs into C memory.
func (a *ffiArena) float64Array(xs []float64) *C.double {
	return (*C.double)(copyNumbers(a, xs))
}

// copyNumbers copies xs into a block of a (nil for none); Go's int64, uint64 and float64 have
// the layout of C's int64_t, uint64_t and double.
func copyNumbers[T int64 | uint64 | float64](a *ffiArena, xs []T) unsafe.Pointer {
	if len(xs) == 0 {
		return nil
	}
	p := a.alloc(C.size_t(len(xs)) * C.size_t(unsafe.Sizeof(xs[0])))
	copy(unsafe.Slice((*T)(p), len(xs)), xs)
	return p
}

// ffiErr converts and releases a C error (nil for none).
func ffiErr(e *C.ferrite_error) error {
	if e == nil {
		return nil
	}
	defer C.ferrite_error_free(e)
	return &Error{
		Code:    ErrorCode(C.ferrite_error_code(e)),
		Message: C.GoString(C.ferrite_error_message(e)),
	}
}

// goBytes copies n bytes at p into a new (non-nil) slice.
func goBytes(p *C.char, n C.size_t) []byte {
	b := make([]byte, int(n))
	if n > 0 {
		copy(b, unsafe.Slice((*byte)(unsafe.Pointer(p)), int(n)))
	}
	return b
}

func ffiBool(r C.int, e *C.ferrite_error) (bool, error) {
	if err := ffiErr(e); err != nil {
		return false, err
	}
	return r == 1, nil
}

func ffiInt(r C.int64_t, e *C.ferrite_error) (int64, error) {
	if err := ffiErr(e); err != nil {
		return 0, err
	}
	return int64(r), nil
}

func ffiOptInt(r C.int, out C.int64_t, e *C.ferrite_error) (int64, bool, error) {
	if err := ffiErr(e); err != nil {
		return 0, false, err
	}
	if r != 1 {
		return 0, false, nil
	}
	return int64(out), true, nil
}

func ffiFloat(r C.double, e *C.ferrite_error) (float64, error) {
	if err := ffiErr(e); err != nil {
		return 0, err
	}
	return float64(r), nil
}

func ffiOptFloat(r C.int, out C.double, e *C.ferrite_error) (float64, bool, error) {
	if err := ffiErr(e); err != nil {
		return 0, false, err
	}
	if r != 1 {
		return 0, false, nil
	}
	return float64(out), true, nil
}

// ffiOptDuration is out units as a Duration (saturating at the largest Duration).
func ffiOptDuration(r C.int, out C.int64_t, unit time.Duration, e *C.ferrite_error) (time.Duration, bool, error) {
	if err := ffiErr(e); err != nil {
		return 0, false, err
	}
	if r != 1 {
		return 0, false, nil
	}
	n := int64(out)
	if n > math.MaxInt64/int64(unit) {
		return time.Duration(math.MaxInt64), true, nil
	}
	return time.Duration(n) * unit, true, nil
}

func ffiRetBytes(r *C.char, n C.size_t, e *C.ferrite_error) ([]byte, error) {
	if r != nil {
		defer C.ferrite_free(unsafe.Pointer(r))
	}
	if err := ffiErr(e); err != nil {
		return nil, err
	}
	if r == nil {
		return []byte{}, nil
	}
	return goBytes(r, n), nil
}

func ffiRetOptBytes(r *C.char, n C.size_t, e *C.ferrite_error) ([]byte, error) {
	if r != nil {
		defer C.ferrite_free(unsafe.Pointer(r))
	}
	if err := ffiErr(e); err != nil || r == nil {
		return nil, err
	}
	return goBytes(r, n), nil
}

func ffiRetOptString(r *C.char, n C.size_t, e *C.ferrite_error) (string, bool, error) {
	b, err := ffiRetOptBytes(r, n, e)
	return ffiOptString(b, err)
}

// ffiString is a bytes result as a string.
func ffiString(b []byte, err error) (string, error) {
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// ffiOptString is an optional bytes result as a string and whether it is present.
func ffiOptString(b []byte, err error) (string, bool, error) {
	if err != nil || b == nil {
		return "", false, err
	}
	return string(b), true, nil
}

// list runs f on a C list, then releases it; a NULL list gives nil.
func list[T any](l *C.ferrite_list, e *C.ferrite_error, f func(l *C.ferrite_list, n int) T) (T, error) {
	var zero T
	if l != nil {
		defer C.ferrite_free(unsafe.Pointer(l))
	}
	if err := ffiErr(e); err != nil || l == nil {
		return zero, err
	}
	return f(l, int(l.len)), nil
}

// column is a C column of n elements as a Go slice (nil when empty).
func column[T any](p *T, n int) []T {
	if n == 0 || p == nil {
		return nil
	}
	return unsafe.Slice(p, n)
}

func itemsOf(l *C.ferrite_list, n int) [][]byte {
	out := make([][]byte, n)
	for i, it := range column(l.items, n) {
		if it.ptr != nil {
			out[i] = goBytes(it.ptr, it.len)
		}
	}
	return out
}

// ffiItems is a list of byte strings (elements nil where the reply has nil).
func ffiItems(l *C.ferrite_list, e *C.ferrite_error) ([][]byte, error) {
	items, err := list(l, e, itemsOf)
	if err == nil && items == nil {
		items = [][]byte{}
	}
	return items, err
}

// ffiOptItems is a list of byte strings, or nil for a nil reply.
func ffiOptItems(l *C.ferrite_list, e *C.ferrite_error) ([][]byte, error) {
	return list(l, e, itemsOf)
}

func ffiMap(l *C.ferrite_list, e *C.ferrite_error) (map[string][]byte, error) {
	m, err := list(l, e, func(l *C.ferrite_list, n int) map[string][]byte {
		m := make(map[string][]byte, n)
		values := column(l.values, n)
		for i, it := range column(l.items, n) {
			m[string(goBytes(it.ptr, it.len))] = goBytes(values[i].ptr, values[i].len)
		}
		return m
	})
	if err == nil && m == nil {
		m = map[string][]byte{}
	}
	return m, err
}

func ffiScored(l *C.ferrite_list, e *C.ferrite_error) ([]ScoredMember, error) {
	s, err := list(l, e, func(l *C.ferrite_list, n int) []ScoredMember {
		out := make([]ScoredMember, n)
		scores := column(l.scores, n)
		for i, it := range column(l.items, n) {
			out[i] = ScoredMember{Member: goBytes(it.ptr, it.len), Score: float64(scores[i])}
		}
		return out
	})
	if err == nil && s == nil {
		s = []ScoredMember{}
	}
	return s, err
}

func ffiBools(l *C.ferrite_list, e *C.ferrite_error) ([]bool, error) {
	b, err := list(l, e, func(l *C.ferrite_list, n int) []bool {
		out := make([]bool, n)
		for i, v := range column(l.integers, n) {
			out[i] = v != 0
		}
		return out
	})
	if err == nil && b == nil {
		b = []bool{}
	}
	return b, err
}

func ffiInts(l *C.ferrite_list, e *C.ferrite_error) ([]int64, error) {
	v, err := list(l, e, func(l *C.ferrite_list, n int) []int64 {
		out := make([]int64, n)
		for i, v := range column(l.integers, n) {
			out[i] = int64(v)
		}
		return out
	})
	if err == nil && v == nil {
		v = []int64{}
	}
	return v, err
}

// ffiOptFloats is a list of scores, nil where the reply has nil.
func ffiOptFloats(l *C.ferrite_list, e *C.ferrite_error) ([]*float64, error) {
	v, err := list(l, e, func(l *C.ferrite_list, n int) []*float64 {
		out := make([]*float64, n)
		present := column(l.integers, n)
		for i, s := range column(l.scores, n) {
			if present[i] != 0 {
				f := float64(s)
				out[i] = &f
			}
		}
		return out
	})
	if err == nil && v == nil {
		v = []*float64{}
	}
	return v, err
}

// ffiPage is one SCAN page: the next cursor (0 when done) and the keys.
func ffiPage(l *C.ferrite_list, e *C.ferrite_error) (uint64, [][]byte, error) {
	var cursor uint64
	items, err := list(l, e, func(l *C.ferrite_list, n int) [][]byte {
		cursor = uint64(l.cursor)
		return itemsOf(l, n)
	})
	if err == nil && items == nil {
		items = [][]byte{}
	}
	return cursor, items, err
}

func ffiKeyType(r C.ferrite_type, e *C.ferrite_error) (KeyType, error) {
	if err := ffiErr(e); err != nil {
		return TypeNone, err
	}
	return KeyType(r), nil
}

// ffiReply converts and releases a reply tree.
func ffiReply(r *C.ferrite_reply, e *C.ferrite_error) (Reply, error) {
	if r != nil {
		defer C.ferrite_free(unsafe.Pointer(r))
	}
	if err := ffiErr(e); err != nil || r == nil {
		return Reply{}, err
	}
	return replyOf(r), nil
}

func replyOf(r *C.ferrite_reply) Reply {
	out := Reply{Kind: ReplyKind(r._type)}
	switch out.Kind {
	case ReplyInteger:
		out.Integer = int64(r.integer)
	case ReplyStatus, ReplyBulk:
		out.Bytes = goBytes(r.str, r.len)
	case ReplyArray:
		elements := column(r.elements, int(r.count))
		out.Array = make([]Reply, len(elements))
		for i := range elements {
			out.Array[i] = replyOf(&elements[i])
		}
	}
	return out
}
