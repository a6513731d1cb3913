//! Finds loaded terms in any UTF-8 text; every match must be an in-bounds span on char
//! boundaries whose text is exactly what the article says there.
#![no_main]

use libfuzzer_sys::fuzz_target;
use slant::features::lexicon::Lexicon;

fuzz_target!(|text: &str| {
    for m in Lexicon::builtin().find(text) {
        assert!(
            m.start < m.end && m.end <= text.len(),
            "span {}..{} in {} bytes",
            m.start,
            m.end,
            text.len()
        );
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert_eq!(m.text, &text[m.start..m.end]);
    }
});
