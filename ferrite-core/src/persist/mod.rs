//! Persistence: the write-ahead log, snapshots, and recovery of a database directory (see
//! ARCHITECTURE.md, "File format").
//!
//! Invariants:
//! - Every write that changed the keyspace is appended to the log (as the Redis argv that
//!   reproduces it) while its shard locks are held, so the log order agrees with the order of
//!   conflicting writes; a transaction is one record.
//! - A snapshot is the keyspace at one instant: the WAL segment boundary taken while every shard
//!   lock is held. Older segments and snapshots are retired only after the new snapshot is
//!   durable (file fsynced, renamed, directory fsynced).
//! - A failed write or fsync poisons the log: later writes fail until the database is reopened;
//!   an fsync is never retried and reported as success.

use std::fmt;
use std::path::PathBuf;

pub mod argv;
pub mod codec;
pub mod sim;
pub mod snapshot;
pub mod storage;
pub mod store;
pub mod wal;

/// Why a database directory cannot be opened or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersistError {
    /// Bytes that should be intact are not: the file and the byte offset of the damage.
    Corrupt {
        /// The damaged file.
        file: PathBuf,
        /// Byte offset of the damage in the file.
        offset: u64,
        /// What is wrong there.
        reason: String,
    },
    /// A file that is not a Ferrite file, or whose header is damaged.
    BadHeader {
        /// The file.
        file: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// A file written by a format version this build does not read.
    UnsupportedVersion {
        /// The file.
        file: PathBuf,
        /// The version found.
        found: u32,
        /// The version this build reads.
        supported: u32,
    },
    /// An I/O error on a file of the database.
    Io {
        /// The file or directory.
        file: PathBuf,
        /// The operating system's message.
        error: String,
    },
    /// A write or fsync failed earlier: no more writes until the database is reopened.
    Poisoned(String),
}

impl fmt::Display for PersistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PersistError::Corrupt {
                file,
                offset,
                reason,
            } => write!(
                f,
                "corrupt database file {} at byte offset {offset}: {reason} (open with recovery = Salvage to keep everything before the damage)",
                file.display()
            ),
            PersistError::BadHeader { file, reason } => {
                write!(f, "bad header in database file {}: {reason}", file.display())
            }
            PersistError::UnsupportedVersion {
                file,
                found,
                supported,
            } => write!(
                f,
                "database file {} has format version {found}; this build reads version {supported}",
                file.display()
            ),
            PersistError::Io { file, error } => {
                write!(f, "I/O error on {}: {error}", file.display())
            }
            PersistError::Poisoned(reason) => write!(f, "{reason}"),
        }
    }
}

impl std::error::Error for PersistError {}

impl From<PersistError> for crate::Error {
    fn from(e: PersistError) -> crate::Error {
        crate::Error::Persist(e)
    }
}
