//! The Go target: names of the real table, helpers, and the fixture table's Go output
//! type-checked by `go vet` against its C header and the hand-written glue of bindings/go.

use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::targets::go;

fn root() -> PathBuf {
    codegen::files::workspace_root(Path::new(env!("CARGO_MANIFEST_DIR")))
}

#[test]
fn real_table_go_names() {
    let model = codegen::files::load_model(&root().join("commands.yaml"))
        .unwrap_or_else(|err| panic!("{err:#}"));
    let api = go::api(&model).unwrap_or_else(|err| panic!("{err:#}"));
    let db: Vec<&str> = api.receivers[0]
        .methods
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    let tx: Vec<&str> = api.receivers[1]
        .methods
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(db, tx, "DB and Tx have the same methods");
    assert_eq!(api.receivers[1].ty, "Tx", "the second receiver is *Tx");
    for name in [
        "Set",
        "SetNX",
        "SetEx",
        "SetWith",
        "Get",
        "GetString",
        "GetStr",
        "HSet",
        "HSetMultiple",
        "HGetAll",
        "HGetString",
        "LPush",
        "LPopCount",
        "LPopString",
        "SMembers",
        "MGet",
        "MSet",
        "ZAdd",
        "ZAddNX",
        "ZAddIncr",
        "ZRangeWithScores",
        "ZRangeWith",
        "Incr",
        "TTL",
        "PTTL",
        "PExpireAt",
        "Type",
        "Scan",
        "DBSize",
        "FlushDB",
    ] {
        assert!(db.contains(&name), "no DB.{name}");
    }
    // Every method of the table, plus a String variant per (optional) bytes method.
    let methods: usize = model.commands.iter().map(|c| c.methods.len()).sum();
    let bytes_methods = model
        .commands
        .iter()
        .flat_map(|c| &c.methods)
        .filter(|m| {
            matches!(
                m.reply,
                codegen::model::ReplyKind::Bytes | codegen::model::ReplyKind::OptionalBytes
            )
        })
        .count();
    assert_eq!(
        db.len(),
        methods + bytes_methods,
        "Go methods: one per table method and one String variant per bytes method"
    );
}

#[test]
fn parameter_names() {
    assert_eq!(go::param_name("new_key"), "newKey");
    assert_eq!(go::param_name("destination_db"), "destinationDB");
    assert_eq!(go::param_name("len"), "lenArg");
    assert_eq!(go::param_name("min"), "min");
    assert_eq!(go::pascal("withscores"), "Withscores");
    assert_eq!(go::pascal("nx"), "NX");
}

#[test]
fn string_literals() {
    assert_eq!(go::go_string("a\"b\\c"), r#""a\"b\\c""#);
    assert_eq!(go::go_string("\u{0}\n\u{e9}"), r#""\x00\x0a\xc3\xa9""#);
}

/// The go command: on PATH, else /usr/local/go/bin.
fn go_command() -> PathBuf {
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("go"))
            .find(|p| p.is_file())
    });
    on_path.unwrap_or_else(|| PathBuf::from("/usr/local/go/bin/go"))
}

/// Writes the fixture's generated C header and Go files next to a copy of bindings/go's
/// hand-written package files (the layout of the repository), and runs `go vet` there: every
/// argument, options and reply shape of the fixture must type-check against its C header.
#[test]
fn fixture_go_type_checks() {
    let model = codegen::files::load_model(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/algebra.yaml"),
    )
    .unwrap_or_else(|err| panic!("{err:#}"));
    let files = codegen::render::render(&model).unwrap_or_else(|err| panic!("{err:#}"));
    let tmp = std::env::temp_dir().join(format!("ferrite-go-fixture-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let pkg = tmp.join("bindings/go");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::create_dir_all(tmp.join("generated/c")).unwrap();
    std::fs::write(tmp.join("generated/c/ferrite.h"), &files["c/ferrite.h"]).unwrap();
    std::fs::write(pkg.join("commands_gen.go"), &files["go/commands.go"]).unwrap();
    std::fs::write(
        pkg.join("examples_gen_test.go"),
        &files["go/examples_test.go"],
    )
    .unwrap();
    let src = root().join("bindings/go");
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let hand_written = !path.is_symlink()
            && (name == "go.mod"
                || name == "examples_test.go"
                || (name.ends_with(".go") && !name.ends_with("_test.go")));
        if hand_written {
            std::fs::copy(&path, pkg.join(&name)).unwrap();
        }
    }
    let out = Command::new(go_command())
        .args(["vet", "./..."])
        .current_dir(&pkg)
        .env("GOTOOLCHAIN", "local")
        .env("CGO_ENABLED", "1")
        .output()
        .expect("running go vet (is Go installed? scripts/install-deps.sh)");
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(
        out.status.success(),
        "go vet of the fixture's Go output failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
