//! What the feature stages know about a word, attached once per distinct word
//! to the document's word table ([`describe`]): its keys in the built-in
//! loaded-language lexicon, whether a lexicon entry may start at it, whether an
//! outlet fingerprint may, its stem, and its word classes for the attribution finder.

use super::lexicon::Lexicon;
use super::sourcing;
pub use crate::document::words::{Facts, WordAt, WordFlags, WordInfo, WordTable};

/// The built-in word knowledge of one word (the [`Describe`](crate::document::Describe)
/// every scoring and training document uses).
pub fn describe(surface: &str, lower: &str) -> WordInfo {
    let lexicon = Lexicon::builtin();
    let (key, part_entry, stem) = lexicon.word_keys_and_stem(surface);
    WordInfo {
        key,
        part_entry,
        starts_entry: lexicon.may_start(key, part_entry),
        fingerprint: super::fingerprint::Filter::builtin().word_flags(surface),
        classes: sourcing::word_class(surface, lower).bits(),
        stem,
    }
}

/// A word table that knows the built-in word lists ([`describe`]).
impl Default for WordTable {
    fn default() -> Self {
        WordTable::new(describe)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::words::read_plain;

    #[test]
    fn words_carry_their_lexicon_keys() {
        let mut table = WordTable::default();
        let mut words = Vec::new();
        table.read("slammed half-Fuhrer table", &mut words);
        assert!(words[0].facts.key().is_some());
        assert!(words[1].facts.part_entry().is_some());
        assert!(words[2].facts.part_entry().is_none());
        assert!(!table.is_full(3));
        assert!(table.is_full(2));
        table.clear();
        assert!(table.is_empty());
    }

    #[test]
    fn only_words_an_entry_may_start_at_are_marked() {
        let mut table = WordTable::default();
        let mut words = Vec::new();
        // "prolong the conflict" is an entry, so is "the truth is": "conflict" has
        // a key but starts nothing; "half-Fuhrer" matches through its part.
        table.read("prolong the conflict half-Fuhrer table", &mut words);
        let starts: Vec<bool> = words.iter().map(|w| w.facts.starts()).collect();
        assert_eq!(starts, [true, true, false, true, false]);
        assert!(words[2].facts.key().is_some());
    }

    #[test]
    fn a_stem_kept_by_the_table_is_the_analyzers_stem() {
        let analyzer = crate::text::Analyzer::default();
        let mut table = WordTable::default();
        let mut words = Vec::new();
        let text = "Slammed escalations Russia's 2,000 www.example.com really \
                    Führer Kiev’s SPOKESMAN Peskov’s <num> the tying";
        table.read(text, &mut words);
        let mut kept = 0;
        for w in &words {
            let surface = table.surface(w.word);
            let stem = table.stem(w.word);
            kept += usize::from(stem.is_some());
            assert_eq!(
                analyzer.term_stemmed(surface, stem),
                analyzer.term(surface),
                "{surface}"
            );
        }
        assert!(kept >= 6, "ASCII words not ending in -ly keep their stem");
        assert_eq!(table.stem(words[0].word), Some("slam"));
        let really = words.iter().find(|w| table.surface(w.word) == "really");
        assert_eq!(
            really.map(|w| table.stem(w.word)),
            Some(None),
            "-ly words are not stemmed for the lexicon"
        );
    }

    #[test]
    fn the_built_in_knowledge_reads_as_the_plain_reference() {
        let text = "Slammed escalations Russia's said, according to half-Fuhrer \
                    Sen. Peskov’s “prolong the conflict” reportedly was widely believed";
        let mut table = WordTable::default();
        let mut words = Vec::new();
        table.read(text, &mut words);
        let plain = read_plain(text, describe);
        assert_eq!(words.len(), plain.len());
        for (w, p) in words.iter().zip(&plain) {
            assert_eq!(w.facts, p.facts, "{}", &text[p.start..p.end]);
            assert_eq!(table.stem(w.word), p.stem.as_deref());
        }
        assert!(words.iter().any(|w| w.facts.class() != 0));
    }
}
