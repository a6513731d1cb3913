//! Tokenizes any UTF-8 text; every token must be a non-empty, in-bounds span on char
//! boundaries, after the previous one, whose text is the text it covers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use slant::text::tokenize;

fuzz_target!(|text: &str| {
    let mut last_end = 0;
    for t in tokenize(text) {
        assert!(
            t.start < t.end && t.end <= text.len(),
            "span {}..{} in {} bytes",
            t.start,
            t.end,
            text.len()
        );
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(t.start >= last_end, "tokens overlap or go back");
        assert_eq!(t.text, t.surface(text));
        last_end = t.end;
    }
});
