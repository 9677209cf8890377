package ferrite

// Runs the table's examples (examples_gen_test.go, generated from commands.yaml into
// generated/go/examples_test.go) through DB.Execute, each on a fresh in-memory database, as
// bindings/rust/tests/examples.rs does for Rust.

import (
	"bytes"
	"sort"
	"testing"
)

// tableExample is one example of commands.yaml.
type tableExample struct {
	name string
	// skip says why the example cannot run yet ("": it runs).
	skip  string
	setup [][]string
	argv  []string
	// reply is the expected reply when err is "".
	reply Reply
	// err is the expected error text, exactly.
	err string
	// unordered compares arrays as multisets.
	unordered bool
}

func rNil() Reply                 { return Reply{Kind: ReplyNil} }
func rStatus(s string) Reply      { return Reply{Kind: ReplyStatus, Bytes: []byte(s)} }
func rInt(n int64) Reply          { return Reply{Kind: ReplyInteger, Integer: n} }
func rBulk(s string) Reply        { return Reply{Kind: ReplyBulk, Bytes: []byte(s)} }
func rArray(items ...Reply) Reply { return Reply{Kind: ReplyArray, Array: append([]Reply{}, items...)} }

// replyEqual compares two replies exactly (a nil and an empty Bytes are equal).
func replyEqual(a, b Reply) bool {
	if a.Kind != b.Kind || a.Integer != b.Integer || !bytes.Equal(a.Bytes, b.Bytes) ||
		len(a.Array) != len(b.Array) {
		return false
	}
	for i := range a.Array {
		if !replyEqual(a.Array[i], b.Array[i]) {
			return false
		}
	}
	return true
}

// sortedReply is r with every array sorted, recursively.
func sortedReply(r Reply) Reply {
	if r.Kind != ReplyArray {
		return r
	}
	items := make([]Reply, len(r.Array))
	for i, item := range r.Array {
		items[i] = sortedReply(item)
	}
	sort.Slice(items, func(i, j int) bool { return items[i].String() < items[j].String() })
	return Reply{Kind: ReplyArray, Array: items}
}

func TestExamples(t *testing.T) {
	if len(tableExamples) < 100 {
		t.Fatalf("only %d examples generated", len(tableExamples))
	}
	for _, ex := range tableExamples {
		ex := ex
		t.Run(ex.name, func(t *testing.T) {
			if ex.skip != "" {
				t.Skip(ex.skip)
			}
			db, err := Memory()
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			for _, cmd := range ex.setup {
				if _, err := db.Execute(cmd...); err != nil {
					t.Fatalf("setup %q failed: %v", cmd, err)
				}
			}
			got, err := db.Execute(ex.argv...)
			if ex.err != "" {
				if err == nil {
					t.Fatalf("%q: got %v, want the error %q", ex.argv, got, ex.err)
				}
				if err.Error() != ex.err {
					t.Fatalf("%q: got the error %q, want %q", ex.argv, err.Error(), ex.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("%q: got the error %q, want %v", ex.argv, err, ex.reply)
			}
			want := ex.reply
			if ex.unordered {
				got, want = sortedReply(got), sortedReply(want)
			}
			if !replyEqual(got, want) {
				t.Fatalf("%q: got %v, want %v", ex.argv, got, want)
			}
		})
	}
}
