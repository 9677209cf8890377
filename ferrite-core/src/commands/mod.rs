//! One module per command group; one `pub fn` handler per command of `commands.yaml`.
//!
//! A handler takes `&Ctx` and the command's arguments as the table's conventions type them
//! (see ARCHITECTURE.md, "Handler signatures") and returns `Result<T>` where `T` is the Rust
//! type of the command's reply kind.

pub mod hash;
pub mod keys;
pub mod list;
pub mod set;
pub mod string;
pub mod zset;
