/* Generated from commands.yaml by cargo xtask gen. Do not edit. */
/*
 * ferrite.h: the C API of Ferrite Embedded (Redis data structures, embedded, durable on disk).
 *
 * Conventions (bindings/c/README.md has the long form):
 * - Every function that can fail takes `ferrite_error** err` last. On failure it stores a new
 *   error there (when err is not NULL) and returns the failure value its comment names. *err must
 *   be NULL on entry; release an error with ferrite_error_free.
 * - Bytes are binary-safe: `const char* x, size_t x_len`. NULL with length 0 is the empty string;
 *   NULL with a length above 0 is an error (FERRITE_ERR_INVALID).
 * - Every heap result (bytes, ferrite_list, ferrite_reply) is ONE allocation: release it with
 *   ferrite_free, once. Returned bytes also end in a NUL that is not counted in their length.
 * - A ferrite_db is thread-safe: any number of threads may call it at once. A ferrite_tx is used
 *   only by the callback it was given to, on that thread. A ferrite_iter is not thread-safe.
 * - ferrite_close closes a handle and leaves a tombstone: every later call on it, including a
 *   second close, fails with FERRITE_ERR_CLOSED. Only ferrite_db_free releases the handle itself.
 * - A handle used in a child process after fork() fails with FERRITE_ERR_MISUSE (the child must
 *   open its own; freeing the inherited handle in the child does not touch the parent's files).
 * - No Rust panic crosses this boundary: one is reported as FERRITE_ERR_INTERNAL.
 */
#ifndef FERRITE_H
#define FERRITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ handles and errors */

/** An open database (one logical database of it selected). */
typedef struct ferrite_db ferrite_db;
/** A transaction, valid only inside the callback given to ferrite_transaction. */
typedef struct ferrite_tx ferrite_tx;
/** An iterator over key names (ferrite_scan_iter). */
typedef struct ferrite_iter ferrite_iter;
/** An error: a code and a message (the Redis error text where Redis has one). */
typedef struct ferrite_error ferrite_error;

/** What went wrong. The message says the rest. */
typedef enum ferrite_errcode {
    FERRITE_OK = 0,
    /** A Redis `ERR ...` error (syntax, not an integer, out of range, ...). */
    FERRITE_ERR_GENERIC = 1,
    /** `WRONGTYPE Operation against a key holding the wrong kind of value`. */
    FERRITE_ERR_WRONGTYPE = 2,
    /** The memory limit refuses the write (`OOM command not allowed ...`). */
    FERRITE_ERR_OOM = 3,
    /** The handle or database is closed. */
    FERRITE_ERR_CLOSED = 4,
    /** Another handle or process has the directory open. */
    FERRITE_ERR_LOCKED = 5,
    /** An I/O error reading or writing the database files. */
    FERRITE_ERR_IO = 6,
    /** A database file is damaged (the message names the file and offset). */
    FERRITE_ERR_CORRUPT = 7,
    /** A database file has a format version this library does not read. */
    FERRITE_ERR_VERSION = 8,
    /** An earlier write or fsync failed; reopen the database. */
    FERRITE_ERR_POISONED = 9,
    /** A configuration value is invalid. */
    FERRITE_ERR_CONFIG = 10,
    /** The operation is not supported. */
    FERRITE_ERR_UNSUPPORTED = 11,
    /** A C argument is invalid (NULL pointer with a length, bad enum value, bad UTF-8 path). */
    FERRITE_ERR_INVALID = 12,
    /** The API was misused: NULL handle, handle from before fork(), transaction used outside
        its callback. */
    FERRITE_ERR_MISUSE = 13,
    /** A bug inside the library (a caught panic). The database is still usable. */
    FERRITE_ERR_INTERNAL = 14,
    /** Any other error. */
    FERRITE_ERR_OTHER = 15
} ferrite_errcode;

/** The error's message, valid until ferrite_error_free. NULL error: "". */
const char* ferrite_error_message(const ferrite_error* err);
/** The error's code. NULL error: FERRITE_OK. */
ferrite_errcode ferrite_error_code(const ferrite_error* err);
/** Releases an error (NULL is ignored). */
void ferrite_error_free(ferrite_error* err);
/** Releases a heap result: bytes, a ferrite_list or a ferrite_reply (NULL is ignored). */
void ferrite_free(void* ptr);
/** The library version ("0.1.0"), static. */
const char* ferrite_version(void);
/** The hash of the command table this header was generated from. */
#define FERRITE_MODEL_HASH UINT64_C(0x7464d8d2f9a400bc)
/** The hash of the command table the library was built from: equal to FERRITE_MODEL_HASH when
    this header and the library come from the same commands.yaml. */
uint64_t ferrite_model_hash(void);

/* ------------------------------------------------------------------ values and replies */

/** A byte string. In results, ptr is NULL for a nil element. */
typedef struct ferrite_bytes {
    const char* ptr;
    size_t len;
} ferrite_bytes;

/** Which columns of a ferrite_list are filled. */
typedef enum ferrite_list_kind {
    /** items. */
    FERRITE_LIST_LIST = 1,
    /** items, in no particular order. */
    FERRITE_LIST_SET = 2,
    /** items; an item with ptr NULL is nil. */
    FERRITE_LIST_OPTIONAL_ITEMS = 3,
    /** items (fields) and values. */
    FERRITE_LIST_MAP = 4,
    /** items (members) and scores. */
    FERRITE_LIST_SCORED = 5,
    /** integers, each 0 or 1. */
    FERRITE_LIST_BOOLS = 6,
    /** integers. */
    FERRITE_LIST_INTEGERS = 7,
    /** scores, with integers[i] 1 where scores[i] is present and 0 where it is nil. */
    FERRITE_LIST_OPTIONAL_SCORES = 8,
    /** cursor and items (one page of a SCAN). */
    FERRITE_LIST_PAGE = 9
} ferrite_list_kind;

/** A typed list reply: `len` elements in the columns its kind names (others are NULL). One
    allocation: release with ferrite_free. */
typedef struct ferrite_list {
    ferrite_list_kind kind;
    size_t len;
    const ferrite_bytes* items;
    const ferrite_bytes* values;
    const double* scores;
    const int64_t* integers;
    uint64_t cursor;
} ferrite_list;

/** The type of a ferrite_reply node. */
typedef enum ferrite_reply_type {
    FERRITE_REPLY_NIL = 0,
    /** A status such as OK: str, len. */
    FERRITE_REPLY_STATUS = 1,
    /** integer. */
    FERRITE_REPLY_INTEGER = 2,
    /** A bulk string: str, len (NUL-terminated). */
    FERRITE_REPLY_BULK = 3,
    /** elements, count. */
    FERRITE_REPLY_ARRAY = 4
} ferrite_reply_type;

/** A generic reply tree (what Redis would send). One allocation: release the root with
    ferrite_free. */
typedef struct ferrite_reply {
    ferrite_reply_type type;
    int64_t integer;
    const char* str;
    size_t len;
    const struct ferrite_reply* elements;
    size_t count;
} ferrite_reply;

/** The type of a key. */
typedef enum ferrite_type {
    FERRITE_TYPE_ERROR = -1,
    FERRITE_TYPE_NONE = 0,
    FERRITE_TYPE_STRING = 1,
    FERRITE_TYPE_LIST = 2,
    FERRITE_TYPE_HASH = 3,
    FERRITE_TYPE_SET = 4,
    FERRITE_TYPE_ZSET = 5,
    FERRITE_TYPE_STREAM = 6
} ferrite_type;

/* ------------------------------------------------------------------ opening and closing */

/** When a write is durable. */
typedef enum ferrite_sync_mode {
    /** fsync only at ferrite_sync, snapshots and close. */
    FERRITE_SYNC_NONE = 0,
    /** fsync in the background within sync_window_ms, and at commit and ferrite_sync. */
    FERRITE_SYNC_NORMAL = 1,
    /** A write returns only once it is on disk (group commit). */
    FERRITE_SYNC_FULL = 2
} ferrite_sync_mode;

/** Configuration for ferrite_open_with_config. Fill it with ferrite_config_init first. */
typedef struct ferrite_config {
    /** The database directory (NUL-terminated, UTF-8); NULL: in memory. */
    const char* path;
    /** Bytes of data before writes are refused with OOM (0: no limit). */
    uint64_t memory_limit;
    /** Whether writes go to the write-ahead log. */
    bool wal_enabled;
    ferrite_sync_mode sync_mode;
    /** Logical databases (SELECT 0..n-1). */
    uint32_t num_databases;
    /** Normal mode's window. */
    uint64_t sync_window_ms;
    /** Log bytes that trigger a snapshot. */
    uint64_t snapshot_threshold;
    /** Open a damaged database by keeping what is intact (see README, "Damaged files"). */
    bool salvage;
} ferrite_config;

/** Fills *config with the defaults (and the FERRITE_* environment variables). Returns 0, or -1
    with *err set when an environment variable is invalid. */
int ferrite_config_init(ferrite_config* config, ferrite_error** err);
/** Opens (or creates) the database in directory `path` (NUL-terminated). NULL on error. */
ferrite_db* ferrite_open(const char* path, ferrite_error** err);
/** Opens with a configuration. NULL on error. */
ferrite_db* ferrite_open_with_config(const ferrite_config* config, ferrite_error** err);
/** Opens a new, empty in-memory database. NULL on error. */
ferrite_db* ferrite_open_memory(ferrite_error** err);
/** A second handle on the same data with logical database `index` selected (like SELECT).
    Close or free each handle; the database closes with the last one. NULL on error. */
ferrite_db* ferrite_with_db(ferrite_db* db, uint32_t index, ferrite_error** err);
/** Closes the handle, which stays a tombstone until ferrite_db_free. Closing the last open
    handle on a database (see ferrite_with_db) closes the database: final snapshot, everything
    durable, directory lock released. Returns 0, or -1 on error (also for a second close). */
int ferrite_close(ferrite_db* db, ferrite_error** err);
/** Releases the handle, closing it first (as ferrite_close, errors ignored) if still open.
    NULL is ignored. */
void ferrite_db_free(ferrite_db* db);
/** Makes every write so far durable. Returns 0, or -1 on error. */
int ferrite_sync(ferrite_db* db, ferrite_error** err);
/** Takes a snapshot now. Returns 0, or -1 on error. */
int ferrite_snapshot(ferrite_db* db, ferrite_error** err);

/** Statistics of an open database. */
typedef struct ferrite_stats {
    /** Live keys in all logical databases. */
    uint64_t keys;
    /** Live keys in this handle's logical database. */
    uint64_t keys_selected;
    uint64_t memory_used;
    uint64_t memory_limit;
    uint64_t wal_bytes;
    uint64_t snapshot_bytes;
    /** Unix time in ms of the last fsync of the log (0: never, or in memory). */
    int64_t last_sync_unix_ms;
    uint64_t snapshots;
    uint64_t commands_processed;
    uint64_t expired_keys;
} ferrite_stats;

/** Fills *out. Returns 0, or -1 on error. */
int ferrite_stats_get(ferrite_db* db, ferrite_stats* out, ferrite_error** err);

/* ------------------------------------------------------------------ generic execution */

/** Runs a command given as argv (what redis-cli would send), e.g. {"SET","k","v"}.
    Returns the reply tree, or NULL on error (a Redis error reply is an error). */
ferrite_reply* ferrite_execute(ferrite_db* db, const ferrite_bytes* argv, size_t argc,
                               ferrite_error** err);
/** ferrite_execute inside a transaction. */
ferrite_reply* ferrite_tx_execute(ferrite_tx* tx, const ferrite_bytes* argv, size_t argc,
                                  ferrite_error** err);

/* ------------------------------------------------------------------ transactions */

/** A transaction body: return 0 to commit, anything else to roll back. */
typedef int (*ferrite_tx_fn)(ferrite_tx* tx, void* user_data);

/** Runs `fn` atomically and in isolation: other handles see all of its writes or none. Inside,
    use the ferrite_tx_* functions on `tx` (not the ferrite_db ones, which would wait for the
    transaction's own locks). Returns 0 when committed, 1 when `fn` asked for a rollback, -1 on
    error (nothing was written). */
int ferrite_transaction(ferrite_db* db, ferrite_tx_fn fn, void* user_data, ferrite_error** err);

/* ------------------------------------------------------------------ iteration */

/** An iterator over the key names matching `pattern` (NULL with length 0: all keys), by SCAN:
    every key present throughout is returned exactly once. Free it before its database handle.
    NULL on error. */
ferrite_iter* ferrite_scan_iter(ferrite_db* db, const char* pattern, size_t pattern_len,
                                ferrite_error** err);
/** Stores the next key in *key (valid until the next call or ferrite_iter_free) and returns 1;
    returns 0 when done and -1 on error. */
int ferrite_iter_next(ferrite_iter* iter, ferrite_bytes* key, ferrite_error** err);
/** Releases an iterator (NULL is ignored). */
void ferrite_iter_free(ferrite_iter* iter);

/* ------------------------------------------------------------------ testing */

/** Test hook: makes the next call of the exported function named `function` (e.g. "ferrite_get";
    "*" for any) panic inside the library, to check that the panic is reported as
    FERRITE_ERR_INTERNAL. NULL clears it. Not for production use. */
void ferrite_test_fail_next(const char* function);

/* ------------------------------------------------------------------ command enums */

typedef enum ferrite_flush_mode {
    /** absent (an options field left unset) */
    FERRITE_FLUSH_MODE_NONE = 0,
    /** ASYNC */
    FERRITE_FLUSH_MODE_ASYNC = 1,
    /** SYNC */
    FERRITE_FLUSH_MODE_SYNC = 2
} ferrite_flush_mode;

typedef enum ferrite_get_ex_expiration {
    /** absent (an options field left unset) */
    FERRITE_GET_EX_EXPIRATION_NONE = 0,
    /** EX <value> */
    FERRITE_GET_EX_EXPIRATION_EX = 1,
    /** PX <value> */
    FERRITE_GET_EX_EXPIRATION_PX = 2,
    /** EXAT <value> */
    FERRITE_GET_EX_EXPIRATION_EXAT = 3,
    /** PXAT <value> */
    FERRITE_GET_EX_EXPIRATION_PXAT = 4,
    /** PERSIST */
    FERRITE_GET_EX_EXPIRATION_PERSIST = 5
} ferrite_get_ex_expiration;

typedef enum ferrite_insert_position {
    /** absent (an options field left unset) */
    FERRITE_INSERT_POSITION_NONE = 0,
    /** BEFORE */
    FERRITE_INSERT_POSITION_BEFORE = 1,
    /** AFTER */
    FERRITE_INSERT_POSITION_AFTER = 2
} ferrite_insert_position;

typedef enum ferrite_list_end {
    /** absent (an options field left unset) */
    FERRITE_LIST_END_NONE = 0,
    /** LEFT */
    FERRITE_LIST_END_LEFT = 1,
    /** RIGHT */
    FERRITE_LIST_END_RIGHT = 2
} ferrite_list_end;

typedef enum ferrite_set_condition {
    /** absent (an options field left unset) */
    FERRITE_SET_CONDITION_NONE = 0,
    /** NX */
    FERRITE_SET_CONDITION_NX = 1,
    /** XX */
    FERRITE_SET_CONDITION_XX = 2
} ferrite_set_condition;

typedef enum ferrite_set_expiration {
    /** absent (an options field left unset) */
    FERRITE_SET_EXPIRATION_NONE = 0,
    /** EX <value> */
    FERRITE_SET_EXPIRATION_EX = 1,
    /** PX <value> */
    FERRITE_SET_EXPIRATION_PX = 2,
    /** EXAT <value> */
    FERRITE_SET_EXPIRATION_EXAT = 3,
    /** PXAT <value> */
    FERRITE_SET_EXPIRATION_PXAT = 4,
    /** KEEPTTL */
    FERRITE_SET_EXPIRATION_KEEPTTL = 5
} ferrite_set_expiration;

typedef enum ferrite_z_range_by {
    /** absent (an options field left unset) */
    FERRITE_Z_RANGE_BY_NONE = 0,
    /** BYSCORE */
    FERRITE_Z_RANGE_BY_BYSCORE = 1,
    /** BYLEX */
    FERRITE_Z_RANGE_BY_BYLEX = 2
} ferrite_z_range_by;

/* ------------------------------------------------------------------ command options */

/** Options of `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`. Zero-initialize, then set what you need. */
typedef struct ferrite_getex_options {
    /** [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST] (0: absent) */
    ferrite_get_ex_expiration expiration;
    /** the value of expiration's alternative */
    int64_t expiration_value;
} ferrite_getex_options;

/** Options of `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`. Zero-initialize, then set what you need. */
typedef struct ferrite_set_options {
    /** [NX | XX] (0: absent) */
    ferrite_set_condition condition;
    /** [GET] */
    bool get;
    /** [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL] (0: absent) */
    ferrite_set_expiration expiration;
    /** the value of expiration's alternative */
    int64_t expiration_value;
} ferrite_set_options;

/** Options of `LPOP key [count]`. Zero-initialize, then set what you need. */
typedef struct ferrite_lpop_options {
    /** whether count is set */
    bool has_count;
    /** [count] */
    int64_t count;
} ferrite_lpop_options;

/** Options of `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`. Zero-initialize, then set what you need. */
typedef struct ferrite_lpos_options {
    /** whether rank is set */
    bool has_rank;
    /** [RANK rank] */
    int64_t rank;
    /** whether count is set */
    bool has_count;
    /** [COUNT count] */
    int64_t count;
    /** whether maxlen is set */
    bool has_maxlen;
    /** [MAXLEN maxlen] */
    int64_t maxlen;
} ferrite_lpos_options;

/** Options of `RPOP key [count]`. Zero-initialize, then set what you need. */
typedef struct ferrite_rpop_options {
    /** whether count is set */
    bool has_count;
    /** [count] */
    int64_t count;
} ferrite_rpop_options;

/** Options of `SPOP key [count]`. Zero-initialize, then set what you need. */
typedef struct ferrite_spop_options {
    /** whether count is set */
    bool has_count;
    /** [count] */
    int64_t count;
} ferrite_spop_options;

/** Options of `SRANDMEMBER key [count]`. Zero-initialize, then set what you need. */
typedef struct ferrite_srandmember_options {
    /** whether count is set */
    bool has_count;
    /** [count] */
    int64_t count;
} ferrite_srandmember_options;

/** Options of `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`. Zero-initialize, then set what you need. */
typedef struct ferrite_zadd_options {
    /** [NX] */
    bool nx;
    /** [XX] */
    bool xx;
    /** [GT] */
    bool gt;
    /** [LT] */
    bool lt;
    /** [CH] */
    bool ch;
    /** [INCR] */
    bool incr;
} ferrite_zadd_options;

/** Options of `ZPOPMAX key [count]`. Zero-initialize, then set what you need. */
typedef struct ferrite_zpopmax_options {
    /** whether count is set */
    bool has_count;
    /** [count] */
    int64_t count;
} ferrite_zpopmax_options;

/** Options of `ZPOPMIN key [count]`. Zero-initialize, then set what you need. */
typedef struct ferrite_zpopmin_options {
    /** whether count is set */
    bool has_count;
    /** [count] */
    int64_t count;
} ferrite_zpopmin_options;

/** Options of `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`. Zero-initialize, then set what you need. */
typedef struct ferrite_zrange_options {
    /** [BYSCORE | BYLEX] (0: absent) */
    ferrite_z_range_by by;
    /** [REV] */
    bool rev;
    /** whether [LIMIT offset count] is set */
    bool has_limit;
    /** offset of limit */
    int64_t limit_offset;
    /** count of limit */
    int64_t limit_count;
    /** [WITHSCORES] */
    bool withscores;
} ferrite_zrange_options;

/** Options of `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`. Zero-initialize, then set what you need. */
typedef struct ferrite_zrangebyscore_options {
    /** [WITHSCORES] */
    bool withscores;
    /** whether [LIMIT offset count] is set */
    bool has_limit;
    /** offset of limit */
    int64_t limit_offset;
    /** count of limit */
    int64_t limit_count;
} ferrite_zrangebyscore_options;

/** Options of `ZREVRANGE key start stop [WITHSCORES]`. Zero-initialize, then set what you need. */
typedef struct ferrite_zrevrange_options {
    /** [WITHSCORES] */
    bool withscores;
} ferrite_zrevrange_options;

/** Options of `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`. Zero-initialize, then set what you need. */
typedef struct ferrite_zrevrangebyscore_options {
    /** [WITHSCORES] */
    bool withscores;
    /** whether [LIMIT offset count] is set */
    bool has_limit;
    /** offset of limit */
    int64_t limit_offset;
    /** count of limit */
    int64_t limit_count;
} ferrite_zrevrangebyscore_options;

/** Options of `COPY source destination [DB destination-db] [REPLACE]`. Zero-initialize, then set what you need. */
typedef struct ferrite_copy_options {
    /** whether destination_db is set */
    bool has_destination_db;
    /** [DB destination-db] */
    int64_t destination_db;
    /** [REPLACE] */
    bool replace;
} ferrite_copy_options;

/** Options of `EXPIRE key seconds [NX] [XX] [GT] [LT]`. Zero-initialize, then set what you need. */
typedef struct ferrite_expire_options {
    /** [NX] */
    bool nx;
    /** [XX] */
    bool xx;
    /** [GT] */
    bool gt;
    /** [LT] */
    bool lt;
} ferrite_expire_options;

/** Options of `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`. Zero-initialize, then set what you need. */
typedef struct ferrite_expire_at_options {
    /** [NX] */
    bool nx;
    /** [XX] */
    bool xx;
    /** [GT] */
    bool gt;
    /** [LT] */
    bool lt;
} ferrite_expire_at_options;

/** Options of `FLUSHALL [ASYNC | SYNC]`. Zero-initialize, then set what you need. */
typedef struct ferrite_flushall_options {
    /** [ASYNC | SYNC] (0: absent) */
    ferrite_flush_mode mode;
} ferrite_flushall_options;

/** Options of `FLUSHDB [ASYNC | SYNC]`. Zero-initialize, then set what you need. */
typedef struct ferrite_flushdb_options {
    /** [ASYNC | SYNC] (0: absent) */
    ferrite_flush_mode mode;
} ferrite_flushdb_options;

/** Options of `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`. Zero-initialize, then set what you need. */
typedef struct ferrite_pexpire_options {
    /** [NX] */
    bool nx;
    /** [XX] */
    bool xx;
    /** [GT] */
    bool gt;
    /** [LT] */
    bool lt;
} ferrite_pexpire_options;

/** Options of `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`. Zero-initialize, then set what you need. */
typedef struct ferrite_pexpire_at_options {
    /** [NX] */
    bool nx;
    /** [XX] */
    bool xx;
    /** [GT] */
    bool gt;
    /** [LT] */
    bool lt;
} ferrite_pexpire_at_options;

/** Options of `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`. Zero-initialize, then set what you need. */
typedef struct ferrite_scan_options {
    /** [MATCH pattern] (NULL: absent) */
    const char* pattern;
    /** length of pattern */
    size_t pattern_len;
    /** whether count is set */
    bool has_count;
    /** [COUNT count] */
    int64_t count;
    /** [TYPE key-type] (NULL: absent) */
    const char* key_type;
    /** length of key_type */
    size_t key_type_len;
} ferrite_scan_options;

/* ------------------------------------------------------------------ commands */

/**
 * Appends a string to the value of a key; creates the key if it doesn't exist.
 * `APPEND key value`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_append(ferrite_db* db, const char* key, size_t key_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
 * `DECR key`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_decr(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
 * `DECRBY key decrement`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_decr_by(ferrite_db* db, const char* key, size_t key_len, int64_t decrement, ferrite_error** err);

/**
 * Returns the string value of a key.
 * `GET key`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_get(ferrite_db* db, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * GET, decoded as UTF-8.
 * `GET key`
 * Returns the UTF-8 text, NUL-terminated (length in *out_len), to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_get_str(ferrite_db* db, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * Returns the string value of a key after deleting the key.
 * `GETDEL key`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_getdel(ferrite_db* db, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * Returns the string value of a key after setting its expiration time.
 * `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_getex(ferrite_db* db, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * Returns the string value of a key after setting its expiration time. With every option.
 * `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
 * The optional arguments come from *options (ferrite_getex_options; NULL: none).
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_getex_with(ferrite_db* db, const char* key, size_t key_len, const ferrite_getex_options* options, size_t* out_len, ferrite_error** err);

/**
 * Returns a substring of the string stored at a key.
 * `GETRANGE key start end`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free, or NULL on error.
 */
char* ferrite_getrange(ferrite_db* db, const char* key, size_t key_len, int64_t start, int64_t end, size_t* out_len, ferrite_error** err);

/**
 * Returns the previous string value of a key after setting it to a new value.
 * `GETSET key value`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_getset(ferrite_db* db, const char* key, size_t key_len, const char* value, size_t value_len, size_t* out_len, ferrite_error** err);

/**
 * Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
 * `INCR key`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_incr(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
 * `INCRBY key increment`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_incr_by(ferrite_db* db, const char* key, size_t key_len, int64_t increment, ferrite_error** err);

/**
 * Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist.
 * `INCRBYFLOAT key increment`
 * Returns the number, or 0 with *err set on error.
 */
double ferrite_incr_by_float(ferrite_db* db, const char* key, size_t key_len, double increment, ferrite_error** err);

/**
 * Atomically returns the string values of one or more keys.
 * `MGET keys [keys ...]`
 * Returns a FERRITE_LIST_OPTIONAL_ITEMS (items; a nil item has ptr NULL) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_mget(ferrite_db* db, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Atomically creates or modifies the string values of one or more keys.
 * `MSET key value [key value ...]`
 * Returns 0, or -1 on error.
 */
int ferrite_mset(ferrite_db* db, const ferrite_bytes* keys, const ferrite_bytes* values, size_t data_count, ferrite_error** err);

/**
 * Atomically modifies the string values of one or more keys only when all keys don't exist.
 * `MSETNX key value [key value ...]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_msetnx(ferrite_db* db, const ferrite_bytes* keys, const ferrite_bytes* values, size_t data_count, ferrite_error** err);

/**
 * Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist.
 * `PSETEX key milliseconds value`
 * Returns 0, or -1 on error.
 */
int ferrite_psetex(ferrite_db* db, const char* key, size_t key_len, int64_t milliseconds, const char* value, size_t value_len, ferrite_error** err);

/**
 * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
 * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
 * Returns 0, or -1 on error.
 */
int ferrite_set(ferrite_db* db, const char* key, size_t key_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
 * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_set_nx(ferrite_db* db, const char* key, size_t key_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
 * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_set_xx(ferrite_db* db, const char* key, size_t key_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
 * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
 * Returns 0, or -1 on error.
 */
int ferrite_set_ex(ferrite_db* db, const char* key, size_t key_len, const char* value, size_t value_len, int64_t milliseconds, ferrite_error** err);

/**
 * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option.
 * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
 * The optional arguments come from *options (ferrite_set_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_set_with(ferrite_db* db, const char* key, size_t key_len, const char* value, size_t value_len, const ferrite_set_options* options, ferrite_error** err);

/**
 * Sets the string value and expiration time of a key; creates the key if it doesn't exist.
 * `SETEX key seconds value`
 * Returns 0, or -1 on error.
 */
int ferrite_setex(ferrite_db* db, const char* key, size_t key_len, int64_t seconds, const char* value, size_t value_len, ferrite_error** err);

/**
 * Set the string value of a key only when the key doesn't exist.
 * `SETNX key value`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_setnx(ferrite_db* db, const char* key, size_t key_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist.
 * `SETRANGE key offset value`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_setrange(ferrite_db* db, const char* key, size_t key_len, int64_t offset, const char* value, size_t value_len, ferrite_error** err);

/**
 * Returns the length of a string value.
 * `STRLEN key`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_strlen(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Deletes one or more fields from a hash; the key is deleted when no field is left.
 * `HDEL key fields [fields ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_hdel(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* fields, size_t fields_count, ferrite_error** err);

/**
 * Tells whether a field exists in a hash.
 * `HEXISTS key field`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_hexists(ferrite_db* db, const char* key, size_t key_len, const char* field, size_t field_len, ferrite_error** err);

/**
 * Returns the value of a field in a hash.
 * `HGET key field`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_hget(ferrite_db* db, const char* key, size_t key_len, const char* field, size_t field_len, size_t* out_len, ferrite_error** err);

/**
 * HGET, decoded as UTF-8.
 * `HGET key field`
 * Returns the UTF-8 text, NUL-terminated (length in *out_len), to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_hget_str(ferrite_db* db, const char* key, size_t key_len, const char* field, size_t field_len, size_t* out_len, ferrite_error** err);

/**
 * Returns every field and value of a hash.
 * `HGETALL key`
 * Returns a FERRITE_LIST_MAP (items are the fields, values the values) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_hgetall(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Increments the integer value of a hash field by a number; a missing field counts as 0.
 * `HINCRBY key field delta`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_hincrby(ferrite_db* db, const char* key, size_t key_len, const char* field, size_t field_len, int64_t delta, ferrite_error** err);

/**
 * Increments the floating-point value of a hash field by a number; a missing field counts as 0.
 * `HINCRBYFLOAT key field delta`
 * Returns the number, or 0 with *err set on error.
 */
double ferrite_hincrbyfloat(ferrite_db* db, const char* key, size_t key_len, const char* field, size_t field_len, double delta, ferrite_error** err);

/**
 * Returns every field of a hash.
 * `HKEYS key`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_hkeys(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Returns the number of fields in a hash.
 * `HLEN key`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_hlen(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Returns the values of the given fields of a hash, nil for each missing one.
 * `HMGET key fields [fields ...]`
 * Returns a FERRITE_LIST_OPTIONAL_ITEMS (items; a nil item has ptr NULL) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_hmget(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* fields, size_t fields_count, ferrite_error** err);

/**
 * Sets the values of one or more fields of a hash (deprecated in favour of HSET).
 * `HMSET key field value [field value ...]`
 * Returns 0, or -1 on error.
 */
int ferrite_hmset(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* fields, const ferrite_bytes* values, size_t pairs_count, ferrite_error** err);

/**
 * Sets one field; true when the field is new.
 * `HSET key field value [field value ...]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_hset(ferrite_db* db, const char* key, size_t key_len, const char* field, size_t field_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Sets several fields; returns how many are new.
 * `HSET key field value [field value ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_hset_multiple(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* fields, const ferrite_bytes* values, size_t pairs_count, ferrite_error** err);

/**
 * Sets the value of a hash field only if the field does not exist yet.
 * `HSETNX key field value`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_hsetnx(ferrite_db* db, const char* key, size_t key_len, const char* field, size_t field_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Returns the length in bytes of the value of a hash field (0 when missing).
 * `HSTRLEN key field`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_hstrlen(ferrite_db* db, const char* key, size_t key_len, const char* field, size_t field_len, ferrite_error** err);

/**
 * Returns every value of a hash.
 * `HVALS key`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_hvals(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Returns the element at an index of a list (negative indexes count from the tail).
 * `LINDEX key index`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_lindex(ferrite_db* db, const char* key, size_t key_len, int64_t index, size_t* out_len, ferrite_error** err);

/**
 * Inserts an element before or after the first occurrence of a pivot in a list.
 * `LINSERT key <BEFORE | AFTER> pivot element`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_linsert(ferrite_db* db, const char* key, size_t key_len, ferrite_insert_position position, const char* pivot, size_t pivot_len, const char* element, size_t element_len, ferrite_error** err);

/**
 * Returns the length of a list (0 when the key is missing).
 * `LLEN key`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_llen(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Pops an element from one end of a list and pushes it onto one end of another (or the same) list.
 * `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_lmove(ferrite_db* db, const char* source, size_t source_len, const char* destination, size_t destination_len, ferrite_list_end wherefrom, ferrite_list_end whereto, size_t* out_len, ferrite_error** err);

/**
 * Pops one element.
 * `LPOP key [count]`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_lpop(ferrite_db* db, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * Pops up to count elements; None when the key is missing.
 * `LPOP key [count]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
ferrite_list* ferrite_lpop_count(ferrite_db* db, const char* key, size_t key_len, int64_t count, ferrite_error** err);

/**
 * Removes and returns the first element of a list, or with a count the first count elements. With every option.
 * `LPOP key [count]`
 * The optional arguments come from *options (ferrite_lpop_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_lpop_with(ferrite_db* db, const char* key, size_t key_len, const ferrite_lpop_options* options, ferrite_error** err);

/**
 * The index of the match, or None.
 * `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
 * Stores the count in *out and returns 1; returns 0 for nil and -1 on error.
 */
int ferrite_lpos(ferrite_db* db, const char* key, size_t key_len, const char* element, size_t element_len, int64_t* out, ferrite_error** err);

/**
 * The indexes of up to count matches (0: all).
 * `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
 * Returns a FERRITE_LIST_INTEGERS (integers) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_lpos_count(ferrite_db* db, const char* key, size_t key_len, const char* element, size_t element_len, int64_t count, ferrite_error** err);

/**
 * Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option.
 * `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
 * The optional arguments come from *options (ferrite_lpos_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_lpos_with(ferrite_db* db, const char* key, size_t key_len, const char* element, size_t element_len, const ferrite_lpos_options* options, ferrite_error** err);

/**
 * Prepends one or more elements to a list, creating it if needed; returns the new length.
 * `LPUSH key values [values ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_lpush(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* values, size_t values_count, ferrite_error** err);

/**
 * Prepends elements to a list only if the list exists; returns the new length (0 when missing).
 * `LPUSHX key values [values ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_lpushx(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* values, size_t values_count, ferrite_error** err);

/**
 * Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list).
 * `LRANGE key start stop`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_lrange(ferrite_db* db, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all).
 * `LREM key count element`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_lrem(ferrite_db* db, const char* key, size_t key_len, int64_t count, const char* element, size_t element_len, ferrite_error** err);

/**
 * Sets the element at an index of a list (negative indexes count from the tail).
 * `LSET key index element`
 * Returns 0, or -1 on error.
 */
int ferrite_lset(ferrite_db* db, const char* key, size_t key_len, int64_t index, const char* element, size_t element_len, ferrite_error** err);

/**
 * Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
 * `LTRIM key start stop`
 * Returns 0, or -1 on error.
 */
int ferrite_ltrim(ferrite_db* db, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Pops one element.
 * `RPOP key [count]`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_rpop(ferrite_db* db, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * Pops up to count elements; None when the key is missing.
 * `RPOP key [count]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
ferrite_list* ferrite_rpop_count(ferrite_db* db, const char* key, size_t key_len, int64_t count, ferrite_error** err);

/**
 * Removes and returns the last element of a list, or with a count the last count elements. With every option.
 * `RPOP key [count]`
 * The optional arguments come from *options (ferrite_rpop_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_rpop_with(ferrite_db* db, const char* key, size_t key_len, const ferrite_rpop_options* options, ferrite_error** err);

/**
 * Appends one or more elements to a list, creating it if needed; returns the new length.
 * `RPUSH key values [values ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_rpush(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* values, size_t values_count, ferrite_error** err);

/**
 * Appends elements to a list only if the list exists; returns the new length (0 when missing).
 * `RPUSHX key values [values ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_rpushx(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* values, size_t values_count, ferrite_error** err);

/**
 * Adds one or more members to a set; the key is created if it doesn't exist.
 * `SADD key members [members ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_sadd(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Returns the number of members in a set.
 * `SCARD key`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_scard(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Returns the members of the first set that are in none of the following sets.
 * `SDIFF keys [keys ...]`
 * Returns a FERRITE_LIST_SET (items, in no particular order) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_sdiff(ferrite_db* db, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Stores the difference of sets in a key (deleting it when the result is empty); returns its size.
 * `SDIFFSTORE destination keys [keys ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_sdiffstore(ferrite_db* db, const char* destination, size_t destination_len, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Returns the members present in every given set.
 * `SINTER keys [keys ...]`
 * Returns a FERRITE_LIST_SET (items, in no particular order) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_sinter(ferrite_db* db, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Stores the intersection of sets in a key (deleting it when the result is empty); returns its size.
 * `SINTERSTORE destination keys [keys ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_sinterstore(ferrite_db* db, const char* destination, size_t destination_len, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Determines whether a member belongs to a set.
 * `SISMEMBER key member`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_sismember(ferrite_db* db, const char* key, size_t key_len, const char* member, size_t member_len, ferrite_error** err);

/**
 * Returns all members of a set.
 * `SMEMBERS key`
 * Returns a FERRITE_LIST_SET (items, in no particular order) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_smembers(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Determines whether each of several members belongs to a set.
 * `SMISMEMBER key members [members ...]`
 * Returns a FERRITE_LIST_BOOLS (integers are 0 or 1) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_smismember(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Moves a member from one set to another.
 * `SMOVE source destination member`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_smove(ferrite_db* db, const char* source, size_t source_len, const char* destination, size_t destination_len, const char* member, size_t member_len, ferrite_error** err);

/**
 * SPOP without count: one random member, or None.
 * `SPOP key [count]`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_spop(ferrite_db* db, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * SPOP with count: up to count random members.
 * `SPOP key [count]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_spop_count(ferrite_db* db, const char* key, size_t key_len, int64_t count, ferrite_error** err);

/**
 * Removes and returns one or several random members of a set; the key is deleted when emptied. With every option.
 * `SPOP key [count]`
 * The optional arguments come from *options (ferrite_spop_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_spop_with(ferrite_db* db, const char* key, size_t key_len, const ferrite_spop_options* options, ferrite_error** err);

/**
 * SRANDMEMBER without count: one random member, or None.
 * `SRANDMEMBER key [count]`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_srandmember(ferrite_db* db, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * SRANDMEMBER with count (negative: may repeat).
 * `SRANDMEMBER key [count]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_srandmember_count(ferrite_db* db, const char* key, size_t key_len, int64_t count, ferrite_error** err);

/**
 * Returns one or several random members of a set; a negative count allows repeats. With every option.
 * `SRANDMEMBER key [count]`
 * The optional arguments come from *options (ferrite_srandmember_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_srandmember_with(ferrite_db* db, const char* key, size_t key_len, const ferrite_srandmember_options* options, ferrite_error** err);

/**
 * Removes one or more members from a set; the key is deleted when emptied.
 * `SREM key members [members ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_srem(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Returns the members of the union of the given sets.
 * `SUNION keys [keys ...]`
 * Returns a FERRITE_LIST_SET (items, in no particular order) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_sunion(ferrite_db* db, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Stores the union of sets in a key (deleting it when the result is empty); returns its size.
 * `SUNIONSTORE destination keys [keys ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_sunionstore(ferrite_db* db, const char* destination, size_t destination_len, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Adds or updates members; returns how many were added.
 * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_zadd(ferrite_db* db, const char* key, size_t key_len, const double* scores, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Adds new members only; returns how many were added.
 * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_zadd_nx(ferrite_db* db, const char* key, size_t key_len, const double* scores, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Updates existing members only.
 * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_zadd_xx(ferrite_db* db, const char* key, size_t key_len, const double* scores, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Increments one member's score (ZADD INCR); returns the new score.
 * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
 * Returns the number, or 0 with *err set on error.
 */
double ferrite_zadd_incr(ferrite_db* db, const char* key, size_t key_len, double score, const char* member, size_t member_len, ferrite_error** err);

/**
 * Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option.
 * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
 * The optional arguments come from *options (ferrite_zadd_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_zadd_with(ferrite_db* db, const char* key, size_t key_len, const double* scores, const ferrite_bytes* members, size_t members_count, const ferrite_zadd_options* options, ferrite_error** err);

/**
 * Returns the number of members in a sorted set.
 * `ZCARD key`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_zcard(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Returns the number of members whose score lies within a range.
 * `ZCOUNT key min max`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_zcount(ferrite_db* db, const char* key, size_t key_len, const char* min, size_t min_len, const char* max, size_t max_len, ferrite_error** err);

/**
 * Increments the score of a member (adding it with the increment as score if absent); returns the new score.
 * `ZINCRBY key increment member`
 * Returns the number, or 0 with *err set on error.
 */
double ferrite_zincrby(ferrite_db* db, const char* key, size_t key_len, double increment, const char* member, size_t member_len, ferrite_error** err);

/**
 * Returns the scores of several members (nil for each missing one).
 * `ZMSCORE key members [members ...]`
 * Returns a FERRITE_LIST_OPTIONAL_SCORES (scores; integers[i] is 0 where the score is nil) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zmscore(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Removes and returns the members with the highest scores (one by default); the key is deleted when emptied.
 * `ZPOPMAX key [count]`
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zpopmax(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option.
 * `ZPOPMAX key [count]`
 * The optional arguments come from *options (ferrite_zpopmax_options; NULL: none).
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zpopmax_with(ferrite_db* db, const char* key, size_t key_len, const ferrite_zpopmax_options* options, ferrite_error** err);

/**
 * Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied.
 * `ZPOPMIN key [count]`
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zpopmin(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option.
 * `ZPOPMIN key [count]`
 * The optional arguments come from *options (ferrite_zpopmin_options; NULL: none).
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zpopmin_with(ferrite_db* db, const char* key, size_t key_len, const ferrite_zpopmin_options* options, ferrite_error** err);

/**
 * Members between two ranks (negative counts from the end).
 * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zrange(ferrite_db* db, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Members and scores between two ranks.
 * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zrange_with_scores(ferrite_db* db, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option.
 * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
 * The optional arguments come from *options (ferrite_zrange_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_zrange_with(ferrite_db* db, const char* key, size_t key_len, const char* start, size_t start_len, const char* stop, size_t stop_len, const ferrite_zrange_options* options, ferrite_error** err);

/**
 * Members with min <= score <= max.
 * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zrangebyscore(ferrite_db* db, const char* key, size_t key_len, const char* min, size_t min_len, const char* max, size_t max_len, ferrite_error** err);

/**
 * Members and scores with min <= score <= max.
 * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zrangebyscore_with_scores(ferrite_db* db, const char* key, size_t key_len, const char* min, size_t min_len, const char* max, size_t max_len, ferrite_error** err);

/**
 * Returns members whose score lies within a range, in ascending order. With every option.
 * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
 * The optional arguments come from *options (ferrite_zrangebyscore_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_zrangebyscore_with(ferrite_db* db, const char* key, size_t key_len, const char* min, size_t min_len, const char* max, size_t max_len, const ferrite_zrangebyscore_options* options, ferrite_error** err);

/**
 * Returns the rank of a member in ascending score order (nil if absent).
 * `ZRANK key member`
 * Stores the count in *out and returns 1; returns 0 for nil and -1 on error.
 */
int ferrite_zrank(ferrite_db* db, const char* key, size_t key_len, const char* member, size_t member_len, int64_t* out, ferrite_error** err);

/**
 * Removes one or more members from a sorted set; the key is deleted when emptied.
 * `ZREM key members [members ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_zrem(ferrite_db* db, const char* key, size_t key_len, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Removes the members within a range of ranks; returns how many were removed.
 * `ZREMRANGEBYRANK key start stop`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_zremrangebyrank(ferrite_db* db, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Removes the members whose score lies within a range; returns how many were removed.
 * `ZREMRANGEBYSCORE key min max`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_zremrangebyscore(ferrite_db* db, const char* key, size_t key_len, const char* min, size_t min_len, const char* max, size_t max_len, ferrite_error** err);

/**
 * Members between two ranks, highest score first.
 * `ZREVRANGE key start stop [WITHSCORES]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zrevrange(ferrite_db* db, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Members and scores between two ranks, highest score first.
 * `ZREVRANGE key start stop [WITHSCORES]`
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zrevrange_with_scores(ferrite_db* db, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Returns members in a range of ranks, in descending score order. With every option.
 * `ZREVRANGE key start stop [WITHSCORES]`
 * The optional arguments come from *options (ferrite_zrevrange_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_zrevrange_with(ferrite_db* db, const char* key, size_t key_len, int64_t start, int64_t stop, const ferrite_zrevrange_options* options, ferrite_error** err);

/**
 * Members with max >= score >= min, highest first.
 * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zrevrangebyscore(ferrite_db* db, const char* key, size_t key_len, const char* max, size_t max_len, const char* min, size_t min_len, ferrite_error** err);

/**
 * Members and scores with max >= score >= min, highest first.
 * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_zrevrangebyscore_with_scores(ferrite_db* db, const char* key, size_t key_len, const char* max, size_t max_len, const char* min, size_t min_len, ferrite_error** err);

/**
 * Returns members whose score lies within a range, in descending order (the range is given as max min). With every option.
 * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
 * The optional arguments come from *options (ferrite_zrevrangebyscore_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_zrevrangebyscore_with(ferrite_db* db, const char* key, size_t key_len, const char* max, size_t max_len, const char* min, size_t min_len, const ferrite_zrevrangebyscore_options* options, ferrite_error** err);

/**
 * Returns the rank of a member in descending score order (nil if absent).
 * `ZREVRANK key member`
 * Stores the count in *out and returns 1; returns 0 for nil and -1 on error.
 */
int ferrite_zrevrank(ferrite_db* db, const char* key, size_t key_len, const char* member, size_t member_len, int64_t* out, ferrite_error** err);

/**
 * Returns the score of a member (nil if absent).
 * `ZSCORE key member`
 * Stores the number in *out and returns 1; returns 0 for nil and -1 on error.
 */
int ferrite_zscore(ferrite_db* db, const char* key, size_t key_len, const char* member, size_t member_len, double* out, ferrite_error** err);

/**
 * Copies the value of a key to a new key.
 * `COPY source destination [DB destination-db] [REPLACE]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_copy(ferrite_db* db, const char* source, size_t source_len, const char* destination, size_t destination_len, ferrite_error** err);

/**
 * Copies the value of a key to a new key. With every option.
 * `COPY source destination [DB destination-db] [REPLACE]`
 * The optional arguments come from *options (ferrite_copy_options; NULL: none).
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_copy_with(ferrite_db* db, const char* source, size_t source_len, const char* destination, size_t destination_len, const ferrite_copy_options* options, ferrite_error** err);

/**
 * Returns the number of keys in the database.
 * `DBSIZE`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_dbsize(ferrite_db* db, ferrite_error** err);

/**
 * Deletes one or more keys.
 * `DEL keys [keys ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_del(ferrite_db* db, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Determines whether one or more keys exist.
 * `EXISTS keys [keys ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_exists(ferrite_db* db, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Sets the expiration time of a key in seconds.
 * `EXPIRE key seconds [NX] [XX] [GT] [LT]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_expire(ferrite_db* db, const char* key, size_t key_len, int64_t seconds, ferrite_error** err);

/**
 * Sets the expiration time of a key in seconds. With every option.
 * `EXPIRE key seconds [NX] [XX] [GT] [LT]`
 * The optional arguments come from *options (ferrite_expire_options; NULL: none).
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_expire_with(ferrite_db* db, const char* key, size_t key_len, int64_t seconds, const ferrite_expire_options* options, ferrite_error** err);

/**
 * Sets the expiration time of a key to a Unix timestamp in seconds.
 * `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_expire_at(ferrite_db* db, const char* key, size_t key_len, int64_t unix_time_seconds, ferrite_error** err);

/**
 * Sets the expiration time of a key to a Unix timestamp in seconds. With every option.
 * `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
 * The optional arguments come from *options (ferrite_expire_at_options; NULL: none).
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_expire_at_with(ferrite_db* db, const char* key, size_t key_len, int64_t unix_time_seconds, const ferrite_expire_at_options* options, ferrite_error** err);

/**
 * Returns the expiration time of a key as a Unix timestamp in seconds.
 * `EXPIRETIME key`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_expiretime(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Removes all keys from all databases.
 * `FLUSHALL [ASYNC | SYNC]`
 * Returns 0, or -1 on error.
 */
int ferrite_flushall(ferrite_db* db, ferrite_error** err);

/**
 * Removes all keys from all databases. With every option.
 * `FLUSHALL [ASYNC | SYNC]`
 * The optional arguments come from *options (ferrite_flushall_options; NULL: none).
 * Returns 0, or -1 on error.
 */
int ferrite_flushall_with(ferrite_db* db, const ferrite_flushall_options* options, ferrite_error** err);

/**
 * Remove all keys from the current database.
 * `FLUSHDB [ASYNC | SYNC]`
 * Returns 0, or -1 on error.
 */
int ferrite_flushdb(ferrite_db* db, ferrite_error** err);

/**
 * Remove all keys from the current database. With every option.
 * `FLUSHDB [ASYNC | SYNC]`
 * The optional arguments come from *options (ferrite_flushdb_options; NULL: none).
 * Returns 0, or -1 on error.
 */
int ferrite_flushdb_with(ferrite_db* db, const ferrite_flushdb_options* options, ferrite_error** err);

/**
 * Returns all key names that match a pattern.
 * `KEYS pattern`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_keys(ferrite_db* db, const char* pattern, size_t pattern_len, ferrite_error** err);

/**
 * Removes the expiration time of a key.
 * `PERSIST key`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_persist(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Sets the expiration time of a key in milliseconds.
 * `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_pexpire(ferrite_db* db, const char* key, size_t key_len, int64_t milliseconds, ferrite_error** err);

/**
 * Sets the expiration time of a key in milliseconds. With every option.
 * `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
 * The optional arguments come from *options (ferrite_pexpire_options; NULL: none).
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_pexpire_with(ferrite_db* db, const char* key, size_t key_len, int64_t milliseconds, const ferrite_pexpire_options* options, ferrite_error** err);

/**
 * Sets the expiration time of a key to a Unix milliseconds timestamp.
 * `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_pexpire_at(ferrite_db* db, const char* key, size_t key_len, int64_t unix_time_milliseconds, ferrite_error** err);

/**
 * Sets the expiration time of a key to a Unix milliseconds timestamp. With every option.
 * `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
 * The optional arguments come from *options (ferrite_pexpire_at_options; NULL: none).
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_pexpire_at_with(ferrite_db* db, const char* key, size_t key_len, int64_t unix_time_milliseconds, const ferrite_pexpire_at_options* options, ferrite_error** err);

/**
 * Returns the expiration time of a key as a Unix milliseconds timestamp.
 * `PEXPIRETIME key`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_pexpiretime(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Returns the expiration time in milliseconds of a key.
 * `PTTL key`
 * Stores the time to live in milliseconds in *out and returns 1; returns 0 when the key has none or does not exist, and -1 on error.
 */
int ferrite_pttl(ferrite_db* db, const char* key, size_t key_len, int64_t* out, ferrite_error** err);

/**
 * Returns a random key name from the database.
 * `RANDOMKEY`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_randomkey(ferrite_db* db, size_t* out_len, ferrite_error** err);

/**
 * Renames a key and overwrites the destination.
 * `RENAME key newkey`
 * Returns 0, or -1 on error.
 */
int ferrite_rename(ferrite_db* db, const char* key, size_t key_len, const char* newkey, size_t newkey_len, ferrite_error** err);

/**
 * Renames a key only when the target key name doesn't exist.
 * `RENAMENX key newkey`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_renamenx(ferrite_db* db, const char* key, size_t key_len, const char* newkey, size_t newkey_len, ferrite_error** err);

/**
 * Iterates over the key names in the database.
 * `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
 * Returns a FERRITE_LIST_PAGE (cursor is the next cursor, 0 when done; items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_scan(ferrite_db* db, uint64_t cursor, ferrite_error** err);

/**
 * Iterates over the key names in the database. With every option.
 * `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
 * The optional arguments come from *options (ferrite_scan_options; NULL: none).
 * Returns a FERRITE_LIST_PAGE (cursor is the next cursor, 0 when done; items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_scan_with(ferrite_db* db, uint64_t cursor, const ferrite_scan_options* options, ferrite_error** err);

/**
 * Changes the selected database.
 * `SELECT index`
 * Returns 0, or -1 on error.
 */
int ferrite_select(ferrite_db* db, int64_t index, ferrite_error** err);

/**
 * Returns the expiration time in seconds of a key.
 * `TTL key`
 * Stores the time to live in seconds in *out and returns 1; returns 0 when the key has none or does not exist, and -1 on error.
 */
int ferrite_ttl(ferrite_db* db, const char* key, size_t key_len, int64_t* out, ferrite_error** err);

/**
 * Determines the type of value stored at a key.
 * `TYPE key`
 * Returns the key's type (FERRITE_TYPE_NONE when it does not exist), or -1 (FERRITE_TYPE_ERROR) on error.
 */
ferrite_type ferrite_key_type(ferrite_db* db, const char* key, size_t key_len, ferrite_error** err);

/**
 * Asynchronously deletes one or more keys.
 * `UNLINK keys [keys ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_unlink(ferrite_db* db, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Appends a string to the value of a key; creates the key if it doesn't exist.
 * `APPEND key value`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_append(ferrite_tx* tx, const char* key, size_t key_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
 * `DECR key`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_tx_decr(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
 * `DECRBY key decrement`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_tx_decr_by(ferrite_tx* tx, const char* key, size_t key_len, int64_t decrement, ferrite_error** err);

/**
 * Returns the string value of a key.
 * `GET key`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_get(ferrite_tx* tx, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * GET, decoded as UTF-8.
 * `GET key`
 * Returns the UTF-8 text, NUL-terminated (length in *out_len), to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_get_str(ferrite_tx* tx, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * Returns the string value of a key after deleting the key.
 * `GETDEL key`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_getdel(ferrite_tx* tx, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * Returns the string value of a key after setting its expiration time.
 * `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_getex(ferrite_tx* tx, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * Returns the string value of a key after setting its expiration time. With every option.
 * `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
 * The optional arguments come from *options (ferrite_getex_options; NULL: none).
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_getex_with(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_getex_options* options, size_t* out_len, ferrite_error** err);

/**
 * Returns a substring of the string stored at a key.
 * `GETRANGE key start end`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free, or NULL on error.
 */
char* ferrite_tx_getrange(ferrite_tx* tx, const char* key, size_t key_len, int64_t start, int64_t end, size_t* out_len, ferrite_error** err);

/**
 * Returns the previous string value of a key after setting it to a new value.
 * `GETSET key value`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_getset(ferrite_tx* tx, const char* key, size_t key_len, const char* value, size_t value_len, size_t* out_len, ferrite_error** err);

/**
 * Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
 * `INCR key`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_tx_incr(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
 * `INCRBY key increment`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_tx_incr_by(ferrite_tx* tx, const char* key, size_t key_len, int64_t increment, ferrite_error** err);

/**
 * Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist.
 * `INCRBYFLOAT key increment`
 * Returns the number, or 0 with *err set on error.
 */
double ferrite_tx_incr_by_float(ferrite_tx* tx, const char* key, size_t key_len, double increment, ferrite_error** err);

/**
 * Atomically returns the string values of one or more keys.
 * `MGET keys [keys ...]`
 * Returns a FERRITE_LIST_OPTIONAL_ITEMS (items; a nil item has ptr NULL) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_mget(ferrite_tx* tx, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Atomically creates or modifies the string values of one or more keys.
 * `MSET key value [key value ...]`
 * Returns 0, or -1 on error.
 */
int ferrite_tx_mset(ferrite_tx* tx, const ferrite_bytes* keys, const ferrite_bytes* values, size_t data_count, ferrite_error** err);

/**
 * Atomically modifies the string values of one or more keys only when all keys don't exist.
 * `MSETNX key value [key value ...]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_msetnx(ferrite_tx* tx, const ferrite_bytes* keys, const ferrite_bytes* values, size_t data_count, ferrite_error** err);

/**
 * Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist.
 * `PSETEX key milliseconds value`
 * Returns 0, or -1 on error.
 */
int ferrite_tx_psetex(ferrite_tx* tx, const char* key, size_t key_len, int64_t milliseconds, const char* value, size_t value_len, ferrite_error** err);

/**
 * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
 * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
 * Returns 0, or -1 on error.
 */
int ferrite_tx_set(ferrite_tx* tx, const char* key, size_t key_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
 * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_set_nx(ferrite_tx* tx, const char* key, size_t key_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
 * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_set_xx(ferrite_tx* tx, const char* key, size_t key_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
 * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
 * Returns 0, or -1 on error.
 */
int ferrite_tx_set_ex(ferrite_tx* tx, const char* key, size_t key_len, const char* value, size_t value_len, int64_t milliseconds, ferrite_error** err);

/**
 * Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option.
 * `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
 * The optional arguments come from *options (ferrite_set_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_tx_set_with(ferrite_tx* tx, const char* key, size_t key_len, const char* value, size_t value_len, const ferrite_set_options* options, ferrite_error** err);

/**
 * Sets the string value and expiration time of a key; creates the key if it doesn't exist.
 * `SETEX key seconds value`
 * Returns 0, or -1 on error.
 */
int ferrite_tx_setex(ferrite_tx* tx, const char* key, size_t key_len, int64_t seconds, const char* value, size_t value_len, ferrite_error** err);

/**
 * Set the string value of a key only when the key doesn't exist.
 * `SETNX key value`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_setnx(ferrite_tx* tx, const char* key, size_t key_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist.
 * `SETRANGE key offset value`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_setrange(ferrite_tx* tx, const char* key, size_t key_len, int64_t offset, const char* value, size_t value_len, ferrite_error** err);

/**
 * Returns the length of a string value.
 * `STRLEN key`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_strlen(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Deletes one or more fields from a hash; the key is deleted when no field is left.
 * `HDEL key fields [fields ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_hdel(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* fields, size_t fields_count, ferrite_error** err);

/**
 * Tells whether a field exists in a hash.
 * `HEXISTS key field`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_hexists(ferrite_tx* tx, const char* key, size_t key_len, const char* field, size_t field_len, ferrite_error** err);

/**
 * Returns the value of a field in a hash.
 * `HGET key field`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_hget(ferrite_tx* tx, const char* key, size_t key_len, const char* field, size_t field_len, size_t* out_len, ferrite_error** err);

/**
 * HGET, decoded as UTF-8.
 * `HGET key field`
 * Returns the UTF-8 text, NUL-terminated (length in *out_len), to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_hget_str(ferrite_tx* tx, const char* key, size_t key_len, const char* field, size_t field_len, size_t* out_len, ferrite_error** err);

/**
 * Returns every field and value of a hash.
 * `HGETALL key`
 * Returns a FERRITE_LIST_MAP (items are the fields, values the values) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_hgetall(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Increments the integer value of a hash field by a number; a missing field counts as 0.
 * `HINCRBY key field delta`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_tx_hincrby(ferrite_tx* tx, const char* key, size_t key_len, const char* field, size_t field_len, int64_t delta, ferrite_error** err);

/**
 * Increments the floating-point value of a hash field by a number; a missing field counts as 0.
 * `HINCRBYFLOAT key field delta`
 * Returns the number, or 0 with *err set on error.
 */
double ferrite_tx_hincrbyfloat(ferrite_tx* tx, const char* key, size_t key_len, const char* field, size_t field_len, double delta, ferrite_error** err);

/**
 * Returns every field of a hash.
 * `HKEYS key`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_hkeys(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Returns the number of fields in a hash.
 * `HLEN key`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_hlen(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Returns the values of the given fields of a hash, nil for each missing one.
 * `HMGET key fields [fields ...]`
 * Returns a FERRITE_LIST_OPTIONAL_ITEMS (items; a nil item has ptr NULL) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_hmget(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* fields, size_t fields_count, ferrite_error** err);

/**
 * Sets the values of one or more fields of a hash (deprecated in favour of HSET).
 * `HMSET key field value [field value ...]`
 * Returns 0, or -1 on error.
 */
int ferrite_tx_hmset(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* fields, const ferrite_bytes* values, size_t pairs_count, ferrite_error** err);

/**
 * Sets one field; true when the field is new.
 * `HSET key field value [field value ...]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_hset(ferrite_tx* tx, const char* key, size_t key_len, const char* field, size_t field_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Sets several fields; returns how many are new.
 * `HSET key field value [field value ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_hset_multiple(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* fields, const ferrite_bytes* values, size_t pairs_count, ferrite_error** err);

/**
 * Sets the value of a hash field only if the field does not exist yet.
 * `HSETNX key field value`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_hsetnx(ferrite_tx* tx, const char* key, size_t key_len, const char* field, size_t field_len, const char* value, size_t value_len, ferrite_error** err);

/**
 * Returns the length in bytes of the value of a hash field (0 when missing).
 * `HSTRLEN key field`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_hstrlen(ferrite_tx* tx, const char* key, size_t key_len, const char* field, size_t field_len, ferrite_error** err);

/**
 * Returns every value of a hash.
 * `HVALS key`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_hvals(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Returns the element at an index of a list (negative indexes count from the tail).
 * `LINDEX key index`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_lindex(ferrite_tx* tx, const char* key, size_t key_len, int64_t index, size_t* out_len, ferrite_error** err);

/**
 * Inserts an element before or after the first occurrence of a pivot in a list.
 * `LINSERT key <BEFORE | AFTER> pivot element`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_tx_linsert(ferrite_tx* tx, const char* key, size_t key_len, ferrite_insert_position position, const char* pivot, size_t pivot_len, const char* element, size_t element_len, ferrite_error** err);

/**
 * Returns the length of a list (0 when the key is missing).
 * `LLEN key`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_llen(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Pops an element from one end of a list and pushes it onto one end of another (or the same) list.
 * `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_lmove(ferrite_tx* tx, const char* source, size_t source_len, const char* destination, size_t destination_len, ferrite_list_end wherefrom, ferrite_list_end whereto, size_t* out_len, ferrite_error** err);

/**
 * Pops one element.
 * `LPOP key [count]`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_lpop(ferrite_tx* tx, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * Pops up to count elements; None when the key is missing.
 * `LPOP key [count]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
ferrite_list* ferrite_tx_lpop_count(ferrite_tx* tx, const char* key, size_t key_len, int64_t count, ferrite_error** err);

/**
 * Removes and returns the first element of a list, or with a count the first count elements. With every option.
 * `LPOP key [count]`
 * The optional arguments come from *options (ferrite_lpop_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_tx_lpop_with(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_lpop_options* options, ferrite_error** err);

/**
 * The index of the match, or None.
 * `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
 * Stores the count in *out and returns 1; returns 0 for nil and -1 on error.
 */
int ferrite_tx_lpos(ferrite_tx* tx, const char* key, size_t key_len, const char* element, size_t element_len, int64_t* out, ferrite_error** err);

/**
 * The indexes of up to count matches (0: all).
 * `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
 * Returns a FERRITE_LIST_INTEGERS (integers) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_lpos_count(ferrite_tx* tx, const char* key, size_t key_len, const char* element, size_t element_len, int64_t count, ferrite_error** err);

/**
 * Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option.
 * `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
 * The optional arguments come from *options (ferrite_lpos_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_tx_lpos_with(ferrite_tx* tx, const char* key, size_t key_len, const char* element, size_t element_len, const ferrite_lpos_options* options, ferrite_error** err);

/**
 * Prepends one or more elements to a list, creating it if needed; returns the new length.
 * `LPUSH key values [values ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_lpush(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* values, size_t values_count, ferrite_error** err);

/**
 * Prepends elements to a list only if the list exists; returns the new length (0 when missing).
 * `LPUSHX key values [values ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_lpushx(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* values, size_t values_count, ferrite_error** err);

/**
 * Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list).
 * `LRANGE key start stop`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_lrange(ferrite_tx* tx, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all).
 * `LREM key count element`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_lrem(ferrite_tx* tx, const char* key, size_t key_len, int64_t count, const char* element, size_t element_len, ferrite_error** err);

/**
 * Sets the element at an index of a list (negative indexes count from the tail).
 * `LSET key index element`
 * Returns 0, or -1 on error.
 */
int ferrite_tx_lset(ferrite_tx* tx, const char* key, size_t key_len, int64_t index, const char* element, size_t element_len, ferrite_error** err);

/**
 * Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
 * `LTRIM key start stop`
 * Returns 0, or -1 on error.
 */
int ferrite_tx_ltrim(ferrite_tx* tx, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Pops one element.
 * `RPOP key [count]`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_rpop(ferrite_tx* tx, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * Pops up to count elements; None when the key is missing.
 * `RPOP key [count]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
ferrite_list* ferrite_tx_rpop_count(ferrite_tx* tx, const char* key, size_t key_len, int64_t count, ferrite_error** err);

/**
 * Removes and returns the last element of a list, or with a count the last count elements. With every option.
 * `RPOP key [count]`
 * The optional arguments come from *options (ferrite_rpop_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_tx_rpop_with(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_rpop_options* options, ferrite_error** err);

/**
 * Appends one or more elements to a list, creating it if needed; returns the new length.
 * `RPUSH key values [values ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_rpush(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* values, size_t values_count, ferrite_error** err);

/**
 * Appends elements to a list only if the list exists; returns the new length (0 when missing).
 * `RPUSHX key values [values ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_rpushx(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* values, size_t values_count, ferrite_error** err);

/**
 * Adds one or more members to a set; the key is created if it doesn't exist.
 * `SADD key members [members ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_sadd(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Returns the number of members in a set.
 * `SCARD key`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_scard(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Returns the members of the first set that are in none of the following sets.
 * `SDIFF keys [keys ...]`
 * Returns a FERRITE_LIST_SET (items, in no particular order) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_sdiff(ferrite_tx* tx, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Stores the difference of sets in a key (deleting it when the result is empty); returns its size.
 * `SDIFFSTORE destination keys [keys ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_sdiffstore(ferrite_tx* tx, const char* destination, size_t destination_len, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Returns the members present in every given set.
 * `SINTER keys [keys ...]`
 * Returns a FERRITE_LIST_SET (items, in no particular order) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_sinter(ferrite_tx* tx, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Stores the intersection of sets in a key (deleting it when the result is empty); returns its size.
 * `SINTERSTORE destination keys [keys ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_sinterstore(ferrite_tx* tx, const char* destination, size_t destination_len, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Determines whether a member belongs to a set.
 * `SISMEMBER key member`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_sismember(ferrite_tx* tx, const char* key, size_t key_len, const char* member, size_t member_len, ferrite_error** err);

/**
 * Returns all members of a set.
 * `SMEMBERS key`
 * Returns a FERRITE_LIST_SET (items, in no particular order) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_smembers(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Determines whether each of several members belongs to a set.
 * `SMISMEMBER key members [members ...]`
 * Returns a FERRITE_LIST_BOOLS (integers are 0 or 1) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_smismember(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Moves a member from one set to another.
 * `SMOVE source destination member`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_smove(ferrite_tx* tx, const char* source, size_t source_len, const char* destination, size_t destination_len, const char* member, size_t member_len, ferrite_error** err);

/**
 * SPOP without count: one random member, or None.
 * `SPOP key [count]`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_spop(ferrite_tx* tx, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * SPOP with count: up to count random members.
 * `SPOP key [count]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_spop_count(ferrite_tx* tx, const char* key, size_t key_len, int64_t count, ferrite_error** err);

/**
 * Removes and returns one or several random members of a set; the key is deleted when emptied. With every option.
 * `SPOP key [count]`
 * The optional arguments come from *options (ferrite_spop_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_tx_spop_with(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_spop_options* options, ferrite_error** err);

/**
 * SRANDMEMBER without count: one random member, or None.
 * `SRANDMEMBER key [count]`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_srandmember(ferrite_tx* tx, const char* key, size_t key_len, size_t* out_len, ferrite_error** err);

/**
 * SRANDMEMBER with count (negative: may repeat).
 * `SRANDMEMBER key [count]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_srandmember_count(ferrite_tx* tx, const char* key, size_t key_len, int64_t count, ferrite_error** err);

/**
 * Returns one or several random members of a set; a negative count allows repeats. With every option.
 * `SRANDMEMBER key [count]`
 * The optional arguments come from *options (ferrite_srandmember_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_tx_srandmember_with(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_srandmember_options* options, ferrite_error** err);

/**
 * Removes one or more members from a set; the key is deleted when emptied.
 * `SREM key members [members ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_srem(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Returns the members of the union of the given sets.
 * `SUNION keys [keys ...]`
 * Returns a FERRITE_LIST_SET (items, in no particular order) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_sunion(ferrite_tx* tx, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Stores the union of sets in a key (deleting it when the result is empty); returns its size.
 * `SUNIONSTORE destination keys [keys ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_sunionstore(ferrite_tx* tx, const char* destination, size_t destination_len, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Adds or updates members; returns how many were added.
 * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_zadd(ferrite_tx* tx, const char* key, size_t key_len, const double* scores, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Adds new members only; returns how many were added.
 * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_zadd_nx(ferrite_tx* tx, const char* key, size_t key_len, const double* scores, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Updates existing members only.
 * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_zadd_xx(ferrite_tx* tx, const char* key, size_t key_len, const double* scores, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Increments one member's score (ZADD INCR); returns the new score.
 * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
 * Returns the number, or 0 with *err set on error.
 */
double ferrite_tx_zadd_incr(ferrite_tx* tx, const char* key, size_t key_len, double score, const char* member, size_t member_len, ferrite_error** err);

/**
 * Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option.
 * `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
 * The optional arguments come from *options (ferrite_zadd_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_tx_zadd_with(ferrite_tx* tx, const char* key, size_t key_len, const double* scores, const ferrite_bytes* members, size_t members_count, const ferrite_zadd_options* options, ferrite_error** err);

/**
 * Returns the number of members in a sorted set.
 * `ZCARD key`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_zcard(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Returns the number of members whose score lies within a range.
 * `ZCOUNT key min max`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_zcount(ferrite_tx* tx, const char* key, size_t key_len, const char* min, size_t min_len, const char* max, size_t max_len, ferrite_error** err);

/**
 * Increments the score of a member (adding it with the increment as score if absent); returns the new score.
 * `ZINCRBY key increment member`
 * Returns the number, or 0 with *err set on error.
 */
double ferrite_tx_zincrby(ferrite_tx* tx, const char* key, size_t key_len, double increment, const char* member, size_t member_len, ferrite_error** err);

/**
 * Returns the scores of several members (nil for each missing one).
 * `ZMSCORE key members [members ...]`
 * Returns a FERRITE_LIST_OPTIONAL_SCORES (scores; integers[i] is 0 where the score is nil) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zmscore(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Removes and returns the members with the highest scores (one by default); the key is deleted when emptied.
 * `ZPOPMAX key [count]`
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zpopmax(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option.
 * `ZPOPMAX key [count]`
 * The optional arguments come from *options (ferrite_zpopmax_options; NULL: none).
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zpopmax_with(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_zpopmax_options* options, ferrite_error** err);

/**
 * Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied.
 * `ZPOPMIN key [count]`
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zpopmin(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option.
 * `ZPOPMIN key [count]`
 * The optional arguments come from *options (ferrite_zpopmin_options; NULL: none).
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zpopmin_with(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_zpopmin_options* options, ferrite_error** err);

/**
 * Members between two ranks (negative counts from the end).
 * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zrange(ferrite_tx* tx, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Members and scores between two ranks.
 * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zrange_with_scores(ferrite_tx* tx, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option.
 * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
 * The optional arguments come from *options (ferrite_zrange_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_tx_zrange_with(ferrite_tx* tx, const char* key, size_t key_len, const char* start, size_t start_len, const char* stop, size_t stop_len, const ferrite_zrange_options* options, ferrite_error** err);

/**
 * Members with min <= score <= max.
 * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zrangebyscore(ferrite_tx* tx, const char* key, size_t key_len, const char* min, size_t min_len, const char* max, size_t max_len, ferrite_error** err);

/**
 * Members and scores with min <= score <= max.
 * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zrangebyscore_with_scores(ferrite_tx* tx, const char* key, size_t key_len, const char* min, size_t min_len, const char* max, size_t max_len, ferrite_error** err);

/**
 * Returns members whose score lies within a range, in ascending order. With every option.
 * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
 * The optional arguments come from *options (ferrite_zrangebyscore_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_tx_zrangebyscore_with(ferrite_tx* tx, const char* key, size_t key_len, const char* min, size_t min_len, const char* max, size_t max_len, const ferrite_zrangebyscore_options* options, ferrite_error** err);

/**
 * Returns the rank of a member in ascending score order (nil if absent).
 * `ZRANK key member`
 * Stores the count in *out and returns 1; returns 0 for nil and -1 on error.
 */
int ferrite_tx_zrank(ferrite_tx* tx, const char* key, size_t key_len, const char* member, size_t member_len, int64_t* out, ferrite_error** err);

/**
 * Removes one or more members from a sorted set; the key is deleted when emptied.
 * `ZREM key members [members ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_zrem(ferrite_tx* tx, const char* key, size_t key_len, const ferrite_bytes* members, size_t members_count, ferrite_error** err);

/**
 * Removes the members within a range of ranks; returns how many were removed.
 * `ZREMRANGEBYRANK key start stop`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_zremrangebyrank(ferrite_tx* tx, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Removes the members whose score lies within a range; returns how many were removed.
 * `ZREMRANGEBYSCORE key min max`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_zremrangebyscore(ferrite_tx* tx, const char* key, size_t key_len, const char* min, size_t min_len, const char* max, size_t max_len, ferrite_error** err);

/**
 * Members between two ranks, highest score first.
 * `ZREVRANGE key start stop [WITHSCORES]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zrevrange(ferrite_tx* tx, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Members and scores between two ranks, highest score first.
 * `ZREVRANGE key start stop [WITHSCORES]`
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zrevrange_with_scores(ferrite_tx* tx, const char* key, size_t key_len, int64_t start, int64_t stop, ferrite_error** err);

/**
 * Returns members in a range of ranks, in descending score order. With every option.
 * `ZREVRANGE key start stop [WITHSCORES]`
 * The optional arguments come from *options (ferrite_zrevrange_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_tx_zrevrange_with(ferrite_tx* tx, const char* key, size_t key_len, int64_t start, int64_t stop, const ferrite_zrevrange_options* options, ferrite_error** err);

/**
 * Members with max >= score >= min, highest first.
 * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zrevrangebyscore(ferrite_tx* tx, const char* key, size_t key_len, const char* max, size_t max_len, const char* min, size_t min_len, ferrite_error** err);

/**
 * Members and scores with max >= score >= min, highest first.
 * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
 * Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_zrevrangebyscore_with_scores(ferrite_tx* tx, const char* key, size_t key_len, const char* max, size_t max_len, const char* min, size_t min_len, ferrite_error** err);

/**
 * Returns members whose score lies within a range, in descending order (the range is given as max min). With every option.
 * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
 * The optional arguments come from *options (ferrite_zrevrangebyscore_options; NULL: none).
 * Returns the reply tree to release with ferrite_free, or NULL on error.
 */
ferrite_reply* ferrite_tx_zrevrangebyscore_with(ferrite_tx* tx, const char* key, size_t key_len, const char* max, size_t max_len, const char* min, size_t min_len, const ferrite_zrevrangebyscore_options* options, ferrite_error** err);

/**
 * Returns the rank of a member in descending score order (nil if absent).
 * `ZREVRANK key member`
 * Stores the count in *out and returns 1; returns 0 for nil and -1 on error.
 */
int ferrite_tx_zrevrank(ferrite_tx* tx, const char* key, size_t key_len, const char* member, size_t member_len, int64_t* out, ferrite_error** err);

/**
 * Returns the score of a member (nil if absent).
 * `ZSCORE key member`
 * Stores the number in *out and returns 1; returns 0 for nil and -1 on error.
 */
int ferrite_tx_zscore(ferrite_tx* tx, const char* key, size_t key_len, const char* member, size_t member_len, double* out, ferrite_error** err);

/**
 * Copies the value of a key to a new key.
 * `COPY source destination [DB destination-db] [REPLACE]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_copy(ferrite_tx* tx, const char* source, size_t source_len, const char* destination, size_t destination_len, ferrite_error** err);

/**
 * Copies the value of a key to a new key. With every option.
 * `COPY source destination [DB destination-db] [REPLACE]`
 * The optional arguments come from *options (ferrite_copy_options; NULL: none).
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_copy_with(ferrite_tx* tx, const char* source, size_t source_len, const char* destination, size_t destination_len, const ferrite_copy_options* options, ferrite_error** err);

/**
 * Returns the number of keys in the database.
 * `DBSIZE`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_dbsize(ferrite_tx* tx, ferrite_error** err);

/**
 * Deletes one or more keys.
 * `DEL keys [keys ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_del(ferrite_tx* tx, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Determines whether one or more keys exist.
 * `EXISTS keys [keys ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_exists(ferrite_tx* tx, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

/**
 * Sets the expiration time of a key in seconds.
 * `EXPIRE key seconds [NX] [XX] [GT] [LT]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_expire(ferrite_tx* tx, const char* key, size_t key_len, int64_t seconds, ferrite_error** err);

/**
 * Sets the expiration time of a key in seconds. With every option.
 * `EXPIRE key seconds [NX] [XX] [GT] [LT]`
 * The optional arguments come from *options (ferrite_expire_options; NULL: none).
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_expire_with(ferrite_tx* tx, const char* key, size_t key_len, int64_t seconds, const ferrite_expire_options* options, ferrite_error** err);

/**
 * Sets the expiration time of a key to a Unix timestamp in seconds.
 * `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_expire_at(ferrite_tx* tx, const char* key, size_t key_len, int64_t unix_time_seconds, ferrite_error** err);

/**
 * Sets the expiration time of a key to a Unix timestamp in seconds. With every option.
 * `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
 * The optional arguments come from *options (ferrite_expire_at_options; NULL: none).
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_expire_at_with(ferrite_tx* tx, const char* key, size_t key_len, int64_t unix_time_seconds, const ferrite_expire_at_options* options, ferrite_error** err);

/**
 * Returns the expiration time of a key as a Unix timestamp in seconds.
 * `EXPIRETIME key`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_tx_expiretime(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Removes all keys from all databases.
 * `FLUSHALL [ASYNC | SYNC]`
 * Returns 0, or -1 on error.
 */
int ferrite_tx_flushall(ferrite_tx* tx, ferrite_error** err);

/**
 * Removes all keys from all databases. With every option.
 * `FLUSHALL [ASYNC | SYNC]`
 * The optional arguments come from *options (ferrite_flushall_options; NULL: none).
 * Returns 0, or -1 on error.
 */
int ferrite_tx_flushall_with(ferrite_tx* tx, const ferrite_flushall_options* options, ferrite_error** err);

/**
 * Remove all keys from the current database.
 * `FLUSHDB [ASYNC | SYNC]`
 * Returns 0, or -1 on error.
 */
int ferrite_tx_flushdb(ferrite_tx* tx, ferrite_error** err);

/**
 * Remove all keys from the current database. With every option.
 * `FLUSHDB [ASYNC | SYNC]`
 * The optional arguments come from *options (ferrite_flushdb_options; NULL: none).
 * Returns 0, or -1 on error.
 */
int ferrite_tx_flushdb_with(ferrite_tx* tx, const ferrite_flushdb_options* options, ferrite_error** err);

/**
 * Returns all key names that match a pattern.
 * `KEYS pattern`
 * Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_keys(ferrite_tx* tx, const char* pattern, size_t pattern_len, ferrite_error** err);

/**
 * Removes the expiration time of a key.
 * `PERSIST key`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_persist(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Sets the expiration time of a key in milliseconds.
 * `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_pexpire(ferrite_tx* tx, const char* key, size_t key_len, int64_t milliseconds, ferrite_error** err);

/**
 * Sets the expiration time of a key in milliseconds. With every option.
 * `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
 * The optional arguments come from *options (ferrite_pexpire_options; NULL: none).
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_pexpire_with(ferrite_tx* tx, const char* key, size_t key_len, int64_t milliseconds, const ferrite_pexpire_options* options, ferrite_error** err);

/**
 * Sets the expiration time of a key to a Unix milliseconds timestamp.
 * `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_pexpire_at(ferrite_tx* tx, const char* key, size_t key_len, int64_t unix_time_milliseconds, ferrite_error** err);

/**
 * Sets the expiration time of a key to a Unix milliseconds timestamp. With every option.
 * `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
 * The optional arguments come from *options (ferrite_pexpire_at_options; NULL: none).
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_pexpire_at_with(ferrite_tx* tx, const char* key, size_t key_len, int64_t unix_time_milliseconds, const ferrite_pexpire_at_options* options, ferrite_error** err);

/**
 * Returns the expiration time of a key as a Unix milliseconds timestamp.
 * `PEXPIRETIME key`
 * Returns the integer reply, or 0 with *err set on error.
 */
int64_t ferrite_tx_pexpiretime(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Returns the expiration time in milliseconds of a key.
 * `PTTL key`
 * Stores the time to live in milliseconds in *out and returns 1; returns 0 when the key has none or does not exist, and -1 on error.
 */
int ferrite_tx_pttl(ferrite_tx* tx, const char* key, size_t key_len, int64_t* out, ferrite_error** err);

/**
 * Returns a random key name from the database.
 * `RANDOMKEY`
 * Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set).
 */
char* ferrite_tx_randomkey(ferrite_tx* tx, size_t* out_len, ferrite_error** err);

/**
 * Renames a key and overwrites the destination.
 * `RENAME key newkey`
 * Returns 0, or -1 on error.
 */
int ferrite_tx_rename(ferrite_tx* tx, const char* key, size_t key_len, const char* newkey, size_t newkey_len, ferrite_error** err);

/**
 * Renames a key only when the target key name doesn't exist.
 * `RENAMENX key newkey`
 * Returns 1 or 0, or -1 on error.
 */
int ferrite_tx_renamenx(ferrite_tx* tx, const char* key, size_t key_len, const char* newkey, size_t newkey_len, ferrite_error** err);

/**
 * Iterates over the key names in the database.
 * `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
 * Returns a FERRITE_LIST_PAGE (cursor is the next cursor, 0 when done; items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_scan(ferrite_tx* tx, uint64_t cursor, ferrite_error** err);

/**
 * Iterates over the key names in the database. With every option.
 * `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
 * The optional arguments come from *options (ferrite_scan_options; NULL: none).
 * Returns a FERRITE_LIST_PAGE (cursor is the next cursor, 0 when done; items) to release with ferrite_free, or NULL on error.
 */
ferrite_list* ferrite_tx_scan_with(ferrite_tx* tx, uint64_t cursor, const ferrite_scan_options* options, ferrite_error** err);

/**
 * Changes the selected database.
 * `SELECT index`
 * Returns 0, or -1 on error.
 */
int ferrite_tx_select(ferrite_tx* tx, int64_t index, ferrite_error** err);

/**
 * Returns the expiration time in seconds of a key.
 * `TTL key`
 * Stores the time to live in seconds in *out and returns 1; returns 0 when the key has none or does not exist, and -1 on error.
 */
int ferrite_tx_ttl(ferrite_tx* tx, const char* key, size_t key_len, int64_t* out, ferrite_error** err);

/**
 * Determines the type of value stored at a key.
 * `TYPE key`
 * Returns the key's type (FERRITE_TYPE_NONE when it does not exist), or -1 (FERRITE_TYPE_ERROR) on error.
 */
ferrite_type ferrite_tx_key_type(ferrite_tx* tx, const char* key, size_t key_len, ferrite_error** err);

/**
 * Asynchronously deletes one or more keys.
 * `UNLINK keys [keys ...]`
 * Returns the count, or -1 on error.
 */
int64_t ferrite_tx_unlink(ferrite_tx* tx, const ferrite_bytes* keys, size_t keys_count, ferrite_error** err);

#ifdef __cplusplus
}
#endif

#endif /* FERRITE_H */
