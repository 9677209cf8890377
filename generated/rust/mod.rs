// Generated from commands.yaml by cargo xtask gen. Do not edit.
//! The command API of `Database` and `Transaction`, generated from `commands.yaml`.

pub(crate) mod database;
pub(crate) mod execute;
pub mod options;

/// Hash of the command model this code was generated from; bindings compare it at load time.
pub const MODEL_HASH: u64 = 0x7464d8d2f9a400bc;

/// Core types that the command methods take, re-exported for callers.
pub mod types {
    pub use ferrite_core::commands::keys::FlushMode;
    pub use ferrite_core::commands::list::InsertPosition;
    pub use ferrite_core::commands::list::ListEnd;
    pub use ferrite_core::commands::string::GetExExpiration;
    pub use ferrite_core::commands::string::SetCondition;
    pub use ferrite_core::commands::string::SetExpiration;
    pub use ferrite_core::commands::zset::ScoreBound;
    pub use ferrite_core::commands::zset::ZRangeBy;
}
