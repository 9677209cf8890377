//! trybuild cases of `#[command(NAME)]` against the workspace's `commands.yaml`: handlers that
//! match the table compile; each kind of mismatch is a spanned error (`tests/ui/*.stderr`).

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("tests/ui/pass_*.rs");
    cases.compile_fail("tests/ui/fail_*.rs");
}
