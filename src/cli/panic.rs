//! Panics as errors: a bug anywhere ends slant with exit 2 and one line on stderr,
//! never a backtrace and exit 101, and what was already written stays written.

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Mutex;

/// The first panic of the process, described, for [`main`](crate)'s last word.
static FIRST: Mutex<Option<String>> = Mutex::new(None);

thread_local! {
    /// The last panic on this thread, described, for [`guard`].
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces the default panic message (several lines, a backtrace hint) with a
/// record of the panic that the code catching it reports in one line.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let what = match info.payload().downcast_ref::<&str>() {
            Some(s) => s.to_string(),
            None => match info.payload().downcast_ref::<String>() {
                Some(s) => s.clone(),
                None => "panic".to_string(),
            },
        };
        let at = info
            .location()
            .map(|l| format!(" (at {}:{})", l.file(), l.line()))
            .unwrap_or_default();
        let line = format!("{}{at}", one_line(&what));
        if let Ok(mut first) = FIRST.try_lock() {
            first.get_or_insert_with(|| line.clone());
        }
        let _ = LAST.try_with(|last| last.replace(Some(line)));
    }));
}

/// `s` on one line: line breaks and other control characters become spaces.
fn one_line(s: &str) -> String {
    let flat: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    flat.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first panic of the process, described in one line.
pub fn first() -> String {
    match FIRST.lock() {
        Ok(first) => first.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    }
    .unwrap_or_else(|| "a panic".to_string())
}

/// Runs `f`; a panic in it becomes an internal error naming `what` failed.
pub fn guard<T>(what: &str, f: impl FnOnce() -> T) -> Result<T, slant::Error> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|_| {
        let why = LAST
            .try_with(|last| last.borrow_mut().take())
            .ok()
            .flatten()
            .unwrap_or_else(|| "a panic".to_string());
        slant::Error::Internal(format!("{}: {why}", one_line(what)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_a_guard_becomes_an_internal_error_in_one_line() {
        install();
        let err = guard("a.txt", || -> u32 { panic!("bad\nthing {}", 1) }).unwrap_err();
        assert!(!err.is_user_error());
        let msg = err.to_string();
        assert!(
            msg.contains("a.txt: bad thing 1 (at src/cli/panic.rs:"),
            "{msg}"
        );
        assert!(!msg.contains('\n'), "{msg}");
        assert!(first().contains("bad thing 1"));
        assert_eq!(guard("b", || 7).unwrap(), 7);
    }
}
