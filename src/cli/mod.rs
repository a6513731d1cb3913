//! The command line: what the user typed (clap structs) → library calls → output.
//!
//! Exit codes: 0 success; 1 bad input or usage (a message says what to fix);
//! 2 internal error. Writing into a closed pipe ends quietly with 0.

mod args;
mod compare;
mod eval;
mod eval_multi;
mod extract;
pub mod panic;
mod progress;
mod score;
mod set_rule;
mod train;
mod train_multi;
mod train_words;

use args::{Cli, Command};
use clap::Parser;
use std::io::Write;

/// Exit code for success.
pub const EXIT_OK: i32 = 0;
/// Exit code for bad input or usage.
pub const EXIT_INPUT: i32 = 1;
/// Exit code for an internal error.
pub const EXIT_INTERNAL: i32 = 2;

/// Runs the command line and returns the process exit code.
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_INPUT } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    let result = match &cli.command {
        Command::Score(a) => score::run(a),
        Command::Train(a) => train::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Compare(a) => compare::run(a),
        Command::TrainWords(a) => train_words::run(a),
        Command::Extract(a) => extract::run(a),
        Command::SetRule(a) => set_rule::run(a),
    };
    match result {
        Ok(()) => EXIT_OK,
        Err(err) => {
            if is_broken_pipe(&err) {
                return EXIT_OK;
            }
            let _ = std::io::stdout().flush();
            // A message may quote the input (a label, a field value): escaped for the terminal.
            eprintln!("slant: {}", slant::report::visible(format!("{err:#}")));
            match err.downcast_ref::<slant::Error>() {
                Some(e) if !e.is_user_error() => EXIT_INTERNAL,
                _ => EXIT_INPUT,
            }
        }
    }
}

/// True when `err` comes from writing into a closed pipe.
pub(crate) fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
