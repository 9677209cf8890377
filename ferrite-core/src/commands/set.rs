//! Handlers for the set commands.
//!
//! Reply order of SMEMBERS, SUNION, SINTER, SDIFF, SPOP and SRANDMEMBER is unspecified, as in
//! Redis (the table flags them `nondeterministic_output_order` / `nondeterministic_output`).
//! Randomness comes from `ctx.rng()`.

use ferrite_macros::command;

use crate::value::SetValue;
use crate::{parse, Ctx, Error, Reply, Result, Value};

/// The set stored under a key, or WRONGTYPE.
fn as_set(value: Option<&Value>) -> Result<Option<&SetValue>> {
    match value {
        None => Ok(None),
        Some(Value::Set(set)) => Ok(Some(set)),
        Some(_) => Err(Error::WrongType),
    }
}

/// SADD key member [member ...]
#[command(SADD)]
pub fn sadd(ctx: &Ctx, key: &[u8], members: &[&[u8]]) -> Result<usize> {
    ctx.write(&[key], |view| {
        as_set(view.get(key))?;
        let Value::Set(set) = view.get_or_insert_with(key, || Value::set(SetValue::new())) else {
            return Err(Error::WrongType);
        };
        Ok(members.iter().filter(|m| set.insert(m)).count())
    })
}

/// SREM key member [member ...]
#[command(SREM)]
pub fn srem(ctx: &Ctx, key: &[u8], members: &[&[u8]]) -> Result<usize> {
    ctx.write(&[key], |view| match view.get_mut(key) {
        None => Ok(0),
        Some(Value::Set(set)) => Ok(members.iter().filter(|m| set.remove(m)).count()),
        Some(_) => Err(Error::WrongType),
    })
}

/// SMEMBERS key
#[command(SMEMBERS)]
pub fn smembers(ctx: &Ctx, key: &[u8]) -> Result<Vec<Vec<u8>>> {
    ctx.read(key, |value| {
        Ok(as_set(value)?.map(SetValue::members).unwrap_or_default())
    })
}

/// SISMEMBER key member
#[command(SISMEMBER)]
pub fn sismember(ctx: &Ctx, key: &[u8], member: &[u8]) -> Result<bool> {
    ctx.read(key, |value| {
        Ok(as_set(value)?.is_some_and(|set| set.contains(member)))
    })
}

/// SMISMEMBER key member [member ...]
#[command(SMISMEMBER)]
pub fn smismember(ctx: &Ctx, key: &[u8], members: &[&[u8]]) -> Result<Vec<bool>> {
    ctx.read(key, |value| {
        let set = as_set(value)?;
        Ok(members
            .iter()
            .map(|m| set.is_some_and(|s| s.contains(m)))
            .collect())
    })
}

/// SCARD key
#[command(SCARD)]
pub fn scard(ctx: &Ctx, key: &[u8]) -> Result<usize> {
    ctx.read(key, |value| Ok(as_set(value)?.map_or(0, SetValue::len)))
}

/// Which set algebra operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SetOp {
    Union,
    Inter,
    Diff,
}

/// Calls the visitor with the set under a key (or `None` when missing); WRONGTYPE otherwise.
type Lookup<'f> = dyn FnMut(&[u8], &mut dyn FnMut(Option<&SetValue>)) -> Result<()> + 'f;

/// Computes a set operation over `keys` through `lookup`. Every key is type-checked first, as
/// Redis 7.0 does (a missing key is an empty set).
fn set_op(op: SetOp, keys: &[&[u8]], lookup: &mut Lookup<'_>) -> Result<Vec<Vec<u8>>> {
    let mut sizes = Vec::with_capacity(keys.len());
    for key in keys {
        let mut size = 0;
        lookup(key, &mut |set| size = set.map_or(0, SetValue::len))?;
        sizes.push(size);
    }
    match op {
        SetOp::Union => {
            let mut acc = SetValue::new();
            for key in keys {
                lookup(key, &mut |set| {
                    for member in set.into_iter().flat_map(SetValue::iter) {
                        acc.insert(&member);
                    }
                })?;
            }
            Ok(acc.members())
        }
        SetOp::Inter => {
            if sizes.contains(&0) {
                return Ok(Vec::new());
            }
            let mut order: Vec<usize> = (0..keys.len()).collect();
            order.sort_by_key(|i| sizes[*i]);
            let mut candidates = Vec::new();
            lookup(keys[order[0]], &mut |set| {
                candidates = set.map(SetValue::members).unwrap_or_default()
            })?;
            for &i in &order[1..] {
                lookup(keys[i], &mut |set| {
                    candidates.retain(|m| set.is_some_and(|s| s.contains(m)))
                })?;
            }
            Ok(candidates)
        }
        SetOp::Diff => {
            let mut candidates = Vec::new();
            lookup(keys[0], &mut |set| {
                candidates = set.map(SetValue::members).unwrap_or_default()
            })?;
            for (i, key) in keys.iter().enumerate().skip(1) {
                if candidates.is_empty() {
                    break;
                }
                if sizes[i] > 0 {
                    lookup(key, &mut |set| {
                        candidates.retain(|m| !set.is_some_and(|s| s.contains(m)))
                    })?;
                }
            }
            Ok(candidates)
        }
    }
}

fn read_op(ctx: &Ctx, op: SetOp, keys: &[&[u8]]) -> Result<Vec<Vec<u8>>> {
    ctx.read_keys(keys, |view| {
        set_op(op, keys, &mut |key, visit| {
            visit(as_set(view.get(key))?);
            Ok(())
        })
    })
}

fn store_op(ctx: &Ctx, op: SetOp, destination: &[u8], keys: &[&[u8]]) -> Result<usize> {
    let mut names = Vec::with_capacity(keys.len() + 1);
    names.push(destination);
    names.extend_from_slice(keys);
    ctx.write(&names, |view| {
        let members = set_op(op, keys, &mut |key, visit| {
            visit(as_set(view.get(key))?);
            Ok(())
        })?;
        if members.is_empty() {
            view.remove(destination);
            return Ok(0);
        }
        let set = SetValue::from_members(members.iter().map(Vec::as_slice));
        let n = set.len();
        view.insert(destination, Value::set(set));
        Ok(n)
    })
}

/// SUNION key [key ...]
#[command(SUNION)]
pub fn sunion(ctx: &Ctx, keys: &[&[u8]]) -> Result<Vec<Vec<u8>>> {
    read_op(ctx, SetOp::Union, keys)
}

/// SINTER key [key ...]
#[command(SINTER)]
pub fn sinter(ctx: &Ctx, keys: &[&[u8]]) -> Result<Vec<Vec<u8>>> {
    read_op(ctx, SetOp::Inter, keys)
}

/// SDIFF key [key ...]
#[command(SDIFF)]
pub fn sdiff(ctx: &Ctx, keys: &[&[u8]]) -> Result<Vec<Vec<u8>>> {
    read_op(ctx, SetOp::Diff, keys)
}

/// SUNIONSTORE destination key [key ...]
#[command(SUNIONSTORE)]
pub fn sunionstore(ctx: &Ctx, destination: &[u8], keys: &[&[u8]]) -> Result<usize> {
    store_op(ctx, SetOp::Union, destination, keys)
}

/// SINTERSTORE destination key [key ...]
#[command(SINTERSTORE)]
pub fn sinterstore(ctx: &Ctx, destination: &[u8], keys: &[&[u8]]) -> Result<usize> {
    store_op(ctx, SetOp::Inter, destination, keys)
}

/// SDIFFSTORE destination key [key ...]
#[command(SDIFFSTORE)]
pub fn sdiffstore(ctx: &Ctx, destination: &[u8], keys: &[&[u8]]) -> Result<usize> {
    store_op(ctx, SetOp::Diff, destination, keys)
}

fn out_of_memory<T>(_: T) -> Error {
    Error::Oom
}

/// SPOP key [count]
#[command(SPOP)]
pub fn spop(ctx: &Ctx, key: &[u8], count: Option<i64>) -> Result<Reply> {
    if count.is_some_and(|n| n < 0) {
        return Err(not_positive_error());
    }
    let mut rng = ctx.rng();
    ctx.write(&[key], |view| {
        let set = match view.get_mut(key) {
            None => {
                return Ok(if count.is_some() {
                    Reply::Array(Vec::new())
                } else {
                    Reply::Nil
                })
            }
            Some(Value::Set(set)) => set,
            Some(_) => return Err(Error::WrongType),
        };
        let popped = match count {
            None => {
                let one = set.pop_random(&mut rng);
                log_as_srem(view, key, one.iter());
                return Ok(Reply::from_optional_bytes(one));
            }
            Some(n) => {
                let n = usize::try_from(n).unwrap_or(usize::MAX);
                if n >= set.len() {
                    std::mem::take(set).members()
                } else {
                    let mut popped = Vec::with_capacity(n);
                    for _ in 0..n {
                        popped.extend(set.pop_random(&mut rng));
                    }
                    popped
                }
            }
        };
        log_as_srem(view, key, popped.iter());
        Ok(Reply::from_list(popped))
    })
}

/// SPOP's effect depends on a random choice, so it is logged as the SREM of what it popped.
fn log_as_srem<'m>(
    view: &mut crate::keyspace::View<'_>,
    key: &[u8],
    members: impl Iterator<Item = &'m Vec<u8>>,
) {
    let mut argv = vec![b"SREM".to_vec(), key.to_vec()];
    argv.extend(members.cloned());
    if argv.len() > 2 {
        view.log_as(argv);
    }
}

fn not_positive_error() -> Error {
    Error::reply("ERR value is out of range, must be positive")
}

/// The optional count of SPOP / SRANDMEMBER from argv, as Redis reads it: more than one argument
/// after the key is `ERR syntax error` before the count is parsed; `not_integer` is the error
/// when the count does not parse.
fn optional_count_argv<'a>(
    argv: &[&'a [u8]],
    not_integer: fn() -> Error,
) -> Result<(&'a [u8], Option<i64>)> {
    if argv.len() > 3 {
        return Err(Error::Syntax);
    }
    let key = argv.get(1).copied().ok_or(Error::Syntax)?;
    let count = match argv.get(2) {
        None => None,
        Some(raw) => Some(parse::integer(raw).map_err(|_| not_integer())?),
    };
    Ok((key, count))
}

/// SPOP from argv: a count that is not an integer is `ERR value is out of range, must be
/// positive` (Redis's `getPositiveLongFromObjectOrReply`), and extra arguments are a syntax error
/// before the count is read.
pub fn spop_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let (key, count) = optional_count_argv(argv, not_positive_error)?;
    spop(ctx, key, count)
}

/// SRANDMEMBER key [count]
#[command(SRANDMEMBER)]
pub fn srandmember(ctx: &Ctx, key: &[u8], count: Option<i64>) -> Result<Reply> {
    if count == Some(i64::MIN) {
        return Err(Error::reply(
            "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807",
        ));
    }
    let mut rng = ctx.rng();
    ctx.read(key, |value| {
        let Some(set) = as_set(value)? else {
            return Ok(if count.is_some() {
                Reply::Array(Vec::new())
            } else {
                Reply::Nil
            });
        };
        let Some(n) = count else {
            return Ok(Reply::from_optional_bytes(
                set.random_member(&mut rng).map(|m| m.into_owned()),
            ));
        };
        let len = set.len();
        let wanted = usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX);
        if n < 0 {
            // May repeat: |count| independent draws.
            let mut out: Vec<Vec<u8>> = Vec::new();
            out.try_reserve_exact(wanted).map_err(out_of_memory)?;
            for _ in 0..wanted {
                out.extend(set.random_member(&mut rng).map(|m| m.into_owned()));
            }
            return Ok(Reply::from_list(out));
        }
        if wanted >= len {
            return Ok(Reply::from_list(set.members()));
        }
        // Distinct members: a partial Fisher-Yates shuffle of the indexes.
        let mut indexes: Vec<usize> = (0..len).collect();
        for i in 0..wanted {
            let j = i + rng.below(len - i);
            indexes.swap(i, j);
        }
        let out = indexes[..wanted]
            .iter()
            .filter_map(|i| set.get_index(*i).map(|m| m.into_owned()))
            .collect();
        Ok(Reply::from_list(out))
    })
}

/// SMOVE source destination member
#[command(SMOVE)]
pub fn smove(ctx: &Ctx, source: &[u8], destination: &[u8], member: &[u8]) -> Result<bool> {
    ctx.write(&[source, destination], |view| {
        if as_set(view.get(source))?.is_none() {
            return Ok(false);
        }
        as_set(view.get(destination))?;
        if source == destination {
            return Ok(as_set(view.get(source))?.is_some_and(|s| s.contains(member)));
        }
        let removed = match view.get_mut(source) {
            Some(Value::Set(set)) => set.remove(member),
            _ => false,
        };
        if !removed {
            return Ok(false);
        }
        if let Value::Set(set) =
            view.get_or_insert_with(destination, || Value::set(SetValue::new()))
        {
            set.insert(member);
        }
        Ok(true)
    })
}

/// SRANDMEMBER from argv: extra arguments are a syntax error before the count is read.
pub fn srandmember_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let (key, count) = optional_count_argv(argv, || Error::NotInteger)?;
    srandmember(ctx, key, count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::string::{get, set};
    use crate::Keyspace;
    use std::sync::atomic::AtomicUsize;

    const WRONGTYPE_TEXT: &str =
        "WRONGTYPE Operation against a key holding the wrong kind of value";

    fn sorted(mut v: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
        v.sort();
        v
    }

    fn bulk_list(items: &[&str]) -> Vec<Vec<u8>> {
        items.iter().map(|s| s.as_bytes().to_vec()).collect()
    }

    fn wrongtype(err: Error) {
        assert_eq!(
            err.to_string(),
            "WRONGTYPE Operation against a key holding the wrong kind of value"
        );
    }

    fn array_len(reply: &Reply) -> usize {
        match reply {
            Reply::Array(items) => items.len(),
            other => panic!("not an array: {other}"),
        }
    }

    #[test]
    fn add_remove_members() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        assert_eq!(sadd(&ctx, b"s", &[b"a", b"b", b"a"]).unwrap(), 2);
        assert_eq!(sadd(&ctx, b"s", &[b"b", b"c"]).unwrap(), 1);
        assert_eq!(scard(&ctx, b"s").unwrap(), 3);
        assert!(sismember(&ctx, b"s", b"a").unwrap());
        assert!(!sismember(&ctx, b"s", b"z").unwrap());
        assert!(!sismember(&ctx, b"missing", b"z").unwrap());
        assert_eq!(
            smismember(&ctx, b"s", &[b"a", b"z"]).unwrap(),
            vec![true, false]
        );
        assert_eq!(smismember(&ctx, b"missing", &[b"a"]).unwrap(), vec![false]);
        assert_eq!(
            sorted(smembers(&ctx, b"s").unwrap()),
            bulk_list(&["a", "b", "c"])
        );
        assert_eq!(srem(&ctx, b"s", &[b"a", b"z"]).unwrap(), 1);
        assert_eq!(srem(&ctx, b"missing", &[b"a"]).unwrap(), 0);
        assert_eq!(srem(&ctx, b"s", &[b"b", b"c"]).unwrap(), 2);
        assert_eq!(scard(&ctx, b"s").unwrap(), 0);
        assert!(ctx.read(b"s", |v| v.is_none()), "emptied set is deleted");
        assert!(smembers(&ctx, b"missing").unwrap().is_empty());
    }

    #[test]
    fn wrong_type_everywhere() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        set(&ctx, b"str", b"x", None, false, None).unwrap();
        sadd(&ctx, b"s", &[b"a"]).unwrap();
        wrongtype(sadd(&ctx, b"str", &[b"a"]).unwrap_err());
        wrongtype(srem(&ctx, b"str", &[b"a"]).unwrap_err());
        wrongtype(smembers(&ctx, b"str").unwrap_err());
        wrongtype(sismember(&ctx, b"str", b"a").unwrap_err());
        wrongtype(smismember(&ctx, b"str", &[b"a"]).unwrap_err());
        wrongtype(scard(&ctx, b"str").unwrap_err());
        wrongtype(sunion(&ctx, &[b"missing", b"str"]).unwrap_err());
        wrongtype(sinter(&ctx, &[b"missing", b"str"]).unwrap_err());
        wrongtype(sdiff(&ctx, &[b"missing", b"str"]).unwrap_err());
        wrongtype(sinterstore(&ctx, b"d", &[b"missing", b"str"]).unwrap_err());
        wrongtype(spop(&ctx, b"str", None).unwrap_err());
        wrongtype(spop(&ctx, b"str", Some(0)).unwrap_err());
        wrongtype(srandmember(&ctx, b"str", Some(0)).unwrap_err());
        wrongtype(smove(&ctx, b"s", b"str", b"a").unwrap_err());
        wrongtype(smove(&ctx, b"str", b"s", b"a").unwrap_err());
        assert!(!smove(&ctx, b"missing", b"str", b"a").unwrap());
        assert_eq!(get(&ctx, b"str").unwrap(), Some(b"x".to_vec()));
    }

    #[test]
    fn algebra_and_store() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        sadd(&ctx, b"a", &[b"1", b"2", b"3", b"x"]).unwrap();
        sadd(&ctx, b"b", &[b"2", b"3", b"4"]).unwrap();
        assert_eq!(
            sorted(sunion(&ctx, &[b"a", b"b", b"none"]).unwrap()),
            bulk_list(&["1", "2", "3", "4", "x"])
        );
        assert_eq!(
            sorted(sinter(&ctx, &[b"a", b"b"]).unwrap()),
            bulk_list(&["2", "3"])
        );
        assert!(sinter(&ctx, &[b"a", b"none"]).unwrap().is_empty());
        assert_eq!(
            sorted(sdiff(&ctx, &[b"a", b"b", b"none"]).unwrap()),
            bulk_list(&["1", "x"])
        );
        assert!(sdiff(&ctx, &[b"none", b"a"]).unwrap().is_empty());
        set(
            &ctx,
            b"dest",
            b"old",
            None,
            false,
            Some(crate::commands::string::SetExpiration::Ex(100)),
        )
        .unwrap();
        assert_eq!(sinterstore(&ctx, b"dest", &[b"a", b"b"]).unwrap(), 2);
        ctx.write(&[b"dest"], |view| {
            assert_eq!(view.expires_at(b"dest"), Some(None))
        });
        assert_eq!(
            sorted(smembers(&ctx, b"dest").unwrap()),
            bulk_list(&["2", "3"])
        );
        assert_eq!(sunionstore(&ctx, b"dest", &[b"a", b"b"]).unwrap(), 5);
        assert_eq!(sdiffstore(&ctx, b"dest", &[b"a", b"b"]).unwrap(), 2);
        assert_eq!(sdiffstore(&ctx, b"dest", &[b"b", b"a"]).unwrap(), 1);
        assert_eq!(sinterstore(&ctx, b"dest", &[b"a", b"none"]).unwrap(), 0);
        assert!(
            ctx.read(b"dest", |v| v.is_none()),
            "empty result deletes the destination"
        );
        // The destination may also be a source.
        assert_eq!(sunionstore(&ctx, b"a", &[b"a", b"b"]).unwrap(), 5);
    }

    #[test]
    fn spop_and_srandmember() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        assert_eq!(spop(&ctx, b"none", None).unwrap(), Reply::Nil);
        assert_eq!(spop(&ctx, b"none", Some(0)).unwrap(), Reply::Array(vec![]));
        assert_eq!(spop(&ctx, b"none", Some(3)).unwrap(), Reply::Array(vec![]));
        assert_eq!(srandmember(&ctx, b"none", None).unwrap(), Reply::Nil);
        assert_eq!(
            srandmember(&ctx, b"none", Some(-3)).unwrap(),
            Reply::Array(vec![])
        );
        let err = spop(&ctx, b"none", Some(-1)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "ERR value is out of range, must be positive"
        );
        let err = srandmember(&ctx, b"s", Some(i64::MIN)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807"
        );
        let members: Vec<Vec<u8>> = (0..200).map(|i| format!("m{i}").into_bytes()).collect();
        let refs: Vec<&[u8]> = members.iter().map(Vec::as_slice).collect();
        sadd(&ctx, b"s", &refs).unwrap();
        assert_eq!(array_len(&srandmember(&ctx, b"s", Some(10)).unwrap()), 10);
        assert_eq!(array_len(&srandmember(&ctx, b"s", Some(500)).unwrap()), 200);
        assert_eq!(
            array_len(&srandmember(&ctx, b"s", Some(-500)).unwrap()),
            500
        );
        assert_eq!(array_len(&srandmember(&ctx, b"s", Some(0)).unwrap()), 0);
        let Reply::Array(distinct) = srandmember(&ctx, b"s", Some(150)).unwrap() else {
            panic!()
        };
        let unique: std::collections::HashSet<_> = distinct.iter().map(|r| r.as_bytes()).collect();
        assert_eq!(unique.len(), 150);
        let Reply::Bulk(one) = spop(&ctx, b"s", None).unwrap() else {
            panic!()
        };
        assert!(!sismember(&ctx, b"s", &one).unwrap());
        assert_eq!(array_len(&spop(&ctx, b"s", Some(0)).unwrap()), 0);
        assert_eq!(array_len(&spop(&ctx, b"s", Some(99)).unwrap()), 99);
        assert_eq!(scard(&ctx, b"s").unwrap(), 100);
        assert_eq!(array_len(&spop(&ctx, b"s", Some(1000)).unwrap()), 100);
        assert!(ctx.read(b"s", |v| v.is_none()));
    }

    #[test]
    fn spop_and_srandmember_argv_check_in_redis_order() {
        // Each case checked against redis-server 7.0.15.
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        sadd(&ctx, b"s", &[b"a"]).unwrap();
        set(&ctx, b"str", b"v", None, false, None).unwrap();
        let e = |f: fn(&Ctx, &[&[u8]]) -> Result<Reply>, line: &str| {
            let words: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
            f(&ctx, &words).unwrap_err().to_string()
        };
        let positive = "ERR value is out of range, must be positive";
        assert_eq!(e(spop_argv, "SPOP s x"), positive);
        assert_eq!(e(spop_argv, "SPOP s 1.5"), positive);
        assert_eq!(e(spop_argv, "SPOP str x"), positive);
        assert_eq!(e(spop_argv, "SPOP s x y"), "ERR syntax error");
        assert_eq!(e(spop_argv, "SPOP str"), WRONGTYPE_TEXT);
        assert_eq!(
            e(srandmember_argv, "SRANDMEMBER s x"),
            "ERR value is not an integer or out of range"
        );
        assert_eq!(e(srandmember_argv, "SRANDMEMBER s x y"), "ERR syntax error");
        assert_eq!(
            srandmember_argv(&ctx, &[b"SRANDMEMBER", b"s", b"-2"]).unwrap(),
            Reply::Array(vec![Reply::Bulk(b"a".to_vec()), Reply::Bulk(b"a".to_vec())])
        );
        assert_eq!(
            spop_argv(&ctx, &[b"SPOP", b"s"]).unwrap(),
            Reply::Bulk(b"a".to_vec())
        );
    }

    #[test]
    fn smove_cases() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        sadd(&ctx, b"a", &[b"x", b"y"]).unwrap();
        assert!(smove(&ctx, b"a", b"a", b"x").unwrap());
        assert!(!smove(&ctx, b"a", b"a", b"z").unwrap());
        assert!(!smove(&ctx, b"a", b"b", b"z").unwrap());
        assert!(smove(&ctx, b"a", b"b", b"x").unwrap());
        assert!(smove(&ctx, b"a", b"b", b"y").unwrap());
        assert!(ctx.read(b"a", |v| v.is_none()));
        assert_eq!(
            sorted(smembers(&ctx, b"b").unwrap()),
            bulk_list(&["x", "y"])
        );
    }
}
