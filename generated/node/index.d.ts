// Generated from commands.yaml by cargo xtask gen. Do not edit.
// The types of the ferrite-embedded package (bindings/node), generated from commands.yaml
// (codegen/src/targets/node.rs). `npm run build` copies this file beside index.js.
// Model hash 0x7464d8d2f9a400bc.

/// <reference types="node" />

/**
 * A key, pattern or lex bound: a string (sent as UTF-8; a lone surrogate becomes U+FFFD), a
 * Buffer or a Uint8Array (sent byte for byte).
 */
export type Key = string | Buffer | Uint8Array;

/** A value: a `Key`, or a number or BigInt, sent as `String(value)` spells it. */
export type Value = Key | number | bigint;

/** A 64-bit integer: a number (an integer; others fail with Redis's error) or a BigInt. */
export type Int = number | bigint;

/** A score bound: a number, or a string in Redis's syntax (`'(1.5'`, `'-inf'`, `'+inf'`). */
export type ScoreBound = number | string;

/** The type of a key (`null` when the key does not exist). */
export type KeyType = 'string' | 'list' | 'set' | 'zset' | 'hash';

/** A sorted-set member with its score. */
export interface ScoredMember<R> {
  member: R;
  score: number;
}

/** One page of a SCAN: the next cursor (`0n` when done) and the items. */
export interface ScanPage<R> {
  cursor: bigint;
  items: R[];
}

/**
 * A reply as Redis sends it (`execute` and the `...With` methods): `null` for nil, a string for a
 * status (`'OK'`), a BigInt for an integer, `R` for a bulk string, an array for an array.
 */
export type Reply<R> = null | string | bigint | R | Reply<R>[];

/** Errors thrown (or rejected with) by the database: `message` is Redis's exact text. */
export interface FerriteError extends Error {
  /**
   * `'ERR'`, `'WRONGTYPE'`, `'OOM'`, `'CLOSED'`, `'LOCKED'`, `'IO'`, `'CORRUPT'`, `'POISONED'`,
   * `'CONFIG'`, `'MISUSE'` (a transaction object used after its callback, or the database used
   * inside its own `transactionSync`), ... Arguments of the wrong JavaScript type throw a
   * `TypeError` with Node's `'ERR_INVALID_ARG_TYPE'` or `'ERR_INVALID_ARG_VALUE'`.
   */
  code: string;
}

/** Options of `open` and `memory`. */
export interface OpenOptions {
  /** Bulk replies as Buffers, byte for byte (default: strings, decoded as UTF-8). */
  returnBuffers?: boolean;
  /** When writes become durable (default `'normal'`, or `FERRITE_SYNC_MODE`). */
  syncMode?: 'none' | 'normal' | 'full';
  /** Bytes of keys and values before writes fail with OOM (default 256 MiB; 0: none). */
  memoryLimit?: number;
  /** Logical databases for SELECT (default 16). */
  numDatabases?: number;
}

/** Statistics of an open database. */
export interface Stats {
  keys: number;
  keysPerDb: number[];
  memoryUsed: number;
  memoryLimit: number;
  walBytes: number;
  snapshotBytes: number;
  snapshots: number;
  lastSnapshotError: string | null;
  commandsProcessed: number;
  expiredKeys: number;
}

/** Options of `scanIterator`. */
export interface ScanIteratorOptions {
  /** A glob-style pattern (`'user:*'`). */
  match?: Key;
  /** Keys per SCAN step (a hint). */
  count?: Int;
  /** Only keys of this type. */
  type?: KeyType;
}

/** Opens (or creates) the database in directory `path`. Throws `LOCKED` if it is open elsewhere. */
export declare function open(path: string, options: OpenOptions & { returnBuffers: true }): Database<Buffer>;
export declare function open(path: string, options?: OpenOptions & { returnBuffers?: false }): Database<string>;
export declare function open(path: string, options?: OpenOptions): Database<string | Buffer>;

/** An in-memory database. */
export declare function memory(options: OpenOptions & { returnBuffers: true }): Database<Buffer>;
export declare function memory(options?: OpenOptions & { returnBuffers?: false }): Database<string>;
export declare function memory(options?: OpenOptions): Database<string | Buffer>;

/** The optional arguments of `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`. */
export interface GetexOptions {
  /** `[EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]` */
  expiration?: { EX: Int } | { PX: Int } | { EXAT: Int } | { PXAT: Int } | 'PERSIST';
}

/** The optional arguments of `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`. */
export interface SetOptions {
  /** `[NX | XX]` */
  condition?: 'NX' | 'XX';
  /** `[GET]` */
  get?: boolean;
  /** `[EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` */
  expiration?: { EX: Int } | { PX: Int } | { EXAT: Int } | { PXAT: Int } | 'KEEPTTL';
}

/** The optional arguments of `LPOP key [count]`. */
export interface LpopOptions {
  /** `[count]` */
  count?: Int;
}

/** The optional arguments of `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`. */
export interface LposOptions {
  /** `[RANK rank]` */
  rank?: Int;
  /** `[COUNT count]` */
  count?: Int;
  /** `[MAXLEN maxlen]` */
  maxlen?: Int;
}

/** The optional arguments of `RPOP key [count]`. */
export interface RpopOptions {
  /** `[count]` */
  count?: Int;
}

/** The optional arguments of `SPOP key [count]`. */
export interface SpopOptions {
  /** `[count]` */
  count?: Int;
}

/** The optional arguments of `SRANDMEMBER key [count]`. */
export interface SrandmemberOptions {
  /** `[count]` */
  count?: Int;
}

/** The optional arguments of `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`. */
export interface ZaddOptions {
  /** `[NX]` */
  nx?: boolean;
  /** `[XX]` */
  xx?: boolean;
  /** `[GT]` */
  gt?: boolean;
  /** `[LT]` */
  lt?: boolean;
  /** `[CH]` */
  ch?: boolean;
  /** `[INCR]` */
  incr?: boolean;
}

/** The optional arguments of `ZPOPMAX key [count]`. */
export interface ZpopmaxOptions {
  /** `[count]` */
  count?: Int;
}

/** The optional arguments of `ZPOPMIN key [count]`. */
export interface ZpopminOptions {
  /** `[count]` */
  count?: Int;
}

/** The optional arguments of `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`. */
export interface ZrangeOptions {
  /** `[BYSCORE | BYLEX]` */
  by?: 'BYSCORE' | 'BYLEX';
  /** `[REV]` */
  rev?: boolean;
  /** `[LIMIT offset count]` */
  limit?: readonly [offset: Int, count: Int];
  /** `[WITHSCORES]` */
  withscores?: boolean;
}

/** The optional arguments of `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`. */
export interface ZrangebyscoreOptions {
  /** `[WITHSCORES]` */
  withscores?: boolean;
  /** `[LIMIT offset count]` */
  limit?: readonly [offset: Int, count: Int];
}

/** The optional arguments of `ZREVRANGE key start stop [WITHSCORES]`. */
export interface ZrevrangeOptions {
  /** `[WITHSCORES]` */
  withscores?: boolean;
}

/** The optional arguments of `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`. */
export interface ZrevrangebyscoreOptions {
  /** `[WITHSCORES]` */
  withscores?: boolean;
  /** `[LIMIT offset count]` */
  limit?: readonly [offset: Int, count: Int];
}

/** The optional arguments of `COPY source destination [DB destination-db] [REPLACE]`. */
export interface CopyOptions {
  /** `[DB destination-db]` */
  destinationDb?: Int;
  /** `[REPLACE]` */
  replace?: boolean;
}

/** The optional arguments of `EXPIRE key seconds [NX] [XX] [GT] [LT]`. */
export interface ExpireOptions {
  /** `[NX]` */
  nx?: boolean;
  /** `[XX]` */
  xx?: boolean;
  /** `[GT]` */
  gt?: boolean;
  /** `[LT]` */
  lt?: boolean;
}

/** The optional arguments of `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`. */
export interface ExpireAtOptions {
  /** `[NX]` */
  nx?: boolean;
  /** `[XX]` */
  xx?: boolean;
  /** `[GT]` */
  gt?: boolean;
  /** `[LT]` */
  lt?: boolean;
}

/** The optional arguments of `FLUSHALL [ASYNC | SYNC]`. */
export interface FlushallOptions {
  /** `[ASYNC | SYNC]` */
  mode?: 'ASYNC' | 'SYNC';
}

/** The optional arguments of `FLUSHDB [ASYNC | SYNC]`. */
export interface FlushdbOptions {
  /** `[ASYNC | SYNC]` */
  mode?: 'ASYNC' | 'SYNC';
}

/** The optional arguments of `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`. */
export interface PexpireOptions {
  /** `[NX]` */
  nx?: boolean;
  /** `[XX]` */
  xx?: boolean;
  /** `[GT]` */
  gt?: boolean;
  /** `[LT]` */
  lt?: boolean;
}

/** The optional arguments of `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`. */
export interface PexpireAtOptions {
  /** `[NX]` */
  nx?: boolean;
  /** `[XX]` */
  xx?: boolean;
  /** `[GT]` */
  gt?: boolean;
  /** `[LT]` */
  lt?: boolean;
}

/** The optional arguments of `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`. */
export interface ScanOptions {
  /** `[MATCH pattern]` */
  pattern?: Key;
  /** `[COUNT count]` */
  count?: Int;
  /** `[TYPE key-type]` */
  keyType?: Value;
}

/**
 * An open database. `R` is how bulk replies come back: `string` (the default) or `Buffer`
 * (`returnBuffers: true`). Every command is a method returning a Promise (run on the libuv
 * thread pool) and a `...Sync` twin (run on the calling thread).
 */
export declare class Database<R extends string | Buffer = string> {
  private constructor();

  /** Any command, parsed exactly as Redis parses it; resolves to the reply as Redis sends it. */
  execute(argv: ReadonlyArray<Value>): Promise<Reply<R>>;
  /** `execute` on the calling thread. */
  executeSync(argv: ReadonlyArray<Value>): Reply<R>;
  /** `execute` (node-redis's name). */
  sendCommand(argv: ReadonlyArray<Value>): Promise<Reply<R>>;

  /**
   * Runs `callback` as one transaction: its `tx` methods queue their commands, which run
   * atomically once the callback resolves; resolves to their replies, in order. If the callback
   * throws (or rejects), nothing runs and the Promise rejects with its error; if a command
   * fails, the whole transaction rolls back and the Promise rejects with that error. The
   * callback cannot read inside the transaction (a queued read returns `undefined`; its reply,
   * which sees the writes queued before it, is in the result): use `transactionSync` for
   * read-modify-write.
   */
  transaction(callback: (tx: Transaction<R>) => void | Promise<void>): Promise<unknown[]>;
  /**
   * Runs `callback` on the calling thread inside one transaction, every lock held, and returns
   * what it returns: each `tx` method runs at once and reads see the transaction's own writes;
   * a throw rolls every write back and is rethrown. The callback must be synchronous.
   */
  transactionSync<T>(callback: (tx: SyncTransaction<R>) => T): T;

  /**
   * The keys matching `match` (all keys without it), one SCAN page at a time (`for await`).
   * Like SCAN, a key present throughout is returned at least once.
   */
  scanIterator(options?: ScanIteratorOptions): AsyncIterableIterator<R>;

  /** Makes every write so far durable (fsync), whatever the sync mode. */
  sync(): Promise<void>;
  syncSync(): void;
  /** Takes a snapshot now and retires the log before it. */
  snapshot(): Promise<void>;
  snapshotSync(): void;
  /** Statistics: keys, memory, log and snapshot sizes. */
  stats(): Stats;
  /**
   * Closes the database (a final snapshot; everything durable; the directory lock released).
   * Later calls fail with code `'CLOSED'`; closing again does nothing.
   */
  close(): Promise<void>;
  closeSync(): void;
  /** Whether the database is closed. */
  readonly closed: boolean;

  /**
   * Appends a string to the value of a key; creates the key if it doesn't exist.
   * `APPEND key value`
   */
  append(key: Key, value: Value): Promise<number>;
  appendSync(key: Key, value: Value): number;
  /**
   * Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
   * `DECR key`
   */
  decr(key: Key): Promise<bigint>;
  decrSync(key: Key): bigint;
  /**
   * Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
   * `DECRBY key decrement`
   */
  decrBy(key: Key, decrement: Int): Promise<bigint>;
  decrBySync(key: Key, decrement: Int): bigint;
  /**
   * Returns the string value of a key.
   * `GET key`
   */
  get(key: Key): Promise<R | null>;
  getSync(key: Key): R | null;
  /**
   * GET, decoded as UTF-8.
   * `GET key`
   */
  getStr(key: Key): Promise<string | null>;
  getStrSync(key: Key): string | null;
  /**
   * Returns the string value of a key after deleting the key.
   * `GETDEL key`
   */
  getdel(key: Key): Promise<R | null>;
  getdelSync(key: Key): R | null;
  /**
   * Returns the string value of a key after setting its expiration time.
   * `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
   */
  getex(key: Key): Promise<R | null>;
  getexSync(key: Key): R | null;
  /**
   * Returns the string value of a key after setting its expiration time. With every option.
   * `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]` (the optional arguments from `options`)
   */
  getexWith(key: Key, options?: GetexOptions): Promise<R | null>;
  getexWithSync(key: Key, options?: GetexOptions): R | null;
  /**
   * Returns a substring of the string stored at a key.
   * `GETRANGE key start end`
   */
  getrange(key: Key, start: Int, end: Int): Promise<R>;
  getrangeSync(key: Key, start: Int, end: Int): R;
  /**
   * Returns the previous string value of a key after setting it to a new value.
   * `GETSET key value`
   */
  getset(key: Key, value: Value): Promise<R | null>;
  getsetSync(key: Key, value: Value): R | null;
  /**
   * Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
   * `INCR key`
   */
  incr(key: Key): Promise<bigint>;
  incrSync(key: Key): bigint;
  /**
   * Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
   * `INCRBY key increment`
   */
  incrBy(key: Key, increment: Int): Promise<bigint>;
  incrBySync(key: Key, increment: Int): bigint;
  /**
   * Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist.
   * `INCRBYFLOAT key increment`
   */
  incrByFloat(key: Key, increment: number): Promise<number>;
  incrByFloatSync(key: Key, increment: number): number;
  /**
   * Atomically returns the string values of one or more keys.
   * `MGET keys [keys ...]`
   */
  mget(keys: Key | readonly Key[]): Promise<(R | null)[]>;
  mgetSync(keys: Key | readonly Key[]): (R | null)[];
  /**
   * Atomically creates or modifies the string values of one or more keys.
   * `MSET key value [key value ...]`
   */
  mset(data: ReadonlyArray<readonly [Key, Value]>): Promise<void>;
  msetSync(data: ReadonlyArray<readonly [Key, Value]>): void;
  /**
   * Atomically modifies the string values of one or more keys only when all keys don't exist.
   * `MSETNX key value [key value ...]`
   */
  msetnx(data: ReadonlyArray<readonly [Key, Value]>): Promise<boolean>;
  msetnxSync(data: ReadonlyArray<readonly [Key, Value]>): boolean;
  /**
   * Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist.
   * `PSETEX key milliseconds value`
   */
  psetex(key: Key, milliseconds: Int, value: Value): Promise<void>;
  psetexSync(key: Key, milliseconds: Int, value: Value): void;
  /**
   * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
   * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
   */
  set(key: Key, value: Value): Promise<void>;
  setSync(key: Key, value: Value): void;
  /**
   * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
   * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
   */
  setNx(key: Key, value: Value): Promise<boolean>;
  setNxSync(key: Key, value: Value): boolean;
  /**
   * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
   * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
   */
  setXx(key: Key, value: Value): Promise<boolean>;
  setXxSync(key: Key, value: Value): boolean;
  /**
   * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
   * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
   */
  setEx(key: Key, value: Value, milliseconds: Int): Promise<void>;
  setExSync(key: Key, value: Value, milliseconds: Int): void;
  /**
   * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option.
   * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` (the optional arguments from `options`)
   */
  setWith(key: Key, value: Value, options?: SetOptions): Promise<Reply<R>>;
  setWithSync(key: Key, value: Value, options?: SetOptions): Reply<R>;
  /**
   * Sets the string value and expiration time of a key; creates the key if it doesn't exist.
   * `SETEX key seconds value`
   */
  setex(key: Key, seconds: Int, value: Value): Promise<void>;
  setexSync(key: Key, seconds: Int, value: Value): void;
  /**
   * Set the string value of a key only when the key doesn't exist.
   * `SETNX key value`
   */
  setnx(key: Key, value: Value): Promise<boolean>;
  setnxSync(key: Key, value: Value): boolean;
  /**
   * Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist.
   * `SETRANGE key offset value`
   */
  setrange(key: Key, offset: Int, value: Value): Promise<number>;
  setrangeSync(key: Key, offset: Int, value: Value): number;
  /**
   * Returns the length of a string value.
   * `STRLEN key`
   */
  strlen(key: Key): Promise<number>;
  strlenSync(key: Key): number;
  /**
   * Deletes one or more fields from a hash; the key is deleted when no field is left.
   * `HDEL key fields [fields ...]`
   */
  hdel(key: Key, fields: Value | readonly Value[]): Promise<number>;
  hdelSync(key: Key, fields: Value | readonly Value[]): number;
  /**
   * Tells whether a field exists in a hash.
   * `HEXISTS key field`
   */
  hexists(key: Key, field: Value): Promise<boolean>;
  hexistsSync(key: Key, field: Value): boolean;
  /**
   * Returns the value of a field in a hash.
   * `HGET key field`
   */
  hget(key: Key, field: Value): Promise<R | null>;
  hgetSync(key: Key, field: Value): R | null;
  /**
   * HGET, decoded as UTF-8.
   * `HGET key field`
   */
  hgetStr(key: Key, field: Value): Promise<string | null>;
  hgetStrSync(key: Key, field: Value): string | null;
  /**
   * Returns every field and value of a hash.
   * `HGETALL key`
   */
  hgetall(key: Key): Promise<Record<string, R>>;
  hgetallSync(key: Key): Record<string, R>;
  /**
   * Increments the integer value of a hash field by a number; a missing field counts as 0.
   * `HINCRBY key field delta`
   */
  hincrby(key: Key, field: Value, delta: Int): Promise<bigint>;
  hincrbySync(key: Key, field: Value, delta: Int): bigint;
  /**
   * Increments the floating-point value of a hash field by a number; a missing field counts as 0.
   * `HINCRBYFLOAT key field delta`
   */
  hincrbyfloat(key: Key, field: Value, delta: number): Promise<number>;
  hincrbyfloatSync(key: Key, field: Value, delta: number): number;
  /**
   * Returns every field of a hash.
   * `HKEYS key`
   */
  hkeys(key: Key): Promise<R[]>;
  hkeysSync(key: Key): R[];
  /**
   * Returns the number of fields in a hash.
   * `HLEN key`
   */
  hlen(key: Key): Promise<number>;
  hlenSync(key: Key): number;
  /**
   * Returns the values of the given fields of a hash, nil for each missing one.
   * `HMGET key fields [fields ...]`
   */
  hmget(key: Key, fields: Value | readonly Value[]): Promise<(R | null)[]>;
  hmgetSync(key: Key, fields: Value | readonly Value[]): (R | null)[];
  /**
   * Sets the values of one or more fields of a hash (deprecated in favour of HSET).
   * `HMSET key field value [field value ...]`
   */
  hmset(key: Key, pairs: ReadonlyArray<readonly [Value, Value]>): Promise<void>;
  hmsetSync(key: Key, pairs: ReadonlyArray<readonly [Value, Value]>): void;
  /**
   * Sets one field; true when the field is new.
   * `HSET key field value [field value ...]`
   */
  hset(key: Key, field: Value, value: Value): Promise<boolean>;
  hsetSync(key: Key, field: Value, value: Value): boolean;
  /**
   * Sets several fields; returns how many are new.
   * `HSET key field value [field value ...]`
   */
  hsetMultiple(key: Key, pairs: ReadonlyArray<readonly [Value, Value]>): Promise<number>;
  hsetMultipleSync(key: Key, pairs: ReadonlyArray<readonly [Value, Value]>): number;
  /**
   * Sets the value of a hash field only if the field does not exist yet.
   * `HSETNX key field value`
   */
  hsetnx(key: Key, field: Value, value: Value): Promise<boolean>;
  hsetnxSync(key: Key, field: Value, value: Value): boolean;
  /**
   * Returns the length in bytes of the value of a hash field (0 when missing).
   * `HSTRLEN key field`
   */
  hstrlen(key: Key, field: Value): Promise<number>;
  hstrlenSync(key: Key, field: Value): number;
  /**
   * Returns every value of a hash.
   * `HVALS key`
   */
  hvals(key: Key): Promise<R[]>;
  hvalsSync(key: Key): R[];
  /**
   * Returns the element at an index of a list (negative indexes count from the tail).
   * `LINDEX key index`
   */
  lindex(key: Key, index: Int): Promise<R | null>;
  lindexSync(key: Key, index: Int): R | null;
  /**
   * Inserts an element before or after the first occurrence of a pivot in a list.
   * `LINSERT key <BEFORE | AFTER> pivot element`
   */
  linsert(key: Key, position: 'BEFORE' | 'AFTER', pivot: Value, element: Value): Promise<bigint>;
  linsertSync(key: Key, position: 'BEFORE' | 'AFTER', pivot: Value, element: Value): bigint;
  /**
   * Returns the length of a list (0 when the key is missing).
   * `LLEN key`
   */
  llen(key: Key): Promise<number>;
  llenSync(key: Key): number;
  /**
   * Pops an element from one end of a list and pushes it onto one end of another (or the same) list.
   * `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
   */
  lmove(source: Key, destination: Key, wherefrom: 'LEFT' | 'RIGHT', whereto: 'LEFT' | 'RIGHT'): Promise<R | null>;
  lmoveSync(source: Key, destination: Key, wherefrom: 'LEFT' | 'RIGHT', whereto: 'LEFT' | 'RIGHT'): R | null;
  /**
   * Pops one element.
   * `LPOP key [count]`
   */
  lpop(key: Key): Promise<R | null>;
  lpopSync(key: Key): R | null;
  /**
   * Pops up to count elements; None when the key is missing.
   * `LPOP key [count]`
   */
  lpopCount(key: Key, count: Int): Promise<R[] | null>;
  lpopCountSync(key: Key, count: Int): R[] | null;
  /**
   * Removes and returns the first element of a list, or with a count the first count elements. With every option.
   * `LPOP key [count]` (the optional arguments from `options`)
   */
  lpopWith(key: Key, options?: LpopOptions): Promise<Reply<R>>;
  lpopWithSync(key: Key, options?: LpopOptions): Reply<R>;
  /**
   * The index of the match, or None.
   * `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
   */
  lpos(key: Key, element: Value): Promise<number | null>;
  lposSync(key: Key, element: Value): number | null;
  /**
   * The indexes of up to count matches (0: all).
   * `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
   */
  lposCount(key: Key, element: Value, count: Int): Promise<bigint[]>;
  lposCountSync(key: Key, element: Value, count: Int): bigint[];
  /**
   * Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option.
   * `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]` (the optional arguments from `options`)
   */
  lposWith(key: Key, element: Value, options?: LposOptions): Promise<Reply<R>>;
  lposWithSync(key: Key, element: Value, options?: LposOptions): Reply<R>;
  /**
   * Prepends one or more elements to a list, creating it if needed; returns the new length.
   * `LPUSH key values [values ...]`
   */
  lpush(key: Key, values: Value | readonly Value[]): Promise<number>;
  lpushSync(key: Key, values: Value | readonly Value[]): number;
  /**
   * Prepends elements to a list only if the list exists; returns the new length (0 when missing).
   * `LPUSHX key values [values ...]`
   */
  lpushx(key: Key, values: Value | readonly Value[]): Promise<number>;
  lpushxSync(key: Key, values: Value | readonly Value[]): number;
  /**
   * Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list).
   * `LRANGE key start stop`
   */
  lrange(key: Key, start: Int, stop: Int): Promise<R[]>;
  lrangeSync(key: Key, start: Int, stop: Int): R[];
  /**
   * Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all).
   * `LREM key count element`
   */
  lrem(key: Key, count: Int, element: Value): Promise<number>;
  lremSync(key: Key, count: Int, element: Value): number;
  /**
   * Sets the element at an index of a list (negative indexes count from the tail).
   * `LSET key index element`
   */
  lset(key: Key, index: Int, element: Value): Promise<void>;
  lsetSync(key: Key, index: Int, element: Value): void;
  /**
   * Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
   * `LTRIM key start stop`
   */
  ltrim(key: Key, start: Int, stop: Int): Promise<void>;
  ltrimSync(key: Key, start: Int, stop: Int): void;
  /**
   * Pops one element.
   * `RPOP key [count]`
   */
  rpop(key: Key): Promise<R | null>;
  rpopSync(key: Key): R | null;
  /**
   * Pops up to count elements; None when the key is missing.
   * `RPOP key [count]`
   */
  rpopCount(key: Key, count: Int): Promise<R[] | null>;
  rpopCountSync(key: Key, count: Int): R[] | null;
  /**
   * Removes and returns the last element of a list, or with a count the last count elements. With every option.
   * `RPOP key [count]` (the optional arguments from `options`)
   */
  rpopWith(key: Key, options?: RpopOptions): Promise<Reply<R>>;
  rpopWithSync(key: Key, options?: RpopOptions): Reply<R>;
  /**
   * Appends one or more elements to a list, creating it if needed; returns the new length.
   * `RPUSH key values [values ...]`
   */
  rpush(key: Key, values: Value | readonly Value[]): Promise<number>;
  rpushSync(key: Key, values: Value | readonly Value[]): number;
  /**
   * Appends elements to a list only if the list exists; returns the new length (0 when missing).
   * `RPUSHX key values [values ...]`
   */
  rpushx(key: Key, values: Value | readonly Value[]): Promise<number>;
  rpushxSync(key: Key, values: Value | readonly Value[]): number;
  /**
   * Adds one or more members to a set; the key is created if it doesn't exist.
   * `SADD key members [members ...]`
   */
  sadd(key: Key, members: Value | readonly Value[]): Promise<number>;
  saddSync(key: Key, members: Value | readonly Value[]): number;
  /**
   * Returns the number of members in a set.
   * `SCARD key`
   */
  scard(key: Key): Promise<number>;
  scardSync(key: Key): number;
  /**
   * Returns the members of the first set that are in none of the following sets.
   * `SDIFF keys [keys ...]`
   */
  sdiff(keys: Key | readonly Key[]): Promise<R[]>;
  sdiffSync(keys: Key | readonly Key[]): R[];
  /**
   * Stores the difference of sets in a key (deleting it when the result is empty); returns its size.
   * `SDIFFSTORE destination keys [keys ...]`
   */
  sdiffstore(destination: Key, keys: Key | readonly Key[]): Promise<number>;
  sdiffstoreSync(destination: Key, keys: Key | readonly Key[]): number;
  /**
   * Returns the members present in every given set.
   * `SINTER keys [keys ...]`
   */
  sinter(keys: Key | readonly Key[]): Promise<R[]>;
  sinterSync(keys: Key | readonly Key[]): R[];
  /**
   * Stores the intersection of sets in a key (deleting it when the result is empty); returns its size.
   * `SINTERSTORE destination keys [keys ...]`
   */
  sinterstore(destination: Key, keys: Key | readonly Key[]): Promise<number>;
  sinterstoreSync(destination: Key, keys: Key | readonly Key[]): number;
  /**
   * Determines whether a member belongs to a set.
   * `SISMEMBER key member`
   */
  sismember(key: Key, member: Value): Promise<boolean>;
  sismemberSync(key: Key, member: Value): boolean;
  /**
   * Returns all members of a set.
   * `SMEMBERS key`
   */
  smembers(key: Key): Promise<R[]>;
  smembersSync(key: Key): R[];
  /**
   * Determines whether each of several members belongs to a set.
   * `SMISMEMBER key members [members ...]`
   */
  smismember(key: Key, members: Value | readonly Value[]): Promise<boolean[]>;
  smismemberSync(key: Key, members: Value | readonly Value[]): boolean[];
  /**
   * Moves a member from one set to another.
   * `SMOVE source destination member`
   */
  smove(source: Key, destination: Key, member: Value): Promise<boolean>;
  smoveSync(source: Key, destination: Key, member: Value): boolean;
  /**
   * SPOP without count: one random member, or None.
   * `SPOP key [count]`
   */
  spop(key: Key): Promise<R | null>;
  spopSync(key: Key): R | null;
  /**
   * SPOP with count: up to count random members.
   * `SPOP key [count]`
   */
  spopCount(key: Key, count: Int): Promise<R[]>;
  spopCountSync(key: Key, count: Int): R[];
  /**
   * Removes and returns one or several random members of a set; the key is deleted when emptied. With every option.
   * `SPOP key [count]` (the optional arguments from `options`)
   */
  spopWith(key: Key, options?: SpopOptions): Promise<Reply<R>>;
  spopWithSync(key: Key, options?: SpopOptions): Reply<R>;
  /**
   * SRANDMEMBER without count: one random member, or None.
   * `SRANDMEMBER key [count]`
   */
  srandmember(key: Key): Promise<R | null>;
  srandmemberSync(key: Key): R | null;
  /**
   * SRANDMEMBER with count (negative: may repeat).
   * `SRANDMEMBER key [count]`
   */
  srandmemberCount(key: Key, count: Int): Promise<R[]>;
  srandmemberCountSync(key: Key, count: Int): R[];
  /**
   * Returns one or several random members of a set; a negative count allows repeats. With every option.
   * `SRANDMEMBER key [count]` (the optional arguments from `options`)
   */
  srandmemberWith(key: Key, options?: SrandmemberOptions): Promise<Reply<R>>;
  srandmemberWithSync(key: Key, options?: SrandmemberOptions): Reply<R>;
  /**
   * Removes one or more members from a set; the key is deleted when emptied.
   * `SREM key members [members ...]`
   */
  srem(key: Key, members: Value | readonly Value[]): Promise<number>;
  sremSync(key: Key, members: Value | readonly Value[]): number;
  /**
   * Returns the members of the union of the given sets.
   * `SUNION keys [keys ...]`
   */
  sunion(keys: Key | readonly Key[]): Promise<R[]>;
  sunionSync(keys: Key | readonly Key[]): R[];
  /**
   * Stores the union of sets in a key (deleting it when the result is empty); returns its size.
   * `SUNIONSTORE destination keys [keys ...]`
   */
  sunionstore(destination: Key, keys: Key | readonly Key[]): Promise<number>;
  sunionstoreSync(destination: Key, keys: Key | readonly Key[]): number;
  /**
   * Adds or updates members; returns how many were added.
   * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
   */
  zadd(key: Key, members: ReadonlyArray<readonly [number, Value]>): Promise<number>;
  zaddSync(key: Key, members: ReadonlyArray<readonly [number, Value]>): number;
  /**
   * Adds new members only; returns how many were added.
   * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
   */
  zaddNx(key: Key, members: ReadonlyArray<readonly [number, Value]>): Promise<number>;
  zaddNxSync(key: Key, members: ReadonlyArray<readonly [number, Value]>): number;
  /**
   * Updates existing members only.
   * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
   */
  zaddXx(key: Key, members: ReadonlyArray<readonly [number, Value]>): Promise<number>;
  zaddXxSync(key: Key, members: ReadonlyArray<readonly [number, Value]>): number;
  /**
   * Increments one member's score (ZADD INCR); returns the new score.
   * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
   */
  zaddIncr(key: Key, score: number, member: Value): Promise<number>;
  zaddIncrSync(key: Key, score: number, member: Value): number;
  /**
   * Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option.
   * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` (the optional arguments from `options`)
   */
  zaddWith(key: Key, members: ReadonlyArray<readonly [number, Value]>, options?: ZaddOptions): Promise<Reply<R>>;
  zaddWithSync(key: Key, members: ReadonlyArray<readonly [number, Value]>, options?: ZaddOptions): Reply<R>;
  /**
   * Returns the number of members in a sorted set.
   * `ZCARD key`
   */
  zcard(key: Key): Promise<number>;
  zcardSync(key: Key): number;
  /**
   * Returns the number of members whose score lies within a range.
   * `ZCOUNT key min max`
   */
  zcount(key: Key, min: ScoreBound, max: ScoreBound): Promise<number>;
  zcountSync(key: Key, min: ScoreBound, max: ScoreBound): number;
  /**
   * Increments the score of a member (adding it with the increment as score if absent); returns the new score.
   * `ZINCRBY key increment member`
   */
  zincrby(key: Key, increment: number, member: Value): Promise<number>;
  zincrbySync(key: Key, increment: number, member: Value): number;
  /**
   * Returns the scores of several members (nil for each missing one).
   * `ZMSCORE key members [members ...]`
   */
  zmscore(key: Key, members: Value | readonly Value[]): Promise<(number | null)[]>;
  zmscoreSync(key: Key, members: Value | readonly Value[]): (number | null)[];
  /**
   * Removes and returns the members with the highest scores (one by default); the key is deleted when emptied.
   * `ZPOPMAX key [count]`
   */
  zpopmax(key: Key): Promise<ScoredMember<R>[]>;
  zpopmaxSync(key: Key): ScoredMember<R>[];
  /**
   * Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option.
   * `ZPOPMAX key [count]` (the optional arguments from `options`)
   */
  zpopmaxWith(key: Key, options?: ZpopmaxOptions): Promise<ScoredMember<R>[]>;
  zpopmaxWithSync(key: Key, options?: ZpopmaxOptions): ScoredMember<R>[];
  /**
   * Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied.
   * `ZPOPMIN key [count]`
   */
  zpopmin(key: Key): Promise<ScoredMember<R>[]>;
  zpopminSync(key: Key): ScoredMember<R>[];
  /**
   * Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option.
   * `ZPOPMIN key [count]` (the optional arguments from `options`)
   */
  zpopminWith(key: Key, options?: ZpopminOptions): Promise<ScoredMember<R>[]>;
  zpopminWithSync(key: Key, options?: ZpopminOptions): ScoredMember<R>[];
  /**
   * Members between two ranks (negative counts from the end).
   * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
   */
  zrange(key: Key, start: Int, stop: Int): Promise<R[]>;
  zrangeSync(key: Key, start: Int, stop: Int): R[];
  /**
   * Members and scores between two ranks.
   * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
   */
  zrangeWithScores(key: Key, start: Int, stop: Int): Promise<ScoredMember<R>[]>;
  zrangeWithScoresSync(key: Key, start: Int, stop: Int): ScoredMember<R>[];
  /**
   * Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option.
   * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]` (the optional arguments from `options`)
   */
  zrangeWith(key: Key, start: Value, stop: Value, options?: ZrangeOptions): Promise<Reply<R>>;
  zrangeWithSync(key: Key, start: Value, stop: Value, options?: ZrangeOptions): Reply<R>;
  /**
   * Members with min <= score <= max.
   * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
   */
  zrangebyscore(key: Key, min: ScoreBound, max: ScoreBound): Promise<R[]>;
  zrangebyscoreSync(key: Key, min: ScoreBound, max: ScoreBound): R[];
  /**
   * Members and scores with min <= score <= max.
   * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
   */
  zrangebyscoreWithScores(key: Key, min: ScoreBound, max: ScoreBound): Promise<ScoredMember<R>[]>;
  zrangebyscoreWithScoresSync(key: Key, min: ScoreBound, max: ScoreBound): ScoredMember<R>[];
  /**
   * Returns members whose score lies within a range, in ascending order. With every option.
   * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`)
   */
  zrangebyscoreWith(key: Key, min: ScoreBound, max: ScoreBound, options?: ZrangebyscoreOptions): Promise<Reply<R>>;
  zrangebyscoreWithSync(key: Key, min: ScoreBound, max: ScoreBound, options?: ZrangebyscoreOptions): Reply<R>;
  /**
   * Returns the rank of a member in ascending score order (nil if absent).
   * `ZRANK key member`
   */
  zrank(key: Key, member: Value): Promise<number | null>;
  zrankSync(key: Key, member: Value): number | null;
  /**
   * Removes one or more members from a sorted set; the key is deleted when emptied.
   * `ZREM key members [members ...]`
   */
  zrem(key: Key, members: Value | readonly Value[]): Promise<number>;
  zremSync(key: Key, members: Value | readonly Value[]): number;
  /**
   * Removes the members within a range of ranks; returns how many were removed.
   * `ZREMRANGEBYRANK key start stop`
   */
  zremrangebyrank(key: Key, start: Int, stop: Int): Promise<number>;
  zremrangebyrankSync(key: Key, start: Int, stop: Int): number;
  /**
   * Removes the members whose score lies within a range; returns how many were removed.
   * `ZREMRANGEBYSCORE key min max`
   */
  zremrangebyscore(key: Key, min: ScoreBound, max: ScoreBound): Promise<number>;
  zremrangebyscoreSync(key: Key, min: ScoreBound, max: ScoreBound): number;
  /**
   * Members between two ranks, highest score first.
   * `ZREVRANGE key start stop [WITHSCORES]`
   */
  zrevrange(key: Key, start: Int, stop: Int): Promise<R[]>;
  zrevrangeSync(key: Key, start: Int, stop: Int): R[];
  /**
   * Members and scores between two ranks, highest score first.
   * `ZREVRANGE key start stop [WITHSCORES]`
   */
  zrevrangeWithScores(key: Key, start: Int, stop: Int): Promise<ScoredMember<R>[]>;
  zrevrangeWithScoresSync(key: Key, start: Int, stop: Int): ScoredMember<R>[];
  /**
   * Returns members in a range of ranks, in descending score order. With every option.
   * `ZREVRANGE key start stop [WITHSCORES]` (the optional arguments from `options`)
   */
  zrevrangeWith(key: Key, start: Int, stop: Int, options?: ZrevrangeOptions): Promise<Reply<R>>;
  zrevrangeWithSync(key: Key, start: Int, stop: Int, options?: ZrevrangeOptions): Reply<R>;
  /**
   * Members with max >= score >= min, highest first.
   * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
   */
  zrevrangebyscore(key: Key, max: ScoreBound, min: ScoreBound): Promise<R[]>;
  zrevrangebyscoreSync(key: Key, max: ScoreBound, min: ScoreBound): R[];
  /**
   * Members and scores with max >= score >= min, highest first.
   * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
   */
  zrevrangebyscoreWithScores(key: Key, max: ScoreBound, min: ScoreBound): Promise<ScoredMember<R>[]>;
  zrevrangebyscoreWithScoresSync(key: Key, max: ScoreBound, min: ScoreBound): ScoredMember<R>[];
  /**
   * Returns members whose score lies within a range, in descending order (the range is given as max min). With every option.
   * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`)
   */
  zrevrangebyscoreWith(key: Key, max: ScoreBound, min: ScoreBound, options?: ZrevrangebyscoreOptions): Promise<Reply<R>>;
  zrevrangebyscoreWithSync(key: Key, max: ScoreBound, min: ScoreBound, options?: ZrevrangebyscoreOptions): Reply<R>;
  /**
   * Returns the rank of a member in descending score order (nil if absent).
   * `ZREVRANK key member`
   */
  zrevrank(key: Key, member: Value): Promise<number | null>;
  zrevrankSync(key: Key, member: Value): number | null;
  /**
   * Returns the score of a member (nil if absent).
   * `ZSCORE key member`
   */
  zscore(key: Key, member: Value): Promise<number | null>;
  zscoreSync(key: Key, member: Value): number | null;
  /**
   * Copies the value of a key to a new key.
   * `COPY source destination [DB destination-db] [REPLACE]`
   */
  copy(source: Key, destination: Key): Promise<boolean>;
  copySync(source: Key, destination: Key): boolean;
  /**
   * Copies the value of a key to a new key. With every option.
   * `COPY source destination [DB destination-db] [REPLACE]` (the optional arguments from `options`)
   */
  copyWith(source: Key, destination: Key, options?: CopyOptions): Promise<boolean>;
  copyWithSync(source: Key, destination: Key, options?: CopyOptions): boolean;
  /**
   * Returns the number of keys in the database.
   * `DBSIZE`
   */
  dbsize(): Promise<number>;
  dbsizeSync(): number;
  /**
   * Deletes one or more keys.
   * `DEL keys [keys ...]`
   */
  del(keys: Key | readonly Key[]): Promise<number>;
  delSync(keys: Key | readonly Key[]): number;
  /**
   * Determines whether one or more keys exist.
   * `EXISTS keys [keys ...]`
   */
  exists(keys: Key | readonly Key[]): Promise<number>;
  existsSync(keys: Key | readonly Key[]): number;
  /**
   * Sets the expiration time of a key in seconds.
   * `EXPIRE key seconds [NX] [XX] [GT] [LT]`
   */
  expire(key: Key, seconds: Int): Promise<boolean>;
  expireSync(key: Key, seconds: Int): boolean;
  /**
   * Sets the expiration time of a key in seconds. With every option.
   * `EXPIRE key seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
   */
  expireWith(key: Key, seconds: Int, options?: ExpireOptions): Promise<boolean>;
  expireWithSync(key: Key, seconds: Int, options?: ExpireOptions): boolean;
  /**
   * Sets the expiration time of a key to a Unix timestamp in seconds.
   * `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
   */
  expireAt(key: Key, unixTimeSeconds: Int): Promise<boolean>;
  expireAtSync(key: Key, unixTimeSeconds: Int): boolean;
  /**
   * Sets the expiration time of a key to a Unix timestamp in seconds. With every option.
   * `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
   */
  expireAtWith(key: Key, unixTimeSeconds: Int, options?: ExpireAtOptions): Promise<boolean>;
  expireAtWithSync(key: Key, unixTimeSeconds: Int, options?: ExpireAtOptions): boolean;
  /**
   * Returns the expiration time of a key as a Unix timestamp in seconds.
   * `EXPIRETIME key`
   */
  expiretime(key: Key): Promise<bigint>;
  expiretimeSync(key: Key): bigint;
  /**
   * Removes all keys from all databases.
   * `FLUSHALL [ASYNC | SYNC]`
   */
  flushall(): Promise<void>;
  flushallSync(): void;
  /**
   * Removes all keys from all databases. With every option.
   * `FLUSHALL [ASYNC | SYNC]` (the optional arguments from `options`)
   */
  flushallWith(options?: FlushallOptions): Promise<void>;
  flushallWithSync(options?: FlushallOptions): void;
  /**
   * Remove all keys from the current database.
   * `FLUSHDB [ASYNC | SYNC]`
   */
  flushdb(): Promise<void>;
  flushdbSync(): void;
  /**
   * Remove all keys from the current database. With every option.
   * `FLUSHDB [ASYNC | SYNC]` (the optional arguments from `options`)
   */
  flushdbWith(options?: FlushdbOptions): Promise<void>;
  flushdbWithSync(options?: FlushdbOptions): void;
  /**
   * Returns all key names that match a pattern.
   * `KEYS pattern`
   */
  keys(pattern: Key): Promise<R[]>;
  keysSync(pattern: Key): R[];
  /**
   * Removes the expiration time of a key.
   * `PERSIST key`
   */
  persist(key: Key): Promise<boolean>;
  persistSync(key: Key): boolean;
  /**
   * Sets the expiration time of a key in milliseconds.
   * `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
   */
  pexpire(key: Key, milliseconds: Int): Promise<boolean>;
  pexpireSync(key: Key, milliseconds: Int): boolean;
  /**
   * Sets the expiration time of a key in milliseconds. With every option.
   * `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
   */
  pexpireWith(key: Key, milliseconds: Int, options?: PexpireOptions): Promise<boolean>;
  pexpireWithSync(key: Key, milliseconds: Int, options?: PexpireOptions): boolean;
  /**
   * Sets the expiration time of a key to a Unix milliseconds timestamp.
   * `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
   */
  pexpireAt(key: Key, unixTimeMilliseconds: Int): Promise<boolean>;
  pexpireAtSync(key: Key, unixTimeMilliseconds: Int): boolean;
  /**
   * Sets the expiration time of a key to a Unix milliseconds timestamp. With every option.
   * `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
   */
  pexpireAtWith(key: Key, unixTimeMilliseconds: Int, options?: PexpireAtOptions): Promise<boolean>;
  pexpireAtWithSync(key: Key, unixTimeMilliseconds: Int, options?: PexpireAtOptions): boolean;
  /**
   * Returns the expiration time of a key as a Unix milliseconds timestamp.
   * `PEXPIRETIME key`
   */
  pexpiretime(key: Key): Promise<bigint>;
  pexpiretimeSync(key: Key): bigint;
  /**
   * Returns the expiration time in milliseconds of a key.
   * `PTTL key`
   */
  pttl(key: Key): Promise<bigint | null>;
  pttlSync(key: Key): bigint | null;
  /**
   * Returns a random key name from the database.
   * `RANDOMKEY`
   */
  randomkey(): Promise<R | null>;
  randomkeySync(): R | null;
  /**
   * Renames a key and overwrites the destination.
   * `RENAME key newkey`
   */
  rename(key: Key, newkey: Key): Promise<void>;
  renameSync(key: Key, newkey: Key): void;
  /**
   * Renames a key only when the target key name doesn't exist.
   * `RENAMENX key newkey`
   */
  renamenx(key: Key, newkey: Key): Promise<boolean>;
  renamenxSync(key: Key, newkey: Key): boolean;
  /**
   * Iterates over the key names in the database.
   * `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
   */
  scan(cursor: Int): Promise<ScanPage<R>>;
  scanSync(cursor: Int): ScanPage<R>;
  /**
   * Iterates over the key names in the database. With every option.
   * `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]` (the optional arguments from `options`)
   */
  scanWith(cursor: Int, options?: ScanOptions): Promise<ScanPage<R>>;
  scanWithSync(cursor: Int, options?: ScanOptions): ScanPage<R>;
  /**
   * Changes the selected database.
   * `SELECT index`
   */
  select(index: Int): Promise<void>;
  selectSync(index: Int): void;
  /**
   * Returns the expiration time in seconds of a key.
   * `TTL key`
   */
  ttl(key: Key): Promise<bigint | null>;
  ttlSync(key: Key): bigint | null;
  /**
   * Determines the type of value stored at a key.
   * `TYPE key`
   */
  keyType(key: Key): Promise<KeyType | null>;
  keyTypeSync(key: Key): KeyType | null;
  /**
   * Asynchronously deletes one or more keys.
   * `UNLINK keys [keys ...]`
   */
  unlink(keys: Key | readonly Key[]): Promise<number>;
  unlinkSync(keys: Key | readonly Key[]): number;
}

/**
 * The `tx` of `transaction(callback)`: every command method queues its command (after checking
 * its arguments) and returns `undefined`; the replies come from `transaction`'s Promise.
 */
export declare class Transaction<R extends string | Buffer = string> {
  private constructor();
  /** Queues any command. */
  execute(argv: ReadonlyArray<Value>): void;

  /** Appends a string to the value of a key; creates the key if it doesn't exist. `APPEND key value` */
  append(key: Key, value: Value): void;
  /** Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist. `DECR key` */
  decr(key: Key): void;
  /** Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist. `DECRBY key decrement` */
  decrBy(key: Key, decrement: Int): void;
  /** Returns the string value of a key. `GET key` */
  get(key: Key): void;
  /** GET, decoded as UTF-8. `GET key` */
  getStr(key: Key): void;
  /** Returns the string value of a key after deleting the key. `GETDEL key` */
  getdel(key: Key): void;
  /** Returns the string value of a key after setting its expiration time. `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]` */
  getex(key: Key): void;
  /** Returns the string value of a key after setting its expiration time. With every option. `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]` (the optional arguments from `options`) */
  getexWith(key: Key, options?: GetexOptions): void;
  /** Returns a substring of the string stored at a key. `GETRANGE key start end` */
  getrange(key: Key, start: Int, end: Int): void;
  /** Returns the previous string value of a key after setting it to a new value. `GETSET key value` */
  getset(key: Key, value: Value): void;
  /** Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist. `INCR key` */
  incr(key: Key): void;
  /** Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist. `INCRBY key increment` */
  incrBy(key: Key, increment: Int): void;
  /** Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist. `INCRBYFLOAT key increment` */
  incrByFloat(key: Key, increment: number): void;
  /** Atomically returns the string values of one or more keys. `MGET keys [keys ...]` */
  mget(keys: Key | readonly Key[]): void;
  /** Atomically creates or modifies the string values of one or more keys. `MSET key value [key value ...]` */
  mset(data: ReadonlyArray<readonly [Key, Value]>): void;
  /** Atomically modifies the string values of one or more keys only when all keys don't exist. `MSETNX key value [key value ...]` */
  msetnx(data: ReadonlyArray<readonly [Key, Value]>): void;
  /** Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist. `PSETEX key milliseconds value` */
  psetex(key: Key, milliseconds: Int, value: Value): void;
  /** Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` */
  set(key: Key, value: Value): void;
  /** Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` */
  setNx(key: Key, value: Value): void;
  /** Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` */
  setXx(key: Key, value: Value): void;
  /** Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` */
  setEx(key: Key, value: Value, milliseconds: Int): void;
  /** Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option. `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` (the optional arguments from `options`) */
  setWith(key: Key, value: Value, options?: SetOptions): void;
  /** Sets the string value and expiration time of a key; creates the key if it doesn't exist. `SETEX key seconds value` */
  setex(key: Key, seconds: Int, value: Value): void;
  /** Set the string value of a key only when the key doesn't exist. `SETNX key value` */
  setnx(key: Key, value: Value): void;
  /** Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist. `SETRANGE key offset value` */
  setrange(key: Key, offset: Int, value: Value): void;
  /** Returns the length of a string value. `STRLEN key` */
  strlen(key: Key): void;
  /** Deletes one or more fields from a hash; the key is deleted when no field is left. `HDEL key fields [fields ...]` */
  hdel(key: Key, fields: Value | readonly Value[]): void;
  /** Tells whether a field exists in a hash. `HEXISTS key field` */
  hexists(key: Key, field: Value): void;
  /** Returns the value of a field in a hash. `HGET key field` */
  hget(key: Key, field: Value): void;
  /** HGET, decoded as UTF-8. `HGET key field` */
  hgetStr(key: Key, field: Value): void;
  /** Returns every field and value of a hash. `HGETALL key` */
  hgetall(key: Key): void;
  /** Increments the integer value of a hash field by a number; a missing field counts as 0. `HINCRBY key field delta` */
  hincrby(key: Key, field: Value, delta: Int): void;
  /** Increments the floating-point value of a hash field by a number; a missing field counts as 0. `HINCRBYFLOAT key field delta` */
  hincrbyfloat(key: Key, field: Value, delta: number): void;
  /** Returns every field of a hash. `HKEYS key` */
  hkeys(key: Key): void;
  /** Returns the number of fields in a hash. `HLEN key` */
  hlen(key: Key): void;
  /** Returns the values of the given fields of a hash, nil for each missing one. `HMGET key fields [fields ...]` */
  hmget(key: Key, fields: Value | readonly Value[]): void;
  /** Sets the values of one or more fields of a hash (deprecated in favour of HSET). `HMSET key field value [field value ...]` */
  hmset(key: Key, pairs: ReadonlyArray<readonly [Value, Value]>): void;
  /** Sets one field; true when the field is new. `HSET key field value [field value ...]` */
  hset(key: Key, field: Value, value: Value): void;
  /** Sets several fields; returns how many are new. `HSET key field value [field value ...]` */
  hsetMultiple(key: Key, pairs: ReadonlyArray<readonly [Value, Value]>): void;
  /** Sets the value of a hash field only if the field does not exist yet. `HSETNX key field value` */
  hsetnx(key: Key, field: Value, value: Value): void;
  /** Returns the length in bytes of the value of a hash field (0 when missing). `HSTRLEN key field` */
  hstrlen(key: Key, field: Value): void;
  /** Returns every value of a hash. `HVALS key` */
  hvals(key: Key): void;
  /** Returns the element at an index of a list (negative indexes count from the tail). `LINDEX key index` */
  lindex(key: Key, index: Int): void;
  /** Inserts an element before or after the first occurrence of a pivot in a list. `LINSERT key <BEFORE | AFTER> pivot element` */
  linsert(key: Key, position: 'BEFORE' | 'AFTER', pivot: Value, element: Value): void;
  /** Returns the length of a list (0 when the key is missing). `LLEN key` */
  llen(key: Key): void;
  /** Pops an element from one end of a list and pushes it onto one end of another (or the same) list. `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>` */
  lmove(source: Key, destination: Key, wherefrom: 'LEFT' | 'RIGHT', whereto: 'LEFT' | 'RIGHT'): void;
  /** Pops one element. `LPOP key [count]` */
  lpop(key: Key): void;
  /** Pops up to count elements; None when the key is missing. `LPOP key [count]` */
  lpopCount(key: Key, count: Int): void;
  /** Removes and returns the first element of a list, or with a count the first count elements. With every option. `LPOP key [count]` (the optional arguments from `options`) */
  lpopWith(key: Key, options?: LpopOptions): void;
  /** The index of the match, or None. `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]` */
  lpos(key: Key, element: Value): void;
  /** The indexes of up to count matches (0: all). `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]` */
  lposCount(key: Key, element: Value, count: Int): void;
  /** Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option. `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]` (the optional arguments from `options`) */
  lposWith(key: Key, element: Value, options?: LposOptions): void;
  /** Prepends one or more elements to a list, creating it if needed; returns the new length. `LPUSH key values [values ...]` */
  lpush(key: Key, values: Value | readonly Value[]): void;
  /** Prepends elements to a list only if the list exists; returns the new length (0 when missing). `LPUSHX key values [values ...]` */
  lpushx(key: Key, values: Value | readonly Value[]): void;
  /** Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list). `LRANGE key start stop` */
  lrange(key: Key, start: Int, stop: Int): void;
  /** Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all). `LREM key count element` */
  lrem(key: Key, count: Int, element: Value): void;
  /** Sets the element at an index of a list (negative indexes count from the tail). `LSET key index element` */
  lset(key: Key, index: Int, element: Value): void;
  /** Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left. `LTRIM key start stop` */
  ltrim(key: Key, start: Int, stop: Int): void;
  /** Pops one element. `RPOP key [count]` */
  rpop(key: Key): void;
  /** Pops up to count elements; None when the key is missing. `RPOP key [count]` */
  rpopCount(key: Key, count: Int): void;
  /** Removes and returns the last element of a list, or with a count the last count elements. With every option. `RPOP key [count]` (the optional arguments from `options`) */
  rpopWith(key: Key, options?: RpopOptions): void;
  /** Appends one or more elements to a list, creating it if needed; returns the new length. `RPUSH key values [values ...]` */
  rpush(key: Key, values: Value | readonly Value[]): void;
  /** Appends elements to a list only if the list exists; returns the new length (0 when missing). `RPUSHX key values [values ...]` */
  rpushx(key: Key, values: Value | readonly Value[]): void;
  /** Adds one or more members to a set; the key is created if it doesn't exist. `SADD key members [members ...]` */
  sadd(key: Key, members: Value | readonly Value[]): void;
  /** Returns the number of members in a set. `SCARD key` */
  scard(key: Key): void;
  /** Returns the members of the first set that are in none of the following sets. `SDIFF keys [keys ...]` */
  sdiff(keys: Key | readonly Key[]): void;
  /** Stores the difference of sets in a key (deleting it when the result is empty); returns its size. `SDIFFSTORE destination keys [keys ...]` */
  sdiffstore(destination: Key, keys: Key | readonly Key[]): void;
  /** Returns the members present in every given set. `SINTER keys [keys ...]` */
  sinter(keys: Key | readonly Key[]): void;
  /** Stores the intersection of sets in a key (deleting it when the result is empty); returns its size. `SINTERSTORE destination keys [keys ...]` */
  sinterstore(destination: Key, keys: Key | readonly Key[]): void;
  /** Determines whether a member belongs to a set. `SISMEMBER key member` */
  sismember(key: Key, member: Value): void;
  /** Returns all members of a set. `SMEMBERS key` */
  smembers(key: Key): void;
  /** Determines whether each of several members belongs to a set. `SMISMEMBER key members [members ...]` */
  smismember(key: Key, members: Value | readonly Value[]): void;
  /** Moves a member from one set to another. `SMOVE source destination member` */
  smove(source: Key, destination: Key, member: Value): void;
  /** SPOP without count: one random member, or None. `SPOP key [count]` */
  spop(key: Key): void;
  /** SPOP with count: up to count random members. `SPOP key [count]` */
  spopCount(key: Key, count: Int): void;
  /** Removes and returns one or several random members of a set; the key is deleted when emptied. With every option. `SPOP key [count]` (the optional arguments from `options`) */
  spopWith(key: Key, options?: SpopOptions): void;
  /** SRANDMEMBER without count: one random member, or None. `SRANDMEMBER key [count]` */
  srandmember(key: Key): void;
  /** SRANDMEMBER with count (negative: may repeat). `SRANDMEMBER key [count]` */
  srandmemberCount(key: Key, count: Int): void;
  /** Returns one or several random members of a set; a negative count allows repeats. With every option. `SRANDMEMBER key [count]` (the optional arguments from `options`) */
  srandmemberWith(key: Key, options?: SrandmemberOptions): void;
  /** Removes one or more members from a set; the key is deleted when emptied. `SREM key members [members ...]` */
  srem(key: Key, members: Value | readonly Value[]): void;
  /** Returns the members of the union of the given sets. `SUNION keys [keys ...]` */
  sunion(keys: Key | readonly Key[]): void;
  /** Stores the union of sets in a key (deleting it when the result is empty); returns its size. `SUNIONSTORE destination keys [keys ...]` */
  sunionstore(destination: Key, keys: Key | readonly Key[]): void;
  /** Adds or updates members; returns how many were added. `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` */
  zadd(key: Key, members: ReadonlyArray<readonly [number, Value]>): void;
  /** Adds new members only; returns how many were added. `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` */
  zaddNx(key: Key, members: ReadonlyArray<readonly [number, Value]>): void;
  /** Updates existing members only. `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` */
  zaddXx(key: Key, members: ReadonlyArray<readonly [number, Value]>): void;
  /** Increments one member's score (ZADD INCR); returns the new score. `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` */
  zaddIncr(key: Key, score: number, member: Value): void;
  /** Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option. `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` (the optional arguments from `options`) */
  zaddWith(key: Key, members: ReadonlyArray<readonly [number, Value]>, options?: ZaddOptions): void;
  /** Returns the number of members in a sorted set. `ZCARD key` */
  zcard(key: Key): void;
  /** Returns the number of members whose score lies within a range. `ZCOUNT key min max` */
  zcount(key: Key, min: ScoreBound, max: ScoreBound): void;
  /** Increments the score of a member (adding it with the increment as score if absent); returns the new score. `ZINCRBY key increment member` */
  zincrby(key: Key, increment: number, member: Value): void;
  /** Returns the scores of several members (nil for each missing one). `ZMSCORE key members [members ...]` */
  zmscore(key: Key, members: Value | readonly Value[]): void;
  /** Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. `ZPOPMAX key [count]` */
  zpopmax(key: Key): void;
  /** Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option. `ZPOPMAX key [count]` (the optional arguments from `options`) */
  zpopmaxWith(key: Key, options?: ZpopmaxOptions): void;
  /** Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. `ZPOPMIN key [count]` */
  zpopmin(key: Key): void;
  /** Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option. `ZPOPMIN key [count]` (the optional arguments from `options`) */
  zpopminWith(key: Key, options?: ZpopminOptions): void;
  /** Members between two ranks (negative counts from the end). `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]` */
  zrange(key: Key, start: Int, stop: Int): void;
  /** Members and scores between two ranks. `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]` */
  zrangeWithScores(key: Key, start: Int, stop: Int): void;
  /** Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option. `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]` (the optional arguments from `options`) */
  zrangeWith(key: Key, start: Value, stop: Value, options?: ZrangeOptions): void;
  /** Members with min <= score <= max. `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]` */
  zrangebyscore(key: Key, min: ScoreBound, max: ScoreBound): void;
  /** Members and scores with min <= score <= max. `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]` */
  zrangebyscoreWithScores(key: Key, min: ScoreBound, max: ScoreBound): void;
  /** Returns members whose score lies within a range, in ascending order. With every option. `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`) */
  zrangebyscoreWith(key: Key, min: ScoreBound, max: ScoreBound, options?: ZrangebyscoreOptions): void;
  /** Returns the rank of a member in ascending score order (nil if absent). `ZRANK key member` */
  zrank(key: Key, member: Value): void;
  /** Removes one or more members from a sorted set; the key is deleted when emptied. `ZREM key members [members ...]` */
  zrem(key: Key, members: Value | readonly Value[]): void;
  /** Removes the members within a range of ranks; returns how many were removed. `ZREMRANGEBYRANK key start stop` */
  zremrangebyrank(key: Key, start: Int, stop: Int): void;
  /** Removes the members whose score lies within a range; returns how many were removed. `ZREMRANGEBYSCORE key min max` */
  zremrangebyscore(key: Key, min: ScoreBound, max: ScoreBound): void;
  /** Members between two ranks, highest score first. `ZREVRANGE key start stop [WITHSCORES]` */
  zrevrange(key: Key, start: Int, stop: Int): void;
  /** Members and scores between two ranks, highest score first. `ZREVRANGE key start stop [WITHSCORES]` */
  zrevrangeWithScores(key: Key, start: Int, stop: Int): void;
  /** Returns members in a range of ranks, in descending score order. With every option. `ZREVRANGE key start stop [WITHSCORES]` (the optional arguments from `options`) */
  zrevrangeWith(key: Key, start: Int, stop: Int, options?: ZrevrangeOptions): void;
  /** Members with max >= score >= min, highest first. `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]` */
  zrevrangebyscore(key: Key, max: ScoreBound, min: ScoreBound): void;
  /** Members and scores with max >= score >= min, highest first. `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]` */
  zrevrangebyscoreWithScores(key: Key, max: ScoreBound, min: ScoreBound): void;
  /** Returns members whose score lies within a range, in descending order (the range is given as max min). With every option. `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`) */
  zrevrangebyscoreWith(key: Key, max: ScoreBound, min: ScoreBound, options?: ZrevrangebyscoreOptions): void;
  /** Returns the rank of a member in descending score order (nil if absent). `ZREVRANK key member` */
  zrevrank(key: Key, member: Value): void;
  /** Returns the score of a member (nil if absent). `ZSCORE key member` */
  zscore(key: Key, member: Value): void;
  /** Copies the value of a key to a new key. `COPY source destination [DB destination-db] [REPLACE]` */
  copy(source: Key, destination: Key): void;
  /** Copies the value of a key to a new key. With every option. `COPY source destination [DB destination-db] [REPLACE]` (the optional arguments from `options`) */
  copyWith(source: Key, destination: Key, options?: CopyOptions): void;
  /** Returns the number of keys in the database. `DBSIZE` */
  dbsize(): void;
  /** Deletes one or more keys. `DEL keys [keys ...]` */
  del(keys: Key | readonly Key[]): void;
  /** Determines whether one or more keys exist. `EXISTS keys [keys ...]` */
  exists(keys: Key | readonly Key[]): void;
  /** Sets the expiration time of a key in seconds. `EXPIRE key seconds [NX] [XX] [GT] [LT]` */
  expire(key: Key, seconds: Int): void;
  /** Sets the expiration time of a key in seconds. With every option. `EXPIRE key seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`) */
  expireWith(key: Key, seconds: Int, options?: ExpireOptions): void;
  /** Sets the expiration time of a key to a Unix timestamp in seconds. `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]` */
  expireAt(key: Key, unixTimeSeconds: Int): void;
  /** Sets the expiration time of a key to a Unix timestamp in seconds. With every option. `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`) */
  expireAtWith(key: Key, unixTimeSeconds: Int, options?: ExpireAtOptions): void;
  /** Returns the expiration time of a key as a Unix timestamp in seconds. `EXPIRETIME key` */
  expiretime(key: Key): void;
  /** Removes all keys from all databases. `FLUSHALL [ASYNC | SYNC]` */
  flushall(): void;
  /** Removes all keys from all databases. With every option. `FLUSHALL [ASYNC | SYNC]` (the optional arguments from `options`) */
  flushallWith(options?: FlushallOptions): void;
  /** Remove all keys from the current database. `FLUSHDB [ASYNC | SYNC]` */
  flushdb(): void;
  /** Remove all keys from the current database. With every option. `FLUSHDB [ASYNC | SYNC]` (the optional arguments from `options`) */
  flushdbWith(options?: FlushdbOptions): void;
  /** Returns all key names that match a pattern. `KEYS pattern` */
  keys(pattern: Key): void;
  /** Removes the expiration time of a key. `PERSIST key` */
  persist(key: Key): void;
  /** Sets the expiration time of a key in milliseconds. `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]` */
  pexpire(key: Key, milliseconds: Int): void;
  /** Sets the expiration time of a key in milliseconds. With every option. `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`) */
  pexpireWith(key: Key, milliseconds: Int, options?: PexpireOptions): void;
  /** Sets the expiration time of a key to a Unix milliseconds timestamp. `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]` */
  pexpireAt(key: Key, unixTimeMilliseconds: Int): void;
  /** Sets the expiration time of a key to a Unix milliseconds timestamp. With every option. `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`) */
  pexpireAtWith(key: Key, unixTimeMilliseconds: Int, options?: PexpireAtOptions): void;
  /** Returns the expiration time of a key as a Unix milliseconds timestamp. `PEXPIRETIME key` */
  pexpiretime(key: Key): void;
  /** Returns the expiration time in milliseconds of a key. `PTTL key` */
  pttl(key: Key): void;
  /** Returns a random key name from the database. `RANDOMKEY` */
  randomkey(): void;
  /** Renames a key and overwrites the destination. `RENAME key newkey` */
  rename(key: Key, newkey: Key): void;
  /** Renames a key only when the target key name doesn't exist. `RENAMENX key newkey` */
  renamenx(key: Key, newkey: Key): void;
  /** Iterates over the key names in the database. `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]` */
  scan(cursor: Int): void;
  /** Iterates over the key names in the database. With every option. `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]` (the optional arguments from `options`) */
  scanWith(cursor: Int, options?: ScanOptions): void;
  /** Changes the selected database. `SELECT index` */
  select(index: Int): void;
  /** Returns the expiration time in seconds of a key. `TTL key` */
  ttl(key: Key): void;
  /** Determines the type of value stored at a key. `TYPE key` */
  keyType(key: Key): void;
  /** Asynchronously deletes one or more keys. `UNLINK keys [keys ...]` */
  unlink(keys: Key | readonly Key[]): void;
}

/** The `tx` of `transactionSync(callback)`: every command method runs at once in the transaction. */
export interface SyncTransaction<R extends string | Buffer = string> {
  /** Runs any command in the transaction. */
  execute(argv: ReadonlyArray<Value>): Reply<R>;

  /** Appends a string to the value of a key; creates the key if it doesn't exist. `APPEND key value` */
  append(key: Key, value: Value): number;
  /** Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist. `DECR key` */
  decr(key: Key): bigint;
  /** Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist. `DECRBY key decrement` */
  decrBy(key: Key, decrement: Int): bigint;
  /** Returns the string value of a key. `GET key` */
  get(key: Key): R | null;
  /** GET, decoded as UTF-8. `GET key` */
  getStr(key: Key): string | null;
  /** Returns the string value of a key after deleting the key. `GETDEL key` */
  getdel(key: Key): R | null;
  /** Returns the string value of a key after setting its expiration time. `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]` */
  getex(key: Key): R | null;
  /** Returns the string value of a key after setting its expiration time. With every option. `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]` (the optional arguments from `options`) */
  getexWith(key: Key, options?: GetexOptions): R | null;
  /** Returns a substring of the string stored at a key. `GETRANGE key start end` */
  getrange(key: Key, start: Int, end: Int): R;
  /** Returns the previous string value of a key after setting it to a new value. `GETSET key value` */
  getset(key: Key, value: Value): R | null;
  /** Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist. `INCR key` */
  incr(key: Key): bigint;
  /** Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist. `INCRBY key increment` */
  incrBy(key: Key, increment: Int): bigint;
  /** Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist. `INCRBYFLOAT key increment` */
  incrByFloat(key: Key, increment: number): number;
  /** Atomically returns the string values of one or more keys. `MGET keys [keys ...]` */
  mget(keys: Key | readonly Key[]): (R | null)[];
  /** Atomically creates or modifies the string values of one or more keys. `MSET key value [key value ...]` */
  mset(data: ReadonlyArray<readonly [Key, Value]>): void;
  /** Atomically modifies the string values of one or more keys only when all keys don't exist. `MSETNX key value [key value ...]` */
  msetnx(data: ReadonlyArray<readonly [Key, Value]>): boolean;
  /** Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist. `PSETEX key milliseconds value` */
  psetex(key: Key, milliseconds: Int, value: Value): void;
  /** Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` */
  set(key: Key, value: Value): void;
  /** Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` */
  setNx(key: Key, value: Value): boolean;
  /** Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` */
  setXx(key: Key, value: Value): boolean;
  /** Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` */
  setEx(key: Key, value: Value, milliseconds: Int): void;
  /** Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option. `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` (the optional arguments from `options`) */
  setWith(key: Key, value: Value, options?: SetOptions): Reply<R>;
  /** Sets the string value and expiration time of a key; creates the key if it doesn't exist. `SETEX key seconds value` */
  setex(key: Key, seconds: Int, value: Value): void;
  /** Set the string value of a key only when the key doesn't exist. `SETNX key value` */
  setnx(key: Key, value: Value): boolean;
  /** Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist. `SETRANGE key offset value` */
  setrange(key: Key, offset: Int, value: Value): number;
  /** Returns the length of a string value. `STRLEN key` */
  strlen(key: Key): number;
  /** Deletes one or more fields from a hash; the key is deleted when no field is left. `HDEL key fields [fields ...]` */
  hdel(key: Key, fields: Value | readonly Value[]): number;
  /** Tells whether a field exists in a hash. `HEXISTS key field` */
  hexists(key: Key, field: Value): boolean;
  /** Returns the value of a field in a hash. `HGET key field` */
  hget(key: Key, field: Value): R | null;
  /** HGET, decoded as UTF-8. `HGET key field` */
  hgetStr(key: Key, field: Value): string | null;
  /** Returns every field and value of a hash. `HGETALL key` */
  hgetall(key: Key): Record<string, R>;
  /** Increments the integer value of a hash field by a number; a missing field counts as 0. `HINCRBY key field delta` */
  hincrby(key: Key, field: Value, delta: Int): bigint;
  /** Increments the floating-point value of a hash field by a number; a missing field counts as 0. `HINCRBYFLOAT key field delta` */
  hincrbyfloat(key: Key, field: Value, delta: number): number;
  /** Returns every field of a hash. `HKEYS key` */
  hkeys(key: Key): R[];
  /** Returns the number of fields in a hash. `HLEN key` */
  hlen(key: Key): number;
  /** Returns the values of the given fields of a hash, nil for each missing one. `HMGET key fields [fields ...]` */
  hmget(key: Key, fields: Value | readonly Value[]): (R | null)[];
  /** Sets the values of one or more fields of a hash (deprecated in favour of HSET). `HMSET key field value [field value ...]` */
  hmset(key: Key, pairs: ReadonlyArray<readonly [Value, Value]>): void;
  /** Sets one field; true when the field is new. `HSET key field value [field value ...]` */
  hset(key: Key, field: Value, value: Value): boolean;
  /** Sets several fields; returns how many are new. `HSET key field value [field value ...]` */
  hsetMultiple(key: Key, pairs: ReadonlyArray<readonly [Value, Value]>): number;
  /** Sets the value of a hash field only if the field does not exist yet. `HSETNX key field value` */
  hsetnx(key: Key, field: Value, value: Value): boolean;
  /** Returns the length in bytes of the value of a hash field (0 when missing). `HSTRLEN key field` */
  hstrlen(key: Key, field: Value): number;
  /** Returns every value of a hash. `HVALS key` */
  hvals(key: Key): R[];
  /** Returns the element at an index of a list (negative indexes count from the tail). `LINDEX key index` */
  lindex(key: Key, index: Int): R | null;
  /** Inserts an element before or after the first occurrence of a pivot in a list. `LINSERT key <BEFORE | AFTER> pivot element` */
  linsert(key: Key, position: 'BEFORE' | 'AFTER', pivot: Value, element: Value): bigint;
  /** Returns the length of a list (0 when the key is missing). `LLEN key` */
  llen(key: Key): number;
  /** Pops an element from one end of a list and pushes it onto one end of another (or the same) list. `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>` */
  lmove(source: Key, destination: Key, wherefrom: 'LEFT' | 'RIGHT', whereto: 'LEFT' | 'RIGHT'): R | null;
  /** Pops one element. `LPOP key [count]` */
  lpop(key: Key): R | null;
  /** Pops up to count elements; None when the key is missing. `LPOP key [count]` */
  lpopCount(key: Key, count: Int): R[] | null;
  /** Removes and returns the first element of a list, or with a count the first count elements. With every option. `LPOP key [count]` (the optional arguments from `options`) */
  lpopWith(key: Key, options?: LpopOptions): Reply<R>;
  /** The index of the match, or None. `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]` */
  lpos(key: Key, element: Value): number | null;
  /** The indexes of up to count matches (0: all). `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]` */
  lposCount(key: Key, element: Value, count: Int): bigint[];
  /** Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option. `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]` (the optional arguments from `options`) */
  lposWith(key: Key, element: Value, options?: LposOptions): Reply<R>;
  /** Prepends one or more elements to a list, creating it if needed; returns the new length. `LPUSH key values [values ...]` */
  lpush(key: Key, values: Value | readonly Value[]): number;
  /** Prepends elements to a list only if the list exists; returns the new length (0 when missing). `LPUSHX key values [values ...]` */
  lpushx(key: Key, values: Value | readonly Value[]): number;
  /** Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list). `LRANGE key start stop` */
  lrange(key: Key, start: Int, stop: Int): R[];
  /** Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all). `LREM key count element` */
  lrem(key: Key, count: Int, element: Value): number;
  /** Sets the element at an index of a list (negative indexes count from the tail). `LSET key index element` */
  lset(key: Key, index: Int, element: Value): void;
  /** Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left. `LTRIM key start stop` */
  ltrim(key: Key, start: Int, stop: Int): void;
  /** Pops one element. `RPOP key [count]` */
  rpop(key: Key): R | null;
  /** Pops up to count elements; None when the key is missing. `RPOP key [count]` */
  rpopCount(key: Key, count: Int): R[] | null;
  /** Removes and returns the last element of a list, or with a count the last count elements. With every option. `RPOP key [count]` (the optional arguments from `options`) */
  rpopWith(key: Key, options?: RpopOptions): Reply<R>;
  /** Appends one or more elements to a list, creating it if needed; returns the new length. `RPUSH key values [values ...]` */
  rpush(key: Key, values: Value | readonly Value[]): number;
  /** Appends elements to a list only if the list exists; returns the new length (0 when missing). `RPUSHX key values [values ...]` */
  rpushx(key: Key, values: Value | readonly Value[]): number;
  /** Adds one or more members to a set; the key is created if it doesn't exist. `SADD key members [members ...]` */
  sadd(key: Key, members: Value | readonly Value[]): number;
  /** Returns the number of members in a set. `SCARD key` */
  scard(key: Key): number;
  /** Returns the members of the first set that are in none of the following sets. `SDIFF keys [keys ...]` */
  sdiff(keys: Key | readonly Key[]): R[];
  /** Stores the difference of sets in a key (deleting it when the result is empty); returns its size. `SDIFFSTORE destination keys [keys ...]` */
  sdiffstore(destination: Key, keys: Key | readonly Key[]): number;
  /** Returns the members present in every given set. `SINTER keys [keys ...]` */
  sinter(keys: Key | readonly Key[]): R[];
  /** Stores the intersection of sets in a key (deleting it when the result is empty); returns its size. `SINTERSTORE destination keys [keys ...]` */
  sinterstore(destination: Key, keys: Key | readonly Key[]): number;
  /** Determines whether a member belongs to a set. `SISMEMBER key member` */
  sismember(key: Key, member: Value): boolean;
  /** Returns all members of a set. `SMEMBERS key` */
  smembers(key: Key): R[];
  /** Determines whether each of several members belongs to a set. `SMISMEMBER key members [members ...]` */
  smismember(key: Key, members: Value | readonly Value[]): boolean[];
  /** Moves a member from one set to another. `SMOVE source destination member` */
  smove(source: Key, destination: Key, member: Value): boolean;
  /** SPOP without count: one random member, or None. `SPOP key [count]` */
  spop(key: Key): R | null;
  /** SPOP with count: up to count random members. `SPOP key [count]` */
  spopCount(key: Key, count: Int): R[];
  /** Removes and returns one or several random members of a set; the key is deleted when emptied. With every option. `SPOP key [count]` (the optional arguments from `options`) */
  spopWith(key: Key, options?: SpopOptions): Reply<R>;
  /** SRANDMEMBER without count: one random member, or None. `SRANDMEMBER key [count]` */
  srandmember(key: Key): R | null;
  /** SRANDMEMBER with count (negative: may repeat). `SRANDMEMBER key [count]` */
  srandmemberCount(key: Key, count: Int): R[];
  /** Returns one or several random members of a set; a negative count allows repeats. With every option. `SRANDMEMBER key [count]` (the optional arguments from `options`) */
  srandmemberWith(key: Key, options?: SrandmemberOptions): Reply<R>;
  /** Removes one or more members from a set; the key is deleted when emptied. `SREM key members [members ...]` */
  srem(key: Key, members: Value | readonly Value[]): number;
  /** Returns the members of the union of the given sets. `SUNION keys [keys ...]` */
  sunion(keys: Key | readonly Key[]): R[];
  /** Stores the union of sets in a key (deleting it when the result is empty); returns its size. `SUNIONSTORE destination keys [keys ...]` */
  sunionstore(destination: Key, keys: Key | readonly Key[]): number;
  /** Adds or updates members; returns how many were added. `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` */
  zadd(key: Key, members: ReadonlyArray<readonly [number, Value]>): number;
  /** Adds new members only; returns how many were added. `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` */
  zaddNx(key: Key, members: ReadonlyArray<readonly [number, Value]>): number;
  /** Updates existing members only. `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` */
  zaddXx(key: Key, members: ReadonlyArray<readonly [number, Value]>): number;
  /** Increments one member's score (ZADD INCR); returns the new score. `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` */
  zaddIncr(key: Key, score: number, member: Value): number;
  /** Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option. `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` (the optional arguments from `options`) */
  zaddWith(key: Key, members: ReadonlyArray<readonly [number, Value]>, options?: ZaddOptions): Reply<R>;
  /** Returns the number of members in a sorted set. `ZCARD key` */
  zcard(key: Key): number;
  /** Returns the number of members whose score lies within a range. `ZCOUNT key min max` */
  zcount(key: Key, min: ScoreBound, max: ScoreBound): number;
  /** Increments the score of a member (adding it with the increment as score if absent); returns the new score. `ZINCRBY key increment member` */
  zincrby(key: Key, increment: number, member: Value): number;
  /** Returns the scores of several members (nil for each missing one). `ZMSCORE key members [members ...]` */
  zmscore(key: Key, members: Value | readonly Value[]): (number | null)[];
  /** Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. `ZPOPMAX key [count]` */
  zpopmax(key: Key): ScoredMember<R>[];
  /** Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option. `ZPOPMAX key [count]` (the optional arguments from `options`) */
  zpopmaxWith(key: Key, options?: ZpopmaxOptions): ScoredMember<R>[];
  /** Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. `ZPOPMIN key [count]` */
  zpopmin(key: Key): ScoredMember<R>[];
  /** Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option. `ZPOPMIN key [count]` (the optional arguments from `options`) */
  zpopminWith(key: Key, options?: ZpopminOptions): ScoredMember<R>[];
  /** Members between two ranks (negative counts from the end). `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]` */
  zrange(key: Key, start: Int, stop: Int): R[];
  /** Members and scores between two ranks. `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]` */
  zrangeWithScores(key: Key, start: Int, stop: Int): ScoredMember<R>[];
  /** Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option. `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]` (the optional arguments from `options`) */
  zrangeWith(key: Key, start: Value, stop: Value, options?: ZrangeOptions): Reply<R>;
  /** Members with min <= score <= max. `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]` */
  zrangebyscore(key: Key, min: ScoreBound, max: ScoreBound): R[];
  /** Members and scores with min <= score <= max. `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]` */
  zrangebyscoreWithScores(key: Key, min: ScoreBound, max: ScoreBound): ScoredMember<R>[];
  /** Returns members whose score lies within a range, in ascending order. With every option. `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`) */
  zrangebyscoreWith(key: Key, min: ScoreBound, max: ScoreBound, options?: ZrangebyscoreOptions): Reply<R>;
  /** Returns the rank of a member in ascending score order (nil if absent). `ZRANK key member` */
  zrank(key: Key, member: Value): number | null;
  /** Removes one or more members from a sorted set; the key is deleted when emptied. `ZREM key members [members ...]` */
  zrem(key: Key, members: Value | readonly Value[]): number;
  /** Removes the members within a range of ranks; returns how many were removed. `ZREMRANGEBYRANK key start stop` */
  zremrangebyrank(key: Key, start: Int, stop: Int): number;
  /** Removes the members whose score lies within a range; returns how many were removed. `ZREMRANGEBYSCORE key min max` */
  zremrangebyscore(key: Key, min: ScoreBound, max: ScoreBound): number;
  /** Members between two ranks, highest score first. `ZREVRANGE key start stop [WITHSCORES]` */
  zrevrange(key: Key, start: Int, stop: Int): R[];
  /** Members and scores between two ranks, highest score first. `ZREVRANGE key start stop [WITHSCORES]` */
  zrevrangeWithScores(key: Key, start: Int, stop: Int): ScoredMember<R>[];
  /** Returns members in a range of ranks, in descending score order. With every option. `ZREVRANGE key start stop [WITHSCORES]` (the optional arguments from `options`) */
  zrevrangeWith(key: Key, start: Int, stop: Int, options?: ZrevrangeOptions): Reply<R>;
  /** Members with max >= score >= min, highest first. `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]` */
  zrevrangebyscore(key: Key, max: ScoreBound, min: ScoreBound): R[];
  /** Members and scores with max >= score >= min, highest first. `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]` */
  zrevrangebyscoreWithScores(key: Key, max: ScoreBound, min: ScoreBound): ScoredMember<R>[];
  /** Returns members whose score lies within a range, in descending order (the range is given as max min). With every option. `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`) */
  zrevrangebyscoreWith(key: Key, max: ScoreBound, min: ScoreBound, options?: ZrevrangebyscoreOptions): Reply<R>;
  /** Returns the rank of a member in descending score order (nil if absent). `ZREVRANK key member` */
  zrevrank(key: Key, member: Value): number | null;
  /** Returns the score of a member (nil if absent). `ZSCORE key member` */
  zscore(key: Key, member: Value): number | null;
  /** Copies the value of a key to a new key. `COPY source destination [DB destination-db] [REPLACE]` */
  copy(source: Key, destination: Key): boolean;
  /** Copies the value of a key to a new key. With every option. `COPY source destination [DB destination-db] [REPLACE]` (the optional arguments from `options`) */
  copyWith(source: Key, destination: Key, options?: CopyOptions): boolean;
  /** Returns the number of keys in the database. `DBSIZE` */
  dbsize(): number;
  /** Deletes one or more keys. `DEL keys [keys ...]` */
  del(keys: Key | readonly Key[]): number;
  /** Determines whether one or more keys exist. `EXISTS keys [keys ...]` */
  exists(keys: Key | readonly Key[]): number;
  /** Sets the expiration time of a key in seconds. `EXPIRE key seconds [NX] [XX] [GT] [LT]` */
  expire(key: Key, seconds: Int): boolean;
  /** Sets the expiration time of a key in seconds. With every option. `EXPIRE key seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`) */
  expireWith(key: Key, seconds: Int, options?: ExpireOptions): boolean;
  /** Sets the expiration time of a key to a Unix timestamp in seconds. `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]` */
  expireAt(key: Key, unixTimeSeconds: Int): boolean;
  /** Sets the expiration time of a key to a Unix timestamp in seconds. With every option. `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`) */
  expireAtWith(key: Key, unixTimeSeconds: Int, options?: ExpireAtOptions): boolean;
  /** Returns the expiration time of a key as a Unix timestamp in seconds. `EXPIRETIME key` */
  expiretime(key: Key): bigint;
  /** Removes all keys from all databases. `FLUSHALL [ASYNC | SYNC]` */
  flushall(): void;
  /** Removes all keys from all databases. With every option. `FLUSHALL [ASYNC | SYNC]` (the optional arguments from `options`) */
  flushallWith(options?: FlushallOptions): void;
  /** Remove all keys from the current database. `FLUSHDB [ASYNC | SYNC]` */
  flushdb(): void;
  /** Remove all keys from the current database. With every option. `FLUSHDB [ASYNC | SYNC]` (the optional arguments from `options`) */
  flushdbWith(options?: FlushdbOptions): void;
  /** Returns all key names that match a pattern. `KEYS pattern` */
  keys(pattern: Key): R[];
  /** Removes the expiration time of a key. `PERSIST key` */
  persist(key: Key): boolean;
  /** Sets the expiration time of a key in milliseconds. `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]` */
  pexpire(key: Key, milliseconds: Int): boolean;
  /** Sets the expiration time of a key in milliseconds. With every option. `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`) */
  pexpireWith(key: Key, milliseconds: Int, options?: PexpireOptions): boolean;
  /** Sets the expiration time of a key to a Unix milliseconds timestamp. `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]` */
  pexpireAt(key: Key, unixTimeMilliseconds: Int): boolean;
  /** Sets the expiration time of a key to a Unix milliseconds timestamp. With every option. `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`) */
  pexpireAtWith(key: Key, unixTimeMilliseconds: Int, options?: PexpireAtOptions): boolean;
  /** Returns the expiration time of a key as a Unix milliseconds timestamp. `PEXPIRETIME key` */
  pexpiretime(key: Key): bigint;
  /** Returns the expiration time in milliseconds of a key. `PTTL key` */
  pttl(key: Key): bigint | null;
  /** Returns a random key name from the database. `RANDOMKEY` */
  randomkey(): R | null;
  /** Renames a key and overwrites the destination. `RENAME key newkey` */
  rename(key: Key, newkey: Key): void;
  /** Renames a key only when the target key name doesn't exist. `RENAMENX key newkey` */
  renamenx(key: Key, newkey: Key): boolean;
  /** Iterates over the key names in the database. `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]` */
  scan(cursor: Int): ScanPage<R>;
  /** Iterates over the key names in the database. With every option. `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]` (the optional arguments from `options`) */
  scanWith(cursor: Int, options?: ScanOptions): ScanPage<R>;
  /** Changes the selected database. `SELECT index` */
  select(index: Int): void;
  /** Returns the expiration time in seconds of a key. `TTL key` */
  ttl(key: Key): bigint | null;
  /** Determines the type of value stored at a key. `TYPE key` */
  keyType(key: Key): KeyType | null;
  /** Asynchronously deletes one or more keys. `UNLINK keys [keys ...]` */
  unlink(keys: Key | readonly Key[]): number;
}
