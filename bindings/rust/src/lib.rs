//! Ferrite Embedded: Redis data structures with SQLite's deployment model.
//!
//! ```
//! use ferrite::embedded::Database;
//! let db = Database::memory()?;
//! db.set("greeting", "hello")?;
//! assert_eq!(db.get_str("greeting")?, Some("hello".to_string()));
//! # Ok::<(), ferrite::embedded::Error>(())
//! ```

pub mod embedded;

mod config;
mod convert_ext;
mod execute_ext;
mod iter;

pub use embedded::Database;

/// The README's Rust examples, compiled and run as doctests so the README stays true.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
