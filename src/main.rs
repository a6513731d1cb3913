//! The `slant` command: parse flags, call the library, turn an error into one line.

mod cli;

fn main() {
    std::process::exit(cli::run());
}
