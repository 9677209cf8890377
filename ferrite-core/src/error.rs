//! The one error type of the engine.
//!
//! Command errors display as the exact text Redis 7.0 replies with (without the leading `-`),
//! so `execute` callers and every binding can show users the message they already know.
//! `Error::code` gives a stable, machine-readable code for bindings (`"WRONGTYPE"`, `"ERR"`, ...).

use std::borrow::Cow;
use std::fmt;

/// Result alias used throughout Ferrite.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in Ferrite.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The key holds a value of another type (`WRONGTYPE Operation against a key ...`).
    WrongType,
    /// An argument or stored value is not a 64-bit integer (`ERR value is not an integer or out of range`).
    NotInteger,
    /// An argument or stored value is not a valid float (`ERR value is not a valid float`).
    NotFloat,
    /// INCR-family arithmetic would overflow (`ERR increment or decrement would overflow`).
    Overflow,
    /// The arguments do not follow the command's grammar (`ERR syntax error`).
    Syntax,
    /// The command's key does not exist where it must (`ERR no such key`).
    NoSuchKey,
    /// An index is outside the list (`ERR index out of range`).
    IndexOutOfRange,
    /// The command got the wrong number of arguments.
    WrongArity {
        /// The command name in lower case, as Redis prints it.
        command: String,
    },
    /// The command name is not known.
    UnknownCommand {
        /// The command name as given.
        command: String,
        /// The first arguments, as Redis echoes them.
        args: Vec<String>,
    },
    /// Any other Redis error reply; the text is exactly Redis's, code word included (`ERR ...`).
    Reply(Cow<'static, str>),
    /// A write would push memory use past the configured limit.
    Oom,
    /// The database handle was closed.
    Closed,
    /// The database directory is locked by another open handle.
    Locked {
        /// The directory that is locked.
        path: std::path::PathBuf,
    },
    /// A feature that this build or configuration does not provide.
    Unsupported(Cow<'static, str>),
    /// An operating-system I/O error.
    Io(std::io::Error),
    /// A database file is damaged or foreign, or the log failed (see [`crate::persist::PersistError`]).
    Persist(crate::persist::PersistError),
    /// A configuration value (or the environment variable that set it) is invalid.
    Config(String),
    /// An error raised by user code inside a transaction closure.
    Custom(Box<dyn std::error::Error + Send + Sync + 'static>),
}

impl Error {
    /// An error reply with Redis's exact text (code word included, e.g. `"ERR min or max is not a float"`).
    pub fn reply(text: impl Into<Cow<'static, str>>) -> Error {
        Error::Reply(text.into())
    }

    /// Redis's error for an expire time that is negative or overflows (`ERR invalid expire time
    /// in 'set' command`); `command` is the lower-case command name.
    pub fn invalid_expire(command: &str) -> Error {
        Error::reply(format!("ERR invalid expire time in '{command}' command"))
    }

    /// An error from user code, e.g. to abort a transaction.
    pub fn custom(message: impl Into<String>) -> Error {
        Error::Custom(message.into().into())
    }

    /// A stable code for bindings: the Redis error code word for command errors
    /// (`WRONGTYPE`, `ERR`, `OOM`, ...) and a fixed word for the others.
    pub fn code(&self) -> &str {
        match self {
            Error::WrongType => "WRONGTYPE",
            Error::NotInteger
            | Error::NotFloat
            | Error::Overflow
            | Error::Syntax
            | Error::NoSuchKey
            | Error::IndexOutOfRange
            | Error::WrongArity { .. }
            | Error::UnknownCommand { .. } => "ERR",
            Error::Reply(text) => text.split(' ').next().unwrap_or("ERR"),
            Error::Oom => "OOM",
            Error::Closed => "CLOSED",
            Error::Locked { .. } => "LOCKED",
            Error::Unsupported(_) => "UNSUPPORTED",
            Error::Io(_) => "IO",
            Error::Persist(e) => match e {
                crate::persist::PersistError::Corrupt { .. }
                | crate::persist::PersistError::BadHeader { .. } => "CORRUPT",
                crate::persist::PersistError::UnsupportedVersion { .. } => "VERSION",
                crate::persist::PersistError::Io { .. } => "IO",
                crate::persist::PersistError::Poisoned(_) => "POISONED",
            },
            Error::Config(_) => "CONFIG",
            Error::Custom(_) => "CUSTOM",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::WrongType => {
                f.write_str("WRONGTYPE Operation against a key holding the wrong kind of value")
            }
            Error::NotInteger => f.write_str("ERR value is not an integer or out of range"),
            Error::NotFloat => f.write_str("ERR value is not a valid float"),
            Error::Overflow => f.write_str("ERR increment or decrement would overflow"),
            Error::Syntax => f.write_str("ERR syntax error"),
            Error::NoSuchKey => f.write_str("ERR no such key"),
            Error::IndexOutOfRange => f.write_str("ERR index out of range"),
            Error::WrongArity { command } => {
                write!(f, "ERR wrong number of arguments for '{command}' command")
            }
            Error::UnknownCommand { command, args } => {
                write!(
                    f,
                    "ERR unknown command '{command}', with args beginning with: "
                )?;
                for arg in args {
                    write!(f, "'{arg}' ")?;
                }
                Ok(())
            }
            Error::Reply(text) => f.write_str(text),
            Error::Oom => f.write_str("OOM command not allowed when used memory > 'maxmemory'."),
            Error::Closed => f.write_str("CLOSED the database is closed"),
            Error::Locked { path } => write!(
                f,
                "LOCKED the database at {} is already open (locked by this or another process)",
                path.display()
            ),
            Error::Unsupported(what) => write!(f, "UNSUPPORTED {what}"),
            Error::Io(err) => write!(f, "IO {err}"),
            Error::Persist(err) => write!(f, "{} {err}", self.code()),
            Error::Config(what) => write!(f, "CONFIG {what}"),
            Error::Custom(err) => write!(f, "{err}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io(err) => Some(err),
            Error::Persist(err) => Some(err),
            Error::Custom(err) => Some(err.as_ref()),
            _ => None,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Error {
        Error::Io(err)
    }
}

impl From<std::num::ParseIntError> for Error {
    fn from(err: std::num::ParseIntError) -> Error {
        Error::Custom(Box::new(err))
    }
}

impl From<std::num::ParseFloatError> for Error {
    fn from(err: std::num::ParseFloatError) -> Error {
        Error::Custom(Box::new(err))
    }
}

impl From<std::str::Utf8Error> for Error {
    fn from(err: std::str::Utf8Error) -> Error {
        Error::Custom(Box::new(err))
    }
}

impl From<std::string::FromUtf8Error> for Error {
    fn from(err: std::string::FromUtf8Error) -> Error {
        Error::Custom(Box::new(err))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_match_redis() {
        assert_eq!(
            Error::WrongType.to_string(),
            "WRONGTYPE Operation against a key holding the wrong kind of value"
        );
        assert_eq!(
            Error::WrongArity {
                command: "get".into()
            }
            .to_string(),
            "ERR wrong number of arguments for 'get' command"
        );
        assert_eq!(
            Error::UnknownCommand {
                command: "foo".into(),
                args: vec!["a".into(), "b".into()]
            }
            .to_string(),
            "ERR unknown command 'foo', with args beginning with: 'a' 'b' "
        );
        assert_eq!(Error::reply("ERR min or max is not a float").code(), "ERR");
        assert_eq!(Error::WrongType.code(), "WRONGTYPE");
    }
}
