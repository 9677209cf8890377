//! The exception hierarchy and the one function that maps the Rust API's `Error` onto it.
//!
//! ```text
//! ferrite.Error                 every error of this module (attribute `code`: Error::code())
//! ├── ResponseError             a command's error reply, Redis's exact text (ERR ..., WRONGTYPE ...)
//! │   ├── WrongTypeError        WRONGTYPE Operation against a key holding the wrong kind of value
//! │   └── OutOfMemoryError      OOM command not allowed when used memory > 'maxmemory'.
//! ├── DataError                 a Python value that cannot be sent (bool, None, a list, ...)
//! ├── ClosedError               the database (or the transaction) is closed
//! ├── LockedError               another handle holds the database directory
//! ├── StorageError              I/O failed
//! │   ├── CorruptError          a file is damaged or foreign (names the file and offset)
//! │   └── PoisonedError         a write failed earlier; reopen the database
//! ├── ConfigError               a bad configuration value
//! └── UnsupportedError          not available in this build
//! ```

use pyo3::prelude::*;

use ferrite_rs::embedded::Error;

use exc::*;

/// The exception classes (a module of their own, so the base class can be called `Error`).
#[allow(missing_docs)]
pub mod exc {
    use pyo3::create_exception;
    use pyo3::exceptions::PyException;

    create_exception!(
    ferrite,
    Error,
    PyException,
    "Base class of every ferrite error; `code` is its stable code (`ERR`, `WRONGTYPE`, `CLOSED`, ...)."
);
    create_exception!(
        ferrite,
        ResponseError,
        Error,
        "A command's error reply, with Redis's exact text."
    );
    create_exception!(
        ferrite,
        WrongTypeError,
        ResponseError,
        "WRONGTYPE: the key holds a value of another type."
    );
    create_exception!(
        ferrite,
        OutOfMemoryError,
        ResponseError,
        "OOM: the write would pass the database's memory limit."
    );
    create_exception!(
        ferrite,
        DataError,
        Error,
        "A Python value that cannot be sent as a command argument."
    );
    create_exception!(
        ferrite,
        ClosedError,
        Error,
        "The database or transaction is closed."
    );
    create_exception!(
        ferrite,
        LockedError,
        Error,
        "Another handle (in this or another process) has the database directory open."
    );
    create_exception!(ferrite, StorageError, Error, "An I/O error.");
    create_exception!(
        ferrite,
        CorruptError,
        StorageError,
        "A database file is damaged or foreign; the message names the file and offset."
    );
    create_exception!(
        ferrite,
        PoisonedError,
        StorageError,
        "A write or fsync failed earlier; writes fail until the database is reopened."
    );
    create_exception!(
        ferrite,
        ConfigError,
        Error,
        "A configuration value is invalid."
    );
    create_exception!(
        ferrite,
        UnsupportedError,
        Error,
        "A feature this build does not provide."
    );
}

/// The Python exception of an error of the Rust API (its message is `Display`: Redis's text for
/// command errors), with `code` set.
pub fn to_py(err: Error) -> PyErr {
    let message = err.to_string();
    let code = err.code().to_string();
    let py_err = match &err {
        Error::WrongType => WrongTypeError::new_err(message),
        Error::Oom => OutOfMemoryError::new_err(message),
        Error::NotInteger
        | Error::NotFloat
        | Error::Overflow
        | Error::Syntax
        | Error::NoSuchKey
        | Error::IndexOutOfRange
        | Error::WrongArity { .. }
        | Error::UnknownCommand { .. }
        | Error::Reply(_) => ResponseError::new_err(message),
        Error::Closed => ClosedError::new_err(message),
        Error::Locked { .. } => LockedError::new_err(message),
        Error::Io(_) => StorageError::new_err(message),
        Error::Persist(_) => match code.as_str() {
            "CORRUPT" | "VERSION" => CorruptError::new_err(message),
            "POISONED" => PoisonedError::new_err(message),
            _ => StorageError::new_err(message),
        },
        Error::Config(_) => ConfigError::new_err(message),
        Error::Unsupported(_) => UnsupportedError::new_err(message),
        Error::Custom(_) => exc::Error::new_err(message),
        // `Error` is non-exhaustive: a kind added later is at least a ferrite.Error.
        _ => exc::Error::new_err(message),
    };
    with_code(py_err, &code)
}

/// Sets the exception's `code` attribute.
pub fn with_code(err: PyErr, code: &str) -> PyErr {
    Python::with_gil(|py| {
        // Setting an attribute on a fresh exception instance cannot fail in practice; if it
        // did, the exception is still raised, without `code`.
        let _ = err.value(py).setattr("code", code);
    });
    err
}

/// `ClosedError` for a transaction used outside its `with` block.
pub fn tx_inactive() -> PyErr {
    with_code(
        ClosedError::new_err(
            "CLOSED the transaction is not active (use it inside `with db.transaction() as tx:`)",
        ),
        "CLOSED",
    )
}

/// `ferrite.Error` for a call that would wait forever: the database used from the thread whose
/// open transaction holds every lock.
pub fn tx_deadlock() -> PyErr {
    with_code(
        exc::Error::new_err(
            "BUSY a transaction is open on this thread: use the transaction's handle (tx) inside `with db.transaction() as tx:`, not the database",
        ),
        "BUSY",
    )
}

/// Registers the exception classes on the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("Error", py.get_type::<exc::Error>())?;
    m.add("ResponseError", py.get_type::<ResponseError>())?;
    m.add("WrongTypeError", py.get_type::<WrongTypeError>())?;
    m.add("OutOfMemoryError", py.get_type::<OutOfMemoryError>())?;
    m.add("DataError", py.get_type::<DataError>())?;
    m.add("ClosedError", py.get_type::<ClosedError>())?;
    m.add("LockedError", py.get_type::<LockedError>())?;
    m.add("StorageError", py.get_type::<StorageError>())?;
    m.add("CorruptError", py.get_type::<CorruptError>())?;
    m.add("PoisonedError", py.get_type::<PoisonedError>())?;
    m.add("ConfigError", py.get_type::<ConfigError>())?;
    m.add("UnsupportedError", py.get_type::<UnsupportedError>())?;
    Ok(())
}
