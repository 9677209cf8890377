"""A small typed program: `mypy --strict` must accept it against the generated stubs
(`cargo xtask py-test` checks it, then runs it)."""

from __future__ import annotations

import tempfile
from typing import Optional

import ferrite


def leaderboard(db: ferrite.Database[str]) -> list[tuple[str, float]]:
    db.zadd("scores", {"alice": 100, "bob": 95.5})
    db.zincrby("scores", 10, "bob")
    return [(member, score) for member, score in db.zpopmax("scores", 2)]


def profile(db: ferrite.Database[bytes], user: str) -> dict[bytes, bytes]:
    db.hset(f"user:{user}", mapping={"name": user, "visits": 1})
    db.hincrby(f"user:{user}", "visits", 1)
    return db.hgetall(f"user:{user}")


def main() -> None:
    with tempfile.TemporaryDirectory() as path:
        with ferrite.Database(path, decode_responses=True) as db:
            assert db.set("greeting", "hello", ex=60)
            greeting: Optional[str] = db.get("greeting")
            assert greeting == "hello"
            count: int = db.rpush("queue", "a", "b", "c")
            items: list[str] = db.lrange("queue", 0, -1)
            assert count == len(items) == 3
            members: set[str] = db.smembers("nothing")
            assert members == set()
            top = leaderboard(db)
            assert top[0] == ("bob", 105.5)
            with db.transaction() as tx:
                total: int = tx.incrby("counter", 5)
                assert total == 5
            keys: list[str] = sorted(db.scan_iter(match="*"))
            assert "counter" in keys
            cursor, page = db.scan(0, count=100)
            assert isinstance(cursor, int) and isinstance(page, list)
            try:
                db.lpush("greeting", "x")
            except ferrite.ResponseError as err:
                assert err.code == "WRONGTYPE"
        raw = ferrite.Database.memory()
        assert profile(raw, "ann")[b"visits"] == b"2"
        ttl: int = raw.ttl("missing")
        assert ttl == -2
        pairs = list(raw.hscan_iter("user:ann"))
        assert (b"name", b"ann") in pairs


if __name__ == "__main__":
    main()
