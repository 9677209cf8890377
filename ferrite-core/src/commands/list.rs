//! Handlers for the list commands.
//!
//! Indexes follow Redis: negative ones count from the tail (-1 is the last element); ranges are
//! clamped to the list. Range checks on arguments (a negative COUNT, `RANK 0`) come before the
//! key is touched, then the key's type, as in redis-server 7.0. A write that empties a list
//! deletes the key (the view does it).

use ferrite_macros::command;

use crate::keyspace::View;
use crate::value::ListValue;
use crate::{parse, Ctx, Error, Reply, Result, Value};

/// `LEFT | RIGHT` of LMOVE: the end of a list to pop from or push to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListEnd {
    /// The head (index 0).
    Left,
    /// The tail (index -1).
    Right,
}

/// `BEFORE | AFTER` of LINSERT.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InsertPosition {
    /// Insert in front of the pivot.
    Before,
    /// Insert behind the pivot.
    After,
}

/// The list stored at `key`, `None` when the key is missing, or WRONGTYPE.
fn read_list(value: Option<&Value>) -> Result<Option<&ListValue>> {
    match value {
        None => Ok(None),
        Some(Value::List(list)) => Ok(Some(list)),
        Some(_) => Err(Error::WrongType),
    }
}

/// WRONGTYPE unless `key` is missing or holds a list; true when it holds one.
fn check_list(view: &mut View<'_>, key: &[u8]) -> Result<bool> {
    match view.get(key) {
        None => Ok(false),
        Some(Value::List(_)) => Ok(true),
        Some(_) => Err(Error::WrongType),
    }
}

/// The list at `key` for writing: WRONGTYPE for another type; a missing key is created empty
/// when `create` (the view deletes it again if the write leaves it empty), else `None`.
fn write_list<'v>(
    view: &'v mut View<'_>,
    key: &[u8],
    create: bool,
) -> Result<Option<&'v mut ListValue>> {
    if !check_list(view, key)? {
        if !create {
            return Ok(None);
        }
        view.insert(key, Value::list(ListValue::new()));
    }
    match view.get_mut(key) {
        Some(Value::List(list)) => Ok(Some(list)),
        _ => Ok(None),
    }
}

/// Resolves a possibly negative index against `len`; `None` when outside the list.
fn resolve_index(index: i64, len: usize) -> Option<usize> {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let index = if index < 0 {
        index.checked_add(len)?
    } else {
        index
    };
    if (0..len).contains(&index) {
        Some(index as usize)
    } else {
        None
    }
}

/// Resolves LRANGE/LTRIM `start`/`stop` (inclusive, negative from the tail, clamped) into a
/// half-open range of indexes, empty when nothing is selected.
fn resolve_range(start: i64, stop: i64, len: usize) -> (usize, usize) {
    let n = i64::try_from(len).unwrap_or(i64::MAX);
    let mut start = if start < 0 {
        start.saturating_add(n)
    } else {
        start
    };
    let mut stop = if stop < 0 {
        stop.saturating_add(n)
    } else {
        stop
    };
    if start < 0 {
        start = 0;
    }
    if start > stop || start >= n {
        return (0, 0);
    }
    if stop >= n {
        stop = n - 1;
    }
    (start as usize, stop as usize + 1)
}

fn wrong_arity(command: &str) -> Error {
    Error::WrongArity {
        command: command.into(),
    }
}

/// `argv[at]`, or the arity error (`execute` checks the arity first, so this is a safeguard).
fn argv_at<'a>(argv: &[&'a [u8]], at: usize, command: &str) -> Result<&'a [u8]> {
    argv.get(at).copied().ok_or_else(|| wrong_arity(command))
}

fn need_some<T>(items: &[T], command: &str) -> Result<()> {
    if items.is_empty() {
        return Err(wrong_arity(command));
    }
    Ok(())
}

fn push(ctx: &Ctx, key: &[u8], values: &[&[u8]], end: ListEnd, create: bool) -> Result<usize> {
    ctx.write(&[key], |view| {
        let Some(list) = write_list(view, key, create)? else {
            return Ok(0);
        };
        for value in values {
            match end {
                ListEnd::Left => list.push_front(value),
                ListEnd::Right => list.push_back(value),
            }
        }
        Ok(list.len())
    })
}

const POP_COUNT_NOT_POSITIVE: &str = "ERR value is out of range, must be positive";

fn pop(ctx: &Ctx, key: &[u8], count: Option<i64>, end: ListEnd) -> Result<Reply> {
    let count = match count {
        Some(n) if n < 0 => return Err(Error::reply(POP_COUNT_NOT_POSITIVE)),
        Some(n) => Some(usize::try_from(n).unwrap_or(usize::MAX)),
        None => None,
    };
    ctx.write(&[key], |view| {
        let Some(list) = write_list(view, key, false)? else {
            return Ok(Reply::Nil);
        };
        let mut take = || match end {
            ListEnd::Left => list.pop_front(),
            ListEnd::Right => list.pop_back(),
        };
        Ok(match count {
            None => Reply::from_optional_bytes(take()),
            Some(n) => Reply::from_list(std::iter::from_fn(take).take(n).collect()),
        })
    })
}

/// LPUSH key element [element ...]
#[command(LPUSH)]
pub fn lpush(ctx: &Ctx, key: &[u8], values: &[&[u8]]) -> Result<usize> {
    need_some(values, "lpush")?;
    push(ctx, key, values, ListEnd::Left, true)
}

/// RPUSH key element [element ...]
#[command(RPUSH)]
pub fn rpush(ctx: &Ctx, key: &[u8], values: &[&[u8]]) -> Result<usize> {
    need_some(values, "rpush")?;
    push(ctx, key, values, ListEnd::Right, true)
}

/// LPUSHX key element [element ...]
#[command(LPUSHX)]
pub fn lpushx(ctx: &Ctx, key: &[u8], values: &[&[u8]]) -> Result<usize> {
    need_some(values, "lpushx")?;
    push(ctx, key, values, ListEnd::Left, false)
}

/// RPUSHX key element [element ...]
#[command(RPUSHX)]
pub fn rpushx(ctx: &Ctx, key: &[u8], values: &[&[u8]]) -> Result<usize> {
    need_some(values, "rpushx")?;
    push(ctx, key, values, ListEnd::Right, false)
}

/// LPOP key [count]: one element (bulk or nil) without `count`; with it, an array of up to
/// `count` elements, or nil when the key is missing.
#[command(LPOP)]
pub fn lpop(ctx: &Ctx, key: &[u8], count: Option<i64>) -> Result<Reply> {
    pop(ctx, key, count, ListEnd::Left)
}

/// RPOP key [count]: as LPOP, from the tail.
#[command(RPOP)]
pub fn rpop(ctx: &Ctx, key: &[u8], count: Option<i64>) -> Result<Reply> {
    pop(ctx, key, count, ListEnd::Right)
}

/// `LPOP` from argv: as Redis, more than one count is the arity error, before the count is
/// parsed (`LPOP k abc x` is wrong arity, not out of range).
pub fn lpop_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    pop_argv(ctx, argv, ListEnd::Left, "lpop")
}

/// `RPOP` from argv: as `LPOP`.
pub fn rpop_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    pop_argv(ctx, argv, ListEnd::Right, "rpop")
}

fn pop_argv(ctx: &Ctx, argv: &[&[u8]], end: ListEnd, command: &str) -> Result<Reply> {
    let key = argv_at(argv, 1, command)?;
    if argv.len() > 3 {
        return Err(wrong_arity(command));
    }
    // Redis's getPositiveLongFromObjectOrReply: one text for "not an integer" and "negative".
    let count = argv
        .get(2)
        .map(|count| parse::integer(count).map_err(|_| Error::reply(POP_COUNT_NOT_POSITIVE)))
        .transpose()?;
    pop(ctx, key, count, end)
}

/// LRANGE key start stop
#[command(LRANGE)]
pub fn lrange(ctx: &Ctx, key: &[u8], start: i64, stop: i64) -> Result<Vec<Vec<u8>>> {
    ctx.read(key, |value| {
        let Some(list) = read_list(value)? else {
            return Ok(Vec::new());
        };
        let (from, to) = resolve_range(start, stop, list.len());
        Ok(list.range(from, to).map(<[u8]>::to_vec).collect())
    })
}

/// LINDEX key index
#[command(LINDEX)]
pub fn lindex(ctx: &Ctx, key: &[u8], index: i64) -> Result<Option<Vec<u8>>> {
    lindex_with(ctx, key, || Ok(index))
}

/// `LINDEX` from argv: Redis looks the key up (nil when missing, WRONGTYPE) before it parses
/// the index, so `LINDEX missing abc` is nil.
pub fn lindex_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let key = argv_at(argv, 1, "lindex")?;
    let index = argv_at(argv, 2, "lindex")?;
    if argv.len() > 3 {
        return Err(wrong_arity("lindex"));
    }
    lindex_with(ctx, key, || parse::integer(index)).map(Reply::from_optional_bytes)
}

/// LINDEX with the index produced after the key lookup and type check, as Redis orders them.
fn lindex_with(
    ctx: &Ctx,
    key: &[u8],
    index: impl FnOnce() -> Result<i64>,
) -> Result<Option<Vec<u8>>> {
    ctx.read(key, |value| {
        let Some(list) = read_list(value)? else {
            return Ok(None);
        };
        let index = index()?;
        Ok(resolve_index(index, list.len())
            .and_then(|i| list.get(i))
            .map(<[u8]>::to_vec))
    })
}

/// LSET key index element
#[command(LSET)]
pub fn lset(ctx: &Ctx, key: &[u8], index: i64, element: &[u8]) -> Result<()> {
    lset_with(ctx, key, || Ok(index), element)
}

/// `LSET` from argv: Redis looks the key up (`ERR no such key`, WRONGTYPE) before it parses
/// the index.
pub fn lset_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let key = argv_at(argv, 1, "lset")?;
    let index = argv_at(argv, 2, "lset")?;
    let element = argv_at(argv, 3, "lset")?;
    if argv.len() > 4 {
        return Err(wrong_arity("lset"));
    }
    lset_with(ctx, key, || parse::integer(index), element).map(Reply::from_ok)
}

/// LSET with the index produced after the key lookup and type check, as Redis orders them.
fn lset_with(
    ctx: &Ctx,
    key: &[u8],
    index: impl FnOnce() -> Result<i64>,
    element: &[u8],
) -> Result<()> {
    ctx.write(&[key], |view| {
        let Some(list) = write_list(view, key, false)? else {
            return Err(Error::NoSuchKey);
        };
        let index = index()?;
        let slot = resolve_index(index, list.len()).ok_or(Error::IndexOutOfRange)?;
        list.set(slot, element);
        Ok(())
    })
}

/// LLEN key
#[command(LLEN)]
pub fn llen(ctx: &Ctx, key: &[u8]) -> Result<usize> {
    ctx.read(key, |value| Ok(read_list(value)?.map_or(0, ListValue::len)))
}

/// LTRIM key start stop
#[command(LTRIM)]
pub fn ltrim(ctx: &Ctx, key: &[u8], start: i64, stop: i64) -> Result<()> {
    ctx.write(&[key], |view| {
        let Some(list) = write_list(view, key, false)? else {
            return Ok(());
        };
        let (from, to) = resolve_range(start, stop, list.len());
        list.retain_range(from, to);
        Ok(())
    })
}

/// LREM key count element
#[command(LREM)]
pub fn lrem(ctx: &Ctx, key: &[u8], count: i64, element: &[u8]) -> Result<usize> {
    ctx.write(&[key], |view| {
        let Some(list) = write_list(view, key, false)? else {
            return Ok(0);
        };
        Ok(list.remove_matching(count, element))
    })
}

/// LINSERT key BEFORE|AFTER pivot element: the new length, -1 when the pivot is not found, 0
/// when the key is missing.
#[command(LINSERT)]
pub fn linsert(
    ctx: &Ctx,
    key: &[u8],
    position: InsertPosition,
    pivot: &[u8],
    element: &[u8],
) -> Result<i64> {
    ctx.write(&[key], |view| {
        let Some(list) = write_list(view, key, false)? else {
            return Ok(0);
        };
        let Some(at) = list.position(pivot) else {
            return Ok(-1);
        };
        let at = match position {
            InsertPosition::Before => at,
            InsertPosition::After => at + 1,
        };
        list.insert(at, element);
        Ok(i64::try_from(list.len()).unwrap_or(i64::MAX))
    })
}

const RANK_ZERO: &str = "ERR RANK can't be zero: use 1 to start from the first match, 2 from \
                         the second ... or use negative to start from the end of the list";
const COUNT_NEGATIVE: &str = "ERR COUNT can't be negative";
const MAXLEN_NEGATIVE: &str = "ERR MAXLEN can't be negative";

fn check_rank(rank: i64) -> Result<i64> {
    if rank == 0 {
        return Err(Error::reply(RANK_ZERO));
    }
    Ok(rank)
}

fn check_count(count: i64) -> Result<i64> {
    if count < 0 {
        return Err(Error::reply(COUNT_NEGATIVE));
    }
    Ok(count)
}

fn check_maxlen(maxlen: i64) -> Result<i64> {
    if maxlen < 0 {
        return Err(Error::reply(MAXLEN_NEGATIVE));
    }
    Ok(maxlen)
}

/// LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]: without COUNT, the index of
/// the match (or nil); with COUNT, an array of indexes (COUNT 0: every match).
#[command(LPOS)]
pub fn lpos(
    ctx: &Ctx,
    key: &[u8],
    element: &[u8],
    rank: Option<i64>,
    count: Option<i64>,
    maxlen: Option<i64>,
) -> Result<Reply> {
    let rank = rank.map(check_rank).transpose()?;
    let count = count.map(check_count).transpose()?;
    let maxlen = maxlen.map(check_maxlen).transpose()?;
    lpos_search(ctx, key, element, rank, count, maxlen)
}

/// `LPOS` from argv, parsed as Redis 7.0 does: options left to right, each value checked as it
/// is read (a non-integer COUNT or MAXLEN is its "can't be negative" error, a non-integer RANK
/// is not-an-integer, RANK 0 is refused at once), an unknown token or a token without a value is
/// a syntax error at that point; the key is looked up only after every option.
pub fn lpos_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let key = argv_at(argv, 1, "lpos")?;
    let element = argv_at(argv, 2, "lpos")?;
    let (mut rank, mut count, mut maxlen) = (None, None, None);
    let mut rest = argv.get(3..).unwrap_or_default().iter();
    while let Some(option) = rest.next() {
        let is = |token: &str| option.eq_ignore_ascii_case(token.as_bytes());
        let value = if is("RANK") || is("COUNT") || is("MAXLEN") {
            rest.next()
        } else {
            None
        };
        let Some(value) = value else {
            return Err(Error::Syntax);
        };
        if is("RANK") {
            rank = Some(check_rank(parse::integer(value)?)?);
        } else if is("COUNT") {
            let n = parse::integer(value).map_err(|_| Error::reply(COUNT_NEGATIVE))?;
            count = Some(check_count(n)?);
        } else {
            let n = parse::integer(value).map_err(|_| Error::reply(MAXLEN_NEGATIVE))?;
            maxlen = Some(check_maxlen(n)?);
        }
    }
    lpos_search(ctx, key, element, rank, count, maxlen)
}

/// The search of LPOS, once its options have passed their range checks.
fn lpos_search(
    ctx: &Ctx,
    key: &[u8],
    element: &[u8],
    rank: Option<i64>,
    count: Option<i64>,
    maxlen: Option<i64>,
) -> Result<Reply> {
    let rank = rank.unwrap_or(1);
    let maxlen = maxlen.unwrap_or(0);
    ctx.read(key, |value| {
        let Some(list) = read_list(value)? else {
            return Ok(if count.is_some() {
                Reply::Array(Vec::new())
            } else {
                Reply::Nil
            });
        };
        // Redis negates a negative rank to search from the tail; like Redis, RANK of i64::MIN
        // stays negative after negation and so matches from the first hit on.
        let (rank, from_tail) = if rank < 0 {
            (rank.wrapping_neg(), true)
        } else {
            (rank, false)
        };
        let len = list.len();
        let limit = if maxlen == 0 {
            len
        } else {
            usize::try_from(maxlen).unwrap_or(usize::MAX).min(len)
        };
        let positions: Box<dyn Iterator<Item = usize>> = if from_tail {
            Box::new((0..len).rev().take(limit))
        } else {
            Box::new((0..len).take(limit))
        };
        let mut found = Vec::new();
        let mut matches: i64 = 0;
        for index in positions {
            if list.get(index) != Some(element) {
                continue;
            }
            matches += 1;
            if matches < rank {
                continue;
            }
            found.push(index as i64);
            match count {
                None => break,
                Some(n) if n != 0 && matches.wrapping_sub(rank).wrapping_add(1) >= n => break,
                Some(_) => {}
            }
        }
        Ok(match count {
            None => Reply::from_optional_integer(found.first().copied()),
            Some(_) => Reply::from_integer_list(found),
        })
    })
}

/// LMOVE source destination LEFT|RIGHT LEFT|RIGHT: pops from one end of `source`, pushes to
/// one end of `destination` (which may be `source`: a rotation), returns the element.
#[command(LMOVE)]
pub fn lmove(
    ctx: &Ctx,
    source: &[u8],
    destination: &[u8],
    wherefrom: ListEnd,
    whereto: ListEnd,
) -> Result<Option<Vec<u8>>> {
    ctx.write(&[source, destination], |view| {
        if !check_list(view, source)? {
            return Ok(None);
        }
        check_list(view, destination)?;
        let Some(list) = write_list(view, source, false)? else {
            return Ok(None);
        };
        let popped = match wherefrom {
            ListEnd::Left => list.pop_front(),
            ListEnd::Right => list.pop_back(),
        };
        let Some(element) = popped else {
            return Ok(None);
        };
        if let Some(target) = write_list(view, destination, true)? {
            match whereto {
                ListEnd::Left => target.push_front(&element),
                ListEnd::Right => target.push_back(&element),
            }
        }
        Ok(Some(element))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::string::set;
    use crate::Keyspace;
    use std::sync::atomic::AtomicUsize;

    const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";

    fn with_ctx(f: impl FnOnce(&Ctx)) {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        f(&Ctx::new(&ks, &db));
    }

    fn err<T: std::fmt::Debug>(res: Result<T>) -> String {
        res.unwrap_err().to_string()
    }

    fn all(ctx: &Ctx, key: &[u8]) -> Vec<String> {
        lrange(ctx, key, 0, -1)
            .unwrap()
            .into_iter()
            .map(|v| String::from_utf8(v).unwrap())
            .collect()
    }

    fn bulk(s: &str) -> Reply {
        Reply::Bulk(s.as_bytes().to_vec())
    }

    fn exists(ctx: &Ctx, key: &[u8]) -> bool {
        ctx.read(key, |v| v.is_some())
    }

    #[test]
    fn push_pop_and_ranges() {
        with_ctx(|ctx| {
            assert_eq!(rpush(ctx, b"l", &[b"a", b"b"]).unwrap(), 2);
            assert_eq!(lpush(ctx, b"l", &[b"x", b"y"]).unwrap(), 4);
            assert_eq!(all(ctx, b"l"), ["y", "x", "a", "b"]);
            assert_eq!(lpushx(ctx, b"missing", &[b"a"]).unwrap(), 0);
            assert_eq!(rpushx(ctx, b"missing", &[b"a"]).unwrap(), 0);
            assert!(!exists(ctx, b"missing"));
            assert_eq!(rpushx(ctx, b"l", &[b"z"]).unwrap(), 5);
            assert_eq!(lpushx(ctx, b"l", &[b"w"]).unwrap(), 6);
            assert_eq!(llen(ctx, b"l").unwrap(), 6);
            assert_eq!(llen(ctx, b"missing").unwrap(), 0);
            assert_eq!(lrange(ctx, b"l", -100, 100).unwrap().len(), 6);
            assert_eq!(lrange(ctx, b"l", 2, 1).unwrap().len(), 0);
            assert_eq!(lrange(ctx, b"l", 6, 10).unwrap().len(), 0);
            assert_eq!(
                lrange(ctx, b"l", -2, -1).unwrap(),
                vec![b"b".to_vec(), b"z".to_vec()]
            );
            assert_eq!(lrange(ctx, b"l", i64::MIN, i64::MAX).unwrap().len(), 6);
            assert_eq!(lrange(ctx, b"missing", 0, -1).unwrap().len(), 0);
            assert_eq!(lindex(ctx, b"l", -1).unwrap(), Some(b"z".to_vec()));
            assert_eq!(lindex(ctx, b"l", 6).unwrap(), None);
            assert_eq!(lindex(ctx, b"l", -7).unwrap(), None);
            assert_eq!(lindex(ctx, b"l", i64::MIN).unwrap(), None);
            assert_eq!(lindex(ctx, b"missing", 0).unwrap(), None);
            assert_eq!(lpop(ctx, b"l", None).unwrap(), bulk("w"));
            assert_eq!(rpop(ctx, b"l", None).unwrap(), bulk("z"));
            assert_eq!(
                lpop(ctx, b"l", Some(2)).unwrap(),
                Reply::Array(vec![bulk("y"), bulk("x")])
            );
            assert_eq!(lpop(ctx, b"l", Some(0)).unwrap(), Reply::Array(vec![]));
            assert_eq!(
                rpop(ctx, b"l", Some(10)).unwrap(),
                Reply::Array(vec![bulk("b"), bulk("a")])
            );
            assert!(!exists(ctx, b"l"));
            assert_eq!(lpop(ctx, b"l", None).unwrap(), Reply::Nil);
            assert_eq!(lpop(ctx, b"l", Some(0)).unwrap(), Reply::Nil);
            assert_eq!(rpop(ctx, b"l", Some(3)).unwrap(), Reply::Nil);
        });
    }

    #[test]
    fn pop_count_must_be_positive() {
        with_ctx(|ctx| {
            set(ctx, b"s", b"x", None, false, None).unwrap();
            // The range check comes before the type check.
            assert_eq!(
                err(lpop(ctx, b"s", Some(-1))),
                "ERR value is out of range, must be positive"
            );
            assert_eq!(
                err(rpop(ctx, b"s", Some(-1))),
                "ERR value is out of range, must be positive"
            );
            assert_eq!(err(lpop(ctx, b"s", Some(0))), WRONGTYPE);
        });
    }

    #[test]
    fn pop_argv_checks_the_arity_before_the_count() {
        with_ctx(|ctx| {
            set(ctx, b"s", b"x", None, false, None).unwrap();
            rpush(ctx, b"l", &[b"a", b"b", b"c"]).unwrap();
            let lpop = |args: &[&str]| lpop_argv(ctx, &argv(args));
            let rpop = |args: &[&str]| rpop_argv(ctx, &argv(args));
            let arity = |c: &str| format!("ERR wrong number of arguments for '{c}' command");
            assert_eq!(err(lpop(&["LPOP", "l", "abc", "x"])), arity("lpop"));
            assert_eq!(err(rpop(&["RPOP", "s", "-0", "JUNK"])), arity("rpop"));
            let not_positive = "ERR value is out of range, must be positive";
            for count in ["abc", "-1", "01", "-0", ""] {
                assert_eq!(err(lpop(&["LPOP", "s", count])), not_positive);
                assert_eq!(err(rpop(&["RPOP", "l", count])), not_positive);
            }
            assert_eq!(err(lpop(&["LPOP", "s", "1"])), WRONGTYPE);
            assert_eq!(lpop(&["LPOP", "l"]).unwrap(), bulk("a"));
            assert_eq!(
                rpop(&["RPOP", "l", "1"]).unwrap(),
                Reply::Array(vec![bulk("c")])
            );
            assert_eq!(lpop(&["LPOP", "missing", "0"]).unwrap(), Reply::Nil);
            assert!(lpop(&["LPOP"]).is_err());
        });
    }

    #[test]
    fn lset_ltrim_lrem_linsert() {
        with_ctx(|ctx| {
            assert_eq!(err(lset(ctx, b"l", 0, b"v")), "ERR no such key");
            rpush(ctx, b"l", &[b"a", b"b", b"c"]).unwrap();
            assert_eq!(err(lset(ctx, b"l", 3, b"v")), "ERR index out of range");
            assert_eq!(err(lset(ctx, b"l", -4, b"v")), "ERR index out of range");
            lset(ctx, b"l", -3, b"v").unwrap();
            lset(ctx, b"l", 2, b"w").unwrap();
            assert_eq!(all(ctx, b"l"), ["v", "b", "w"]);

            assert_eq!(
                linsert(ctx, b"missing", InsertPosition::Before, b"a", b"x").unwrap(),
                0
            );
            assert!(!exists(ctx, b"missing"));
            assert_eq!(
                linsert(ctx, b"l", InsertPosition::Before, b"zz", b"x").unwrap(),
                -1
            );
            assert_eq!(
                linsert(ctx, b"l", InsertPosition::After, b"w", b"x").unwrap(),
                4
            );
            assert_eq!(
                linsert(ctx, b"l", InsertPosition::Before, b"v", b"y").unwrap(),
                5
            );
            assert_eq!(all(ctx, b"l"), ["y", "v", "b", "w", "x"]);

            rpush(ctx, b"r", &[b"a", b"b", b"a", b"c", b"a", b"d", b"a"]).unwrap();
            assert_eq!(lrem(ctx, b"r", 2, b"a").unwrap(), 2);
            assert_eq!(lrem(ctx, b"r", -1, b"a").unwrap(), 1);
            assert_eq!(all(ctx, b"r"), ["b", "c", "a", "d"]);
            assert_eq!(lrem(ctx, b"r", 0, b"a").unwrap(), 1);
            assert_eq!(lrem(ctx, b"missing", 0, b"a").unwrap(), 0);

            ltrim(ctx, b"l", 1, -2).unwrap();
            assert_eq!(all(ctx, b"l"), ["v", "b", "w"]);
            ltrim(ctx, b"l", -2, 100).unwrap();
            assert_eq!(all(ctx, b"l"), ["b", "w"]);
            ltrim(ctx, b"missing", 0, 1).unwrap();
            ltrim(ctx, b"l", 5, 10).unwrap();
            assert!(!exists(ctx, b"l"));
        });
    }

    #[test]
    fn lpos_options() {
        with_ctx(|ctx| {
            rpush(ctx, b"l", &[b"a", b"b", b"c", b"a", b"b", b"c"]).unwrap();
            let ints = |v: &[i64]| Reply::Array(v.iter().map(|n| Reply::Integer(*n)).collect());
            assert_eq!(
                lpos(ctx, b"l", b"a", None, None, None).unwrap(),
                Reply::Integer(0)
            );
            assert_eq!(
                lpos(ctx, b"l", b"a", Some(2), None, None).unwrap(),
                Reply::Integer(3)
            );
            assert_eq!(
                lpos(ctx, b"l", b"a", Some(3), None, None).unwrap(),
                Reply::Nil
            );
            assert_eq!(
                lpos(ctx, b"l", b"a", Some(-1), None, None).unwrap(),
                Reply::Integer(3)
            );
            assert_eq!(lpos(ctx, b"l", b"z", None, None, None).unwrap(), Reply::Nil);
            assert_eq!(
                lpos(ctx, b"l", b"a", None, Some(0), None).unwrap(),
                ints(&[0, 3])
            );
            assert_eq!(
                lpos(ctx, b"l", b"a", Some(-1), Some(0), None).unwrap(),
                ints(&[3, 0])
            );
            assert_eq!(
                lpos(ctx, b"l", b"b", Some(2), Some(5), None).unwrap(),
                ints(&[4])
            );
            assert_eq!(
                lpos(ctx, b"l", b"c", None, None, Some(2)).unwrap(),
                Reply::Nil
            );
            assert_eq!(
                lpos(ctx, b"l", b"c", None, None, Some(3)).unwrap(),
                Reply::Integer(2)
            );
            assert_eq!(
                lpos(ctx, b"l", b"c", None, None, Some(0)).unwrap(),
                Reply::Integer(2)
            );
            assert_eq!(
                lpos(ctx, b"l", b"z", None, Some(1), None).unwrap(),
                ints(&[])
            );
            assert_eq!(
                lpos(ctx, b"missing", b"a", None, Some(1), None).unwrap(),
                ints(&[])
            );
            assert_eq!(
                lpos(ctx, b"missing", b"a", None, None, None).unwrap(),
                Reply::Nil
            );
            assert_eq!(
                lpos(ctx, b"l", b"a", Some(i64::MIN), None, None).unwrap(),
                Reply::Integer(3)
            );
            assert_eq!(
                lpos(ctx, b"l", b"a", Some(i64::MIN), Some(1), None).unwrap(),
                ints(&[3, 0])
            );
            set(ctx, b"s", b"x", None, false, None).unwrap();
            assert_eq!(err(lpos(ctx, b"s", b"a", None, None, None)), WRONGTYPE);
            // Range checks come before the type check.
            assert!(err(lpos(ctx, b"s", b"a", Some(0), None, None))
                .starts_with("ERR RANK can't be zero"));
            assert_eq!(
                err(lpos(ctx, b"s", b"a", None, Some(-1), None)),
                "ERR COUNT can't be negative"
            );
            assert_eq!(
                err(lpos(ctx, b"s", b"a", None, None, Some(-1))),
                "ERR MAXLEN can't be negative"
            );
        });
    }

    fn argv<'a>(args: &[&'a str]) -> Vec<&'a [u8]> {
        args.iter().map(|a| a.as_bytes()).collect()
    }

    const RANK_ZERO_TEXT: &str = "ERR RANK can't be zero: use 1 to start from the first match, \
                                  2 from the second ... or use negative to start from the end \
                                  of the list";

    #[test]
    fn lindex_lset_argv_look_up_the_key_before_the_index() {
        with_ctx(|ctx| {
            let lindex = |args: &[&str]| lindex_argv(ctx, &argv(args));
            let lset = |args: &[&str]| lset_argv(ctx, &argv(args));
            // Missing key: nil / no such key, whatever the index.
            assert_eq!(lindex(&["LINDEX", "l", "abc"]).unwrap(), Reply::Nil);
            assert_eq!(err(lset(&["LSET", "l", "abc", "x"])), "ERR no such key");
            set(ctx, b"s", b"x", None, false, None).unwrap();
            assert_eq!(err(lindex(&["LINDEX", "s", "abc"])), WRONGTYPE);
            assert_eq!(err(lset(&["LSET", "s", "abc", "x"])), WRONGTYPE);
            rpush(ctx, b"l", &[b"a", b"b"]).unwrap();
            let not_integer = "ERR value is not an integer or out of range";
            assert_eq!(err(lindex(&["LINDEX", "l", "abc"])), not_integer);
            assert_eq!(err(lindex(&["LINDEX", "l", "01"])), not_integer);
            assert_eq!(err(lset(&["LSET", "l", "abc", "x"])), not_integer);
            assert_eq!(lindex(&["LINDEX", "l", "-1"]).unwrap(), bulk("b"));
            assert_eq!(lindex(&["LINDEX", "l", "2"]).unwrap(), Reply::Nil);
            assert_eq!(lset(&["LSET", "l", "-1", "z"]).unwrap(), Reply::ok());
            assert_eq!(
                err(lset(&["LSET", "l", "2", "z"])),
                "ERR index out of range"
            );
            assert_eq!(all(ctx, b"l"), ["a", "z"]);
            // Never a panic on a short argv.
            assert!(lindex(&["LINDEX", "l"]).is_err());
            assert!(lset(&["LSET", "l", "0"]).is_err());
        });
    }

    #[test]
    fn lpos_argv_parses_options_left_to_right() {
        with_ctx(|ctx| {
            let lpos = |args: &[&str]| lpos_argv(ctx, &argv(args));
            set(ctx, b"s", b"x", None, false, None).unwrap();
            rpush(ctx, b"l", &[b"a", b"b", b"a"]).unwrap();
            let cases: &[(&[&str], &str)] = &[
                (
                    &["LPOS", "s", "a", "RANK", "0", "COUNT", "-1"],
                    RANK_ZERO_TEXT,
                ),
                (
                    &["LPOS", "s", "a", "COUNT", "-1", "RANK", "0"],
                    "ERR COUNT can't be negative",
                ),
                (
                    &["LPOS", "s", "a", "MAXLEN", "-1", "COUNT", "-1"],
                    "ERR MAXLEN can't be negative",
                ),
                (
                    &["LPOS", "s", "a", "COUNT", "abc", "RANK", "abc"],
                    "ERR COUNT can't be negative",
                ),
                (
                    &["LPOS", "s", "a", "MAXLEN", "abc", "RANK", "0"],
                    "ERR MAXLEN can't be negative",
                ),
                (
                    &["LPOS", "s", "a", "RANK", "abc", "COUNT", "abc"],
                    "ERR value is not an integer or out of range",
                ),
                (&["LPOS", "s", "a", "RANK", "0", "FOO"], RANK_ZERO_TEXT),
                (&["LPOS", "s", "a", "FOO", "RANK", "0"], "ERR syntax error"),
                (
                    &["LPOS", "s", "a", "COUNT", "-1", "RANK"],
                    "ERR COUNT can't be negative",
                ),
                (
                    &["LPOS", "s", "a", "COUNT", "1", "RANK"],
                    "ERR syntax error",
                ),
                (
                    &["LPOS", "missing", "a", "COUNT", "1", "MAXLEN"],
                    "ERR syntax error",
                ),
                (
                    &["LPOS", "missing", "a", "COUNT", "1", "RANK", "0"],
                    RANK_ZERO_TEXT,
                ),
                (&["LPOS", "s", "a", "count", "1", "maxlen", "5"], WRONGTYPE),
            ];
            for (args, expected) in cases {
                assert_eq!(err(lpos(args)), *expected, "{args:?}");
            }
            let ints = |v: &[i64]| Reply::Array(v.iter().map(|n| Reply::Integer(*n)).collect());
            assert_eq!(lpos(&["LPOS", "l", "a"]).unwrap(), Reply::Integer(0));
            assert_eq!(
                lpos(&["LPOS", "l", "a", "RANK", "2", "RANK", "-1"]).unwrap(),
                Reply::Integer(2)
            );
            assert_eq!(
                lpos(&["LPOS", "l", "a", "rank", "-1", "Count", "0", "MAXLEN", "0"]).unwrap(),
                ints(&[2, 0])
            );
            assert_eq!(
                lpos(&["LPOS", "l", "a", "MAXLEN", "1", "RANK", "-1"]).unwrap(),
                Reply::Integer(2)
            );
            assert_eq!(
                lpos(&["LPOS", "l", "b", "MAXLEN", "1"]).unwrap(),
                Reply::Nil
            );
            assert_eq!(
                lpos(&["LPOS", "missing", "a", "COUNT", "0"]).unwrap(),
                ints(&[])
            );
            assert_eq!(lpos(&["LPOS", "missing", "a"]).unwrap(), Reply::Nil);
        });
    }

    #[test]
    fn lmove_between_and_within() {
        with_ctx(|ctx| {
            rpush(ctx, b"l", &[b"1", b"2", b"3"]).unwrap();
            assert_eq!(
                lmove(ctx, b"l", b"l", ListEnd::Left, ListEnd::Right).unwrap(),
                Some(b"1".to_vec())
            );
            assert_eq!(all(ctx, b"l"), ["2", "3", "1"]);
            assert_eq!(
                lmove(ctx, b"l", b"l", ListEnd::Right, ListEnd::Left).unwrap(),
                Some(b"1".to_vec())
            );
            assert_eq!(all(ctx, b"l"), ["1", "2", "3"]);
            assert_eq!(
                lmove(ctx, b"l", b"d", ListEnd::Right, ListEnd::Left).unwrap(),
                Some(b"3".to_vec())
            );
            assert_eq!(
                lmove(ctx, b"l", b"d", ListEnd::Left, ListEnd::Right).unwrap(),
                Some(b"1".to_vec())
            );
            assert_eq!(all(ctx, b"d"), ["3", "1"]);
            assert_eq!(
                lmove(ctx, b"missing", b"d", ListEnd::Left, ListEnd::Left).unwrap(),
                None
            );
            set(ctx, b"s", b"x", None, false, None).unwrap();
            assert_eq!(
                lmove(ctx, b"missing", b"s", ListEnd::Left, ListEnd::Left).unwrap(),
                None
            );
            assert_eq!(
                err(lmove(ctx, b"s", b"d", ListEnd::Left, ListEnd::Left)),
                WRONGTYPE
            );
            assert_eq!(
                err(lmove(ctx, b"l", b"s", ListEnd::Left, ListEnd::Left)),
                WRONGTYPE
            );
            assert_eq!(all(ctx, b"l"), ["2"]);
            assert_eq!(
                lmove(ctx, b"l", b"d", ListEnd::Left, ListEnd::Left).unwrap(),
                Some(b"2".to_vec())
            );
            assert!(!exists(ctx, b"l"));
            // A one-element rotation keeps the key.
            assert_eq!(
                lmove(ctx, b"d", b"d", ListEnd::Left, ListEnd::Left).unwrap(),
                Some(b"2".to_vec())
            );
            assert_eq!(all(ctx, b"d"), ["2", "3", "1"]);
        });
    }

    #[test]
    fn transaction_rollback_restores_lists() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        rpush(&Ctx::new(&ks, &db), b"l", &[b"a", b"b"]).unwrap();
        {
            let tx = ks.begin();
            let ctx = Ctx::in_tx(&ks, &db, &tx);
            lmove(&ctx, b"l", b"d", ListEnd::Left, ListEnd::Left).unwrap();
            lmove(&ctx, b"l", b"d", ListEnd::Left, ListEnd::Left).unwrap();
            assert!(!exists(&ctx, b"l"));
            assert_eq!(all(&ctx, b"d"), ["b", "a"]);
            tx.rollback();
        }
        let ctx = Ctx::new(&ks, &db);
        assert_eq!(all(&ctx, b"l"), ["a", "b"]);
        assert!(!exists(&ctx, b"d"));
    }

    #[test]
    fn wrong_type_and_arity() {
        with_ctx(|ctx| {
            set(ctx, b"s", b"x", None, false, None).unwrap();
            assert_eq!(err(lpush(ctx, b"s", &[b"a"])), WRONGTYPE);
            assert_eq!(err(rpush(ctx, b"s", &[b"a"])), WRONGTYPE);
            assert_eq!(err(lpushx(ctx, b"s", &[b"a"])), WRONGTYPE);
            assert_eq!(err(rpushx(ctx, b"s", &[b"a"])), WRONGTYPE);
            assert_eq!(err(lpop(ctx, b"s", None)), WRONGTYPE);
            assert_eq!(err(rpop(ctx, b"s", None)), WRONGTYPE);
            assert_eq!(err(lrange(ctx, b"s", 0, 1)), WRONGTYPE);
            assert_eq!(err(lindex(ctx, b"s", 0)), WRONGTYPE);
            assert_eq!(err(lset(ctx, b"s", 0, b"v")), WRONGTYPE);
            assert_eq!(err(llen(ctx, b"s")), WRONGTYPE);
            assert_eq!(err(ltrim(ctx, b"s", 0, 1)), WRONGTYPE);
            assert_eq!(err(lrem(ctx, b"s", 0, b"a")), WRONGTYPE);
            assert_eq!(
                err(linsert(ctx, b"s", InsertPosition::After, b"a", b"b")),
                WRONGTYPE
            );
            assert_eq!(
                err(lpush(ctx, b"l", &[])),
                "ERR wrong number of arguments for 'lpush' command"
            );
            assert_eq!(
                err(rpushx(ctx, b"l", &[])),
                "ERR wrong number of arguments for 'rpushx' command"
            );
        });
    }
}
