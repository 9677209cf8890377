"""Context managers, transactions, iterators, errors, threads, persistence and the R10 misuse
cases (RELIABILITY.md) of the Python binding."""

from __future__ import annotations

import gc
import pathlib
import re
import subprocess
import sys
import threading
import time

import pytest

import ferrite

ROOT = pathlib.Path(__file__).resolve().parents[3]


# ---------------------------------------------------------------- context managers, persistence


def test_with_database_closes_and_syncs(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "db"
    with ferrite.Database(path) as db:
        db.set("greeting", "hello")
        db.rpush("log", "a", "b")
    assert db.closed
    with pytest.raises(ferrite.ClosedError):
        db.get("greeting")
    with ferrite.Database(str(path)) as again:
        assert again.get("greeting") == b"hello"
        assert again.lrange("log", 0, -1) == [b"a", b"b"]


def test_persistence_across_reopen_in_every_sync_mode(tmp_path: pathlib.Path) -> None:
    for mode in ("none", "normal", "full"):
        path = tmp_path / mode
        db = ferrite.Database(path, sync_mode=mode)  # type: ignore[arg-type]
        db.hset("h", mapping={"a": 1, "b": 2})
        db.zadd("z", {"m": 1.5})
        with db.transaction() as tx:
            tx.incrby("n", 5)
        db.close()
        db = ferrite.Database(path)
        assert db.hgetall("h") == {b"a": b"1", b"b": b"2"}
        assert db.zscore("z", "m") == 1.5
        assert db.get("n") == b"5"
        db.close()


def test_close_is_idempotent_and_a_closed_db_raises(tmp_path: pathlib.Path) -> None:
    db = ferrite.Database(tmp_path / "db")
    db.close()
    db.close()
    for call in (lambda: db.get("k"), lambda: db.execute_command("PING"), db.sync, db.stats):
        with pytest.raises(ferrite.ClosedError) as raised:
            call()
        assert isinstance(raised.value, ferrite.Error)
        assert raised.value.code == "CLOSED"
    with pytest.raises(ferrite.ClosedError):
        db.transaction().__enter__()
    with pytest.raises(ferrite.ClosedError):
        list(db.scan_iter())
    memory = ferrite.Database.memory()
    memory.close()
    with pytest.raises(ferrite.ClosedError):
        memory.set("k", "v")


def test_a_second_handle_on_a_directory_is_locked(tmp_path: pathlib.Path) -> None:
    db = ferrite.Database(tmp_path / "db")
    with pytest.raises(ferrite.LockedError, match="^LOCKED "):
        ferrite.Database(tmp_path / "db")
    db.close()
    ferrite.Database(tmp_path / "db").close()


def test_del_and_gc_release_the_lock(tmp_path: pathlib.Path) -> None:
    db = ferrite.Database(tmp_path / "db")
    db.set("k", "v")
    del db
    gc.collect()
    again = ferrite.Database(tmp_path / "db")
    assert again.get("k") == b"v"
    again.close()


def test_stats_sync_snapshot(tmp_path: pathlib.Path) -> None:
    with ferrite.Database(tmp_path / "db") as db:
        db.set("k", "v")
        db.sync()
        db.snapshot()
        stats = db.stats()
        assert stats["keys_per_db"][0] == 1
        assert stats["snapshots"] >= 1
        assert stats["commands_processed"] >= 1


def test_bad_configuration_is_a_config_error(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ferrite.ConfigError):
        ferrite.Database(tmp_path / "db", sync_mode="sometimes")  # type: ignore[call-overload]
    with pytest.raises(ferrite.ConfigError):
        ferrite.Database.memory(num_databases=0)


# ---------------------------------------------------------------- transactions


def test_transaction_commits() -> None:
    db = ferrite.Database.memory()
    db.set("a", 100)
    with db.transaction() as tx:
        assert tx.active
        tx.decrby("a", 30)
        tx.incrby("b", 30)
        # Reads inside see the transaction's own writes.
        assert tx.get("a") == b"70"
    assert not tx.active
    assert db.mget("a", "b") == [b"70", b"30"]


def test_transaction_rolls_back_on_exception() -> None:
    db = ferrite.Database.memory()
    db.set("a", 100)
    with pytest.raises(RuntimeError, match="boom"):
        with db.transaction() as tx:
            tx.decrby("a", 30)
            tx.lpush("log", "x")
            raise RuntimeError("boom")
    assert db.get("a") == b"100"
    assert db.exists("log") == 0


def test_transaction_function_form() -> None:
    db = ferrite.Database.memory()
    assert db.transaction(lambda tx: tx.incr("n")) == 1

    def fail(tx: ferrite.Transaction[bytes]) -> None:
        tx.incr("n")
        raise KeyError("no")

    with pytest.raises(KeyError):
        db.transaction(fail)
    assert db.get("n") == b"1"


def test_command_errors_inside_a_transaction_do_not_end_it() -> None:
    db = ferrite.Database.memory()
    db.set("s", "x")
    with db.transaction() as tx:
        with pytest.raises(ferrite.WrongTypeError):
            tx.lpush("s", "a")
        tx.set("t", "y")
    assert db.get("t") == b"y"


def test_transaction_misuse() -> None:
    db = ferrite.Database.memory()
    tx = db.transaction()
    with pytest.raises(ferrite.ClosedError):
        tx.get("k")
    with tx:
        # The database from the thread whose transaction holds every lock would wait forever.
        with pytest.raises(ferrite.Error, match="^BUSY "):
            db.get("k")
        with pytest.raises(ferrite.Error, match="^BUSY "):
            db.transaction().__enter__()
        with pytest.raises(ferrite.Error, match="^BUSY "):
            db.close()
    with pytest.raises(ferrite.ClosedError):
        tx.get("k")
    with pytest.raises(ferrite.Error):
        tx.__enter__()


def test_dropping_an_open_transaction_rolls_back() -> None:
    db = ferrite.Database.memory()
    tx = db.transaction()
    tx.__enter__()
    tx.set("k", "v")
    del tx
    gc.collect()
    assert db.get("k") is None


def test_transactions_are_isolated_across_threads() -> None:
    db = ferrite.Database.memory()
    db.mset({"a": 50, "b": 50})
    stop = threading.Event()
    bad: list[int] = []

    def reader() -> None:
        while not stop.is_set():
            a, b = db.mget("a", "b")
            assert a is not None and b is not None
            if int(a) + int(b) != 100:
                bad.append(int(a) + int(b))

    readers = [threading.Thread(target=reader) for _ in range(2)]
    for t in readers:
        t.start()
    for i in range(200):
        with db.transaction() as tx:
            tx.decrby("a", 1)
            tx.incrby("b", 1)
    stop.set()
    for t in readers:
        t.join()
    assert bad == []
    assert db.mget("a", "b") == [b"-150", b"250"]


# ---------------------------------------------------------------- iterators


def test_scan_iter() -> None:
    db = ferrite.Database.memory()
    db.mset({f"user:{i}": i for i in range(250)})
    db.mset({f"other:{i}": i for i in range(10)})
    db.rpush("user:list", "x")
    it = db.scan_iter(match="user:*", count=7)
    assert iter(it) is it
    keys = list(it)
    assert len(keys) == 251 and len(set(keys)) == 251
    assert all(k.startswith(b"user:") for k in keys)
    assert list(db.scan_iter(_type="list")) == [b"user:list"]
    with db.transaction() as tx:
        assert len(list(tx.scan_iter(match="other:*"))) == 10


def test_hscan_sscan_zscan_iter() -> None:
    db = ferrite.Database.memory(decode_responses=True)
    db.hset("h", mapping={"a1": 1, "a2": 2, "b1": 3})
    db.sadd("s", "x1", "x2", "y1")
    db.zadd("z", {"m1": 2, "m2": 1, "n": 3})
    assert sorted(db.hscan_iter("h", match="a*")) == [("a1", "1"), ("a2", "2")]
    assert sorted(db.sscan_iter("s", match="x*")) == ["x1", "x2"]
    assert list(db.zscan_iter("z", match="m*")) == [("m2", 1.0), ("m1", 2.0)]
    assert list(db.hscan_iter("missing")) == []
    with pytest.raises(ferrite.WrongTypeError):
        db.hscan_iter("s")
    # A snapshot: writes after the call do not change it.
    it = db.sscan_iter("s")
    db.sadd("s", "late")
    assert "late" not in list(it)


# ---------------------------------------------------------------- errors


def test_error_hierarchy_and_texts() -> None:
    db = ferrite.Database.memory()
    db.set("s", "x")
    with pytest.raises(ferrite.WrongTypeError) as raised:
        db.lpush("s", "a")
    err = raised.value
    assert isinstance(err, ferrite.ResponseError) and isinstance(err, ferrite.Error)
    assert str(err) == "WRONGTYPE Operation against a key holding the wrong kind of value"
    assert err.code == "WRONGTYPE"
    with pytest.raises(ferrite.ResponseError) as raised:
        db.execute_command("GET")
    assert str(raised.value) == "ERR wrong number of arguments for 'get' command"
    with pytest.raises(ferrite.ResponseError, match="^ERR index out of range$"):
        db.rpush("l", "a")
        db.lset("l", 5, "x")
    for cls in (
        ferrite.ResponseError,
        ferrite.DataError,
        ferrite.ClosedError,
        ferrite.LockedError,
        ferrite.StorageError,
        ferrite.CorruptError,
        ferrite.PoisonedError,
        ferrite.ConfigError,
        ferrite.UnsupportedError,
        ferrite.OutOfMemoryError,
    ):
        assert issubclass(cls, ferrite.Error)


def test_memory_limit_is_out_of_memory_error() -> None:
    db = ferrite.Database.memory(memory_limit=64 * 1024)
    with pytest.raises(ferrite.OutOfMemoryError) as raised:
        for i in range(10_000):
            db.set(f"k{i}", "x" * 100)
    assert str(raised.value) == "OOM command not allowed when used memory > 'maxmemory'."
    assert db.delete("k0") == 1


def test_corrupt_directory_is_a_corrupt_error(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "db"
    with ferrite.Database(path) as db:
        db.set("k", "v" * 100)
    for snap in path.glob("snap-*.snap"):
        data = bytearray(snap.read_bytes())
        data[-20] ^= 0xFF
        snap.write_bytes(bytes(data))
    with pytest.raises(ferrite.CorruptError, match="^CORRUPT "):
        ferrite.Database(path)


# ---------------------------------------------------------------- threads and the GIL


def test_full_sync_writers_on_several_threads_all_land(tmp_path: pathlib.Path) -> None:
    """Four threads writing in Full mode (each call waits for its fsync, the GIL released) all
    complete, and every write is there. That the GIL is released while the core waits is
    checked by test_a_call_waiting_in_the_core_releases_the_gil."""
    db = ferrite.Database(tmp_path / "db", sync_mode="full")
    writers = [
        threading.Thread(target=lambda n=n: [db.set(f"k{n}:{i}", i) for i in range(50)])
        for n in range(4)
    ]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    assert db.dbsize() == 200
    db.close()


def test_a_call_waiting_in_the_core_releases_the_gil() -> None:
    """A thread blocked in the core (here: waiting for the locks of another thread's open
    transaction) must not hold the GIL, or the transaction's thread could never reach its commit.
    A regression hangs; faulthandler turns the hang into a failure."""
    import faulthandler

    db = ferrite.Database.memory()
    got: list[object] = []
    faulthandler.dump_traceback_later(60, exit=True)
    try:
        with db.transaction() as tx:
            reader = threading.Thread(target=lambda: got.append(db.get("k")))
            reader.start()
            time.sleep(0.2)  # the reader now waits for the transaction's locks
            tx.set("k", "v")  # needs the GIL
        reader.join(timeout=30)
    finally:
        faulthandler.cancel_dump_traceback_later()
    assert not reader.is_alive()
    assert got == [b"v"]  # isolation: the reader saw the committed write, not the state before


def test_many_threads_share_one_database() -> None:
    db = ferrite.Database.memory()

    def work(n: int) -> None:
        for i in range(500):
            db.incr("counter")
            db.sadd(f"set:{n}", i)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert db.get("counter") == b"4000"
    assert all(db.scard(f"set:{n}") == 500 for n in range(8))


# ---------------------------------------------------------------- the README's program


def readme_python_block() -> str:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## Use from Python\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"\n```python\n(.*?)\n```", section, re.S)
    assert match, "README.md has no ```python block under '## Use from Python'"
    return match.group(1)


def test_readme_program_runs(tmp_path: pathlib.Path) -> None:
    program = tmp_path / "readme.py"
    program.write_text(readme_python_block())
    for run in range(2):
        done = subprocess.run(
            [sys.executable, str(program)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stdout + done.stderr
