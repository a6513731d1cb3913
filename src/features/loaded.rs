//! The loaded-language block: the lexicon's matches and the word model's flags
//! over a document, each term given its voice (the outlet's, or quoted).
//!
//! Which words and phrases count as loaded: `lexicon` (the phrase lexicon,
//! `data/lexicon.txt`) and `loaded_model` (the word-level model); this module
//! only runs them over a document, in that order.

use super::block::{Detail, FeatureBlock};
use super::lexicon::{self, LoadedTerm, NamingUse};
use super::loaded_model::{self, WordModelScratch};
use crate::document::Document;

/// Rate features enter the model as `ln(1 + rate) / RATE_SCALE`, so that a few
/// matches in a short article do not swamp the unit-length TF-IDF vector.
pub const RATE_SCALE: f32 = 5.0;

/// The loaded-language block, keeping the words of each term or not.
#[derive(Debug, Clone, Copy)]
pub struct LoadedBlock {
    detail: Detail,
}

impl LoadedBlock {
    /// The block, keeping as much as `detail` says.
    pub fn new(detail: Detail) -> Self {
        LoadedBlock { detail }
    }
}

/// What the loaded-language block measures in a document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    /// Loaded terms and scare quotes, in text order (without their words under
    /// [`Detail::Figures`]).
    pub terms: Vec<LoadedTerm>,
    /// Every naming-pair name used, marked or standard (empty under [`Detail::Figures`]).
    pub naming: Vec<NamingUse>,
    /// Words in the body.
    pub words: usize,
    /// The word model's probabilities of the words no term covers, at least
    /// [`loaded_model::DENSITY_FLOOR`], summed `[outlet, quoted]` (see
    /// [`loaded_model::unflagged_mass`]): what the loaded density adds to the terms.
    pub unflagged: [f64; 2],
}

impl FeatureBlock for LoadedBlock {
    type Scratch = WordModelScratch;
    type Measure = Loaded;

    fn names(&self) -> Vec<String> {
        lexicon::block_names()
    }

    fn measure(&self, doc: &Document, cache: &mut WordModelScratch) -> Loaded {
        let (body, words) = (doc.body(), doc.words());
        let lexicon::Found {
            terms,
            naming,
            words: n_words,
            declined,
        } = lexicon::find_read_direct(
            body,
            words,
            doc.quotes(),
            self.detail,
            cache.direct_quotes(),
        );
        // Words the model flags outside the lexicon take their voice from the
        // same direct quotations as the lexicon's (`lexicon::direct_quotes`), which
        // the lexicon left in `cache`.
        let mut terms =
            loaded_model::flag_direct_builtin(doc, terms, &declined, cache, self.detail);
        // A judgement credited to a source ("critics called it disgusting") is the
        // source's word, like a quoted one.
        lexicon::reported_voices(body, words, &mut terms);
        // A term left under the model's bar is still a source's verdict when reported:
        // shown in the quoted voice, as a quoted term is whatever its confidence.
        lexicon::reported_voices_dropped(body, words, &mut terms, cache.dropped());
        let unflagged = loaded_model::unflagged_mass_builtin(doc, &terms, cache);
        Loaded {
            terms,
            naming,
            words: n_words,
            unflagged,
        }
    }
}

impl LoadedBlock {
    /// [`FeatureBlock::measure`] the plain way: the lexicon and the word model each
    /// judge the article's quotations (the reference the block must agree with).
    pub fn measure_plain(&self, doc: &Document, cache: &mut WordModelScratch) -> Loaded {
        let (body, words) = (doc.body(), doc.words());
        let found = lexicon::find_read(body, words, doc.quotes(), self.detail);
        let mut terms =
            loaded_model::flag_builtin(doc, found.terms, &found.declined, cache, self.detail);
        lexicon::reported_voices_plain(body, words, &mut terms);
        lexicon::reported_voices_dropped_plain(body, words, &mut terms, cache.dropped());
        let unflagged = loaded_model::unflagged_mass_builtin(doc, &terms, cache);
        Loaded {
            terms,
            naming: found.naming,
            words: found.words,
            unflagged,
        }
    }
}

/// The block's values for `terms` found in `words` words: each category's rate,
/// scaled (see [`RATE_SCALE`]), appended to `row`.
pub fn values(terms: &[LoadedTerm], words: usize, row: &mut Vec<f32>) {
    row.extend(
        lexicon::block_values(terms, words)
            .into_iter()
            .map(|v| (1.0 + v).ln() / RATE_SCALE),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::lexicon::{Category, Voice};

    /// (words, category id, voice id) of the block's terms on `text`.
    fn terms(text: &str) -> Vec<(String, &'static str, &'static str)> {
        let mut doc = Document::new(crate::features::words::describe);
        doc.read(None, text);
        let got = LoadedBlock::new(Detail::Full).measure(&doc, &mut WordModelScratch::default());
        got.terms
            .into_iter()
            .map(|t| (t.text, t.category.id(), t.voice.id()))
            .collect()
    }

    #[test]
    fn a_reported_judgement_is_shown_quoted_as_the_lexicon_finds_it() {
        // The block agrees with the lexicon's voice for a charge reported far from its
        // verb (a term the model keeps; one below its cut is dropped before its
        // reported voice is told).
        let text = "The mayor accused the council and its chairman of quietly running a \
                    cynical campaign to gut the parks.";
        let got = terms(text);
        assert!(
            got.iter().any(|t| t.0 == "cynical" && t.2 == "quoted"),
            "{got:?}"
        );
        let text = "The council and its chairman were quietly running a cynical campaign to \
                    gut the parks.";
        let got = terms(text);
        assert!(
            got.iter().all(|t| t.0 != "cynical" || t.2 == "outlet"),
            "{got:?}"
        );
    }

    fn measured(text: &str) -> Loaded {
        let mut doc = Document::new(crate::features::words::describe);
        doc.read(None, text);
        LoadedBlock::new(Detail::Full).measure(&doc, &mut WordModelScratch::default())
    }

    /// The outlet-voice loaded density of `text` (see [`lexicon::LoadedSummary`]).
    fn density(text: &str) -> f64 {
        let m = measured(text);
        lexicon::LoadedSummary::new(&m.terms, m.words, m.unflagged).density_per_100_words
    }

    #[test]
    fn a_word_below_the_threshold_raises_the_density_not_the_flags() {
        // "great" as praise is below the bar a descriptive word needs to be flagged on
        // its own: neither twin has a flag, and only the density tells them apart.
        let biased = "The senator gave a great speech on the budget.";
        let neutral = "The senator gave a long speech on the budget.";
        assert!(terms(biased).is_empty() && terms(neutral).is_empty());
        let (b, n) = (measured(biased), measured(neutral));
        assert!(
            b.unflagged[0] > 0.0 && b.unflagged[0] < 1.0,
            "{:?}",
            b.unflagged
        );
        assert!(density(biased) > density(neutral));
        assert_eq!((b.unflagged[1], n.unflagged[1]), (0.0, 0.0));
        // Inside a direct quotation the same word counts for the quoted density.
        let q = measured("\"It was a great speech,\" the senator said of the budget.");
        assert!(
            q.terms.is_empty() && q.unflagged[1] > 0.0,
            "{:?}",
            q.unflagged
        );
        // A flag stays one term, and its words are not counted twice: the density is
        // the flag plus the other words' mass.
        let text = "The senator gave a powerful and misleading speech.";
        let m = measured(text);
        let flagged: Vec<_> = m.terms.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(flagged, ["misleading"]);
        assert!(m.unflagged[0] > 0.0 && m.unflagged[0] < 1.0);
        let d = 100.0 * (1.0 + m.unflagged[0]) / m.words as f64;
        assert!((density(text) - d).abs() < 1e-9);
    }

    #[test]
    fn the_block_equals_its_plain_reading() {
        // Quotations of every kind (the lexicon and the word model share their
        // judging), judging verbs, and a second reading of each (cached words).
        let texts = [
            "The senator slammed the \u{201c}so-called\u{201d} reform. \u{201c}It is a \
             shameless, disgusting hoax,\u{201d} she said. Critics called it reckless.",
            "A \"peace\" plan. \"The radical left wants chaos,\" he said of the brilliant, \
             grim deal. Their \u{2018}reforms\u{2019} failed; the mayor\u{2019}s plan too.",
            "Rivals described the landlord as shameless. \"Unclosed quote of a squalid plan",
            "The film \"Meet the Press\" aired; the word \u{201c}woke\u{201d} and a \
             \u{201c}reassurance\u{201d} force. Sadly, the terrible plan failed.",
            "No quotation here, only a powerful and misleading speech.",
            // The rules of the possessive, the adjunct, "as" and the Arabic article.
            "The mayor said, in a bizarre rant, that the regime\u{2019}s plan was a disgrace. \
             Ankara views the armed groups across the border as terrorists; al\u{2011}Sham \
             and ash-Sham are names. A rogues\u{2019} gallery. To call it reckless is fair.",
            "as",
            "\u{2019}s",
            "",
        ];
        let block = LoadedBlock::new(Detail::Full);
        let figures = LoadedBlock::new(Detail::Figures);
        let mut doc = Document::new(crate::features::words::describe);
        let (mut fast, mut plain) = (WordModelScratch::default(), WordModelScratch::default());
        let mut quoted = 0;
        for _ in 0..2 {
            for text in texts {
                doc.read(None, text);
                for b in [block, figures] {
                    let got = b.measure(&doc, &mut fast);
                    assert_eq!(got, b.measure_plain(&doc, &mut plain), "{text:?}");
                    quoted += got
                        .terms
                        .iter()
                        .filter(|t| t.voice == Voice::Quoted)
                        .count();
                }
            }
        }
        assert!(quoted >= 8, "quoted terms: {quoted}");
    }

    fn voice_of(text: &str, words: &str) -> &'static str {
        terms(text)
            .into_iter()
            .find(|t| t.0 == words)
            .unwrap_or_else(|| panic!("{words} not flagged in {text:?}"))
            .2
    }

    #[test]
    fn judgements_credited_to_a_source_take_the_quoted_voice() {
        let reported = [
            (
                "Rivals called the merger disgusting on Friday.",
                "disgusting",
            ),
            (
                "Neighbours described the landlord as shameless.",
                "shameless",
            ),
            ("The union branded the offer a sham.", "sham"),
            (
                "Farmers accused the ministry of shameless favouritism.",
                "shameless",
            ),
        ];
        for (text, w) in reported {
            assert_eq!(voice_of(text, w), Voice::Quoted.id(), "{text}");
        }
        // A trailing attribution credits the predicate before it; a word quoted as a
        // crowd's cry is the crowd's.
        for (text, w) in [
            ("The merger was shameless, rivals said.", "shameless"),
            (
                "The bill passed amid cries of \u{201c}amnesty\u{201d} from the gallery.",
                "amnesty",
            ),
        ] {
            assert_eq!(voice_of(text, w), Voice::Quoted.id(), "{text}");
        }
        // The outlet's own verdicts stay the outlet's: no judging verb, a verb that
        // is not one ("called for"), or a clause break between them.
        let own = [
            ("The shameless merger passed, rivals said.", "shameless"),
            (
                "Police called for calm after the disgusting display.",
                "disgusting",
            ),
            (
                "Rivals called, and the shameless offer was withdrawn.",
                "shameless",
            ),
        ];
        for (text, w) in own {
            assert_eq!(voice_of(text, w), Voice::Outlet.id(), "{text}");
        }
        // A new clause after the verb is the outlet's again.
        assert_eq!(
            voice_of(
                "Rivals called it a loss, but the shameless mayor stayed.",
                "shameless"
            ),
            Voice::Outlet.id()
        );
        // The judging verb itself, when charged, is the outlet's choice.
        let got = terms("The mayor slammed the audit as shameless.");
        assert!(
            got.contains(&("slammed".into(), Category::ChargedVerb.id(), "outlet")),
            "{got:?}"
        );
        assert!(
            got.contains(&("shameless".into(), Category::Intensifier.id(), "quoted")),
            "{got:?}"
        );
    }

    #[test]
    fn a_reported_term_under_the_models_bar_is_shown_quoted() {
        // A reporting verb lowers the model's confidence in the words of its clause, so
        // a lexicon term there may fall under the bar before its voice is told: it is
        // the source's, and shown in the quoted voice whatever its confidence.
        for text in [
            "The minister says the figures were fabricated to win the vote.",
            "Critics say the company covered up the defect for years.",
        ] {
            let got = terms(text);
            assert!(
                got.iter()
                    .any(|t| (t.0 == "fabricated" || t.0 == "covered up") && t.2 == "quoted"),
                "{text}: {got:?}"
            );
            assert!(got.iter().all(|t| t.2 == "quoted"), "{text}: {got:?}");
        }
        // The twins: no source; the outlet's own words need the model's bar.
        assert!(terms("The figures were fabricated to win the vote.").is_empty());
        let got = terms("The company covered up the defect for years.");
        assert!(
            got.iter().any(|t| t.0 == "covered up" && t.2 == "outlet"),
            "{got:?}"
        );
    }
}
