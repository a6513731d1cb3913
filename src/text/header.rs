//! Metadata that opens a scraped article's text ("date 2025-04-20 The European Union …"):
//! not the article's words, so sentences start after it and the lean terms skip it.

/// The byte span of a date header opening `text` (leading spaces skipped): the word
/// "date" (any case, optionally with a colon), spaces, then an ISO date `YYYY-MM-DD`,
/// optionally with a time (`T12:30`, `T12:30:05Z`). `None` when the text opens otherwise
/// or the date is not followed by a space or the end of the text.
pub fn date_header(text: &str) -> Option<(usize, usize)> {
    let start = text.len() - text.trim_start().len();
    let rest = &text[start..];
    let label = rest.get(..4)?;
    if !label.eq_ignore_ascii_case("date") {
        return None;
    }
    let mut at = 4;
    let bytes = rest.as_bytes();
    if bytes.get(at) == Some(&b':') {
        at += 1;
    }
    let spaces = bytes[at..]
        .iter()
        .take_while(|b| **b == b' ' || **b == b'\t')
        .count();
    if spaces == 0 {
        return None;
    }
    at += spaces;
    let date = bytes.get(at..at + 10)?;
    let shape = date.iter().enumerate().all(|(i, b)| {
        if i == 4 || i == 7 {
            *b == b'-'
        } else {
            b.is_ascii_digit()
        }
    });
    if !shape {
        return None;
    }
    at += 10;
    // A time: "T" then digits, colons, a fraction and a zone ("Z", "+02:00").
    if bytes.get(at) == Some(&b'T') && bytes.get(at + 1).is_some_and(u8::is_ascii_digit) {
        at += 1;
        at += bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || matches!(**b, b':' | b'.' | b'+' | b'-' | b'Z'))
            .count();
    }
    match bytes.get(at) {
        None => Some((start, start + at)),
        Some(b) if b.is_ascii_whitespace() => Some((start, start + at)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leading_date_header_is_found_with_its_span() {
        let text = " date 2025-04-20 The council met on Tuesday.";
        assert_eq!(date_header(text), Some((1, 16)));
        assert_eq!(&text[1..16], "date 2025-04-20");
        assert_eq!(date_header("Date: 2024-11-05\nVoters went"), Some((0, 16)));
        assert_eq!(
            date_header("date 2024-11-05T09:30:00Z Polls opened"),
            Some((0, 25))
        );
        assert_eq!(date_header("date 2024-11-05"), Some((0, 15)));
    }

    #[test]
    fn prose_and_other_shapes_are_not_headers() {
        for text in [
            "Dates 2025-04-20 were set.",
            "date: April 20, 2025 The council",
            "The date 2025-04-20 was set.",
            "date 2025-4-20 The council",
            "date 2025-04-20x The council",
            "dated 2025-04-20 The council",
            "date2025-04-20 The council",
            "",
            "da",
            "é date 2025-04-20 x",
        ] {
            assert_eq!(date_header(text), None, "{text:?}");
        }
    }
}
