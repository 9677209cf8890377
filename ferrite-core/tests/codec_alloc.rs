//! The snapshot entry decoder allocates nothing for counts and lengths its input cannot hold.
//!
//! A counting global allocator (per thread, so the test harness's other threads do not count)
//! measures the peak of live heap bytes while one entry decodes. This is its own test binary so
//! the allocator wraps nothing else.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ferrite_core::persist::argv::put_uvarint;
use ferrite_core::persist::codec::{
    decode_entry, encode_entry, TAG_HASH, TAG_LIST, TAG_SET, TAG_SET_INTS, TAG_STRING_RAW, TAG_ZSET,
};
use ferrite_core::value::{ListValue, Value};

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn track(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call is forwarded unchanged to `System`; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = System.alloc(layout);
        if !ptr.is_null() {
            track(layout.size() as isize);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        track(-(layout.size() as isize));
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Peak extra heap bytes live on this thread while `f` runs.
fn peak_during<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(base));
    let out = f();
    let peak = PEAK.with(Cell::get);
    (out, usize::try_from(peak - base).unwrap_or(0))
}

#[test]
fn huge_counts_and_lengths_allocate_nothing() {
    let mut inputs = Vec::new();
    for tag in [
        TAG_LIST,
        TAG_HASH,
        TAG_SET,
        TAG_SET_INTS,
        TAG_ZSET,
        TAG_STRING_RAW,
    ] {
        for claim in [1u64 << 40, u64::MAX, 1 << 24] {
            // db 0, key "k", no deadline, the tag, the claim, then 12 bytes of zeros.
            let mut input = vec![0, 1, b'k', 0, tag];
            put_uvarint(&mut input, claim);
            input.extend_from_slice(&[0; 12]);
            inputs.push(input);
        }
    }
    // A key claiming 2^40 bytes.
    let mut input = vec![0];
    put_uvarint(&mut input, 1 << 40);
    input.extend_from_slice(&[0; 12]);
    inputs.push(input);
    // A count that fits the remaining bytes, whose elements then run out: allocation stays
    // proportional to the elements actually read.
    let mut input = vec![0, 1, b'k', 0, TAG_LIST];
    put_uvarint(&mut input, 12);
    input.extend_from_slice(&[1, b'a', 1]);
    inputs.push(input);

    for input in &inputs {
        let (result, peak) = peak_during(|| decode_entry(input).map(|_| ()));
        assert!(result.is_err(), "{input:?}");
        assert!(peak < 1024, "{peak} bytes for {input:?}");
    }
}

#[test]
fn the_counter_sees_a_real_decode() {
    // Control: a 10,000-element list decodes into at least 10,000 list slots.
    let list: ListValue = (0..10_000).map(|_| &b"x"[..]).collect();
    let mut out = Vec::new();
    encode_entry(&mut out, 0, b"k", None, &Value::list(list));
    let (result, peak) = peak_during(|| decode_entry(&out).map(|(entry, _)| entry));
    assert!(result.is_ok());
    assert!(peak >= 10_000 * 24, "{peak}");
}
