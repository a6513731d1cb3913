//! Extracts attributions from any UTF-8 text; spans must be in bounds and on char
//! boundaries, and the balance figures in range.
#![no_main]

use libfuzzer_sys::fuzz_target;
use slant::features::sourcing;

fuzz_target!(|text: &str| {
    let s = sourcing::extract(text);
    for a in &s.attributions {
        assert!(
            a.start <= a.end && a.end <= text.len(),
            "span {}..{} in {} bytes",
            a.start,
            a.end,
            text.len()
        );
        assert!(text.is_char_boundary(a.start) && text.is_char_boundary(a.end));
    }
    for v in sourcing::block_values(&s) {
        assert!(v.is_finite(), "block value {v}");
    }
});
