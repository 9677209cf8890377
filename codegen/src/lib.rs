//! The code generator: parse -> validate -> model -> render.
pub mod table;
