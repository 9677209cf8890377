package ferrite

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

func memory(t *testing.T) *DB {
	t.Helper()
	db, err := Memory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

func check(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func sortedStrings(items [][]byte) []string {
	out := make([]string, len(items))
	for i, item := range items {
		out[i] = string(item)
	}
	sort.Strings(out)
	return out
}

func TestStrings(t *testing.T) {
	db := memory(t)
	check(t, db.Set("k", []byte("v")))
	v, err := db.Get("k")
	check(t, err)
	if string(v) != "v" {
		t.Fatalf("Get = %q", v)
	}
	s, ok, err := db.GetString("k")
	if err != nil || !ok || s != "v" {
		t.Fatalf("GetString = %q, %v, %v", s, ok, err)
	}
	// Missing: nil, and ok false.
	v, err = db.Get("missing")
	if err != nil || v != nil {
		t.Fatalf("Get(missing) = %#v, %v", v, err)
	}
	if s, ok, err := db.GetString("missing"); err != nil || ok || s != "" {
		t.Fatalf("GetString(missing) = %q, %v, %v", s, ok, err)
	}
	// Empty is not nil.
	check(t, db.Set("empty", nil))
	v, err = db.Get("empty")
	if err != nil || v == nil || len(v) != 0 {
		t.Fatalf("Get(empty) = %#v, %v", v, err)
	}
	// Binary keys and values, NUL bytes included.
	key := "bin\x00key\xff"
	value := []byte{0, 1, 2, 0, 255, 0}
	check(t, db.Set(key, value))
	v, err = db.Get(key)
	if err != nil || !bytes.Equal(v, value) {
		t.Fatalf("Get(binary) = %v, %v", v, err)
	}
	if n, err := db.StrLen(key); err != nil || n != int64(len(value)) {
		t.Fatalf("StrLen = %d, %v", n, err)
	}
	// Integers.
	n, err := db.Incr("counter")
	if err != nil || n != 1 {
		t.Fatalf("Incr = %d, %v", n, err)
	}
	n, err = db.IncrBy("counter", 41)
	if err != nil || n != 42 {
		t.Fatalf("IncrBy = %d, %v", n, err)
	}
	f, err := db.IncrByFloat("float", 1.5)
	if err != nil || f != 1.5 {
		t.Fatalf("IncrByFloat = %v, %v", f, err)
	}
	// Conditional sets.
	set, err := db.SetNX("k", []byte("other"))
	if err != nil || set {
		t.Fatalf("SetNX on an existing key = %v, %v", set, err)
	}
	set, err = db.SetNX("fresh", []byte("1"))
	if err != nil || !set {
		t.Fatalf("SetNX on a new key = %v, %v", set, err)
	}
	// GetRange returns bytes, and a String variant.
	r, err := db.GetRangeString("k", 0, -1)
	if err != nil || r != "v" {
		t.Fatalf("GetRangeString = %q, %v", r, err)
	}
	// MSet/MGet: a repeated block in, a list with nils out.
	check(t, db.MSet(KeyValue{Key: "a", Value: []byte("1")}, KeyValue{Key: "b", Value: []byte("")}))
	got, err := db.MGet("a", "b", "nope")
	check(t, err)
	if len(got) != 3 || string(got[0]) != "1" || got[1] == nil || len(got[1]) != 0 || got[2] != nil {
		t.Fatalf("MGet = %#v", got)
	}
}

func TestExpiry(t *testing.T) {
	db := memory(t)
	check(t, db.SetEx("session", []byte("token"), time.Hour))
	ttl, ok, err := db.TTL("session")
	if err != nil || !ok || ttl <= 3590*time.Second || ttl > time.Hour {
		t.Fatalf("TTL = %v, %v, %v", ttl, ok, err)
	}
	pttl, ok, err := db.PTTL("session")
	if err != nil || !ok || pttl <= 3590*time.Second || pttl > time.Hour {
		t.Fatalf("PTTL = %v, %v, %v", pttl, ok, err)
	}
	// No deadline, and no key: not ok.
	check(t, db.Set("forever", []byte("x")))
	if _, ok, err := db.TTL("forever"); err != nil || ok {
		t.Fatalf("TTL(forever) = %v, %v", ok, err)
	}
	if _, ok, err := db.TTL("missing"); err != nil || ok {
		t.Fatalf("TTL(missing) = %v, %v", ok, err)
	}
	// A point in time.
	set, err := db.ExpireAt("forever", time.Now().Add(time.Minute))
	if err != nil || !set {
		t.Fatalf("ExpireAt = %v, %v", set, err)
	}
	at, err := db.ExpireTime("forever")
	if err != nil || at < time.Now().Unix() || at > time.Now().Add(2*time.Minute).Unix() {
		t.Fatalf("ExpireTime = %v, %v", at, err)
	}
	// A past deadline deletes the key.
	check(t, db.SetEx("short", []byte("x"), 30*time.Millisecond))
	time.Sleep(60 * time.Millisecond)
	if v, err := db.Get("short"); err != nil || v != nil {
		t.Fatalf("Get(expired) = %q, %v", v, err)
	}
	// A negative duration is Redis's error.
	err = db.SetEx("k", []byte("v"), -time.Second)
	if err == nil || err.Error() != "ERR invalid expire time in 'set' command" {
		t.Fatalf("SetEx(-1s) = %v", err)
	}
}

func TestHashesListsSets(t *testing.T) {
	db := memory(t)
	isNew, err := db.HSet("user:1", []byte("name"), []byte("Alice"))
	if err != nil || !isNew {
		t.Fatalf("HSet = %v, %v", isNew, err)
	}
	added, err := db.HSetMultiple("user:1",
		FieldValue{Field: []byte("email"), Value: []byte("a@example.com")},
		FieldValue{Field: []byte("name"), Value: []byte("Alicia")})
	if err != nil || added != 1 {
		t.Fatalf("HSetMultiple = %v, %v", added, err)
	}
	all, err := db.HGetAll("user:1")
	check(t, err)
	if len(all) != 2 || string(all["name"]) != "Alicia" || string(all["email"]) != "a@example.com" {
		t.Fatalf("HGetAll = %q", all)
	}
	if name, ok, err := db.HGetString("user:1", []byte("name")); err != nil || !ok || name != "Alicia" {
		t.Fatalf("HGetString = %q, %v, %v", name, ok, err)
	}
	if m, err := db.HGetAll("missing"); err != nil || m == nil || len(m) != 0 {
		t.Fatalf("HGetAll(missing) = %#v, %v", m, err)
	}

	n, err := db.LPush("list", []byte("c"), []byte("b"), []byte("a"))
	if err != nil || n != 3 {
		t.Fatalf("LPush = %v, %v", n, err)
	}
	items, err := db.LRange("list", 0, -1)
	check(t, err)
	if fmt.Sprintf("%s", items) != "[a b c]" {
		t.Fatalf("LRange = %s", items)
	}
	idx, ok, err := db.LPos("list", []byte("b"))
	if err != nil || !ok || idx != 1 {
		t.Fatalf("LPos = %v, %v, %v", idx, ok, err)
	}
	if _, ok, err := db.LPos("list", []byte("zzz")); err != nil || ok {
		t.Fatalf("LPos(missing) = %v, %v", ok, err)
	}
	popped, err := db.LPopCount("list", 2)
	if err != nil || fmt.Sprintf("%s", popped) != "[a b]" {
		t.Fatalf("LPopCount = %s, %v", popped, err)
	}
	if popped, err := db.LPopCount("missing", 2); err != nil || popped != nil {
		t.Fatalf("LPopCount(missing) = %#v, %v", popped, err)
	}
	if s, ok, err := db.RPopString("list"); err != nil || !ok || s != "c" {
		t.Fatalf("RPopString = %q, %v, %v", s, ok, err)
	}

	if n, err := db.SAdd("set", []byte("x"), []byte("y"), []byte("x")); err != nil || n != 2 {
		t.Fatalf("SAdd = %v, %v", n, err)
	}
	members, err := db.SMembers("set")
	check(t, err)
	if fmt.Sprint(sortedStrings(members)) != "[x y]" {
		t.Fatalf("SMembers = %s", members)
	}
	flags, err := db.SMIsMember("set", []byte("x"), []byte("nope"))
	if err != nil || len(flags) != 2 || !flags[0] || flags[1] {
		t.Fatalf("SMIsMember = %v, %v", flags, err)
	}
	if typ, err := db.Type("set"); err != nil || typ != TypeSet || typ.String() != "set" {
		t.Fatalf("Type = %v, %v", typ, err)
	}
	if typ, err := db.Type("missing"); err != nil || typ != TypeNone {
		t.Fatalf("Type(missing) = %v, %v", typ, err)
	}
	if n, err := db.Del("set", "list", "missing"); err != nil || n != 1 {
		t.Fatalf("Del = %v, %v", n, err)
	}
	if n, err := db.Exists("set", "user:1"); err != nil || n != 1 {
		t.Fatalf("Exists = %v, %v", n, err)
	}
	pos, err := db.LInsert("nolist", InsertPositionBEFORE, []byte("a"), []byte("b"))
	if err != nil || pos != 0 {
		t.Fatalf("LInsert = %v, %v", pos, err)
	}
}

func TestSortedSets(t *testing.T) {
	db := memory(t)
	n, err := db.ZAdd("board", ScoreMember{Score: 100, Member: []byte("alice")},
		ScoreMember{Score: 95, Member: []byte("bob")})
	if err != nil || n != 2 {
		t.Fatalf("ZAdd = %v, %v", n, err)
	}
	top, err := db.ZRangeWithScores("board", 0, -1)
	check(t, err)
	if len(top) != 2 || string(top[0].Member) != "bob" || top[0].Score != 95 || top[1].Score != 100 {
		t.Fatalf("ZRangeWithScores = %+v", top)
	}
	score, ok, err := db.ZScore("board", []byte("alice"))
	if err != nil || !ok || score != 100 {
		t.Fatalf("ZScore = %v, %v, %v", score, ok, err)
	}
	if _, ok, err := db.ZScore("board", []byte("carol")); err != nil || ok {
		t.Fatalf("ZScore(missing) = %v, %v", ok, err)
	}
	scores, err := db.ZMScore("board", []byte("bob"), []byte("carol"))
	if err != nil || len(scores) != 2 || scores[0] == nil || *scores[0] != 95 || scores[1] != nil {
		t.Fatalf("ZMScore = %v, %v", scores, err)
	}
	incr, err := db.ZAddIncr("board", 5, []byte("bob"))
	if err != nil || incr != 100 {
		t.Fatalf("ZAddIncr = %v, %v", incr, err)
	}
	rank, ok, err := db.ZRank("board", []byte("alice"))
	if err != nil || !ok || rank != 0 {
		t.Fatalf("ZRank = %v, %v, %v", rank, ok, err)
	}
	inRange, err := db.ZRangeByScore("board", "(99", "+inf")
	if err != nil || len(inRange) != 2 {
		t.Fatalf("ZRangeByScore = %s, %v", inRange, err)
	}
	// Options: the zero value sets nothing; a block is a pointer to its member struct.
	reply, err := db.ZRangeWith("board", []byte("-inf"), []byte("+inf"), ZRangeOptions{
		By: ZRangeByBYSCORE, Limit: &OffsetCount{Offset: 1, Count: 5}, Withscores: true})
	check(t, err)
	if reply.String() != `["bob", "100"]` && reply.String() != `["alice", "100"]` {
		t.Fatalf("ZRangeWith = %v", reply)
	}
	if ZRangeByBYSCORE.String() != "BYSCORE" {
		t.Fatalf("enum String = %q", ZRangeByBYSCORE.String())
	}
}

func TestOptionsAndReplies(t *testing.T) {
	db := memory(t)
	reply, err := db.SetWith("k", []byte("v1"), SetOptions{})
	if err != nil || reply.Kind != ReplyStatus || reply.Text() != "OK" {
		t.Fatalf("SetWith{} = %v, %v", reply, err)
	}
	reply, err = db.SetWith("k", []byte("v2"), SetOptions{Get: true, Expiration: SetExpirationEX, ExpirationValue: 100})
	if err != nil || reply.Kind != ReplyBulk || reply.Text() != "v1" {
		t.Fatalf("SetWith{Get, EX} = %v, %v", reply, err)
	}
	reply, err = db.SetWith("k", []byte("v3"), SetOptions{Condition: SetConditionNX})
	if err != nil || !reply.IsNil() {
		t.Fatalf("SetWith{NX} = %v, %v", reply, err)
	}
	count := int64(2)
	reply, err = db.LPopWith("missing", LPopOptions{Count: &count})
	if err != nil || !reply.IsNil() {
		t.Fatalf("LPopWith = %v, %v", reply, err)
	}
	for i := 0; i < 30; i++ {
		check(t, db.Set(fmt.Sprintf("user:%d", i), []byte("x")))
	}
	pattern := "user:1*"
	var keys []string
	cursor := uint64(0)
	for {
		next, page, err := db.ScanWith(cursor, ScanOptions{Pattern: &pattern, Count: &count})
		check(t, err)
		for _, k := range page {
			keys = append(keys, string(k))
		}
		if next == 0 {
			break
		}
		cursor = next
	}
	sort.Strings(keys)
	if len(keys) != 11 || keys[0] != "user:1" {
		t.Fatalf("ScanWith = %v", keys)
	}
	// Execute: the string-level entry point.
	reply, err = db.Execute("SET", "e", "v", "NX", "EX", "10")
	if err != nil || reply.String() != "OK" {
		t.Fatalf("Execute = %v, %v", reply, err)
	}
	reply, err = db.Execute("MGET", "e", "nope")
	if err != nil || reply.String() != `["v", (nil)]` {
		t.Fatalf("Execute(MGET) = %v, %v", reply, err)
	}
}

func TestErrors(t *testing.T) {
	db := memory(t)
	check(t, db.Set("s", []byte("x")))
	_, err := db.LPush("s", []byte("y"))
	if err == nil || err.Error() != "WRONGTYPE Operation against a key holding the wrong kind of value" {
		t.Fatalf("LPush on a string = %v", err)
	}
	if !errors.Is(err, ErrWrongType) || errors.Is(err, ErrGeneric) {
		t.Fatalf("errors.Is(%v, ErrWrongType) is false", err)
	}
	var fe *Error
	if !errors.As(err, &fe) || fe.Code != CodeWrongType || fe.Code.String() != "WRONGTYPE" {
		t.Fatalf("errors.As = %+v", fe)
	}
	_, err = db.Incr("s")
	if err == nil || err.Error() != "ERR value is not an integer or out of range" || !errors.Is(err, ErrGeneric) {
		t.Fatalf("Incr on text = %v", err)
	}
	_, err = db.Execute("NOSUCH", "x")
	if err == nil || !strings.HasPrefix(err.Error(), "ERR unknown command") {
		t.Fatalf("Execute(NOSUCH) = %v", err)
	}
	_, err = db.Execute()
	if err == nil {
		t.Fatal("Execute() succeeded")
	}
	// A bad enum value comes back from the C side as INVALID.
	_, err = db.LInsert("l", InsertPosition(99), []byte("a"), []byte("b"))
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("LInsert(bad enum) = %v", err)
	}
	// Empty variadic arguments are Redis's arity error, not a crash.
	_, err = db.Del()
	if err == nil || err.Error() != "ERR wrong number of arguments for 'del' command" {
		t.Fatalf("Del() = %v", err)
	}
}

// TestLibraryPanic: a panic inside the library (its test failpoint) is an ErrInternal error,
// the database stays usable, and one inside a transaction's command rolls the transaction back.
func TestLibraryPanic(t *testing.T) {
	db := memory(t)
	defer failNext("")
	check(t, db.Set("k", []byte("v")))
	failNext("ferrite_get")
	_, err := db.Get("k")
	if !errors.Is(err, ErrInternal) || !strings.HasPrefix(err.Error(), "INTERNAL ") {
		t.Fatalf("Get with the failpoint = %v", err)
	}
	if v, _, err := db.GetString("k"); err != nil || v != "v" {
		t.Fatalf("Get after the failpoint = %q, %v", v, err)
	}
	err = db.Transaction(func(tx *Tx) error {
		if err := tx.Set("k", []byte("changed")); err != nil {
			return err
		}
		failNext("ferrite_tx_incr")
		_, err := tx.Incr("n")
		return err
	})
	if !errors.Is(err, ErrInternal) {
		t.Fatalf("Transaction with the failpoint = %v", err)
	}
	if v, _, _ := db.GetString("k"); v != "v" {
		t.Fatalf("k = %q, want the rollback", v)
	}
	failNext("ferrite_transaction")
	if err := db.Transaction(func(tx *Tx) error { return nil }); !errors.Is(err, ErrInternal) {
		t.Fatalf("Transaction with its failpoint = %v", err)
	}
}

func TestClosed(t *testing.T) {
	db, err := Memory()
	check(t, err)
	check(t, db.Set("k", []byte("v")))
	it := db.ScanIter("")
	check(t, db.Close())
	err = db.Close()
	if !errors.Is(err, ErrClosed) {
		t.Fatalf("second Close = %v", err)
	}
	if _, err := db.Get("k"); !errors.Is(err, ErrClosed) {
		t.Fatalf("Get after Close = %v", err)
	}
	if err := db.Set("k", []byte("v")); !errors.Is(err, ErrClosed) {
		t.Fatalf("Set after Close = %v", err)
	}
	if _, err := db.Execute("PING"); !errors.Is(err, ErrClosed) {
		t.Fatalf("Execute after Close = %v", err)
	}
	if err := db.Transaction(func(tx *Tx) error { return nil }); !errors.Is(err, ErrClosed) {
		t.Fatalf("Transaction after Close = %v", err)
	}
	if _, err := db.Stats(); !errors.Is(err, ErrClosed) {
		t.Fatalf("Stats after Close = %v", err)
	}
	// An iterator left open is released by Close and reports it.
	if it.Next() || !errors.Is(it.Err(), ErrClosed) {
		t.Fatalf("iterator after Close: %v", it.Err())
	}
	it.Close()
	if it := db.ScanIter(""); it.Next() || !errors.Is(it.Err(), ErrClosed) {
		t.Fatalf("ScanIter after Close: %v", it.Err())
	}
	var nilDB *DB
	if _, err := nilDB.Get("k"); !errors.Is(err, ErrMisuse) {
		t.Fatalf("nil DB = %v", err)
	}
}

func TestTransaction(t *testing.T) {
	db := memory(t)
	check(t, db.Set("a", []byte("100")))
	check(t, db.Set("b", []byte("0")))
	// Commit.
	err := db.Transaction(func(tx *Tx) error {
		if _, err := tx.IncrBy("a", -30); err != nil {
			return err
		}
		if _, err := tx.IncrBy("b", 30); err != nil {
			return err
		}
		// Reads inside see the transaction's writes.
		v, err := tx.Get("b")
		if err != nil || string(v) != "30" {
			return fmt.Errorf("read inside = %q, %v", v, err)
		}
		_, err = tx.Execute("SET", "c", "via-execute")
		return err
	})
	check(t, err)
	if v, _, _ := db.GetString("a"); v != "70" {
		t.Fatalf("a = %q after commit", v)
	}
	if v, _, _ := db.GetString("c"); v != "via-execute" {
		t.Fatalf("c = %q after commit", v)
	}
	// Rollback: fn's error comes back and nothing is written.
	errStop := errors.New("stop")
	err = db.Transaction(func(tx *Tx) error {
		if _, err := tx.IncrBy("a", -1000); err != nil {
			return err
		}
		check(t, tx.Set("new", []byte("x")))
		return errStop
	})
	if err != errStop {
		t.Fatalf("Transaction = %v, want errStop", err)
	}
	if v, _, _ := db.GetString("a"); v != "70" {
		t.Fatalf("a = %q after rollback", v)
	}
	if v, err := db.Get("new"); err != nil || v != nil {
		t.Fatalf("new = %q after rollback", v)
	}
	// A command error returned by fn rolls back too.
	err = db.Transaction(func(tx *Tx) error {
		check(t, tx.Set("a", []byte("1")))
		_, err := tx.LPush("a", []byte("x"))
		return err
	})
	if !errors.Is(err, ErrWrongType) {
		t.Fatalf("Transaction = %v, want WRONGTYPE", err)
	}
	if v, _, _ := db.GetString("a"); v != "70" {
		t.Fatalf("a = %q after a failed command", v)
	}
	// A Tx used after its function returned is misuse, never a crash.
	var leaked *Tx
	check(t, db.Transaction(func(tx *Tx) error { leaked = tx; return nil }))
	if _, err := leaked.Get("a"); !errors.Is(err, ErrMisuse) {
		t.Fatalf("leaked Tx = %v", err)
	}
	if _, err := leaked.Execute("GET", "a"); !errors.Is(err, ErrMisuse) {
		t.Fatalf("leaked Tx Execute = %v", err)
	}
	// ... and so is a Tx used from another goroutine (another thread) while fn runs.
	err = db.Transaction(func(tx *Tx) error {
		done := make(chan error)
		go func() {
			_, err := tx.Get("a")
			done <- err
		}()
		if err := <-done; !errors.Is(err, ErrMisuse) {
			return fmt.Errorf("Tx from another goroutine = %v", err)
		}
		return nil
	})
	check(t, err)
	// A nil function rolls back with an error.
	if err := db.Transaction(nil); err == nil {
		t.Fatal("Transaction(nil) succeeded")
	}
}

func TestTransactionPanic(t *testing.T) {
	db := memory(t)
	check(t, db.Set("a", []byte("1")))
	func() {
		defer func() {
			r := recover()
			if r != "boom" {
				t.Fatalf("recovered %v, want boom", r)
			}
		}()
		_ = db.Transaction(func(tx *Tx) error {
			check(t, tx.Set("a", []byte("2")))
			panic("boom")
		})
		t.Fatal("the panic did not reach the caller")
	}()
	if v, _, _ := db.GetString("a"); v != "1" {
		t.Fatalf("a = %q after a panic, want the rollback", v)
	}
	// The database is still usable, transactions included.
	check(t, db.Transaction(func(tx *Tx) error { return tx.Set("a", []byte("3")) }))
	if v, _, _ := db.GetString("a"); v != "3" {
		t.Fatalf("a = %q", v)
	}
}

func TestScanIter(t *testing.T) {
	db := memory(t)
	const n = 1000
	for i := 0; i < n; i++ {
		check(t, db.Set(fmt.Sprintf("key:%04d", i), []byte("v")))
	}
	check(t, db.Set("other", []byte("v")))
	seen := map[string]int{}
	it := db.ScanIter("key:*")
	for it.Next() {
		seen[it.Key()]++
	}
	check(t, it.Err())
	it.Close()
	if len(seen) != n {
		t.Fatalf("ScanIter saw %d keys, want %d", len(seen), n)
	}
	for k, c := range seen {
		if c != 1 || !strings.HasPrefix(k, "key:") {
			t.Fatalf("key %q seen %d times", k, c)
		}
	}
	// "" is every key; an iterator closed early is released.
	total := 0
	it = db.ScanIter("")
	for it.Next() {
		total++
	}
	if total != n+1 {
		t.Fatalf("ScanIter(\"\") saw %d keys", total)
	}
	it = db.ScanIter("*")
	if !it.Next() {
		t.Fatal("no first key")
	}
	it.Close()
	it.Close()
	if it.Next() {
		t.Fatal("Next after Close")
	}
	db.itersMu.Lock()
	live := len(db.iters)
	db.itersMu.Unlock()
	if live != 0 {
		t.Fatalf("%d iterators still registered", live)
	}
}

func TestPersistence(t *testing.T) {
	dir := t.TempDir() + "/db"
	db, err := Open(dir)
	check(t, err)
	check(t, db.Set("order:1", []byte("paid")))
	_, err = db.HSetMultiple("h", FieldValue{Field: []byte("f"), Value: []byte("v\x00")})
	check(t, err)
	_, err = db.ZAdd("z", ScoreMember{Score: 1.5, Member: []byte("m")})
	check(t, err)
	// One owner at a time.
	second, err := Open(dir)
	if !errors.Is(err, ErrLocked) || second != nil {
		t.Fatalf("second Open = %v, %v", second, err)
	}
	check(t, db.Close())

	db, err = Open(dir)
	check(t, err)
	defer db.Close()
	if v, ok, err := db.GetString("order:1"); err != nil || !ok || v != "paid" {
		t.Fatalf("after reopen: %q, %v, %v", v, ok, err)
	}
	if h, err := db.HGetAll("h"); err != nil || string(h["f"]) != "v\x00" {
		t.Fatalf("after reopen: %q, %v", h, err)
	}
	if s, ok, err := db.ZScore("z", []byte("m")); err != nil || !ok || s != 1.5 {
		t.Fatalf("after reopen: %v, %v, %v", s, ok, err)
	}
	stats, err := db.Stats()
	check(t, err)
	if stats.Keys != 3 {
		t.Fatalf("Stats.Keys = %d", stats.Keys)
	}
}

func TestConfig(t *testing.T) {
	cfg, err := DefaultConfig()
	check(t, err)
	if !cfg.WALEnabled || cfg.NumDatabases == 0 {
		t.Fatalf("DefaultConfig = %+v", cfg)
	}
	cfg.Path = t.TempDir() + "/full"
	cfg.SyncMode = SyncFull
	db, err := OpenWithConfig(cfg)
	check(t, err)
	check(t, db.Set("k", []byte("v")))
	check(t, db.Sync())
	check(t, db.Snapshot())
	other, err := db.WithDB(1)
	check(t, err)
	if v, err := other.Get("k"); err != nil || v != nil {
		t.Fatalf("db 1 sees db 0's key: %q, %v", v, err)
	}
	check(t, other.Set("k", []byte("one")))
	check(t, other.Close())
	check(t, db.Close())
	if _, err := Open("bad\x00path"); !errors.Is(err, ErrInvalid) {
		t.Fatalf("Open(NUL) = %v", err)
	}
	cfg.MemoryLimit = 1
	cfg.Path = ""
	db, err = OpenWithConfig(cfg)
	check(t, err)
	defer db.Close()
	check(t, db.Set("first", []byte("goes over the limit")))
	if err := db.Set("second", []byte("x")); !errors.Is(err, ErrOOM) {
		t.Fatalf("Set over the memory limit = %v", err)
	}
}

// TestConcurrency: 8 goroutines × 1000 INCR on one DB give the exact total, while others read
// and move amounts between two keys in transactions whose sum must stay constant.
func TestConcurrency(t *testing.T) {
	db := memory(t)
	const goroutines, incrs = 8, 1000
	check(t, db.Set("x", []byte("500")))
	check(t, db.Set("y", []byte("500")))
	var wg sync.WaitGroup
	errs := make(chan error, 4*goroutines)
	for g := 0; g < goroutines; g++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < incrs; i++ {
				if _, err := db.Incr("counter"); err != nil {
					errs <- err
					return
				}
			}
		}()
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				err := db.Transaction(func(tx *Tx) error {
					if _, err := tx.DecrBy("x", int64(g)); err != nil {
						return err
					}
					_, err := tx.IncrBy("y", int64(g))
					return err
				})
				if err != nil {
					errs <- err
					return
				}
				vals, err := db.MGet("x", "y")
				if err != nil {
					errs <- err
					return
				}
				var x, y int
				fmt.Sscan(string(vals[0]), &x)
				fmt.Sscan(string(vals[1]), &y)
				if x+y != 1000 {
					errs <- fmt.Errorf("x + y = %d + %d", x, y)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if v, _, err := db.GetString("counter"); err != nil || v != fmt.Sprint(goroutines*incrs) {
		t.Fatalf("counter = %q, %v, want %d", v, err, goroutines*incrs)
	}
}

// TestCloseWhileBusy: Close waits for calls in flight; calls after it fail with ErrClosed.
func TestCloseWhileBusy(t *testing.T) {
	db, err := Memory()
	check(t, err)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				if _, err := db.Incr("n"); err != nil {
					if !errors.Is(err, ErrClosed) {
						t.Error(err)
					}
					return
				}
			}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	check(t, db.Close())
	wg.Wait()
}

// TestFinalizer: a DB dropped without Close releases its directory once collected.
func TestFinalizer(t *testing.T) {
	dir := t.TempDir() + "/dropped"
	func() {
		db, err := Open(dir)
		check(t, err)
		check(t, db.Set("k", []byte("v")))
	}()
	deadline := time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		db, err := Open(dir)
		if err == nil {
			v, _, _ := db.GetString("k")
			check(t, db.Close())
			if v != "v" {
				t.Fatalf("after the finalizer: %q", v)
			}
			return
		}
		if !errors.Is(err, ErrLocked) || time.Now().After(deadline) {
			t.Fatalf("Open after dropping the DB = %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// The cost of a call through cgo, beside the Rust figures in the repository's README
// (go test -bench . -run XXX).
func BenchmarkSet(b *testing.B) {
	db, err := Memory()
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	value := bytes.Repeat([]byte("v"), 32)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := db.Set("key:0000000001", value); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGet(b *testing.B) {
	db, err := Memory()
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := db.Set("key:0000000001", bytes.Repeat([]byte("v"), 32)); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.Get("key:0000000001"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGetParallel(b *testing.B) {
	db, err := Memory()
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := db.Set("key:0000000001", bytes.Repeat([]byte("v"), 32)); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := db.Get("key:0000000001"); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func BenchmarkMSet10(b *testing.B) {
	db, err := Memory()
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	pairs := make([]KeyValue, 10)
	for i := range pairs {
		pairs[i] = KeyValue{Key: fmt.Sprintf("key:%d", i), Value: []byte("value")}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := db.MSet(pairs...); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLibraryMatchesGeneratedCode checks that the linked library and the generated Go code come
// from the same commands.yaml (Open refuses a mismatch).
func TestLibraryMatchesGeneratedCode(t *testing.T) {
	if err := libraryMatches(); err != nil {
		t.Fatal(err)
	}
}
