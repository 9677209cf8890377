//! The binary encoding of one snapshot entry: a key, its database, its deadline and its value
//! (layout in ARCHITECTURE.md, "Snapshot entry encoding").
//!
//! The snapshot file's framing (blocks, lengths, checksums) lives elsewhere; this module only
//! turns one [`Value`] into bytes and back. The decoder reads files from disk, so it treats its
//! input as hostile: it never panics, every loop is bounded by the input, and every count or
//! length is checked against the bytes that remain before anything is allocated for it (a count
//! of 2^40 in a 20-byte input fails at once). Bytes that parse but describe a value the keyspace
//! can never hold (an empty aggregate, a duplicate member, a NaN score, ...) are rejected too,
//! each with a [`CodecError`] naming the reason and the offset.
//!
//! Values are rebuilt through the value types' own insert paths (a sorted set through
//! [`ZSetValue::from_sorted`], one pass over its ascending entries), so a reloaded value gets the
//! compact or general encoding that the same contents get when a command builds them.

use std::fmt;

use crate::persist::argv::{get_uvarint, put_uvarint};
use crate::value::{HashValue, ListValue, SetValue, StrValue, Value, ZSetValue};

/// Type tag: a string kept as raw bytes (`len: uvarint`, bytes).
pub const TAG_STRING_RAW: u8 = 0;
/// Type tag: a string in the integer encoding (zigzag uvarint).
pub const TAG_STRING_INT: u8 = 1;
/// Type tag: a list (`count`, then each element as `len`, bytes; head first).
pub const TAG_LIST: u8 = 2;
/// Type tag: a hash (`count`, then each field and value as `len`, bytes).
pub const TAG_HASH: u8 = 3;
/// Type tag: a set of byte-string members (`count`, then each member as `len`, bytes).
pub const TAG_SET: u8 = 4;
/// Type tag: an integer-encoded set (`count`, then each member as a zigzag uvarint, strictly
/// ascending).
pub const TAG_SET_INTS: u8 = 5;
/// Type tag: a sorted set (`count`, then each entry as `score: f64 LE`, `len`, member bytes;
/// strictly ascending by (score, member)).
pub const TAG_ZSET: u8 = 6;

/// The largest database index an entry may name (Redis's database index is a C `int`).
/// The loader still checks the index against its own number of databases.
pub const MAX_DB: usize = i32::MAX as usize;

/// One entry, decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodedEntry {
    /// The logical database.
    pub db: usize,
    /// The key.
    pub key: Vec<u8>,
    /// Absolute expiry deadline in Unix milliseconds, if any.
    pub expires_at: Option<i64>,
    /// The value (never an empty aggregate).
    pub value: Value,
}

/// Why bytes are not a valid entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodecError {
    /// Where the offending item starts, relative to the start of the input given to the decoder.
    pub offset: usize,
    /// What is wrong, in a few words.
    pub reason: &'static str,
}

impl fmt::Display for CodecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid snapshot entry at byte {}: {}",
            self.offset, self.reason
        )
    }
}

impl std::error::Error for CodecError {}

/// Appends one entry: db, key, deadline, value.
///
/// `value` must not be an empty aggregate (the keyspace never holds one, and the decoder rejects
/// it), and `db` should be at most [`MAX_DB`].
pub fn encode_entry(
    out: &mut Vec<u8>,
    db: usize,
    key: &[u8],
    expires_at: Option<i64>,
    value: &Value,
) {
    debug_assert!(
        !value.is_empty_aggregate(),
        "empty aggregates are never stored"
    );
    put_uvarint(out, db as u64);
    put_bytes(out, key);
    match expires_at {
        None => out.push(0),
        Some(deadline) => {
            out.push(1);
            out.extend_from_slice(&deadline.to_le_bytes());
        }
    }
    encode_value(out, value);
}

fn encode_value(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Str(StrValue::Int(n)) => {
            out.push(TAG_STRING_INT);
            put_uvarint(out, zigzag(*n));
        }
        Value::Str(StrValue::Raw(bytes)) => {
            out.push(TAG_STRING_RAW);
            put_bytes(out, bytes);
        }
        Value::List(list) => {
            out.push(TAG_LIST);
            put_uvarint(out, list.len() as u64);
            for element in list.iter() {
                put_bytes(out, element);
            }
        }
        Value::Hash(hash) => {
            out.push(TAG_HASH);
            put_uvarint(out, hash.len() as u64);
            for (field, value) in hash.iter() {
                put_bytes(out, field);
                put_bytes(out, value);
            }
        }
        Value::Set(set) => match set.ints() {
            Some(ints) => {
                out.push(TAG_SET_INTS);
                put_uvarint(out, ints.len() as u64);
                for &n in ints {
                    put_uvarint(out, zigzag(n));
                }
            }
            None => {
                out.push(TAG_SET);
                put_uvarint(out, set.len() as u64);
                for member in set.iter() {
                    put_bytes(out, &member);
                }
            }
        },
        Value::ZSet(zset) => {
            out.push(TAG_ZSET);
            put_uvarint(out, zset.len() as u64);
            for (member, score) in zset.iter() {
                out.extend_from_slice(&score.to_bits().to_le_bytes());
                put_bytes(out, member);
            }
        }
    }
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    put_uvarint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

fn unzigzag(z: u64) -> i64 {
    ((z >> 1) as i64) ^ -((z & 1) as i64)
}

/// Decodes one entry from the front of `input`; returns it and the bytes used (bytes after the
/// entry are left alone: they are the next entry, or the caller's to judge).
pub fn decode_entry(input: &[u8]) -> Result<(DecodedEntry, usize), CodecError> {
    let mut r = Reader { input, pos: 0 };
    let db_at = r.pos;
    let db = r.uvarint()?;
    let db = match usize::try_from(db) {
        Ok(db) if db <= MAX_DB => db,
        _ => return Err(r.error_at(db_at, "db index overflow")),
    };
    let key = r.bytes()?.to_vec();
    let deadline_at = r.pos;
    let expires_at = match r.u8()? {
        0 => None,
        1 => Some(i64::from_le_bytes(r.array()?)),
        _ => return Err(r.error_at(deadline_at, "unknown deadline tag")),
    };
    let value = r.value()?;
    let entry = DecodedEntry {
        db,
        key,
        expires_at,
        value,
    };
    Ok((entry, r.pos))
}

/// Decodes consecutive entries filling `input` exactly: yields each entry with the bytes it
/// used, then stops at the end of the input. Bytes at the end that do not form a whole entry
/// yield one error (offsets relative to the start of `input`), after which the iterator ends.
pub fn decode_entries(input: &[u8]) -> Entries<'_> {
    Entries {
        input,
        pos: 0,
        failed: false,
    }
}

/// The iterator of [`decode_entries`].
#[derive(Clone, Debug)]
pub struct Entries<'a> {
    input: &'a [u8],
    pos: usize,
    failed: bool,
}

impl Iterator for Entries<'_> {
    type Item = Result<(DecodedEntry, usize), CodecError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let rest = self.input.get(self.pos..).filter(|rest| !rest.is_empty())?;
        match decode_entry(rest) {
            Ok((entry, used)) => {
                self.pos += used;
                Some(Ok((entry, used)))
            }
            Err(err) => {
                self.failed = true;
                Some(Err(CodecError {
                    offset: self.pos + err.offset,
                    reason: err.reason,
                }))
            }
        }
    }
}

impl std::iter::FusedIterator for Entries<'_> {}

/// A cursor over the input. Invariant: `pos <= input.len()`.
struct Reader<'a> {
    input: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn error_at(&self, offset: usize, reason: &'static str) -> CodecError {
        CodecError { offset, reason }
    }

    fn rest(&self) -> &'a [u8] {
        self.input.get(self.pos..).unwrap_or_default()
    }

    fn u8(&mut self) -> Result<u8, CodecError> {
        let byte = *self
            .rest()
            .first()
            .ok_or_else(|| self.error_at(self.pos, "input ends inside a tag"))?;
        self.pos += 1;
        Ok(byte)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], CodecError> {
        let bytes = self
            .rest()
            .get(..N)
            .and_then(|b| <[u8; N]>::try_from(b).ok())
            .ok_or_else(|| self.error_at(self.pos, "input ends inside a fixed-width number"))?;
        self.pos += N;
        Ok(bytes)
    }

    /// A minimal-length LEB128 varint.
    fn uvarint(&mut self) -> Result<u64, CodecError> {
        let rest = self.rest();
        match get_uvarint(rest) {
            Some((value, used)) => {
                // The writer never emits a trailing zero group; accepting one would give a
                // value two encodings.
                if used > 1 && rest.get(used - 1) == Some(&0) {
                    return Err(self.error_at(self.pos, "non-minimal varint"));
                }
                self.pos += used;
                Ok(value)
            }
            None => {
                let reason = if rest.len() < 10 && rest.iter().all(|b| b & 0x80 != 0) {
                    "input ends inside a varint"
                } else {
                    "varint overflows 64 bits"
                };
                Err(self.error_at(self.pos, reason))
            }
        }
    }

    /// `len: uvarint` then that many bytes, borrowed from the input.
    fn bytes(&mut self) -> Result<&'a [u8], CodecError> {
        let at = self.pos;
        let len = self.uvarint()?;
        let rest = self.rest();
        let bytes = usize::try_from(len)
            .ok()
            .and_then(|len| rest.get(..len))
            .ok_or_else(|| self.error_at(at, "length runs past the end of the input"))?;
        self.pos += bytes.len();
        Ok(bytes)
    }

    /// An aggregate's element count, which must be at least 1 and small enough that `count`
    /// elements of at least `min_size` bytes each fit in what remains; checked before the caller
    /// allocates anything for them.
    fn count(&mut self, min_size: usize) -> Result<usize, CodecError> {
        let at = self.pos;
        let count = self.uvarint()?;
        if count == 0 {
            return Err(self.error_at(at, "empty aggregate"));
        }
        let fits = self.rest().len() / min_size.max(1);
        match usize::try_from(count) {
            Ok(count) if count <= fits => Ok(count),
            _ => Err(self.error_at(at, "count exceeds the remaining input")),
        }
    }

    fn value(&mut self) -> Result<Value, CodecError> {
        let tag_at = self.pos;
        match self.u8()? {
            TAG_STRING_RAW => Ok(Value::Str(StrValue::Raw(self.bytes()?.to_vec()))),
            TAG_STRING_INT => Ok(Value::Str(StrValue::Int(unzigzag(self.uvarint()?)))),
            TAG_LIST => self.list(),
            TAG_HASH => self.hash(),
            TAG_SET => self.set(),
            TAG_SET_INTS => self.int_set(),
            TAG_ZSET => self.zset(),
            _ => Err(self.error_at(tag_at, "unknown type tag")),
        }
    }

    fn list(&mut self) -> Result<Value, CodecError> {
        let count = self.count(1)?;
        let mut list = ListValue::new();
        for _ in 0..count {
            list.push_back(self.bytes()?);
        }
        Ok(Value::list(list))
    }

    fn hash(&mut self) -> Result<Value, CodecError> {
        let count = self.count(2)?;
        let mut hash = HashValue::new();
        for _ in 0..count {
            let field_at = self.pos;
            let field = self.bytes()?;
            let value = self.bytes()?;
            if !hash.insert(field, value) {
                return Err(self.error_at(field_at, "duplicate hash field"));
            }
        }
        Ok(Value::hash(hash))
    }

    fn set(&mut self) -> Result<Value, CodecError> {
        let count = self.count(1)?;
        let mut set = SetValue::new();
        for _ in 0..count {
            let member_at = self.pos;
            if !set.insert(self.bytes()?) {
                return Err(self.error_at(member_at, "duplicate set member"));
            }
        }
        Ok(Value::set(set))
    }

    fn int_set(&mut self) -> Result<Value, CodecError> {
        let count = self.count(1)?;
        let mut set = SetValue::new();
        let mut previous = None;
        for _ in 0..count {
            let member_at = self.pos;
            let n = unzigzag(self.uvarint()?);
            if previous.is_some_and(|p| p >= n) {
                return Err(self.error_at(member_at, "integer set members not strictly ascending"));
            }
            previous = Some(n);
            let mut buf = [0u8; 20];
            set.insert(crate::parse::format_i64(n, &mut buf));
        }
        Ok(Value::set(set))
    }

    fn zset(&mut self) -> Result<Value, CodecError> {
        let count = self.count(9)?;
        // Read every entry first: the encoding (and so whether a -0 score stays -0) depends on
        // the size and the longest member. Entries borrow the input, so this allocates at most
        // one small tuple per 9 input bytes.
        let mut offsets = Vec::with_capacity(count.min(1024));
        let mut entries: Vec<(&[u8], f64)> = Vec::with_capacity(count.min(1024));
        for _ in 0..count {
            let entry_at = self.pos;
            let score = f64::from_bits(u64::from_le_bytes(self.array()?));
            let member = self.bytes()?;
            if score.is_nan() {
                return Err(self.error_at(entry_at, "NaN score"));
            }
            if let Some(&(prev_member, prev_score)) = entries.last() {
                let ascending = prev_score < score || (prev_score == score && prev_member < member);
                if !ascending {
                    return Err(self.error_at(entry_at, "sorted set entries out of order"));
                }
            }
            offsets.push(entry_at);
            entries.push((member, score));
        }
        // Order and NaN are checked above, so the only complaint left is a repeated member.
        let zset = ZSetValue::from_sorted(&entries).map_err(|i| {
            let at = offsets.get(i).copied().unwrap_or(self.pos);
            self.error_at(at, "duplicate sorted set member")
        })?;
        Ok(Value::zset(zset))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::Rng;
    use crate::value::{hash, set, zset};

    /// Everything observable about a value, encodings included; scores by their bits, so -0 and
    /// 0 differ. Hash tables have no meaningful order and are sorted.
    fn dump(value: &Value) -> String {
        match value {
            Value::Str(StrValue::Int(n)) => format!("int {n}"),
            Value::Str(StrValue::Raw(bytes)) => format!("raw {bytes:?}"),
            Value::List(list) => format!("list {:?}", list.iter().collect::<Vec<_>>()),
            Value::Hash(hash) => {
                let mut pairs: Vec<_> = hash.iter().collect();
                if !hash.is_compact() {
                    pairs.sort();
                }
                format!("hash compact={} {pairs:?}", hash.is_compact())
            }
            Value::Set(set) => format!("set {} {:?}", set.encoding(), set.members()),
            Value::ZSet(zset) => format!(
                "zset {} {:?}",
                zset.encoding(),
                zset.iter()
                    .map(|(m, s)| (m, s.to_bits()))
                    .collect::<Vec<_>>()
            ),
        }
    }

    fn encode(db: usize, key: &[u8], expires_at: Option<i64>, value: &Value) -> Vec<u8> {
        let mut out = Vec::new();
        encode_entry(&mut out, db, key, expires_at, value);
        out
    }

    fn round_trip(db: usize, key: &[u8], expires_at: Option<i64>, value: &Value) {
        // Appends to what is already there, and ignores what follows.
        let mut out = vec![0xEE];
        encode_entry(&mut out, db, key, expires_at, value);
        let len = out.len() - 1;
        out.extend_from_slice(b"next");
        let (entry, used) =
            decode_entry(&out[1..]).unwrap_or_else(|e| panic!("{e} for {}", dump(value)));
        assert_eq!(used, len);
        assert_eq!(entry.db, db);
        assert_eq!(entry.key, key);
        assert_eq!(entry.expires_at, expires_at);
        assert_eq!(&entry.value, value);
        assert_eq!(dump(&entry.value), dump(value));
    }

    fn bytes_of(i: usize, len: usize) -> Vec<u8> {
        (0..len).map(|j| (i * 31 + j * 7) as u8).collect()
    }

    fn zset_of(entries: &[(&[u8], f64)]) -> Value {
        let mut z = ZSetValue::new();
        for (m, s) in entries {
            z.insert(m, *s);
        }
        Value::zset(z)
    }

    /// One value of every type and encoding, small enough to mutate and truncate exhaustively.
    fn small_samples() -> Vec<Value> {
        vec![
            Value::Str(StrValue::Raw(Vec::new())),
            Value::Str(StrValue::Raw(b"hello".to_vec())),
            Value::Str(StrValue::Raw(vec![0, 0xff, 0x80, b'\n'])),
            Value::Str(StrValue::Raw(b"12".to_vec())),
            Value::Str(StrValue::Int(0)),
            Value::Str(StrValue::Int(-1)),
            Value::Str(StrValue::Int(300)),
            Value::Str(StrValue::Int(i64::MIN)),
            Value::Str(StrValue::Int(i64::MAX)),
            Value::list([&b""[..]].into_iter().collect()),
            Value::list(
                [&b"a"[..], b"", b"\x00\xff", &[b'x'; 30]]
                    .into_iter()
                    .collect(),
            ),
            Value::hash([(&b""[..], &b""[..])].into_iter().collect()),
            Value::hash(
                [(&b"f"[..], &b"1"[..]), (b"e", b"\x00"), (b"g", b"")]
                    .into_iter()
                    .collect(),
            ),
            Value::hash([(&b"f"[..], &[b'v'; 65][..])].into_iter().collect()),
            Value::set(SetValue::from_members([&b"7"[..]])),
            Value::set(SetValue::from_members([&b"3"[..], b"-20", b"1"])),
            Value::set(SetValue::from_members([&b""[..]])),
            Value::set(SetValue::from_members([&b"1"[..], b"a", b"\xff", b"01"])),
            Value::set(SetValue::from_members([&b"m"[..], &[b'y'; 65]])),
            zset_of(&[(b"a", 1.5)]),
            zset_of(&[
                (b"a", -0.0),
                (b"b", f64::INFINITY),
                (b"", f64::NEG_INFINITY),
                (b"c", 0.0),
            ]),
            zset_of(&[(b"z", -0.0), (&[b'k'; 65], 2.0), (b"y", 5e-324)]),
        ]
    }

    /// Values past every compact limit, and a few large ones.
    fn large_samples() -> Vec<Value> {
        let mut big_hash = HashValue::new();
        for i in 0..=hash::MAX_COMPACT_ENTRIES {
            let mut field = format!("{i}:").into_bytes();
            field.extend_from_slice(&bytes_of(i, i % 40));
            assert!(big_hash.insert(&field, format!("{i}").as_bytes()));
        }
        let mut full_compact_hash = HashValue::new();
        for i in 0..hash::MAX_COMPACT_ENTRIES {
            full_compact_hash.insert(
                format!("f{i}").as_bytes(),
                &[b'v'; hash::MAX_COMPACT_ELEMENT],
            );
        }
        let full_intset = SetValue::from_members(
            (0..set::MAX_INTSET_ENTRIES as i64)
                .map(|i| (i * 7919 - 1_000_000).to_string().into_bytes())
                .collect::<Vec<_>>()
                .iter()
                .map(Vec::as_slice),
        );
        let mut int_table = full_intset.clone();
        int_table.insert(i64::MIN.to_string().as_bytes());
        let extremes = SetValue::from_members(
            [i64::MIN, -1, 0, 1, i64::MAX]
                .map(|n| n.to_string().into_bytes())
                .iter()
                .map(Vec::as_slice),
        );
        let mut big_set = SetValue::new();
        for i in 0..=set::MAX_SMALL_ENTRIES + 50 {
            assert!(big_set.insert(format!("{i}.").as_bytes()));
        }
        let mut skiplist = ZSetValue::new();
        for i in 0..=zset::MAX_LISTPACK_ENTRIES {
            let mut member = format!("{i}/").into_bytes();
            member.extend_from_slice(&bytes_of(i, i % 5));
            assert!(skiplist.insert(&member, (i % 17) as f64 - 8.0).is_none());
        }
        skiplist.insert(b"neg-zero", -0.0);
        let mut long_list = ListValue::new();
        for i in 0..10_000 {
            long_list.push_back(&bytes_of(i, i % 50));
        }
        vec![
            Value::Str(StrValue::Raw(bytes_of(1, 100_000))),
            Value::list(long_list),
            Value::hash(big_hash),
            Value::hash(full_compact_hash),
            Value::set(full_intset),
            Value::set(int_table),
            Value::set(extremes),
            Value::set(big_set),
            Value::zset(skiplist),
        ]
    }

    #[test]
    fn every_sample_round_trips_with_its_encoding() {
        let deadlines = [
            None,
            Some(0),
            Some(1_700_000_000_000),
            Some(-1),
            Some(i64::MIN),
            Some(i64::MAX),
        ];
        for (i, value) in small_samples().iter().enumerate() {
            for (j, deadline) in deadlines.iter().enumerate() {
                let key = bytes_of(i + j, (i * j) % 7);
                round_trip(j, &key, *deadline, value);
            }
            round_trip(MAX_DB, b"", None, value);
            round_trip(0, &bytes_of(i, 300), Some(5), value);
        }
        for value in large_samples() {
            round_trip(15, b"big", Some(42), &value);
        }
    }

    #[test]
    fn encodings_survive_the_round_trip() {
        let check = |value: &Value, what: &str| {
            let (entry, _) = decode_entry(&encode(0, b"k", None, value)).expect("decodes");
            match (&entry.value, what) {
                (Value::Str(StrValue::Int(_)), "int") | (Value::Str(StrValue::Raw(_)), "raw") => {}
                (Value::Hash(h), "compact") => assert!(h.is_compact()),
                (Value::Hash(h), "table") => assert!(!h.is_compact()),
                (Value::Set(s), enc) => assert_eq!(s.encoding(), enc),
                (Value::ZSet(z), enc) => assert_eq!(z.encoding(), enc),
                (other, _) => panic!("{} is not {what}", dump(other)),
            }
        };
        let samples = large_samples();
        check(&Value::Str(StrValue::Int(i64::MIN)), "int");
        check(&Value::Str(StrValue::Raw(b"12".to_vec())), "raw");
        check(&samples[2], "table");
        check(&samples[3], "compact");
        check(&samples[4], "intset");
        check(&samples[5], "hashtable");
        check(&samples[7], "hashtable");
        check(&samples[8], "skiplist");
        let small = small_samples();
        check(&small[15], "intset");
        check(&small[17], "listpack");
        check(&small[18], "hashtable");
        check(&small[20], "listpack");
        check(&small[21], "skiplist");
    }

    #[test]
    fn negative_zero_scores_survive_in_the_skiplist_encoding() {
        // Rank 0 of 130 entries: were the set rebuilt as a listpack first and converted later,
        // the -0 would be stored as 0.
        let mut z = ZSetValue::new();
        for i in 0..130 {
            z.insert(format!("m{i:03}").as_bytes(), f64::from(i) + 1.0);
        }
        z.insert(b"zero", -0.0);
        let (entry, _) = decode_entry(&encode(0, b"k", None, &Value::zset(z))).expect("decodes");
        let Value::ZSet(back) = entry.value else {
            panic!("not a zset")
        };
        assert_eq!(back.encoding(), "skiplist");
        assert!(back.score(b"zero").expect("present").is_sign_negative());
    }

    #[test]
    fn a_shrunken_value_reloads_in_the_encoding_its_contents_call_for() {
        // As in Redis, encodings convert one way while a value lives, and a reload picks the
        // encoding from the contents: a hash that outgrew the compact form and shrank again
        // comes back compact, and a skiplist-encoded zset small enough for a listpack comes back
        // as one (where -0 is stored as 0).
        let mut h = HashValue::new();
        h.insert(b"a", b"1");
        h.insert(&[b'f'; 100], b"2");
        h.remove(&[b'f'; 100]);
        assert!(!h.is_compact());
        let (entry, _) = decode_entry(&encode(0, b"k", None, &Value::hash(h.clone()))).expect("ok");
        assert_eq!(entry.value, Value::hash(h));
        assert!(matches!(&entry.value, Value::Hash(h) if h.is_compact()));

        let mut z = ZSetValue::new();
        z.insert(&[b'x'; 100], 1.0);
        z.insert(b"a", -0.0);
        z.remove(&[b'x'; 100]);
        assert_eq!(z.encoding(), "skiplist");
        let (entry, _) = decode_entry(&encode(0, b"k", None, &Value::zset(z))).expect("ok");
        let Value::ZSet(back) = entry.value else {
            panic!("not a zset")
        };
        assert_eq!(back.encoding(), "listpack");
        assert_eq!(back.score(b"a").map(f64::to_bits), Some(0.0f64.to_bits()));

        // A set whose order removals disturbed keeps its members (the order of a set is not
        // part of its value).
        let mut s = SetValue::from_members([&b"1"[..], b"2", b"a", b"3"]);
        s.remove(b"1");
        let (entry, _) = decode_entry(&encode(0, b"k", None, &Value::set(s.clone()))).expect("ok");
        assert_eq!(entry.value, Value::set(s));
    }

    #[test]
    fn the_layout_is_the_documented_one() {
        let list: ListValue = [&b"a"[..], b""].into_iter().collect();
        assert_eq!(
            encode(3, b"k", Some(1), &Value::list(list)),
            [3, 1, b'k', 1, 1, 0, 0, 0, 0, 0, 0, 0, TAG_LIST, 2, 1, b'a', 0]
        );
        assert_eq!(
            encode(200, b"", None, &Value::Str(StrValue::Int(-1))),
            [0xC8, 1, 0, 0, TAG_STRING_INT, 1]
        );
        let mut min = vec![0, 0, 0, TAG_STRING_INT];
        min.extend_from_slice(&[0xff; 9]);
        min.push(1);
        assert_eq!(
            encode(0, b"", None, &Value::Str(StrValue::Int(i64::MIN))),
            min
        );
        assert_eq!(
            encode(0, b"", None, &Value::Str(StrValue::Raw(b"ab".to_vec()))),
            [0, 0, 0, TAG_STRING_RAW, 2, b'a', b'b']
        );
        let h: HashValue = [(&b"f"[..], &b"v"[..])].into_iter().collect();
        assert_eq!(
            encode(0, b"", None, &Value::hash(h)),
            [0, 0, 0, TAG_HASH, 1, 1, b'f', 1, b'v']
        );
        assert_eq!(
            encode(
                0,
                b"",
                None,
                &Value::set(SetValue::from_members([&b"1"[..], b"-2"]))
            ),
            [0, 0, 0, TAG_SET_INTS, 2, 3, 2]
        );
        assert_eq!(
            encode(
                0,
                b"",
                None,
                &Value::set(SetValue::from_members([&b"x"[..]]))
            ),
            [0, 0, 0, TAG_SET, 1, 1, b'x']
        );
        assert_eq!(
            encode(0, b"", None, &zset_of(&[(b"m", 1.5)])),
            [0, 0, 0, TAG_ZSET, 1, 0, 0, 0, 0, 0, 0, 0xF8, 0x3F, 1, b'm']
        );
    }

    #[test]
    fn every_truncation_fails_cleanly() {
        let mut entries: Vec<Vec<u8>> = small_samples()
            .iter()
            .map(|v| encode(300, b"key", Some(-5), v))
            .collect();
        // Large values past the compact limits, except the biggest (cut at a stride below).
        for value in large_samples().iter().skip(2) {
            entries.push(encode(1, b"k", None, value));
        }
        for value in large_samples().iter().take(2) {
            let buf = encode(1, b"k", None, value);
            for cut in (0..buf.len()).step_by(997).chain(buf.len() - 64..buf.len()) {
                assert!(decode_entry(&buf[..cut]).is_err(), "cut at {cut}");
            }
        }
        for buf in entries {
            for cut in 0..buf.len() {
                let err = decode_entry(&buf[..cut]).expect_err("a truncated entry is rejected");
                assert!(err.offset <= cut, "{err} at cut {cut}");
            }
            assert!(decode_entry(&buf).is_ok());
        }
    }

    /// `db 0`, key `k`, no deadline: the type tag follows at offset 4.
    fn header() -> Vec<u8> {
        vec![0, 1, b'k', 0]
    }

    fn with_header(rest: &[u8]) -> Vec<u8> {
        let mut out = header();
        out.extend_from_slice(rest);
        out
    }

    fn score(s: f64) -> [u8; 8] {
        s.to_bits().to_le_bytes()
    }

    fn rejects(input: &[u8], offset: usize, reason: &str) {
        match decode_entry(input) {
            Ok((entry, _)) => panic!("accepted {input:?} as {}", dump(&entry.value)),
            Err(err) => {
                assert_eq!((err.offset, err.reason), (offset, reason), "{input:?}");
                assert!(err.to_string().contains(reason));
            }
        }
    }

    #[test]
    fn semantically_invalid_entries_are_rejected_with_a_reason() {
        rejects(&with_header(&[7]), 4, "unknown type tag");
        rejects(&with_header(&[0xff]), 4, "unknown type tag");
        rejects(&[0, 1, b'k', 2], 3, "unknown deadline tag");
        for tag in [TAG_LIST, TAG_HASH, TAG_SET, TAG_SET_INTS, TAG_ZSET] {
            rejects(&with_header(&[tag, 0]), 5, "empty aggregate");
        }
        rejects(
            &with_header(&[TAG_HASH, 2, 1, b'f', 1, b'v', 1, b'f', 1, b'w']),
            10,
            "duplicate hash field",
        );
        rejects(
            &with_header(&[TAG_SET, 2, 1, b'a', 1, b'a']),
            8,
            "duplicate set member",
        );
        rejects(
            &with_header(&[TAG_SET, 2, 1, b'1', 1, b'1']),
            8,
            "duplicate set member",
        );
        rejects(
            &with_header(&[TAG_SET_INTS, 3, 2, 4, 4]),
            8,
            "integer set members not strictly ascending",
        );
        rejects(
            &with_header(&[TAG_SET_INTS, 2, 4, 2]),
            7,
            "integer set members not strictly ascending",
        );
        let zset = |entries: &[(f64, &[u8])]| {
            let mut out = header();
            out.push(TAG_ZSET);
            out.push(entries.len() as u8);
            for (s, m) in entries {
                out.extend_from_slice(&score(*s));
                out.push(m.len() as u8);
                out.extend_from_slice(m);
            }
            out
        };
        rejects(&zset(&[(f64::NAN, b"a")]), 6, "NaN score");
        rejects(&zset(&[(1.0, b"a"), (-f64::NAN, b"b")]), 16, "NaN score");
        rejects(
            &zset(&[(1.0, b"a"), (2.0, b"a")]),
            16,
            "duplicate sorted set member",
        );
        rejects(
            &zset(&[(2.0, b"a"), (1.0, b"b")]),
            16,
            "sorted set entries out of order",
        );
        rejects(
            &zset(&[(1.0, b"b"), (1.0, b"a")]),
            16,
            "sorted set entries out of order",
        );
        rejects(
            &zset(&[(1.0, b"a"), (1.0, b"a")]),
            16,
            "sorted set entries out of order",
        );
        rejects(
            &zset(&[(0.0, b"a"), (-0.0, b"a")]),
            16,
            "sorted set entries out of order",
        );
        assert!(decode_entry(&zset(&[(-0.0, b"a"), (0.0, b"b")])).is_ok());

        // The database index.
        let mut db = Vec::new();
        put_uvarint(&mut db, MAX_DB as u64 + 1);
        db.extend_from_slice(&[1, b'k', 0, TAG_STRING_INT, 0]);
        rejects(&db, 0, "db index overflow");
        let mut db = Vec::new();
        put_uvarint(&mut db, u64::MAX);
        db.extend_from_slice(&[1, b'k', 0, TAG_STRING_INT, 0]);
        rejects(&db, 0, "db index overflow");

        // Varints: one value, one encoding.
        rejects(
            &[0x80, 0x00, 1, b'k', 0, TAG_STRING_INT, 0],
            0,
            "non-minimal varint",
        );
        rejects(
            &[0, 0x81, 0x00, b'k', 0, TAG_STRING_INT, 0],
            1,
            "non-minimal varint",
        );
        rejects(
            &with_header(&[TAG_STRING_INT, 0x80, 0x80, 0x00]),
            5,
            "non-minimal varint",
        );
        rejects(&[0xff; 12], 0, "varint overflows 64 bits");
        rejects(
            &[
                0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02,
            ],
            1,
            "varint overflows 64 bits",
        );
        rejects(&[0, 0xff, 0xff], 1, "input ends inside a varint");
        rejects(&[], 0, "input ends inside a varint");
        rejects(&[0, 1, b'k'], 3, "input ends inside a tag");
        rejects(
            &[0, 1, b'k', 1, 0, 0],
            4,
            "input ends inside a fixed-width number",
        );
        rejects(&[0, 2, b'k'], 1, "length runs past the end of the input");
        rejects(
            &with_header(&[TAG_STRING_RAW, 3, b'a', b'b']),
            5,
            "length runs past the end of the input",
        );
    }

    #[test]
    fn huge_counts_and_lengths_fail_fast() {
        for (tag, min_size) in [
            (TAG_LIST, 1),
            (TAG_HASH, 2),
            (TAG_SET, 1),
            (TAG_SET_INTS, 1),
            (TAG_ZSET, 9),
        ] {
            for count in [1u64 << 40, u64::MAX, 1 << 62] {
                let mut input = header();
                input.push(tag);
                put_uvarint(&mut input, count);
                input.extend_from_slice(&[0; 12]);
                rejects(&input, 5, "count exceeds the remaining input");
            }
            // One more element than the remaining bytes could hold.
            let mut input = header();
            input.extend_from_slice(&[tag, 4]);
            input.extend_from_slice(&vec![0; 4 * min_size - 1]);
            rejects(&input, 5, "count exceeds the remaining input");
        }
        let mut input = vec![0];
        put_uvarint(&mut input, 1 << 40);
        input.extend_from_slice(&[0; 10]);
        rejects(&input, 1, "length runs past the end of the input");
        let mut input = header();
        input.push(TAG_STRING_RAW);
        put_uvarint(&mut input, u64::MAX);
        rejects(&input, 5, "length runs past the end of the input");
        // A count that exactly fits is fine: 12 empty elements in 12 bytes.
        let mut input = header();
        input.extend_from_slice(&[TAG_LIST, 12]);
        input.extend_from_slice(&[0; 12]);
        let (entry, used) = decode_entry(&input).expect("fits");
        assert_eq!(used, input.len());
        assert!(matches!(entry.value, Value::List(l) if l.len() == 12));
    }

    #[test]
    fn decode_entries_walks_a_stream_and_reports_a_torn_tail() {
        let samples = small_samples();
        let mut stream = Vec::new();
        for (i, value) in samples.iter().enumerate() {
            encode_entry(&mut stream, i, format!("k{i}").as_bytes(), None, value);
        }
        let whole = stream.len();
        let decoded: Vec<_> = decode_entries(&stream)
            .collect::<Result<_, _>>()
            .expect("valid");
        assert_eq!(decoded.len(), samples.len());
        assert_eq!(decoded.iter().map(|(_, used)| used).sum::<usize>(), whole);
        for (i, ((entry, _), value)) in decoded.iter().zip(&samples).enumerate() {
            assert_eq!((entry.db, &entry.value), (i, value));
        }
        assert_eq!(decode_entries(&[]).count(), 0);

        stream.extend_from_slice(&[0, 5, b'x']);
        let mut it = decode_entries(&stream);
        for _ in 0..samples.len() {
            assert!(matches!(it.next(), Some(Ok(_))));
        }
        let err = it.next().expect("one more").expect_err("torn");
        assert_eq!(err.offset, whole + 1);
        assert_eq!(err.reason, "length runs past the end of the input");
        assert!(it.next().is_none());
        assert!(it.next().is_none());
    }

    /// Interesting bytes for mutations: tags, varint edges, float sign and exponent bytes.
    const INTERESTING: [u8; 12] = [0, 1, 2, 5, 6, 7, 0x7f, 0x80, 0x81, 0xf0, 0xf8, 0xff];

    fn mutate(rng: &mut Rng, buf: &mut Vec<u8>) {
        for _ in 0..1 + rng.below(3) {
            let len = buf.len();
            match rng.below(8) {
                0 if len > 0 => buf[rng.below(len)] ^= 1 << rng.below(8),
                1 if len > 0 => buf[rng.below(len)] = rng.next_u64() as u8,
                2 if len > 0 => buf[rng.below(len)] = INTERESTING[rng.below(INTERESTING.len())],
                3 => buf.insert(rng.below(len + 1), rng.next_u64() as u8),
                4 if len > 0 => {
                    buf.remove(rng.below(len));
                }
                5 => buf.truncate(rng.below(len + 1)),
                6 if len > 0 => {
                    // A large varint over whatever was there.
                    let at = rng.below(len);
                    let mut big = Vec::new();
                    put_uvarint(&mut big, rng.next_u64() >> rng.below(64));
                    buf.splice(at..(at + big.len()).min(len), big);
                }
                _ => {
                    // Duplicate a slice (repeated elements, duplicate members).
                    if len > 1 {
                        let a = rng.below(len);
                        let b = a + rng.below(len - a).min(12);
                        let piece = buf[a..b].to_vec();
                        let at = rng.below(len);
                        buf.splice(at..at, piece);
                    }
                }
            }
        }
    }

    /// Decodes `rounds` mutations of the corpus; checks that nothing panics and that whatever
    /// decodes is a valid entry. Returns how many were (accepted, rejected).
    fn fuzz(corpus: &[Vec<u8>], seed: u64, rounds: usize) -> (usize, usize) {
        let mut rng = Rng::new(seed);
        let (mut accepted, mut rejected) = (0, 0);
        let mut buf = Vec::new();
        for _ in 0..rounds {
            buf.clear();
            buf.extend_from_slice(&corpus[rng.below(corpus.len())]);
            mutate(&mut rng, &mut buf);
            match decode_entry(&buf) {
                Err(err) => {
                    assert!(err.offset <= buf.len(), "{err}");
                    rejected += 1;
                }
                Ok((entry, used)) => {
                    accepted += 1;
                    assert!(used <= buf.len());
                    assert!(!entry.value.is_empty_aggregate());
                    // What decodes is a value the keyspace could hold: it encodes and decodes to
                    // the same thing again.
                    let again = encode(entry.db, &entry.key, entry.expires_at, &entry.value);
                    let (back, used_again) =
                        decode_entry(&again).expect("re-encoded entry decodes");
                    assert_eq!(used_again, again.len());
                    assert_eq!(back, entry);
                    assert_eq!(dump(&back.value), dump(&entry.value));
                }
            }
        }
        (accepted, rejected)
    }

    #[test]
    fn random_mutations_never_panic_and_what_decodes_is_valid() {
        let corpus: Vec<Vec<u8>> = small_samples()
            .iter()
            .enumerate()
            .map(|(i, v)| encode(i % 3, b"key", [None, Some(77)][i % 2], v))
            .collect();
        let (accepted, rejected) = fuzz(&corpus, 0x5eed, 300_000);
        eprintln!("small: {accepted} accepted, {rejected} rejected");
        // Both outcomes were exercised.
        assert!(accepted > 10_000 && rejected > 10_000);
    }

    #[test]
    fn random_mutations_of_values_past_the_compact_limits() {
        // Fewer rounds: each decode walks hundreds of elements (tables, skiplists, big intsets).
        // A hash table's iteration order follows the per-process hash seed: write its pairs
        // sorted, so the corpus (and so the run) is the same in every process.
        let corpus: Vec<Vec<u8>> = large_samples()
            .iter()
            .skip(2)
            .map(|v| match v {
                Value::Hash(h) if !h.is_compact() => {
                    let mut out = vec![1, 1, b'k', 0, TAG_HASH];
                    put_uvarint(&mut out, h.len() as u64);
                    let mut pairs: Vec<_> = h.iter().collect();
                    pairs.sort();
                    for (f, v) in pairs {
                        put_bytes(&mut out, f);
                        put_bytes(&mut out, v);
                    }
                    out
                }
                _ => encode(1, b"k", None, v),
            })
            .collect();
        let (accepted, rejected) = fuzz(&corpus, 0xb16, 6_000);
        eprintln!("large: {accepted} accepted, {rejected} rejected");
        assert!(accepted > 500 && rejected > 500);
    }
}
