//! Parsing of configuration values given as text (environment variables).

/// Parses a size: bytes, or a number with a `K`, `M`, `G` or `T` suffix (powers of 1024;
/// `KB`/`MB`/`GB` and `KiB`... are accepted too). `None` for anything else or an overflow.
pub(crate) fn parse_size(text: &str) -> Option<usize> {
    let t = text.trim();
    let upper = t.to_ascii_uppercase();
    let digits_end = upper
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(upper.len());
    let (number, unit) = upper.split_at(digits_end);
    if number.is_empty() {
        return None;
    }
    let n: usize = number.parse().ok()?;
    let shift = match unit.trim() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        "T" | "TB" | "TIB" => 40,
        _ => return None,
    };
    n.checked_mul(1usize.checked_shl(shift)?)
}

/// Parses a `FERRITE_LOG` level.
pub(crate) fn parse_log_level(text: &str) -> Option<log::LevelFilter> {
    ferrite_core::logging::parse_level(text)
}

/// Sets Ferrite's log level.
pub(crate) fn set_log_level(level: log::LevelFilter) {
    ferrite_core::logging::set_level(level);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("0"), Some(0));
        assert_eq!(parse_size("4096"), Some(4096));
        assert_eq!(parse_size("256M"), Some(256 << 20));
        assert_eq!(parse_size("1g"), Some(1 << 30));
        assert_eq!(parse_size("64KiB"), Some(64 << 10));
        assert_eq!(parse_size(""), None);
        assert_eq!(parse_size("M"), None);
        assert_eq!(parse_size("1.5G"), None);
        assert_eq!(parse_size("-1"), None);
        assert_eq!(parse_size("99999999999999999999"), None);
        assert_eq!(parse_size("17179869184G"), None);
    }
}
