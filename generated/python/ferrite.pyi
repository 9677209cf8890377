# Generated from commands.yaml by cargo xtask gen. Do not edit.
"""Type stubs of `ferrite`, the Python binding of Ferrite Embedded (an in-process database with
the Redis API). The command methods come from commands.yaml; `Database[bytes]` replies with
`bytes`, `Database[str]` (`decode_responses=True`) with `str`."""

import builtins
import os
from types import TracebackType
from typing import (
    Any,
    Callable,
    Generic,
    Iterable,
    Iterator,
    Literal,
    Mapping,
    Optional,
    Type,
    TypeVar,
    Union,
    overload,
)

__version__: str
MODEL_HASH: int

_T = TypeVar("_T", bytes, str)
_R = TypeVar("_R")

# What may be sent as a value: bytes-like, str (UTF-8), int and float (as Redis text).
Encodable = Union[bytes, bytearray, memoryview, str, int, float]
# The keys of a mapping argument (`Mapping` is invariant in its key type).
_KeyT = TypeVar("_KeyT", bound=Encodable)

class Error(Exception):
    """Base class of every ferrite error."""

    code: str

class ResponseError(Error):
    """A command's error reply, with Redis's exact text."""

class WrongTypeError(ResponseError):
    """WRONGTYPE: the key holds a value of another type."""

class OutOfMemoryError(ResponseError):
    """OOM: the write would pass the memory limit."""

class DataError(Error):
    """A Python value that cannot be sent as a command argument."""

class ClosedError(Error):
    """The database or transaction is closed."""

class LockedError(Error):
    """Another handle has the database directory open."""

class StorageError(Error):
    """An I/O error."""

class CorruptError(StorageError):
    """A database file is damaged or foreign."""

class PoisonedError(StorageError):
    """A write failed earlier; writes fail until the database is reopened."""

class ConfigError(Error):
    """A configuration value is invalid."""

class UnsupportedError(Error):
    """A feature this build does not provide."""

class CursorIterator(Iterator[Any]):
    def __iter__(self) -> CursorIterator: ...
    def __next__(self) -> Any: ...

class Database(Generic[_T]):
    """An open database: `Database(path)` (a directory) or `Database.memory()`."""

    @overload
    def __new__(
        cls,
        path: Union[str, os.PathLike[str]],
        *,
        decode_responses: Literal[False] = False,
        sync_mode: Optional[Literal["none", "normal", "full"]] = None,
        memory_limit: Optional[int] = None,
        num_databases: Optional[int] = None,
        wal: Optional[bool] = None,
    ) -> Database[bytes]: ...
    @overload
    def __new__(
        cls,
        path: Union[str, os.PathLike[str]],
        *,
        decode_responses: Literal[True],
        sync_mode: Optional[Literal["none", "normal", "full"]] = None,
        memory_limit: Optional[int] = None,
        num_databases: Optional[int] = None,
        wal: Optional[bool] = None,
    ) -> Database[str]: ...
    @overload
    @staticmethod
    def memory(
        *,
        decode_responses: Literal[False] = False,
        memory_limit: Optional[int] = None,
        num_databases: Optional[int] = None,
    ) -> Database[bytes]: ...
    @overload
    @staticmethod
    def memory(
        *,
        decode_responses: Literal[True],
        memory_limit: Optional[int] = None,
        num_databases: Optional[int] = None,
    ) -> Database[str]: ...
    def close(self) -> None: ...
    @property
    def closed(self) -> bool: ...
    @property
    def decode_responses(self) -> bool: ...
    def sync(self) -> None: ...
    def snapshot(self) -> None: ...
    def stats(self) -> dict[str, Any]: ...
    @overload
    def transaction(self) -> Transaction[_T]: ...
    @overload
    def transaction(self, func: Callable[[Transaction[_T]], _R]) -> _R: ...
    def hscan_iter(
        self, name: Encodable, match: Optional[Encodable] = None, count: Optional[int] = None
    ) -> Iterator[tuple[_T, _T]]: ...
    def sscan_iter(
        self, name: Encodable, match: Optional[Encodable] = None, count: Optional[int] = None
    ) -> Iterator[_T]: ...
    def zscan_iter(
        self, name: Encodable, match: Optional[Encodable] = None, count: Optional[int] = None
    ) -> Iterator[tuple[_T, float]]: ...
    def __enter__(self) -> Database[_T]: ...
    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> bool: ...
    def execute_command(self, *args: Encodable) -> Any: ...
    def append(self, name: Encodable, value: Encodable) -> int:
        """Appends a string to the value of a key; creates the key if it doesn't exist. `APPEND key value`"""
    def decr(self, name: Encodable) -> int:
        """Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist. `DECR key`"""
    def decrby(self, name: Encodable, amount: int) -> int:
        """Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist. `DECRBY key decrement`"""
    def get(self, name: Encodable) -> _T | None:
        """Returns the string value of a key. `GET key`"""
    def getdel(self, name: Encodable) -> _T | None:
        """Returns the string value of a key after deleting the key. `GETDEL key`"""
    def getex(self, name: Encodable, *, ex: int | None = None, px: int | None = None, exat: int | None = None, pxat: int | None = None, persist: bool = False) -> _T | None:
        """Returns the string value of a key after setting its expiration time. `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`"""
    def getrange(self, name: Encodable, start: int, end: int) -> _T:
        """Returns a substring of the string stored at a key. `GETRANGE key start end`"""
    def getset(self, name: Encodable, value: Encodable) -> _T | None:
        """Returns the previous string value of a key after setting it to a new value. `GETSET key value`"""
    def incr(self, name: Encodable) -> int:
        """Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist. `INCR key`"""
    def incrby(self, name: Encodable, amount: int) -> int:
        """Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist. `INCRBY key increment`"""
    def incrbyfloat(self, name: Encodable, amount: float) -> float:
        """Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist. `INCRBYFLOAT key increment`"""
    def mget(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> list[_T | None]:
        """Atomically returns the string values of one or more keys. `MGET keys [keys ...]`"""
    def mset(self, mapping: Mapping[_KeyT, Encodable] | Iterable[tuple[_KeyT, Encodable]]) -> bool:
        """Atomically creates or modifies the string values of one or more keys. `MSET key value [key value ...]`"""
    def msetnx(self, mapping: Mapping[_KeyT, Encodable] | Iterable[tuple[_KeyT, Encodable]]) -> bool:
        """Atomically modifies the string values of one or more keys only when all keys don't exist. `MSETNX key value [key value ...]`"""
    def psetex(self, name: Encodable, time_ms: int, value: Encodable) -> bool:
        """Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist. `PSETEX key milliseconds value`"""
    def set(self, name: Encodable, value: Encodable, *, nx: bool = False, xx: bool = False, get: bool = False, ex: int | None = None, px: int | None = None, exat: int | None = None, pxat: int | None = None, keepttl: bool = False) -> Any:
        """Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`"""
    def setex(self, name: Encodable, time: int, value: Encodable) -> bool:
        """Sets the string value and expiration time of a key; creates the key if it doesn't exist. `SETEX key seconds value`"""
    def setnx(self, name: Encodable, value: Encodable) -> bool:
        """Set the string value of a key only when the key doesn't exist. `SETNX key value`"""
    def setrange(self, name: Encodable, offset: int, value: Encodable) -> int:
        """Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist. `SETRANGE key offset value`"""
    def strlen(self, name: Encodable) -> int:
        """Returns the length of a string value. `STRLEN key`"""
    def hdel(self, name: Encodable, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Deletes one or more fields from a hash; the key is deleted when no field is left. `HDEL key fields [fields ...]`"""
    def hexists(self, name: Encodable, key: Encodable) -> bool:
        """Tells whether a field exists in a hash. `HEXISTS key field`"""
    def hget(self, name: Encodable, key: Encodable) -> _T | None:
        """Returns the value of a field in a hash. `HGET key field`"""
    def hgetall(self, name: Encodable) -> dict[_T, _T]:
        """Returns every field and value of a hash. `HGETALL key`"""
    def hincrby(self, name: Encodable, key: Encodable, amount: int) -> int:
        """Increments the integer value of a hash field by a number; a missing field counts as 0. `HINCRBY key field delta`"""
    def hincrbyfloat(self, name: Encodable, key: Encodable, amount: float) -> float:
        """Increments the floating-point value of a hash field by a number; a missing field counts as 0. `HINCRBYFLOAT key field delta`"""
    def hkeys(self, name: Encodable) -> list[_T]:
        """Returns every field of a hash. `HKEYS key`"""
    def hlen(self, name: Encodable) -> int:
        """Returns the number of fields in a hash. `HLEN key`"""
    def hmget(self, name: Encodable, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> list[_T | None]:
        """Returns the values of the given fields of a hash, nil for each missing one. `HMGET key fields [fields ...]`"""
    def hmset(self, name: Encodable, mapping: Mapping[_KeyT, Encodable] | Iterable[tuple[_KeyT, Encodable]]) -> bool:
        """Sets the values of one or more fields of a hash (deprecated in favour of HSET). `HMSET key field value [field value ...]`"""
    def hset(self, name: Encodable, key: _KeyT | Mapping[_KeyT, Encodable] | None = None, value: Encodable | None = None, mapping: Mapping[_KeyT, Encodable] | None = None) -> int:
        """Sets the values of one or more fields of a hash, creating the hash if needed; returns how many fields were added. `HSET key field value [field value ...]`"""
    def hsetnx(self, name: Encodable, key: Encodable, value: Encodable) -> bool:
        """Sets the value of a hash field only if the field does not exist yet. `HSETNX key field value`"""
    def hstrlen(self, name: Encodable, key: Encodable) -> int:
        """Returns the length in bytes of the value of a hash field (0 when missing). `HSTRLEN key field`"""
    def hvals(self, name: Encodable) -> list[_T]:
        """Returns every value of a hash. `HVALS key`"""
    def lindex(self, name: Encodable, index: int) -> _T | None:
        """Returns the element at an index of a list (negative indexes count from the tail). `LINDEX key index`"""
    def linsert(self, name: Encodable, position: str, pivot: Encodable, element: Encodable) -> int:
        """Inserts an element before or after the first occurrence of a pivot in a list. `LINSERT key <BEFORE | AFTER> pivot element`"""
    def llen(self, name: Encodable) -> int:
        """Returns the length of a list (0 when the key is missing). `LLEN key`"""
    def lmove(self, source: Encodable, destination: Encodable, wherefrom: str, whereto: str) -> _T | None:
        """Pops an element from one end of a list and pushes it onto one end of another (or the same) list. `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`"""
    def lpop(self, name: Encodable, count: int | None = None) -> Any:
        """Removes and returns the first element of a list, or with a count the first count elements. `LPOP key [count]`"""
    def lpos(self, name: Encodable, element: Encodable, *, rank: int | None = None, count: int | None = None, maxlen: int | None = None) -> Any:
        """Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`"""
    def lpush(self, name: Encodable, *values: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Prepends one or more elements to a list, creating it if needed; returns the new length. `LPUSH key values [values ...]`"""
    def lpushx(self, name: Encodable, *values: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Prepends elements to a list only if the list exists; returns the new length (0 when missing). `LPUSHX key values [values ...]`"""
    def lrange(self, name: Encodable, start: int, end: int) -> list[_T]:
        """Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list). `LRANGE key start stop`"""
    def lrem(self, name: Encodable, count: int, element: Encodable) -> int:
        """Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all). `LREM key count element`"""
    def lset(self, name: Encodable, index: int, element: Encodable) -> bool:
        """Sets the element at an index of a list (negative indexes count from the tail). `LSET key index element`"""
    def ltrim(self, name: Encodable, start: int, end: int) -> bool:
        """Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left. `LTRIM key start stop`"""
    def rpop(self, name: Encodable, count: int | None = None) -> Any:
        """Removes and returns the last element of a list, or with a count the last count elements. `RPOP key [count]`"""
    def rpush(self, name: Encodable, *values: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Appends one or more elements to a list, creating it if needed; returns the new length. `RPUSH key values [values ...]`"""
    def rpushx(self, name: Encodable, *values: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Appends elements to a list only if the list exists; returns the new length (0 when missing). `RPUSHX key values [values ...]`"""
    def sadd(self, name: Encodable, *members: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Adds one or more members to a set; the key is created if it doesn't exist. `SADD key members [members ...]`"""
    def scard(self, name: Encodable) -> int:
        """Returns the number of members in a set. `SCARD key`"""
    def sdiff(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> builtins.set[_T]:
        """Returns the members of the first set that are in none of the following sets. `SDIFF keys [keys ...]`"""
    def sdiffstore(self, destination: Encodable, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Stores the difference of sets in a key (deleting it when the result is empty); returns its size. `SDIFFSTORE destination keys [keys ...]`"""
    def sinter(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> builtins.set[_T]:
        """Returns the members present in every given set. `SINTER keys [keys ...]`"""
    def sinterstore(self, destination: Encodable, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Stores the intersection of sets in a key (deleting it when the result is empty); returns its size. `SINTERSTORE destination keys [keys ...]`"""
    def sismember(self, name: Encodable, member: Encodable) -> bool:
        """Determines whether a member belongs to a set. `SISMEMBER key member`"""
    def smembers(self, name: Encodable) -> builtins.set[_T]:
        """Returns all members of a set. `SMEMBERS key`"""
    def smismember(self, name: Encodable, *members: Encodable | list[Encodable] | tuple[Encodable, ...]) -> list[bool]:
        """Determines whether each of several members belongs to a set. `SMISMEMBER key members [members ...]`"""
    def smove(self, source: Encodable, destination: Encodable, member: Encodable) -> bool:
        """Moves a member from one set to another. `SMOVE source destination member`"""
    def spop(self, name: Encodable, count: int | None = None) -> Any:
        """Removes and returns one or several random members of a set; the key is deleted when emptied. `SPOP key [count]`"""
    def srandmember(self, name: Encodable, count: int | None = None) -> Any:
        """Returns one or several random members of a set; a negative count allows repeats. `SRANDMEMBER key [count]`"""
    def srem(self, name: Encodable, *members: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Removes one or more members from a set; the key is deleted when emptied. `SREM key members [members ...]`"""
    def sunion(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> builtins.set[_T]:
        """Returns the members of the union of the given sets. `SUNION keys [keys ...]`"""
    def sunionstore(self, destination: Encodable, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Stores the union of sets in a key (deleting it when the result is empty); returns its size. `SUNIONSTORE destination keys [keys ...]`"""
    def zadd(self, name: Encodable, mapping: Mapping[_KeyT, float] | Iterable[tuple[_KeyT, float]], *, nx: bool = False, xx: bool = False, gt: bool = False, lt: bool = False, ch: bool = False, incr: bool = False) -> Any:
        """Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`"""
    def zcard(self, name: Encodable) -> int:
        """Returns the number of members in a sorted set. `ZCARD key`"""
    def zcount(self, name: Encodable, min: float | str | bytes, max: float | str | bytes) -> int:
        """Returns the number of members whose score lies within a range. `ZCOUNT key min max`"""
    def zincrby(self, name: Encodable, increment: float, member: Encodable) -> float:
        """Increments the score of a member (adding it with the increment as score if absent); returns the new score. `ZINCRBY key increment member`"""
    def zmscore(self, name: Encodable, *members: Encodable | list[Encodable] | tuple[Encodable, ...]) -> list[float | None]:
        """Returns the scores of several members (nil for each missing one). `ZMSCORE key members [members ...]`"""
    def zpopmax(self, name: Encodable, count: int | None = None) -> list[tuple[_T, float]]:
        """Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. `ZPOPMAX key [count]`"""
    def zpopmin(self, name: Encodable, count: int | None = None) -> list[tuple[_T, float]]:
        """Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. `ZPOPMIN key [count]`"""
    def zrange(self, name: Encodable, start: Encodable, end: Encodable, *, byscore: bool = False, bylex: bool = False, desc: bool = False, offset: int | None = None, num: int | None = None, withscores: bool = False) -> Any:
        """Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`"""
    def zrangebyscore(self, name: Encodable, min: float | str | bytes, max: float | str | bytes, *, withscores: bool = False, start: int | None = None, num: int | None = None) -> Any:
        """Returns members whose score lies within a range, in ascending order. `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`"""
    def zrank(self, name: Encodable, member: Encodable) -> int | None:
        """Returns the rank of a member in ascending score order (nil if absent). `ZRANK key member`"""
    def zrem(self, name: Encodable, *members: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Removes one or more members from a sorted set; the key is deleted when emptied. `ZREM key members [members ...]`"""
    def zremrangebyrank(self, name: Encodable, start: int, stop: int) -> int:
        """Removes the members within a range of ranks; returns how many were removed. `ZREMRANGEBYRANK key start stop`"""
    def zremrangebyscore(self, name: Encodable, min: float | str | bytes, max: float | str | bytes) -> int:
        """Removes the members whose score lies within a range; returns how many were removed. `ZREMRANGEBYSCORE key min max`"""
    def zrevrange(self, name: Encodable, start: int, end: int, *, withscores: bool = False) -> Any:
        """Returns members in a range of ranks, in descending score order. `ZREVRANGE key start stop [WITHSCORES]`"""
    def zrevrangebyscore(self, name: Encodable, max: float | str | bytes, min: float | str | bytes, *, withscores: bool = False, start: int | None = None, num: int | None = None) -> Any:
        """Returns members whose score lies within a range, in descending order (the range is given as max min). `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`"""
    def zrevrank(self, name: Encodable, member: Encodable) -> int | None:
        """Returns the rank of a member in descending score order (nil if absent). `ZREVRANK key member`"""
    def zscore(self, name: Encodable, member: Encodable) -> float | None:
        """Returns the score of a member (nil if absent). `ZSCORE key member`"""
    def copy(self, source: Encodable, destination: Encodable, *, destination_db: int | None = None, replace: bool = False) -> bool:
        """Copies the value of a key to a new key. `COPY source destination [DB destination-db] [REPLACE]`"""
    def dbsize(self) -> int:
        """Returns the number of keys in the database. `DBSIZE`"""
    def delete(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Deletes one or more keys. `DEL keys [keys ...]`"""
    def exists(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Determines whether one or more keys exist. `EXISTS keys [keys ...]`"""
    def expire(self, name: Encodable, seconds: int, *, nx: bool = False, xx: bool = False, gt: bool = False, lt: bool = False) -> bool:
        """Sets the expiration time of a key in seconds. `EXPIRE key seconds [NX] [XX] [GT] [LT]`"""
    def expireat(self, name: Encodable, unix_time_seconds: int, *, nx: bool = False, xx: bool = False, gt: bool = False, lt: bool = False) -> bool:
        """Sets the expiration time of a key to a Unix timestamp in seconds. `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`"""
    def expiretime(self, name: Encodable) -> int:
        """Returns the expiration time of a key as a Unix timestamp in seconds. `EXPIRETIME key`"""
    def flushall(self, *, asynchronous: bool = False, synchronous: bool = False) -> bool:
        """Removes all keys from all databases. `FLUSHALL [ASYNC | SYNC]`"""
    def flushdb(self, *, asynchronous: bool = False, synchronous: bool = False) -> bool:
        """Remove all keys from the current database. `FLUSHDB [ASYNC | SYNC]`"""
    def keys(self, pattern: Encodable) -> list[_T]:
        """Returns all key names that match a pattern. `KEYS pattern`"""
    def persist(self, name: Encodable) -> bool:
        """Removes the expiration time of a key. `PERSIST key`"""
    def pexpire(self, name: Encodable, milliseconds: int, *, nx: bool = False, xx: bool = False, gt: bool = False, lt: bool = False) -> bool:
        """Sets the expiration time of a key in milliseconds. `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`"""
    def pexpireat(self, name: Encodable, unix_time_milliseconds: int, *, nx: bool = False, xx: bool = False, gt: bool = False, lt: bool = False) -> bool:
        """Sets the expiration time of a key to a Unix milliseconds timestamp. `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`"""
    def pexpiretime(self, name: Encodable) -> int:
        """Returns the expiration time of a key as a Unix milliseconds timestamp. `PEXPIRETIME key`"""
    def pttl(self, name: Encodable) -> int:
        """Returns the expiration time in milliseconds of a key. `PTTL key`"""
    def randomkey(self) -> _T | None:
        """Returns a random key name from the database. `RANDOMKEY`"""
    def rename(self, name: Encodable, newkey: Encodable) -> bool:
        """Renames a key and overwrites the destination. `RENAME key newkey`"""
    def renamenx(self, name: Encodable, newkey: Encodable) -> bool:
        """Renames a key only when the target key name doesn't exist. `RENAMENX key newkey`"""
    def scan(self, cursor: int, *, match: Encodable | None = None, count: int | None = None, _type: Encodable | None = None) -> tuple[int, list[_T]]:
        """Iterates over the key names in the database. `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`"""
    def scan_iter(self, *, match: Encodable | None = None, count: int | None = None, _type: Encodable | None = None) -> Iterator[_T]:
        """Iterates over every item of `SCAN`, page after page from cursor 0 (a generator). `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`"""
    def select(self, index: int) -> bool:
        """Changes the selected database. `SELECT index`"""
    def ttl(self, name: Encodable) -> int:
        """Returns the expiration time in seconds of a key. `TTL key`"""
    def type(self, name: Encodable) -> _T:
        """Determines the type of value stored at a key. `TYPE key`"""
    def unlink(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Asynchronously deletes one or more keys. `UNLINK keys [keys ...]`"""

class Transaction(Generic[_T]):
    """The handle inside `with db.transaction() as tx:`."""

    @property
    def active(self) -> bool: ...
    def __enter__(self) -> Transaction[_T]: ...
    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> bool: ...
    def execute_command(self, *args: Encodable) -> Any: ...
    def append(self, name: Encodable, value: Encodable) -> int:
        """Appends a string to the value of a key; creates the key if it doesn't exist. `APPEND key value`"""
    def decr(self, name: Encodable) -> int:
        """Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist. `DECR key`"""
    def decrby(self, name: Encodable, amount: int) -> int:
        """Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist. `DECRBY key decrement`"""
    def get(self, name: Encodable) -> _T | None:
        """Returns the string value of a key. `GET key`"""
    def getdel(self, name: Encodable) -> _T | None:
        """Returns the string value of a key after deleting the key. `GETDEL key`"""
    def getex(self, name: Encodable, *, ex: int | None = None, px: int | None = None, exat: int | None = None, pxat: int | None = None, persist: bool = False) -> _T | None:
        """Returns the string value of a key after setting its expiration time. `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`"""
    def getrange(self, name: Encodable, start: int, end: int) -> _T:
        """Returns a substring of the string stored at a key. `GETRANGE key start end`"""
    def getset(self, name: Encodable, value: Encodable) -> _T | None:
        """Returns the previous string value of a key after setting it to a new value. `GETSET key value`"""
    def incr(self, name: Encodable) -> int:
        """Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist. `INCR key`"""
    def incrby(self, name: Encodable, amount: int) -> int:
        """Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist. `INCRBY key increment`"""
    def incrbyfloat(self, name: Encodable, amount: float) -> float:
        """Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist. `INCRBYFLOAT key increment`"""
    def mget(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> list[_T | None]:
        """Atomically returns the string values of one or more keys. `MGET keys [keys ...]`"""
    def mset(self, mapping: Mapping[_KeyT, Encodable] | Iterable[tuple[_KeyT, Encodable]]) -> bool:
        """Atomically creates or modifies the string values of one or more keys. `MSET key value [key value ...]`"""
    def msetnx(self, mapping: Mapping[_KeyT, Encodable] | Iterable[tuple[_KeyT, Encodable]]) -> bool:
        """Atomically modifies the string values of one or more keys only when all keys don't exist. `MSETNX key value [key value ...]`"""
    def psetex(self, name: Encodable, time_ms: int, value: Encodable) -> bool:
        """Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist. `PSETEX key milliseconds value`"""
    def set(self, name: Encodable, value: Encodable, *, nx: bool = False, xx: bool = False, get: bool = False, ex: int | None = None, px: int | None = None, exat: int | None = None, pxat: int | None = None, keepttl: bool = False) -> Any:
        """Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`"""
    def setex(self, name: Encodable, time: int, value: Encodable) -> bool:
        """Sets the string value and expiration time of a key; creates the key if it doesn't exist. `SETEX key seconds value`"""
    def setnx(self, name: Encodable, value: Encodable) -> bool:
        """Set the string value of a key only when the key doesn't exist. `SETNX key value`"""
    def setrange(self, name: Encodable, offset: int, value: Encodable) -> int:
        """Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist. `SETRANGE key offset value`"""
    def strlen(self, name: Encodable) -> int:
        """Returns the length of a string value. `STRLEN key`"""
    def hdel(self, name: Encodable, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Deletes one or more fields from a hash; the key is deleted when no field is left. `HDEL key fields [fields ...]`"""
    def hexists(self, name: Encodable, key: Encodable) -> bool:
        """Tells whether a field exists in a hash. `HEXISTS key field`"""
    def hget(self, name: Encodable, key: Encodable) -> _T | None:
        """Returns the value of a field in a hash. `HGET key field`"""
    def hgetall(self, name: Encodable) -> dict[_T, _T]:
        """Returns every field and value of a hash. `HGETALL key`"""
    def hincrby(self, name: Encodable, key: Encodable, amount: int) -> int:
        """Increments the integer value of a hash field by a number; a missing field counts as 0. `HINCRBY key field delta`"""
    def hincrbyfloat(self, name: Encodable, key: Encodable, amount: float) -> float:
        """Increments the floating-point value of a hash field by a number; a missing field counts as 0. `HINCRBYFLOAT key field delta`"""
    def hkeys(self, name: Encodable) -> list[_T]:
        """Returns every field of a hash. `HKEYS key`"""
    def hlen(self, name: Encodable) -> int:
        """Returns the number of fields in a hash. `HLEN key`"""
    def hmget(self, name: Encodable, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> list[_T | None]:
        """Returns the values of the given fields of a hash, nil for each missing one. `HMGET key fields [fields ...]`"""
    def hmset(self, name: Encodable, mapping: Mapping[_KeyT, Encodable] | Iterable[tuple[_KeyT, Encodable]]) -> bool:
        """Sets the values of one or more fields of a hash (deprecated in favour of HSET). `HMSET key field value [field value ...]`"""
    def hset(self, name: Encodable, key: _KeyT | Mapping[_KeyT, Encodable] | None = None, value: Encodable | None = None, mapping: Mapping[_KeyT, Encodable] | None = None) -> int:
        """Sets the values of one or more fields of a hash, creating the hash if needed; returns how many fields were added. `HSET key field value [field value ...]`"""
    def hsetnx(self, name: Encodable, key: Encodable, value: Encodable) -> bool:
        """Sets the value of a hash field only if the field does not exist yet. `HSETNX key field value`"""
    def hstrlen(self, name: Encodable, key: Encodable) -> int:
        """Returns the length in bytes of the value of a hash field (0 when missing). `HSTRLEN key field`"""
    def hvals(self, name: Encodable) -> list[_T]:
        """Returns every value of a hash. `HVALS key`"""
    def lindex(self, name: Encodable, index: int) -> _T | None:
        """Returns the element at an index of a list (negative indexes count from the tail). `LINDEX key index`"""
    def linsert(self, name: Encodable, position: str, pivot: Encodable, element: Encodable) -> int:
        """Inserts an element before or after the first occurrence of a pivot in a list. `LINSERT key <BEFORE | AFTER> pivot element`"""
    def llen(self, name: Encodable) -> int:
        """Returns the length of a list (0 when the key is missing). `LLEN key`"""
    def lmove(self, source: Encodable, destination: Encodable, wherefrom: str, whereto: str) -> _T | None:
        """Pops an element from one end of a list and pushes it onto one end of another (or the same) list. `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`"""
    def lpop(self, name: Encodable, count: int | None = None) -> Any:
        """Removes and returns the first element of a list, or with a count the first count elements. `LPOP key [count]`"""
    def lpos(self, name: Encodable, element: Encodable, *, rank: int | None = None, count: int | None = None, maxlen: int | None = None) -> Any:
        """Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`"""
    def lpush(self, name: Encodable, *values: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Prepends one or more elements to a list, creating it if needed; returns the new length. `LPUSH key values [values ...]`"""
    def lpushx(self, name: Encodable, *values: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Prepends elements to a list only if the list exists; returns the new length (0 when missing). `LPUSHX key values [values ...]`"""
    def lrange(self, name: Encodable, start: int, end: int) -> list[_T]:
        """Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list). `LRANGE key start stop`"""
    def lrem(self, name: Encodable, count: int, element: Encodable) -> int:
        """Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all). `LREM key count element`"""
    def lset(self, name: Encodable, index: int, element: Encodable) -> bool:
        """Sets the element at an index of a list (negative indexes count from the tail). `LSET key index element`"""
    def ltrim(self, name: Encodable, start: int, end: int) -> bool:
        """Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left. `LTRIM key start stop`"""
    def rpop(self, name: Encodable, count: int | None = None) -> Any:
        """Removes and returns the last element of a list, or with a count the last count elements. `RPOP key [count]`"""
    def rpush(self, name: Encodable, *values: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Appends one or more elements to a list, creating it if needed; returns the new length. `RPUSH key values [values ...]`"""
    def rpushx(self, name: Encodable, *values: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Appends elements to a list only if the list exists; returns the new length (0 when missing). `RPUSHX key values [values ...]`"""
    def sadd(self, name: Encodable, *members: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Adds one or more members to a set; the key is created if it doesn't exist. `SADD key members [members ...]`"""
    def scard(self, name: Encodable) -> int:
        """Returns the number of members in a set. `SCARD key`"""
    def sdiff(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> builtins.set[_T]:
        """Returns the members of the first set that are in none of the following sets. `SDIFF keys [keys ...]`"""
    def sdiffstore(self, destination: Encodable, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Stores the difference of sets in a key (deleting it when the result is empty); returns its size. `SDIFFSTORE destination keys [keys ...]`"""
    def sinter(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> builtins.set[_T]:
        """Returns the members present in every given set. `SINTER keys [keys ...]`"""
    def sinterstore(self, destination: Encodable, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Stores the intersection of sets in a key (deleting it when the result is empty); returns its size. `SINTERSTORE destination keys [keys ...]`"""
    def sismember(self, name: Encodable, member: Encodable) -> bool:
        """Determines whether a member belongs to a set. `SISMEMBER key member`"""
    def smembers(self, name: Encodable) -> builtins.set[_T]:
        """Returns all members of a set. `SMEMBERS key`"""
    def smismember(self, name: Encodable, *members: Encodable | list[Encodable] | tuple[Encodable, ...]) -> list[bool]:
        """Determines whether each of several members belongs to a set. `SMISMEMBER key members [members ...]`"""
    def smove(self, source: Encodable, destination: Encodable, member: Encodable) -> bool:
        """Moves a member from one set to another. `SMOVE source destination member`"""
    def spop(self, name: Encodable, count: int | None = None) -> Any:
        """Removes and returns one or several random members of a set; the key is deleted when emptied. `SPOP key [count]`"""
    def srandmember(self, name: Encodable, count: int | None = None) -> Any:
        """Returns one or several random members of a set; a negative count allows repeats. `SRANDMEMBER key [count]`"""
    def srem(self, name: Encodable, *members: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Removes one or more members from a set; the key is deleted when emptied. `SREM key members [members ...]`"""
    def sunion(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> builtins.set[_T]:
        """Returns the members of the union of the given sets. `SUNION keys [keys ...]`"""
    def sunionstore(self, destination: Encodable, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Stores the union of sets in a key (deleting it when the result is empty); returns its size. `SUNIONSTORE destination keys [keys ...]`"""
    def zadd(self, name: Encodable, mapping: Mapping[_KeyT, float] | Iterable[tuple[_KeyT, float]], *, nx: bool = False, xx: bool = False, gt: bool = False, lt: bool = False, ch: bool = False, incr: bool = False) -> Any:
        """Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`"""
    def zcard(self, name: Encodable) -> int:
        """Returns the number of members in a sorted set. `ZCARD key`"""
    def zcount(self, name: Encodable, min: float | str | bytes, max: float | str | bytes) -> int:
        """Returns the number of members whose score lies within a range. `ZCOUNT key min max`"""
    def zincrby(self, name: Encodable, increment: float, member: Encodable) -> float:
        """Increments the score of a member (adding it with the increment as score if absent); returns the new score. `ZINCRBY key increment member`"""
    def zmscore(self, name: Encodable, *members: Encodable | list[Encodable] | tuple[Encodable, ...]) -> list[float | None]:
        """Returns the scores of several members (nil for each missing one). `ZMSCORE key members [members ...]`"""
    def zpopmax(self, name: Encodable, count: int | None = None) -> list[tuple[_T, float]]:
        """Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. `ZPOPMAX key [count]`"""
    def zpopmin(self, name: Encodable, count: int | None = None) -> list[tuple[_T, float]]:
        """Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. `ZPOPMIN key [count]`"""
    def zrange(self, name: Encodable, start: Encodable, end: Encodable, *, byscore: bool = False, bylex: bool = False, desc: bool = False, offset: int | None = None, num: int | None = None, withscores: bool = False) -> Any:
        """Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`"""
    def zrangebyscore(self, name: Encodable, min: float | str | bytes, max: float | str | bytes, *, withscores: bool = False, start: int | None = None, num: int | None = None) -> Any:
        """Returns members whose score lies within a range, in ascending order. `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`"""
    def zrank(self, name: Encodable, member: Encodable) -> int | None:
        """Returns the rank of a member in ascending score order (nil if absent). `ZRANK key member`"""
    def zrem(self, name: Encodable, *members: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Removes one or more members from a sorted set; the key is deleted when emptied. `ZREM key members [members ...]`"""
    def zremrangebyrank(self, name: Encodable, start: int, stop: int) -> int:
        """Removes the members within a range of ranks; returns how many were removed. `ZREMRANGEBYRANK key start stop`"""
    def zremrangebyscore(self, name: Encodable, min: float | str | bytes, max: float | str | bytes) -> int:
        """Removes the members whose score lies within a range; returns how many were removed. `ZREMRANGEBYSCORE key min max`"""
    def zrevrange(self, name: Encodable, start: int, end: int, *, withscores: bool = False) -> Any:
        """Returns members in a range of ranks, in descending score order. `ZREVRANGE key start stop [WITHSCORES]`"""
    def zrevrangebyscore(self, name: Encodable, max: float | str | bytes, min: float | str | bytes, *, withscores: bool = False, start: int | None = None, num: int | None = None) -> Any:
        """Returns members whose score lies within a range, in descending order (the range is given as max min). `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`"""
    def zrevrank(self, name: Encodable, member: Encodable) -> int | None:
        """Returns the rank of a member in descending score order (nil if absent). `ZREVRANK key member`"""
    def zscore(self, name: Encodable, member: Encodable) -> float | None:
        """Returns the score of a member (nil if absent). `ZSCORE key member`"""
    def copy(self, source: Encodable, destination: Encodable, *, destination_db: int | None = None, replace: bool = False) -> bool:
        """Copies the value of a key to a new key. `COPY source destination [DB destination-db] [REPLACE]`"""
    def dbsize(self) -> int:
        """Returns the number of keys in the database. `DBSIZE`"""
    def delete(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Deletes one or more keys. `DEL keys [keys ...]`"""
    def exists(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Determines whether one or more keys exist. `EXISTS keys [keys ...]`"""
    def expire(self, name: Encodable, seconds: int, *, nx: bool = False, xx: bool = False, gt: bool = False, lt: bool = False) -> bool:
        """Sets the expiration time of a key in seconds. `EXPIRE key seconds [NX] [XX] [GT] [LT]`"""
    def expireat(self, name: Encodable, unix_time_seconds: int, *, nx: bool = False, xx: bool = False, gt: bool = False, lt: bool = False) -> bool:
        """Sets the expiration time of a key to a Unix timestamp in seconds. `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`"""
    def expiretime(self, name: Encodable) -> int:
        """Returns the expiration time of a key as a Unix timestamp in seconds. `EXPIRETIME key`"""
    def flushall(self, *, asynchronous: bool = False, synchronous: bool = False) -> bool:
        """Removes all keys from all databases. `FLUSHALL [ASYNC | SYNC]`"""
    def flushdb(self, *, asynchronous: bool = False, synchronous: bool = False) -> bool:
        """Remove all keys from the current database. `FLUSHDB [ASYNC | SYNC]`"""
    def keys(self, pattern: Encodable) -> list[_T]:
        """Returns all key names that match a pattern. `KEYS pattern`"""
    def persist(self, name: Encodable) -> bool:
        """Removes the expiration time of a key. `PERSIST key`"""
    def pexpire(self, name: Encodable, milliseconds: int, *, nx: bool = False, xx: bool = False, gt: bool = False, lt: bool = False) -> bool:
        """Sets the expiration time of a key in milliseconds. `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`"""
    def pexpireat(self, name: Encodable, unix_time_milliseconds: int, *, nx: bool = False, xx: bool = False, gt: bool = False, lt: bool = False) -> bool:
        """Sets the expiration time of a key to a Unix milliseconds timestamp. `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`"""
    def pexpiretime(self, name: Encodable) -> int:
        """Returns the expiration time of a key as a Unix milliseconds timestamp. `PEXPIRETIME key`"""
    def pttl(self, name: Encodable) -> int:
        """Returns the expiration time in milliseconds of a key. `PTTL key`"""
    def randomkey(self) -> _T | None:
        """Returns a random key name from the database. `RANDOMKEY`"""
    def rename(self, name: Encodable, newkey: Encodable) -> bool:
        """Renames a key and overwrites the destination. `RENAME key newkey`"""
    def renamenx(self, name: Encodable, newkey: Encodable) -> bool:
        """Renames a key only when the target key name doesn't exist. `RENAMENX key newkey`"""
    def scan(self, cursor: int, *, match: Encodable | None = None, count: int | None = None, _type: Encodable | None = None) -> tuple[int, list[_T]]:
        """Iterates over the key names in the database. `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`"""
    def scan_iter(self, *, match: Encodable | None = None, count: int | None = None, _type: Encodable | None = None) -> Iterator[_T]:
        """Iterates over every item of `SCAN`, page after page from cursor 0 (a generator). `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`"""
    def select(self, index: int) -> bool:
        """Changes the selected database. `SELECT index`"""
    def ttl(self, name: Encodable) -> int:
        """Returns the expiration time in seconds of a key. `TTL key`"""
    def type(self, name: Encodable) -> _T:
        """Determines the type of value stored at a key. `TYPE key`"""
    def unlink(self, *keys: Encodable | list[Encodable] | tuple[Encodable, ...]) -> int:
        """Asynchronously deletes one or more keys. `UNLINK keys [keys ...]`"""
