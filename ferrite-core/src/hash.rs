//! The keyspace's hash function: fast, seeded per process, 64-bit.
//!
//! The same 64-bit hash picks a key's shard (top bits) and orders keys for SCAN, so a SCAN cursor
//! is simply "the next hash value to visit" and stays valid across inserts, deletes and resizes.

use std::hash::{BuildHasher, Hasher};

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Hashes `bytes` with `seed`.
pub fn hash64(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word))
            .wrapping_mul(K)
            .rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(word))
            .wrapping_mul(K)
            .rotate_left(29);
    }
    fmix64(h)
}

fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// A `BuildHasher` for the keyspace's maps and the value types' internal maps.
#[derive(Clone, Copy, Debug)]
pub struct SeededState {
    seed: u64,
}

impl SeededState {
    /// A state with a per-process random seed.
    pub fn new() -> SeededState {
        SeededState {
            seed: process_seed(),
        }
    }
}

impl Default for SeededState {
    fn default() -> SeededState {
        SeededState::new()
    }
}

impl BuildHasher for SeededState {
    type Hasher = SeededHasher;
    fn build_hasher(&self) -> SeededHasher {
        SeededHasher { state: self.seed }
    }
}

/// The streaming form of [`hash64`], for `HashMap`.
#[derive(Clone, Debug)]
pub struct SeededHasher {
    state: u64,
}

impl Hasher for SeededHasher {
    fn finish(&self) -> u64 {
        fmix64(self.state)
    }
    fn write(&mut self, bytes: &[u8]) {
        self.state = hash64(self.state, bytes);
    }
    fn write_usize(&mut self, n: usize) {
        self.state = (self.state ^ n as u64).wrapping_mul(K).rotate_left(29);
    }
}

/// A random seed, fixed for the life of the process.
pub fn process_seed() -> u64 {
    use std::sync::OnceLock;
    static SEED: OnceLock<u64> = OnceLock::new();
    *SEED.get_or_init(|| {
        // RandomState is seeded from the OS; hashing a constant extracts 64 random bits.
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u64(0x5eed);
        hasher.finish()
    })
}

/// A small, fast pseudo-random generator (xorshift64*) for SPOP, SRANDMEMBER, RANDOMKEY.
#[derive(Clone, Debug)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator seeded from `seed` (never zero).
    pub fn new(seed: u64) -> Rng {
        Rng {
            state: fmix64(seed) | 1,
        }
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.state = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A uniform index below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}
