//! The code generator: `commands.yaml` -> parse (`table`) -> validate (`validate`) -> model
//! (`model`) -> target (`targets::<lang>`) -> render (`render`) -> write/check (`files`).
//!
//! Invariants: no target reads the YAML, only the model; codegen never parses ferrite-core
//! sources; output is deterministic. `ferrite-macros` uses `table`, `validate`, `model` and
//! `targets::rust` (without the `render` feature) so the handler rules live here only.

pub mod model;
pub mod table;
pub mod targets;
pub mod validate;

#[cfg(feature = "render")]
pub mod files;
#[cfg(feature = "render")]
pub mod render;
