//! Stage 4, targets: one module per language, the only places that know a language's names,
//! types and keywords. Each maps the model onto view structs that the templates print.

pub mod c;
pub mod go;
pub mod node;
pub mod python;
pub mod rust;

/// The language in which `name` is a keyword, if any (checked by `validate` for every name that
/// becomes an identifier).
pub fn keyword_in(name: &str) -> Option<&'static str> {
    if rust::is_keyword(name) {
        Some("Rust")
    } else if c::is_keyword(name) {
        Some("C")
    } else if node::is_keyword(name) {
        Some("JavaScript")
    } else {
        None
    }
}
