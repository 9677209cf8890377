// Generated from commands.yaml by cargo xtask gen. Do not edit.
// The `extern "C"` functions of every command, for both receivers, generated from
// `commands.yaml`. Included by `bindings/c/src/lib.rs`; the runtime they call is `rt`.

use std::os::raw::{c_char, c_int};

use crate::ferrite;
use crate::rt;
use crate::{ferrite_bytes, ferrite_db, ferrite_error, ferrite_list, ferrite_reply, ferrite_tx};
#[allow(unused_imports)]
use crate::{FERRITE_LIST_BOOLS, FERRITE_LIST_INTEGERS, FERRITE_LIST_LIST, FERRITE_LIST_SET};

/// C mirror of `GetexOptions` (`GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_getex_options {
    pub expiration: c_int,
    pub expiration_value: i64,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_getex_options(
    o: *const ferrite_getex_options,
) -> Result<ferrite::embedded::GetexOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::GetexOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.expiration = match o.expiration {
        0 => None,
        1 => Some(ferrite_core::commands::string::GetExExpiration::Ex(
            o.expiration_value,
        )),
        2 => Some(ferrite_core::commands::string::GetExExpiration::Px(
            o.expiration_value,
        )),
        3 => Some(ferrite_core::commands::string::GetExExpiration::Exat(
            o.expiration_value,
        )),
        4 => Some(ferrite_core::commands::string::GetExExpiration::Pxat(
            o.expiration_value,
        )),
        5 => Some(ferrite_core::commands::string::GetExExpiration::Persist),
        other => return Err(rt::bad_enum("expiration", other)),
    };
    Ok(opts)
}

/// C mirror of `SetOptions` (`SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_set_options {
    pub condition: c_int,
    pub get: bool,
    pub expiration: c_int,
    pub expiration_value: i64,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_set_options(
    o: *const ferrite_set_options,
) -> Result<ferrite::embedded::SetOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::SetOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.condition = match o.condition {
        0 => None,
        1 => Some(ferrite_core::commands::string::SetCondition::Nx),
        2 => Some(ferrite_core::commands::string::SetCondition::Xx),
        other => return Err(rt::bad_enum("condition", other)),
    };
    opts.get = o.get;
    opts.expiration = match o.expiration {
        0 => None,
        1 => Some(ferrite_core::commands::string::SetExpiration::Ex(
            o.expiration_value,
        )),
        2 => Some(ferrite_core::commands::string::SetExpiration::Px(
            o.expiration_value,
        )),
        3 => Some(ferrite_core::commands::string::SetExpiration::Exat(
            o.expiration_value,
        )),
        4 => Some(ferrite_core::commands::string::SetExpiration::Pxat(
            o.expiration_value,
        )),
        5 => Some(ferrite_core::commands::string::SetExpiration::Keepttl),
        other => return Err(rt::bad_enum("expiration", other)),
    };
    Ok(opts)
}

/// C mirror of `LpopOptions` (`LPOP key [count]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_lpop_options {
    pub has_count: bool,
    pub count: i64,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_lpop_options(
    o: *const ferrite_lpop_options,
) -> Result<ferrite::embedded::LpopOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::LpopOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    if o.has_count {
        opts.count = Some(o.count);
    }
    Ok(opts)
}

/// C mirror of `LposOptions` (`LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_lpos_options {
    pub has_rank: bool,
    pub rank: i64,
    pub has_count: bool,
    pub count: i64,
    pub has_maxlen: bool,
    pub maxlen: i64,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_lpos_options(
    o: *const ferrite_lpos_options,
) -> Result<ferrite::embedded::LposOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::LposOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    if o.has_rank {
        opts.rank = Some(o.rank);
    }
    if o.has_count {
        opts.count = Some(o.count);
    }
    if o.has_maxlen {
        opts.maxlen = Some(o.maxlen);
    }
    Ok(opts)
}

/// C mirror of `RpopOptions` (`RPOP key [count]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_rpop_options {
    pub has_count: bool,
    pub count: i64,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_rpop_options(
    o: *const ferrite_rpop_options,
) -> Result<ferrite::embedded::RpopOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::RpopOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    if o.has_count {
        opts.count = Some(o.count);
    }
    Ok(opts)
}

/// C mirror of `SpopOptions` (`SPOP key [count]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_spop_options {
    pub has_count: bool,
    pub count: i64,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_spop_options(
    o: *const ferrite_spop_options,
) -> Result<ferrite::embedded::SpopOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::SpopOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    if o.has_count {
        opts.count = Some(o.count);
    }
    Ok(opts)
}

/// C mirror of `SrandmemberOptions` (`SRANDMEMBER key [count]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_srandmember_options {
    pub has_count: bool,
    pub count: i64,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_srandmember_options(
    o: *const ferrite_srandmember_options,
) -> Result<ferrite::embedded::SrandmemberOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::SrandmemberOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    if o.has_count {
        opts.count = Some(o.count);
    }
    Ok(opts)
}

/// C mirror of `ZaddOptions` (`ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_zadd_options {
    pub nx: bool,
    pub xx: bool,
    pub gt: bool,
    pub lt: bool,
    pub ch: bool,
    pub incr: bool,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_zadd_options(
    o: *const ferrite_zadd_options,
) -> Result<ferrite::embedded::ZaddOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::ZaddOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.nx = o.nx;
    opts.xx = o.xx;
    opts.gt = o.gt;
    opts.lt = o.lt;
    opts.ch = o.ch;
    opts.incr = o.incr;
    Ok(opts)
}

/// C mirror of `ZpopmaxOptions` (`ZPOPMAX key [count]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_zpopmax_options {
    pub has_count: bool,
    pub count: i64,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_zpopmax_options(
    o: *const ferrite_zpopmax_options,
) -> Result<ferrite::embedded::ZpopmaxOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::ZpopmaxOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    if o.has_count {
        opts.count = Some(o.count);
    }
    Ok(opts)
}

/// C mirror of `ZpopminOptions` (`ZPOPMIN key [count]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_zpopmin_options {
    pub has_count: bool,
    pub count: i64,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_zpopmin_options(
    o: *const ferrite_zpopmin_options,
) -> Result<ferrite::embedded::ZpopminOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::ZpopminOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    if o.has_count {
        opts.count = Some(o.count);
    }
    Ok(opts)
}

/// C mirror of `ZrangeOptions` (`ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_zrange_options {
    pub by: c_int,
    pub rev: bool,
    pub has_limit: bool,
    pub limit_offset: i64,
    pub limit_count: i64,
    pub withscores: bool,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_zrange_options(
    o: *const ferrite_zrange_options,
) -> Result<ferrite::embedded::ZrangeOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::ZrangeOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.by = match o.by {
        0 => None,
        1 => Some(ferrite_core::commands::zset::ZRangeBy::Byscore),
        2 => Some(ferrite_core::commands::zset::ZRangeBy::Bylex),
        other => return Err(rt::bad_enum("by", other)),
    };
    opts.rev = o.rev;
    if o.has_limit {
        opts.limit = Some((o.limit_offset, o.limit_count));
    }
    opts.withscores = o.withscores;
    Ok(opts)
}

/// C mirror of `ZrangebyscoreOptions` (`ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_zrangebyscore_options {
    pub withscores: bool,
    pub has_limit: bool,
    pub limit_offset: i64,
    pub limit_count: i64,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_zrangebyscore_options(
    o: *const ferrite_zrangebyscore_options,
) -> Result<ferrite::embedded::ZrangebyscoreOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::ZrangebyscoreOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.withscores = o.withscores;
    if o.has_limit {
        opts.limit = Some((o.limit_offset, o.limit_count));
    }
    Ok(opts)
}

/// C mirror of `ZrevrangeOptions` (`ZREVRANGE key start stop [WITHSCORES]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_zrevrange_options {
    pub withscores: bool,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_zrevrange_options(
    o: *const ferrite_zrevrange_options,
) -> Result<ferrite::embedded::ZrevrangeOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::ZrevrangeOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.withscores = o.withscores;
    Ok(opts)
}

/// C mirror of `ZrevrangebyscoreOptions` (`ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_zrevrangebyscore_options {
    pub withscores: bool,
    pub has_limit: bool,
    pub limit_offset: i64,
    pub limit_count: i64,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_zrevrangebyscore_options(
    o: *const ferrite_zrevrangebyscore_options,
) -> Result<ferrite::embedded::ZrevrangebyscoreOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::ZrevrangebyscoreOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.withscores = o.withscores;
    if o.has_limit {
        opts.limit = Some((o.limit_offset, o.limit_count));
    }
    Ok(opts)
}

/// C mirror of `CopyOptions` (`COPY source destination [DB destination-db] [REPLACE]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_copy_options {
    pub has_destination_db: bool,
    pub destination_db: i64,
    pub replace: bool,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_copy_options(
    o: *const ferrite_copy_options,
) -> Result<ferrite::embedded::CopyOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::CopyOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    if o.has_destination_db {
        opts.destination_db = Some(o.destination_db);
    }
    opts.replace = o.replace;
    Ok(opts)
}

/// C mirror of `ExpireOptions` (`EXPIRE key seconds [NX] [XX] [GT] [LT]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_expire_options {
    pub nx: bool,
    pub xx: bool,
    pub gt: bool,
    pub lt: bool,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_expire_options(
    o: *const ferrite_expire_options,
) -> Result<ferrite::embedded::ExpireOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::ExpireOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.nx = o.nx;
    opts.xx = o.xx;
    opts.gt = o.gt;
    opts.lt = o.lt;
    Ok(opts)
}

/// C mirror of `ExpireAtOptions` (`EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_expire_at_options {
    pub nx: bool,
    pub xx: bool,
    pub gt: bool,
    pub lt: bool,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_expire_at_options(
    o: *const ferrite_expire_at_options,
) -> Result<ferrite::embedded::ExpireAtOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::ExpireAtOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.nx = o.nx;
    opts.xx = o.xx;
    opts.gt = o.gt;
    opts.lt = o.lt;
    Ok(opts)
}

/// C mirror of `FlushallOptions` (`FLUSHALL [ASYNC | SYNC]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_flushall_options {
    pub mode: c_int,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_flushall_options(
    o: *const ferrite_flushall_options,
) -> Result<ferrite::embedded::FlushallOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::FlushallOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.mode = match o.mode {
        0 => None,
        1 => Some(ferrite_core::commands::keys::FlushMode::Async),
        2 => Some(ferrite_core::commands::keys::FlushMode::Sync),
        other => return Err(rt::bad_enum("mode", other)),
    };
    Ok(opts)
}

/// C mirror of `FlushdbOptions` (`FLUSHDB [ASYNC | SYNC]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_flushdb_options {
    pub mode: c_int,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_flushdb_options(
    o: *const ferrite_flushdb_options,
) -> Result<ferrite::embedded::FlushdbOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::FlushdbOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.mode = match o.mode {
        0 => None,
        1 => Some(ferrite_core::commands::keys::FlushMode::Async),
        2 => Some(ferrite_core::commands::keys::FlushMode::Sync),
        other => return Err(rt::bad_enum("mode", other)),
    };
    Ok(opts)
}

/// C mirror of `PexpireOptions` (`PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_pexpire_options {
    pub nx: bool,
    pub xx: bool,
    pub gt: bool,
    pub lt: bool,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_pexpire_options(
    o: *const ferrite_pexpire_options,
) -> Result<ferrite::embedded::PexpireOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::PexpireOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.nx = o.nx;
    opts.xx = o.xx;
    opts.gt = o.gt;
    opts.lt = o.lt;
    Ok(opts)
}

/// C mirror of `PexpireAtOptions` (`PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_pexpire_at_options {
    pub nx: bool,
    pub xx: bool,
    pub gt: bool,
    pub lt: bool,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_pexpire_at_options(
    o: *const ferrite_pexpire_at_options,
) -> Result<ferrite::embedded::PexpireAtOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::PexpireAtOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    opts.nx = o.nx;
    opts.xx = o.xx;
    opts.gt = o.gt;
    opts.lt = o.lt;
    Ok(opts)
}

/// C mirror of `ScanOptions` (`SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`).
#[repr(C)]
#[allow(non_camel_case_types, missing_docs)]
pub struct ferrite_scan_options {
    pub pattern: *const c_char,
    pub pattern_len: usize,
    pub has_count: bool,
    pub count: i64,
    pub key_type: *const c_char,
    pub key_type_len: usize,
}

#[allow(unused_mut, unused_unsafe)]
unsafe fn convert_scan_options(
    o: *const ferrite_scan_options,
) -> Result<ferrite::embedded::ScanOptions, rt::FfiError> {
    let mut opts = ferrite::embedded::ScanOptions::default();
    let Some(o) = (unsafe { o.as_ref() }) else {
        return Ok(opts);
    };
    if !o.pattern.is_null() {
        opts.pattern = Some(rt::bytes(o.pattern, o.pattern_len, "pattern")?.to_vec());
    }
    if o.has_count {
        opts.count = Some(o.count);
    }
    if !o.key_type.is_null() {
        opts.key_type = Some(rt::bytes(o.key_type, o.key_type_len, "key_type")?.to_vec());
    }
    Ok(opts)
}

/// Appends a string to the value of a key; creates the key if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_append(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_append", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.append(key, value)?;
        Ok(rt::count(res))
    })
}

/// Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_decr(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_decr", err, 0, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.decr(key)?;
        Ok(res)
    })
}

/// Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_decr_by(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    decrement: i64,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_decr_by", err, 0, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.decr_by(key, decrement)?;
        Ok(res)
    })
}

/// Returns the string value of a key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_get(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_get", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.get(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// GET, decoded as UTF-8.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_get_str(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_get_str", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.get_str(key)?;
        Ok(rt::ret_bytes(res.map(String::into_bytes), out_len)?)
    })
}

/// Returns the string value of a key after deleting the key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_getdel(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_getdel", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.getdel(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Returns the string value of a key after setting its expiration time.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_getex(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_getex", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.getex(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Returns the string value of a key after setting its expiration time. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_getex_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_getex_options,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_getex_with", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_getex_options(options)?;
        let res = h.getex_with(key, &options)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Returns a substring of the string stored at a key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_getrange(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    start: i64,
    end: i64,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_getrange", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.getrange(key, start, end)?;
        Ok(rt::ret_bytes(Some(res), out_len)?)
    })
}

/// Returns the previous string value of a key after setting it to a new value.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_getset(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_getset", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.getset(key, value)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_incr(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_incr", err, 0, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.incr(key)?;
        Ok(res)
    })
}

/// Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_incr_by(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    increment: i64,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_incr_by", err, 0, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.incr_by(key, increment)?;
        Ok(res)
    })
}

/// Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_incr_by_float(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    increment: f64,
    err: *mut *mut ferrite_error,
) -> f64 {
    rt::guard("ferrite_incr_by_float", err, 0.0, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.incr_by_float(key, increment)?;
        Ok(res)
    })
}

/// Atomically returns the string values of one or more keys.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_mget(
    db: *mut ferrite_db,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_mget", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.mget(keys.as_slice())?;
        Ok(rt::list_optional_items(res)?)
    })
}

/// Atomically creates or modifies the string values of one or more keys.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_mset(
    db: *mut ferrite_db,
    keys: *const ferrite_bytes,
    values: *const ferrite_bytes,
    data_count: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_mset", err, -1, || {
        let h = rt::db(db)?;
        let data_key = rt::bytes_array(keys, data_count, "keys")?;
        let data_value = rt::bytes_array(values, data_count, "values")?;
        let data: Vec<_> = data_key
            .into_iter()
            .zip(data_value)
            .map(|(data_key, data_value)| (data_key, data_value))
            .collect();
        let res = h.mset(data.as_slice())?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Atomically modifies the string values of one or more keys only when all keys don't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_msetnx(
    db: *mut ferrite_db,
    keys: *const ferrite_bytes,
    values: *const ferrite_bytes,
    data_count: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_msetnx", err, -1, || {
        let h = rt::db(db)?;
        let data_key = rt::bytes_array(keys, data_count, "keys")?;
        let data_value = rt::bytes_array(values, data_count, "values")?;
        let data: Vec<_> = data_key
            .into_iter()
            .zip(data_value)
            .map(|(data_key, data_value)| (data_key, data_value))
            .collect();
        let res = h.msetnx(data.as_slice())?;
        Ok(c_int::from(res))
    })
}

/// Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_psetex(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    milliseconds: i64,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_psetex", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let milliseconds = rt::duration_ms(milliseconds, "psetex")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.psetex(key, milliseconds, value)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_set(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_set", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.set(key, value)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_set_nx(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_set_nx", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.set_nx(key, value)?;
        Ok(c_int::from(res))
    })
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_set_xx(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_set_xx", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.set_xx(key, value)?;
        Ok(c_int::from(res))
    })
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_set_ex(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    milliseconds: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_set_ex", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let milliseconds = rt::duration_ms(milliseconds, "set")?;
        let res = h.set_ex(key, value, milliseconds)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_set_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    options: *const ferrite_set_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_set_with", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let options = convert_set_options(options)?;
        let res = h.set_with(key, value, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// Sets the string value and expiration time of a key; creates the key if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_setex(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    seconds: i64,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_setex", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let seconds = rt::duration_s(seconds, "setex")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.setex(key, seconds, value)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Set the string value of a key only when the key doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_setnx(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_setnx", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.setnx(key, value)?;
        Ok(c_int::from(res))
    })
}

/// Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_setrange(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    offset: i64,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_setrange", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.setrange(key, offset, value)?;
        Ok(rt::count(res))
    })
}

/// Returns the length of a string value.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_strlen(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_strlen", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.strlen(key)?;
        Ok(rt::count(res))
    })
}

/// Deletes one or more fields from a hash; the key is deleted when no field is left.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hdel(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    fields: *const ferrite_bytes,
    fields_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_hdel", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let fields = rt::bytes_array(fields, fields_count, "fields")?;
        let res = h.hdel(key, fields.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Tells whether a field exists in a hash.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hexists(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_hexists", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let res = h.hexists(key, field)?;
        Ok(c_int::from(res))
    })
}

/// Returns the value of a field in a hash.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hget(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_hget", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let res = h.hget(key, field)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// HGET, decoded as UTF-8.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hget_str(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_hget_str", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let res = h.hget_str(key, field)?;
        Ok(rt::ret_bytes(res.map(String::into_bytes), out_len)?)
    })
}

/// Returns every field and value of a hash.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hgetall(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_hgetall", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.hgetall(key)?;
        Ok(rt::list_map(res)?)
    })
}

/// Increments the integer value of a hash field by a number; a missing field counts as 0.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hincrby(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    delta: i64,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_hincrby", err, 0, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let res = h.hincrby(key, field, delta)?;
        Ok(res)
    })
}

/// Increments the floating-point value of a hash field by a number; a missing field counts as 0.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hincrbyfloat(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    delta: f64,
    err: *mut *mut ferrite_error,
) -> f64 {
    rt::guard("ferrite_hincrbyfloat", err, 0.0, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let res = h.hincrbyfloat(key, field, delta)?;
        Ok(res)
    })
}

/// Returns every field of a hash.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hkeys(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_hkeys", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.hkeys(key)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Returns the number of fields in a hash.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hlen(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_hlen", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.hlen(key)?;
        Ok(rt::count(res))
    })
}

/// Returns the values of the given fields of a hash, nil for each missing one.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hmget(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    fields: *const ferrite_bytes,
    fields_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_hmget", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let fields = rt::bytes_array(fields, fields_count, "fields")?;
        let res = h.hmget(key, fields.as_slice())?;
        Ok(rt::list_optional_items(res)?)
    })
}

/// Sets the values of one or more fields of a hash (deprecated in favour of HSET).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hmset(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    fields: *const ferrite_bytes,
    values: *const ferrite_bytes,
    pairs_count: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_hmset", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let pairs_field = rt::bytes_array(fields, pairs_count, "fields")?;
        let pairs_value = rt::bytes_array(values, pairs_count, "values")?;
        let pairs: Vec<_> = pairs_field
            .into_iter()
            .zip(pairs_value)
            .map(|(pairs_field, pairs_value)| (pairs_field, pairs_value))
            .collect();
        let res = h.hmset(key, pairs.as_slice())?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Sets one field; true when the field is new.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hset(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_hset", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.hset(key, field, value)?;
        Ok(c_int::from(res))
    })
}

/// Sets several fields; returns how many are new.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hset_multiple(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    fields: *const ferrite_bytes,
    values: *const ferrite_bytes,
    pairs_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_hset_multiple", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let pairs_field = rt::bytes_array(fields, pairs_count, "fields")?;
        let pairs_value = rt::bytes_array(values, pairs_count, "values")?;
        let pairs: Vec<_> = pairs_field
            .into_iter()
            .zip(pairs_value)
            .map(|(pairs_field, pairs_value)| (pairs_field, pairs_value))
            .collect();
        let res = h.hset_multiple(key, pairs.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Sets the value of a hash field only if the field does not exist yet.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hsetnx(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_hsetnx", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.hsetnx(key, field, value)?;
        Ok(c_int::from(res))
    })
}

/// Returns the length in bytes of the value of a hash field (0 when missing).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hstrlen(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_hstrlen", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let res = h.hstrlen(key, field)?;
        Ok(rt::count(res))
    })
}

/// Returns every value of a hash.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_hvals(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_hvals", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.hvals(key)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Returns the element at an index of a list (negative indexes count from the tail).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lindex(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    index: i64,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_lindex", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.lindex(key, index)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Inserts an element before or after the first occurrence of a pivot in a list.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_linsert(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    position: c_int,
    pivot: *const c_char,
    pivot_len: usize,
    element: *const c_char,
    element_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_linsert", err, 0, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let position = match position {
            1 => ferrite_core::commands::list::InsertPosition::Before,
            2 => ferrite_core::commands::list::InsertPosition::After,
            other => return Err(rt::bad_enum("position", other)),
        };
        let pivot = rt::bytes(pivot, pivot_len, "pivot")?;
        let element = rt::bytes(element, element_len, "element")?;
        let res = h.linsert(key, position, pivot, element)?;
        Ok(res)
    })
}

/// Returns the length of a list (0 when the key is missing).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_llen(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_llen", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.llen(key)?;
        Ok(rt::count(res))
    })
}

/// Pops an element from one end of a list and pushes it onto one end of another (or the same) list.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lmove(
    db: *mut ferrite_db,
    source: *const c_char,
    source_len: usize,
    destination: *const c_char,
    destination_len: usize,
    wherefrom: c_int,
    whereto: c_int,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_lmove", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let source = rt::bytes(source, source_len, "source")?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let wherefrom = match wherefrom {
            1 => ferrite_core::commands::list::ListEnd::Left,
            2 => ferrite_core::commands::list::ListEnd::Right,
            other => return Err(rt::bad_enum("wherefrom", other)),
        };
        let whereto = match whereto {
            1 => ferrite_core::commands::list::ListEnd::Left,
            2 => ferrite_core::commands::list::ListEnd::Right,
            other => return Err(rt::bad_enum("whereto", other)),
        };
        let res = h.lmove(source, destination, wherefrom, whereto)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Pops one element.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lpop(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_lpop", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.lpop(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Pops up to count elements; None when the key is missing.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lpop_count(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    count: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_lpop_count", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.lpop_count(key, count)?;
        Ok(match res {
            Some(v) => rt::list_items(FERRITE_LIST_LIST, v)?,
            None => std::ptr::null_mut(),
        })
    })
}

/// Removes and returns the first element of a list, or with a count the first count elements. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lpop_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_lpop_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_lpop_with", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_lpop_options(options)?;
        let res = h.lpop_with(key, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// The index of the match, or None.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lpos(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    element: *const c_char,
    element_len: usize,
    out: *mut i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_lpos", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let element = rt::bytes(element, element_len, "element")?;
        let res = h.lpos(key, element)?;
        Ok(rt::opt_out(out, res.map(rt::count)))
    })
}

/// The indexes of up to count matches (0: all).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lpos_count(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    element: *const c_char,
    element_len: usize,
    count: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_lpos_count", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let element = rt::bytes(element, element_len, "element")?;
        let res = h.lpos_count(key, element, count)?;
        Ok(rt::list_integers(FERRITE_LIST_INTEGERS, res)?)
    })
}

/// Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lpos_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    element: *const c_char,
    element_len: usize,
    options: *const ferrite_lpos_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_lpos_with", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let element = rt::bytes(element, element_len, "element")?;
        let options = convert_lpos_options(options)?;
        let res = h.lpos_with(key, element, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// Prepends one or more elements to a list, creating it if needed; returns the new length.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lpush(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    values: *const ferrite_bytes,
    values_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_lpush", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let values = rt::bytes_array(values, values_count, "values")?;
        let res = h.lpush(key, values.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Prepends elements to a list only if the list exists; returns the new length (0 when missing).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lpushx(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    values: *const ferrite_bytes,
    values_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_lpushx", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let values = rt::bytes_array(values, values_count, "values")?;
        let res = h.lpushx(key, values.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lrange(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_lrange", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.lrange(key, start, stop)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lrem(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    count: i64,
    element: *const c_char,
    element_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_lrem", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let element = rt::bytes(element, element_len, "element")?;
        let res = h.lrem(key, count, element)?;
        Ok(rt::count(res))
    })
}

/// Sets the element at an index of a list (negative indexes count from the tail).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_lset(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    index: i64,
    element: *const c_char,
    element_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_lset", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let element = rt::bytes(element, element_len, "element")?;
        let res = h.lset(key, index, element)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_ltrim(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_ltrim", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.ltrim(key, start, stop)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Pops one element.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_rpop(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_rpop", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.rpop(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Pops up to count elements; None when the key is missing.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_rpop_count(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    count: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_rpop_count", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.rpop_count(key, count)?;
        Ok(match res {
            Some(v) => rt::list_items(FERRITE_LIST_LIST, v)?,
            None => std::ptr::null_mut(),
        })
    })
}

/// Removes and returns the last element of a list, or with a count the last count elements. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_rpop_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_rpop_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_rpop_with", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_rpop_options(options)?;
        let res = h.rpop_with(key, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// Appends one or more elements to a list, creating it if needed; returns the new length.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_rpush(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    values: *const ferrite_bytes,
    values_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_rpush", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let values = rt::bytes_array(values, values_count, "values")?;
        let res = h.rpush(key, values.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Appends elements to a list only if the list exists; returns the new length (0 when missing).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_rpushx(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    values: *const ferrite_bytes,
    values_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_rpushx", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let values = rt::bytes_array(values, values_count, "values")?;
        let res = h.rpushx(key, values.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Adds one or more members to a set; the key is created if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_sadd(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_sadd", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members = rt::bytes_array(members, members_count, "members")?;
        let res = h.sadd(key, members.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Returns the number of members in a set.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_scard(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_scard", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.scard(key)?;
        Ok(rt::count(res))
    })
}

/// Returns the members of the first set that are in none of the following sets.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_sdiff(
    db: *mut ferrite_db,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_sdiff", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.sdiff(keys.as_slice())?;
        Ok(rt::list_items(FERRITE_LIST_SET, res)?)
    })
}

/// Stores the difference of sets in a key (deleting it when the result is empty); returns its size.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_sdiffstore(
    db: *mut ferrite_db,
    destination: *const c_char,
    destination_len: usize,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_sdiffstore", err, -1, || {
        let h = rt::db(db)?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.sdiffstore(destination, keys.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Returns the members present in every given set.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_sinter(
    db: *mut ferrite_db,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_sinter", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.sinter(keys.as_slice())?;
        Ok(rt::list_items(FERRITE_LIST_SET, res)?)
    })
}

/// Stores the intersection of sets in a key (deleting it when the result is empty); returns its size.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_sinterstore(
    db: *mut ferrite_db,
    destination: *const c_char,
    destination_len: usize,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_sinterstore", err, -1, || {
        let h = rt::db(db)?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.sinterstore(destination, keys.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Determines whether a member belongs to a set.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_sismember(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    member: *const c_char,
    member_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_sismember", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.sismember(key, member)?;
        Ok(c_int::from(res))
    })
}

/// Returns all members of a set.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_smembers(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_smembers", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.smembers(key)?;
        Ok(rt::list_items(FERRITE_LIST_SET, res)?)
    })
}

/// Determines whether each of several members belongs to a set.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_smismember(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_smismember", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members = rt::bytes_array(members, members_count, "members")?;
        let res = h.smismember(key, members.as_slice())?;
        Ok(rt::list_integers(
            FERRITE_LIST_BOOLS,
            res.into_iter().map(i64::from),
        )?)
    })
}

/// Moves a member from one set to another.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_smove(
    db: *mut ferrite_db,
    source: *const c_char,
    source_len: usize,
    destination: *const c_char,
    destination_len: usize,
    member: *const c_char,
    member_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_smove", err, -1, || {
        let h = rt::db(db)?;
        let source = rt::bytes(source, source_len, "source")?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.smove(source, destination, member)?;
        Ok(c_int::from(res))
    })
}

/// SPOP without count: one random member, or None.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_spop(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_spop", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.spop(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// SPOP with count: up to count random members.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_spop_count(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    count: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_spop_count", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.spop_count(key, count)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Removes and returns one or several random members of a set; the key is deleted when emptied. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_spop_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_spop_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_spop_with", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_spop_options(options)?;
        let res = h.spop_with(key, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// SRANDMEMBER without count: one random member, or None.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_srandmember(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_srandmember", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.srandmember(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// SRANDMEMBER with count (negative: may repeat).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_srandmember_count(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    count: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_srandmember_count",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::db(db)?;
            let key = rt::bytes(key, key_len, "key")?;
            let res = h.srandmember_count(key, count)?;
            Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
        },
    )
}

/// Returns one or several random members of a set; a negative count allows repeats. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_srandmember_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_srandmember_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard(
        "ferrite_srandmember_with",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::db(db)?;
            let key = rt::bytes(key, key_len, "key")?;
            let options = convert_srandmember_options(options)?;
            let res = h.srandmember_with(key, &options)?;
            Ok(rt::reply(&res)?)
        },
    )
}

/// Removes one or more members from a set; the key is deleted when emptied.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_srem(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_srem", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members = rt::bytes_array(members, members_count, "members")?;
        let res = h.srem(key, members.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Returns the members of the union of the given sets.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_sunion(
    db: *mut ferrite_db,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_sunion", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.sunion(keys.as_slice())?;
        Ok(rt::list_items(FERRITE_LIST_SET, res)?)
    })
}

/// Stores the union of sets in a key (deleting it when the result is empty); returns its size.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_sunionstore(
    db: *mut ferrite_db,
    destination: *const c_char,
    destination_len: usize,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_sunionstore", err, -1, || {
        let h = rt::db(db)?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.sunionstore(destination, keys.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Adds or updates members; returns how many were added.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zadd(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    scores: *const f64,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_zadd", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members_score = rt::array(scores, members_count, "scores")?.to_vec();
        let members_member = rt::bytes_array(members, members_count, "members")?;
        let members: Vec<_> = members_score
            .into_iter()
            .zip(members_member)
            .map(|(members_score, members_member)| (members_score, members_member))
            .collect();
        let res = h.zadd(key, members.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Adds new members only; returns how many were added.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zadd_nx(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    scores: *const f64,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_zadd_nx", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members_score = rt::array(scores, members_count, "scores")?.to_vec();
        let members_member = rt::bytes_array(members, members_count, "members")?;
        let members: Vec<_> = members_score
            .into_iter()
            .zip(members_member)
            .map(|(members_score, members_member)| (members_score, members_member))
            .collect();
        let res = h.zadd_nx(key, members.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Updates existing members only.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zadd_xx(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    scores: *const f64,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_zadd_xx", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members_score = rt::array(scores, members_count, "scores")?.to_vec();
        let members_member = rt::bytes_array(members, members_count, "members")?;
        let members: Vec<_> = members_score
            .into_iter()
            .zip(members_member)
            .map(|(members_score, members_member)| (members_score, members_member))
            .collect();
        let res = h.zadd_xx(key, members.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Increments one member's score (ZADD INCR); returns the new score.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zadd_incr(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    score: f64,
    member: *const c_char,
    member_len: usize,
    err: *mut *mut ferrite_error,
) -> f64 {
    rt::guard("ferrite_zadd_incr", err, 0.0, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.zadd_incr(key, score, member)?;
        Ok(res)
    })
}

/// Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zadd_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    scores: *const f64,
    members: *const ferrite_bytes,
    members_count: usize,
    options: *const ferrite_zadd_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_zadd_with", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members_score = rt::array(scores, members_count, "scores")?.to_vec();
        let members_member = rt::bytes_array(members, members_count, "members")?;
        let members: Vec<_> = members_score
            .into_iter()
            .zip(members_member)
            .map(|(members_score, members_member)| (members_score, members_member))
            .collect();
        let options = convert_zadd_options(options)?;
        let res = h.zadd_with(key, members.as_slice(), &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// Returns the number of members in a sorted set.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zcard(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_zcard", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.zcard(key)?;
        Ok(rt::count(res))
    })
}

/// Returns the number of members whose score lies within a range.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zcount(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    min: *const c_char,
    min_len: usize,
    max: *const c_char,
    max_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_zcount", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
        let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
        let res = h.zcount(key, min, max)?;
        Ok(rt::count(res))
    })
}

/// Increments the score of a member (adding it with the increment as score if absent); returns the new score.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zincrby(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    increment: f64,
    member: *const c_char,
    member_len: usize,
    err: *mut *mut ferrite_error,
) -> f64 {
    rt::guard("ferrite_zincrby", err, 0.0, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.zincrby(key, increment, member)?;
        Ok(res)
    })
}

/// Returns the scores of several members (nil for each missing one).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zmscore(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_zmscore", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members = rt::bytes_array(members, members_count, "members")?;
        let res = h.zmscore(key, members.as_slice())?;
        Ok(rt::list_optional_scores(res)?)
    })
}

/// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zpopmax(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_zpopmax", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.zpopmax(key)?;
        Ok(rt::list_scored(res)?)
    })
}

/// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zpopmax_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_zpopmax_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_zpopmax_with", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_zpopmax_options(options)?;
        let res = h.zpopmax_with(key, &options)?;
        Ok(rt::list_scored(res)?)
    })
}

/// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zpopmin(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_zpopmin", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.zpopmin(key)?;
        Ok(rt::list_scored(res)?)
    })
}

/// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zpopmin_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_zpopmin_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_zpopmin_with", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_zpopmin_options(options)?;
        let res = h.zpopmin_with(key, &options)?;
        Ok(rt::list_scored(res)?)
    })
}

/// Members between two ranks (negative counts from the end).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrange(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_zrange", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.zrange(key, start, stop)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Members and scores between two ranks.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrange_with_scores(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_zrange_with_scores",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::db(db)?;
            let key = rt::bytes(key, key_len, "key")?;
            let res = h.zrange_with_scores(key, start, stop)?;
            Ok(rt::list_scored(res)?)
        },
    )
}

/// Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrange_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    start: *const c_char,
    start_len: usize,
    stop: *const c_char,
    stop_len: usize,
    options: *const ferrite_zrange_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_zrange_with", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let start = rt::bytes(start, start_len, "start")?;
        let stop = rt::bytes(stop, stop_len, "stop")?;
        let options = convert_zrange_options(options)?;
        let res = h.zrange_with(key, start, stop, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// Members with min <= score <= max.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrangebyscore(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    min: *const c_char,
    min_len: usize,
    max: *const c_char,
    max_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_zrangebyscore", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
        let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
        let res = h.zrangebyscore(key, min, max)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Members and scores with min <= score <= max.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrangebyscore_with_scores(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    min: *const c_char,
    min_len: usize,
    max: *const c_char,
    max_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_zrangebyscore_with_scores",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::db(db)?;
            let key = rt::bytes(key, key_len, "key")?;
            let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
            let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
            let res = h.zrangebyscore_with_scores(key, min, max)?;
            Ok(rt::list_scored(res)?)
        },
    )
}

/// Returns members whose score lies within a range, in ascending order. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrangebyscore_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    min: *const c_char,
    min_len: usize,
    max: *const c_char,
    max_len: usize,
    options: *const ferrite_zrangebyscore_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard(
        "ferrite_zrangebyscore_with",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::db(db)?;
            let key = rt::bytes(key, key_len, "key")?;
            let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
            let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
            let options = convert_zrangebyscore_options(options)?;
            let res = h.zrangebyscore_with(key, min, max, &options)?;
            Ok(rt::reply(&res)?)
        },
    )
}

/// Returns the rank of a member in ascending score order (nil if absent).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrank(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    member: *const c_char,
    member_len: usize,
    out: *mut i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_zrank", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.zrank(key, member)?;
        Ok(rt::opt_out(out, res.map(rt::count)))
    })
}

/// Removes one or more members from a sorted set; the key is deleted when emptied.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrem(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_zrem", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members = rt::bytes_array(members, members_count, "members")?;
        let res = h.zrem(key, members.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Removes the members within a range of ranks; returns how many were removed.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zremrangebyrank(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_zremrangebyrank", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.zremrangebyrank(key, start, stop)?;
        Ok(rt::count(res))
    })
}

/// Removes the members whose score lies within a range; returns how many were removed.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zremrangebyscore(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    min: *const c_char,
    min_len: usize,
    max: *const c_char,
    max_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_zremrangebyscore", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
        let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
        let res = h.zremrangebyscore(key, min, max)?;
        Ok(rt::count(res))
    })
}

/// Members between two ranks, highest score first.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrevrange(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_zrevrange", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.zrevrange(key, start, stop)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Members and scores between two ranks, highest score first.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrevrange_with_scores(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_zrevrange_with_scores",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::db(db)?;
            let key = rt::bytes(key, key_len, "key")?;
            let res = h.zrevrange_with_scores(key, start, stop)?;
            Ok(rt::list_scored(res)?)
        },
    )
}

/// Returns members in a range of ranks, in descending score order. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrevrange_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    options: *const ferrite_zrevrange_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_zrevrange_with", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_zrevrange_options(options)?;
        let res = h.zrevrange_with(key, start, stop, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// Members with max >= score >= min, highest first.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrevrangebyscore(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    max: *const c_char,
    max_len: usize,
    min: *const c_char,
    min_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_zrevrangebyscore",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::db(db)?;
            let key = rt::bytes(key, key_len, "key")?;
            let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
            let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
            let res = h.zrevrangebyscore(key, max, min)?;
            Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
        },
    )
}

/// Members and scores with max >= score >= min, highest first.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrevrangebyscore_with_scores(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    max: *const c_char,
    max_len: usize,
    min: *const c_char,
    min_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_zrevrangebyscore_with_scores",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::db(db)?;
            let key = rt::bytes(key, key_len, "key")?;
            let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
            let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
            let res = h.zrevrangebyscore_with_scores(key, max, min)?;
            Ok(rt::list_scored(res)?)
        },
    )
}

/// Returns members whose score lies within a range, in descending order (the range is given as max min). With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrevrangebyscore_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    max: *const c_char,
    max_len: usize,
    min: *const c_char,
    min_len: usize,
    options: *const ferrite_zrevrangebyscore_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard(
        "ferrite_zrevrangebyscore_with",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::db(db)?;
            let key = rt::bytes(key, key_len, "key")?;
            let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
            let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
            let options = convert_zrevrangebyscore_options(options)?;
            let res = h.zrevrangebyscore_with(key, max, min, &options)?;
            Ok(rt::reply(&res)?)
        },
    )
}

/// Returns the rank of a member in descending score order (nil if absent).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zrevrank(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    member: *const c_char,
    member_len: usize,
    out: *mut i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_zrevrank", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.zrevrank(key, member)?;
        Ok(rt::opt_out(out, res.map(rt::count)))
    })
}

/// Returns the score of a member (nil if absent).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_zscore(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    member: *const c_char,
    member_len: usize,
    out: *mut f64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_zscore", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.zscore(key, member)?;
        Ok(rt::opt_out(out, res))
    })
}

/// Copies the value of a key to a new key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_copy(
    db: *mut ferrite_db,
    source: *const c_char,
    source_len: usize,
    destination: *const c_char,
    destination_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_copy", err, -1, || {
        let h = rt::db(db)?;
        let source = rt::bytes(source, source_len, "source")?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let res = h.copy(source, destination)?;
        Ok(c_int::from(res))
    })
}

/// Copies the value of a key to a new key. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_copy_with(
    db: *mut ferrite_db,
    source: *const c_char,
    source_len: usize,
    destination: *const c_char,
    destination_len: usize,
    options: *const ferrite_copy_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_copy_with", err, -1, || {
        let h = rt::db(db)?;
        let source = rt::bytes(source, source_len, "source")?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let options = convert_copy_options(options)?;
        let res = h.copy_with(source, destination, &options)?;
        Ok(c_int::from(res))
    })
}

/// Returns the number of keys in the database.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_dbsize(db: *mut ferrite_db, err: *mut *mut ferrite_error) -> i64 {
    rt::guard("ferrite_dbsize", err, -1, || {
        let h = rt::db(db)?;
        let res = h.dbsize()?;
        Ok(rt::count(res))
    })
}

/// Deletes one or more keys.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_del(
    db: *mut ferrite_db,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_del", err, -1, || {
        let h = rt::db(db)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.del(keys.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Determines whether one or more keys exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_exists(
    db: *mut ferrite_db,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_exists", err, -1, || {
        let h = rt::db(db)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.exists(keys.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Sets the expiration time of a key in seconds.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_expire(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    seconds: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_expire", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let seconds = rt::duration_s(seconds, "expire")?;
        let res = h.expire(key, seconds)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key in seconds. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_expire_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    seconds: i64,
    options: *const ferrite_expire_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_expire_with", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_expire_options(options)?;
        let res = h.expire_with(key, seconds, &options)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key to a Unix timestamp in seconds.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_expire_at(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    unix_time_seconds: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_expire_at", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let unix_time_seconds = rt::unix_time_s(unix_time_seconds, "expireat")?;
        let res = h.expire_at(key, unix_time_seconds)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key to a Unix timestamp in seconds. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_expire_at_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    unix_time_seconds: i64,
    options: *const ferrite_expire_at_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_expire_at_with", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_expire_at_options(options)?;
        let res = h.expire_at_with(key, unix_time_seconds, &options)?;
        Ok(c_int::from(res))
    })
}

/// Returns the expiration time of a key as a Unix timestamp in seconds.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_expiretime(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_expiretime", err, 0, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.expiretime(key)?;
        Ok(res)
    })
}

/// Removes all keys from all databases.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_flushall(
    db: *mut ferrite_db,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_flushall", err, -1, || {
        let h = rt::db(db)?;
        let res = h.flushall()?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Removes all keys from all databases. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_flushall_with(
    db: *mut ferrite_db,
    options: *const ferrite_flushall_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_flushall_with", err, -1, || {
        let h = rt::db(db)?;
        let options = convert_flushall_options(options)?;
        let res = h.flushall_with(&options)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Remove all keys from the current database.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_flushdb(
    db: *mut ferrite_db,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_flushdb", err, -1, || {
        let h = rt::db(db)?;
        let res = h.flushdb()?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Remove all keys from the current database. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_flushdb_with(
    db: *mut ferrite_db,
    options: *const ferrite_flushdb_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_flushdb_with", err, -1, || {
        let h = rt::db(db)?;
        let options = convert_flushdb_options(options)?;
        let res = h.flushdb_with(&options)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Returns all key names that match a pattern.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_keys(
    db: *mut ferrite_db,
    pattern: *const c_char,
    pattern_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_keys", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let pattern = rt::bytes(pattern, pattern_len, "pattern")?;
        let res = h.keys(pattern)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Removes the expiration time of a key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_persist(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_persist", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.persist(key)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key in milliseconds.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_pexpire(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    milliseconds: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_pexpire", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let milliseconds = rt::duration_ms(milliseconds, "pexpire")?;
        let res = h.pexpire(key, milliseconds)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key in milliseconds. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_pexpire_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    milliseconds: i64,
    options: *const ferrite_pexpire_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_pexpire_with", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_pexpire_options(options)?;
        let res = h.pexpire_with(key, milliseconds, &options)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key to a Unix milliseconds timestamp.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_pexpire_at(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    unix_time_milliseconds: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_pexpire_at", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let unix_time_milliseconds = rt::unix_time_ms(unix_time_milliseconds, "pexpireat")?;
        let res = h.pexpire_at(key, unix_time_milliseconds)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key to a Unix milliseconds timestamp. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_pexpire_at_with(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    unix_time_milliseconds: i64,
    options: *const ferrite_pexpire_at_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_pexpire_at_with", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_pexpire_at_options(options)?;
        let res = h.pexpire_at_with(key, unix_time_milliseconds, &options)?;
        Ok(c_int::from(res))
    })
}

/// Returns the expiration time of a key as a Unix milliseconds timestamp.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_pexpiretime(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_pexpiretime", err, 0, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.pexpiretime(key)?;
        Ok(res)
    })
}

/// Returns the expiration time in milliseconds of a key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_pttl(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    out: *mut i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_pttl", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.pttl(key)?;
        Ok(rt::opt_out(out, res.map(rt::millis)))
    })
}

/// Returns a random key name from the database.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_randomkey(
    db: *mut ferrite_db,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_randomkey", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let res = h.randomkey()?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Renames a key and overwrites the destination.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_rename(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    newkey: *const c_char,
    newkey_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_rename", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let newkey = rt::bytes(newkey, newkey_len, "newkey")?;
        let res = h.rename(key, newkey)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Renames a key only when the target key name doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_renamenx(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    newkey: *const c_char,
    newkey_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_renamenx", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let newkey = rt::bytes(newkey, newkey_len, "newkey")?;
        let res = h.renamenx(key, newkey)?;
        Ok(c_int::from(res))
    })
}

/// Iterates over the key names in the database.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_scan(
    db: *mut ferrite_db,
    cursor: u64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_scan", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let res = h.scan(cursor)?;
        Ok(rt::list_page(res)?)
    })
}

/// Iterates over the key names in the database. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_scan_with(
    db: *mut ferrite_db,
    cursor: u64,
    options: *const ferrite_scan_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_scan_with", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let options = convert_scan_options(options)?;
        let res = h.scan_with(cursor, &options)?;
        Ok(rt::list_page(res)?)
    })
}

/// Changes the selected database.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_select(
    db: *mut ferrite_db,
    index: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_select", err, -1, || {
        let h = rt::db(db)?;
        let res = h.select(index)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Returns the expiration time in seconds of a key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_ttl(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    out: *mut i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_ttl", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.ttl(key)?;
        Ok(rt::opt_out(out, res.map(rt::seconds)))
    })
}

/// Determines the type of value stored at a key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_key_type(
    db: *mut ferrite_db,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_key_type", err, -1, || {
        let h = rt::db(db)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.key_type(key)?;
        Ok(rt::key_type(res))
    })
}

/// Asynchronously deletes one or more keys.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_unlink(
    db: *mut ferrite_db,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_unlink", err, -1, || {
        let h = rt::db(db)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.unlink(keys.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Appends a string to the value of a key; creates the key if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_append(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_append", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.append(key, value)?;
        Ok(rt::count(res))
    })
}

/// Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_decr(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_decr", err, 0, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.decr(key)?;
        Ok(res)
    })
}

/// Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_decr_by(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    decrement: i64,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_decr_by", err, 0, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.decr_by(key, decrement)?;
        Ok(res)
    })
}

/// Returns the string value of a key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_get(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_get", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.get(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// GET, decoded as UTF-8.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_get_str(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_get_str", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.get_str(key)?;
        Ok(rt::ret_bytes(res.map(String::into_bytes), out_len)?)
    })
}

/// Returns the string value of a key after deleting the key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_getdel(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_getdel", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.getdel(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Returns the string value of a key after setting its expiration time.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_getex(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_getex", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.getex(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Returns the string value of a key after setting its expiration time. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_getex_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_getex_options,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_getex_with", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_getex_options(options)?;
        let res = h.getex_with(key, &options)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Returns a substring of the string stored at a key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_getrange(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    start: i64,
    end: i64,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_getrange", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.getrange(key, start, end)?;
        Ok(rt::ret_bytes(Some(res), out_len)?)
    })
}

/// Returns the previous string value of a key after setting it to a new value.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_getset(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_getset", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.getset(key, value)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_incr(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_incr", err, 0, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.incr(key)?;
        Ok(res)
    })
}

/// Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_incr_by(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    increment: i64,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_incr_by", err, 0, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.incr_by(key, increment)?;
        Ok(res)
    })
}

/// Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_incr_by_float(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    increment: f64,
    err: *mut *mut ferrite_error,
) -> f64 {
    rt::guard("ferrite_tx_incr_by_float", err, 0.0, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.incr_by_float(key, increment)?;
        Ok(res)
    })
}

/// Atomically returns the string values of one or more keys.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_mget(
    tx: *mut ferrite_tx,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_mget", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.mget(keys.as_slice())?;
        Ok(rt::list_optional_items(res)?)
    })
}

/// Atomically creates or modifies the string values of one or more keys.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_mset(
    tx: *mut ferrite_tx,
    keys: *const ferrite_bytes,
    values: *const ferrite_bytes,
    data_count: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_mset", err, -1, || {
        let h = rt::tx(tx)?;
        let data_key = rt::bytes_array(keys, data_count, "keys")?;
        let data_value = rt::bytes_array(values, data_count, "values")?;
        let data: Vec<_> = data_key
            .into_iter()
            .zip(data_value)
            .map(|(data_key, data_value)| (data_key, data_value))
            .collect();
        let res = h.mset(data.as_slice())?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Atomically modifies the string values of one or more keys only when all keys don't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_msetnx(
    tx: *mut ferrite_tx,
    keys: *const ferrite_bytes,
    values: *const ferrite_bytes,
    data_count: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_msetnx", err, -1, || {
        let h = rt::tx(tx)?;
        let data_key = rt::bytes_array(keys, data_count, "keys")?;
        let data_value = rt::bytes_array(values, data_count, "values")?;
        let data: Vec<_> = data_key
            .into_iter()
            .zip(data_value)
            .map(|(data_key, data_value)| (data_key, data_value))
            .collect();
        let res = h.msetnx(data.as_slice())?;
        Ok(c_int::from(res))
    })
}

/// Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_psetex(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    milliseconds: i64,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_psetex", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let milliseconds = rt::duration_ms(milliseconds, "psetex")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.psetex(key, milliseconds, value)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_set(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_set", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.set(key, value)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_set_nx(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_set_nx", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.set_nx(key, value)?;
        Ok(c_int::from(res))
    })
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_set_xx(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_set_xx", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.set_xx(key, value)?;
        Ok(c_int::from(res))
    })
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_set_ex(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    milliseconds: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_set_ex", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let milliseconds = rt::duration_ms(milliseconds, "set")?;
        let res = h.set_ex(key, value, milliseconds)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_set_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    options: *const ferrite_set_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_tx_set_with", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let options = convert_set_options(options)?;
        let res = h.set_with(key, value, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// Sets the string value and expiration time of a key; creates the key if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_setex(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    seconds: i64,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_setex", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let seconds = rt::duration_s(seconds, "setex")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.setex(key, seconds, value)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Set the string value of a key only when the key doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_setnx(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_setnx", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.setnx(key, value)?;
        Ok(c_int::from(res))
    })
}

/// Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_setrange(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    offset: i64,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_setrange", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.setrange(key, offset, value)?;
        Ok(rt::count(res))
    })
}

/// Returns the length of a string value.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_strlen(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_strlen", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.strlen(key)?;
        Ok(rt::count(res))
    })
}

/// Deletes one or more fields from a hash; the key is deleted when no field is left.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hdel(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    fields: *const ferrite_bytes,
    fields_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_hdel", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let fields = rt::bytes_array(fields, fields_count, "fields")?;
        let res = h.hdel(key, fields.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Tells whether a field exists in a hash.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hexists(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_hexists", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let res = h.hexists(key, field)?;
        Ok(c_int::from(res))
    })
}

/// Returns the value of a field in a hash.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hget(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_hget", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let res = h.hget(key, field)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// HGET, decoded as UTF-8.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hget_str(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_hget_str", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let res = h.hget_str(key, field)?;
        Ok(rt::ret_bytes(res.map(String::into_bytes), out_len)?)
    })
}

/// Returns every field and value of a hash.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hgetall(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_hgetall", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.hgetall(key)?;
        Ok(rt::list_map(res)?)
    })
}

/// Increments the integer value of a hash field by a number; a missing field counts as 0.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hincrby(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    delta: i64,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_hincrby", err, 0, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let res = h.hincrby(key, field, delta)?;
        Ok(res)
    })
}

/// Increments the floating-point value of a hash field by a number; a missing field counts as 0.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hincrbyfloat(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    delta: f64,
    err: *mut *mut ferrite_error,
) -> f64 {
    rt::guard("ferrite_tx_hincrbyfloat", err, 0.0, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let res = h.hincrbyfloat(key, field, delta)?;
        Ok(res)
    })
}

/// Returns every field of a hash.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hkeys(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_hkeys", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.hkeys(key)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Returns the number of fields in a hash.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hlen(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_hlen", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.hlen(key)?;
        Ok(rt::count(res))
    })
}

/// Returns the values of the given fields of a hash, nil for each missing one.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hmget(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    fields: *const ferrite_bytes,
    fields_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_hmget", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let fields = rt::bytes_array(fields, fields_count, "fields")?;
        let res = h.hmget(key, fields.as_slice())?;
        Ok(rt::list_optional_items(res)?)
    })
}

/// Sets the values of one or more fields of a hash (deprecated in favour of HSET).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hmset(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    fields: *const ferrite_bytes,
    values: *const ferrite_bytes,
    pairs_count: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_hmset", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let pairs_field = rt::bytes_array(fields, pairs_count, "fields")?;
        let pairs_value = rt::bytes_array(values, pairs_count, "values")?;
        let pairs: Vec<_> = pairs_field
            .into_iter()
            .zip(pairs_value)
            .map(|(pairs_field, pairs_value)| (pairs_field, pairs_value))
            .collect();
        let res = h.hmset(key, pairs.as_slice())?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Sets one field; true when the field is new.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hset(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_hset", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.hset(key, field, value)?;
        Ok(c_int::from(res))
    })
}

/// Sets several fields; returns how many are new.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hset_multiple(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    fields: *const ferrite_bytes,
    values: *const ferrite_bytes,
    pairs_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_hset_multiple", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let pairs_field = rt::bytes_array(fields, pairs_count, "fields")?;
        let pairs_value = rt::bytes_array(values, pairs_count, "values")?;
        let pairs: Vec<_> = pairs_field
            .into_iter()
            .zip(pairs_value)
            .map(|(pairs_field, pairs_value)| (pairs_field, pairs_value))
            .collect();
        let res = h.hset_multiple(key, pairs.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Sets the value of a hash field only if the field does not exist yet.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hsetnx(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    value: *const c_char,
    value_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_hsetnx", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let value = rt::bytes(value, value_len, "value")?;
        let res = h.hsetnx(key, field, value)?;
        Ok(c_int::from(res))
    })
}

/// Returns the length in bytes of the value of a hash field (0 when missing).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hstrlen(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    field: *const c_char,
    field_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_hstrlen", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let field = rt::bytes(field, field_len, "field")?;
        let res = h.hstrlen(key, field)?;
        Ok(rt::count(res))
    })
}

/// Returns every value of a hash.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_hvals(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_hvals", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.hvals(key)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Returns the element at an index of a list (negative indexes count from the tail).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lindex(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    index: i64,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_lindex", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.lindex(key, index)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Inserts an element before or after the first occurrence of a pivot in a list.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_linsert(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    position: c_int,
    pivot: *const c_char,
    pivot_len: usize,
    element: *const c_char,
    element_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_linsert", err, 0, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let position = match position {
            1 => ferrite_core::commands::list::InsertPosition::Before,
            2 => ferrite_core::commands::list::InsertPosition::After,
            other => return Err(rt::bad_enum("position", other)),
        };
        let pivot = rt::bytes(pivot, pivot_len, "pivot")?;
        let element = rt::bytes(element, element_len, "element")?;
        let res = h.linsert(key, position, pivot, element)?;
        Ok(res)
    })
}

/// Returns the length of a list (0 when the key is missing).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_llen(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_llen", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.llen(key)?;
        Ok(rt::count(res))
    })
}

/// Pops an element from one end of a list and pushes it onto one end of another (or the same) list.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lmove(
    tx: *mut ferrite_tx,
    source: *const c_char,
    source_len: usize,
    destination: *const c_char,
    destination_len: usize,
    wherefrom: c_int,
    whereto: c_int,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_lmove", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let source = rt::bytes(source, source_len, "source")?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let wherefrom = match wherefrom {
            1 => ferrite_core::commands::list::ListEnd::Left,
            2 => ferrite_core::commands::list::ListEnd::Right,
            other => return Err(rt::bad_enum("wherefrom", other)),
        };
        let whereto = match whereto {
            1 => ferrite_core::commands::list::ListEnd::Left,
            2 => ferrite_core::commands::list::ListEnd::Right,
            other => return Err(rt::bad_enum("whereto", other)),
        };
        let res = h.lmove(source, destination, wherefrom, whereto)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Pops one element.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lpop(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_lpop", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.lpop(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Pops up to count elements; None when the key is missing.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lpop_count(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    count: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_lpop_count", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.lpop_count(key, count)?;
        Ok(match res {
            Some(v) => rt::list_items(FERRITE_LIST_LIST, v)?,
            None => std::ptr::null_mut(),
        })
    })
}

/// Removes and returns the first element of a list, or with a count the first count elements. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lpop_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_lpop_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_tx_lpop_with", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_lpop_options(options)?;
        let res = h.lpop_with(key, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// The index of the match, or None.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lpos(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    element: *const c_char,
    element_len: usize,
    out: *mut i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_lpos", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let element = rt::bytes(element, element_len, "element")?;
        let res = h.lpos(key, element)?;
        Ok(rt::opt_out(out, res.map(rt::count)))
    })
}

/// The indexes of up to count matches (0: all).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lpos_count(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    element: *const c_char,
    element_len: usize,
    count: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_lpos_count", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let element = rt::bytes(element, element_len, "element")?;
        let res = h.lpos_count(key, element, count)?;
        Ok(rt::list_integers(FERRITE_LIST_INTEGERS, res)?)
    })
}

/// Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lpos_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    element: *const c_char,
    element_len: usize,
    options: *const ferrite_lpos_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_tx_lpos_with", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let element = rt::bytes(element, element_len, "element")?;
        let options = convert_lpos_options(options)?;
        let res = h.lpos_with(key, element, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// Prepends one or more elements to a list, creating it if needed; returns the new length.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lpush(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    values: *const ferrite_bytes,
    values_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_lpush", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let values = rt::bytes_array(values, values_count, "values")?;
        let res = h.lpush(key, values.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Prepends elements to a list only if the list exists; returns the new length (0 when missing).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lpushx(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    values: *const ferrite_bytes,
    values_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_lpushx", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let values = rt::bytes_array(values, values_count, "values")?;
        let res = h.lpushx(key, values.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lrange(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_lrange", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.lrange(key, start, stop)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lrem(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    count: i64,
    element: *const c_char,
    element_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_lrem", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let element = rt::bytes(element, element_len, "element")?;
        let res = h.lrem(key, count, element)?;
        Ok(rt::count(res))
    })
}

/// Sets the element at an index of a list (negative indexes count from the tail).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_lset(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    index: i64,
    element: *const c_char,
    element_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_lset", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let element = rt::bytes(element, element_len, "element")?;
        let res = h.lset(key, index, element)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_ltrim(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_ltrim", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.ltrim(key, start, stop)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Pops one element.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_rpop(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_rpop", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.rpop(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Pops up to count elements; None when the key is missing.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_rpop_count(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    count: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_rpop_count", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.rpop_count(key, count)?;
        Ok(match res {
            Some(v) => rt::list_items(FERRITE_LIST_LIST, v)?,
            None => std::ptr::null_mut(),
        })
    })
}

/// Removes and returns the last element of a list, or with a count the last count elements. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_rpop_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_rpop_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_tx_rpop_with", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_rpop_options(options)?;
        let res = h.rpop_with(key, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// Appends one or more elements to a list, creating it if needed; returns the new length.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_rpush(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    values: *const ferrite_bytes,
    values_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_rpush", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let values = rt::bytes_array(values, values_count, "values")?;
        let res = h.rpush(key, values.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Appends elements to a list only if the list exists; returns the new length (0 when missing).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_rpushx(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    values: *const ferrite_bytes,
    values_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_rpushx", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let values = rt::bytes_array(values, values_count, "values")?;
        let res = h.rpushx(key, values.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Adds one or more members to a set; the key is created if it doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_sadd(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_sadd", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members = rt::bytes_array(members, members_count, "members")?;
        let res = h.sadd(key, members.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Returns the number of members in a set.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_scard(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_scard", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.scard(key)?;
        Ok(rt::count(res))
    })
}

/// Returns the members of the first set that are in none of the following sets.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_sdiff(
    tx: *mut ferrite_tx,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_sdiff", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.sdiff(keys.as_slice())?;
        Ok(rt::list_items(FERRITE_LIST_SET, res)?)
    })
}

/// Stores the difference of sets in a key (deleting it when the result is empty); returns its size.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_sdiffstore(
    tx: *mut ferrite_tx,
    destination: *const c_char,
    destination_len: usize,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_sdiffstore", err, -1, || {
        let h = rt::tx(tx)?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.sdiffstore(destination, keys.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Returns the members present in every given set.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_sinter(
    tx: *mut ferrite_tx,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_sinter", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.sinter(keys.as_slice())?;
        Ok(rt::list_items(FERRITE_LIST_SET, res)?)
    })
}

/// Stores the intersection of sets in a key (deleting it when the result is empty); returns its size.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_sinterstore(
    tx: *mut ferrite_tx,
    destination: *const c_char,
    destination_len: usize,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_sinterstore", err, -1, || {
        let h = rt::tx(tx)?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.sinterstore(destination, keys.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Determines whether a member belongs to a set.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_sismember(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    member: *const c_char,
    member_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_sismember", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.sismember(key, member)?;
        Ok(c_int::from(res))
    })
}

/// Returns all members of a set.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_smembers(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_smembers", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.smembers(key)?;
        Ok(rt::list_items(FERRITE_LIST_SET, res)?)
    })
}

/// Determines whether each of several members belongs to a set.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_smismember(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_smismember", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members = rt::bytes_array(members, members_count, "members")?;
        let res = h.smismember(key, members.as_slice())?;
        Ok(rt::list_integers(
            FERRITE_LIST_BOOLS,
            res.into_iter().map(i64::from),
        )?)
    })
}

/// Moves a member from one set to another.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_smove(
    tx: *mut ferrite_tx,
    source: *const c_char,
    source_len: usize,
    destination: *const c_char,
    destination_len: usize,
    member: *const c_char,
    member_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_smove", err, -1, || {
        let h = rt::tx(tx)?;
        let source = rt::bytes(source, source_len, "source")?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.smove(source, destination, member)?;
        Ok(c_int::from(res))
    })
}

/// SPOP without count: one random member, or None.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_spop(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_spop", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.spop(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// SPOP with count: up to count random members.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_spop_count(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    count: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_spop_count", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.spop_count(key, count)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Removes and returns one or several random members of a set; the key is deleted when emptied. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_spop_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_spop_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_tx_spop_with", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_spop_options(options)?;
        let res = h.spop_with(key, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// SRANDMEMBER without count: one random member, or None.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_srandmember(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_srandmember", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.srandmember(key)?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// SRANDMEMBER with count (negative: may repeat).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_srandmember_count(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    count: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_tx_srandmember_count",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::tx(tx)?;
            let key = rt::bytes(key, key_len, "key")?;
            let res = h.srandmember_count(key, count)?;
            Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
        },
    )
}

/// Returns one or several random members of a set; a negative count allows repeats. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_srandmember_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_srandmember_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard(
        "ferrite_tx_srandmember_with",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::tx(tx)?;
            let key = rt::bytes(key, key_len, "key")?;
            let options = convert_srandmember_options(options)?;
            let res = h.srandmember_with(key, &options)?;
            Ok(rt::reply(&res)?)
        },
    )
}

/// Removes one or more members from a set; the key is deleted when emptied.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_srem(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_srem", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members = rt::bytes_array(members, members_count, "members")?;
        let res = h.srem(key, members.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Returns the members of the union of the given sets.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_sunion(
    tx: *mut ferrite_tx,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_sunion", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.sunion(keys.as_slice())?;
        Ok(rt::list_items(FERRITE_LIST_SET, res)?)
    })
}

/// Stores the union of sets in a key (deleting it when the result is empty); returns its size.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_sunionstore(
    tx: *mut ferrite_tx,
    destination: *const c_char,
    destination_len: usize,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_sunionstore", err, -1, || {
        let h = rt::tx(tx)?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.sunionstore(destination, keys.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Adds or updates members; returns how many were added.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zadd(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    scores: *const f64,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_zadd", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members_score = rt::array(scores, members_count, "scores")?.to_vec();
        let members_member = rt::bytes_array(members, members_count, "members")?;
        let members: Vec<_> = members_score
            .into_iter()
            .zip(members_member)
            .map(|(members_score, members_member)| (members_score, members_member))
            .collect();
        let res = h.zadd(key, members.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Adds new members only; returns how many were added.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zadd_nx(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    scores: *const f64,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_zadd_nx", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members_score = rt::array(scores, members_count, "scores")?.to_vec();
        let members_member = rt::bytes_array(members, members_count, "members")?;
        let members: Vec<_> = members_score
            .into_iter()
            .zip(members_member)
            .map(|(members_score, members_member)| (members_score, members_member))
            .collect();
        let res = h.zadd_nx(key, members.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Updates existing members only.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zadd_xx(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    scores: *const f64,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_zadd_xx", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members_score = rt::array(scores, members_count, "scores")?.to_vec();
        let members_member = rt::bytes_array(members, members_count, "members")?;
        let members: Vec<_> = members_score
            .into_iter()
            .zip(members_member)
            .map(|(members_score, members_member)| (members_score, members_member))
            .collect();
        let res = h.zadd_xx(key, members.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Increments one member's score (ZADD INCR); returns the new score.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zadd_incr(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    score: f64,
    member: *const c_char,
    member_len: usize,
    err: *mut *mut ferrite_error,
) -> f64 {
    rt::guard("ferrite_tx_zadd_incr", err, 0.0, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.zadd_incr(key, score, member)?;
        Ok(res)
    })
}

/// Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zadd_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    scores: *const f64,
    members: *const ferrite_bytes,
    members_count: usize,
    options: *const ferrite_zadd_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_tx_zadd_with", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members_score = rt::array(scores, members_count, "scores")?.to_vec();
        let members_member = rt::bytes_array(members, members_count, "members")?;
        let members: Vec<_> = members_score
            .into_iter()
            .zip(members_member)
            .map(|(members_score, members_member)| (members_score, members_member))
            .collect();
        let options = convert_zadd_options(options)?;
        let res = h.zadd_with(key, members.as_slice(), &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// Returns the number of members in a sorted set.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zcard(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_zcard", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.zcard(key)?;
        Ok(rt::count(res))
    })
}

/// Returns the number of members whose score lies within a range.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zcount(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    min: *const c_char,
    min_len: usize,
    max: *const c_char,
    max_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_zcount", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
        let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
        let res = h.zcount(key, min, max)?;
        Ok(rt::count(res))
    })
}

/// Increments the score of a member (adding it with the increment as score if absent); returns the new score.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zincrby(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    increment: f64,
    member: *const c_char,
    member_len: usize,
    err: *mut *mut ferrite_error,
) -> f64 {
    rt::guard("ferrite_tx_zincrby", err, 0.0, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.zincrby(key, increment, member)?;
        Ok(res)
    })
}

/// Returns the scores of several members (nil for each missing one).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zmscore(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_zmscore", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members = rt::bytes_array(members, members_count, "members")?;
        let res = h.zmscore(key, members.as_slice())?;
        Ok(rt::list_optional_scores(res)?)
    })
}

/// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zpopmax(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_zpopmax", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.zpopmax(key)?;
        Ok(rt::list_scored(res)?)
    })
}

/// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zpopmax_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_zpopmax_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_zpopmax_with", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_zpopmax_options(options)?;
        let res = h.zpopmax_with(key, &options)?;
        Ok(rt::list_scored(res)?)
    })
}

/// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zpopmin(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_zpopmin", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.zpopmin(key)?;
        Ok(rt::list_scored(res)?)
    })
}

/// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zpopmin_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    options: *const ferrite_zpopmin_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_zpopmin_with", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_zpopmin_options(options)?;
        let res = h.zpopmin_with(key, &options)?;
        Ok(rt::list_scored(res)?)
    })
}

/// Members between two ranks (negative counts from the end).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrange(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_zrange", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.zrange(key, start, stop)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Members and scores between two ranks.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrange_with_scores(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_tx_zrange_with_scores",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::tx(tx)?;
            let key = rt::bytes(key, key_len, "key")?;
            let res = h.zrange_with_scores(key, start, stop)?;
            Ok(rt::list_scored(res)?)
        },
    )
}

/// Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrange_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    start: *const c_char,
    start_len: usize,
    stop: *const c_char,
    stop_len: usize,
    options: *const ferrite_zrange_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_tx_zrange_with", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let start = rt::bytes(start, start_len, "start")?;
        let stop = rt::bytes(stop, stop_len, "stop")?;
        let options = convert_zrange_options(options)?;
        let res = h.zrange_with(key, start, stop, &options)?;
        Ok(rt::reply(&res)?)
    })
}

/// Members with min <= score <= max.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrangebyscore(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    min: *const c_char,
    min_len: usize,
    max: *const c_char,
    max_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_tx_zrangebyscore",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::tx(tx)?;
            let key = rt::bytes(key, key_len, "key")?;
            let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
            let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
            let res = h.zrangebyscore(key, min, max)?;
            Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
        },
    )
}

/// Members and scores with min <= score <= max.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrangebyscore_with_scores(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    min: *const c_char,
    min_len: usize,
    max: *const c_char,
    max_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_tx_zrangebyscore_with_scores",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::tx(tx)?;
            let key = rt::bytes(key, key_len, "key")?;
            let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
            let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
            let res = h.zrangebyscore_with_scores(key, min, max)?;
            Ok(rt::list_scored(res)?)
        },
    )
}

/// Returns members whose score lies within a range, in ascending order. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrangebyscore_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    min: *const c_char,
    min_len: usize,
    max: *const c_char,
    max_len: usize,
    options: *const ferrite_zrangebyscore_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard(
        "ferrite_tx_zrangebyscore_with",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::tx(tx)?;
            let key = rt::bytes(key, key_len, "key")?;
            let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
            let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
            let options = convert_zrangebyscore_options(options)?;
            let res = h.zrangebyscore_with(key, min, max, &options)?;
            Ok(rt::reply(&res)?)
        },
    )
}

/// Returns the rank of a member in ascending score order (nil if absent).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrank(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    member: *const c_char,
    member_len: usize,
    out: *mut i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_zrank", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.zrank(key, member)?;
        Ok(rt::opt_out(out, res.map(rt::count)))
    })
}

/// Removes one or more members from a sorted set; the key is deleted when emptied.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrem(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    members: *const ferrite_bytes,
    members_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_zrem", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let members = rt::bytes_array(members, members_count, "members")?;
        let res = h.zrem(key, members.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Removes the members within a range of ranks; returns how many were removed.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zremrangebyrank(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_zremrangebyrank", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.zremrangebyrank(key, start, stop)?;
        Ok(rt::count(res))
    })
}

/// Removes the members whose score lies within a range; returns how many were removed.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zremrangebyscore(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    min: *const c_char,
    min_len: usize,
    max: *const c_char,
    max_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_zremrangebyscore", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
        let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
        let res = h.zremrangebyscore(key, min, max)?;
        Ok(rt::count(res))
    })
}

/// Members between two ranks, highest score first.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrevrange(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_zrevrange", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.zrevrange(key, start, stop)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Members and scores between two ranks, highest score first.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrevrange_with_scores(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_tx_zrevrange_with_scores",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::tx(tx)?;
            let key = rt::bytes(key, key_len, "key")?;
            let res = h.zrevrange_with_scores(key, start, stop)?;
            Ok(rt::list_scored(res)?)
        },
    )
}

/// Returns members in a range of ranks, in descending score order. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrevrange_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    start: i64,
    stop: i64,
    options: *const ferrite_zrevrange_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard(
        "ferrite_tx_zrevrange_with",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::tx(tx)?;
            let key = rt::bytes(key, key_len, "key")?;
            let options = convert_zrevrange_options(options)?;
            let res = h.zrevrange_with(key, start, stop, &options)?;
            Ok(rt::reply(&res)?)
        },
    )
}

/// Members with max >= score >= min, highest first.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrevrangebyscore(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    max: *const c_char,
    max_len: usize,
    min: *const c_char,
    min_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_tx_zrevrangebyscore",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::tx(tx)?;
            let key = rt::bytes(key, key_len, "key")?;
            let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
            let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
            let res = h.zrevrangebyscore(key, max, min)?;
            Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
        },
    )
}

/// Members and scores with max >= score >= min, highest first.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrevrangebyscore_with_scores(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    max: *const c_char,
    max_len: usize,
    min: *const c_char,
    min_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard(
        "ferrite_tx_zrevrangebyscore_with_scores",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::tx(tx)?;
            let key = rt::bytes(key, key_len, "key")?;
            let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
            let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
            let res = h.zrevrangebyscore_with_scores(key, max, min)?;
            Ok(rt::list_scored(res)?)
        },
    )
}

/// Returns members whose score lies within a range, in descending order (the range is given as max min). With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrevrangebyscore_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    max: *const c_char,
    max_len: usize,
    min: *const c_char,
    min_len: usize,
    options: *const ferrite_zrevrangebyscore_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard(
        "ferrite_tx_zrevrangebyscore_with",
        err,
        std::ptr::null_mut(),
        || {
            let h = rt::tx(tx)?;
            let key = rt::bytes(key, key_len, "key")?;
            let max = rt::score_bound(rt::bytes(max, max_len, "max")?)?;
            let min = rt::score_bound(rt::bytes(min, min_len, "min")?)?;
            let options = convert_zrevrangebyscore_options(options)?;
            let res = h.zrevrangebyscore_with(key, max, min, &options)?;
            Ok(rt::reply(&res)?)
        },
    )
}

/// Returns the rank of a member in descending score order (nil if absent).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zrevrank(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    member: *const c_char,
    member_len: usize,
    out: *mut i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_zrevrank", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.zrevrank(key, member)?;
        Ok(rt::opt_out(out, res.map(rt::count)))
    })
}

/// Returns the score of a member (nil if absent).
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_zscore(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    member: *const c_char,
    member_len: usize,
    out: *mut f64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_zscore", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let member = rt::bytes(member, member_len, "member")?;
        let res = h.zscore(key, member)?;
        Ok(rt::opt_out(out, res))
    })
}

/// Copies the value of a key to a new key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_copy(
    tx: *mut ferrite_tx,
    source: *const c_char,
    source_len: usize,
    destination: *const c_char,
    destination_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_copy", err, -1, || {
        let h = rt::tx(tx)?;
        let source = rt::bytes(source, source_len, "source")?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let res = h.copy(source, destination)?;
        Ok(c_int::from(res))
    })
}

/// Copies the value of a key to a new key. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_copy_with(
    tx: *mut ferrite_tx,
    source: *const c_char,
    source_len: usize,
    destination: *const c_char,
    destination_len: usize,
    options: *const ferrite_copy_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_copy_with", err, -1, || {
        let h = rt::tx(tx)?;
        let source = rt::bytes(source, source_len, "source")?;
        let destination = rt::bytes(destination, destination_len, "destination")?;
        let options = convert_copy_options(options)?;
        let res = h.copy_with(source, destination, &options)?;
        Ok(c_int::from(res))
    })
}

/// Returns the number of keys in the database.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_dbsize(
    tx: *mut ferrite_tx,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_dbsize", err, -1, || {
        let h = rt::tx(tx)?;
        let res = h.dbsize()?;
        Ok(rt::count(res))
    })
}

/// Deletes one or more keys.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_del(
    tx: *mut ferrite_tx,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_del", err, -1, || {
        let h = rt::tx(tx)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.del(keys.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Determines whether one or more keys exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_exists(
    tx: *mut ferrite_tx,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_exists", err, -1, || {
        let h = rt::tx(tx)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.exists(keys.as_slice())?;
        Ok(rt::count(res))
    })
}

/// Sets the expiration time of a key in seconds.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_expire(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    seconds: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_expire", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let seconds = rt::duration_s(seconds, "expire")?;
        let res = h.expire(key, seconds)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key in seconds. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_expire_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    seconds: i64,
    options: *const ferrite_expire_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_expire_with", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_expire_options(options)?;
        let res = h.expire_with(key, seconds, &options)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key to a Unix timestamp in seconds.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_expire_at(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    unix_time_seconds: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_expire_at", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let unix_time_seconds = rt::unix_time_s(unix_time_seconds, "expireat")?;
        let res = h.expire_at(key, unix_time_seconds)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key to a Unix timestamp in seconds. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_expire_at_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    unix_time_seconds: i64,
    options: *const ferrite_expire_at_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_expire_at_with", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_expire_at_options(options)?;
        let res = h.expire_at_with(key, unix_time_seconds, &options)?;
        Ok(c_int::from(res))
    })
}

/// Returns the expiration time of a key as a Unix timestamp in seconds.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_expiretime(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_expiretime", err, 0, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.expiretime(key)?;
        Ok(res)
    })
}

/// Removes all keys from all databases.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_flushall(
    tx: *mut ferrite_tx,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_flushall", err, -1, || {
        let h = rt::tx(tx)?;
        let res = h.flushall()?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Removes all keys from all databases. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_flushall_with(
    tx: *mut ferrite_tx,
    options: *const ferrite_flushall_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_flushall_with", err, -1, || {
        let h = rt::tx(tx)?;
        let options = convert_flushall_options(options)?;
        let res = h.flushall_with(&options)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Remove all keys from the current database.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_flushdb(
    tx: *mut ferrite_tx,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_flushdb", err, -1, || {
        let h = rt::tx(tx)?;
        let res = h.flushdb()?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Remove all keys from the current database. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_flushdb_with(
    tx: *mut ferrite_tx,
    options: *const ferrite_flushdb_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_flushdb_with", err, -1, || {
        let h = rt::tx(tx)?;
        let options = convert_flushdb_options(options)?;
        let res = h.flushdb_with(&options)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Returns all key names that match a pattern.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_keys(
    tx: *mut ferrite_tx,
    pattern: *const c_char,
    pattern_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_keys", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let pattern = rt::bytes(pattern, pattern_len, "pattern")?;
        let res = h.keys(pattern)?;
        Ok(rt::list_items(FERRITE_LIST_LIST, res)?)
    })
}

/// Removes the expiration time of a key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_persist(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_persist", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.persist(key)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key in milliseconds.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_pexpire(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    milliseconds: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_pexpire", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let milliseconds = rt::duration_ms(milliseconds, "pexpire")?;
        let res = h.pexpire(key, milliseconds)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key in milliseconds. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_pexpire_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    milliseconds: i64,
    options: *const ferrite_pexpire_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_pexpire_with", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_pexpire_options(options)?;
        let res = h.pexpire_with(key, milliseconds, &options)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key to a Unix milliseconds timestamp.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_pexpire_at(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    unix_time_milliseconds: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_pexpire_at", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let unix_time_milliseconds = rt::unix_time_ms(unix_time_milliseconds, "pexpireat")?;
        let res = h.pexpire_at(key, unix_time_milliseconds)?;
        Ok(c_int::from(res))
    })
}

/// Sets the expiration time of a key to a Unix milliseconds timestamp. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_pexpire_at_with(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    unix_time_milliseconds: i64,
    options: *const ferrite_pexpire_at_options,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_pexpire_at_with", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let options = convert_pexpire_at_options(options)?;
        let res = h.pexpire_at_with(key, unix_time_milliseconds, &options)?;
        Ok(c_int::from(res))
    })
}

/// Returns the expiration time of a key as a Unix milliseconds timestamp.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_pexpiretime(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_pexpiretime", err, 0, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.pexpiretime(key)?;
        Ok(res)
    })
}

/// Returns the expiration time in milliseconds of a key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_pttl(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    out: *mut i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_pttl", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.pttl(key)?;
        Ok(rt::opt_out(out, res.map(rt::millis)))
    })
}

/// Returns a random key name from the database.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_randomkey(
    tx: *mut ferrite_tx,
    out_len: *mut usize,
    err: *mut *mut ferrite_error,
) -> *mut c_char {
    rt::guard("ferrite_tx_randomkey", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let res = h.randomkey()?;
        Ok(rt::ret_bytes(res, out_len)?)
    })
}

/// Renames a key and overwrites the destination.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_rename(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    newkey: *const c_char,
    newkey_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_rename", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let newkey = rt::bytes(newkey, newkey_len, "newkey")?;
        let res = h.rename(key, newkey)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Renames a key only when the target key name doesn't exist.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_renamenx(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    newkey: *const c_char,
    newkey_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_renamenx", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let newkey = rt::bytes(newkey, newkey_len, "newkey")?;
        let res = h.renamenx(key, newkey)?;
        Ok(c_int::from(res))
    })
}

/// Iterates over the key names in the database.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_scan(
    tx: *mut ferrite_tx,
    cursor: u64,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_scan", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let res = h.scan(cursor)?;
        Ok(rt::list_page(res)?)
    })
}

/// Iterates over the key names in the database. With every option.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_scan_with(
    tx: *mut ferrite_tx,
    cursor: u64,
    options: *const ferrite_scan_options,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_list {
    rt::guard("ferrite_tx_scan_with", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let options = convert_scan_options(options)?;
        let res = h.scan_with(cursor, &options)?;
        Ok(rt::list_page(res)?)
    })
}

/// Changes the selected database.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_select(
    tx: *mut ferrite_tx,
    index: i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_select", err, -1, || {
        let h = rt::tx(tx)?;
        let res = h.select(index)?;
        Ok({
            let () = res;
            0
        })
    })
}

/// Returns the expiration time in seconds of a key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_ttl(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    out: *mut i64,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_ttl", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.ttl(key)?;
        Ok(rt::opt_out(out, res.map(rt::seconds)))
    })
}

/// Determines the type of value stored at a key.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_key_type(
    tx: *mut ferrite_tx,
    key: *const c_char,
    key_len: usize,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_tx_key_type", err, -1, || {
        let h = rt::tx(tx)?;
        let key = rt::bytes(key, key_len, "key")?;
        let res = h.key_type(key)?;
        Ok(rt::key_type(res))
    })
}

/// Asynchronously deletes one or more keys.
#[no_mangle]
#[allow(clippy::missing_safety_doc, unused_unsafe)]
pub unsafe extern "C" fn ferrite_tx_unlink(
    tx: *mut ferrite_tx,
    keys: *const ferrite_bytes,
    keys_count: usize,
    err: *mut *mut ferrite_error,
) -> i64 {
    rt::guard("ferrite_tx_unlink", err, -1, || {
        let h = rt::tx(tx)?;
        let keys = rt::bytes_array(keys, keys_count, "keys")?;
        let res = h.unlink(keys.as_slice())?;
        Ok(rt::count(res))
    })
}
