//! Merging the names of one voice across articles: "Trump", "Mr. Trump" and
//! "Donald Trump" are one speaker.

use crate::text::abbreviations::is_name_prefix;
use crate::text::{for_each_token, lower_word};

/// The words of a name without honorifics or a possessive, lowercased
/// (`"Mr. Trump's"` → `["trump"]`).
pub fn name_key(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut buf = String::new();
    for_each_token(name, |s, e| {
        lower_word(&name[s..e], &mut buf);
        let w = buf
            .strip_suffix("'s")
            .unwrap_or(&buf)
            .trim_end_matches('.')
            .to_string();
        if !w.is_empty() {
            words.push(w);
        }
    });
    let lead = words.iter().take_while(|w| is_name_prefix(w)).count();
    if lead == words.len() {
        return words;
    }
    words.drain(..lead);
    words
}

/// Merges names that denote one voice: after [`name_key`], a name whose words
/// are a suffix of exactly one longer name's words joins it ("Trump", "Mr.
/// Trump" → "Donald Trump"). A suffix of two different names ("Park" with
/// "Ellen Park" and "Tom Park") stays on its own. Returns, for each input
/// name, the index of the name it merges into (itself when none).
pub fn merge_names(names: &[&str]) -> Vec<usize> {
    merge_names_with(names, |_, _| false)
}

/// Like [`merge_names`], and a name that is a suffix of several longer names
/// ("Park" with "Ellen Park" and "Tom Park") joins the one `near(name, longer)`
/// picks out, when it picks exactly one (the one quoted by the same outlet, say).
pub fn merge_names_with(names: &[&str], near: impl Fn(usize, usize) -> bool) -> Vec<usize> {
    let keys: Vec<Vec<String>> = names.iter().map(|n| name_key(n)).collect();
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by(|&a, &b| keys[b].len().cmp(&keys[a].len()).then(a.cmp(&b)));
    let mut root: Vec<usize> = (0..names.len()).collect();
    let mut done: Vec<usize> = Vec::new();
    for &i in &order {
        if keys[i].is_empty() {
            done.push(i);
            continue;
        }
        let mut targets: Vec<usize> = done
            .iter()
            .filter(|&&j| keys[j].len() >= keys[i].len() && keys[j].ends_with(&keys[i]))
            .map(|&j| root[j])
            .collect();
        targets.sort_unstable();
        targets.dedup();
        if targets.len() > 1 {
            targets.retain(|&t| near(i, t));
        }
        if let [only] = targets.as_slice() {
            root[i] = *only;
        }
        done.push(i);
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorifics_and_possessives_are_dropped_from_names() {
        assert_eq!(name_key("Mr. Trump's"), ["trump"]);
        assert_eq!(name_key("Sen. Elizabeth Warren"), ["elizabeth", "warren"]);
        assert_eq!(name_key("President"), ["president"], "a bare title stays");
    }

    #[test]
    fn names_merge_on_a_unique_suffix() {
        let names = [
            "Trump",
            "Donald Trump",
            "Mr. Trump",
            "President Donald Trump",
            "Ellen Park",
            "Tom Park",
            "Park",
            "Hughes",
            "Robert Hughes",
        ];
        let root = merge_names(&names);
        let merged = |i: usize| names[root[i]];
        for (i, name) in names.iter().enumerate().take(4) {
            assert_eq!(merged(i), "Donald Trump", "{name}");
        }
        assert_eq!(merged(4), "Ellen Park");
        assert_eq!(merged(5), "Tom Park");
        assert_eq!(merged(6), "Park", "two Parks: ambiguous, kept apart");
        assert_eq!(merged(7), "Robert Hughes");
    }

    #[test]
    fn a_shared_surname_joins_the_one_person_near_it() {
        let names = ["Ellen Park", "Tom Park", "Park", "Mrs. Park"];
        // "Park" is quoted by the outlet that quotes Tom Park; "Mrs. Park" by both.
        let outlets: [&[usize]; 4] = [&[0], &[1], &[1], &[0, 1]];
        let near = |a: usize, b: usize| outlets[a].iter().any(|o| outlets[b].contains(o));
        let root = merge_names_with(&names, near);
        assert_eq!(names[root[2]], "Tom Park");
        assert_eq!(names[root[3]], "Mrs. Park", "near both: still ambiguous");
        assert_eq!(merge_names(&names)[2], 2, "without a hint it stays apart");
    }
}
