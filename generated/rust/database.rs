// Generated from commands.yaml by cargo xtask gen. Do not edit.
//! The command methods, one per command and form, for both receivers, and the log function of
//! each write command (the canonical argv of one call, for the write-ahead log).
#![allow(
    clippy::clone_on_copy,
    clippy::let_unit_value,
    clippy::too_many_arguments,
    unused_imports
)]

use super::options::*;
use crate::embedded::{Database, Transaction};

impl Database {
    /// Runs a command given as strings, parsed exactly as Redis parses it, and returns the
    /// reply Redis would send.
    pub fn execute<A: AsRef<[u8]>>(&self, argv: &[A]) -> ferrite_core::Result<ferrite_core::Reply> {
        let argv: Vec<&[u8]> = argv.iter().map(AsRef::as_ref).collect();
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        super::execute::dispatch(&ctx, &argv)
    }

    /// Appends a string to the value of a key; creates the key if it doesn't exist.
    ///
    /// `APPEND key value`
    pub fn append(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_append(w, key.as_ref(), value.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::append(&ctx, key.as_ref(), value.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    ///
    /// `DECR key`
    pub fn decr(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_decr(w, key.as_ref());
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::decr(&ctx, key.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
    ///
    /// `DECRBY key decrement`
    pub fn decr_by(&self, key: impl AsRef<[u8]>, decrement: i64) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_decr_by(w, key.as_ref(), decrement)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::decr_by(&ctx, key.as_ref(), decrement);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the string value of a key.
    ///
    /// `GET key`
    pub fn get(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::get(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// GET, decoded as UTF-8.
    ///
    /// `GET key`
    pub fn get_str(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<String>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::get(&ctx, key.as_ref())?;
        crate::convert_ext::reply_to_optional_string(ferrite_core::Reply::from_optional_bytes(res))
    }

    /// Returns the string value of a key after deleting the key.
    ///
    /// `GETDEL key`
    pub fn getdel(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_getdel(w, key.as_ref());
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::getdel(&ctx, key.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the string value of a key after setting its expiration time.
    ///
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
    pub fn getex(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log =
            |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_getex(w, key.as_ref(), None);
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::getex(&ctx, key.as_ref(), None);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the string value of a key after setting its expiration time. With every option.
    ///
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
    ///
    /// The optional arguments come from [`GetexOptions`].
    pub fn getex_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &GetexOptions,
    ) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_getex(w, key.as_ref(), options.expiration.clone())
        };
        let ctx = ctx.with_log(&log);
        let res =
            ferrite_core::commands::string::getex(&ctx, key.as_ref(), options.expiration.clone());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns a substring of the string stored at a key.
    ///
    /// `GETRANGE key start end`
    pub fn getrange(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        end: i64,
    ) -> ferrite_core::Result<Vec<u8>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::getrange(&ctx, key.as_ref(), start, end)?;
        Ok(res)
    }

    /// Returns the previous string value of a key after setting it to a new value.
    ///
    /// `GETSET key value`
    pub fn getset(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_getset(w, key.as_ref(), value.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::getset(&ctx, key.as_ref(), value.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCR key`
    pub fn incr(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_incr(w, key.as_ref());
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::incr(&ctx, key.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCRBY key increment`
    pub fn incr_by(&self, key: impl AsRef<[u8]>, increment: i64) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_incr_by(w, key.as_ref(), increment)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::incr_by(&ctx, key.as_ref(), increment);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCRBYFLOAT key increment`
    pub fn incr_by_float(
        &self,
        key: impl AsRef<[u8]>,
        increment: f64,
    ) -> ferrite_core::Result<f64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_incr_by_float(w, key.as_ref(), increment)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::incr_by_float(&ctx, key.as_ref(), increment);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Atomically returns the string values of one or more keys.
    ///
    /// `MGET keys [keys ...]`
    pub fn mget(&self, keys: &[impl AsRef<[u8]>]) -> ferrite_core::Result<Vec<Option<Vec<u8>>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::mget(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res)
    }

    /// Atomically creates or modifies the string values of one or more keys.
    ///
    /// `MSET key value [key value ...]`
    pub fn mset(&self, data: &[(impl AsRef<[u8]>, impl AsRef<[u8]>)]) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_mset(
                w,
                &data
                    .iter()
                    .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::mset(
            &ctx,
            &data
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Atomically modifies the string values of one or more keys only when all keys don't exist.
    ///
    /// `MSETNX key value [key value ...]`
    pub fn msetnx(
        &self,
        data: &[(impl AsRef<[u8]>, impl AsRef<[u8]>)],
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_msetnx(
                w,
                &data
                    .iter()
                    .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::msetnx(
            &ctx,
            &data
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist.
    ///
    /// `PSETEX key milliseconds value`
    pub fn psetex(
        &self,
        key: impl AsRef<[u8]>,
        milliseconds: std::time::Duration,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_psetex(
                w,
                key.as_ref(),
                crate::convert_ext::duration_ms(milliseconds),
                value.as_ref(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::psetex(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_ms(milliseconds),
            value.as_ref(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    pub fn set(&self, key: impl AsRef<[u8]>, value: impl AsRef<[u8]>) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_set(w, key.as_ref(), value.as_ref(), None, false, None)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            None,
            false,
            None,
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_ok(ferrite_core::Reply::from_reply(res))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    pub fn set_nx(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_set(
                w,
                key.as_ref(),
                value.as_ref(),
                Some(ferrite_core::commands::string::SetCondition::Nx),
                false,
                None,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            Some(ferrite_core::commands::string::SetCondition::Nx),
            false,
            None,
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_bool(ferrite_core::Reply::from_reply(res))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    pub fn set_xx(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_set(
                w,
                key.as_ref(),
                value.as_ref(),
                Some(ferrite_core::commands::string::SetCondition::Xx),
                false,
                None,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            Some(ferrite_core::commands::string::SetCondition::Xx),
            false,
            None,
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_bool(ferrite_core::Reply::from_reply(res))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    pub fn set_ex(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
        milliseconds: std::time::Duration,
    ) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_set(
                w,
                key.as_ref(),
                value.as_ref(),
                None,
                false,
                Some(ferrite_core::commands::string::SetExpiration::Px(
                    crate::convert_ext::duration_ms(milliseconds),
                )),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            None,
            false,
            Some(ferrite_core::commands::string::SetExpiration::Px(
                crate::convert_ext::duration_ms(milliseconds),
            )),
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_ok(ferrite_core::Reply::from_reply(res))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    ///
    /// The optional arguments come from [`SetOptions`].
    pub fn set_with(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
        options: &SetOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_set(
                w,
                key.as_ref(),
                value.as_ref(),
                options.condition.clone(),
                options.get,
                options.expiration.clone(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            options.condition.clone(),
            options.get,
            options.expiration.clone(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the string value and expiration time of a key; creates the key if it doesn't exist.
    ///
    /// `SETEX key seconds value`
    pub fn setex(
        &self,
        key: impl AsRef<[u8]>,
        seconds: std::time::Duration,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_setex(
                w,
                key.as_ref(),
                crate::convert_ext::duration_s(seconds),
                value.as_ref(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::setex(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_s(seconds),
            value.as_ref(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Set the string value of a key only when the key doesn't exist.
    ///
    /// `SETNX key value`
    pub fn setnx(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_setnx(w, key.as_ref(), value.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::setnx(&ctx, key.as_ref(), value.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist.
    ///
    /// `SETRANGE key offset value`
    pub fn setrange(
        &self,
        key: impl AsRef<[u8]>,
        offset: i64,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_setrange(w, key.as_ref(), offset, value.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res =
            ferrite_core::commands::string::setrange(&ctx, key.as_ref(), offset, value.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the length of a string value.
    ///
    /// `STRLEN key`
    pub fn strlen(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::strlen(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Deletes one or more fields from a hash; the key is deleted when no field is left.
    ///
    /// `HDEL key fields [fields ...]`
    pub fn hdel(
        &self,
        key: impl AsRef<[u8]>,
        fields: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hdel(
                w,
                key.as_ref(),
                &fields.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::hash::hdel(
            &ctx,
            key.as_ref(),
            &fields.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Tells whether a field exists in a hash.
    ///
    /// `HEXISTS key field`
    pub fn hexists(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hexists(&ctx, key.as_ref(), field.as_ref())?;
        Ok(res)
    }

    /// Returns the value of a field in a hash.
    ///
    /// `HGET key field`
    pub fn hget(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hget(&ctx, key.as_ref(), field.as_ref())?;
        Ok(res)
    }

    /// HGET, decoded as UTF-8.
    ///
    /// `HGET key field`
    pub fn hget_str(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<String>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hget(&ctx, key.as_ref(), field.as_ref())?;
        crate::convert_ext::reply_to_optional_string(ferrite_core::Reply::from_optional_bytes(res))
    }

    /// Returns every field and value of a hash.
    ///
    /// `HGETALL key`
    pub fn hgetall(
        &self,
        key: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<std::collections::HashMap<Vec<u8>, Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hgetall(&ctx, key.as_ref())?;
        Ok(res.into_iter().collect())
    }

    /// Increments the integer value of a hash field by a number; a missing field counts as 0.
    ///
    /// `HINCRBY key field delta`
    pub fn hincrby(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
        delta: i64,
    ) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hincrby(w, key.as_ref(), field.as_ref(), delta)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::hash::hincrby(&ctx, key.as_ref(), field.as_ref(), delta);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Increments the floating-point value of a hash field by a number; a missing field counts as 0.
    ///
    /// `HINCRBYFLOAT key field delta`
    pub fn hincrbyfloat(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
        delta: f64,
    ) -> ferrite_core::Result<f64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hincrbyfloat(w, key.as_ref(), field.as_ref(), delta)
        };
        let ctx = ctx.with_log(&log);
        let res =
            ferrite_core::commands::hash::hincrbyfloat(&ctx, key.as_ref(), field.as_ref(), delta);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns every field of a hash.
    ///
    /// `HKEYS key`
    pub fn hkeys(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hkeys(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the number of fields in a hash.
    ///
    /// `HLEN key`
    pub fn hlen(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hlen(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the values of the given fields of a hash, nil for each missing one.
    ///
    /// `HMGET key fields [fields ...]`
    pub fn hmget(
        &self,
        key: impl AsRef<[u8]>,
        fields: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<Vec<Option<Vec<u8>>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hmget(
            &ctx,
            key.as_ref(),
            &fields.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res)
    }

    /// Sets the values of one or more fields of a hash (deprecated in favour of HSET).
    ///
    /// `HMSET key field value [field value ...]`
    pub fn hmset(
        &self,
        key: impl AsRef<[u8]>,
        pairs: &[(impl AsRef<[u8]>, impl AsRef<[u8]>)],
    ) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hmset(
                w,
                key.as_ref(),
                &pairs
                    .iter()
                    .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::hash::hmset(
            &ctx,
            key.as_ref(),
            &pairs
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets one field; true when the field is new.
    ///
    /// `HSET key field value [field value ...]`
    pub fn hset(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hset(w, key.as_ref(), &[(field.as_ref(), value.as_ref())])
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::hash::hset(
            &ctx,
            key.as_ref(),
            &[(field.as_ref(), value.as_ref())],
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_bool(ferrite_core::Reply::from_count(res))
    }

    /// Sets several fields; returns how many are new.
    ///
    /// `HSET key field value [field value ...]`
    pub fn hset_multiple(
        &self,
        key: impl AsRef<[u8]>,
        pairs: &[(impl AsRef<[u8]>, impl AsRef<[u8]>)],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hset(
                w,
                key.as_ref(),
                &pairs
                    .iter()
                    .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::hash::hset(
            &ctx,
            key.as_ref(),
            &pairs
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the value of a hash field only if the field does not exist yet.
    ///
    /// `HSETNX key field value`
    pub fn hsetnx(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hsetnx(w, key.as_ref(), field.as_ref(), value.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::hash::hsetnx(
            &ctx,
            key.as_ref(),
            field.as_ref(),
            value.as_ref(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the length in bytes of the value of a hash field (0 when missing).
    ///
    /// `HSTRLEN key field`
    pub fn hstrlen(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hstrlen(&ctx, key.as_ref(), field.as_ref())?;
        Ok(res)
    }

    /// Returns every value of a hash.
    ///
    /// `HVALS key`
    pub fn hvals(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hvals(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the element at an index of a list (negative indexes count from the tail).
    ///
    /// `LINDEX key index`
    pub fn lindex(
        &self,
        key: impl AsRef<[u8]>,
        index: i64,
    ) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::lindex(&ctx, key.as_ref(), index)?;
        Ok(res)
    }

    /// Inserts an element before or after the first occurrence of a pivot in a list.
    ///
    /// `LINSERT key <BEFORE | AFTER> pivot element`
    pub fn linsert(
        &self,
        key: impl AsRef<[u8]>,
        position: ferrite_core::commands::list::InsertPosition,
        pivot: impl AsRef<[u8]>,
        element: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_linsert(w, key.as_ref(), position, pivot.as_ref(), element.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::linsert(
            &ctx,
            key.as_ref(),
            position,
            pivot.as_ref(),
            element.as_ref(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the length of a list (0 when the key is missing).
    ///
    /// `LLEN key`
    pub fn llen(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::llen(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Pops an element from one end of a list and pushes it onto one end of another (or the same) list.
    ///
    /// `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
    pub fn lmove(
        &self,
        source: impl AsRef<[u8]>,
        destination: impl AsRef<[u8]>,
        wherefrom: ferrite_core::commands::list::ListEnd,
        whereto: ferrite_core::commands::list::ListEnd,
    ) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lmove(w, source.as_ref(), destination.as_ref(), wherefrom, whereto)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lmove(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            wherefrom,
            whereto,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Pops one element.
    ///
    /// `LPOP key [count]`
    pub fn lpop(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log =
            |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_lpop(w, key.as_ref(), None);
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lpop(&ctx, key.as_ref(), None);
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_optional_bytes(ferrite_core::Reply::from_reply(res))
    }

    /// Pops up to count elements; None when the key is missing.
    ///
    /// `LPOP key [count]`
    pub fn lpop_count(
        &self,
        key: impl AsRef<[u8]>,
        count: i64,
    ) -> ferrite_core::Result<Option<Vec<Vec<u8>>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lpop(w, key.as_ref(), Some(count))
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lpop(&ctx, key.as_ref(), Some(count));
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_optional_list(ferrite_core::Reply::from_reply(res))
    }

    /// Removes and returns the first element of a list, or with a count the first count elements. With every option.
    ///
    /// `LPOP key [count]`
    ///
    /// The optional arguments come from [`LpopOptions`].
    pub fn lpop_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &LpopOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lpop(w, key.as_ref(), options.count)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lpop(&ctx, key.as_ref(), options.count);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// The index of the match, or None.
    ///
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    pub fn lpos(
        &self,
        key: impl AsRef<[u8]>,
        element: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<usize>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::lpos(
            &ctx,
            key.as_ref(),
            element.as_ref(),
            None,
            None,
            None,
        )?;
        crate::convert_ext::reply_to_optional_count(ferrite_core::Reply::from_reply(res))
    }

    /// The indexes of up to count matches (0: all).
    ///
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    pub fn lpos_count(
        &self,
        key: impl AsRef<[u8]>,
        element: impl AsRef<[u8]>,
        count: i64,
    ) -> ferrite_core::Result<Vec<i64>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::lpos(
            &ctx,
            key.as_ref(),
            element.as_ref(),
            None,
            Some(count),
            None,
        )?;
        crate::convert_ext::reply_to_integer_list(ferrite_core::Reply::from_reply(res))
    }

    /// Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option.
    ///
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    ///
    /// The optional arguments come from [`LposOptions`].
    pub fn lpos_with(
        &self,
        key: impl AsRef<[u8]>,
        element: impl AsRef<[u8]>,
        options: &LposOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::lpos(
            &ctx,
            key.as_ref(),
            element.as_ref(),
            options.rank,
            options.count,
            options.maxlen,
        )?;
        Ok(res)
    }

    /// Prepends one or more elements to a list, creating it if needed; returns the new length.
    ///
    /// `LPUSH key values [values ...]`
    pub fn lpush(
        &self,
        key: impl AsRef<[u8]>,
        values: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lpush(
                w,
                key.as_ref(),
                &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lpush(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Prepends elements to a list only if the list exists; returns the new length (0 when missing).
    ///
    /// `LPUSHX key values [values ...]`
    pub fn lpushx(
        &self,
        key: impl AsRef<[u8]>,
        values: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lpushx(
                w,
                key.as_ref(),
                &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lpushx(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list).
    ///
    /// `LRANGE key start stop`
    pub fn lrange(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::lrange(&ctx, key.as_ref(), start, stop)?;
        Ok(res)
    }

    /// Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all).
    ///
    /// `LREM key count element`
    pub fn lrem(
        &self,
        key: impl AsRef<[u8]>,
        count: i64,
        element: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lrem(w, key.as_ref(), count, element.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lrem(&ctx, key.as_ref(), count, element.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the element at an index of a list (negative indexes count from the tail).
    ///
    /// `LSET key index element`
    pub fn lset(
        &self,
        key: impl AsRef<[u8]>,
        index: i64,
        element: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lset(w, key.as_ref(), index, element.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lset(&ctx, key.as_ref(), index, element.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
    ///
    /// `LTRIM key start stop`
    pub fn ltrim(&self, key: impl AsRef<[u8]>, start: i64, stop: i64) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_ltrim(w, key.as_ref(), start, stop)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::ltrim(&ctx, key.as_ref(), start, stop);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Pops one element.
    ///
    /// `RPOP key [count]`
    pub fn rpop(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log =
            |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_rpop(w, key.as_ref(), None);
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::rpop(&ctx, key.as_ref(), None);
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_optional_bytes(ferrite_core::Reply::from_reply(res))
    }

    /// Pops up to count elements; None when the key is missing.
    ///
    /// `RPOP key [count]`
    pub fn rpop_count(
        &self,
        key: impl AsRef<[u8]>,
        count: i64,
    ) -> ferrite_core::Result<Option<Vec<Vec<u8>>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_rpop(w, key.as_ref(), Some(count))
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::rpop(&ctx, key.as_ref(), Some(count));
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_optional_list(ferrite_core::Reply::from_reply(res))
    }

    /// Removes and returns the last element of a list, or with a count the last count elements. With every option.
    ///
    /// `RPOP key [count]`
    ///
    /// The optional arguments come from [`RpopOptions`].
    pub fn rpop_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &RpopOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_rpop(w, key.as_ref(), options.count)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::rpop(&ctx, key.as_ref(), options.count);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Appends one or more elements to a list, creating it if needed; returns the new length.
    ///
    /// `RPUSH key values [values ...]`
    pub fn rpush(
        &self,
        key: impl AsRef<[u8]>,
        values: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_rpush(
                w,
                key.as_ref(),
                &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::rpush(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Appends elements to a list only if the list exists; returns the new length (0 when missing).
    ///
    /// `RPUSHX key values [values ...]`
    pub fn rpushx(
        &self,
        key: impl AsRef<[u8]>,
        values: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_rpushx(
                w,
                key.as_ref(),
                &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::rpushx(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Adds one or more members to a set; the key is created if it doesn't exist.
    ///
    /// `SADD key members [members ...]`
    pub fn sadd(
        &self,
        key: impl AsRef<[u8]>,
        members: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_sadd(
                w,
                key.as_ref(),
                &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::sadd(
            &ctx,
            key.as_ref(),
            &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the number of members in a set.
    ///
    /// `SCARD key`
    pub fn scard(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::scard(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the members of the first set that are in none of the following sets.
    ///
    /// `SDIFF keys [keys ...]`
    pub fn sdiff(
        &self,
        keys: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<std::collections::HashSet<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::sdiff(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res.into_iter().collect())
    }

    /// Stores the difference of sets in a key (deleting it when the result is empty); returns its size.
    ///
    /// `SDIFFSTORE destination keys [keys ...]`
    pub fn sdiffstore(
        &self,
        destination: impl AsRef<[u8]>,
        keys: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_sdiffstore(
                w,
                destination.as_ref(),
                &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::sdiffstore(
            &ctx,
            destination.as_ref(),
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the members present in every given set.
    ///
    /// `SINTER keys [keys ...]`
    pub fn sinter(
        &self,
        keys: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<std::collections::HashSet<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::sinter(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res.into_iter().collect())
    }

    /// Stores the intersection of sets in a key (deleting it when the result is empty); returns its size.
    ///
    /// `SINTERSTORE destination keys [keys ...]`
    pub fn sinterstore(
        &self,
        destination: impl AsRef<[u8]>,
        keys: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_sinterstore(
                w,
                destination.as_ref(),
                &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::sinterstore(
            &ctx,
            destination.as_ref(),
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Determines whether a member belongs to a set.
    ///
    /// `SISMEMBER key member`
    pub fn sismember(
        &self,
        key: impl AsRef<[u8]>,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::sismember(&ctx, key.as_ref(), member.as_ref())?;
        Ok(res)
    }

    /// Returns all members of a set.
    ///
    /// `SMEMBERS key`
    pub fn smembers(
        &self,
        key: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<std::collections::HashSet<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::smembers(&ctx, key.as_ref())?;
        Ok(res.into_iter().collect())
    }

    /// Determines whether each of several members belongs to a set.
    ///
    /// `SMISMEMBER key members [members ...]`
    pub fn smismember(
        &self,
        key: impl AsRef<[u8]>,
        members: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<Vec<bool>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::smismember(
            &ctx,
            key.as_ref(),
            &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res)
    }

    /// Moves a member from one set to another.
    ///
    /// `SMOVE source destination member`
    pub fn smove(
        &self,
        source: impl AsRef<[u8]>,
        destination: impl AsRef<[u8]>,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_smove(w, source.as_ref(), destination.as_ref(), member.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::smove(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            member.as_ref(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// SPOP without count: one random member, or None.
    ///
    /// `SPOP key [count]`
    pub fn spop(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log =
            |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_spop(w, key.as_ref(), None);
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::spop(&ctx, key.as_ref(), None);
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_optional_bytes(ferrite_core::Reply::from_reply(res))
    }

    /// SPOP with count: up to count random members.
    ///
    /// `SPOP key [count]`
    pub fn spop_count(
        &self,
        key: impl AsRef<[u8]>,
        count: i64,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_spop(w, key.as_ref(), Some(count))
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::spop(&ctx, key.as_ref(), Some(count));
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_list(ferrite_core::Reply::from_reply(res))
    }

    /// Removes and returns one or several random members of a set; the key is deleted when emptied. With every option.
    ///
    /// `SPOP key [count]`
    ///
    /// The optional arguments come from [`SpopOptions`].
    pub fn spop_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &SpopOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_spop(w, key.as_ref(), options.count)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::spop(&ctx, key.as_ref(), options.count);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// SRANDMEMBER without count: one random member, or None.
    ///
    /// `SRANDMEMBER key [count]`
    pub fn srandmember(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::srandmember(&ctx, key.as_ref(), None)?;
        crate::convert_ext::reply_to_optional_bytes(ferrite_core::Reply::from_reply(res))
    }

    /// SRANDMEMBER with count (negative: may repeat).
    ///
    /// `SRANDMEMBER key [count]`
    pub fn srandmember_count(
        &self,
        key: impl AsRef<[u8]>,
        count: i64,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::srandmember(&ctx, key.as_ref(), Some(count))?;
        crate::convert_ext::reply_to_list(ferrite_core::Reply::from_reply(res))
    }

    /// Returns one or several random members of a set; a negative count allows repeats. With every option.
    ///
    /// `SRANDMEMBER key [count]`
    ///
    /// The optional arguments come from [`SrandmemberOptions`].
    pub fn srandmember_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &SrandmemberOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::srandmember(&ctx, key.as_ref(), options.count)?;
        Ok(res)
    }

    /// Removes one or more members from a set; the key is deleted when emptied.
    ///
    /// `SREM key members [members ...]`
    pub fn srem(
        &self,
        key: impl AsRef<[u8]>,
        members: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_srem(
                w,
                key.as_ref(),
                &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::srem(
            &ctx,
            key.as_ref(),
            &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the members of the union of the given sets.
    ///
    /// `SUNION keys [keys ...]`
    pub fn sunion(
        &self,
        keys: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<std::collections::HashSet<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::sunion(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res.into_iter().collect())
    }

    /// Stores the union of sets in a key (deleting it when the result is empty); returns its size.
    ///
    /// `SUNIONSTORE destination keys [keys ...]`
    pub fn sunionstore(
        &self,
        destination: impl AsRef<[u8]>,
        keys: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_sunionstore(
                w,
                destination.as_ref(),
                &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::sunionstore(
            &ctx,
            destination.as_ref(),
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Adds or updates members; returns how many were added.
    ///
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    pub fn zadd(
        &self,
        key: impl AsRef<[u8]>,
        members: &[(f64, impl AsRef<[u8]>)],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zadd(
                w,
                key.as_ref(),
                false,
                false,
                false,
                false,
                false,
                false,
                &members
                    .iter()
                    .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zadd(
            &ctx,
            key.as_ref(),
            false,
            false,
            false,
            false,
            false,
            false,
            &members
                .iter()
                .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_count(ferrite_core::Reply::from_reply(res))
    }

    /// Adds new members only; returns how many were added.
    ///
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    pub fn zadd_nx(
        &self,
        key: impl AsRef<[u8]>,
        members: &[(f64, impl AsRef<[u8]>)],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zadd(
                w,
                key.as_ref(),
                true,
                false,
                false,
                false,
                false,
                false,
                &members
                    .iter()
                    .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zadd(
            &ctx,
            key.as_ref(),
            true,
            false,
            false,
            false,
            false,
            false,
            &members
                .iter()
                .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_count(ferrite_core::Reply::from_reply(res))
    }

    /// Updates existing members only.
    ///
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    pub fn zadd_xx(
        &self,
        key: impl AsRef<[u8]>,
        members: &[(f64, impl AsRef<[u8]>)],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zadd(
                w,
                key.as_ref(),
                false,
                true,
                false,
                false,
                false,
                false,
                &members
                    .iter()
                    .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zadd(
            &ctx,
            key.as_ref(),
            false,
            true,
            false,
            false,
            false,
            false,
            &members
                .iter()
                .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_count(ferrite_core::Reply::from_reply(res))
    }

    /// Increments one member's score (ZADD INCR); returns the new score.
    ///
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    pub fn zadd_incr(
        &self,
        key: impl AsRef<[u8]>,
        score: f64,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<f64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zadd(
                w,
                key.as_ref(),
                false,
                false,
                false,
                false,
                false,
                true,
                &[(score, member.as_ref())],
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zadd(
            &ctx,
            key.as_ref(),
            false,
            false,
            false,
            false,
            false,
            true,
            &[(score, member.as_ref())],
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_float(ferrite_core::Reply::from_reply(res))
    }

    /// Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option.
    ///
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    ///
    /// The optional arguments come from [`ZaddOptions`].
    pub fn zadd_with(
        &self,
        key: impl AsRef<[u8]>,
        members: &[(f64, impl AsRef<[u8]>)],
        options: &ZaddOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zadd(
                w,
                key.as_ref(),
                options.nx,
                options.xx,
                options.gt,
                options.lt,
                options.ch,
                options.incr,
                &members
                    .iter()
                    .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zadd(
            &ctx,
            key.as_ref(),
            options.nx,
            options.xx,
            options.gt,
            options.lt,
            options.ch,
            options.incr,
            &members
                .iter()
                .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the number of members in a sorted set.
    ///
    /// `ZCARD key`
    pub fn zcard(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zcard(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the number of members whose score lies within a range.
    ///
    /// `ZCOUNT key min max`
    pub fn zcount(
        &self,
        key: impl AsRef<[u8]>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zcount(&ctx, key.as_ref(), min.into(), max.into())?;
        Ok(res)
    }

    /// Increments the score of a member (adding it with the increment as score if absent); returns the new score.
    ///
    /// `ZINCRBY key increment member`
    pub fn zincrby(
        &self,
        key: impl AsRef<[u8]>,
        increment: f64,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<f64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zincrby(w, key.as_ref(), increment, member.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res =
            ferrite_core::commands::zset::zincrby(&ctx, key.as_ref(), increment, member.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the scores of several members (nil for each missing one).
    ///
    /// `ZMSCORE key members [members ...]`
    pub fn zmscore(
        &self,
        key: impl AsRef<[u8]>,
        members: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<Vec<Option<f64>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zmscore(
            &ctx,
            key.as_ref(),
            &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res)
    }

    /// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied.
    ///
    /// `ZPOPMAX key [count]`
    pub fn zpopmax(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zpopmax(w, key.as_ref(), None)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zpopmax(&ctx, key.as_ref(), None);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option.
    ///
    /// `ZPOPMAX key [count]`
    ///
    /// The optional arguments come from [`ZpopmaxOptions`].
    pub fn zpopmax_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &ZpopmaxOptions,
    ) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zpopmax(w, key.as_ref(), options.count)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zpopmax(&ctx, key.as_ref(), options.count);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied.
    ///
    /// `ZPOPMIN key [count]`
    pub fn zpopmin(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zpopmin(w, key.as_ref(), None)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zpopmin(&ctx, key.as_ref(), None);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option.
    ///
    /// `ZPOPMIN key [count]`
    ///
    /// The optional arguments come from [`ZpopminOptions`].
    pub fn zpopmin_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &ZpopminOptions,
    ) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zpopmin(w, key.as_ref(), options.count)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zpopmin(&ctx, key.as_ref(), options.count);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Members between two ranks (negative counts from the end).
    ///
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    pub fn zrange(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrange(
            &ctx,
            key.as_ref(),
            start.to_string().as_bytes(),
            stop.to_string().as_bytes(),
            None,
            false,
            None,
            false,
        )?;
        crate::convert_ext::reply_to_list(ferrite_core::Reply::from_reply(res))
    }

    /// Members and scores between two ranks.
    ///
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    pub fn zrange_with_scores(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
    ) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrange(
            &ctx,
            key.as_ref(),
            start.to_string().as_bytes(),
            stop.to_string().as_bytes(),
            None,
            false,
            None,
            true,
        )?;
        crate::convert_ext::reply_to_scored_list(ferrite_core::Reply::from_reply(res))
    }

    /// Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option.
    ///
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    ///
    /// The optional arguments come from [`ZrangeOptions`].
    pub fn zrange_with(
        &self,
        key: impl AsRef<[u8]>,
        start: impl AsRef<[u8]>,
        stop: impl AsRef<[u8]>,
        options: &ZrangeOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrange(
            &ctx,
            key.as_ref(),
            start.as_ref(),
            stop.as_ref(),
            options.by.clone(),
            options.rev,
            options.limit.as_ref().map(|(m0, m1)| (*m0, *m1)),
            options.withscores,
        )?;
        Ok(res)
    }

    /// Members with min <= score <= max.
    ///
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    pub fn zrangebyscore(
        &self,
        key: impl AsRef<[u8]>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrangebyscore(
            &ctx,
            key.as_ref(),
            min.into(),
            max.into(),
            false,
            None,
        )?;
        crate::convert_ext::reply_to_list(ferrite_core::Reply::from_reply(res))
    }

    /// Members and scores with min <= score <= max.
    ///
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    pub fn zrangebyscore_with_scores(
        &self,
        key: impl AsRef<[u8]>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
    ) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrangebyscore(
            &ctx,
            key.as_ref(),
            min.into(),
            max.into(),
            true,
            None,
        )?;
        crate::convert_ext::reply_to_scored_list(ferrite_core::Reply::from_reply(res))
    }

    /// Returns members whose score lies within a range, in ascending order. With every option.
    ///
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    ///
    /// The optional arguments come from [`ZrangebyscoreOptions`].
    pub fn zrangebyscore_with(
        &self,
        key: impl AsRef<[u8]>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
        options: &ZrangebyscoreOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrangebyscore(
            &ctx,
            key.as_ref(),
            min.into(),
            max.into(),
            options.withscores,
            options.limit.as_ref().map(|(m0, m1)| (*m0, *m1)),
        )?;
        Ok(res)
    }

    /// Returns the rank of a member in ascending score order (nil if absent).
    ///
    /// `ZRANK key member`
    pub fn zrank(
        &self,
        key: impl AsRef<[u8]>,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<usize>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrank(&ctx, key.as_ref(), member.as_ref())?;
        Ok(res)
    }

    /// Removes one or more members from a sorted set; the key is deleted when emptied.
    ///
    /// `ZREM key members [members ...]`
    pub fn zrem(
        &self,
        key: impl AsRef<[u8]>,
        members: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zrem(
                w,
                key.as_ref(),
                &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zrem(
            &ctx,
            key.as_ref(),
            &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Removes the members within a range of ranks; returns how many were removed.
    ///
    /// `ZREMRANGEBYRANK key start stop`
    pub fn zremrangebyrank(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zremrangebyrank(w, key.as_ref(), start, stop)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zremrangebyrank(&ctx, key.as_ref(), start, stop);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Removes the members whose score lies within a range; returns how many were removed.
    ///
    /// `ZREMRANGEBYSCORE key min max`
    pub fn zremrangebyscore(
        &self,
        key: impl AsRef<[u8]>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let min: ferrite_core::commands::zset::ScoreBound = min.into();
        let max: ferrite_core::commands::zset::ScoreBound = max.into();
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zremrangebyscore(w, key.as_ref(), min, max)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zremrangebyscore(&ctx, key.as_ref(), min, max);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Members between two ranks, highest score first.
    ///
    /// `ZREVRANGE key start stop [WITHSCORES]`
    pub fn zrevrange(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrange(&ctx, key.as_ref(), start, stop, false)?;
        crate::convert_ext::reply_to_list(ferrite_core::Reply::from_reply(res))
    }

    /// Members and scores between two ranks, highest score first.
    ///
    /// `ZREVRANGE key start stop [WITHSCORES]`
    pub fn zrevrange_with_scores(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
    ) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrange(&ctx, key.as_ref(), start, stop, true)?;
        crate::convert_ext::reply_to_scored_list(ferrite_core::Reply::from_reply(res))
    }

    /// Returns members in a range of ranks, in descending score order. With every option.
    ///
    /// `ZREVRANGE key start stop [WITHSCORES]`
    ///
    /// The optional arguments come from [`ZrevrangeOptions`].
    pub fn zrevrange_with(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
        options: &ZrevrangeOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrange(
            &ctx,
            key.as_ref(),
            start,
            stop,
            options.withscores,
        )?;
        Ok(res)
    }

    /// Members with max >= score >= min, highest first.
    ///
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    pub fn zrevrangebyscore(
        &self,
        key: impl AsRef<[u8]>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrangebyscore(
            &ctx,
            key.as_ref(),
            max.into(),
            min.into(),
            false,
            None,
        )?;
        crate::convert_ext::reply_to_list(ferrite_core::Reply::from_reply(res))
    }

    /// Members and scores with max >= score >= min, highest first.
    ///
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    pub fn zrevrangebyscore_with_scores(
        &self,
        key: impl AsRef<[u8]>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
    ) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrangebyscore(
            &ctx,
            key.as_ref(),
            max.into(),
            min.into(),
            true,
            None,
        )?;
        crate::convert_ext::reply_to_scored_list(ferrite_core::Reply::from_reply(res))
    }

    /// Returns members whose score lies within a range, in descending order (the range is given as max min). With every option.
    ///
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    ///
    /// The optional arguments come from [`ZrevrangebyscoreOptions`].
    pub fn zrevrangebyscore_with(
        &self,
        key: impl AsRef<[u8]>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
        options: &ZrevrangebyscoreOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrangebyscore(
            &ctx,
            key.as_ref(),
            max.into(),
            min.into(),
            options.withscores,
            options.limit.as_ref().map(|(m0, m1)| (*m0, *m1)),
        )?;
        Ok(res)
    }

    /// Returns the rank of a member in descending score order (nil if absent).
    ///
    /// `ZREVRANK key member`
    pub fn zrevrank(
        &self,
        key: impl AsRef<[u8]>,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<usize>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrank(&ctx, key.as_ref(), member.as_ref())?;
        Ok(res)
    }

    /// Returns the score of a member (nil if absent).
    ///
    /// `ZSCORE key member`
    pub fn zscore(
        &self,
        key: impl AsRef<[u8]>,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<f64>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zscore(&ctx, key.as_ref(), member.as_ref())?;
        Ok(res)
    }

    /// Copies the value of a key to a new key.
    ///
    /// `COPY source destination [DB destination-db] [REPLACE]`
    pub fn copy(
        &self,
        source: impl AsRef<[u8]>,
        destination: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_copy(w, source.as_ref(), destination.as_ref(), None, false)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::copy(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            None,
            false,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Copies the value of a key to a new key. With every option.
    ///
    /// `COPY source destination [DB destination-db] [REPLACE]`
    ///
    /// The optional arguments come from [`CopyOptions`].
    pub fn copy_with(
        &self,
        source: impl AsRef<[u8]>,
        destination: impl AsRef<[u8]>,
        options: &CopyOptions,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_copy(
                w,
                source.as_ref(),
                destination.as_ref(),
                options.destination_db,
                options.replace,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::copy(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            options.destination_db,
            options.replace,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the number of keys in the database.
    ///
    /// `DBSIZE`
    pub fn dbsize(&self) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::dbsize(&ctx)?;
        Ok(res)
    }

    /// Deletes one or more keys.
    ///
    /// `DEL keys [keys ...]`
    pub fn del(&self, keys: &[impl AsRef<[u8]>]) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_del(w, &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::del(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Determines whether one or more keys exist.
    ///
    /// `EXISTS keys [keys ...]`
    pub fn exists(&self, keys: &[impl AsRef<[u8]>]) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::exists(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res)
    }

    /// Sets the expiration time of a key in seconds.
    ///
    /// `EXPIRE key seconds [NX] [XX] [GT] [LT]`
    pub fn expire(
        &self,
        key: impl AsRef<[u8]>,
        seconds: std::time::Duration,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_expire(
                w,
                key.as_ref(),
                crate::convert_ext::duration_s(seconds),
                false,
                false,
                false,
                false,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::expire(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_s(seconds),
            false,
            false,
            false,
            false,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key in seconds. With every option.
    ///
    /// `EXPIRE key seconds [NX] [XX] [GT] [LT]`
    ///
    /// The optional arguments come from [`ExpireOptions`].
    pub fn expire_with(
        &self,
        key: impl AsRef<[u8]>,
        seconds: i64,
        options: &ExpireOptions,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_expire(
                w,
                key.as_ref(),
                seconds,
                options.nx,
                options.xx,
                options.gt,
                options.lt,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::expire(
            &ctx,
            key.as_ref(),
            seconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key to a Unix timestamp in seconds.
    ///
    /// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
    pub fn expire_at(
        &self,
        key: impl AsRef<[u8]>,
        unix_time_seconds: std::time::SystemTime,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_expire_at(
                w,
                key.as_ref(),
                crate::convert_ext::unix_time_s(unix_time_seconds),
                false,
                false,
                false,
                false,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::expire_at(
            &ctx,
            key.as_ref(),
            crate::convert_ext::unix_time_s(unix_time_seconds),
            false,
            false,
            false,
            false,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key to a Unix timestamp in seconds. With every option.
    ///
    /// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
    ///
    /// The optional arguments come from [`ExpireAtOptions`].
    pub fn expire_at_with(
        &self,
        key: impl AsRef<[u8]>,
        unix_time_seconds: i64,
        options: &ExpireAtOptions,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_expire_at(
                w,
                key.as_ref(),
                unix_time_seconds,
                options.nx,
                options.xx,
                options.gt,
                options.lt,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::expire_at(
            &ctx,
            key.as_ref(),
            unix_time_seconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the expiration time of a key as a Unix timestamp in seconds.
    ///
    /// `EXPIRETIME key`
    pub fn expiretime(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::expiretime(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Removes all keys from all databases.
    ///
    /// `FLUSHALL [ASYNC | SYNC]`
    pub fn flushall(&self) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_flushall(w, None);
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::flushall(&ctx, None);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Removes all keys from all databases. With every option.
    ///
    /// `FLUSHALL [ASYNC | SYNC]`
    ///
    /// The optional arguments come from [`FlushallOptions`].
    pub fn flushall_with(&self, options: &FlushallOptions) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_flushall(w, options.mode.clone())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::flushall(&ctx, options.mode.clone());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Remove all keys from the current database.
    ///
    /// `FLUSHDB [ASYNC | SYNC]`
    pub fn flushdb(&self) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_flushdb(w, None);
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::flushdb(&ctx, None);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Remove all keys from the current database. With every option.
    ///
    /// `FLUSHDB [ASYNC | SYNC]`
    ///
    /// The optional arguments come from [`FlushdbOptions`].
    pub fn flushdb_with(&self, options: &FlushdbOptions) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_flushdb(w, options.mode.clone())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::flushdb(&ctx, options.mode.clone());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns all key names that match a pattern.
    ///
    /// `KEYS pattern`
    pub fn keys(&self, pattern: impl AsRef<[u8]>) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::keys(&ctx, pattern.as_ref())?;
        Ok(res)
    }

    /// Removes the expiration time of a key.
    ///
    /// `PERSIST key`
    pub fn persist(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log =
            |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_persist(w, key.as_ref());
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::persist(&ctx, key.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key in milliseconds.
    ///
    /// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
    pub fn pexpire(
        &self,
        key: impl AsRef<[u8]>,
        milliseconds: std::time::Duration,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_pexpire(
                w,
                key.as_ref(),
                crate::convert_ext::duration_ms(milliseconds),
                false,
                false,
                false,
                false,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::pexpire(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_ms(milliseconds),
            false,
            false,
            false,
            false,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key in milliseconds. With every option.
    ///
    /// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
    ///
    /// The optional arguments come from [`PexpireOptions`].
    pub fn pexpire_with(
        &self,
        key: impl AsRef<[u8]>,
        milliseconds: i64,
        options: &PexpireOptions,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_pexpire(
                w,
                key.as_ref(),
                milliseconds,
                options.nx,
                options.xx,
                options.gt,
                options.lt,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::pexpire(
            &ctx,
            key.as_ref(),
            milliseconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key to a Unix milliseconds timestamp.
    ///
    /// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
    pub fn pexpire_at(
        &self,
        key: impl AsRef<[u8]>,
        unix_time_milliseconds: std::time::SystemTime,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_pexpire_at(
                w,
                key.as_ref(),
                crate::convert_ext::unix_time_ms(unix_time_milliseconds),
                false,
                false,
                false,
                false,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::pexpire_at(
            &ctx,
            key.as_ref(),
            crate::convert_ext::unix_time_ms(unix_time_milliseconds),
            false,
            false,
            false,
            false,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key to a Unix milliseconds timestamp. With every option.
    ///
    /// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
    ///
    /// The optional arguments come from [`PexpireAtOptions`].
    pub fn pexpire_at_with(
        &self,
        key: impl AsRef<[u8]>,
        unix_time_milliseconds: i64,
        options: &PexpireAtOptions,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_pexpire_at(
                w,
                key.as_ref(),
                unix_time_milliseconds,
                options.nx,
                options.xx,
                options.gt,
                options.lt,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::pexpire_at(
            &ctx,
            key.as_ref(),
            unix_time_milliseconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the expiration time of a key as a Unix milliseconds timestamp.
    ///
    /// `PEXPIRETIME key`
    pub fn pexpiretime(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::pexpiretime(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the expiration time in milliseconds of a key.
    ///
    /// `PTTL key`
    pub fn pttl(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<std::time::Duration>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::pttl(&ctx, key.as_ref())?;
        crate::convert_ext::reply_to_optional_duration_ms(ferrite_core::Reply::from_integer(res))
    }

    /// Returns a random key name from the database.
    ///
    /// `RANDOMKEY`
    pub fn randomkey(&self) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::randomkey(&ctx)?;
        Ok(res)
    }

    /// Renames a key and overwrites the destination.
    ///
    /// `RENAME key newkey`
    pub fn rename(
        &self,
        key: impl AsRef<[u8]>,
        newkey: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_rename(w, key.as_ref(), newkey.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::rename(&ctx, key.as_ref(), newkey.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Renames a key only when the target key name doesn't exist.
    ///
    /// `RENAMENX key newkey`
    pub fn renamenx(
        &self,
        key: impl AsRef<[u8]>,
        newkey: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_renamenx(w, key.as_ref(), newkey.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::renamenx(&ctx, key.as_ref(), newkey.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Iterates over the key names in the database.
    ///
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
    pub fn scan(&self, cursor: u64) -> ferrite_core::Result<(u64, Vec<Vec<u8>>)> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::scan(&ctx, cursor, None, None, None)?;
        Ok(res)
    }

    /// Iterates over the key names in the database. With every option.
    ///
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
    ///
    /// The optional arguments come from [`ScanOptions`].
    pub fn scan_with(
        &self,
        cursor: u64,
        options: &ScanOptions,
    ) -> ferrite_core::Result<(u64, Vec<Vec<u8>>)> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::scan(
            &ctx,
            cursor,
            options.pattern.as_deref(),
            options.count,
            options.key_type.as_deref(),
        )?;
        Ok(res)
    }

    /// Changes the selected database.
    ///
    /// `SELECT index`
    pub fn select(&self, index: i64) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::select(&ctx, index)?;
        Ok(res)
    }

    /// Returns the expiration time in seconds of a key.
    ///
    /// `TTL key`
    pub fn ttl(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<std::time::Duration>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::ttl(&ctx, key.as_ref())?;
        crate::convert_ext::reply_to_optional_duration_s(ferrite_core::Reply::from_integer(res))
    }

    /// Determines the type of value stored at a key.
    ///
    /// `TYPE key`
    pub fn key_type(
        &self,
        key: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<ferrite_core::KeyType>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::key_type(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Asynchronously deletes one or more keys.
    ///
    /// `UNLINK keys [keys ...]`
    pub fn unlink(&self, keys: &[impl AsRef<[u8]>]) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_unlink(w, &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::unlink(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }
}

impl<'a> Transaction<'a> {
    /// Runs a command given as strings, parsed exactly as Redis parses it, and returns the
    /// reply Redis would send.
    pub fn execute<A: AsRef<[u8]>>(&self, argv: &[A]) -> ferrite_core::Result<ferrite_core::Reply> {
        let argv: Vec<&[u8]> = argv.iter().map(AsRef::as_ref).collect();
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        super::execute::dispatch(&ctx, &argv)
    }

    /// Appends a string to the value of a key; creates the key if it doesn't exist.
    ///
    /// `APPEND key value`
    pub fn append(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_append(w, key.as_ref(), value.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::append(&ctx, key.as_ref(), value.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    ///
    /// `DECR key`
    pub fn decr(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_decr(w, key.as_ref());
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::decr(&ctx, key.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
    ///
    /// `DECRBY key decrement`
    pub fn decr_by(&self, key: impl AsRef<[u8]>, decrement: i64) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_decr_by(w, key.as_ref(), decrement)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::decr_by(&ctx, key.as_ref(), decrement);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the string value of a key.
    ///
    /// `GET key`
    pub fn get(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::get(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// GET, decoded as UTF-8.
    ///
    /// `GET key`
    pub fn get_str(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<String>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::get(&ctx, key.as_ref())?;
        crate::convert_ext::reply_to_optional_string(ferrite_core::Reply::from_optional_bytes(res))
    }

    /// Returns the string value of a key after deleting the key.
    ///
    /// `GETDEL key`
    pub fn getdel(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_getdel(w, key.as_ref());
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::getdel(&ctx, key.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the string value of a key after setting its expiration time.
    ///
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
    pub fn getex(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log =
            |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_getex(w, key.as_ref(), None);
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::getex(&ctx, key.as_ref(), None);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the string value of a key after setting its expiration time. With every option.
    ///
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
    ///
    /// The optional arguments come from [`GetexOptions`].
    pub fn getex_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &GetexOptions,
    ) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_getex(w, key.as_ref(), options.expiration.clone())
        };
        let ctx = ctx.with_log(&log);
        let res =
            ferrite_core::commands::string::getex(&ctx, key.as_ref(), options.expiration.clone());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns a substring of the string stored at a key.
    ///
    /// `GETRANGE key start end`
    pub fn getrange(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        end: i64,
    ) -> ferrite_core::Result<Vec<u8>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::getrange(&ctx, key.as_ref(), start, end)?;
        Ok(res)
    }

    /// Returns the previous string value of a key after setting it to a new value.
    ///
    /// `GETSET key value`
    pub fn getset(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_getset(w, key.as_ref(), value.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::getset(&ctx, key.as_ref(), value.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCR key`
    pub fn incr(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_incr(w, key.as_ref());
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::incr(&ctx, key.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCRBY key increment`
    pub fn incr_by(&self, key: impl AsRef<[u8]>, increment: i64) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_incr_by(w, key.as_ref(), increment)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::incr_by(&ctx, key.as_ref(), increment);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCRBYFLOAT key increment`
    pub fn incr_by_float(
        &self,
        key: impl AsRef<[u8]>,
        increment: f64,
    ) -> ferrite_core::Result<f64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_incr_by_float(w, key.as_ref(), increment)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::incr_by_float(&ctx, key.as_ref(), increment);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Atomically returns the string values of one or more keys.
    ///
    /// `MGET keys [keys ...]`
    pub fn mget(&self, keys: &[impl AsRef<[u8]>]) -> ferrite_core::Result<Vec<Option<Vec<u8>>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::mget(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res)
    }

    /// Atomically creates or modifies the string values of one or more keys.
    ///
    /// `MSET key value [key value ...]`
    pub fn mset(&self, data: &[(impl AsRef<[u8]>, impl AsRef<[u8]>)]) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_mset(
                w,
                &data
                    .iter()
                    .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::mset(
            &ctx,
            &data
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Atomically modifies the string values of one or more keys only when all keys don't exist.
    ///
    /// `MSETNX key value [key value ...]`
    pub fn msetnx(
        &self,
        data: &[(impl AsRef<[u8]>, impl AsRef<[u8]>)],
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_msetnx(
                w,
                &data
                    .iter()
                    .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::msetnx(
            &ctx,
            &data
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist.
    ///
    /// `PSETEX key milliseconds value`
    pub fn psetex(
        &self,
        key: impl AsRef<[u8]>,
        milliseconds: std::time::Duration,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_psetex(
                w,
                key.as_ref(),
                crate::convert_ext::duration_ms(milliseconds),
                value.as_ref(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::psetex(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_ms(milliseconds),
            value.as_ref(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    pub fn set(&self, key: impl AsRef<[u8]>, value: impl AsRef<[u8]>) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_set(w, key.as_ref(), value.as_ref(), None, false, None)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            None,
            false,
            None,
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_ok(ferrite_core::Reply::from_reply(res))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    pub fn set_nx(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_set(
                w,
                key.as_ref(),
                value.as_ref(),
                Some(ferrite_core::commands::string::SetCondition::Nx),
                false,
                None,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            Some(ferrite_core::commands::string::SetCondition::Nx),
            false,
            None,
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_bool(ferrite_core::Reply::from_reply(res))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    pub fn set_xx(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_set(
                w,
                key.as_ref(),
                value.as_ref(),
                Some(ferrite_core::commands::string::SetCondition::Xx),
                false,
                None,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            Some(ferrite_core::commands::string::SetCondition::Xx),
            false,
            None,
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_bool(ferrite_core::Reply::from_reply(res))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    pub fn set_ex(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
        milliseconds: std::time::Duration,
    ) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_set(
                w,
                key.as_ref(),
                value.as_ref(),
                None,
                false,
                Some(ferrite_core::commands::string::SetExpiration::Px(
                    crate::convert_ext::duration_ms(milliseconds),
                )),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            None,
            false,
            Some(ferrite_core::commands::string::SetExpiration::Px(
                crate::convert_ext::duration_ms(milliseconds),
            )),
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_ok(ferrite_core::Reply::from_reply(res))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    ///
    /// The optional arguments come from [`SetOptions`].
    pub fn set_with(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
        options: &SetOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_set(
                w,
                key.as_ref(),
                value.as_ref(),
                options.condition.clone(),
                options.get,
                options.expiration.clone(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            options.condition.clone(),
            options.get,
            options.expiration.clone(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the string value and expiration time of a key; creates the key if it doesn't exist.
    ///
    /// `SETEX key seconds value`
    pub fn setex(
        &self,
        key: impl AsRef<[u8]>,
        seconds: std::time::Duration,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_setex(
                w,
                key.as_ref(),
                crate::convert_ext::duration_s(seconds),
                value.as_ref(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::setex(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_s(seconds),
            value.as_ref(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Set the string value of a key only when the key doesn't exist.
    ///
    /// `SETNX key value`
    pub fn setnx(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_setnx(w, key.as_ref(), value.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::string::setnx(&ctx, key.as_ref(), value.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist.
    ///
    /// `SETRANGE key offset value`
    pub fn setrange(
        &self,
        key: impl AsRef<[u8]>,
        offset: i64,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_setrange(w, key.as_ref(), offset, value.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res =
            ferrite_core::commands::string::setrange(&ctx, key.as_ref(), offset, value.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the length of a string value.
    ///
    /// `STRLEN key`
    pub fn strlen(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::strlen(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Deletes one or more fields from a hash; the key is deleted when no field is left.
    ///
    /// `HDEL key fields [fields ...]`
    pub fn hdel(
        &self,
        key: impl AsRef<[u8]>,
        fields: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hdel(
                w,
                key.as_ref(),
                &fields.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::hash::hdel(
            &ctx,
            key.as_ref(),
            &fields.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Tells whether a field exists in a hash.
    ///
    /// `HEXISTS key field`
    pub fn hexists(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hexists(&ctx, key.as_ref(), field.as_ref())?;
        Ok(res)
    }

    /// Returns the value of a field in a hash.
    ///
    /// `HGET key field`
    pub fn hget(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hget(&ctx, key.as_ref(), field.as_ref())?;
        Ok(res)
    }

    /// HGET, decoded as UTF-8.
    ///
    /// `HGET key field`
    pub fn hget_str(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<String>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hget(&ctx, key.as_ref(), field.as_ref())?;
        crate::convert_ext::reply_to_optional_string(ferrite_core::Reply::from_optional_bytes(res))
    }

    /// Returns every field and value of a hash.
    ///
    /// `HGETALL key`
    pub fn hgetall(
        &self,
        key: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<std::collections::HashMap<Vec<u8>, Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hgetall(&ctx, key.as_ref())?;
        Ok(res.into_iter().collect())
    }

    /// Increments the integer value of a hash field by a number; a missing field counts as 0.
    ///
    /// `HINCRBY key field delta`
    pub fn hincrby(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
        delta: i64,
    ) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hincrby(w, key.as_ref(), field.as_ref(), delta)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::hash::hincrby(&ctx, key.as_ref(), field.as_ref(), delta);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Increments the floating-point value of a hash field by a number; a missing field counts as 0.
    ///
    /// `HINCRBYFLOAT key field delta`
    pub fn hincrbyfloat(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
        delta: f64,
    ) -> ferrite_core::Result<f64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hincrbyfloat(w, key.as_ref(), field.as_ref(), delta)
        };
        let ctx = ctx.with_log(&log);
        let res =
            ferrite_core::commands::hash::hincrbyfloat(&ctx, key.as_ref(), field.as_ref(), delta);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns every field of a hash.
    ///
    /// `HKEYS key`
    pub fn hkeys(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hkeys(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the number of fields in a hash.
    ///
    /// `HLEN key`
    pub fn hlen(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hlen(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the values of the given fields of a hash, nil for each missing one.
    ///
    /// `HMGET key fields [fields ...]`
    pub fn hmget(
        &self,
        key: impl AsRef<[u8]>,
        fields: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<Vec<Option<Vec<u8>>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hmget(
            &ctx,
            key.as_ref(),
            &fields.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res)
    }

    /// Sets the values of one or more fields of a hash (deprecated in favour of HSET).
    ///
    /// `HMSET key field value [field value ...]`
    pub fn hmset(
        &self,
        key: impl AsRef<[u8]>,
        pairs: &[(impl AsRef<[u8]>, impl AsRef<[u8]>)],
    ) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hmset(
                w,
                key.as_ref(),
                &pairs
                    .iter()
                    .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::hash::hmset(
            &ctx,
            key.as_ref(),
            &pairs
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets one field; true when the field is new.
    ///
    /// `HSET key field value [field value ...]`
    pub fn hset(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hset(w, key.as_ref(), &[(field.as_ref(), value.as_ref())])
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::hash::hset(
            &ctx,
            key.as_ref(),
            &[(field.as_ref(), value.as_ref())],
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_bool(ferrite_core::Reply::from_count(res))
    }

    /// Sets several fields; returns how many are new.
    ///
    /// `HSET key field value [field value ...]`
    pub fn hset_multiple(
        &self,
        key: impl AsRef<[u8]>,
        pairs: &[(impl AsRef<[u8]>, impl AsRef<[u8]>)],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hset(
                w,
                key.as_ref(),
                &pairs
                    .iter()
                    .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::hash::hset(
            &ctx,
            key.as_ref(),
            &pairs
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the value of a hash field only if the field does not exist yet.
    ///
    /// `HSETNX key field value`
    pub fn hsetnx(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_hsetnx(w, key.as_ref(), field.as_ref(), value.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::hash::hsetnx(
            &ctx,
            key.as_ref(),
            field.as_ref(),
            value.as_ref(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the length in bytes of the value of a hash field (0 when missing).
    ///
    /// `HSTRLEN key field`
    pub fn hstrlen(
        &self,
        key: impl AsRef<[u8]>,
        field: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hstrlen(&ctx, key.as_ref(), field.as_ref())?;
        Ok(res)
    }

    /// Returns every value of a hash.
    ///
    /// `HVALS key`
    pub fn hvals(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::hash::hvals(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the element at an index of a list (negative indexes count from the tail).
    ///
    /// `LINDEX key index`
    pub fn lindex(
        &self,
        key: impl AsRef<[u8]>,
        index: i64,
    ) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::lindex(&ctx, key.as_ref(), index)?;
        Ok(res)
    }

    /// Inserts an element before or after the first occurrence of a pivot in a list.
    ///
    /// `LINSERT key <BEFORE | AFTER> pivot element`
    pub fn linsert(
        &self,
        key: impl AsRef<[u8]>,
        position: ferrite_core::commands::list::InsertPosition,
        pivot: impl AsRef<[u8]>,
        element: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_linsert(w, key.as_ref(), position, pivot.as_ref(), element.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::linsert(
            &ctx,
            key.as_ref(),
            position,
            pivot.as_ref(),
            element.as_ref(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the length of a list (0 when the key is missing).
    ///
    /// `LLEN key`
    pub fn llen(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::llen(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Pops an element from one end of a list and pushes it onto one end of another (or the same) list.
    ///
    /// `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
    pub fn lmove(
        &self,
        source: impl AsRef<[u8]>,
        destination: impl AsRef<[u8]>,
        wherefrom: ferrite_core::commands::list::ListEnd,
        whereto: ferrite_core::commands::list::ListEnd,
    ) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lmove(w, source.as_ref(), destination.as_ref(), wherefrom, whereto)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lmove(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            wherefrom,
            whereto,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Pops one element.
    ///
    /// `LPOP key [count]`
    pub fn lpop(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log =
            |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_lpop(w, key.as_ref(), None);
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lpop(&ctx, key.as_ref(), None);
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_optional_bytes(ferrite_core::Reply::from_reply(res))
    }

    /// Pops up to count elements; None when the key is missing.
    ///
    /// `LPOP key [count]`
    pub fn lpop_count(
        &self,
        key: impl AsRef<[u8]>,
        count: i64,
    ) -> ferrite_core::Result<Option<Vec<Vec<u8>>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lpop(w, key.as_ref(), Some(count))
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lpop(&ctx, key.as_ref(), Some(count));
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_optional_list(ferrite_core::Reply::from_reply(res))
    }

    /// Removes and returns the first element of a list, or with a count the first count elements. With every option.
    ///
    /// `LPOP key [count]`
    ///
    /// The optional arguments come from [`LpopOptions`].
    pub fn lpop_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &LpopOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lpop(w, key.as_ref(), options.count)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lpop(&ctx, key.as_ref(), options.count);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// The index of the match, or None.
    ///
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    pub fn lpos(
        &self,
        key: impl AsRef<[u8]>,
        element: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<usize>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::lpos(
            &ctx,
            key.as_ref(),
            element.as_ref(),
            None,
            None,
            None,
        )?;
        crate::convert_ext::reply_to_optional_count(ferrite_core::Reply::from_reply(res))
    }

    /// The indexes of up to count matches (0: all).
    ///
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    pub fn lpos_count(
        &self,
        key: impl AsRef<[u8]>,
        element: impl AsRef<[u8]>,
        count: i64,
    ) -> ferrite_core::Result<Vec<i64>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::lpos(
            &ctx,
            key.as_ref(),
            element.as_ref(),
            None,
            Some(count),
            None,
        )?;
        crate::convert_ext::reply_to_integer_list(ferrite_core::Reply::from_reply(res))
    }

    /// Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option.
    ///
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    ///
    /// The optional arguments come from [`LposOptions`].
    pub fn lpos_with(
        &self,
        key: impl AsRef<[u8]>,
        element: impl AsRef<[u8]>,
        options: &LposOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::lpos(
            &ctx,
            key.as_ref(),
            element.as_ref(),
            options.rank,
            options.count,
            options.maxlen,
        )?;
        Ok(res)
    }

    /// Prepends one or more elements to a list, creating it if needed; returns the new length.
    ///
    /// `LPUSH key values [values ...]`
    pub fn lpush(
        &self,
        key: impl AsRef<[u8]>,
        values: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lpush(
                w,
                key.as_ref(),
                &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lpush(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Prepends elements to a list only if the list exists; returns the new length (0 when missing).
    ///
    /// `LPUSHX key values [values ...]`
    pub fn lpushx(
        &self,
        key: impl AsRef<[u8]>,
        values: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lpushx(
                w,
                key.as_ref(),
                &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lpushx(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list).
    ///
    /// `LRANGE key start stop`
    pub fn lrange(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::lrange(&ctx, key.as_ref(), start, stop)?;
        Ok(res)
    }

    /// Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all).
    ///
    /// `LREM key count element`
    pub fn lrem(
        &self,
        key: impl AsRef<[u8]>,
        count: i64,
        element: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lrem(w, key.as_ref(), count, element.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lrem(&ctx, key.as_ref(), count, element.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the element at an index of a list (negative indexes count from the tail).
    ///
    /// `LSET key index element`
    pub fn lset(
        &self,
        key: impl AsRef<[u8]>,
        index: i64,
        element: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_lset(w, key.as_ref(), index, element.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::lset(&ctx, key.as_ref(), index, element.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
    ///
    /// `LTRIM key start stop`
    pub fn ltrim(&self, key: impl AsRef<[u8]>, start: i64, stop: i64) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_ltrim(w, key.as_ref(), start, stop)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::ltrim(&ctx, key.as_ref(), start, stop);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Pops one element.
    ///
    /// `RPOP key [count]`
    pub fn rpop(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log =
            |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_rpop(w, key.as_ref(), None);
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::rpop(&ctx, key.as_ref(), None);
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_optional_bytes(ferrite_core::Reply::from_reply(res))
    }

    /// Pops up to count elements; None when the key is missing.
    ///
    /// `RPOP key [count]`
    pub fn rpop_count(
        &self,
        key: impl AsRef<[u8]>,
        count: i64,
    ) -> ferrite_core::Result<Option<Vec<Vec<u8>>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_rpop(w, key.as_ref(), Some(count))
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::rpop(&ctx, key.as_ref(), Some(count));
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_optional_list(ferrite_core::Reply::from_reply(res))
    }

    /// Removes and returns the last element of a list, or with a count the last count elements. With every option.
    ///
    /// `RPOP key [count]`
    ///
    /// The optional arguments come from [`RpopOptions`].
    pub fn rpop_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &RpopOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_rpop(w, key.as_ref(), options.count)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::rpop(&ctx, key.as_ref(), options.count);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Appends one or more elements to a list, creating it if needed; returns the new length.
    ///
    /// `RPUSH key values [values ...]`
    pub fn rpush(
        &self,
        key: impl AsRef<[u8]>,
        values: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_rpush(
                w,
                key.as_ref(),
                &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::rpush(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Appends elements to a list only if the list exists; returns the new length (0 when missing).
    ///
    /// `RPUSHX key values [values ...]`
    pub fn rpushx(
        &self,
        key: impl AsRef<[u8]>,
        values: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_rpushx(
                w,
                key.as_ref(),
                &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::list::rpushx(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Adds one or more members to a set; the key is created if it doesn't exist.
    ///
    /// `SADD key members [members ...]`
    pub fn sadd(
        &self,
        key: impl AsRef<[u8]>,
        members: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_sadd(
                w,
                key.as_ref(),
                &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::sadd(
            &ctx,
            key.as_ref(),
            &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the number of members in a set.
    ///
    /// `SCARD key`
    pub fn scard(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::scard(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the members of the first set that are in none of the following sets.
    ///
    /// `SDIFF keys [keys ...]`
    pub fn sdiff(
        &self,
        keys: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<std::collections::HashSet<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::sdiff(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res.into_iter().collect())
    }

    /// Stores the difference of sets in a key (deleting it when the result is empty); returns its size.
    ///
    /// `SDIFFSTORE destination keys [keys ...]`
    pub fn sdiffstore(
        &self,
        destination: impl AsRef<[u8]>,
        keys: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_sdiffstore(
                w,
                destination.as_ref(),
                &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::sdiffstore(
            &ctx,
            destination.as_ref(),
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the members present in every given set.
    ///
    /// `SINTER keys [keys ...]`
    pub fn sinter(
        &self,
        keys: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<std::collections::HashSet<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::sinter(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res.into_iter().collect())
    }

    /// Stores the intersection of sets in a key (deleting it when the result is empty); returns its size.
    ///
    /// `SINTERSTORE destination keys [keys ...]`
    pub fn sinterstore(
        &self,
        destination: impl AsRef<[u8]>,
        keys: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_sinterstore(
                w,
                destination.as_ref(),
                &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::sinterstore(
            &ctx,
            destination.as_ref(),
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Determines whether a member belongs to a set.
    ///
    /// `SISMEMBER key member`
    pub fn sismember(
        &self,
        key: impl AsRef<[u8]>,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::sismember(&ctx, key.as_ref(), member.as_ref())?;
        Ok(res)
    }

    /// Returns all members of a set.
    ///
    /// `SMEMBERS key`
    pub fn smembers(
        &self,
        key: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<std::collections::HashSet<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::smembers(&ctx, key.as_ref())?;
        Ok(res.into_iter().collect())
    }

    /// Determines whether each of several members belongs to a set.
    ///
    /// `SMISMEMBER key members [members ...]`
    pub fn smismember(
        &self,
        key: impl AsRef<[u8]>,
        members: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<Vec<bool>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::smismember(
            &ctx,
            key.as_ref(),
            &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res)
    }

    /// Moves a member from one set to another.
    ///
    /// `SMOVE source destination member`
    pub fn smove(
        &self,
        source: impl AsRef<[u8]>,
        destination: impl AsRef<[u8]>,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_smove(w, source.as_ref(), destination.as_ref(), member.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::smove(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            member.as_ref(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// SPOP without count: one random member, or None.
    ///
    /// `SPOP key [count]`
    pub fn spop(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log =
            |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_spop(w, key.as_ref(), None);
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::spop(&ctx, key.as_ref(), None);
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_optional_bytes(ferrite_core::Reply::from_reply(res))
    }

    /// SPOP with count: up to count random members.
    ///
    /// `SPOP key [count]`
    pub fn spop_count(
        &self,
        key: impl AsRef<[u8]>,
        count: i64,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_spop(w, key.as_ref(), Some(count))
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::spop(&ctx, key.as_ref(), Some(count));
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_list(ferrite_core::Reply::from_reply(res))
    }

    /// Removes and returns one or several random members of a set; the key is deleted when emptied. With every option.
    ///
    /// `SPOP key [count]`
    ///
    /// The optional arguments come from [`SpopOptions`].
    pub fn spop_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &SpopOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_spop(w, key.as_ref(), options.count)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::spop(&ctx, key.as_ref(), options.count);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// SRANDMEMBER without count: one random member, or None.
    ///
    /// `SRANDMEMBER key [count]`
    pub fn srandmember(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::srandmember(&ctx, key.as_ref(), None)?;
        crate::convert_ext::reply_to_optional_bytes(ferrite_core::Reply::from_reply(res))
    }

    /// SRANDMEMBER with count (negative: may repeat).
    ///
    /// `SRANDMEMBER key [count]`
    pub fn srandmember_count(
        &self,
        key: impl AsRef<[u8]>,
        count: i64,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::srandmember(&ctx, key.as_ref(), Some(count))?;
        crate::convert_ext::reply_to_list(ferrite_core::Reply::from_reply(res))
    }

    /// Returns one or several random members of a set; a negative count allows repeats. With every option.
    ///
    /// `SRANDMEMBER key [count]`
    ///
    /// The optional arguments come from [`SrandmemberOptions`].
    pub fn srandmember_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &SrandmemberOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::srandmember(&ctx, key.as_ref(), options.count)?;
        Ok(res)
    }

    /// Removes one or more members from a set; the key is deleted when emptied.
    ///
    /// `SREM key members [members ...]`
    pub fn srem(
        &self,
        key: impl AsRef<[u8]>,
        members: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_srem(
                w,
                key.as_ref(),
                &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::srem(
            &ctx,
            key.as_ref(),
            &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the members of the union of the given sets.
    ///
    /// `SUNION keys [keys ...]`
    pub fn sunion(
        &self,
        keys: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<std::collections::HashSet<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::set::sunion(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res.into_iter().collect())
    }

    /// Stores the union of sets in a key (deleting it when the result is empty); returns its size.
    ///
    /// `SUNIONSTORE destination keys [keys ...]`
    pub fn sunionstore(
        &self,
        destination: impl AsRef<[u8]>,
        keys: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_sunionstore(
                w,
                destination.as_ref(),
                &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::set::sunionstore(
            &ctx,
            destination.as_ref(),
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Adds or updates members; returns how many were added.
    ///
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    pub fn zadd(
        &self,
        key: impl AsRef<[u8]>,
        members: &[(f64, impl AsRef<[u8]>)],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zadd(
                w,
                key.as_ref(),
                false,
                false,
                false,
                false,
                false,
                false,
                &members
                    .iter()
                    .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zadd(
            &ctx,
            key.as_ref(),
            false,
            false,
            false,
            false,
            false,
            false,
            &members
                .iter()
                .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_count(ferrite_core::Reply::from_reply(res))
    }

    /// Adds new members only; returns how many were added.
    ///
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    pub fn zadd_nx(
        &self,
        key: impl AsRef<[u8]>,
        members: &[(f64, impl AsRef<[u8]>)],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zadd(
                w,
                key.as_ref(),
                true,
                false,
                false,
                false,
                false,
                false,
                &members
                    .iter()
                    .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zadd(
            &ctx,
            key.as_ref(),
            true,
            false,
            false,
            false,
            false,
            false,
            &members
                .iter()
                .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_count(ferrite_core::Reply::from_reply(res))
    }

    /// Updates existing members only.
    ///
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    pub fn zadd_xx(
        &self,
        key: impl AsRef<[u8]>,
        members: &[(f64, impl AsRef<[u8]>)],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zadd(
                w,
                key.as_ref(),
                false,
                true,
                false,
                false,
                false,
                false,
                &members
                    .iter()
                    .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zadd(
            &ctx,
            key.as_ref(),
            false,
            true,
            false,
            false,
            false,
            false,
            &members
                .iter()
                .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_count(ferrite_core::Reply::from_reply(res))
    }

    /// Increments one member's score (ZADD INCR); returns the new score.
    ///
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    pub fn zadd_incr(
        &self,
        key: impl AsRef<[u8]>,
        score: f64,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<f64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zadd(
                w,
                key.as_ref(),
                false,
                false,
                false,
                false,
                false,
                true,
                &[(score, member.as_ref())],
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zadd(
            &ctx,
            key.as_ref(),
            false,
            false,
            false,
            false,
            false,
            true,
            &[(score, member.as_ref())],
        );
        ctx.commit()?;
        let res = res?;
        crate::convert_ext::reply_to_float(ferrite_core::Reply::from_reply(res))
    }

    /// Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option.
    ///
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    ///
    /// The optional arguments come from [`ZaddOptions`].
    pub fn zadd_with(
        &self,
        key: impl AsRef<[u8]>,
        members: &[(f64, impl AsRef<[u8]>)],
        options: &ZaddOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zadd(
                w,
                key.as_ref(),
                options.nx,
                options.xx,
                options.gt,
                options.lt,
                options.ch,
                options.incr,
                &members
                    .iter()
                    .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                    .collect::<Vec<_>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zadd(
            &ctx,
            key.as_ref(),
            options.nx,
            options.xx,
            options.gt,
            options.lt,
            options.ch,
            options.incr,
            &members
                .iter()
                .map(|(m0, m1)| (m0.clone(), m1.as_ref()))
                .collect::<Vec<_>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the number of members in a sorted set.
    ///
    /// `ZCARD key`
    pub fn zcard(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zcard(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the number of members whose score lies within a range.
    ///
    /// `ZCOUNT key min max`
    pub fn zcount(
        &self,
        key: impl AsRef<[u8]>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zcount(&ctx, key.as_ref(), min.into(), max.into())?;
        Ok(res)
    }

    /// Increments the score of a member (adding it with the increment as score if absent); returns the new score.
    ///
    /// `ZINCRBY key increment member`
    pub fn zincrby(
        &self,
        key: impl AsRef<[u8]>,
        increment: f64,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<f64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zincrby(w, key.as_ref(), increment, member.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res =
            ferrite_core::commands::zset::zincrby(&ctx, key.as_ref(), increment, member.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the scores of several members (nil for each missing one).
    ///
    /// `ZMSCORE key members [members ...]`
    pub fn zmscore(
        &self,
        key: impl AsRef<[u8]>,
        members: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<Vec<Option<f64>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zmscore(
            &ctx,
            key.as_ref(),
            &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res)
    }

    /// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied.
    ///
    /// `ZPOPMAX key [count]`
    pub fn zpopmax(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zpopmax(w, key.as_ref(), None)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zpopmax(&ctx, key.as_ref(), None);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option.
    ///
    /// `ZPOPMAX key [count]`
    ///
    /// The optional arguments come from [`ZpopmaxOptions`].
    pub fn zpopmax_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &ZpopmaxOptions,
    ) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zpopmax(w, key.as_ref(), options.count)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zpopmax(&ctx, key.as_ref(), options.count);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied.
    ///
    /// `ZPOPMIN key [count]`
    pub fn zpopmin(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zpopmin(w, key.as_ref(), None)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zpopmin(&ctx, key.as_ref(), None);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option.
    ///
    /// `ZPOPMIN key [count]`
    ///
    /// The optional arguments come from [`ZpopminOptions`].
    pub fn zpopmin_with(
        &self,
        key: impl AsRef<[u8]>,
        options: &ZpopminOptions,
    ) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zpopmin(w, key.as_ref(), options.count)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zpopmin(&ctx, key.as_ref(), options.count);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Members between two ranks (negative counts from the end).
    ///
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    pub fn zrange(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrange(
            &ctx,
            key.as_ref(),
            start.to_string().as_bytes(),
            stop.to_string().as_bytes(),
            None,
            false,
            None,
            false,
        )?;
        crate::convert_ext::reply_to_list(ferrite_core::Reply::from_reply(res))
    }

    /// Members and scores between two ranks.
    ///
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    pub fn zrange_with_scores(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
    ) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrange(
            &ctx,
            key.as_ref(),
            start.to_string().as_bytes(),
            stop.to_string().as_bytes(),
            None,
            false,
            None,
            true,
        )?;
        crate::convert_ext::reply_to_scored_list(ferrite_core::Reply::from_reply(res))
    }

    /// Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option.
    ///
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    ///
    /// The optional arguments come from [`ZrangeOptions`].
    pub fn zrange_with(
        &self,
        key: impl AsRef<[u8]>,
        start: impl AsRef<[u8]>,
        stop: impl AsRef<[u8]>,
        options: &ZrangeOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrange(
            &ctx,
            key.as_ref(),
            start.as_ref(),
            stop.as_ref(),
            options.by.clone(),
            options.rev,
            options.limit.as_ref().map(|(m0, m1)| (*m0, *m1)),
            options.withscores,
        )?;
        Ok(res)
    }

    /// Members with min <= score <= max.
    ///
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    pub fn zrangebyscore(
        &self,
        key: impl AsRef<[u8]>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrangebyscore(
            &ctx,
            key.as_ref(),
            min.into(),
            max.into(),
            false,
            None,
        )?;
        crate::convert_ext::reply_to_list(ferrite_core::Reply::from_reply(res))
    }

    /// Members and scores with min <= score <= max.
    ///
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    pub fn zrangebyscore_with_scores(
        &self,
        key: impl AsRef<[u8]>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
    ) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrangebyscore(
            &ctx,
            key.as_ref(),
            min.into(),
            max.into(),
            true,
            None,
        )?;
        crate::convert_ext::reply_to_scored_list(ferrite_core::Reply::from_reply(res))
    }

    /// Returns members whose score lies within a range, in ascending order. With every option.
    ///
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    ///
    /// The optional arguments come from [`ZrangebyscoreOptions`].
    pub fn zrangebyscore_with(
        &self,
        key: impl AsRef<[u8]>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
        options: &ZrangebyscoreOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrangebyscore(
            &ctx,
            key.as_ref(),
            min.into(),
            max.into(),
            options.withscores,
            options.limit.as_ref().map(|(m0, m1)| (*m0, *m1)),
        )?;
        Ok(res)
    }

    /// Returns the rank of a member in ascending score order (nil if absent).
    ///
    /// `ZRANK key member`
    pub fn zrank(
        &self,
        key: impl AsRef<[u8]>,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<usize>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrank(&ctx, key.as_ref(), member.as_ref())?;
        Ok(res)
    }

    /// Removes one or more members from a sorted set; the key is deleted when emptied.
    ///
    /// `ZREM key members [members ...]`
    pub fn zrem(
        &self,
        key: impl AsRef<[u8]>,
        members: &[impl AsRef<[u8]>],
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zrem(
                w,
                key.as_ref(),
                &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zrem(
            &ctx,
            key.as_ref(),
            &members.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Removes the members within a range of ranks; returns how many were removed.
    ///
    /// `ZREMRANGEBYRANK key start stop`
    pub fn zremrangebyrank(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zremrangebyrank(w, key.as_ref(), start, stop)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zremrangebyrank(&ctx, key.as_ref(), start, stop);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Removes the members whose score lies within a range; returns how many were removed.
    ///
    /// `ZREMRANGEBYSCORE key min max`
    pub fn zremrangebyscore(
        &self,
        key: impl AsRef<[u8]>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
    ) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let min: ferrite_core::commands::zset::ScoreBound = min.into();
        let max: ferrite_core::commands::zset::ScoreBound = max.into();
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_zremrangebyscore(w, key.as_ref(), min, max)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::zset::zremrangebyscore(&ctx, key.as_ref(), min, max);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Members between two ranks, highest score first.
    ///
    /// `ZREVRANGE key start stop [WITHSCORES]`
    pub fn zrevrange(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrange(&ctx, key.as_ref(), start, stop, false)?;
        crate::convert_ext::reply_to_list(ferrite_core::Reply::from_reply(res))
    }

    /// Members and scores between two ranks, highest score first.
    ///
    /// `ZREVRANGE key start stop [WITHSCORES]`
    pub fn zrevrange_with_scores(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
    ) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrange(&ctx, key.as_ref(), start, stop, true)?;
        crate::convert_ext::reply_to_scored_list(ferrite_core::Reply::from_reply(res))
    }

    /// Returns members in a range of ranks, in descending score order. With every option.
    ///
    /// `ZREVRANGE key start stop [WITHSCORES]`
    ///
    /// The optional arguments come from [`ZrevrangeOptions`].
    pub fn zrevrange_with(
        &self,
        key: impl AsRef<[u8]>,
        start: i64,
        stop: i64,
        options: &ZrevrangeOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrange(
            &ctx,
            key.as_ref(),
            start,
            stop,
            options.withscores,
        )?;
        Ok(res)
    }

    /// Members with max >= score >= min, highest first.
    ///
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    pub fn zrevrangebyscore(
        &self,
        key: impl AsRef<[u8]>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
    ) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrangebyscore(
            &ctx,
            key.as_ref(),
            max.into(),
            min.into(),
            false,
            None,
        )?;
        crate::convert_ext::reply_to_list(ferrite_core::Reply::from_reply(res))
    }

    /// Members and scores with max >= score >= min, highest first.
    ///
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    pub fn zrevrangebyscore_with_scores(
        &self,
        key: impl AsRef<[u8]>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
    ) -> ferrite_core::Result<Vec<(Vec<u8>, f64)>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrangebyscore(
            &ctx,
            key.as_ref(),
            max.into(),
            min.into(),
            true,
            None,
        )?;
        crate::convert_ext::reply_to_scored_list(ferrite_core::Reply::from_reply(res))
    }

    /// Returns members whose score lies within a range, in descending order (the range is given as max min). With every option.
    ///
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    ///
    /// The optional arguments come from [`ZrevrangebyscoreOptions`].
    pub fn zrevrangebyscore_with(
        &self,
        key: impl AsRef<[u8]>,
        max: impl Into<ferrite_core::commands::zset::ScoreBound>,
        min: impl Into<ferrite_core::commands::zset::ScoreBound>,
        options: &ZrevrangebyscoreOptions,
    ) -> ferrite_core::Result<ferrite_core::Reply> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrangebyscore(
            &ctx,
            key.as_ref(),
            max.into(),
            min.into(),
            options.withscores,
            options.limit.as_ref().map(|(m0, m1)| (*m0, *m1)),
        )?;
        Ok(res)
    }

    /// Returns the rank of a member in descending score order (nil if absent).
    ///
    /// `ZREVRANK key member`
    pub fn zrevrank(
        &self,
        key: impl AsRef<[u8]>,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<usize>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zrevrank(&ctx, key.as_ref(), member.as_ref())?;
        Ok(res)
    }

    /// Returns the score of a member (nil if absent).
    ///
    /// `ZSCORE key member`
    pub fn zscore(
        &self,
        key: impl AsRef<[u8]>,
        member: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<f64>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::zset::zscore(&ctx, key.as_ref(), member.as_ref())?;
        Ok(res)
    }

    /// Copies the value of a key to a new key.
    ///
    /// `COPY source destination [DB destination-db] [REPLACE]`
    pub fn copy(
        &self,
        source: impl AsRef<[u8]>,
        destination: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_copy(w, source.as_ref(), destination.as_ref(), None, false)
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::copy(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            None,
            false,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Copies the value of a key to a new key. With every option.
    ///
    /// `COPY source destination [DB destination-db] [REPLACE]`
    ///
    /// The optional arguments come from [`CopyOptions`].
    pub fn copy_with(
        &self,
        source: impl AsRef<[u8]>,
        destination: impl AsRef<[u8]>,
        options: &CopyOptions,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(true)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_copy(
                w,
                source.as_ref(),
                destination.as_ref(),
                options.destination_db,
                options.replace,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::copy(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            options.destination_db,
            options.replace,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the number of keys in the database.
    ///
    /// `DBSIZE`
    pub fn dbsize(&self) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::dbsize(&ctx)?;
        Ok(res)
    }

    /// Deletes one or more keys.
    ///
    /// `DEL keys [keys ...]`
    pub fn del(&self, keys: &[impl AsRef<[u8]>]) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_del(w, &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::del(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Determines whether one or more keys exist.
    ///
    /// `EXISTS keys [keys ...]`
    pub fn exists(&self, keys: &[impl AsRef<[u8]>]) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::exists(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res)
    }

    /// Sets the expiration time of a key in seconds.
    ///
    /// `EXPIRE key seconds [NX] [XX] [GT] [LT]`
    pub fn expire(
        &self,
        key: impl AsRef<[u8]>,
        seconds: std::time::Duration,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_expire(
                w,
                key.as_ref(),
                crate::convert_ext::duration_s(seconds),
                false,
                false,
                false,
                false,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::expire(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_s(seconds),
            false,
            false,
            false,
            false,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key in seconds. With every option.
    ///
    /// `EXPIRE key seconds [NX] [XX] [GT] [LT]`
    ///
    /// The optional arguments come from [`ExpireOptions`].
    pub fn expire_with(
        &self,
        key: impl AsRef<[u8]>,
        seconds: i64,
        options: &ExpireOptions,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_expire(
                w,
                key.as_ref(),
                seconds,
                options.nx,
                options.xx,
                options.gt,
                options.lt,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::expire(
            &ctx,
            key.as_ref(),
            seconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key to a Unix timestamp in seconds.
    ///
    /// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
    pub fn expire_at(
        &self,
        key: impl AsRef<[u8]>,
        unix_time_seconds: std::time::SystemTime,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_expire_at(
                w,
                key.as_ref(),
                crate::convert_ext::unix_time_s(unix_time_seconds),
                false,
                false,
                false,
                false,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::expire_at(
            &ctx,
            key.as_ref(),
            crate::convert_ext::unix_time_s(unix_time_seconds),
            false,
            false,
            false,
            false,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key to a Unix timestamp in seconds. With every option.
    ///
    /// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
    ///
    /// The optional arguments come from [`ExpireAtOptions`].
    pub fn expire_at_with(
        &self,
        key: impl AsRef<[u8]>,
        unix_time_seconds: i64,
        options: &ExpireAtOptions,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_expire_at(
                w,
                key.as_ref(),
                unix_time_seconds,
                options.nx,
                options.xx,
                options.gt,
                options.lt,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::expire_at(
            &ctx,
            key.as_ref(),
            unix_time_seconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the expiration time of a key as a Unix timestamp in seconds.
    ///
    /// `EXPIRETIME key`
    pub fn expiretime(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::expiretime(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Removes all keys from all databases.
    ///
    /// `FLUSHALL [ASYNC | SYNC]`
    pub fn flushall(&self) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_flushall(w, None);
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::flushall(&ctx, None);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Removes all keys from all databases. With every option.
    ///
    /// `FLUSHALL [ASYNC | SYNC]`
    ///
    /// The optional arguments come from [`FlushallOptions`].
    pub fn flushall_with(&self, options: &FlushallOptions) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_flushall(w, options.mode.clone())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::flushall(&ctx, options.mode.clone());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Remove all keys from the current database.
    ///
    /// `FLUSHDB [ASYNC | SYNC]`
    pub fn flushdb(&self) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_flushdb(w, None);
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::flushdb(&ctx, None);
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Remove all keys from the current database. With every option.
    ///
    /// `FLUSHDB [ASYNC | SYNC]`
    ///
    /// The optional arguments come from [`FlushdbOptions`].
    pub fn flushdb_with(&self, options: &FlushdbOptions) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_flushdb(w, options.mode.clone())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::flushdb(&ctx, options.mode.clone());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns all key names that match a pattern.
    ///
    /// `KEYS pattern`
    pub fn keys(&self, pattern: impl AsRef<[u8]>) -> ferrite_core::Result<Vec<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::keys(&ctx, pattern.as_ref())?;
        Ok(res)
    }

    /// Removes the expiration time of a key.
    ///
    /// `PERSIST key`
    pub fn persist(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log =
            |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| log_persist(w, key.as_ref());
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::persist(&ctx, key.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key in milliseconds.
    ///
    /// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
    pub fn pexpire(
        &self,
        key: impl AsRef<[u8]>,
        milliseconds: std::time::Duration,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_pexpire(
                w,
                key.as_ref(),
                crate::convert_ext::duration_ms(milliseconds),
                false,
                false,
                false,
                false,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::pexpire(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_ms(milliseconds),
            false,
            false,
            false,
            false,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key in milliseconds. With every option.
    ///
    /// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
    ///
    /// The optional arguments come from [`PexpireOptions`].
    pub fn pexpire_with(
        &self,
        key: impl AsRef<[u8]>,
        milliseconds: i64,
        options: &PexpireOptions,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_pexpire(
                w,
                key.as_ref(),
                milliseconds,
                options.nx,
                options.xx,
                options.gt,
                options.lt,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::pexpire(
            &ctx,
            key.as_ref(),
            milliseconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key to a Unix milliseconds timestamp.
    ///
    /// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
    pub fn pexpire_at(
        &self,
        key: impl AsRef<[u8]>,
        unix_time_milliseconds: std::time::SystemTime,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_pexpire_at(
                w,
                key.as_ref(),
                crate::convert_ext::unix_time_ms(unix_time_milliseconds),
                false,
                false,
                false,
                false,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::pexpire_at(
            &ctx,
            key.as_ref(),
            crate::convert_ext::unix_time_ms(unix_time_milliseconds),
            false,
            false,
            false,
            false,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Sets the expiration time of a key to a Unix milliseconds timestamp. With every option.
    ///
    /// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
    ///
    /// The optional arguments come from [`PexpireAtOptions`].
    pub fn pexpire_at_with(
        &self,
        key: impl AsRef<[u8]>,
        unix_time_milliseconds: i64,
        options: &PexpireAtOptions,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_pexpire_at(
                w,
                key.as_ref(),
                unix_time_milliseconds,
                options.nx,
                options.xx,
                options.gt,
                options.lt,
            )
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::pexpire_at(
            &ctx,
            key.as_ref(),
            unix_time_milliseconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Returns the expiration time of a key as a Unix milliseconds timestamp.
    ///
    /// `PEXPIRETIME key`
    pub fn pexpiretime(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::pexpiretime(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the expiration time in milliseconds of a key.
    ///
    /// `PTTL key`
    pub fn pttl(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<std::time::Duration>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::pttl(&ctx, key.as_ref())?;
        crate::convert_ext::reply_to_optional_duration_ms(ferrite_core::Reply::from_integer(res))
    }

    /// Returns a random key name from the database.
    ///
    /// `RANDOMKEY`
    pub fn randomkey(&self) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::randomkey(&ctx)?;
        Ok(res)
    }

    /// Renames a key and overwrites the destination.
    ///
    /// `RENAME key newkey`
    pub fn rename(
        &self,
        key: impl AsRef<[u8]>,
        newkey: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_rename(w, key.as_ref(), newkey.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::rename(&ctx, key.as_ref(), newkey.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Renames a key only when the target key name doesn't exist.
    ///
    /// `RENAMENX key newkey`
    pub fn renamenx(
        &self,
        key: impl AsRef<[u8]>,
        newkey: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<bool> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_renamenx(w, key.as_ref(), newkey.as_ref())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::renamenx(&ctx, key.as_ref(), newkey.as_ref());
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }

    /// Iterates over the key names in the database.
    ///
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
    pub fn scan(&self, cursor: u64) -> ferrite_core::Result<(u64, Vec<Vec<u8>>)> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::scan(&ctx, cursor, None, None, None)?;
        Ok(res)
    }

    /// Iterates over the key names in the database. With every option.
    ///
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
    ///
    /// The optional arguments come from [`ScanOptions`].
    pub fn scan_with(
        &self,
        cursor: u64,
        options: &ScanOptions,
    ) -> ferrite_core::Result<(u64, Vec<Vec<u8>>)> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::scan(
            &ctx,
            cursor,
            options.pattern.as_deref(),
            options.count,
            options.key_type.as_deref(),
        )?;
        Ok(res)
    }

    /// Changes the selected database.
    ///
    /// `SELECT index`
    pub fn select(&self, index: i64) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::select(&ctx, index)?;
        Ok(res)
    }

    /// Returns the expiration time in seconds of a key.
    ///
    /// `TTL key`
    pub fn ttl(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<std::time::Duration>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::ttl(&ctx, key.as_ref())?;
        crate::convert_ext::reply_to_optional_duration_s(ferrite_core::Reply::from_integer(res))
    }

    /// Determines the type of value stored at a key.
    ///
    /// `TYPE key`
    pub fn key_type(
        &self,
        key: impl AsRef<[u8]>,
    ) -> ferrite_core::Result<Option<ferrite_core::KeyType>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::key_type(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Asynchronously deletes one or more keys.
    ///
    /// `UNLINK keys [keys ...]`
    pub fn unlink(&self, keys: &[impl AsRef<[u8]>]) -> ferrite_core::Result<usize> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        ctx.admit(false)?;
        let log = |w: &mut ferrite_core::persist::argv::ArgvWriter<'_>| {
            log_unlink(w, &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>())
        };
        let ctx = ctx.with_log(&log);
        let res = ferrite_core::commands::keys::unlink(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        );
        ctx.commit()?;
        let res = res?;
        Ok(res)
    }
}

/// Writes the argv that reproduces one call of `APPEND key value` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_append(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], value: &[u8]) {
    w.arg(b"APPEND");
    w.arg(key);
    w.arg(value);
}

/// Writes the argv that reproduces one call of `DECR key` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_decr(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8]) {
    w.arg(b"DECR");
    w.arg(key);
}

/// Writes the argv that reproduces one call of `DECRBY key decrement` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_decr_by(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], decrement: i64) {
    w.arg(b"DECRBY");
    w.arg(key);
    w.int(decrement);
}

/// Writes the argv that reproduces one call of `GETDEL key` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_getdel(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8]) {
    w.arg(b"GETDEL");
    w.arg(key);
}

/// Writes the argv that reproduces one call of `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_getex(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    expiration: Option<ferrite_core::commands::string::GetExExpiration>,
) {
    w.arg(b"GETEX");
    w.arg(key);
    match &expiration {
        Some(ferrite_core::commands::string::GetExExpiration::Ex(seconds)) => {
            w.arg(b"EX");
            w.int(*seconds);
        }
        Some(ferrite_core::commands::string::GetExExpiration::Px(milliseconds)) => {
            w.arg(b"PX");
            w.int(*milliseconds);
        }
        Some(ferrite_core::commands::string::GetExExpiration::Exat(unix_time_seconds)) => {
            w.arg(b"EXAT");
            w.int(*unix_time_seconds);
        }
        Some(ferrite_core::commands::string::GetExExpiration::Pxat(unix_time_milliseconds)) => {
            w.arg(b"PXAT");
            w.int(*unix_time_milliseconds);
        }
        Some(ferrite_core::commands::string::GetExExpiration::Persist) => {
            w.arg(b"PERSIST");
        }
        None => {}
    }
}

/// Writes the argv that reproduces one call of `GETSET key value` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_getset(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], value: &[u8]) {
    w.arg(b"GETSET");
    w.arg(key);
    w.arg(value);
}

/// Writes the argv that reproduces one call of `INCR key` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_incr(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8]) {
    w.arg(b"INCR");
    w.arg(key);
}

/// Writes the argv that reproduces one call of `INCRBY key increment` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_incr_by(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], increment: i64) {
    w.arg(b"INCRBY");
    w.arg(key);
    w.int(increment);
}

/// Writes the argv that reproduces one call of `INCRBYFLOAT key increment` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_incr_by_float(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    increment: f64,
) {
    w.arg(b"INCRBYFLOAT");
    w.arg(key);
    w.float(increment);
}

/// Writes the argv that reproduces one call of `MSET key value [key value ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_mset(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, data: &[(&[u8], &[u8])]) {
    w.arg(b"MSET");
    for (key, value) in data.iter() {
        w.arg(key);
        w.arg(value);
    }
}

/// Writes the argv that reproduces one call of `MSETNX key value [key value ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_msetnx(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, data: &[(&[u8], &[u8])]) {
    w.arg(b"MSETNX");
    for (key, value) in data.iter() {
        w.arg(key);
        w.arg(value);
    }
}

/// Writes the argv that reproduces one call of `PSETEX key milliseconds value` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_psetex(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    milliseconds: i64,
    value: &[u8],
) {
    w.arg(b"PSETEX");
    w.arg(key);
    w.int(milliseconds);
    w.arg(value);
}

/// Writes the argv that reproduces one call of `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_set(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    value: &[u8],
    condition: Option<ferrite_core::commands::string::SetCondition>,
    get: bool,
    expiration: Option<ferrite_core::commands::string::SetExpiration>,
) {
    w.arg(b"SET");
    w.arg(key);
    w.arg(value);
    match &condition {
        Some(ferrite_core::commands::string::SetCondition::Nx) => {
            w.arg(b"NX");
        }
        Some(ferrite_core::commands::string::SetCondition::Xx) => {
            w.arg(b"XX");
        }
        None => {}
    }
    if get {
        w.arg(b"GET");
    }
    match &expiration {
        Some(ferrite_core::commands::string::SetExpiration::Ex(seconds)) => {
            w.arg(b"EX");
            w.int(*seconds);
        }
        Some(ferrite_core::commands::string::SetExpiration::Px(milliseconds)) => {
            w.arg(b"PX");
            w.int(*milliseconds);
        }
        Some(ferrite_core::commands::string::SetExpiration::Exat(unix_time_seconds)) => {
            w.arg(b"EXAT");
            w.int(*unix_time_seconds);
        }
        Some(ferrite_core::commands::string::SetExpiration::Pxat(unix_time_milliseconds)) => {
            w.arg(b"PXAT");
            w.int(*unix_time_milliseconds);
        }
        Some(ferrite_core::commands::string::SetExpiration::Keepttl) => {
            w.arg(b"KEEPTTL");
        }
        None => {}
    }
}

/// Writes the argv that reproduces one call of `SETEX key seconds value` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_setex(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    seconds: i64,
    value: &[u8],
) {
    w.arg(b"SETEX");
    w.arg(key);
    w.int(seconds);
    w.arg(value);
}

/// Writes the argv that reproduces one call of `SETNX key value` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_setnx(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], value: &[u8]) {
    w.arg(b"SETNX");
    w.arg(key);
    w.arg(value);
}

/// Writes the argv that reproduces one call of `SETRANGE key offset value` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_setrange(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    offset: i64,
    value: &[u8],
) {
    w.arg(b"SETRANGE");
    w.arg(key);
    w.int(offset);
    w.arg(value);
}

/// Writes the argv that reproduces one call of `HDEL key fields [fields ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_hdel(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], fields: &[&[u8]]) {
    w.arg(b"HDEL");
    w.arg(key);
    for item in fields.iter() {
        w.arg(item);
    }
}

/// Writes the argv that reproduces one call of `HINCRBY key field delta` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_hincrby(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    field: &[u8],
    delta: i64,
) {
    w.arg(b"HINCRBY");
    w.arg(key);
    w.arg(field);
    w.int(delta);
}

/// Writes the argv that reproduces one call of `HINCRBYFLOAT key field delta` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_hincrbyfloat(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    field: &[u8],
    delta: f64,
) {
    w.arg(b"HINCRBYFLOAT");
    w.arg(key);
    w.arg(field);
    w.float(delta);
}

/// Writes the argv that reproduces one call of `HMSET key field value [field value ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_hmset(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    pairs: &[(&[u8], &[u8])],
) {
    w.arg(b"HMSET");
    w.arg(key);
    for (field, value) in pairs.iter() {
        w.arg(field);
        w.arg(value);
    }
}

/// Writes the argv that reproduces one call of `HSET key field value [field value ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_hset(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    pairs: &[(&[u8], &[u8])],
) {
    w.arg(b"HSET");
    w.arg(key);
    for (field, value) in pairs.iter() {
        w.arg(field);
        w.arg(value);
    }
}

/// Writes the argv that reproduces one call of `HSETNX key field value` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_hsetnx(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    field: &[u8],
    value: &[u8],
) {
    w.arg(b"HSETNX");
    w.arg(key);
    w.arg(field);
    w.arg(value);
}

/// Writes the argv that reproduces one call of `LINSERT key <BEFORE | AFTER> pivot element` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_linsert(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    position: ferrite_core::commands::list::InsertPosition,
    pivot: &[u8],
    element: &[u8],
) {
    w.arg(b"LINSERT");
    w.arg(key);
    match &position {
        ferrite_core::commands::list::InsertPosition::Before => {
            w.arg(b"BEFORE");
        }
        ferrite_core::commands::list::InsertPosition::After => {
            w.arg(b"AFTER");
        }
    }
    w.arg(pivot);
    w.arg(element);
}

/// Writes the argv that reproduces one call of `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_lmove(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    source: &[u8],
    destination: &[u8],
    wherefrom: ferrite_core::commands::list::ListEnd,
    whereto: ferrite_core::commands::list::ListEnd,
) {
    w.arg(b"LMOVE");
    w.arg(source);
    w.arg(destination);
    match &wherefrom {
        ferrite_core::commands::list::ListEnd::Left => {
            w.arg(b"LEFT");
        }
        ferrite_core::commands::list::ListEnd::Right => {
            w.arg(b"RIGHT");
        }
    }
    match &whereto {
        ferrite_core::commands::list::ListEnd::Left => {
            w.arg(b"LEFT");
        }
        ferrite_core::commands::list::ListEnd::Right => {
            w.arg(b"RIGHT");
        }
    }
}

/// Writes the argv that reproduces one call of `LPOP key [count]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_lpop(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], count: Option<i64>) {
    w.arg(b"LPOP");
    w.arg(key);
    if let Some(count) = &count {
        w.int(*count);
    }
}

/// Writes the argv that reproduces one call of `LPUSH key values [values ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_lpush(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], values: &[&[u8]]) {
    w.arg(b"LPUSH");
    w.arg(key);
    for item in values.iter() {
        w.arg(item);
    }
}

/// Writes the argv that reproduces one call of `LPUSHX key values [values ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_lpushx(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], values: &[&[u8]]) {
    w.arg(b"LPUSHX");
    w.arg(key);
    for item in values.iter() {
        w.arg(item);
    }
}

/// Writes the argv that reproduces one call of `LREM key count element` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_lrem(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    count: i64,
    element: &[u8],
) {
    w.arg(b"LREM");
    w.arg(key);
    w.int(count);
    w.arg(element);
}

/// Writes the argv that reproduces one call of `LSET key index element` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_lset(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    index: i64,
    element: &[u8],
) {
    w.arg(b"LSET");
    w.arg(key);
    w.int(index);
    w.arg(element);
}

/// Writes the argv that reproduces one call of `LTRIM key start stop` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_ltrim(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    start: i64,
    stop: i64,
) {
    w.arg(b"LTRIM");
    w.arg(key);
    w.int(start);
    w.int(stop);
}

/// Writes the argv that reproduces one call of `RPOP key [count]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_rpop(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], count: Option<i64>) {
    w.arg(b"RPOP");
    w.arg(key);
    if let Some(count) = &count {
        w.int(*count);
    }
}

/// Writes the argv that reproduces one call of `RPUSH key values [values ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_rpush(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], values: &[&[u8]]) {
    w.arg(b"RPUSH");
    w.arg(key);
    for item in values.iter() {
        w.arg(item);
    }
}

/// Writes the argv that reproduces one call of `RPUSHX key values [values ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_rpushx(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], values: &[&[u8]]) {
    w.arg(b"RPUSHX");
    w.arg(key);
    for item in values.iter() {
        w.arg(item);
    }
}

/// Writes the argv that reproduces one call of `SADD key members [members ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_sadd(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], members: &[&[u8]]) {
    w.arg(b"SADD");
    w.arg(key);
    for item in members.iter() {
        w.arg(item);
    }
}

/// Writes the argv that reproduces one call of `SDIFFSTORE destination keys [keys ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_sdiffstore(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    destination: &[u8],
    keys: &[&[u8]],
) {
    w.arg(b"SDIFFSTORE");
    w.arg(destination);
    for item in keys.iter() {
        w.arg(item);
    }
}

/// Writes the argv that reproduces one call of `SINTERSTORE destination keys [keys ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_sinterstore(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    destination: &[u8],
    keys: &[&[u8]],
) {
    w.arg(b"SINTERSTORE");
    w.arg(destination);
    for item in keys.iter() {
        w.arg(item);
    }
}

/// Writes the argv that reproduces one call of `SMOVE source destination member` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_smove(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    source: &[u8],
    destination: &[u8],
    member: &[u8],
) {
    w.arg(b"SMOVE");
    w.arg(source);
    w.arg(destination);
    w.arg(member);
}

/// Writes the argv that reproduces one call of `SPOP key [count]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_spop(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], count: Option<i64>) {
    w.arg(b"SPOP");
    w.arg(key);
    if let Some(count) = &count {
        w.int(*count);
    }
}

/// Writes the argv that reproduces one call of `SREM key members [members ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_srem(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], members: &[&[u8]]) {
    w.arg(b"SREM");
    w.arg(key);
    for item in members.iter() {
        w.arg(item);
    }
}

/// Writes the argv that reproduces one call of `SUNIONSTORE destination keys [keys ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_sunionstore(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    destination: &[u8],
    keys: &[&[u8]],
) {
    w.arg(b"SUNIONSTORE");
    w.arg(destination);
    for item in keys.iter() {
        w.arg(item);
    }
}

/// Writes the argv that reproduces one call of `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_zadd(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
    ch: bool,
    incr: bool,
    members: &[(f64, &[u8])],
) {
    w.arg(b"ZADD");
    w.arg(key);
    if nx {
        w.arg(b"NX");
    }
    if xx {
        w.arg(b"XX");
    }
    if gt {
        w.arg(b"GT");
    }
    if lt {
        w.arg(b"LT");
    }
    if ch {
        w.arg(b"CH");
    }
    if incr {
        w.arg(b"INCR");
    }
    for (score, member) in members.iter() {
        w.float(*score);
        w.arg(member);
    }
}

/// Writes the argv that reproduces one call of `ZINCRBY key increment member` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_zincrby(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    increment: f64,
    member: &[u8],
) {
    w.arg(b"ZINCRBY");
    w.arg(key);
    w.float(increment);
    w.arg(member);
}

/// Writes the argv that reproduces one call of `ZPOPMAX key [count]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_zpopmax(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    count: Option<i64>,
) {
    w.arg(b"ZPOPMAX");
    w.arg(key);
    if let Some(count) = &count {
        w.int(*count);
    }
}

/// Writes the argv that reproduces one call of `ZPOPMIN key [count]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_zpopmin(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    count: Option<i64>,
) {
    w.arg(b"ZPOPMIN");
    w.arg(key);
    if let Some(count) = &count {
        w.int(*count);
    }
}

/// Writes the argv that reproduces one call of `ZREM key members [members ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_zrem(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], members: &[&[u8]]) {
    w.arg(b"ZREM");
    w.arg(key);
    for item in members.iter() {
        w.arg(item);
    }
}

/// Writes the argv that reproduces one call of `ZREMRANGEBYRANK key start stop` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_zremrangebyrank(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    start: i64,
    stop: i64,
) {
    w.arg(b"ZREMRANGEBYRANK");
    w.arg(key);
    w.int(start);
    w.int(stop);
}

/// Writes the argv that reproduces one call of `ZREMRANGEBYSCORE key min max` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_zremrangebyscore(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    min: ferrite_core::commands::zset::ScoreBound,
    max: ferrite_core::commands::zset::ScoreBound,
) {
    w.arg(b"ZREMRANGEBYSCORE");
    w.arg(key);
    w.arg(&min.to_arg());
    w.arg(&max.to_arg());
}

/// Writes the argv that reproduces one call of `COPY source destination [DB destination-db] [REPLACE]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_copy(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    source: &[u8],
    destination: &[u8],
    destination_db: Option<i64>,
    replace: bool,
) {
    w.arg(b"COPY");
    w.arg(source);
    w.arg(destination);
    if let Some(destination_db) = &destination_db {
        w.arg(b"DB");
        w.int(*destination_db);
    }
    if replace {
        w.arg(b"REPLACE");
    }
}

/// Writes the argv that reproduces one call of `DEL keys [keys ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_del(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, keys: &[&[u8]]) {
    w.arg(b"DEL");
    for item in keys.iter() {
        w.arg(item);
    }
}

/// Writes the argv that reproduces one call of `EXPIRE key seconds [NX] [XX] [GT] [LT]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_expire(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    seconds: i64,
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
) {
    w.arg(b"EXPIRE");
    w.arg(key);
    w.int(seconds);
    if nx {
        w.arg(b"NX");
    }
    if xx {
        w.arg(b"XX");
    }
    if gt {
        w.arg(b"GT");
    }
    if lt {
        w.arg(b"LT");
    }
}

/// Writes the argv that reproduces one call of `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_expire_at(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    unix_time_seconds: i64,
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
) {
    w.arg(b"EXPIREAT");
    w.arg(key);
    w.int(unix_time_seconds);
    if nx {
        w.arg(b"NX");
    }
    if xx {
        w.arg(b"XX");
    }
    if gt {
        w.arg(b"GT");
    }
    if lt {
        w.arg(b"LT");
    }
}

/// Writes the argv that reproduces one call of `FLUSHALL [ASYNC | SYNC]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_flushall(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    mode: Option<ferrite_core::commands::keys::FlushMode>,
) {
    w.arg(b"FLUSHALL");
    match &mode {
        Some(ferrite_core::commands::keys::FlushMode::Async) => {
            w.arg(b"ASYNC");
        }
        Some(ferrite_core::commands::keys::FlushMode::Sync) => {
            w.arg(b"SYNC");
        }
        None => {}
    }
}

/// Writes the argv that reproduces one call of `FLUSHDB [ASYNC | SYNC]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_flushdb(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    mode: Option<ferrite_core::commands::keys::FlushMode>,
) {
    w.arg(b"FLUSHDB");
    match &mode {
        Some(ferrite_core::commands::keys::FlushMode::Async) => {
            w.arg(b"ASYNC");
        }
        Some(ferrite_core::commands::keys::FlushMode::Sync) => {
            w.arg(b"SYNC");
        }
        None => {}
    }
}

/// Writes the argv that reproduces one call of `PERSIST key` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_persist(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8]) {
    w.arg(b"PERSIST");
    w.arg(key);
}

/// Writes the argv that reproduces one call of `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_pexpire(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    milliseconds: i64,
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
) {
    w.arg(b"PEXPIRE");
    w.arg(key);
    w.int(milliseconds);
    if nx {
        w.arg(b"NX");
    }
    if xx {
        w.arg(b"XX");
    }
    if gt {
        w.arg(b"GT");
    }
    if lt {
        w.arg(b"LT");
    }
}

/// Writes the argv that reproduces one call of `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_pexpire_at(
    w: &mut ferrite_core::persist::argv::ArgvWriter<'_>,
    key: &[u8],
    unix_time_milliseconds: i64,
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
) {
    w.arg(b"PEXPIREAT");
    w.arg(key);
    w.int(unix_time_milliseconds);
    if nx {
        w.arg(b"NX");
    }
    if xx {
        w.arg(b"XX");
    }
    if gt {
        w.arg(b"GT");
    }
    if lt {
        w.arg(b"LT");
    }
}

/// Writes the argv that reproduces one call of `RENAME key newkey` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_rename(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], newkey: &[u8]) {
    w.arg(b"RENAME");
    w.arg(key);
    w.arg(newkey);
}

/// Writes the argv that reproduces one call of `RENAMENX key newkey` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_renamenx(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, key: &[u8], newkey: &[u8]) {
    w.arg(b"RENAMENX");
    w.arg(key);
    w.arg(newkey);
}

/// Writes the argv that reproduces one call of `UNLINK keys [keys ...]` (its canonical form: the
/// arguments in table order, optional ones only when present).
fn log_unlink(w: &mut ferrite_core::persist::argv::ArgvWriter<'_>, keys: &[&[u8]]) {
    w.arg(b"UNLINK");
    for item in keys.iter() {
        w.arg(item);
    }
}
