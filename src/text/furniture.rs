//! Page furniture scraped into an article's running text: not the article's words, so
//! the document pass blanks it before any block reads the text.
//!
//! A name card is what a page shows when a reader points at a politician's name: the full
//! name, links to other stories' headlines and "MORE". A scrape that flattens the page
//! keeps it glued into the sentence: "President Trump Donald John TrumpSenators balk at
//! trial Warren goes local MORE's pick ..." Read as text, those headlines are someone
//! else's news: their words would be flagged, their "X says" counted as voices. Blanking
//! turns the card's bytes into spaces, so every byte offset into the body stays the
//! offset into the text as given.

/// A card's headlines end this many bytes after its glued name at most.
const CARD_BYTES: usize = 3000;
/// Words of a full name between the name as shown and the card's glued surname
/// ("Donald John" in "Trump Donald John TrumpSenators ...").
const NAME_WORDS: usize = 5;

/// The byte spans of the name cards in `text`, in text order: each from the card's first
/// name to the end of its "MORE". A card is recognised only when its surname, glued to
/// the first headline or to "MORE" or followed by a space, is also the word shown just
/// before the card.
pub fn name_cards(text: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut searched = 0;
    let mut from = 0;
    while let Some(found) = memchr::memmem::find(&bytes[from..], b"MORE") {
        let more = from + found;
        let end = more + 4;
        from = end;
        if bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        // The card lies on the line of its "MORE", after the card before it.
        let line = text[..more].rfind('\n').map_or(0, |at| at + 1);
        let mut start = more.saturating_sub(CARD_BYTES).max(line).max(searched);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        if let Some(card) = card_before(text, start, more) {
            out.push((card, end));
            searched = end;
        }
    }
}

/// Blanks every name card of `text` with spaces (lengths and offsets kept); `spans`
/// is room for their spans.
pub fn blank_name_cards(text: &mut String, spans: &mut Vec<(usize, usize)>) {
    name_cards(text, spans);
    if spans.is_empty() {
        return;
    }
    // Each span starts and ends on a char boundary and every byte becomes an ASCII
    // space, so the text stays UTF-8.
    let mut blanked = std::mem::take(text).into_bytes();
    for &(start, end) in spans.iter() {
        blanked[start..end].fill(b' ');
    }
    *text = String::from_utf8(blanked).expect("blanking whole characters keeps UTF-8");
}

/// The start of the card ending at `more`, found from the last word of
/// `text[start..more]` that holds a surname shown just before its full name, the surname
/// either the whole word or glued to what follows (a capital, a digit or a quotation
/// mark: "TrumpSenators"). The last, because a first name repeats too: in "Ann Vale Ann
/// Marie Vale", "Ann" follows "Ann Vale" as "Vale" follows "Vale Ann Marie".
fn card_before(text: &str, start: usize, more: usize) -> Option<usize> {
    let mut found = None;
    let mut at = start;
    for word in text[start..more].split(' ') {
        let word_at = at;
        at += word.len() + 1;
        let mut chars = word.char_indices().peekable();
        while let Some((_, c)) = chars.next() {
            let next = chars
                .peek()
                .map(|&(i, n)| (i, Some(n)))
                .unwrap_or((word.len(), None));
            let ends = match next.1 {
                None => c.is_alphabetic(),
                Some(n) => {
                    c.is_lowercase()
                        && (n.is_uppercase()
                            || n.is_ascii_digit()
                            || matches!(n, '\'' | '"' | '‘' | '“'))
                }
            };
            if !ends {
                continue;
            }
            if let Some(card) = full_name_start(text, word_at + next.0) {
                found = Some(card);
            }
        }
    }
    found
}

/// Where the full name whose surname ends at `glue` starts, when the same surname is
/// shown as a word just before it: "Trump Donald John Trump|" gives the offset of
/// "Donald".
fn full_name_start(text: &str, glue: usize) -> Option<usize> {
    let head = &text[..glue];
    let surname_at = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '-')
        .last()
        .map(|(at, _)| at)?;
    let surname = &head[surname_at..];
    if !is_capitalised(surname) {
        return None;
    }
    // The words of the full name before its surname, nearest first, until the surname
    // shown (possibly possessive: "Trump's").
    let mut before = head[..surname_at].strip_suffix(' ')?;
    for _ in 0..=NAME_WORDS {
        let word_at = before.rfind(' ').map_or(0, |at| at + 1);
        let word = &before[word_at..];
        let shown = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        if shown == surname && word_at + word.len() < surname_at - 1 {
            return Some(word_at + word.len() + 1);
        }
        // The name shown glued to the card's first name: "Jason CrowJason Crow...".
        if let Some(rest) = word.strip_prefix(surname) {
            if rest.starts_with(|c: char| c.is_uppercase()) {
                return Some(word_at + surname.len());
            }
        }
        if !is_name_word(word) || word_at == 0 {
            return None;
        }
        before = before[..word_at].strip_suffix(' ')?;
    }
    None
}

/// A word of a full name: a capitalised word, an initial ("J."), a nickname in
/// parentheses ("(Bernie)"), a suffix ("Jr.") or a particle ("de" in "Bill de Blasio").
fn is_name_word(word: &str) -> bool {
    let bare = word
        .trim_start_matches('(')
        .trim_end_matches([')', '.', ',']);
    let initial = bare.len() == 1 && bare.starts_with(|c: char| c.is_ascii_uppercase());
    (initial || is_capitalised(bare) || NAME_PARTICLES.contains(&bare))
        && bare
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
}

/// A capital then at least one lowercase letter: a name as written in running text,
/// not a word of an all-capitals line ("NEW YORK").
fn is_capitalised(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase()) && word.chars().any(char::is_lowercase)
}

/// Lowercase words inside a person's name.
const NAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "da", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(text: &str) -> String {
        let mut text = text.to_string();
        let mut spans = Vec::new();
        blank_name_cards(&mut text, &mut spans);
        text
    }

    fn squeezed(text: &str) -> String {
        text.split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_card_with_headlines_is_blanked_and_offsets_kept() {
        let text = "Aides to Mayor Ortiz Ramona Elena OrtizCouncil delays vote on budget \
                    Storm closes schools MORE said on Monday that the plan is ready.";
        let out = blanked(text);
        assert_eq!(out.len(), text.len());
        assert_eq!(
            squeezed(&out),
            "Aides to Mayor Ortiz said on Monday that the plan is ready."
        );
    }

    #[test]
    fn a_card_without_headlines_and_a_possessive_after_it() {
        let text = "Sen. Alma Reyes Alma Lucia ReyesMORE (D-Ore.) spoke. Then Gov. Paul Stone \
                    Paul Adam StoneVoters back bridge plan MORE's aide left.";
        assert_eq!(
            squeezed(&blanked(text)),
            "Sen. Alma Reyes (D-Ore.) spoke. Then Gov. Paul Stone 's aide left."
        );
    }

    #[test]
    fn a_name_shown_glued_to_its_card_and_a_particle() {
        let text = "Rep. Lena CrowLena Crow Crow votes no on plan MORE (D-Colo.) and Mayor Bo de \
                    Witt Bo de WittTown hall set MORE (D) spoke.";
        assert_eq!(
            squeezed(&blanked(text)),
            "Rep. Lena Crow (D-Colo.) and Mayor Bo de Witt (D) spoke."
        );
    }

    #[test]
    fn a_card_whose_surname_is_not_glued() {
        let text = "He urged Speaker Ann Vale Ann Marie Vale Vale calls budget 'a mess' \
                    Council hunts for path out of stalemate MORE (R-Ohio) to act.";
        assert_eq!(
            squeezed(&blanked(text)),
            "He urged Speaker Ann Vale (R-Ohio) to act."
        );
    }

    #[test]
    fn capitals_and_more_in_ordinary_text_stay() {
        for text in [
            "NO MORE WARS, the crowd chanted, and Ms. McCarthy of YouTube agreed.",
            "Read MORE about the McDonald plan here.",
            "Mayor Ortiz said the DeSantis plan would cost MORE than expected.",
            "Vale met Ann Vale's rival, Tom Vale, and said: MORE, now.",
            "STAFF WENT TO NEW YORK FOUR TIMES TO MEET FOR MORE THAN A DAY",
        ] {
            assert_eq!(blanked(text), text);
        }
    }

    #[test]
    fn a_card_is_sought_on_its_own_line_only() {
        let text = "Mayor Ortiz Ramona Elena\nOrtizCouncil delays vote MORE today.";
        assert_eq!(blanked(text), text);
    }

    #[test]
    fn accented_names_and_curly_quotes_keep_the_text_utf8() {
        let text = "President Erdoğan Recep Tayyip ErdoğanLeaders ‘weigh’ talks MORE’s visit.";
        assert_eq!(squeezed(&blanked(text)), "President Erdoğan ’s visit.");
    }
}
