//! Ferrite's engine: the keyspace, the five value types, expiry, transactions, and one handler
//! per command of `commands.yaml`.
//!
//! Invariants: this crate knows nothing of the code generator, the generated API or any binding;
//! its only tie to the command table is the `ferrite_macros::command` attribute on each handler,
//! which checks at compile time that the handler's signature matches the table. Handlers never
//! panic on input: every bad argument becomes an [`Error`] with Redis's text.

#![deny(unsafe_code)]
#![warn(missing_docs)]

pub mod commands;
pub mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod glob;
pub mod hash;
pub mod keyspace;
pub mod logging;
pub mod parse;
pub mod persist;
pub mod reply;
pub mod value;

pub use error::{Error, Result};
pub use keyspace::{Ctx, Keyspace};
pub use reply::Reply;
pub use value::{KeyType, Value};
