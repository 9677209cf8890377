//! Property test: thousands of seeded random list commands, run through the handlers and through
//! a plain model (`VecDeque` per key, with Redis's index rules written out naively), replies
//! compared. Set `FERRITE_SEED` to replay one seed.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::AtomicUsize;

use ferrite_core::commands::list::*;
use ferrite_core::commands::string::set;
use ferrite_core::hash::Rng;
use ferrite_core::{Ctx, Keyspace, Reply};

const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";

type Model = HashMap<Vec<u8>, VecDeque<Vec<u8>>>;

struct Gen {
    rng: Rng,
}

impl Gen {
    fn below(&mut self, n: usize) -> usize {
        self.rng.below(n)
    }

    fn key(&mut self) -> Vec<u8> {
        [&b"l0"[..], b"l1", b"l2", b"s"][self.below(4)].to_vec()
    }

    fn element(&mut self) -> Vec<u8> {
        match self.below(30) {
            0 => vec![b'x'; 20 + self.below(10)],
            _ => format!("e{}", self.below(6)).into_bytes(),
        }
    }

    /// An index around the list's bounds, sometimes extreme.
    fn index(&mut self, len: usize) -> i64 {
        let len = len as i64;
        match self.below(20) {
            0 => i64::MIN,
            1 => i64::MAX,
            _ => self.below((2 * len + 8) as usize) as i64 - len - 4,
        }
    }
}

/// Redis's rule for one index, written out.
fn model_index(index: i64, len: usize) -> Option<usize> {
    let len = len as i128;
    let i = index as i128;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// Redis's rule for an inclusive start/stop range: the selected indexes.
fn model_range(start: i64, stop: i64, len: usize) -> Vec<usize> {
    let len = len as i128;
    let (mut s, mut e) = (start as i128, stop as i128);
    if s < 0 {
        s += len;
    }
    if e < 0 {
        e += len;
    }
    s = s.max(0);
    e = e.min(len - 1);
    (s..=e).map(|i| i as usize).collect()
}

fn elems(items: &[Vec<u8>]) -> Reply {
    Reply::Array(items.iter().cloned().map(Reply::Bulk).collect())
}

fn run(seed: u64, steps: usize) {
    let ks = Keyspace::new(1);
    let db = AtomicUsize::new(0);
    let ctx = Ctx::new(&ks, &db);
    set(&ctx, b"s", b"string", None, false, None).unwrap();
    let mut model: Model = HashMap::new();
    let mut g = Gen {
        rng: Rng::new(seed),
    };

    for step in 0..steps {
        let key = g.key();
        let is_string = key == b"s";
        let len = model.get(&key).map_or(0, VecDeque::len);
        let op = g.below(16);
        let ctxmsg = format!(
            "seed {seed} step {step} op {op} key {:?}",
            String::from_utf8_lossy(&key)
        );
        macro_rules! check_wrongtype {
            ($res:expr) => {
                if is_string {
                    assert_eq!($res.unwrap_err().to_string(), WRONGTYPE, "{ctxmsg}");
                    continue;
                }
            };
        }
        match op {
            0..=3 => {
                let values: Vec<Vec<u8>> = (0..1 + g.below(4)).map(|_| g.element()).collect();
                let refs: Vec<&[u8]> = values.iter().map(|v| &v[..]).collect();
                let res = match op {
                    0 => lpush(&ctx, &key, &refs),
                    1 => rpush(&ctx, &key, &refs),
                    2 => lpushx(&ctx, &key, &refs),
                    _ => rpushx(&ctx, &key, &refs),
                };
                check_wrongtype!(res);
                if op >= 2 && len == 0 {
                    assert_eq!(res.unwrap(), 0, "{ctxmsg}");
                    continue;
                }
                let list = model.entry(key.clone()).or_default();
                for v in values {
                    if op == 0 || op == 2 {
                        list.push_front(v);
                    } else {
                        list.push_back(v);
                    }
                }
                assert_eq!(res.unwrap(), list.len(), "{ctxmsg}");
            }
            4 | 5 => {
                let count = match g.below(4) {
                    0 => None,
                    1 => Some(-1 - g.below(3) as i64),
                    _ => Some(g.below(len + 3) as i64),
                };
                let res = if op == 4 {
                    lpop(&ctx, &key, count)
                } else {
                    rpop(&ctx, &key, count)
                };
                if matches!(count, Some(n) if n < 0) {
                    assert_eq!(
                        res.unwrap_err().to_string(),
                        "ERR value is out of range, must be positive",
                        "{ctxmsg}"
                    );
                    continue;
                }
                check_wrongtype!(res);
                let want = match model.get_mut(&key) {
                    None => Reply::Nil,
                    Some(list) => {
                        let mut take = || {
                            if op == 4 {
                                list.pop_front()
                            } else {
                                list.pop_back()
                            }
                        };
                        match count {
                            None => take().map_or(Reply::Nil, Reply::Bulk),
                            Some(n) => {
                                let popped: Vec<Vec<u8>> = (0..n).map_while(|_| take()).collect();
                                elems(&popped)
                            }
                        }
                    }
                };
                assert_eq!(res.unwrap(), want, "{ctxmsg}");
            }
            6 => {
                let (start, stop) = (g.index(len), g.index(len));
                let res = lrange(&ctx, &key, start, stop);
                check_wrongtype!(res);
                let want: Vec<Vec<u8>> = match model.get(&key) {
                    None => Vec::new(),
                    Some(list) => model_range(start, stop, len)
                        .into_iter()
                        .map(|i| list[i].clone())
                        .collect(),
                };
                assert_eq!(res.unwrap(), want, "{ctxmsg} range {start} {stop}");
            }
            7 => {
                let index = g.index(len);
                let res = lindex(&ctx, &key, index);
                check_wrongtype!(res);
                let want = model
                    .get(&key)
                    .and_then(|l| model_index(index, len).map(|i| l[i].clone()));
                assert_eq!(res.unwrap(), want, "{ctxmsg}");
            }
            8 => {
                let (index, v) = (g.index(len), g.element());
                let res = lset(&ctx, &key, index, &v);
                check_wrongtype!(res);
                match model.get_mut(&key) {
                    None => assert_eq!(res.unwrap_err().to_string(), "ERR no such key", "{ctxmsg}"),
                    Some(list) => match model_index(index, len) {
                        None => assert_eq!(
                            res.unwrap_err().to_string(),
                            "ERR index out of range",
                            "{ctxmsg}"
                        ),
                        Some(i) => {
                            res.unwrap();
                            list[i] = v;
                        }
                    },
                }
            }
            9 => {
                let res = llen(&ctx, &key);
                check_wrongtype!(res);
                assert_eq!(res.unwrap(), len, "{ctxmsg}");
            }
            10 => {
                let (start, stop) = (g.index(len), g.index(len));
                let res = ltrim(&ctx, &key, start, stop);
                check_wrongtype!(res);
                res.unwrap();
                if let Some(list) = model.get_mut(&key) {
                    let keep = model_range(start, stop, len);
                    *list = keep.into_iter().map(|i| list[i].clone()).collect();
                }
            }
            11 => {
                let count = g.below(7) as i64 - 3;
                let v = g.element();
                let res = lrem(&ctx, &key, count, &v);
                check_wrongtype!(res);
                let mut removed = 0;
                if let Some(list) = model.get_mut(&key) {
                    let limit = if count == 0 {
                        usize::MAX
                    } else {
                        count.unsigned_abs() as usize
                    };
                    let mut order: Vec<usize> = (0..list.len()).collect();
                    if count < 0 {
                        order.reverse();
                    }
                    let mut doomed = Vec::new();
                    for i in order {
                        if doomed.len() < limit && list[i] == v {
                            doomed.push(i);
                        }
                    }
                    removed = doomed.len();
                    let mut i = 0;
                    list.retain(|_| {
                        i += 1;
                        !doomed.contains(&(i - 1))
                    });
                }
                assert_eq!(res.unwrap(), removed, "{ctxmsg}");
            }
            12 => {
                let before = g.below(2) == 0;
                let (pivot, v) = (g.element(), g.element());
                let position = if before {
                    InsertPosition::Before
                } else {
                    InsertPosition::After
                };
                let res = linsert(&ctx, &key, position, &pivot, &v);
                check_wrongtype!(res);
                let want = match model.get_mut(&key) {
                    None => 0,
                    Some(list) => match list.iter().position(|e| *e == pivot) {
                        None => -1,
                        Some(at) => {
                            list.insert(if before { at } else { at + 1 }, v);
                            list.len() as i64
                        }
                    },
                };
                assert_eq!(res.unwrap(), want, "{ctxmsg}");
            }
            13 => {
                let v = g.element();
                let rank = match g.below(4) {
                    0 => None,
                    _ => Some(g.below(7) as i64 - 3),
                };
                let count = match g.below(3) {
                    0 => None,
                    _ => Some(g.below(4) as i64),
                };
                let maxlen = match g.below(3) {
                    0 => None,
                    _ => Some(g.below(len + 2) as i64),
                };
                let res = lpos(&ctx, &key, &v, rank, count, maxlen);
                if rank == Some(0) {
                    assert!(
                        res.unwrap_err()
                            .to_string()
                            .starts_with("ERR RANK can't be zero"),
                        "{ctxmsg}"
                    );
                    continue;
                }
                check_wrongtype!(res);
                let rank = rank.unwrap_or(1);
                let empty = VecDeque::new();
                let list = model.get(&key).unwrap_or(&empty);
                let mut order: Vec<usize> = (0..list.len()).collect();
                if rank < 0 {
                    order.reverse();
                }
                let scan = match maxlen {
                    Some(m) if m > 0 => m as usize,
                    _ => usize::MAX,
                };
                let hits: Vec<i64> = order
                    .into_iter()
                    .take(scan)
                    .filter(|i| list[*i] == v)
                    .skip(rank.unsigned_abs() as usize - 1)
                    .map(|i| i as i64)
                    .collect();
                let want = match count {
                    None => hits.first().map_or(Reply::Nil, |i| Reply::Integer(*i)),
                    Some(0) => Reply::Array(hits.into_iter().map(Reply::Integer).collect()),
                    Some(n) => Reply::Array(
                        hits.into_iter()
                            .take(n as usize)
                            .map(Reply::Integer)
                            .collect(),
                    ),
                };
                assert_eq!(res.unwrap(), want, "{ctxmsg}");
            }
            _ => {
                let dest = g.key();
                let from_left = g.below(2) == 0;
                let to_left = g.below(2) == 0;
                let side = |left: bool| if left { ListEnd::Left } else { ListEnd::Right };
                let res = lmove(&ctx, &key, &dest, side(from_left), side(to_left));
                if is_string {
                    assert_eq!(res.unwrap_err().to_string(), WRONGTYPE, "{ctxmsg}");
                    continue;
                }
                if len == 0 {
                    assert_eq!(res.unwrap(), None, "{ctxmsg}");
                    continue;
                }
                if dest == b"s" {
                    assert_eq!(res.unwrap_err().to_string(), WRONGTYPE, "{ctxmsg}");
                    continue;
                }
                let list = model.get_mut(&key).unwrap();
                let v = if from_left {
                    list.pop_front()
                } else {
                    list.pop_back()
                }
                .unwrap();
                let target = model.entry(dest.clone()).or_default();
                if to_left {
                    target.push_front(v.clone());
                } else {
                    target.push_back(v.clone());
                }
                assert_eq!(res.unwrap(), Some(v), "{ctxmsg}");
            }
        }
        model.retain(|_, l| !l.is_empty());
        for k in [&b"l0"[..], b"l1", b"l2"] {
            let exists = ctx.read(k, |v| v.is_some());
            assert_eq!(
                exists,
                model.contains_key(k),
                "seed {seed} step {step}: key {k:?} existence"
            );
        }
        if step.is_multiple_of(50) {
            for (k, list) in &model {
                let all = lrange(&ctx, k, 0, -1).unwrap();
                assert_eq!(
                    all,
                    list.iter().cloned().collect::<Vec<_>>(),
                    "seed {seed} step {step}: contents of {k:?}"
                );
            }
        }
    }
}

#[test]
fn random_list_ops_match_model() {
    if let Some(seed) = std::env::var("FERRITE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        run(seed, 20_000);
        return;
    }
    for seed in [1u64, 2, 3, 0x0fe7_717e, 0xdead_beef] {
        run(seed, 5_000);
    }
}
