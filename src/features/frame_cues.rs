//! The frame-cue lexicon (`data/frames.txt`): words and phrases per policy-frame
//! dimension, parsed and compiled to stem sequences for matching (the cue block
//! of a frame model, `model::multi`).

use crate::text::Analyzer;

/// The 15 frame ids, in the codebook's order.
pub const FRAMES: [&str; 15] = [
    "economic",
    "capacity_and_resources",
    "morality",
    "fairness_and_equality",
    "legality_constitutionality_and_jurisprudence",
    "policy_prescription_and_evaluation",
    "crime_and_punishment",
    "security_and_defense",
    "health_and_safety",
    "quality_of_life",
    "cultural_identity",
    "public_opinion",
    "political",
    "external_regulation_and_reputation",
    "other",
];

use crate::features::fx::FxMap;
use std::collections::HashMap;

/// The lexicon shipped with slant.
pub const BUILTIN: &str = include_str!("../../data/frames.txt");

/// One entry: the frame it signals and the phrase as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Index into [`FRAMES`].
    pub frame: usize,
    /// The word or phrase as listed.
    pub phrase: String,
    /// 1-based line number in the lexicon file.
    pub line: usize,
}

/// Parses a lexicon: `[frame_id]` sections of one entry a line; `#` comments.
///
/// Fails naming the line on an unknown frame id, an entry before any section, or a
/// section listed twice.
pub fn parse(text: &str) -> Result<Vec<Entry>, String> {
    let mut out = Vec::new();
    let mut frame = None;
    let mut seen = [false; FRAMES.len()];
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let n = i + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(id) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let Some(f) = FRAMES.iter().position(|&x| x == id) else {
                return Err(format!(
                    "line {n}: unknown frame \"{id}\" (known: {})",
                    FRAMES.join(", ")
                ));
            };
            if std::mem::replace(&mut seen[f], true) {
                return Err(format!("line {n}: section [{id}] appears twice"));
            }
            frame = Some(f);
            continue;
        }
        let Some(f) = frame else {
            return Err(format!(
                "line {n}: entry \"{line}\" before any [frame] section"
            ));
        };
        out.push(Entry {
            frame: f,
            phrase: line.to_string(),
            line: n,
        });
    }
    Ok(out)
}

/// A cue compiled to stem ids.
#[derive(Debug, Clone)]
pub struct Cue {
    /// Index into [`FRAMES`].
    pub frame: u8,
    /// Stem ids (into [`Cues::stem_id`]), stop words left out.
    pub stems: Vec<u32>,
}

/// The lexicon compiled for matching: every cue stem gets an id; cues are indexed by
/// their first stem.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    stems: FxMap<String, u32>,
    cues: Vec<Cue>,
    /// Per stem id: the cues that start with it.
    starting: Vec<Vec<u32>>,
}

impl Cues {
    /// Compiles the built-in lexicon with `analyzer` (the model's analysis chain).
    pub fn builtin(analyzer: &Analyzer) -> Cues {
        Cues::compile(BUILTIN, analyzer).expect("data/frames.txt is checked by the tests")
    }

    /// Compiles a lexicon: fails naming the line of an entry made only of stop words
    /// or repeated (same stems) within its frame.
    pub fn compile(text: &str, analyzer: &Analyzer) -> Result<Cues, String> {
        let mut cues = Cues::default();
        let mut seen: HashMap<(usize, Vec<u32>), usize> = HashMap::new();
        for e in parse(text)? {
            let mut stems = Vec::new();
            crate::text::for_each_token(&e.phrase, |s, t| {
                if let Some(stem) = analyzer.term(&e.phrase[s..t]) {
                    let next = cues.stems.len() as u32;
                    stems.push(*cues.stems.entry(stem).or_insert(next));
                }
            });
            if stems.is_empty() {
                return Err(format!(
                    "line {}: \"{}\" is only stop words and could never match",
                    e.line, e.phrase
                ));
            }
            if let Some(first) = seen.insert((e.frame, stems.clone()), e.line) {
                return Err(format!(
                    "line {}: \"{}\" matches the same words as line {first} in [{}]",
                    e.line, e.phrase, FRAMES[e.frame]
                ));
            }
            cues.cues.push(Cue {
                frame: e.frame as u8,
                stems,
            });
        }
        cues.starting = vec![Vec::new(); cues.stems.len()];
        for (i, c) in cues.cues.iter().enumerate() {
            cues.starting[c.stems[0] as usize].push(i as u32);
        }
        Ok(cues)
    }

    /// The id of a stem that starts or continues some cue.
    pub fn stem_id(&self, stem: &str) -> Option<u32> {
        self.stems.get(stem).copied()
    }

    /// Every cue.
    pub fn cues(&self) -> &[Cue] {
        &self.cues
    }

    /// Calls `hit(cue, first, last)` for every cue matching the stem ids `seq` at
    /// positions `first..=last`. `seq` holds one entry per word that is not a stop word,
    /// `None` for a word in no cue.
    pub fn matches(&self, seq: &[Option<u32>], mut hit: impl FnMut(&Cue, usize, usize)) {
        for (i, &s) in seq.iter().enumerate() {
            let Some(starting) = s.and_then(|s| self.starting.get(s as usize)) else {
                continue;
            };
            for &c in starting {
                let cue = &self.cues[c as usize];
                let n = cue.stems.len();
                let matched = seq
                    .get(i..i + n)
                    .is_some_and(|words| words.iter().zip(&cue.stems).all(|(w, &c)| *w == Some(c)));
                if matched {
                    hit(cue, i, i + n - 1);
                }
            }
        }
    }

    /// [`Cues::matches`] over only the words that are in some cue: `at(k)` and
    /// `stem(k)` give the position in the full sequence and the cue stem id of
    /// entry `k` of `n` (positions rising). Calls `hit(cue, first, last)` with
    /// entry indices, in the order [`Cues::matches`] finds them.
    pub fn matches_sparse(
        &self,
        n: usize,
        at: impl Fn(usize) -> u32,
        stem: impl Fn(usize) -> u32,
        mut hit: impl FnMut(&Cue, usize, usize),
    ) {
        for k in 0..n {
            let Some(starting) = self.starting.get(stem(k) as usize) else {
                continue;
            };
            for &c in starting {
                let cue = &self.cues[c as usize];
                let len = cue.stems.len();
                // The cue's words are the next entries, with no other word between.
                let matched = k + len <= n
                    && cue
                        .stems
                        .iter()
                        .enumerate()
                        .all(|(j, &s)| stem(k + j) == s && at(k + j) == at(k) + j as u32);
                if matched {
                    hit(cue, k, k + len - 1);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_lexicon_parses_and_covers_every_frame() {
        let entries = parse(BUILTIN).expect("data/frames.txt parses");
        for (f, id) in FRAMES.iter().enumerate() {
            let n = entries.iter().filter(|e| e.frame == f).count();
            assert!(n >= 5, "[{id}] has only {n} cues");
        }
        let cues = Cues::builtin(&Analyzer::default());
        assert_eq!(cues.cues().len(), entries.len());
    }

    #[test]
    fn unknown_frames_and_repeated_entries_are_refused_with_their_line() {
        let e = parse("# c\n[economy]\ntax\n").unwrap_err();
        assert!(e.starts_with("line 2: unknown frame \"economy\""), "{e}");
        let e = parse("tax\n").unwrap_err();
        assert!(e.contains("line 1") && e.contains("before any"), "{e}");
        let a = Analyzer::default();
        let e = Cues::compile("[economic]\ntax\ntaxes\n", &a).unwrap_err();
        assert!(e.contains("line 3") && e.contains("line 2"), "{e}");
        let e = Cues::compile("[economic]\nof the\n", &a).unwrap_err();
        assert!(e.contains("only stop words"), "{e}");
        // The same words under two frames are fine.
        assert!(Cues::compile("[economic]\ntax\n[political]\ntax\n", &a).is_ok());
    }

    #[test]
    fn phrases_match_on_stems_across_stop_words() {
        let a = Analyzer::default();
        let cues = Cues::compile(
            "[legality_constitutionality_and_jurisprudence]\nrule of law\ncourt\n",
            &a,
        )
        .unwrap();
        let id = |w: &str| cues.stem_id(&a.term(w).unwrap());
        // "the rule of law in courts": stop words are not in the sequence.
        let seq = [id("rule"), id("law"), id("courts")];
        let mut found = Vec::new();
        cues.matches(&seq, |c, a, b| found.push((c.stems.len(), a, b)));
        assert_eq!(found, vec![(2, 0, 1), (1, 2, 2)]);
    }

    /// The entries of `seq` in some cue, as [`Cues::matches_sparse`] reads them.
    fn sparse(seq: &[Option<u32>]) -> Vec<(u32, u32)> {
        (0..seq.len())
            .filter_map(|i| seq[i].map(|s| (i as u32, s)))
            .collect()
    }

    #[test]
    fn sparse_matching_finds_what_matching_every_word_finds() {
        let a = Analyzer::default();
        let cues = Cues::compile(
            "[legality_constitutionality_and_jurisprudence]\nrule of law\ncourt\nlaw\n\
             [economic]\nrule\nlaw firm fees\n[political]\ncourt ruling\n",
            &a,
        )
        .unwrap();
        let id = |w: &str| cues.stem_id(&a.term(w).unwrap());
        let (rule, law, court, firm, fee, ruling) = (
            id("rule"),
            id("law"),
            id("court"),
            id("firm"),
            id("fees"),
            id("ruling"),
        );
        assert!(rule.is_some() && ruling.is_some());
        // Words in no cue (None) break phrases; the end of the sequence cuts one short.
        let seqs: Vec<Vec<Option<u32>>> = vec![
            vec![rule, law, court, None, law, firm, fee, rule, None, law],
            vec![None, court, ruling, court, None, rule, law],
            vec![law, firm],
            vec![rule, None, law, court],
            vec![],
        ];
        let mut total = 0;
        for seq in &seqs {
            let mut full = Vec::new();
            cues.matches(seq, |c, a, b| full.push((c.frame, a, b)));
            let entries = sparse(seq);
            let mut got = Vec::new();
            cues.matches_sparse(
                entries.len(),
                |k| entries[k].0,
                |k| entries[k].1,
                |c, a, b| got.push((c.frame, entries[a].0 as usize, entries[b].0 as usize)),
            );
            assert_eq!(got, full, "{seq:?}");
            total += full.len();
        }
        assert!(total >= 10, "{total} matches");
    }
}
