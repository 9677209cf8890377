//! Persistence: the write-ahead log, snapshots, and recovery (see ARCHITECTURE.md, "File format").

pub mod argv;
pub mod codec;
