//! Test storage: a simulated disk that can lose power, and a wrapper that fails the Nth
//! operation. Used by the crash (R2) and I/O-error (R4) batteries; not meant for production.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use super::storage::{AppendFile, FileBytes, Storage, StorageRef};
use crate::hash::Rng;

/// Bytes per simulated sector: a torn write keeps a whole number of sectors.
const SECTOR: usize = 512;

#[derive(Debug, Default, Clone)]
struct SimFile {
    /// What survives a power cut for certain.
    durable: Vec<u8>,
    /// What reads see now.
    current: Vec<u8>,
    /// Writes since the last sync, as (offset, length) into `current`.
    unsynced: Vec<(usize, usize)>,
}

#[derive(Debug, Default, Clone)]
struct SimState {
    files: HashMap<u64, SimFile>,
    next_id: u64,
    /// Directory entries as they are now.
    names: BTreeMap<PathBuf, u64>,
    /// Directory entries as of each directory's last fsync.
    durable_names: BTreeMap<PathBuf, u64>,
    dirs: BTreeSet<PathBuf>,
    locks: BTreeSet<PathBuf>,
    /// File-system operations in order, for protocol checks (e.g. "tmp fsynced before rename").
    trace: Vec<String>,
}

/// An in-memory disk that keeps, per file and per directory entry, what is durable apart from
/// what is merely written, so a test can cut the power at any point ([`SimStorage::crash`]).
#[derive(Debug, Default, Clone)]
pub struct SimStorage {
    state: Arc<Mutex<SimState>>,
}

struct SimAppend {
    state: Arc<Mutex<SimState>>,
    id: u64,
    name: String,
}

impl AppendFile for SimAppend {
    fn append(&mut self, data: &[u8]) -> io::Result<()> {
        let mut st = self.state.lock();
        st.trace
            .push(format!("append {} {}", self.name, data.len()));
        let file = st.files.entry(self.id).or_default();
        let at = file.current.len();
        file.current.extend_from_slice(data);
        file.unsynced.push((at, data.len()));
        Ok(())
    }

    fn sync(&mut self) -> io::Result<()> {
        let mut st = self.state.lock();
        st.trace.push(format!("fsync {}", self.name));
        let file = st.files.entry(self.id).or_default();
        file.durable = file.current.clone();
        file.unsynced.clear();
        Ok(())
    }
}

struct SimLock {
    state: Arc<Mutex<SimState>>,
    dir: PathBuf,
}

impl Drop for SimLock {
    fn drop(&mut self) {
        self.state.lock().locks.remove(&self.dir);
    }
}

fn parent(path: &Path) -> PathBuf {
    path.parent().map(Path::to_path_buf).unwrap_or_default()
}

fn not_found(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::NotFound,
        format!("{}: no such file", path.display()),
    )
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl SimStorage {
    /// An empty simulated disk.
    pub fn new() -> SimStorage {
        SimStorage::default()
    }

    /// The disk a power cut leaves now: directory entries as of each directory's last fsync;
    /// each file's synced bytes, plus each unsynced write kept, dropped, torn at a sector
    /// boundary or replaced by garbage, chosen by `seed`. Locks are released.
    pub fn crash(&self, seed: u64) -> SimStorage {
        let st = self.state.lock();
        let mut rng = Rng::new(seed);
        let mut files = HashMap::new();
        for id in st.durable_names.values() {
            let Some(file) = st.files.get(id) else {
                continue;
            };
            let mut bytes = file.durable.clone();
            for &(at, len) in &file.unsynced {
                let data = file.current.get(at..at + len).unwrap_or(&[]);
                let keep: Vec<u8> = match rng.below(4) {
                    0 => data.to_vec(),
                    1 => continue,
                    2 => {
                        // Keep the sectors before a random boundary inside the write.
                        let end = at + len;
                        let first = at.div_ceil(SECTOR) * SECTOR;
                        let cut = if first >= end {
                            at
                        } else {
                            let sectors = (end - first) / SECTOR;
                            first + SECTOR * rng.below(sectors + 1)
                        };
                        data.get(..cut.saturating_sub(at)).unwrap_or(&[]).to_vec()
                    }
                    _ => (0..len).map(|_| rng.below(256) as u8).collect(),
                };
                if bytes.len() < at {
                    bytes.resize(at, 0);
                }
                let end = at + keep.len();
                if bytes.len() < end {
                    bytes.resize(end, 0);
                }
                bytes[at..end].copy_from_slice(&keep);
            }
            files.insert(
                *id,
                SimFile {
                    durable: bytes.clone(),
                    current: bytes,
                    unsynced: Vec::new(),
                },
            );
        }
        SimStorage {
            state: Arc::new(Mutex::new(SimState {
                files,
                next_id: st.next_id,
                names: st.durable_names.clone(),
                durable_names: st.durable_names.clone(),
                dirs: st.dirs.clone(),
                locks: BTreeSet::new(),
                trace: Vec::new(),
            })),
        }
    }

    /// The disk a process kill leaves: everything written survives (the OS has it), locks are
    /// released.
    pub fn kill(&self) -> SimStorage {
        let st = self.state.lock();
        SimStorage {
            state: Arc::new(Mutex::new(SimState {
                files: st.files.clone(),
                next_id: st.next_id,
                names: st.names.clone(),
                durable_names: st.names.clone(),
                dirs: st.dirs.clone(),
                locks: BTreeSet::new(),
                trace: Vec::new(),
            })),
        }
    }

    /// The operations performed so far, in order (`create`, `append`, `fsync`, `rename`,
    /// `remove`, `fsync-dir`, `truncate`, with file names).
    pub fn trace(&self) -> Vec<String> {
        self.state.lock().trace.clone()
    }

    /// The current bytes of `path`, if it exists.
    pub fn contents(&self, path: &Path) -> Option<Vec<u8>> {
        let st = self.state.lock();
        let id = st.names.get(path)?;
        st.files.get(id).map(|f| f.current.clone())
    }

    /// Replaces the bytes of `path` (creating it durably), for corruption tests.
    pub fn put(&self, path: &Path, bytes: Vec<u8>) {
        let mut st = self.state.lock();
        let id = match st.names.get(path) {
            Some(id) => *id,
            None => {
                st.next_id += 1;
                let id = st.next_id;
                st.names.insert(path.to_path_buf(), id);
                st.durable_names.insert(path.to_path_buf(), id);
                id
            }
        };
        st.files.insert(
            id,
            SimFile {
                durable: bytes.clone(),
                current: bytes,
                unsynced: Vec::new(),
            },
        );
    }
}

impl Storage for SimStorage {
    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        self.state.lock().dirs.insert(dir.to_path_buf());
        Ok(())
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        let st = self.state.lock();
        if !st.dirs.contains(dir) {
            return Err(not_found(dir));
        }
        Ok(st
            .names
            .keys()
            .filter(|p| parent(p) == dir)
            .map(|p| name_of(p))
            .collect())
    }

    fn create(&self, path: &Path) -> io::Result<Box<dyn AppendFile>> {
        let mut st = self.state.lock();
        st.next_id += 1;
        let id = st.next_id;
        st.files.insert(id, SimFile::default());
        st.names.insert(path.to_path_buf(), id);
        st.trace.push(format!("create {}", name_of(path)));
        Ok(Box::new(SimAppend {
            state: Arc::clone(&self.state),
            id,
            name: name_of(path),
        }))
    }

    fn read(&self, path: &Path) -> io::Result<FileBytes> {
        let st = self.state.lock();
        let id = st.names.get(path).ok_or_else(|| not_found(path))?;
        let file = st.files.get(id).ok_or_else(|| not_found(path))?;
        Ok(FileBytes::Owned(file.current.clone()))
    }

    fn truncate(&self, path: &Path, len: u64) -> io::Result<()> {
        let mut st = self.state.lock();
        st.trace.push(format!("truncate {} {len}", name_of(path)));
        let id = *st.names.get(path).ok_or_else(|| not_found(path))?;
        let file = st.files.entry(id).or_default();
        let len = usize::try_from(len).unwrap_or(usize::MAX);
        file.current.truncate(len);
        file.durable = file.current.clone();
        file.unsynced.clear();
        Ok(())
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        let mut st = self.state.lock();
        st.trace
            .push(format!("rename {} {}", name_of(from), name_of(to)));
        let id = st.names.remove(from).ok_or_else(|| not_found(from))?;
        st.names.insert(to.to_path_buf(), id);
        Ok(())
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        let mut st = self.state.lock();
        st.trace.push(format!("remove {}", name_of(path)));
        st.names.remove(path).ok_or_else(|| not_found(path))?;
        Ok(())
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        let mut st = self.state.lock();
        st.trace.push("fsync-dir".to_string());
        let SimState {
            names,
            durable_names,
            ..
        } = &mut *st;
        durable_names.retain(|p, _| parent(p) != dir);
        for (p, id) in names.iter() {
            if parent(p) == dir {
                durable_names.insert(p.clone(), *id);
            }
        }
        Ok(())
    }

    fn lock(&self, dir: &Path) -> io::Result<Option<Box<dyn Send + Sync>>> {
        let mut st = self.state.lock();
        if !st.locks.insert(dir.to_path_buf()) {
            return Ok(None);
        }
        Ok(Some(Box::new(SimLock {
            state: Arc::clone(&self.state),
            dir: dir.to_path_buf(),
        })))
    }
}

/// Which operation [`FailStorage`] fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOp {
    /// An append fails with nothing written.
    Append,
    /// An append writes half its bytes, then fails (a short write).
    ShortAppend,
    /// An fsync of a file fails.
    Sync,
    /// A read fails.
    Read,
    /// A rename fails.
    Rename,
    /// Creating a file fails.
    Create,
    /// An fsync of a directory fails.
    SyncDir,
    /// Any of the above.
    Any,
}

/// When and how [`FailStorage`] fails.
#[derive(Clone, Copy, Debug)]
pub struct FailPlan {
    /// The operation kind that fails.
    pub op: FailOp,
    /// Fail the `nth` matching operation (0-based).
    pub nth: u64,
    /// Keep failing every matching operation after the first failure.
    pub persistent: bool,
    /// The error returned (e.g. `Other` for EIO, `StorageFull` for ENOSPC).
    pub error: io::ErrorKind,
}

/// Wraps a storage and fails the operation a [`FailPlan`] names.
#[derive(Debug)]
pub struct FailStorage {
    inner: StorageRef,
    plan: Mutex<Option<FailPlan>>,
    seen: Arc<AtomicU64>,
    failures: Arc<AtomicU64>,
}

struct FailAppend {
    inner: Box<dyn AppendFile>,
    owner: Arc<FailShared>,
}

#[derive(Debug)]
struct FailShared {
    plan: Option<FailPlan>,
    seen: Arc<AtomicU64>,
    failures: Arc<AtomicU64>,
}

impl FailShared {
    fn should_fail(&self, op: FailOp) -> Option<io::Error> {
        let plan = self.plan?;
        let matches = plan.op == FailOp::Any
            || plan.op == op
            || (plan.op == FailOp::ShortAppend && op == FailOp::Append);
        if !matches {
            return None;
        }
        let n = self.seen.fetch_add(1, Ordering::SeqCst);
        if n == plan.nth || (plan.persistent && n > plan.nth) {
            self.failures.fetch_add(1, Ordering::SeqCst);
            return Some(io::Error::new(
                plan.error,
                format!("injected failure of {op:?} #{n}"),
            ));
        }
        None
    }
}

impl AppendFile for FailAppend {
    fn append(&mut self, data: &[u8]) -> io::Result<()> {
        if let Some(err) = self.owner.should_fail(FailOp::Append) {
            let short = self.owner.plan.map(|p| p.op) == Some(FailOp::ShortAppend);
            if short {
                self.inner
                    .append(data.get(..data.len() / 2).unwrap_or(&[]))?;
            }
            return Err(err);
        }
        self.inner.append(data)
    }

    fn sync(&mut self) -> io::Result<()> {
        if let Some(err) = self.owner.should_fail(FailOp::Sync) {
            return Err(err);
        }
        self.inner.sync()
    }
}

impl FailStorage {
    /// Wraps `inner`, failing as `plan` says (`None`: never, only counting).
    pub fn new(inner: StorageRef, plan: Option<FailPlan>) -> FailStorage {
        FailStorage {
            inner,
            plan: Mutex::new(plan),
            seen: Arc::new(AtomicU64::new(0)),
            failures: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Matching operations seen so far.
    pub fn seen(&self) -> u64 {
        self.seen.load(Ordering::SeqCst)
    }

    /// Failures injected so far.
    pub fn failures(&self) -> u64 {
        self.failures.load(Ordering::SeqCst)
    }

    fn shared(&self) -> Arc<FailShared> {
        Arc::new(FailShared {
            plan: *self.plan.lock(),
            seen: Arc::clone(&self.seen),
            failures: Arc::clone(&self.failures),
        })
    }

    fn check(&self, op: FailOp) -> io::Result<()> {
        match self.shared().should_fail(op) {
            Some(err) => Err(err),
            None => Ok(()),
        }
    }
}

impl Storage for FailStorage {
    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        self.inner.create_dir_all(dir)
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        self.inner.list(dir)
    }
    fn create(&self, path: &Path) -> io::Result<Box<dyn AppendFile>> {
        self.check(FailOp::Create)?;
        Ok(Box::new(FailAppend {
            inner: self.inner.create(path)?,
            owner: self.shared(),
        }))
    }
    fn read(&self, path: &Path) -> io::Result<FileBytes> {
        self.check(FailOp::Read)?;
        self.inner.read(path)
    }
    fn truncate(&self, path: &Path, len: u64) -> io::Result<()> {
        self.inner.truncate(path, len)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check(FailOp::Rename)?;
        self.inner.rename(from, to)
    }
    fn remove(&self, path: &Path) -> io::Result<()> {
        self.inner.remove(path)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.check(FailOp::SyncDir)?;
        self.inner.sync_dir(dir)
    }
    fn lock(&self, dir: &Path) -> io::Result<Option<Box<dyn Send + Sync>>> {
        self.inner.lock(dir)
    }
}
