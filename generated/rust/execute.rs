// Generated from commands.yaml by cargo xtask gen. Do not edit.
//! `execute`: argv parsed exactly as Redis parses it, then the same core handler the typed
//! methods call. A write command runs inside `execute_ext::logged`, which admits it, logs the
//! argv as given and commits it.
#![allow(unused_mut, clippy::len_zero, clippy::needless_question_mark)]

use ferrite_core::{Ctx, Reply, Result};

/// Runs `argv` (command name first) on `ctx`.
pub(crate) fn dispatch(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    let Some(name) = argv.first() else {
        return Err(crate::execute_ext::unknown_command(argv));
    };
    match name.to_ascii_uppercase().as_slice() {
        b"APPEND" => cmd_append(ctx, argv),
        b"DECR" => cmd_decr(ctx, argv),
        b"DECRBY" => cmd_decr_by(ctx, argv),
        b"GET" => cmd_get(ctx, argv),
        b"GETDEL" => cmd_getdel(ctx, argv),
        b"GETEX" => cmd_getex(ctx, argv),
        b"GETRANGE" => cmd_getrange(ctx, argv),
        b"GETSET" => cmd_getset(ctx, argv),
        b"INCR" => cmd_incr(ctx, argv),
        b"INCRBY" => cmd_incr_by(ctx, argv),
        b"INCRBYFLOAT" => cmd_incr_by_float(ctx, argv),
        b"MGET" => cmd_mget(ctx, argv),
        b"MSET" => cmd_mset(ctx, argv),
        b"MSETNX" => cmd_msetnx(ctx, argv),
        b"PSETEX" => cmd_psetex(ctx, argv),
        b"SET" => cmd_set(ctx, argv),
        b"SETEX" => cmd_setex(ctx, argv),
        b"SETNX" => cmd_setnx(ctx, argv),
        b"SETRANGE" => cmd_setrange(ctx, argv),
        b"STRLEN" => cmd_strlen(ctx, argv),
        b"HDEL" => cmd_hdel(ctx, argv),
        b"HEXISTS" => cmd_hexists(ctx, argv),
        b"HGET" => cmd_hget(ctx, argv),
        b"HGETALL" => cmd_hgetall(ctx, argv),
        b"HINCRBY" => cmd_hincrby(ctx, argv),
        b"HINCRBYFLOAT" => cmd_hincrbyfloat(ctx, argv),
        b"HKEYS" => cmd_hkeys(ctx, argv),
        b"HLEN" => cmd_hlen(ctx, argv),
        b"HMGET" => cmd_hmget(ctx, argv),
        b"HMSET" => cmd_hmset(ctx, argv),
        b"HSET" => cmd_hset(ctx, argv),
        b"HSETNX" => cmd_hsetnx(ctx, argv),
        b"HSTRLEN" => cmd_hstrlen(ctx, argv),
        b"HVALS" => cmd_hvals(ctx, argv),
        b"LINDEX" => cmd_lindex(ctx, argv),
        b"LINSERT" => cmd_linsert(ctx, argv),
        b"LLEN" => cmd_llen(ctx, argv),
        b"LMOVE" => cmd_lmove(ctx, argv),
        b"LPOP" => cmd_lpop(ctx, argv),
        b"LPOS" => cmd_lpos(ctx, argv),
        b"LPUSH" => cmd_lpush(ctx, argv),
        b"LPUSHX" => cmd_lpushx(ctx, argv),
        b"LRANGE" => cmd_lrange(ctx, argv),
        b"LREM" => cmd_lrem(ctx, argv),
        b"LSET" => cmd_lset(ctx, argv),
        b"LTRIM" => cmd_ltrim(ctx, argv),
        b"RPOP" => cmd_rpop(ctx, argv),
        b"RPUSH" => cmd_rpush(ctx, argv),
        b"RPUSHX" => cmd_rpushx(ctx, argv),
        b"SADD" => cmd_sadd(ctx, argv),
        b"SCARD" => cmd_scard(ctx, argv),
        b"SDIFF" => cmd_sdiff(ctx, argv),
        b"SDIFFSTORE" => cmd_sdiffstore(ctx, argv),
        b"SINTER" => cmd_sinter(ctx, argv),
        b"SINTERSTORE" => cmd_sinterstore(ctx, argv),
        b"SISMEMBER" => cmd_sismember(ctx, argv),
        b"SMEMBERS" => cmd_smembers(ctx, argv),
        b"SMISMEMBER" => cmd_smismember(ctx, argv),
        b"SMOVE" => cmd_smove(ctx, argv),
        b"SPOP" => cmd_spop(ctx, argv),
        b"SRANDMEMBER" => cmd_srandmember(ctx, argv),
        b"SREM" => cmd_srem(ctx, argv),
        b"SUNION" => cmd_sunion(ctx, argv),
        b"SUNIONSTORE" => cmd_sunionstore(ctx, argv),
        b"ZADD" => cmd_zadd(ctx, argv),
        b"ZCARD" => cmd_zcard(ctx, argv),
        b"ZCOUNT" => cmd_zcount(ctx, argv),
        b"ZINCRBY" => cmd_zincrby(ctx, argv),
        b"ZMSCORE" => cmd_zmscore(ctx, argv),
        b"ZPOPMAX" => cmd_zpopmax(ctx, argv),
        b"ZPOPMIN" => cmd_zpopmin(ctx, argv),
        b"ZRANGE" => cmd_zrange(ctx, argv),
        b"ZRANGEBYSCORE" => cmd_zrangebyscore(ctx, argv),
        b"ZRANK" => cmd_zrank(ctx, argv),
        b"ZREM" => cmd_zrem(ctx, argv),
        b"ZREMRANGEBYRANK" => cmd_zremrangebyrank(ctx, argv),
        b"ZREMRANGEBYSCORE" => cmd_zremrangebyscore(ctx, argv),
        b"ZREVRANGE" => cmd_zrevrange(ctx, argv),
        b"ZREVRANGEBYSCORE" => cmd_zrevrangebyscore(ctx, argv),
        b"ZREVRANK" => cmd_zrevrank(ctx, argv),
        b"ZSCORE" => cmd_zscore(ctx, argv),
        b"COPY" => cmd_copy(ctx, argv),
        b"DBSIZE" => cmd_dbsize(ctx, argv),
        b"DEL" => cmd_del(ctx, argv),
        b"EXISTS" => cmd_exists(ctx, argv),
        b"EXPIRE" => cmd_expire(ctx, argv),
        b"EXPIREAT" => cmd_expire_at(ctx, argv),
        b"EXPIRETIME" => cmd_expiretime(ctx, argv),
        b"FLUSHALL" => cmd_flushall(ctx, argv),
        b"FLUSHDB" => cmd_flushdb(ctx, argv),
        b"KEYS" => cmd_keys(ctx, argv),
        b"PERSIST" => cmd_persist(ctx, argv),
        b"PEXPIRE" => cmd_pexpire(ctx, argv),
        b"PEXPIREAT" => cmd_pexpire_at(ctx, argv),
        b"PEXPIRETIME" => cmd_pexpiretime(ctx, argv),
        b"PTTL" => cmd_pttl(ctx, argv),
        b"RANDOMKEY" => cmd_randomkey(ctx, argv),
        b"RENAME" => cmd_rename(ctx, argv),
        b"RENAMENX" => cmd_renamenx(ctx, argv),
        b"SCAN" => cmd_scan(ctx, argv),
        b"SELECT" => cmd_select(ctx, argv),
        b"TTL" => cmd_ttl(ctx, argv),
        b"TYPE" => cmd_key_type(ctx, argv),
        b"UNLINK" => cmd_unlink(ctx, argv),
        _ => Err(crate::execute_ext::unknown_command(argv)),
    }
}

/// `APPEND`.
fn cmd_append(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "append".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let value = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::string::append(ctx, key, value)?,
        ))
    })
}

/// `DECR`.
fn cmd_decr(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "decr".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_integer(
            ferrite_core::commands::string::decr(ctx, key)?,
        ))
    })
}

/// `DECRBY`.
fn cmd_decr_by(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "decrby".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let decrement = ferrite_core::parse::integer(cur.next()?)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_integer(
            ferrite_core::commands::string::decr_by(ctx, key, decrement)?,
        ))
    })
}

/// `GET`.
fn cmd_get(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "get".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_optional_bytes(
        ferrite_core::commands::string::get(ctx, key)?,
    ))
}

/// `GETDEL`.
fn cmd_getdel(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "getdel".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_optional_bytes(
            ferrite_core::commands::string::getdel(ctx, key)?,
        ))
    })
}

/// `GETEX`.
fn cmd_getex(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "getex".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        ferrite_core::commands::string::getex_argv(ctx, argv)
    })
}

/// `GETRANGE`.
fn cmd_getrange(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "getrange".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let start = ferrite_core::parse::integer(cur.next()?)?;
    let end = ferrite_core::parse::integer(cur.next()?)?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_bytes(
        ferrite_core::commands::string::getrange(ctx, key, start, end)?,
    ))
}

/// `GETSET`.
fn cmd_getset(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "getset".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let value = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_optional_bytes(
            ferrite_core::commands::string::getset(ctx, key, value)?,
        ))
    })
}

/// `INCR`.
fn cmd_incr(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "incr".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_integer(
            ferrite_core::commands::string::incr(ctx, key)?,
        ))
    })
}

/// `INCRBY`.
fn cmd_incr_by(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "incrby".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let increment = ferrite_core::parse::integer(cur.next()?)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_integer(
            ferrite_core::commands::string::incr_by(ctx, key, increment)?,
        ))
    })
}

/// `INCRBYFLOAT`.
fn cmd_incr_by_float(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "incrbyfloat".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        ferrite_core::commands::string::incr_by_float_argv(ctx, argv)
    })
}

/// `MGET`.
fn cmd_mget(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "mget".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let keys = cur.take_many(0)?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_optional_bytes_list(
        ferrite_core::commands::string::mget(ctx, keys)?,
    ))
}

/// `MSET`.
fn cmd_mset(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "mset".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let data = cur
            .take_tuples(0, 2, true)?
            .chunks_exact(2)
            .map(|raw| Ok((raw[0], raw[1])))
            .collect::<ferrite_core::Result<Vec<_>>>()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_ok(
            ferrite_core::commands::string::mset(ctx, &data)?,
        ))
    })
}

/// `MSETNX`.
fn cmd_msetnx(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "msetnx".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let data = cur
            .take_tuples(0, 2, true)?
            .chunks_exact(2)
            .map(|raw| Ok((raw[0], raw[1])))
            .collect::<ferrite_core::Result<Vec<_>>>()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_bool(
            ferrite_core::commands::string::msetnx(ctx, &data)?,
        ))
    })
}

/// `PSETEX`.
fn cmd_psetex(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "psetex".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let milliseconds = ferrite_core::parse::integer(cur.next()?)?;
        let value = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_ok(
            ferrite_core::commands::string::psetex(ctx, key, milliseconds, value)?,
        ))
    })
}

/// `SET`.
fn cmd_set(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "set".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        ferrite_core::commands::string::set_argv(ctx, argv)
    })
}

/// `SETEX`.
fn cmd_setex(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "setex".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let seconds = ferrite_core::parse::integer(cur.next()?)?;
        let value = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_ok(
            ferrite_core::commands::string::setex(ctx, key, seconds, value)?,
        ))
    })
}

/// `SETNX`.
fn cmd_setnx(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "setnx".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let value = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_bool(
            ferrite_core::commands::string::setnx(ctx, key, value)?,
        ))
    })
}

/// `SETRANGE`.
fn cmd_setrange(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "setrange".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let offset = ferrite_core::parse::integer(cur.next()?)?;
        let value = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::string::setrange(ctx, key, offset, value)?,
        ))
    })
}

/// `STRLEN`.
fn cmd_strlen(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "strlen".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_count(
        ferrite_core::commands::string::strlen(ctx, key)?,
    ))
}

/// `HDEL`.
fn cmd_hdel(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hdel".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let fields = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::hash::hdel(ctx, key, fields)?,
        ))
    })
}

/// `HEXISTS`.
fn cmd_hexists(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hexists".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let field = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_bool(
        ferrite_core::commands::hash::hexists(ctx, key, field)?,
    ))
}

/// `HGET`.
fn cmd_hget(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hget".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let field = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_optional_bytes(
        ferrite_core::commands::hash::hget(ctx, key, field)?,
    ))
}

/// `HGETALL`.
fn cmd_hgetall(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hgetall".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_map(
        ferrite_core::commands::hash::hgetall(ctx, key)?,
    ))
}

/// `HINCRBY`.
fn cmd_hincrby(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hincrby".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let field = cur.next()?;
        let delta = ferrite_core::parse::integer(cur.next()?)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_integer(
            ferrite_core::commands::hash::hincrby(ctx, key, field, delta)?,
        ))
    })
}

/// `HINCRBYFLOAT`.
fn cmd_hincrbyfloat(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hincrbyfloat".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        ferrite_core::commands::hash::hincrbyfloat_argv(ctx, argv)
    })
}

/// `HKEYS`.
fn cmd_hkeys(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hkeys".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_list(
        ferrite_core::commands::hash::hkeys(ctx, key)?,
    ))
}

/// `HLEN`.
fn cmd_hlen(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hlen".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_count(
        ferrite_core::commands::hash::hlen(ctx, key)?,
    ))
}

/// `HMGET`.
fn cmd_hmget(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hmget".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let fields = cur.take_many(0)?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_optional_bytes_list(
        ferrite_core::commands::hash::hmget(ctx, key, fields)?,
    ))
}

/// `HMSET`.
fn cmd_hmset(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hmset".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let pairs = cur
            .take_tuples(0, 2, true)?
            .chunks_exact(2)
            .map(|raw| Ok((raw[0], raw[1])))
            .collect::<ferrite_core::Result<Vec<_>>>()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_ok(
            ferrite_core::commands::hash::hmset(ctx, key, &pairs)?,
        ))
    })
}

/// `HSET`.
fn cmd_hset(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hset".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let pairs = cur
            .take_tuples(0, 2, true)?
            .chunks_exact(2)
            .map(|raw| Ok((raw[0], raw[1])))
            .collect::<ferrite_core::Result<Vec<_>>>()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::hash::hset(ctx, key, &pairs)?,
        ))
    })
}

/// `HSETNX`.
fn cmd_hsetnx(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hsetnx".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let field = cur.next()?;
        let value = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_bool(
            ferrite_core::commands::hash::hsetnx(ctx, key, field, value)?,
        ))
    })
}

/// `HSTRLEN`.
fn cmd_hstrlen(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hstrlen".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let field = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_count(
        ferrite_core::commands::hash::hstrlen(ctx, key, field)?,
    ))
}

/// `HVALS`.
fn cmd_hvals(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "hvals".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_list(
        ferrite_core::commands::hash::hvals(ctx, key)?,
    ))
}

/// `LINDEX`.
fn cmd_lindex(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "lindex".into(),
        });
    }
    ferrite_core::commands::list::lindex_argv(ctx, argv)
}

/// `LINSERT`.
fn cmd_linsert(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 5 {
        return Err(ferrite_core::Error::WrongArity {
            command: "linsert".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let position = {
            let token = cur.next()?;
            if token.eq_ignore_ascii_case(b"BEFORE") {
                ferrite_core::commands::list::InsertPosition::Before
            } else if token.eq_ignore_ascii_case(b"AFTER") {
                ferrite_core::commands::list::InsertPosition::After
            } else {
                return Err(ferrite_core::Error::Syntax);
            }
        };
        let pivot = cur.next()?;
        let element = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_integer(
            ferrite_core::commands::list::linsert(ctx, key, position, pivot, element)?,
        ))
    })
}

/// `LLEN`.
fn cmd_llen(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "llen".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_count(
        ferrite_core::commands::list::llen(ctx, key)?,
    ))
}

/// `LMOVE`.
fn cmd_lmove(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 5 {
        return Err(ferrite_core::Error::WrongArity {
            command: "lmove".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let source = cur.next()?;
        let destination = cur.next()?;
        let wherefrom = {
            let token = cur.next()?;
            if token.eq_ignore_ascii_case(b"LEFT") {
                ferrite_core::commands::list::ListEnd::Left
            } else if token.eq_ignore_ascii_case(b"RIGHT") {
                ferrite_core::commands::list::ListEnd::Right
            } else {
                return Err(ferrite_core::Error::Syntax);
            }
        };
        let whereto = {
            let token = cur.next()?;
            if token.eq_ignore_ascii_case(b"LEFT") {
                ferrite_core::commands::list::ListEnd::Left
            } else if token.eq_ignore_ascii_case(b"RIGHT") {
                ferrite_core::commands::list::ListEnd::Right
            } else {
                return Err(ferrite_core::Error::Syntax);
            }
        };
        cur.finish()?;
        Ok(ferrite_core::Reply::from_optional_bytes(
            ferrite_core::commands::list::lmove(ctx, source, destination, wherefrom, whereto)?,
        ))
    })
}

/// `LPOP`.
fn cmd_lpop(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "lpop".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        ferrite_core::commands::list::lpop_argv(ctx, argv)
    })
}

/// `LPOS`.
fn cmd_lpos(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "lpos".into(),
        });
    }
    ferrite_core::commands::list::lpos_argv(ctx, argv)
}

/// `LPUSH`.
fn cmd_lpush(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "lpush".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let values = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::list::lpush(ctx, key, values)?,
        ))
    })
}

/// `LPUSHX`.
fn cmd_lpushx(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "lpushx".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let values = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::list::lpushx(ctx, key, values)?,
        ))
    })
}

/// `LRANGE`.
fn cmd_lrange(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "lrange".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let start = ferrite_core::parse::integer(cur.next()?)?;
    let stop = ferrite_core::parse::integer(cur.next()?)?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_list(
        ferrite_core::commands::list::lrange(ctx, key, start, stop)?,
    ))
}

/// `LREM`.
fn cmd_lrem(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "lrem".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let count = ferrite_core::parse::integer(cur.next()?)?;
        let element = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::list::lrem(ctx, key, count, element)?,
        ))
    })
}

/// `LSET`.
fn cmd_lset(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "lset".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        ferrite_core::commands::list::lset_argv(ctx, argv)
    })
}

/// `LTRIM`.
fn cmd_ltrim(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "ltrim".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let start = ferrite_core::parse::integer(cur.next()?)?;
        let stop = ferrite_core::parse::integer(cur.next()?)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_ok(
            ferrite_core::commands::list::ltrim(ctx, key, start, stop)?,
        ))
    })
}

/// `RPOP`.
fn cmd_rpop(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "rpop".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        ferrite_core::commands::list::rpop_argv(ctx, argv)
    })
}

/// `RPUSH`.
fn cmd_rpush(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "rpush".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let values = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::list::rpush(ctx, key, values)?,
        ))
    })
}

/// `RPUSHX`.
fn cmd_rpushx(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "rpushx".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let values = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::list::rpushx(ctx, key, values)?,
        ))
    })
}

/// `SADD`.
fn cmd_sadd(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "sadd".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let members = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::set::sadd(ctx, key, members)?,
        ))
    })
}

/// `SCARD`.
fn cmd_scard(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "scard".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_count(
        ferrite_core::commands::set::scard(ctx, key)?,
    ))
}

/// `SDIFF`.
fn cmd_sdiff(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "sdiff".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let keys = cur.take_many(0)?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_set(
        ferrite_core::commands::set::sdiff(ctx, keys)?,
    ))
}

/// `SDIFFSTORE`.
fn cmd_sdiffstore(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "sdiffstore".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let destination = cur.next()?;
        let keys = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::set::sdiffstore(ctx, destination, keys)?,
        ))
    })
}

/// `SINTER`.
fn cmd_sinter(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "sinter".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let keys = cur.take_many(0)?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_set(
        ferrite_core::commands::set::sinter(ctx, keys)?,
    ))
}

/// `SINTERSTORE`.
fn cmd_sinterstore(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "sinterstore".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let destination = cur.next()?;
        let keys = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::set::sinterstore(ctx, destination, keys)?,
        ))
    })
}

/// `SISMEMBER`.
fn cmd_sismember(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "sismember".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let member = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_bool(
        ferrite_core::commands::set::sismember(ctx, key, member)?,
    ))
}

/// `SMEMBERS`.
fn cmd_smembers(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "smembers".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_set(
        ferrite_core::commands::set::smembers(ctx, key)?,
    ))
}

/// `SMISMEMBER`.
fn cmd_smismember(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "smismember".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let members = cur.take_many(0)?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_bool_list(
        ferrite_core::commands::set::smismember(ctx, key, members)?,
    ))
}

/// `SMOVE`.
fn cmd_smove(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "smove".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let source = cur.next()?;
        let destination = cur.next()?;
        let member = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_bool(
            ferrite_core::commands::set::smove(ctx, source, destination, member)?,
        ))
    })
}

/// `SPOP`.
fn cmd_spop(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "spop".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        ferrite_core::commands::set::spop_argv(ctx, argv)
    })
}

/// `SRANDMEMBER`.
fn cmd_srandmember(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "srandmember".into(),
        });
    }
    ferrite_core::commands::set::srandmember_argv(ctx, argv)
}

/// `SREM`.
fn cmd_srem(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "srem".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let members = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::set::srem(ctx, key, members)?,
        ))
    })
}

/// `SUNION`.
fn cmd_sunion(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "sunion".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let keys = cur.take_many(0)?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_set(
        ferrite_core::commands::set::sunion(ctx, keys)?,
    ))
}

/// `SUNIONSTORE`.
fn cmd_sunionstore(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "sunionstore".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let destination = cur.next()?;
        let keys = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::set::sunionstore(ctx, destination, keys)?,
        ))
    })
}

/// `ZADD`.
fn cmd_zadd(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zadd".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        ferrite_core::commands::zset::zadd_argv(ctx, argv)
    })
}

/// `ZCARD`.
fn cmd_zcard(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zcard".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_count(
        ferrite_core::commands::zset::zcard(ctx, key)?,
    ))
}

/// `ZCOUNT`.
fn cmd_zcount(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zcount".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let min = ferrite_core::commands::zset::ScoreBound::parse(cur.next()?)?;
    let max = ferrite_core::commands::zset::ScoreBound::parse(cur.next()?)?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_count(
        ferrite_core::commands::zset::zcount(ctx, key, min, max)?,
    ))
}

/// `ZINCRBY`.
fn cmd_zincrby(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zincrby".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let increment = ferrite_core::parse::float(cur.next()?)?;
        let member = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_float(
            ferrite_core::commands::zset::zincrby(ctx, key, increment, member)?,
        ))
    })
}

/// `ZMSCORE`.
fn cmd_zmscore(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zmscore".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let members = cur.take_many(0)?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_optional_float_list(
        ferrite_core::commands::zset::zmscore(ctx, key, members)?,
    ))
}

/// `ZPOPMAX`.
fn cmd_zpopmax(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zpopmax".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        ferrite_core::commands::zset::zpopmax_argv(ctx, argv)
    })
}

/// `ZPOPMIN`.
fn cmd_zpopmin(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zpopmin".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        ferrite_core::commands::zset::zpopmin_argv(ctx, argv)
    })
}

/// `ZRANGE`.
fn cmd_zrange(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zrange".into(),
        });
    }
    ferrite_core::commands::zset::zrange_argv(ctx, argv)
}

/// `ZRANGEBYSCORE`.
fn cmd_zrangebyscore(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zrangebyscore".into(),
        });
    }
    ferrite_core::commands::zset::zrangebyscore_argv(ctx, argv)
}

/// `ZRANK`.
fn cmd_zrank(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zrank".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let member = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_optional_count(
        ferrite_core::commands::zset::zrank(ctx, key, member)?,
    ))
}

/// `ZREM`.
fn cmd_zrem(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zrem".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let members = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::zset::zrem(ctx, key, members)?,
        ))
    })
}

/// `ZREMRANGEBYRANK`.
fn cmd_zremrangebyrank(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zremrangebyrank".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let start = ferrite_core::parse::integer(cur.next()?)?;
        let stop = ferrite_core::parse::integer(cur.next()?)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::zset::zremrangebyrank(ctx, key, start, stop)?,
        ))
    })
}

/// `ZREMRANGEBYSCORE`.
fn cmd_zremrangebyscore(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zremrangebyscore".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let min = ferrite_core::commands::zset::ScoreBound::parse(cur.next()?)?;
        let max = ferrite_core::commands::zset::ScoreBound::parse(cur.next()?)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::zset::zremrangebyscore(ctx, key, min, max)?,
        ))
    })
}

/// `ZREVRANGE`.
fn cmd_zrevrange(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zrevrange".into(),
        });
    }
    ferrite_core::commands::zset::zrevrange_argv(ctx, argv)
}

/// `ZREVRANGEBYSCORE`.
fn cmd_zrevrangebyscore(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 4 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zrevrangebyscore".into(),
        });
    }
    ferrite_core::commands::zset::zrevrangebyscore_argv(ctx, argv)
}

/// `ZREVRANK`.
fn cmd_zrevrank(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zrevrank".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let member = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_optional_count(
        ferrite_core::commands::zset::zrevrank(ctx, key, member)?,
    ))
}

/// `ZSCORE`.
fn cmd_zscore(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "zscore".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let member = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_optional_float(
        ferrite_core::commands::zset::zscore(ctx, key, member)?,
    ))
}

/// `COPY`.
fn cmd_copy(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "copy".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, true, |ctx| {
        ferrite_core::commands::keys::copy_argv(ctx, argv)
    })
}

/// `DBSIZE`.
fn cmd_dbsize(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 1 {
        return Err(ferrite_core::Error::WrongArity {
            command: "dbsize".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    cur.finish()?;
    Ok(ferrite_core::Reply::from_count(
        ferrite_core::commands::keys::dbsize(ctx)?,
    ))
}

/// `DEL`.
fn cmd_del(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "del".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let keys = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::keys::del(ctx, keys)?,
        ))
    })
}

/// `EXISTS`.
fn cmd_exists(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "exists".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let keys = cur.take_many(0)?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_count(
        ferrite_core::commands::keys::exists(ctx, keys)?,
    ))
}

/// `EXPIRE`.
fn cmd_expire(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "expire".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        ferrite_core::commands::keys::expire_argv(ctx, argv)
    })
}

/// `EXPIREAT`.
fn cmd_expire_at(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "expireat".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        ferrite_core::commands::keys::expire_at_argv(ctx, argv)
    })
}

/// `EXPIRETIME`.
fn cmd_expiretime(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "expiretime".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_integer(
        ferrite_core::commands::keys::expiretime(ctx, key)?,
    ))
}

/// `FLUSHALL`.
fn cmd_flushall(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 1 {
        return Err(ferrite_core::Error::WrongArity {
            command: "flushall".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        ferrite_core::commands::keys::flushall_argv(ctx, argv)
    })
}

/// `FLUSHDB`.
fn cmd_flushdb(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 1 {
        return Err(ferrite_core::Error::WrongArity {
            command: "flushdb".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        ferrite_core::commands::keys::flushdb_argv(ctx, argv)
    })
}

/// `KEYS`.
fn cmd_keys(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "keys".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let pattern = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_list(
        ferrite_core::commands::keys::keys(ctx, pattern)?,
    ))
}

/// `PERSIST`.
fn cmd_persist(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "persist".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_bool(
            ferrite_core::commands::keys::persist(ctx, key)?,
        ))
    })
}

/// `PEXPIRE`.
fn cmd_pexpire(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "pexpire".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        ferrite_core::commands::keys::pexpire_argv(ctx, argv)
    })
}

/// `PEXPIREAT`.
fn cmd_pexpire_at(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "pexpireat".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        ferrite_core::commands::keys::pexpire_at_argv(ctx, argv)
    })
}

/// `PEXPIRETIME`.
fn cmd_pexpiretime(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "pexpiretime".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_integer(
        ferrite_core::commands::keys::pexpiretime(ctx, key)?,
    ))
}

/// `PTTL`.
fn cmd_pttl(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "pttl".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_integer(
        ferrite_core::commands::keys::pttl(ctx, key)?,
    ))
}

/// `RANDOMKEY`.
fn cmd_randomkey(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 1 {
        return Err(ferrite_core::Error::WrongArity {
            command: "randomkey".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    cur.finish()?;
    Ok(ferrite_core::Reply::from_optional_bytes(
        ferrite_core::commands::keys::randomkey(ctx)?,
    ))
}

/// `RENAME`.
fn cmd_rename(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "rename".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let newkey = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_ok(
            ferrite_core::commands::keys::rename(ctx, key, newkey)?,
        ))
    })
}

/// `RENAMENX`.
fn cmd_renamenx(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "renamenx".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let key = cur.next()?;
        let newkey = cur.next()?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_bool(
            ferrite_core::commands::keys::renamenx(ctx, key, newkey)?,
        ))
    })
}

/// `SCAN`.
fn cmd_scan(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "scan".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let cursor = ferrite_core::parse::cursor(cur.next()?)?;
    let mut pattern = None;
    let mut count = None;
    let mut key_type = None;
    while let Some(token) = cur.peek() {
        if token.eq_ignore_ascii_case(b"MATCH") {
            cur.advance();
            pattern = Some(cur.next()?);
        } else if token.eq_ignore_ascii_case(b"COUNT") {
            cur.advance();
            count = Some(ferrite_core::parse::integer(cur.next()?)?);
        } else if token.eq_ignore_ascii_case(b"TYPE") {
            cur.advance();
            key_type = Some(cur.next()?);
        } else {
            return Err(ferrite_core::Error::Syntax);
        }
    }
    cur.finish()?;
    Ok(ferrite_core::Reply::from_cursor_page(
        ferrite_core::commands::keys::scan(ctx, cursor, pattern, count, key_type)?,
    ))
}

/// `SELECT`.
fn cmd_select(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "select".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let index = ferrite_core::parse::integer(cur.next()?)?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_ok(
        ferrite_core::commands::keys::select(ctx, index)?,
    ))
}

/// `TTL`.
fn cmd_ttl(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "ttl".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_integer(
        ferrite_core::commands::keys::ttl(ctx, key)?,
    ))
}

/// `TYPE`.
fn cmd_key_type(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() != 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "type".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    cur.finish()?;
    Ok(ferrite_core::Reply::from_key_type(
        ferrite_core::commands::keys::key_type(ctx, key)?,
    ))
}

/// `UNLINK`.
fn cmd_unlink(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 2 {
        return Err(ferrite_core::Error::WrongArity {
            command: "unlink".into(),
        });
    }
    crate::execute_ext::logged(ctx, argv, false, |ctx| {
        let mut cur = crate::execute_ext::Args::new(argv);
        let keys = cur.take_many(0)?;
        cur.finish()?;
        Ok(ferrite_core::Reply::from_count(
            ferrite_core::commands::keys::unlink(ctx, keys)?,
        ))
    })
}
