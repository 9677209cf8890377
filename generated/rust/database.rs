// Generated from commands.yaml by cargo xtask gen. Do not edit.
//! The command methods, one per command and form, for both receivers.
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
        let res = ferrite_core::commands::string::append(&ctx, key.as_ref(), value.as_ref())?;
        Ok(res)
    }

    /// Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    ///
    /// `DECR key`
    pub fn decr(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::decr(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
    ///
    /// `DECRBY key decrement`
    pub fn decr_by(&self, key: impl AsRef<[u8]>, decrement: i64) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::decr_by(&ctx, key.as_ref(), decrement)?;
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
        let res = ferrite_core::commands::string::getdel(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the string value of a key after setting its expiration time.
    ///
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
    pub fn getex(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::getex(&ctx, key.as_ref(), None)?;
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
        let res =
            ferrite_core::commands::string::getex(&ctx, key.as_ref(), options.expiration.clone())?;
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
        let res = ferrite_core::commands::string::getset(&ctx, key.as_ref(), value.as_ref())?;
        Ok(res)
    }

    /// Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCR key`
    pub fn incr(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::incr(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCRBY key increment`
    pub fn incr_by(&self, key: impl AsRef<[u8]>, increment: i64) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::incr_by(&ctx, key.as_ref(), increment)?;
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
        let res = ferrite_core::commands::string::incr_by_float(&ctx, key.as_ref(), increment)?;
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
        let res = ferrite_core::commands::string::mset(
            &ctx,
            &data
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        )?;
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
        let res = ferrite_core::commands::string::msetnx(
            &ctx,
            &data
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        )?;
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
        let res = ferrite_core::commands::string::psetex(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_ms(milliseconds),
            value.as_ref(),
        )?;
        Ok(res)
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    pub fn set(&self, key: impl AsRef<[u8]>, value: impl AsRef<[u8]>) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            None,
            false,
            None,
        )?;
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
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            Some(ferrite_core::commands::string::SetCondition::Nx),
            false,
            None,
        )?;
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
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            Some(ferrite_core::commands::string::SetCondition::Xx),
            false,
            None,
        )?;
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
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            None,
            false,
            Some(ferrite_core::commands::string::SetExpiration::Px(
                crate::convert_ext::duration_ms(milliseconds),
            )),
        )?;
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
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            options.condition.clone(),
            options.get,
            options.expiration.clone(),
        )?;
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
        let res = ferrite_core::commands::string::setex(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_s(seconds),
            value.as_ref(),
        )?;
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
        let res = ferrite_core::commands::string::setnx(&ctx, key.as_ref(), value.as_ref())?;
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
        let res =
            ferrite_core::commands::string::setrange(&ctx, key.as_ref(), offset, value.as_ref())?;
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
        let res = ferrite_core::commands::hash::hdel(
            &ctx,
            key.as_ref(),
            &fields.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::hash::hincrby(&ctx, key.as_ref(), field.as_ref(), delta)?;
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
        let res =
            ferrite_core::commands::hash::hincrbyfloat(&ctx, key.as_ref(), field.as_ref(), delta)?;
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
        let res = ferrite_core::commands::hash::hmset(
            &ctx,
            key.as_ref(),
            &pairs
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        )?;
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
        let res = ferrite_core::commands::hash::hset(
            &ctx,
            key.as_ref(),
            &[(field.as_ref(), value.as_ref())],
        )?;
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
        let res = ferrite_core::commands::hash::hset(
            &ctx,
            key.as_ref(),
            &pairs
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        )?;
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
        let res = ferrite_core::commands::hash::hsetnx(
            &ctx,
            key.as_ref(),
            field.as_ref(),
            value.as_ref(),
        )?;
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
        let res = ferrite_core::commands::list::linsert(
            &ctx,
            key.as_ref(),
            position,
            pivot.as_ref(),
            element.as_ref(),
        )?;
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
        let res = ferrite_core::commands::list::lmove(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            wherefrom,
            whereto,
        )?;
        Ok(res)
    }

    /// Pops one element.
    ///
    /// `LPOP key [count]`
    pub fn lpop(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::lpop(&ctx, key.as_ref(), None)?;
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
        let res = ferrite_core::commands::list::lpop(&ctx, key.as_ref(), Some(count))?;
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
        let res = ferrite_core::commands::list::lpop(&ctx, key.as_ref(), options.count)?;
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
        let res = ferrite_core::commands::list::lpush(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::list::lpushx(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::list::lrem(&ctx, key.as_ref(), count, element.as_ref())?;
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
        let res = ferrite_core::commands::list::lset(&ctx, key.as_ref(), index, element.as_ref())?;
        Ok(res)
    }

    /// Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
    ///
    /// `LTRIM key start stop`
    pub fn ltrim(&self, key: impl AsRef<[u8]>, start: i64, stop: i64) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::ltrim(&ctx, key.as_ref(), start, stop)?;
        Ok(res)
    }

    /// Pops one element.
    ///
    /// `RPOP key [count]`
    pub fn rpop(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::rpop(&ctx, key.as_ref(), None)?;
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
        let res = ferrite_core::commands::list::rpop(&ctx, key.as_ref(), Some(count))?;
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
        let res = ferrite_core::commands::list::rpop(&ctx, key.as_ref(), options.count)?;
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
        let res = ferrite_core::commands::list::rpush(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::list::rpushx(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::keys::copy(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            None,
            false,
        )?;
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
        let res = ferrite_core::commands::keys::copy(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            options.destination_db,
            options.replace,
        )?;
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
        let res = ferrite_core::commands::keys::del(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::keys::expire(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_s(seconds),
            false,
            false,
            false,
            false,
        )?;
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
        let res = ferrite_core::commands::keys::expire(
            &ctx,
            key.as_ref(),
            seconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        )?;
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
        let res = ferrite_core::commands::keys::expire_at(
            &ctx,
            key.as_ref(),
            crate::convert_ext::unix_time_s(unix_time_seconds),
            false,
            false,
            false,
            false,
        )?;
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
        let res = ferrite_core::commands::keys::expire_at(
            &ctx,
            key.as_ref(),
            unix_time_seconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        )?;
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
        let res = ferrite_core::commands::keys::flushall(&ctx, None)?;
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
        let res = ferrite_core::commands::keys::flushall(&ctx, options.mode.clone())?;
        Ok(res)
    }

    /// Remove all keys from the current database.
    ///
    /// `FLUSHDB [ASYNC | SYNC]`
    pub fn flushdb(&self) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::flushdb(&ctx, None)?;
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
        let res = ferrite_core::commands::keys::flushdb(&ctx, options.mode.clone())?;
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
        let res = ferrite_core::commands::keys::persist(&ctx, key.as_ref())?;
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
        let res = ferrite_core::commands::keys::pexpire(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_ms(milliseconds),
            false,
            false,
            false,
            false,
        )?;
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
        let res = ferrite_core::commands::keys::pexpire(
            &ctx,
            key.as_ref(),
            milliseconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        )?;
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
        let res = ferrite_core::commands::keys::pexpire_at(
            &ctx,
            key.as_ref(),
            crate::convert_ext::unix_time_ms(unix_time_milliseconds),
            false,
            false,
            false,
            false,
        )?;
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
        let res = ferrite_core::commands::keys::pexpire_at(
            &ctx,
            key.as_ref(),
            unix_time_milliseconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        )?;
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
        let res = ferrite_core::commands::keys::rename(&ctx, key.as_ref(), newkey.as_ref())?;
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
        let res = ferrite_core::commands::keys::renamenx(&ctx, key.as_ref(), newkey.as_ref())?;
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
        let res = ferrite_core::commands::keys::unlink(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::string::append(&ctx, key.as_ref(), value.as_ref())?;
        Ok(res)
    }

    /// Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    ///
    /// `DECR key`
    pub fn decr(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::decr(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
    ///
    /// `DECRBY key decrement`
    pub fn decr_by(&self, key: impl AsRef<[u8]>, decrement: i64) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::decr_by(&ctx, key.as_ref(), decrement)?;
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
        let res = ferrite_core::commands::string::getdel(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Returns the string value of a key after setting its expiration time.
    ///
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
    pub fn getex(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::getex(&ctx, key.as_ref(), None)?;
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
        let res =
            ferrite_core::commands::string::getex(&ctx, key.as_ref(), options.expiration.clone())?;
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
        let res = ferrite_core::commands::string::getset(&ctx, key.as_ref(), value.as_ref())?;
        Ok(res)
    }

    /// Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCR key`
    pub fn incr(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::incr(&ctx, key.as_ref())?;
        Ok(res)
    }

    /// Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCRBY key increment`
    pub fn incr_by(&self, key: impl AsRef<[u8]>, increment: i64) -> ferrite_core::Result<i64> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::incr_by(&ctx, key.as_ref(), increment)?;
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
        let res = ferrite_core::commands::string::incr_by_float(&ctx, key.as_ref(), increment)?;
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
        let res = ferrite_core::commands::string::mset(
            &ctx,
            &data
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        )?;
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
        let res = ferrite_core::commands::string::msetnx(
            &ctx,
            &data
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        )?;
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
        let res = ferrite_core::commands::string::psetex(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_ms(milliseconds),
            value.as_ref(),
        )?;
        Ok(res)
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    pub fn set(&self, key: impl AsRef<[u8]>, value: impl AsRef<[u8]>) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            None,
            false,
            None,
        )?;
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
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            Some(ferrite_core::commands::string::SetCondition::Nx),
            false,
            None,
        )?;
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
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            Some(ferrite_core::commands::string::SetCondition::Xx),
            false,
            None,
        )?;
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
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            None,
            false,
            Some(ferrite_core::commands::string::SetExpiration::Px(
                crate::convert_ext::duration_ms(milliseconds),
            )),
        )?;
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
        let res = ferrite_core::commands::string::set(
            &ctx,
            key.as_ref(),
            value.as_ref(),
            options.condition.clone(),
            options.get,
            options.expiration.clone(),
        )?;
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
        let res = ferrite_core::commands::string::setex(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_s(seconds),
            value.as_ref(),
        )?;
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
        let res = ferrite_core::commands::string::setnx(&ctx, key.as_ref(), value.as_ref())?;
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
        let res =
            ferrite_core::commands::string::setrange(&ctx, key.as_ref(), offset, value.as_ref())?;
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
        let res = ferrite_core::commands::hash::hdel(
            &ctx,
            key.as_ref(),
            &fields.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::hash::hincrby(&ctx, key.as_ref(), field.as_ref(), delta)?;
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
        let res =
            ferrite_core::commands::hash::hincrbyfloat(&ctx, key.as_ref(), field.as_ref(), delta)?;
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
        let res = ferrite_core::commands::hash::hmset(
            &ctx,
            key.as_ref(),
            &pairs
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        )?;
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
        let res = ferrite_core::commands::hash::hset(
            &ctx,
            key.as_ref(),
            &[(field.as_ref(), value.as_ref())],
        )?;
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
        let res = ferrite_core::commands::hash::hset(
            &ctx,
            key.as_ref(),
            &pairs
                .iter()
                .map(|(m0, m1)| (m0.as_ref(), m1.as_ref()))
                .collect::<Vec<_>>(),
        )?;
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
        let res = ferrite_core::commands::hash::hsetnx(
            &ctx,
            key.as_ref(),
            field.as_ref(),
            value.as_ref(),
        )?;
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
        let res = ferrite_core::commands::list::linsert(
            &ctx,
            key.as_ref(),
            position,
            pivot.as_ref(),
            element.as_ref(),
        )?;
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
        let res = ferrite_core::commands::list::lmove(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            wherefrom,
            whereto,
        )?;
        Ok(res)
    }

    /// Pops one element.
    ///
    /// `LPOP key [count]`
    pub fn lpop(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::lpop(&ctx, key.as_ref(), None)?;
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
        let res = ferrite_core::commands::list::lpop(&ctx, key.as_ref(), Some(count))?;
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
        let res = ferrite_core::commands::list::lpop(&ctx, key.as_ref(), options.count)?;
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
        let res = ferrite_core::commands::list::lpush(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::list::lpushx(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::list::lrem(&ctx, key.as_ref(), count, element.as_ref())?;
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
        let res = ferrite_core::commands::list::lset(&ctx, key.as_ref(), index, element.as_ref())?;
        Ok(res)
    }

    /// Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
    ///
    /// `LTRIM key start stop`
    pub fn ltrim(&self, key: impl AsRef<[u8]>, start: i64, stop: i64) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::ltrim(&ctx, key.as_ref(), start, stop)?;
        Ok(res)
    }

    /// Pops one element.
    ///
    /// `RPOP key [count]`
    pub fn rpop(&self, key: impl AsRef<[u8]>) -> ferrite_core::Result<Option<Vec<u8>>> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::list::rpop(&ctx, key.as_ref(), None)?;
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
        let res = ferrite_core::commands::list::rpop(&ctx, key.as_ref(), Some(count))?;
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
        let res = ferrite_core::commands::list::rpop(&ctx, key.as_ref(), options.count)?;
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
        let res = ferrite_core::commands::list::rpush(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::list::rpushx(
            &ctx,
            key.as_ref(),
            &values.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::keys::copy(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            None,
            false,
        )?;
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
        let res = ferrite_core::commands::keys::copy(
            &ctx,
            source.as_ref(),
            destination.as_ref(),
            options.destination_db,
            options.replace,
        )?;
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
        let res = ferrite_core::commands::keys::del(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
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
        let res = ferrite_core::commands::keys::expire(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_s(seconds),
            false,
            false,
            false,
            false,
        )?;
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
        let res = ferrite_core::commands::keys::expire(
            &ctx,
            key.as_ref(),
            seconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        )?;
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
        let res = ferrite_core::commands::keys::expire_at(
            &ctx,
            key.as_ref(),
            crate::convert_ext::unix_time_s(unix_time_seconds),
            false,
            false,
            false,
            false,
        )?;
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
        let res = ferrite_core::commands::keys::expire_at(
            &ctx,
            key.as_ref(),
            unix_time_seconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        )?;
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
        let res = ferrite_core::commands::keys::flushall(&ctx, None)?;
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
        let res = ferrite_core::commands::keys::flushall(&ctx, options.mode.clone())?;
        Ok(res)
    }

    /// Remove all keys from the current database.
    ///
    /// `FLUSHDB [ASYNC | SYNC]`
    pub fn flushdb(&self) -> ferrite_core::Result<()> {
        let ctx = self.ctx();
        crate::embedded::count_command(&ctx);
        let res = ferrite_core::commands::keys::flushdb(&ctx, None)?;
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
        let res = ferrite_core::commands::keys::flushdb(&ctx, options.mode.clone())?;
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
        let res = ferrite_core::commands::keys::persist(&ctx, key.as_ref())?;
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
        let res = ferrite_core::commands::keys::pexpire(
            &ctx,
            key.as_ref(),
            crate::convert_ext::duration_ms(milliseconds),
            false,
            false,
            false,
            false,
        )?;
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
        let res = ferrite_core::commands::keys::pexpire(
            &ctx,
            key.as_ref(),
            milliseconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        )?;
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
        let res = ferrite_core::commands::keys::pexpire_at(
            &ctx,
            key.as_ref(),
            crate::convert_ext::unix_time_ms(unix_time_milliseconds),
            false,
            false,
            false,
            false,
        )?;
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
        let res = ferrite_core::commands::keys::pexpire_at(
            &ctx,
            key.as_ref(),
            unix_time_milliseconds,
            options.nx,
            options.xx,
            options.gt,
            options.lt,
        )?;
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
        let res = ferrite_core::commands::keys::rename(&ctx, key.as_ref(), newkey.as_ref())?;
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
        let res = ferrite_core::commands::keys::renamenx(&ctx, key.as_ref(), newkey.as_ref())?;
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
        let res = ferrite_core::commands::keys::unlink(
            &ctx,
            &keys.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>(),
        )?;
        Ok(res)
    }
}
