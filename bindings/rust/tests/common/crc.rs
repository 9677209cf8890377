//! A bitwise CRC-32 (IEEE), independent of the crate under test, for tests and the corpus
//! generator that forge files with valid checksums.

/// CRC-32 (IEEE polynomial, as `crc32fast` computes it) of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}
