//! The `slant` command: parse flags, call the library, turn an error into one line.

mod cli;

/// mimalloc: scoring allocates many small, short-lived buffers per article, which
/// it serves faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(cli::run());
}
