//! One error type for the library, with a `Result` alias.
//!
//! Inner errors say what went wrong; callers add where (file, line) with
//! [`Error::at`], so every message a user sees names the place to look.

use std::path::PathBuf;

/// Everything that can go wrong in slant's library code.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An I/O failure on a named file.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Bad input at a known place (file and 1-based line, when known).
    #[error("{place}: {message}")]
    Input { place: String, message: String },
    /// A model file that cannot be used.
    #[error("model {path}: {message}")]
    Model { path: String, message: String },
    /// Parameters or data that make fitting impossible.
    #[error("{0}")]
    Invalid(String),
    /// The logistic solver failed.
    #[error("fitting failed: {0}")]
    Fit(String),
}

impl Error {
    /// An input error at `place` (e.g. `corpus.jsonl:12`).
    pub fn input(place: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Input {
            place: place.into(),
            message: message.into(),
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// True when this error is caused by bad input from the user rather than a bug.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, Error::Fit(_))
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
