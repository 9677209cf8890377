//! The memory limit (Redis's `maxmemory` with `noeviction`): `Ctx::admit(true)`, which the
//! generated code calls before every `denyoom` command, refuses once used memory is above the
//! limit; commands that do not grow memory (`admit(false)`: DEL, EXPIRE, LPOP, ...) and reads go
//! on working, and freeing memory lets writes in again.

use std::sync::atomic::AtomicUsize;

use ferrite_core::commands::{keys, list, string};
use ferrite_core::{Ctx, Error, Keyspace};

const OOM: &str = "OOM command not allowed when used memory > 'maxmemory'.";

/// SETs 1 KiB values under `big:<i>` while `admit(true)` lets them in; returns how many.
fn fill_until_refused(ctx: &Ctx) -> usize {
    let value = vec![b'x'; 1024];
    let mut n = 0;
    while ctx.admit(true).is_ok() {
        string::set(
            ctx,
            format!("big:{n}").as_bytes(),
            &value,
            None,
            false,
            None,
        )
        .unwrap();
        n += 1;
        assert!(n < 1_000_000, "the limit never took effect");
    }
    n
}

#[test]
fn denyoom_writes_are_refused_over_the_limit_and_admitted_again_after_deletes() {
    let ks = Keyspace::new(1);
    let db = AtomicUsize::new(0);
    let ctx = Ctx::new(&ks, &db);
    assert_eq!(ks.memory_limit(), None);
    ks.set_memory_limit(Some(200_000));
    assert_eq!(ks.memory_limit(), Some(200_000));

    let n = fill_until_refused(&ctx);
    let used = ks.used_memory();
    // Refused only once over the limit, and the last admitted write crossed it.
    assert!(used > 200_000, "{used}");
    assert!(used < 200_000 + 8 * 1024, "{used}");
    assert!(n > 150, "{n}");

    let err = ctx.admit(true).unwrap_err();
    assert!(matches!(err, Error::Oom));
    assert_eq!(err.to_string(), OOM);
    assert_eq!(err.code(), "OOM");

    // Commands that cannot grow memory, and reads, still run.
    assert!(ctx.admit(false).is_ok());
    assert_eq!(
        string::get(&ctx, b"big:0").unwrap().map(|v| v.len()),
        Some(1024)
    );
    assert_eq!(keys::dbsize(&ctx).unwrap(), n);
    assert!(keys::expire(&ctx, b"big:1", 100, false, false, false, false).unwrap());

    // Deleting keys frees memory: writes are admitted again.
    let mut deleted = 0;
    while ctx.admit(true).is_err() {
        assert!(ctx.admit(false).is_ok());
        assert_eq!(
            keys::del(&ctx, &[format!("big:{deleted}").as_bytes()]).unwrap(),
            1
        );
        deleted += 1;
    }
    assert!(ks.used_memory() <= 200_000);
    assert!((1..=8).contains(&deleted), "{deleted}");
    string::set(&ctx, b"after", b"ok", None, false, None).unwrap();
}

#[test]
fn the_limit_is_strict_and_can_be_changed_or_removed() {
    let ks = Keyspace::new(1);
    let db = AtomicUsize::new(0);
    let ctx = Ctx::new(&ks, &db);
    let items: Vec<Vec<u8>> = (0..1000)
        .map(|i| format!("item-{i}").into_bytes())
        .collect();
    let refs: Vec<&[u8]> = items.iter().map(Vec::as_slice).collect();
    list::rpush(&ctx, b"l", &refs).unwrap();
    let used = ks.used_memory();
    assert!(used > 1000 * 24, "{used}");

    // Redis refuses when used memory is greater than the limit, not equal to it.
    ks.set_memory_limit(Some(used));
    assert!(ctx.admit(true).is_ok());
    ks.set_memory_limit(Some(used - 1));
    assert!(matches!(ctx.admit(true), Err(Error::Oom)));

    // Popping frees memory (LPOP is not denyoom) until the key is gone.
    assert!(ctx.admit(false).is_ok());
    list::lpop(&ctx, b"l", Some(1000)).unwrap();
    assert!(ks.used_memory() < used);
    assert!(ctx.admit(true).is_ok());

    ks.set_memory_limit(Some(0));
    assert!(
        ks.used_memory() > 0,
        "the shard tables keep their slots after the deletes"
    );
    assert!(ctx.admit(true).is_err());
    keys::flushall(&ctx, None).unwrap();
    assert_eq!(ks.used_memory(), 0);
    assert!(ctx.admit(true).is_ok(), "0 used is not over a limit of 0");
    ks.set_memory_limit(None);
    assert_eq!(ks.memory_limit(), None);
    assert!(ctx.admit(true).is_ok());
}

#[test]
fn a_transaction_sees_its_own_growth_and_a_rollback_gives_it_back() {
    let ks = Keyspace::new(1);
    let db = AtomicUsize::new(0);
    let ctx = Ctx::new(&ks, &db);
    string::set(&ctx, b"seed", b"v", None, false, None).unwrap();
    let before = ks.used_memory();
    ks.set_memory_limit(Some(before + 50_000));
    let tx = ks.begin();
    let tctx = Ctx::in_tx(&ks, &db, &tx);
    let value = vec![b'y'; 1000];
    let mut admitted = 0;
    while tctx.admit(true).is_ok() {
        string::set(
            &tctx,
            format!("t{admitted}").as_bytes(),
            &value,
            None,
            false,
            None,
        )
        .unwrap();
        admitted += 1;
    }
    // About 50 KB of 1 KB values, less the slot arrays the new keys' shard tables allocate.
    assert!((25..50).contains(&admitted), "{admitted}");
    tx.rollback();
    drop(tx);
    assert_eq!(ks.used_memory(), ks.recompute_used_memory());
    assert!(ctx.admit(true).is_ok());
    assert!(
        ks.used_memory() < before + 50_000,
        "{} {}",
        ks.used_memory(),
        before
    );
}
