//! The `slant` command: parse flags, call the library, turn an error into one line.

mod cli;

/// mimalloc: scoring allocates many small, short-lived buffers per article, which
/// it serves faster than the system allocator. Built without transparent huge pages
/// (`no_thp`): with them, every 2 MB page it purges and takes back is zeroed again
/// by the kernel, which cost 8% of single-thread scoring time and 40% of peak memory.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    cli::panic::install();
    let code = match std::panic::catch_unwind(cli::run) {
        Ok(code) => code,
        Err(_) => {
            // Unwinding dropped (and so flushed) the output writers on its way here.
            let _ = std::io::Write::flush(&mut std::io::stdout());
            eprintln!("slant: internal error: {}", cli::panic::first());
            cli::EXIT_INTERNAL
        }
    };
    std::process::exit(code);
}
