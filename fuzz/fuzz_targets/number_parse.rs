//! Fuzz target `number_parse`. The body is `ferrite_core::fuzzing::number_parse`, which the corpus
//! replay test (`ferrite-core/tests/fuzz_corpus.rs`) also runs, with the same invariants.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    ferrite_core::fuzzing::number_parse(data);
});
