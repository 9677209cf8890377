//! The write/check stage shared by `cargo xtask gen`, `cargo xtask check` and the freshness
//! test: the whole pipeline from `commands.yaml` to the files under `generated/`, and the
//! comparison with what is on disk.

use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::model::Model;
use crate::render::{self, Files};
use crate::{table, validate};

/// Reads, validates and models the table at `path`.
pub fn load_model(path: &Path) -> anyhow::Result<Model> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let table = table::parse(&text).with_context(|| format!("parsing {}", path.display()))?;
    validate::validate(&table)
        .map_err(|issues| anyhow::anyhow!("{} is invalid:\n{issues}", path.display()))?;
    Ok(Model::build(&table))
}

/// Renders every generated file from the workspace at `root`.
pub fn generate(root: &Path) -> anyhow::Result<Files> {
    let model = load_model(&root.join("commands.yaml"))?;
    render::render(&model)
}

/// How a file under `generated/` differs from what the generator writes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// Its contents are out of date.
    Stale(PathBuf),
    /// It does not exist yet.
    Missing(PathBuf),
    /// The generator no longer writes it.
    Orphan(PathBuf),
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::Stale(path) => write!(f, "stale:   {}", path.display()),
            Change::Missing(path) => write!(f, "missing: {}", path.display()),
            Change::Orphan(path) => write!(f, "orphan:  {}", path.display()),
        }
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Every difference between `files` and `root/generated/`, sorted (paths relative to `root`).
pub fn diff(root: &Path, files: &Files) -> anyhow::Result<Vec<Change>> {
    let generated = root.join("generated");
    let mut changes = Vec::new();
    for (rel, text) in files {
        let path = generated.join(rel);
        let shown = Path::new("generated").join(rel);
        match std::fs::read_to_string(&path) {
            Ok(on_disk) if &on_disk == text => {}
            Ok(_) => changes.push(Change::Stale(shown)),
            Err(_) => changes.push(Change::Missing(shown)),
        }
    }
    let mut on_disk = Vec::new();
    walk(&generated, &mut on_disk).with_context(|| format!("listing {}", generated.display()))?;
    for path in on_disk {
        let rel = path.strip_prefix(&generated).unwrap_or(&path);
        let key = rel.to_string_lossy().replace('\\', "/");
        if !files.contains_key(&key) {
            changes.push(Change::Orphan(Path::new("generated").join(rel)));
        }
    }
    changes.sort();
    Ok(changes)
}

/// Brings `root/generated/` in line with `files`: writes changed and missing files, deletes
/// orphans. Returns what it changed.
pub fn write(root: &Path, files: &Files) -> anyhow::Result<Vec<Change>> {
    let changes = diff(root, files)?;
    for change in &changes {
        match change {
            Change::Stale(shown) | Change::Missing(shown) => {
                let path = root.join(shown);
                let rel = shown
                    .strip_prefix("generated")
                    .unwrap_or(shown)
                    .to_string_lossy()
                    .replace('\\', "/");
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(&path, &files[&rel])
                    .with_context(|| format!("writing {}", path.display()))?;
            }
            Change::Orphan(shown) => {
                let path = root.join(shown);
                std::fs::remove_file(&path)
                    .with_context(|| format!("deleting {}", path.display()))?;
            }
        }
    }
    Ok(changes)
}

/// The workspace root, from a crate directory inside it (`CARGO_MANIFEST_DIR`).
pub fn workspace_root(crate_dir: &Path) -> PathBuf {
    crate_dir
        .ancestors()
        .find(|dir| dir.join("commands.yaml").is_file())
        .map_or_else(|| crate_dir.to_path_buf(), Path::to_path_buf)
}
