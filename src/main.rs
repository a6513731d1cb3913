//! The `slant` command: parse flags, call the library, turn an error into one line.

mod cli;

/// mimalloc: scoring allocates many small, short-lived buffers per article, which
/// it serves faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay`: its place in mimalloc's `mi_option_e` (mimalloc.h, v3).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() {
    // Keep freed memory for reuse instead of returning it to the system 10 ms after
    // a batch of articles is freed: every batch would fault its pages in afresh.
    // Memory stays bounded by the largest batch (see BENCHMARKS.md).
    // SAFETY: sets a plain integer option before any thread is started.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    std::process::exit(cli::run());
}
