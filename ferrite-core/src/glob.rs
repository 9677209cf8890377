//! Redis glob-style pattern matching (`KEYS`, `SCAN MATCH`): `*`, `?`, `[abc]`, `[^a]`, `[a-z]`,
//! and `\` escapes, byte-wise, exactly as Redis 7.0's `stringmatchlen`.
//!
//! The matcher is a transcription of Redis's algorithm, quirks included, so that every pattern a
//! user may type (well formed or not) selects the same keys as in Redis:
//! - a range `[z-a]` is the same as `[a-z]`, and range bounds compare as C `char`s, which are
//!   signed on the platforms Redis ships for (`[a-\xff]` is the range `\xff`(-1)..=`a`);
//! - `\` escapes the next byte, also inside a class; a trailing `\` matches itself;
//! - an unterminated class `[abc` is a class that ends with the pattern;
//! - a `-` that follows a range start and precedes the pattern's last byte always forms a range,
//!   even when that last byte is `]` (so `[a-]` is the range `]..=a` and the class is unterminated);
//! - recursion through `*` is bounded at 1000 nested stars (more never match), and a failed
//!   suffix search stops the outer stars from retrying longer prefixes, so matching is polynomial.
//!
//! Invariant: [`stringmatchlen`] never panics and never reads outside its inputs; a read past the
//! end of the pattern sees `0`, as C sees the string's terminating NUL.

/// Patterns nest at most this many `*` deep; deeper matches fail, as in Redis.
const MAX_NESTING: u32 = 1000;

/// True when `text` matches `pattern`, as `KEYS` and `SCAN ... MATCH` decide it: the pattern `*`
/// alone matches every text (including the empty one, which Redis special-cases), everything else
/// goes through [`stringmatchlen`].
pub fn matches(pattern: &[u8], text: &[u8]) -> bool {
    pattern == b"*" || stringmatchlen(pattern, text)
}

/// Redis's `stringmatchlen(pattern, text, nocase = 0)`, exactly. Note that `*` does not match the
/// empty text here (the loop never runs); callers that want "match all" use [`matches`].
pub fn stringmatchlen(pattern: &[u8], text: &[u8]) -> bool {
    let mut skip_longer = false;
    match_impl(pattern, text, &mut skip_longer, 0)
}

/// The byte at `idx` of `pattern`, or 0 past its end (C's terminating NUL).
fn at(pattern: &[u8], idx: usize) -> u8 {
    pattern.get(idx).copied().unwrap_or(0)
}

/// A byte as a C `char` on x86-64 and most Linux targets Redis runs on: signed.
fn as_c_char(byte: u8) -> i32 {
    i32::from(byte as i8)
}

fn match_impl(pattern: &[u8], text: &[u8], skip_longer: &mut bool, nesting: u32) -> bool {
    if nesting > MAX_NESTING {
        return false;
    }
    // `p` and `s` index the next unread byte; the remaining lengths are `len - index`.
    let mut p = 0usize;
    let mut s = 0usize;
    while p < pattern.len() && s < text.len() {
        match pattern[p] {
            b'*' => {
                while at(pattern, p + 1) == b'*' {
                    p += 1;
                }
                if pattern.len() - p == 1 {
                    return true;
                }
                while s < text.len() {
                    if match_impl(&pattern[p + 1..], &text[s..], skip_longer, nesting + 1) {
                        return true;
                    }
                    if *skip_longer {
                        return false;
                    }
                    s += 1;
                }
                // No suffix of the text matches the rest of the pattern: a longer match for an
                // earlier star cannot help either.
                *skip_longer = true;
                return false;
            }
            b'?' => {
                s += 1;
            }
            b'[' => {
                p += 1;
                let negate = at(pattern, p) == b'^';
                if negate {
                    p += 1;
                }
                let c = text[s];
                let mut matched = false;
                loop {
                    let left = pattern.len() - p;
                    let here = at(pattern, p);
                    if here == b'\\' && left >= 2 {
                        p += 1;
                        if pattern[p] == c {
                            matched = true;
                        }
                    } else if here == b']' {
                        break;
                    } else if left == 0 {
                        // Unterminated class: step back so the shared advance below ends the
                        // pattern.
                        p -= 1;
                        break;
                    } else if left >= 3 && pattern[p + 1] == b'-' {
                        let mut start = as_c_char(pattern[p]);
                        let mut end = as_c_char(pattern[p + 2]);
                        if start > end {
                            std::mem::swap(&mut start, &mut end);
                        }
                        p += 2;
                        let ch = as_c_char(c);
                        if ch >= start && ch <= end {
                            matched = true;
                        }
                    } else if here == c {
                        matched = true;
                    }
                    p += 1;
                }
                if negate {
                    matched = !matched;
                }
                if !matched {
                    return false;
                }
                s += 1;
            }
            b'\\' => {
                if pattern.len() - p >= 2 {
                    p += 1;
                }
                if pattern[p] != text[s] {
                    return false;
                }
                s += 1;
            }
            literal => {
                if literal != text[s] {
                    return false;
                }
                s += 1;
            }
        }
        p += 1;
        if s == text.len() {
            while at(pattern, p) == b'*' {
                p += 1;
            }
            break;
        }
    }
    p == pattern.len() && s == text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pattern: &str, text: &str) -> bool {
        stringmatchlen(pattern.as_bytes(), text.as_bytes())
    }

    #[test]
    fn literals_and_wildcards() {
        assert!(m("hello", "hello"));
        assert!(!m("hello", "hell"));
        assert!(!m("hell", "hello"));
        assert!(m("h?llo", "hello"));
        assert!(m("h?llo", "hallo"));
        assert!(!m("h?llo", "hllo"));
        assert!(m("h*llo", "hllo"));
        assert!(m("h*llo", "heeeello"));
        assert!(m("*", "x"));
        assert!(m("**", "x"));
        assert!(m("a*", "a"));
        assert!(m("a**", "a"));
        assert!(m("*a*b*", "xxaxxbxx"));
        assert!(!m("*a*b*", "xxbxxaxx"));
        assert!(m("?*", "a"));
        assert!(!m("?", ""));
        assert!(m("", ""));
        assert!(!m("", "a"));
        assert!(!m("a", ""));
    }

    #[test]
    fn star_and_empty_text() {
        // stringmatchlen never enters its loop for an empty text: only an empty pattern matches.
        assert!(!m("*", ""));
        assert!(!m("**", ""));
        assert!(m("", ""));
        // KEYS and SCAN special-case the pattern "*" alone.
        assert!(matches(b"*", b""));
        assert!(!matches(b"**", b""));
        assert!(matches(b"*", b"anything"));
        assert!(matches(b"k?", b"k1"));
    }

    #[test]
    fn classes() {
        assert!(m("h[ae]llo", "hello"));
        assert!(m("h[ae]llo", "hallo"));
        assert!(!m("h[ae]llo", "hillo"));
        assert!(m("h[^e]llo", "hallo"));
        assert!(!m("h[^e]llo", "hello"));
        assert!(m("h[a-b]llo", "hbllo"));
        assert!(!m("h[a-b]llo", "hcllo"));
        // `[]` opens a class that closes at once: nothing matches it.
        assert!(!m("[]", "a"));
        assert!(!m("[]a", "a"));
        assert!(m("[^]a", "xa"));
    }

    #[test]
    fn reversed_ranges() {
        assert!(m("[z-a]", "m"));
        assert!(m("[z-a]", "a"));
        assert!(m("[z-a]", "z"));
        assert!(!m("[z-a]", "A"));
        assert!(m("[^z-a]", "A"));
        assert!(m("[9-0]x", "5x"));
    }

    #[test]
    fn ranges_compare_as_signed_chars() {
        // [a-\xff] is the range -1..=97: bytes 0x00..=0x61 and 0xff, not 'b' nor 0x80.
        let pattern = b"[a-\xff]";
        assert!(stringmatchlen(pattern, b"a"));
        assert!(stringmatchlen(pattern, b"A"));
        assert!(stringmatchlen(pattern, b"\x00"));
        assert!(stringmatchlen(pattern, b"\xff"));
        assert!(!stringmatchlen(pattern, b"b"));
        assert!(!stringmatchlen(pattern, b"\x80"));
        // [\x80-\xff] is -128..=-1: every high byte.
        assert!(stringmatchlen(b"[\x80-\xff]", b"\x90"));
        assert!(!stringmatchlen(b"[\x80-\xff]", b"a"));
    }

    #[test]
    fn escapes() {
        assert!(m(r"\*", "*"));
        assert!(!m(r"\*", "a"));
        assert!(m(r"\?", "?"));
        assert!(!m(r"\?", "a"));
        assert!(m(r"a\[b", "a[b"));
        assert!(m(r"\a", "a"));
        assert!(m(r"[\]]", "]"));
        assert!(m(r"[\^a]", "^"));
        assert!(m(r"[a\-z]", "-"));
        assert!(!m(r"[a\-z]", "m"));
        assert!(m(r"h\\llo", r"h\llo"));
    }

    #[test]
    fn trailing_backslash_matches_itself() {
        assert!(m("a\\", "a\\"));
        assert!(!m("a\\", "a"));
        assert!(!m("a\\", "ab"));
        // Inside an unterminated class, a last backslash is a literal member.
        assert!(m("[\\", "\\"));
        assert!(!m("[\\", "a"));
    }

    #[test]
    fn unterminated_classes() {
        assert!(m("[abc", "a"));
        assert!(m("[abc", "c"));
        assert!(!m("[abc", "d"));
        assert!(!m("[abc", "ab"));
        assert!(!m("x[", "x"));
        assert!(!m("[", "a"));
        // `[^` is an empty negated class: it matches any one byte.
        assert!(m("[^", "a"));
        assert!(m("[^a", "b"));
        assert!(!m("[^a", "a"));
        // `[a-]`: '-' then the last byte ']' form the range ']'..='a', the class never closes.
        assert!(m("[a-]", "_"));
        assert!(m("[a-]", "]"));
        assert!(!m("[a-]", "-"));
        assert!(!m("[a-]", "b"));
        // `[a-` has only two bytes left at 'a': 'a' and '-' are literal members.
        assert!(m("[a-", "-"));
        assert!(m("[a-", "a"));
        assert!(!m("[a-", "b"));
    }

    #[test]
    fn binary_and_nul_bytes() {
        assert!(stringmatchlen(b"a\x00*", b"a\x00bc"));
        assert!(!stringmatchlen(b"a\x00*", b"abc"));
        assert!(stringmatchlen(b"[\x00]", b"\x00"));
        assert!(stringmatchlen(b"?", b"\xff"));
    }

    #[test]
    fn nesting_is_bounded() {
        let text = vec![b'a'; 1100];
        let ok: Vec<u8> = b"*a".repeat(1000);
        let too_deep: Vec<u8> = b"*a".repeat(1001);
        assert!(stringmatchlen(&ok, &text));
        assert!(!stringmatchlen(&too_deep, &text));
    }

    #[test]
    fn pathological_patterns_are_fast() {
        // Exponential without the early stop: many stars, a text that almost matches.
        let text = vec![b'a'; 5000];
        let mut pattern = b"*a".repeat(50);
        pattern.extend_from_slice(b"b");
        let started = std::time::Instant::now();
        assert!(!stringmatchlen(&pattern, &text));
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }
}
