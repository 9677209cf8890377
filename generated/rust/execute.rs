// Generated from commands.yaml by cargo xtask gen. Do not edit.
//! `execute`: argv parsed exactly as Redis parses it, then the same core handler the typed
//! methods call.
#![allow(clippy::needless_question_mark)]

use ferrite_core::{Ctx, Reply, Result};

/// Runs `argv` (command name first) on `ctx`.
pub(crate) fn dispatch(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    let Some(name) = argv.first() else {
        return Err(crate::execute_ext::unknown_command(argv));
    };
    match name.to_ascii_uppercase().as_slice() {
        b"GET" => cmd_get(ctx, argv),
        b"SET" => cmd_set(ctx, argv),
        _ => Err(crate::execute_ext::unknown_command(argv)),
    }
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

/// `SET`.
fn cmd_set(ctx: &Ctx<'_, '_>, argv: &[&[u8]]) -> Result<Reply> {
    if argv.len() < 3 {
        return Err(ferrite_core::Error::WrongArity {
            command: "set".into(),
        });
    }
    let mut cur = crate::execute_ext::Args::new(argv);
    let key = cur.next()?;
    let value = cur.next()?;
    let mut condition = None;
    let mut get = false;
    let mut expiration = None;
    while let Some(token) = cur.peek() {
        if token.eq_ignore_ascii_case(b"NX") {
            cur.advance();
            crate::execute_ext::set_oneof(
                &mut condition,
                ferrite_core::commands::string::SetCondition::Nx,
            )?;
        } else if token.eq_ignore_ascii_case(b"XX") {
            cur.advance();
            crate::execute_ext::set_oneof(
                &mut condition,
                ferrite_core::commands::string::SetCondition::Xx,
            )?;
        } else if token.eq_ignore_ascii_case(b"GET") {
            cur.advance();
            get = true;
        } else if token.eq_ignore_ascii_case(b"EX") {
            cur.advance();
            crate::execute_ext::set_oneof(
                &mut expiration,
                ferrite_core::commands::string::SetExpiration::Ex(ferrite_core::parse::integer(
                    cur.next()?,
                )?),
            )?;
        } else if token.eq_ignore_ascii_case(b"PX") {
            cur.advance();
            crate::execute_ext::set_oneof(
                &mut expiration,
                ferrite_core::commands::string::SetExpiration::Px(ferrite_core::parse::integer(
                    cur.next()?,
                )?),
            )?;
        } else if token.eq_ignore_ascii_case(b"EXAT") {
            cur.advance();
            crate::execute_ext::set_oneof(
                &mut expiration,
                ferrite_core::commands::string::SetExpiration::Exat(ferrite_core::parse::integer(
                    cur.next()?,
                )?),
            )?;
        } else if token.eq_ignore_ascii_case(b"PXAT") {
            cur.advance();
            crate::execute_ext::set_oneof(
                &mut expiration,
                ferrite_core::commands::string::SetExpiration::Pxat(ferrite_core::parse::integer(
                    cur.next()?,
                )?),
            )?;
        } else if token.eq_ignore_ascii_case(b"KEEPTTL") {
            cur.advance();
            crate::execute_ext::set_oneof(
                &mut expiration,
                ferrite_core::commands::string::SetExpiration::Keepttl,
            )?;
        } else {
            return Err(ferrite_core::Error::Syntax);
        }
    }
    cur.finish()?;
    Ok(ferrite_core::Reply::from_reply(
        ferrite_core::commands::string::set(ctx, key, value, condition, get, expiration)?,
    ))
}
