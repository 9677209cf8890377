//! Installs the generated header beside the library: `target/<profile>/ferrite.h` next to
//! `libferrite.a` and `libferrite.so`, so one `-I` and one `-L` find both.

use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let header = manifest.join("../../generated/c/ferrite.h");
    println!("cargo:rerun-if-changed={}", header.display());
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        return;
    };
    // OUT_DIR is target/<profile>/build/<pkg>-<hash>/out.
    let Some(profile_dir) = Path::new(&out_dir).ancestors().nth(3) else {
        return;
    };
    if let Err(e) = std::fs::copy(&header, profile_dir.join("ferrite.h")) {
        println!("cargo:warning=could not install ferrite.h beside the library: {e}");
    }
}
