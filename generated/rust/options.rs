// Generated from commands.yaml by cargo xtask gen. Do not edit.
//! Options structs: the optional arguments of the commands that have some.

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
