//! Ferrite's own log level, on top of the `log` facade.
//!
//! Ferrite logs through `log` (target `ferrite`), so nothing is printed unless the application
//! installs a logger. `FERRITE_LOG` (read when a database is opened from the environment) sets
//! the most detailed level Ferrite emits; the default is `warn` (torn tails dropped, salvage,
//! failed fsyncs and snapshots).

use std::sync::atomic::{AtomicUsize, Ordering};

static LEVEL: AtomicUsize = AtomicUsize::new(log::LevelFilter::Warn as usize);

/// Sets the most detailed level Ferrite emits.
pub fn set_level(level: log::LevelFilter) {
    LEVEL.store(level as usize, Ordering::Relaxed);
}

/// Whether Ferrite emits records at `level`.
pub fn enabled(level: log::Level) -> bool {
    (level as usize) <= LEVEL.load(Ordering::Relaxed)
}

/// Parses a `FERRITE_LOG` value: `off`, `error`, `warn`, `info`, `debug`, `trace`.
pub fn parse_level(text: &str) -> Option<log::LevelFilter> {
    match text.trim().to_ascii_lowercase().as_str() {
        "off" => Some(log::LevelFilter::Off),
        "error" => Some(log::LevelFilter::Error),
        "warn" | "warning" => Some(log::LevelFilter::Warn),
        "info" => Some(log::LevelFilter::Info),
        "debug" => Some(log::LevelFilter::Debug),
        "trace" => Some(log::LevelFilter::Trace),
        _ => None,
    }
}

/// Logs through `log` (target `ferrite`) when Ferrite's level allows it.
#[macro_export]
macro_rules! flog {
    ($level:expr, $($arg:tt)+) => {
        if $crate::logging::enabled($level) {
            ::log::log!(target: "ferrite", $level, $($arg)+);
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_parse_and_gate() {
        assert_eq!(parse_level("DEBUG"), Some(log::LevelFilter::Debug));
        assert_eq!(parse_level("loud"), None);
        set_level(log::LevelFilter::Error);
        assert!(enabled(log::Level::Error));
        assert!(!enabled(log::Level::Warn));
        set_level(log::LevelFilter::Warn);
        assert!(enabled(log::Level::Warn));
        assert!(!enabled(log::Level::Info));
    }
}
