//! Proc macros that keep hand-written code honest against `commands.yaml`.
//!
//! `#[command(NAME)]` marks a core handler. (Placeholder: passes the item through unchanged;
//! the signature check against the table is being written.)

use proc_macro::TokenStream;

/// Marks the core handler of the command `NAME` of `commands.yaml`.
#[proc_macro_attribute]
pub fn command(_attr: TokenStream, item: TokenStream) -> TokenStream {
    item
}
