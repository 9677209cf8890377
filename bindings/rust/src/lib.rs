//! Ferrite Embedded.
pub mod embedded {}
