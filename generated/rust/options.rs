// Generated from commands.yaml by cargo xtask gen. Do not edit.
//! Options structs: the optional arguments of the commands that have some.

/// The optional arguments of [`getex_with`](crate::embedded::Database::getex_with).
///
/// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
#[derive(Clone, Debug, Default)]
pub struct GetexOptions {
    /// `[EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
    pub expiration: Option<ferrite_core::commands::string::GetExExpiration>,
}

/// The optional arguments of [`set_with`](crate::embedded::Database::set_with).
///
/// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
#[derive(Clone, Debug, Default)]
pub struct SetOptions {
    /// `[NX | XX]`
    pub condition: Option<ferrite_core::commands::string::SetCondition>,
    /// `[GET]`
    pub get: bool,
    /// `[EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    pub expiration: Option<ferrite_core::commands::string::SetExpiration>,
}

/// The optional arguments of [`lpop_with`](crate::embedded::Database::lpop_with).
///
/// `LPOP key [count]`
#[derive(Clone, Debug, Default)]
pub struct LpopOptions {
    /// `[count]`
    pub count: Option<i64>,
}

/// The optional arguments of [`lpos_with`](crate::embedded::Database::lpos_with).
///
/// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
#[derive(Clone, Debug, Default)]
pub struct LposOptions {
    /// `[RANK rank]`
    pub rank: Option<i64>,
    /// `[COUNT count]`
    pub count: Option<i64>,
    /// `[MAXLEN maxlen]`
    pub maxlen: Option<i64>,
}

/// The optional arguments of [`rpop_with`](crate::embedded::Database::rpop_with).
///
/// `RPOP key [count]`
#[derive(Clone, Debug, Default)]
pub struct RpopOptions {
    /// `[count]`
    pub count: Option<i64>,
}

/// The optional arguments of [`spop_with`](crate::embedded::Database::spop_with).
///
/// `SPOP key [count]`
#[derive(Clone, Debug, Default)]
pub struct SpopOptions {
    /// `[count]`
    pub count: Option<i64>,
}

/// The optional arguments of [`srandmember_with`](crate::embedded::Database::srandmember_with).
///
/// `SRANDMEMBER key [count]`
#[derive(Clone, Debug, Default)]
pub struct SrandmemberOptions {
    /// `[count]`
    pub count: Option<i64>,
}

/// The optional arguments of [`zadd_with`](crate::embedded::Database::zadd_with).
///
/// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
#[derive(Clone, Debug, Default)]
pub struct ZaddOptions {
    /// `[NX]`
    pub nx: bool,
    /// `[XX]`
    pub xx: bool,
    /// `[GT]`
    pub gt: bool,
    /// `[LT]`
    pub lt: bool,
    /// `[CH]`
    pub ch: bool,
    /// `[INCR]`
    pub incr: bool,
}

/// The optional arguments of [`zpopmax_with`](crate::embedded::Database::zpopmax_with).
///
/// `ZPOPMAX key [count]`
#[derive(Clone, Debug, Default)]
pub struct ZpopmaxOptions {
    /// `[count]`
    pub count: Option<i64>,
}

/// The optional arguments of [`zpopmin_with`](crate::embedded::Database::zpopmin_with).
///
/// `ZPOPMIN key [count]`
#[derive(Clone, Debug, Default)]
pub struct ZpopminOptions {
    /// `[count]`
    pub count: Option<i64>,
}

/// The optional arguments of [`zrange_with`](crate::embedded::Database::zrange_with).
///
/// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
#[derive(Clone, Debug, Default)]
pub struct ZrangeOptions {
    /// `[BYSCORE | BYLEX]`
    pub by: Option<ferrite_core::commands::zset::ZRangeBy>,
    /// `[REV]`
    pub rev: bool,
    /// `[LIMIT offset count]`
    pub limit: Option<(i64, i64)>,
    /// `[WITHSCORES]`
    pub withscores: bool,
}

/// The optional arguments of [`zrangebyscore_with`](crate::embedded::Database::zrangebyscore_with).
///
/// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
#[derive(Clone, Debug, Default)]
pub struct ZrangebyscoreOptions {
    /// `[WITHSCORES]`
    pub withscores: bool,
    /// `[LIMIT offset count]`
    pub limit: Option<(i64, i64)>,
}

/// The optional arguments of [`zrevrange_with`](crate::embedded::Database::zrevrange_with).
///
/// `ZREVRANGE key start stop [WITHSCORES]`
#[derive(Clone, Debug, Default)]
pub struct ZrevrangeOptions {
    /// `[WITHSCORES]`
    pub withscores: bool,
}

/// The optional arguments of [`zrevrangebyscore_with`](crate::embedded::Database::zrevrangebyscore_with).
///
/// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
#[derive(Clone, Debug, Default)]
pub struct ZrevrangebyscoreOptions {
    /// `[WITHSCORES]`
    pub withscores: bool,
    /// `[LIMIT offset count]`
    pub limit: Option<(i64, i64)>,
}

/// The optional arguments of [`copy_with`](crate::embedded::Database::copy_with).
///
/// `COPY source destination [DB destination-db] [REPLACE]`
#[derive(Clone, Debug, Default)]
pub struct CopyOptions {
    /// `[DB destination-db]`
    pub destination_db: Option<i64>,
    /// `[REPLACE]`
    pub replace: bool,
}

/// The optional arguments of [`expire_with`](crate::embedded::Database::expire_with).
///
/// `EXPIRE key seconds [NX] [XX] [GT] [LT]`
#[derive(Clone, Debug, Default)]
pub struct ExpireOptions {
    /// `[NX]`
    pub nx: bool,
    /// `[XX]`
    pub xx: bool,
    /// `[GT]`
    pub gt: bool,
    /// `[LT]`
    pub lt: bool,
}

/// The optional arguments of [`expire_at_with`](crate::embedded::Database::expire_at_with).
///
/// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
#[derive(Clone, Debug, Default)]
pub struct ExpireAtOptions {
    /// `[NX]`
    pub nx: bool,
    /// `[XX]`
    pub xx: bool,
    /// `[GT]`
    pub gt: bool,
    /// `[LT]`
    pub lt: bool,
}

/// The optional arguments of [`flushall_with`](crate::embedded::Database::flushall_with).
///
/// `FLUSHALL [ASYNC | SYNC]`
#[derive(Clone, Debug, Default)]
pub struct FlushallOptions {
    /// `[ASYNC | SYNC]`
    pub mode: Option<ferrite_core::commands::keys::FlushMode>,
}

/// The optional arguments of [`flushdb_with`](crate::embedded::Database::flushdb_with).
///
/// `FLUSHDB [ASYNC | SYNC]`
#[derive(Clone, Debug, Default)]
pub struct FlushdbOptions {
    /// `[ASYNC | SYNC]`
    pub mode: Option<ferrite_core::commands::keys::FlushMode>,
}

/// The optional arguments of [`pexpire_with`](crate::embedded::Database::pexpire_with).
///
/// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
#[derive(Clone, Debug, Default)]
pub struct PexpireOptions {
    /// `[NX]`
    pub nx: bool,
    /// `[XX]`
    pub xx: bool,
    /// `[GT]`
    pub gt: bool,
    /// `[LT]`
    pub lt: bool,
}

/// The optional arguments of [`pexpire_at_with`](crate::embedded::Database::pexpire_at_with).
///
/// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
#[derive(Clone, Debug, Default)]
pub struct PexpireAtOptions {
    /// `[NX]`
    pub nx: bool,
    /// `[XX]`
    pub xx: bool,
    /// `[GT]`
    pub gt: bool,
    /// `[LT]`
    pub lt: bool,
}

/// The optional arguments of [`scan_with`](crate::embedded::Database::scan_with).
///
/// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
#[derive(Clone, Debug, Default)]
pub struct ScanOptions {
    /// `[MATCH pattern]`
    pub pattern: Option<Vec<u8>>,
    /// `[COUNT count]`
    pub count: Option<i64>,
    /// `[TYPE key-type]`
    pub key_type: Option<Vec<u8>>,
}
