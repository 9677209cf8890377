"""The Python API in redis-py's shapes: arguments, options, reply conversions, decode_responses."""

from __future__ import annotations

import pytest

import ferrite


@pytest.fixture
def db() -> ferrite.Database[bytes]:
    return ferrite.Database.memory()


def test_set_get_and_options(db: ferrite.Database[bytes]) -> None:
    assert db.set("k", "v") is True
    assert db.get("k") == b"v"
    assert db.get("missing") is None
    # NX on an existing key: redis-py's None, not False.
    assert db.set("k", "w", nx=True) is None
    assert db.set("k", "w", xx=True) is True
    assert db.set("k", "x", get=True) == b"w"
    assert db.set("new", "x", xx=True) is None
    assert db.set("e", "1", ex=100) is True
    assert 0 < db.ttl("e") <= 100
    assert db.set("p", "1", px=100_000) is True
    assert 0 < db.pttl("p") <= 100_000
    assert db.set("p", "2", keepttl=True) is True
    assert db.pttl("p") > 0
    with pytest.raises(ferrite.ResponseError, match="^ERR syntax error$"):
        db.set("k", "v", nx=True, xx=True)


def test_values_are_encoded_as_redis_text(db: ferrite.Database[bytes]) -> None:
    db.set("i", 42)
    db.set("f", 1.5)
    db.set("big", 2**80)
    db.set("b", bytearray(b"ab"))
    db.set("m", memoryview(b"cd"))
    db.set("e", 1e100)
    assert db.mget("i", "f", "big", "b", "m", "e") == [
        b"42",
        b"1.5",
        str(2**80).encode(),
        b"ab",
        b"cd",
        b"1e+100",
    ]
    assert db.incrbyfloat("f", 1) == 2.5
    for bad in (True, None, [1], {"a": 1}, object()):
        with pytest.raises(ferrite.DataError, match="Invalid input of type"):
            db.set("k", bad)  # type: ignore[arg-type]


def test_binary_values_round_trip_byte_for_byte(db: ferrite.Database[bytes]) -> None:
    every_byte = bytes(range(256))
    db.set(every_byte, every_byte * 3)
    assert db.get(every_byte) == every_byte * 3
    db.hset("h", every_byte, b"\x00\xff")
    assert db.hgetall("h") == {every_byte: b"\x00\xff"}
    db.rpush("l", b"\x00", b"\xff\xfe", b"")
    assert db.lrange("l", 0, -1) == [b"\x00", b"\xff\xfe", b""]


def test_hash_forms(db: ferrite.Database[bytes]) -> None:
    assert db.hset("h", "f", "v") == 1
    assert db.hset("h", key="g", value="w") == 1
    # The proposal's dict form, and redis-py's mapping keyword.
    assert db.hset("h", {"email": "a@example.com", "age": 30}) == 2
    assert db.hset("h", mapping={"f": "v2", "x": "1"}) == 1
    assert db.hset("h", "y", "2", mapping={"z": "3"}) == 2
    assert db.hgetall("h") == {
        b"f": b"v2",
        b"g": b"w",
        b"email": b"a@example.com",
        b"age": b"30",
        b"x": b"1",
        b"y": b"2",
        b"z": b"3",
    }
    assert db.hget("h", "age") == b"30"
    assert db.hmget("h", "f", "nope") == [b"v2", None]
    assert db.hmget("h", ["f", "g"]) == [b"v2", b"w"]
    assert db.hexists("h", "f") is True
    assert db.hincrby("h", "age", 2) == 32
    assert db.hdel("h", "x", "y", "z") == 3
    with pytest.raises(ferrite.DataError):
        db.hset("h")
    with pytest.raises(ferrite.DataError):
        db.hset("h", "only-key")


def test_lists(db: ferrite.Database[bytes]) -> None:
    assert db.lpush("q", "a", "b") == 2
    assert db.rpush("q", *["c", "d"]) == 4
    assert db.lrange("q", 0, -1) == [b"b", b"a", b"c", b"d"]
    assert db.lpop("q") == b"b"
    assert db.lpop("q", 2) == [b"a", b"c"]
    assert db.rpop("q") == b"d"
    assert db.rpop("q") is None
    assert db.lpop("missing", 2) is None
    db.rpush("l", "a", "b", "a")
    assert db.lpos("l", "a") == 0
    assert db.lpos("l", "a", rank=2) == 2
    assert db.lpos("l", "a", count=0) == [0, 2]
    assert db.linsert("l", "BEFORE", "b", "x") == 4
    assert db.lmove("l", "m", "LEFT", "RIGHT") == b"a"


def test_sets(db: ferrite.Database[bytes]) -> None:
    assert db.sadd("s", "a", "b", "c") == 3
    assert db.smembers("s") == {b"a", b"b", b"c"}
    assert db.sismember("s", "a") is True
    assert db.sismember("s", "z") is False
    assert db.smismember("s", "a", "z") == [True, False]
    db.sadd("t", "b", "c", "d")
    assert db.sinter("s", "t") == {b"b", b"c"}
    assert db.sunion("s", "t") == {b"a", b"b", b"c", b"d"}
    assert db.sdiff("s", "t") == {b"a"}
    assert db.spop("s") in {b"a", b"b", b"c"}
    assert db.scard("s") == 2


def test_sorted_sets(db: ferrite.Database[bytes]) -> None:
    assert db.zadd("lb", {"alice": 100, "bob": 95, "carol": 97.5}) == 3
    assert db.zrange("lb", 0, -1) == [b"bob", b"carol", b"alice"]
    assert db.zrange("lb", 0, 1, withscores=True) == [(b"bob", 95.0), (b"carol", 97.5)]
    assert db.zrange("lb", 0, 0, desc=True) == [b"alice"]
    assert db.zrange("lb", "96", "+inf", byscore=True) == [b"carol", b"alice"]
    assert db.zrange("lb", 0, 200, byscore=True, offset=1, num=1) == [b"carol"]
    with pytest.raises(ferrite.DataError, match="'offset' and 'num' must be given together"):
        db.zrange("lb", 0, 200, byscore=True, offset=1)
    assert db.zrangebyscore("lb", 96, "+inf", withscores=True) == [
        (b"carol", 97.5),
        (b"alice", 100.0),
    ]
    assert db.zrangebyscore("lb", "-inf", "+inf", start=0, num=1) == [b"bob"]
    assert db.zrevrange("lb", 0, 0, withscores=True) == [(b"alice", 100.0)]
    assert db.zadd("lb", {"bob": 1}, nx=True) == 0
    assert db.zadd("lb", {"bob": 1, "dan": 2}, ch=True) == 2
    assert db.zadd("lb", {"bob": 2.5}, incr=True) == 3.5
    assert db.zadd("lb", {"bob": 1}, incr=True, nx=True) is None
    assert db.zadd("lb", [("erin", 3)]) == 1
    assert db.zscore("lb", "bob") == 3.5
    assert db.zscore("lb", "nobody") is None
    assert db.zmscore("lb", "bob", "nobody") == [3.5, None]
    assert db.zincrby("lb", 1, "bob") == 4.5
    assert db.zrank("lb", "dan") == 0
    assert db.zpopmin("lb") == [(b"dan", 2.0)]
    assert db.zpopmax("lb", 2) == [(b"alice", 100.0), (b"carol", 97.5)]


def test_nan_score_raises(db: ferrite.Database[bytes]) -> None:
    with pytest.raises(ferrite.ResponseError, match="^ERR value is not a valid float$"):
        db.zadd("z", {"a": float("nan")})
    assert db.exists("z") == 0
    db.zadd("z", {"a": float("inf")})
    with pytest.raises(ferrite.ResponseError, match=r"NaN"):
        db.zadd("z", {"a": float("-inf")}, incr=True)


def test_integers_beyond_64_bits_raise(db: ferrite.Database[bytes]) -> None:
    db.set("n", 1)
    with pytest.raises(ferrite.ResponseError, match="^ERR value is not an integer or out of range$"):
        db.incrby("n", 2**63)
    db.set("n", 2**63 - 1)
    with pytest.raises(ferrite.ResponseError, match="^ERR increment or decrement would overflow$"):
        db.incr("n")
    assert db.get("n") == str(2**63 - 1).encode()


def test_keyspace(db: ferrite.Database[bytes]) -> None:
    db.mset({"a": 1, "b": 2, "c": 3})
    assert db.msetnx({"a": 9, "z": 9}) is False
    assert db.exists("a", "b", "nope") == 2
    assert db.delete("a", "nope") == 1
    assert db.unlink(["b"]) == 1
    assert db.type("c") == b"string"
    assert db.type("nope") == b"none"
    assert db.expire("c", 100) is True
    assert db.expire("c", 50, gt=True) is False
    assert db.persist("c") is True
    assert db.ttl("c") == -1
    assert db.rename("c", "d") is True
    assert db.keys("*") == [b"d"]
    assert db.dbsize() == 1
    assert db.copy("d", "e") is True
    assert db.select(1) is True
    assert db.dbsize() == 0
    assert db.select(0) is True
    assert db.flushdb() is True
    assert db.dbsize() == 0
    cursor, keys = db.scan(0)
    assert (cursor, keys) == (0, [])


def test_execute_command_returns_the_raw_reply(db: ferrite.Database[bytes]) -> None:
    assert db.execute_command("SET", "k", "v") == "OK"
    assert db.execute_command("GET", "k") == b"v"
    assert db.execute_command("HSET", "h", "a", 1) == 1
    assert db.execute_command("HGETALL", "h") == [b"a", b"1"]
    assert db.execute_command("GET", "missing") is None
    with pytest.raises(ferrite.ResponseError) as raised:
        db.execute_command("NOSUCH", "a")
    assert str(raised.value) == "ERR unknown command 'NOSUCH', with args beginning with: 'a' "


def test_decode_responses() -> None:
    db = ferrite.Database.memory(decode_responses=True)
    assert db.decode_responses is True
    db.set("k", "välue")
    assert db.get("k") == "välue"
    db.hset("h", mapping={"f": "v"})
    assert db.hgetall("h") == {"f": "v"}
    db.zadd("z", {"m": 1})
    assert db.zrange("z", 0, -1, withscores=True) == [("m", 1.0)]
    assert db.smembers("nope") == set()
    assert db.type("k") == "string"
    assert db.execute_command("GET", "k") == "välue"
    assert list(db.scan_iter()) != []
    # Bytes that are not UTF-8 raise Python's own error, and the handle keeps working.
    db.set("bin", b"\xff\xfe")
    with pytest.raises(UnicodeDecodeError):
        db.get("bin")
    with pytest.raises(UnicodeDecodeError):
        db.mget("k", "bin")
    assert db.strlen("bin") == 2
    raw = ferrite.Database.memory()
    assert raw.decode_responses is False


def test_lone_surrogate_is_an_encode_error(db: ferrite.Database[bytes]) -> None:
    with pytest.raises(UnicodeEncodeError):
        db.set("k", "\udc80")


def test_stubs_match_the_runtime_classes() -> None:
    """The generated stubs (shipped as ferrite/__init__.pyi) declare exactly the public methods
    the classes have, and the command methods are on Database and Transaction alike."""
    import ast
    import pathlib

    stub = pathlib.Path(ferrite.__file__).with_name("__init__.pyi").read_text()
    classes = {
        node.name: {n.name for n in node.body if isinstance(n, ast.FunctionDef)}
        for node in ast.parse(stub).body
        if isinstance(node, ast.ClassDef)
    }
    for cls in (ferrite.Database, ferrite.Transaction):
        declared = classes[cls.__name__] - {"__new__", "__enter__", "__exit__"}
        public = {n for n in dir(cls) if not n.startswith("_")}
        assert declared == public, (declared ^ public)
    assert {"set", "get", "hset", "zadd", "zrange", "scan_iter", "delete", "type"} <= public
    hand_written = {"close", "closed", "decode_responses", "sync", "snapshot", "stats",
                    "transaction", "hscan_iter", "sscan_iter", "zscan_iter", "memory"}
    db_methods = {n for n in dir(ferrite.Database) if not n.startswith("_")}
    tx_methods = {n for n in dir(ferrite.Transaction) if not n.startswith("_")}
    assert db_methods - hand_written == tx_methods - {"active"}


def test_the_installed_stubs_are_the_generated_ones() -> None:
    """The wheel ships generated/python/ferrite.pyi itself (through the symlink maturin reads),
    not a copy that could go stale."""
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[3]
    installed = pathlib.Path(ferrite.__file__).with_name("__init__.pyi").read_text()
    assert installed == (root / "generated/python/ferrite.pyi").read_text()
    assert pathlib.Path(ferrite.__file__).with_name("py.typed").exists()
