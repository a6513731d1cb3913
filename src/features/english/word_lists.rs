//! The named word lists of `data/lexicon.txt`: `@name = a/b/c` lines, each list
//! written once and read by name wherever it is needed, by the lexicon's conditions
//! (`obj=@records`) and, through [`builtin_word_list`], by other passes (the
//! attribution finder reads `@claimed`). The text is embedded here, below both its
//! readers; `lexicon.rs` parses its entries and calls [`read_word_list`] for its lists.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The built-in lexicon, `data/lexicon.txt`: loaded-language entries and word lists.
pub(crate) const LEXICON_TEXT: &str = include_str!("../../../data/lexicon.txt");

/// Word lists defined in a lexicon by `@name = a/b/c` lines, for conditions.
pub(crate) type WordLists = HashMap<String, Vec<Box<str>>>;

/// The words of a condition's list `a/b/@name` (lowercase; `@name` adds a list
/// defined earlier): `None` when a named list is unknown.
pub(crate) fn condition_words(v: &str, lists: &WordLists) -> Option<Vec<Box<str>>> {
    let mut out = Vec::new();
    for w in v.split('/').map(str::trim).filter(|w| !w.is_empty()) {
        match w.strip_prefix('@') {
            Some(name) => out.extend(lists.get(name)?.iter().cloned()),
            None => out.push(crate::text::to_lowercase(w).into_owned().into_boxed_str()),
        }
    }
    Some(out)
}

/// Reads the trimmed lexicon line `line` into `lists` when it defines a word list
/// (`@name = a/b/c`, the words may name earlier lists): `None` for any other line,
/// else `Err` with what is wrong (no `=` or a bad name, no words, an unknown list).
pub(crate) fn read_word_list(
    line: &str,
    lists: &mut WordLists,
) -> Option<std::result::Result<(), String>> {
    let def = line.strip_prefix('@')?;
    let read = def
        .split_once('=')
        .map(|(n, w)| (n.trim(), condition_words(w, lists)))
        .filter(|(n, _)| !n.is_empty() && !n.contains(char::is_whitespace))
        .ok_or_else(|| format!("word list {line:?} is not `@name = a/b/c`"))
        .and_then(|(name, words)| {
            let words = words
                .filter(|w| !w.is_empty())
                .ok_or_else(|| format!("word list {line:?} is empty or names an unknown list"))?;
            Ok((name, words))
        });
    Some(read.map(|(name, words)| {
        lists.insert(name.to_string(), words);
    }))
}

/// The words of the word list `@name` defined in the built-in lexicon
/// (`data/lexicon.txt`), lowercase; empty when it defines none. Lets other passes read
/// a list from its one home ("claimed the lives of six people" is no claim, for the
/// loaded-language conditions and the attribution finder alike).
pub(crate) fn builtin_word_list(name: &str) -> &'static [Box<str>] {
    static LISTS: OnceLock<WordLists> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        let mut lists = WordLists::new();
        for line in LEXICON_TEXT.lines() {
            if let Some(read) = read_word_list(line.trim(), &mut lists) {
                read.expect("the built-in word lists are valid");
            }
        }
        lists
    });
    lists.get(name).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_word_lists_are_read_from_the_shipped_lexicon() {
        let claimed = builtin_word_list("claimed");
        for w in ["lives", "victory", "responsibility"] {
            assert!(claimed.iter().any(|x| &**x == w), "{w}");
        }
        assert!(!claimed.iter().any(|x| &**x == "that"));
        assert!(builtin_word_list("no-such-list").is_empty());
    }

    #[test]
    fn word_list_lines_name_earlier_lists_and_other_lines_are_left_alone() {
        let mut lists = WordLists::new();
        assert!(read_word_list("[epithet]", &mut lists).is_none());
        assert!(read_word_list("# @a = b", &mut lists).is_none());
        assert_eq!(
            read_word_list("@doors = Door/gate", &mut lists),
            Some(Ok(()))
        );
        assert_eq!(
            read_word_list("@things = @doors/car", &mut lists),
            Some(Ok(()))
        );
        let things: Vec<&str> = lists["things"].iter().map(|w| &**w).collect();
        assert_eq!(things, ["door", "gate", "car"]);
        for bad in ["@ = a", "@two words = a", "@empty = ", "@x = @unknown"] {
            assert!(
                matches!(read_word_list(bad, &mut lists), Some(Err(_))),
                "{bad}"
            );
        }
        assert!(!lists.contains_key("x"));
    }
}
