//! The affiliation → group table: which side of a story a speaker's affiliation
//! puts them on ("Kremlin spokesman" → Russia, "D-N.Y." → Democrats).
//!
//! Provenance: hand-written for slant from the affiliations most often written in
//! English news (governments, parties, international bodies); keywords are
//! lowercased, periods removed.

use crate::features::fx::FxMap;
use std::sync::OnceLock;

/// Affiliation keyword (lowercase, periods removed; one or two words) → group.
///
/// The earliest keyword in an affiliation decides its group, so
/// "U.S. ambassador to Russia" is United States.
pub(crate) const GROUPS: &[(&str, &str)] = &[
    ("kremlin", "Russia"),
    ("russian", "Russia"),
    ("russia", "Russia"),
    ("russia's", "Russia"),
    ("moscow", "Russia"),
    ("white house", "United States"),
    ("us", "United States"),
    ("usa", "United States"),
    ("united states", "United States"),
    ("american", "United States"),
    ("pentagon", "United States"),
    ("state department", "United States"),
    ("washington", "United States"),
    // Federal agencies speak for the government.
    ("fbi", "United States"),
    ("cia", "United States"),
    ("nsa", "United States"),
    ("justice department", "United States"),
    ("defense department", "United States"),
    ("homeland security", "United States"),
    ("treasury department", "United States"),
    ("eu", "European Union"),
    ("european union", "European Union"),
    ("european commission", "European Union"),
    ("european parliament", "European Union"),
    ("brussels", "European Union"),
    ("ukrainian", "Ukraine"),
    ("ukraine", "Ukraine"),
    ("ukraine's", "Ukraine"),
    ("kyiv", "Ukraine"),
    ("kiev", "Ukraine"),
    ("democrat", "Democrats"),
    ("democrats", "Democrats"),
    ("democratic", "Democrats"),
    ("republican", "Republicans"),
    ("republicans", "Republicans"),
    ("gop", "Republicans"),
    ("police", "Police"),
    ("sheriff", "Police"),
    ("nato", "NATO"),
    ("un", "United Nations"),
    ("united nations", "United Nations"),
    ("uk", "United Kingdom"),
    ("british", "United Kingdom"),
    ("britain", "United Kingdom"),
    ("downing street", "United Kingdom"),
    ("london", "United Kingdom"),
    ("french", "France"),
    ("france", "France"),
    ("elysee", "France"),
    ("german", "Germany"),
    ("germany", "Germany"),
    ("berlin", "Germany"),
    ("chinese", "China"),
    ("china", "China"),
    ("beijing", "China"),
    ("israeli", "Israel"),
    ("israel", "Israel"),
    ("idf", "Israel"),
    ("palestinian", "Palestinians"),
    ("hamas", "Palestinians"),
    ("iranian", "Iran"),
    ("iran", "Iran"),
    ("tehran", "Iran"),
];

/// The group an affiliation text belongs to, by the earliest keyword in [`GROUPS`].
pub(crate) fn group_of(text: &str) -> Option<&'static str> {
    let b = text.as_bytes();
    // One lowercase ASCII word (what the word describer asks of each new word):
    // no party label, nothing to lowercase, no pair it could open.
    if !b.is_empty()
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'\'')
    {
        return group_keys().get(text).and_then(|k| k.group);
    }
    if let Some(g) = party_label(text) {
        return Some(g);
    }
    // Short ASCII text (most of it) is lowercased on the stack and cut into
    // words byte by byte (an ASCII char is alphanumeric when its byte is).
    if text.is_ascii() && text.len() <= 160 {
        let mut buf = [0u8; 160];
        let mut n = 0;
        for &c in b {
            if c != b'.' {
                buf[n] = c.to_ascii_lowercase();
                n += 1;
            }
        }
        let lowered = std::str::from_utf8(&buf[..n]).unwrap_or_default();
        return first_group(AsciiWords {
            text: lowered,
            at: 0,
        });
    }
    group_of_lowered(text)
}

/// Nouns for one member of a party ("one Ohio Democrat said"): a person left
/// unnamed, not the party speaking.
pub(crate) fn is_party_member_noun(w: &str) -> bool {
    matches!(
        w,
        "democrat" | "republican" | "conservative" | "libertarian"
    )
}

/// US party labels after a name: "D-N.Y.", "R-Texas"; never a name themselves.
pub(crate) fn party_label(text: &str) -> Option<&'static str> {
    // Most texts have no hyphen: one byte search says so.
    memchr::memchr(b'-', text.as_bytes())?;
    for (i, _) in text.match_indices('-') {
        let before = &text[..i];
        let after = text[i + 1..].chars().next();
        let party = before.chars().next_back();
        let word_start = before
            .chars()
            .rev()
            .nth(1)
            .is_none_or(|c| !c.is_alphanumeric());
        if word_start && after.is_some_and(char::is_uppercase) {
            match party {
                Some('D') => return Some("Democrats"),
                Some('R') => return Some("Republicans"),
                _ => {}
            }
        }
    }
    None
}

/// [`group_of`] after the party labels, for any text: lowercased into a new
/// string (periods removed, curly apostrophes made straight) and cut into words
/// char by char. The reference the ASCII paths of [`group_of`] are tested against.
fn group_of_lowered(text: &str) -> Option<&'static str> {
    let lowered: String = if text.is_ascii() {
        text.bytes()
            .filter(|&b| b != b'.')
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect()
    } else {
        text.chars()
            .filter(|c| *c != '.')
            .map(|c| if c == '’' { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect()
    };
    first_group(
        lowered
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty()),
    )
}

/// The group of the earliest keyword among `words` (lowercase): a pair it opens
/// with the next word, else its one-word group. One lookup per word: most words
/// are no keyword, nor the first of a pair.
fn first_group<'w>(words: impl Iterator<Item = &'w str>) -> Option<&'static str> {
    let keys = group_keys();
    let mut words = words.peekable();
    while let Some(w) = words.next() {
        let Some(key) = keys.get(w) else { continue };
        if let Some(&n) = words.peek() {
            if let Some(&(_, g)) = key.pairs.iter().find(|&&(second, _)| second == n) {
                return Some(g);
            }
        }
        if let Some(g) = key.group {
            return Some(g);
        }
    }
    None
}

/// The words of an ASCII text: its runs of letters, digits and apostrophes.
struct AsciiWords<'w> {
    text: &'w str,
    at: usize,
}

impl<'w> Iterator for AsciiWords<'w> {
    type Item = &'w str;

    #[inline]
    fn next(&mut self) -> Option<&'w str> {
        let b = self.text.as_bytes();
        let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'\'';
        let mut s = self.at;
        while s < b.len() && !is_word(b[s]) {
            s += 1;
        }
        if s >= b.len() {
            self.at = s;
            return None;
        }
        let mut e = s + 1;
        while e < b.len() && is_word(b[e]) {
            e += 1;
        }
        self.at = e;
        Some(&self.text[s..e])
    }
}

/// [`group_of`] read plainly: at each word, the first pair of [`GROUPS`] it opens
/// with the next word, else its first one-word keyword. The reference the
/// lookup tables are tested against.
#[cfg(test)]
fn group_of_plain(lowered: &str) -> Option<&'static str> {
    let words: Vec<&str> = lowered
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().find_map(|(i, &w)| {
        let pair = words.get(i + 1).and_then(|&n| {
            GROUPS
                .iter()
                .find(|(k, _)| k.split_once(' ') == Some((w, n)))
        });
        pair.or_else(|| GROUPS.iter().find(|(k, _)| *k == w))
            .map(|&(_, g)| g)
    })
}

/// What [`GROUPS`] says of one keyword: its group as a word alone, and the
/// pairs it opens (the next word, the group), the first entry of a keyword winning.
#[derive(Default)]
struct GroupKey {
    group: Option<&'static str>,
    pairs: Vec<(&'static str, &'static str)>,
}

/// [`GROUPS`] as one lookup table, by a keyword's only or first word.
fn group_keys() -> &'static FxMap<&'static str, GroupKey> {
    static KEYS: OnceLock<FxMap<&'static str, GroupKey>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: FxMap<&'static str, GroupKey> = FxMap::default();
        for &(k, g) in GROUPS {
            match k.split_once(' ') {
                Some((first, second)) => keys.entry(first).or_default().pairs.push((second, g)),
                None => {
                    let key = keys.entry(k).or_default();
                    key.group = key.group.or(Some(g));
                }
            }
        }
        keys
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_take_the_earliest_keyword() {
        assert_eq!(group_of("Kremlin spokesman"), Some("Russia"));
        assert_eq!(group_of("Russian Foreign Minister"), Some("Russia"));
        assert_eq!(group_of("U.S. ambassador to Russia"), Some("United States"));
        assert_eq!(group_of("White House special envoy"), Some("United States"));
        assert_eq!(group_of("a spokesman for the EU"), Some("European Union"));
        assert_eq!(group_of("Ukraine’s foreign minister"), Some("Ukraine"));
        assert_eq!(group_of("mayor of Springfield"), None);
        assert_eq!(
            group_of("Senate Majority Leader, D-N.Y."),
            Some("Democrats")
        );
        assert_eq!(group_of("R-Texas"), Some("Republicans"));
        assert_eq!(group_of("half-Fuhrer"), None);
    }

    #[test]
    fn the_lookup_table_reads_as_the_plain_scan_does() {
        let texts = [
            "white house press secretary",
            "a white van near the house",
            "united nations envoy from the united states",
            "the state department and russia",
            "former european commission official in brussels",
            "european voters",
            "homeland security",
            "homeland",
            "treasury department spokesman",
            "mayor of springfield",
            "",
        ];
        let mut found = 0;
        for t in texts {
            assert_eq!(group_of(t), group_of_plain(t), "{t:?}");
            found += usize::from(group_of(t).is_some());
        }
        // Keywords, pairs and texts with neither are all among them.
        assert!(found >= 5 && found < texts.len());
        // Every keyword of the list alone, and every pair, as the plain scan reads it.
        for &(k, _) in GROUPS {
            assert_eq!(group_of(k), group_of_plain(&k.replace('.', "")), "{k:?}");
        }
    }

    #[test]
    fn the_ascii_paths_read_as_the_general_one_does() {
        // One lowercase word, short and long ASCII texts (periods, capitals,
        // hyphens, apostrophes, punctuation) and non-ASCII ones.
        let long = format!("{} Kremlin spokesman", "the very long title ".repeat(9));
        let texts = [
            "kremlin",
            "russia's",
            "white",
            "house",
            "gop2",
            "'",
            "Kremlin spokesman Dmitry Peskov",
            "U.S. Ambassador to Russia",
            "WHITE HOUSE press secretary",
            "the White  House",
            "Sen. Chuck Schumer, D-N.Y.",
            "R-Texas",
            "half-Fuhrer",
            "a spokesman for the E.U.",
            "Ukraine's foreign minister",
            "Ukraine’s foreign minister",
            "Élysée Palace",
            "state-department official",
            "police-chief",
            "Homeland Security's acting head",
            "123 democrats",
            "mayor of Springfield",
            long.as_str(),
            "",
        ];
        let mut found = 0;
        for t in texts {
            let general = party_label(t).or_else(|| group_of_lowered(t));
            assert_eq!(group_of(t), general, "{t:?}");
            found += usize::from(general.is_some());
        }
        assert!(found >= 10 && found + 5 < texts.len());
        for &(k, _) in GROUPS {
            for t in [k.to_string(), k.to_uppercase(), format!("{k}, a-b. {k}")] {
                let general = party_label(&t).or_else(|| group_of_lowered(&t));
                assert_eq!(group_of(&t), general, "{t:?}");
            }
        }
    }
}
