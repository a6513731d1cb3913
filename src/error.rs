//! One error type for the library, with a `Result` alias.
//!
//! Inner errors say what went wrong; callers add where (file, line) with
//! [`Error::input`], so every message a user sees names the place to look.

use std::path::PathBuf;

/// Everything that can go wrong in slant's library code.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An I/O failure on a named file. The message includes the I/O error, so it is
    /// not also returned as `source()` (a cause chain would print it twice).
    #[error("{}: {error}", path.display())]
    Io {
        path: PathBuf,
        error: std::io::Error,
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
    /// A bug in slant (a panic, caught), with what it was working on.
    #[error("internal error: {0}")]
    Internal(String),
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
    pub fn io(path: impl Into<PathBuf>, error: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            error,
        }
    }

    /// True when this error is caused by bad input from the user rather than a bug.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, Error::Fit(_) | Error::Internal(_))
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The message and every cause below it, as a CLI prints them (`{:#}` in anyhow).
    fn chain(e: &dyn std::error::Error) -> String {
        let mut s = e.to_string();
        let mut cur = e.source();
        while let Some(c) = cur {
            s = format!("{s}: {c}");
            cur = c.source();
        }
        s
    }

    #[test]
    fn an_io_error_names_the_path_and_says_its_cause_once() {
        let e = Error::io(
            "/no/such/dir",
            std::io::Error::new(std::io::ErrorKind::NotFound, "No such file"),
        );
        assert_eq!(chain(&e), "/no/such/dir: No such file");
    }
}
