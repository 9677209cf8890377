//! The one narrow door every file operation goes through, so crash and I/O-error tests can swap
//! the disk for a simulated one (as SQLite's VFS and redb's StorageBackend do).
//!
//! [`OsStorage`] is the real file system. The test implementations live in
//! [`crate::persist::sim`]: `SimStorage` (in memory, loses or tears unsynced writes on a
//! simulated power cut) and `FailStorage` (fails the Nth operation).

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A file's whole contents, read for recovery: mapped for real files, owned for simulated ones.
pub enum FileBytes {
    /// Bytes owned in memory.
    Owned(Vec<u8>),
    /// A read-only map of a file nobody else writes while the directory lock is held.
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for FileBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            FileBytes::Owned(v) => v,
            FileBytes::Mapped(m) => m,
        }
    }
}

/// A file open for appending (a WAL segment or a snapshot being written).
pub trait AppendFile: Send {
    /// Appends all of `data` (an error may leave a prefix of it written).
    fn append(&mut self, data: &[u8]) -> io::Result<()>;
    /// Makes everything appended so far durable (fdatasync).
    fn sync(&mut self) -> io::Result<()>;
}

/// The file operations persistence needs, on one directory tree.
pub trait Storage: Send + Sync + std::fmt::Debug {
    /// Creates `dir` and its parents if missing.
    fn create_dir_all(&self, dir: &Path) -> io::Result<()>;
    /// The names of the entries of `dir`.
    fn list(&self, dir: &Path) -> io::Result<Vec<String>>;
    /// Creates `path` empty (replacing any file there) for appending.
    fn create(&self, path: &Path) -> io::Result<Box<dyn AppendFile>>;
    /// The whole contents of `path`.
    fn read(&self, path: &Path) -> io::Result<FileBytes>;
    /// Cuts `path` to `len` bytes and makes that durable.
    fn truncate(&self, path: &Path, len: u64) -> io::Result<()>;
    /// Renames `from` to `to`, replacing `to` (durable only after [`Storage::sync_dir`]).
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Deletes `path` (durable only after [`Storage::sync_dir`]).
    fn remove(&self, path: &Path) -> io::Result<()>;
    /// Makes the entries of `dir` (creates, renames, deletes) durable.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// Takes the exclusive lock of `dir` for this open database; released when the returned
    /// guard drops. `Ok(None)` when another holder has it.
    fn lock(&self, dir: &Path) -> io::Result<Option<Box<dyn Send + Sync>>>;
}

/// The real file system.
#[derive(Debug, Default)]
pub struct OsStorage;

/// Shared handle to a storage implementation.
pub type StorageRef = Arc<dyn Storage>;

struct OsFile(std::fs::File);

impl AppendFile for OsFile {
    fn append(&mut self, data: &[u8]) -> io::Result<()> {
        io::Write::write_all(&mut self.0, data)
    }
    fn sync(&mut self) -> io::Result<()> {
        self.0.sync_data()
    }
}

impl Storage for OsStorage {
    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        std::fs::create_dir_all(dir)
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            names.push(entry?.file_name().to_string_lossy().into_owned());
        }
        names.sort();
        Ok(names)
    }

    fn create(&self, path: &Path) -> io::Result<Box<dyn AppendFile>> {
        // std opens with O_CLOEXEC, so a forked-and-exec'd child never inherits the file.
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(path)?;
        Ok(Box::new(OsFile(file)))
    }

    fn read(&self, path: &Path) -> io::Result<FileBytes> {
        let file = std::fs::File::open(path)?;
        let meta = file.metadata()?;
        if !meta.is_file() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "not a regular file",
            ));
        }
        if meta.len() == 0 {
            return Ok(FileBytes::Owned(Vec::new()));
        }
        // SAFETY: the map is read-only, and the database's directory lock guarantees that no
        // other Ferrite handle writes the file meanwhile; Ferrite itself never writes a file
        // after it is complete (snapshots are renamed into place, WAL segments are only read
        // before the new segment is started). Every length read from the map is checked before
        // use, so a file shorter than its headers claim is an error, not a SIGBUS.
        #[allow(unsafe_code)]
        let map = unsafe { memmap2::Mmap::map(&file)? };
        Ok(FileBytes::Mapped(map))
    }

    fn truncate(&self, path: &Path, len: u64) -> io::Result<()> {
        let file = std::fs::OpenOptions::new().write(true).open(path)?;
        file.set_len(len)?;
        file.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        std::fs::remove_file(path)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        std::fs::File::open(dir)?.sync_all()
    }

    fn lock(&self, dir: &Path) -> io::Result<Option<Box<dyn Send + Sync>>> {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(dir.join(LOCK_FILE))?;
        // flock(2): held by this open file description, so a second open in the same process
        // conflicts too; released when the process dies.
        match file.try_lock() {
            Ok(()) => Ok(Some(Box::new(OsLock(file)))),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(e),
        }
    }
}

/// The directory lock of an open database: unlocked explicitly on drop, because a process forked
/// meanwhile (e.g. to exec a child) holds a copy of the descriptor, and the lock belongs to the
/// shared open file description: closing our descriptor alone would leave it held until the
/// child execs or exits.
struct OsLock(std::fs::File);

impl Drop for OsLock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

/// The name of the lock file inside a database directory.
pub const LOCK_FILE: &str = "LOCK";

/// `dir/name`.
pub fn child(dir: &Path, name: &str) -> PathBuf {
    dir.join(name)
}
