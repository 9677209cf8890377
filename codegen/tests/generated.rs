//! Tests of the real table's output: `generated/` is fresh, and the public Rust API surface is
//! what the snapshot says (review its diff when the table changes).

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    codegen::files::workspace_root(Path::new(env!("CARGO_MANIFEST_DIR")))
}

/// Fails when `generated/` is stale, like `cargo xtask check` (rust-analyzer's approach: the
/// check runs in `cargo test`, so nobody merges stale output).
#[test]
fn generated_files_are_fresh() {
    let root = root();
    let files = codegen::files::generate(&root).unwrap_or_else(|err| panic!("{err:#}"));
    let changes = codegen::files::diff(&root, &files).unwrap();
    let list: Vec<String> = changes.iter().map(ToString::to_string).collect();
    assert!(
        list.is_empty(),
        "generated/ does not match commands.yaml:\n{}\nrun `cargo xtask gen`",
        list.join("\n")
    );
}

#[test]
fn rust_api_surface() {
    let model = codegen::files::load_model(&root().join("commands.yaml"))
        .unwrap_or_else(|err| panic!("{err:#}"));
    insta::assert_snapshot!(codegen::render::rust_api_surface(&model).unwrap());
}
