//! A part of speech for a lowercased word, guessed from closed-class lists (articles,
//! pronouns, prepositions, conjunctions, auxiliaries), an adverb list and suffixes
//! ("-tion" noun, "-ous" adjective): [`pos_of`], the fast form the word model and the
//! loaded-language conditions read, and [`pos_of_plain`], the reference it must agree with.
//! Hand-written for slant; no tagger model, so it costs one map lookup a word.

use crate::features::fx::FxMap;
use std::sync::OnceLock;

/// Parts of speech guessed from closed-class lists and suffixes (see [`pos_of`]).
pub const POS: [&str; 13] = [
    "det", "pron", "prep", "conj", "aux", "num", "adv", "ing", "past", "noun", "adj", "plural",
    "other",
];

/// A part of speech for a lowercased word, from closed-class lists, then suffixes.
pub fn pos_of(w: &str) -> &'static str {
    POS[pos_index(w)]
}

/// [`pos_of`] as an index into [`POS`]: the closed classes are looked up in one
/// map (built once), then the suffix rules run.
pub(crate) fn pos_index(w: &str) -> usize {
    static CLOSED: OnceLock<FxMap<&'static str, u8>> = OnceLock::new();
    let closed = CLOSED.get_or_init(|| {
        let mut m = FxMap::default();
        // Earlier classes win, as in [`pos_of_plain`].
        for (k, list) in CLOSED_CLASSES.iter().enumerate().rev() {
            for &word in *list {
                m.insert(word, k as u8);
            }
        }
        m
    });
    match closed.get(w) {
        Some(&k) => k as usize,
        None => pos_by_shape(w),
    }
}

/// The plain part-of-speech guess: the closed-class lists scanned in order, then
/// the suffix rules. [`pos_of`] must agree with it.
pub fn pos_of_plain(w: &str) -> &'static str {
    for (k, list) in CLOSED_CLASSES.iter().enumerate() {
        if list.contains(&w) {
            return POS[k];
        }
    }
    let n = w.chars().count();
    if w.chars().any(|c| c.is_ascii_digit()) && w.chars().all(|c| !c.is_alphabetic()) {
        "num"
    } else if ADV.contains(&w) || (n > 4 && w.ends_with("ly")) {
        "adv"
    } else if n > 5 && w.ends_with("ing") {
        "ing"
    } else if n > 4 && w.ends_with("ed") {
        "past"
    } else if n > 5
        && [
            "tion", "sion", "ment", "ness", "ity", "ism", "ist", "ance", "ence", "ship", "hood",
        ]
        .iter()
        .any(|s| w.ends_with(s))
    {
        "noun"
    } else if n > 4
        && [
            "ous", "ful", "ive", "able", "ible", "al", "ic", "ish", "less", "ant", "ent", "ary",
        ]
        .iter()
        .any(|s| w.ends_with(s))
    {
        "adj"
    } else if n > 3 && w.ends_with('s') && !w.ends_with("ss") {
        "plural"
    } else {
        "other"
    }
}

/// The closed-class lists, in the order of [`POS`] (det, pron, prep, conj, aux).
pub(crate) const CLOSED_CLASSES: [&[&str]; 5] = [DET, PRON, PREP, CONJ, AUX];

const DET: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "some", "any", "each", "every", "no",
    "another", "either", "neither",
];
const PRON: &[&str] = &[
    "i",
    "me",
    "my",
    "mine",
    "you",
    "your",
    "yours",
    "he",
    "him",
    "his",
    "she",
    "her",
    "hers",
    "it",
    "its",
    "we",
    "us",
    "our",
    "ours",
    "they",
    "them",
    "their",
    "theirs",
    "who",
    "whom",
    "whose",
    "which",
    "what",
    "myself",
    "yourself",
    "himself",
    "herself",
    "itself",
    "ourselves",
    "themselves",
];
const PREP: &[&str] = &[
    "of", "in", "on", "at", "by", "for", "with", "about", "against", "between", "into", "through",
    "during", "before", "after", "above", "below", "to", "from", "up", "down", "out", "off",
    "over", "under", "across", "along", "among", "around", "behind", "beyond", "near", "since",
    "toward", "towards", "upon", "within", "without", "via", "per", "despite", "than", "like",
];
const CONJ: &[&str] = &[
    "and", "or", "but", "nor", "so", "yet", "because", "although", "though", "while", "whereas",
    "if", "unless", "whether",
];
const AUX: &[&str] = &[
    "is", "am", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do",
    "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
];
pub(crate) const ADV: &[&str] = &[
    "not", "very", "also", "just", "only", "even", "still", "never", "always", "often", "too",
    "quite", "rather", "almost", "already", "soon", "now", "then", "here", "there",
];

/// The part of speech of a word in no closed class: numbers, adverbs, then suffixes.
fn pos_by_shape(w: &str) -> usize {
    // An adverb of the list has letters: never a number.
    if ADV.contains(&w) {
        P_ADV as usize
    } else {
        usize::from(pos_by_shape_unlisted(w))
    }
}

/// Indices into [`POS`] of the parts of speech the suffix rules give.
pub(crate) const P_NUM: u8 = 5;
pub(crate) const P_ADV: u8 = 6;
pub(crate) const P_ING: u8 = 7;
pub(crate) const P_PAST: u8 = 8;
pub(crate) const P_NOUN: u8 = 9;
pub(crate) const P_ADJ: u8 = 10;
pub(crate) const P_PLURAL: u8 = 11;
pub(crate) const P_OTHER: u8 = 12;

/// [`pos_by_shape`] of a word not in the adverb list: numbers, then suffixes.
pub(crate) fn pos_by_shape_unlisted(w: &str) -> u8 {
    let n = if w.is_ascii() {
        w.len()
    } else {
        w.chars().count()
    };
    let ends = |s: &str| w.ends_with(s);
    if w.bytes().any(|b| b.is_ascii_digit()) && w.chars().all(|c| !c.is_alphabetic()) {
        P_NUM
    } else if n > 4 && ends("ly") {
        P_ADV
    } else if n > 5 && ends("ing") {
        P_ING
    } else if n > 4 && ends("ed") {
        P_PAST
    } else if n > 5
        && [
            "tion", "sion", "ment", "ness", "ity", "ism", "ist", "ance", "ence", "ship", "hood",
        ]
        .iter()
        .any(|s| ends(s))
    {
        P_NOUN
    } else if n > 4
        && [
            "ous", "ful", "ive", "able", "ible", "al", "ic", "ish", "less", "ant", "ent", "ary",
        ]
        .iter()
        .any(|s| ends(s))
    {
        P_ADJ
    } else if n > 3 && ends("s") && !ends("ss") {
        P_PLURAL
    } else {
        P_OTHER
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_part_of_speech_equals_the_plain_one() {
        let words = [
            "the",
            "a",
            "those",
            "them",
            "whose",
            "of",
            "like",
            "and",
            "whether",
            "is",
            "must",
            "not",
            "very",
            "12",
            "3.5",
            "1990s",
            "quickly",
            "fly",
            "running",
            "sing",
            "stopped",
            "red",
            "nation",
            "realism",
            "leftist",
            "famous",
            "useful",
            "radical",
            "cats",
            "glass",
            "was",
            "would",
            "it",
            "its",
            "",
            "x",
            "naïve",
            "anti-science",
        ];
        for w in words {
            assert_eq!(pos_of(w), pos_of_plain(w), "{w:?}");
        }
    }

    #[test]
    fn part_of_speech_indices_name_their_parts() {
        let named = [
            (P_NUM, "num"),
            (P_ADV, "adv"),
            (P_ING, "ing"),
            (P_PAST, "past"),
            (P_NOUN, "noun"),
            (P_ADJ, "adj"),
            (P_PLURAL, "plural"),
            (P_OTHER, "other"),
        ];
        for (i, name) in named {
            assert_eq!(POS[i as usize], name);
        }
    }
}
