//! Titles, honorifics and other abbreviations, in one table.
//!
//! The sentence splitter asks whether a period ends a sentence ("Mr.", "Jan."), the
//! attribution finder which words stand before a name ("Sen. Warren", "Dr. Roe"), the
//! fingerprint filter which honorifics are a paper's house style ("Mr. Trump"), and
//! `compare` which words to drop when it merges the names of one voice. Each word is
//! written once below, with every use it has.

/// Kinds of a word in the table (bits).
mod kind {
    /// A courtesy title dropped from a speaker's title ("Mr.", "Dr.", "Sir").
    pub const HONORIFIC: u8 = 1;
    /// An honorific or title of house style, masked before a name for the lean model
    /// ("Mr. X" → "X"; "Sen. X" and "Senator X", one paper's style each, → "X").
    pub const HOUSE_STYLE: u8 = 2;
    /// An abbreviated title whose period sits inside a name ("Sen. Warren", "St. Louis").
    pub const ABBREVIATED_TITLE: u8 = 4;
    /// A period after it does not end a sentence.
    pub const TAKES_PERIOD: u8 = 8;
    /// Dropped from the front of a name when the names of one voice are merged.
    pub const NAME_PREFIX: u8 = 16;
}

use kind::*;

/// Writes the table once: `kinds` looks a word up (compiled to a `match`), `WORDS` lists it.
macro_rules! table {
    ($($word:literal => $kinds:expr,)*) => {
        /// The kinds of `lower` (a lowercase word without its period); 0 when it is not listed.
        fn kinds(lower: &str) -> u8 {
            match lower {
                $($word => $kinds,)*
                _ => 0,
            }
        }

        /// Every listed word with its kinds, in table order.
        #[cfg(test)]
        const WORDS: &[(&str, u8)] = &[$(($word, $kinds),)*];
    };
}

table! {
    // Courtesy titles.
    "mr" => HONORIFIC | HOUSE_STYLE | TAKES_PERIOD | NAME_PREFIX,
    "mrs" => HONORIFIC | HOUSE_STYLE | TAKES_PERIOD | NAME_PREFIX,
    "ms" => HONORIFIC | HOUSE_STYLE | TAKES_PERIOD | NAME_PREFIX,
    "messrs" => HOUSE_STYLE | TAKES_PERIOD,
    "miss" => HONORIFIC | NAME_PREFIX,
    "mx" => NAME_PREFIX,
    "dr" => HONORIFIC | TAKES_PERIOD | NAME_PREFIX,
    "sir" => HONORIFIC | NAME_PREFIX,
    "dame" => HONORIFIC | NAME_PREFIX,
    // Abbreviated titles and name parts.
    "st" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX,
    "sen" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX | HOUSE_STYLE,
    "rep" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX | HOUSE_STYLE,
    "gov" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX | HOUSE_STYLE,
    "gen" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX,
    "lt" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX,
    "col" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX,
    "capt" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX,
    "sgt" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX,
    "prof" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX,
    "rev" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX,
    "jr" => ABBREVIATED_TITLE | TAKES_PERIOD,
    "sens" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX | HOUSE_STYLE,
    "reps" => ABBREVIATED_TITLE | TAKES_PERIOD | NAME_PREFIX | HOUSE_STYLE,
    "cmdr" => TAKES_PERIOD,
    "adm" => TAKES_PERIOD,
    "maj" => TAKES_PERIOD,
    "sr" => TAKES_PERIOD,
    "hon" => TAKES_PERIOD,
    "pres" => TAKES_PERIOD,
    "supt" => TAKES_PERIOD,
    "det" => TAKES_PERIOD,
    "insp" => TAKES_PERIOD,
    // Titles written in full.
    "professor" => NAME_PREFIX,
    "senator" => NAME_PREFIX | HOUSE_STYLE,
    "representative" => NAME_PREFIX | HOUSE_STYLE,
    "congressman" => NAME_PREFIX | HOUSE_STYLE,
    "congresswoman" => NAME_PREFIX | HOUSE_STYLE,
    "president" => NAME_PREFIX,
    "vice" => NAME_PREFIX,
    "governor" => NAME_PREFIX | HOUSE_STYLE,
    "mayor" => NAME_PREFIX,
    "councilman" => NAME_PREFIX,
    "councilwoman" => NAME_PREFIX,
    "councilmember" => NAME_PREFIX,
    "secretary" => NAME_PREFIX,
    "general" => NAME_PREFIX,
    "judge" => NAME_PREFIX,
    "justice" => NAME_PREFIX,
    "reverend" => NAME_PREFIX,
    "lord" => NAME_PREFIX,
    "lady" => NAME_PREFIX,
    "speaker" => NAME_PREFIX,
    "minister" => NAME_PREFIX,
    "prime" => NAME_PREFIX,
    "chancellor" => NAME_PREFIX,
    "chairman" => NAME_PREFIX,
    "chairwoman" => NAME_PREFIX,
    // Places, organisations and other abbreviations.
    "mt" => TAKES_PERIOD,
    "ft" => TAKES_PERIOD,
    "vs" => TAKES_PERIOD,
    "inc" => TAKES_PERIOD,
    "corp" => TAKES_PERIOD,
    "co" => TAKES_PERIOD,
    "ltd" => TAKES_PERIOD,
    "dept" => TAKES_PERIOD,
    "univ" => TAKES_PERIOD,
    "no" => TAKES_PERIOD,
    "nos" => TAKES_PERIOD,
    "approx" => TAKES_PERIOD,
    "e.g" => TAKES_PERIOD,
    "i.e" => TAKES_PERIOD,
    // Months.
    "jan" => TAKES_PERIOD,
    "feb" => TAKES_PERIOD,
    "mar" => TAKES_PERIOD,
    "apr" => TAKES_PERIOD,
    "jun" => TAKES_PERIOD,
    "jul" => TAKES_PERIOD,
    "aug" => TAKES_PERIOD,
    "sep" => TAKES_PERIOD,
    "sept" => TAKES_PERIOD,
    "oct" => TAKES_PERIOD,
    "nov" => TAKES_PERIOD,
    "dec" => TAKES_PERIOD,
}

/// True when a period after `lower` does not end a sentence ("Mr.", "Jan.", "e.g.").
pub fn takes_period(lower: &str) -> bool {
    kinds(lower) & TAKES_PERIOD != 0
}

/// True for a courtesy title dropped from a speaker's title ("mr", "dr", "sir").
pub fn is_honorific(lower: &str) -> bool {
    kinds(lower) & HONORIFIC != 0
}

/// True for an abbreviated title whose period sits inside a name ("sen", "st", "jr").
pub fn is_abbreviated_title(lower: &str) -> bool {
    kinds(lower) & ABBREVIATED_TITLE != 0
}

/// True for a title or honorific dropped from the front of a name when the names of one
/// voice are merged ("sen", "senator", "mr").
pub fn is_name_prefix(lower: &str) -> bool {
    kinds(lower) & NAME_PREFIX != 0
}

/// True for an honorific or title of house style as written ("Mr", "Mrs", "Ms", "Messrs",
/// "Sen", "Senator", "Rep", "Representative", "Gov", "Governor"): a capital, then lowercase
/// letters.
pub fn is_house_style_honorific(surface: &str) -> bool {
    let bytes = surface.as_bytes();
    let mut lower = [0u8; 16];
    if bytes.is_empty() || bytes.len() > lower.len() || !bytes[0].is_ascii_uppercase() {
        return false;
    }
    if !bytes[1..].iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    for (l, b) in lower.iter_mut().zip(bytes) {
        *l = b.to_ascii_lowercase();
    }
    // ASCII letters only, so the bytes are a str.
    std::str::from_utf8(&lower[..bytes.len()]).is_ok_and(|w| kinds(w) & HOUSE_STYLE != 0)
}

/// The abbreviation a role noun is written as before a name ("governor" → "gov."),
/// so "the governor" finds "Gov. Jane Roe".
pub fn role_abbreviation(role: &str) -> Option<&'static str> {
    Some(match role {
        "governor" => "gov.",
        "senator" => "sen.",
        "representative" | "congressman" | "congresswoman" => "rep.",
        "general" => "gen.",
        "professor" => "prof.",
        "reverend" => "rev.",
        "lieutenant" => "lt.",
        "colonel" => "col.",
        "captain" => "capt.",
        "sergeant" => "sgt.",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_is_listed_once_in_lowercase_with_a_kind() {
        let mut seen = std::collections::HashSet::new();
        for &(w, k) in WORDS {
            assert!(seen.insert(w), "{w} listed twice");
            assert_eq!(w, w.to_lowercase(), "{w}");
            assert_ne!(k, 0, "{w}");
            assert_eq!(kinds(w), k, "{w}");
        }
    }

    #[test]
    fn kinds_answer_each_use() {
        assert!(takes_period("mr") && takes_period("jan") && takes_period("e.g"));
        assert!(!takes_period("sir") && !takes_period("miss") && !takes_period("senator"));
        assert!(is_honorific("dr") && is_honorific("dame") && !is_honorific("sen"));
        assert!(is_abbreviated_title("jr") && !is_abbreviated_title("mr"));
        assert!(is_name_prefix("senator") && is_name_prefix("mx") && !is_name_prefix("jr"));
        assert!(!is_name_prefix("Senator"), "the table is lowercase");
    }

    #[test]
    fn house_style_honorifics_are_capitalised_as_written() {
        for w in [
            "Mr",
            "Mrs",
            "Ms",
            "Messrs",
            "Sen",
            "Sens",
            "Senator",
            "Representative",
        ] {
            assert!(is_house_style_honorific(w), "{w}");
        }
        for w in [
            "MR",
            "mr",
            "Dr",
            "Mrss",
            "",
            "M",
            "Messrsxyz",
            "Mé",
            "SEN",
            "Mayor",
        ] {
            assert!(!is_house_style_honorific(w), "{w}");
        }
    }

    #[test]
    fn roles_know_their_abbreviation() {
        assert_eq!(role_abbreviation("governor"), Some("gov."));
        assert_eq!(role_abbreviation("congresswoman"), Some("rep."));
        assert_eq!(role_abbreviation("mayor"), None);
    }
}
