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
}
