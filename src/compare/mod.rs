//! Comparing coverage of one event across outlets.
//!
//! [`compare`] scores every article of every outlet with one [`Model`] and
//! returns a [`Comparison`]: one column of figures per outlet (label
//! probabilities, slant, partisanship, loaded language, sourcing), a speaker ×
//! outlet matrix with names merged across articles, the distinctive words of
//! each outlet, the naming choices each made, and a short [`Verdict`] that
//! cites its numbers. It never prints; `crate::report` renders it.
//!
//! For whole corpora, [`select`] picks the articles matching a [`Filter`],
//! [`events`](fn@events) lists the events (articles sharing some fields, by default
//! `topic` and `date`) that two or more outlets covered, most divergent first,
//! and [`ordering_accuracy`] measures how often a model orders the left, center
//! and right articles of one event by slant. All three stream the corpus and
//! keep only what they need.
//!
//! # Distinctive words
//!
//! Each outlet's words are counted as written, lowercased (stop words and
//! tokens without a letter dropped), plus bigrams of two adjacent kept words
//! separated only by white space. Each outlet is set against all the other
//! outlets together with [`features::log_odds::fightin_words_with`]: the
//! log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
//! 2008). The prior is the pooled counts of *all* compared outlets scaled to a
//! total mass `a0`, so `a_w = a0 · c_w / Σc`. By default `a0 = Σc`, the number
//! of counted terms: each term's prior is its own pooled count (`a_w = c_w`),
//! so the prior weighs as much as the data, whatever its size. (A fixed
//! `a0 = 1,000`, [`DEFAULT_PRIOR_MASS`], swamps a few short articles: no word
//! of the three harbor-bridge examples would stand out.) Set
//! [`CompareOptions::prior_mass`] to fix `a0`. Only terms with `z ≥ 1.96`
//! (over-represented at the usual 95% level, [`CompareOptions::min_z`]) are
//! called distinctive: a word must recur in one outlet and be rare in the others.
//!
//! With a frame model ([`compare_with_frames`]), [`frames`](mod@frames) adds each
//! outlet's frame profile and the frames one outlet uses significantly more than the
//! others (one-sided Fisher's exact test, Holm-corrected; see that module).
//!
//! One file per responsibility: [`outlets`] compares the outlets (figures,
//! voices, distinctive words, naming, the verdict), [`names`] merges the names
//! of one voice, [`events`](mod@events) filters a corpus and groups it into events, and
//! [`ordering`] measures the ordering metric.

#[cfg(doc)]
use crate::{
    features::{self, log_odds::DEFAULT_PRIOR_MASS},
    model::Model,
};

pub mod events;
pub mod frames;
pub mod names;
pub mod ordering;
pub mod outlets;

pub use events::{events, select, Event, EventOutlet, Filter, Grouping, DEFAULT_GROUP_BY};
pub use frames::{compare_frames, FrameComparison, FrameContrast, FrameUse, OutletFrames};
pub use names::{merge_names, merge_names_with, name_key};
pub use ordering::{ordering_accuracy, OrderingAccuracy};
pub use outlets::{
    compare, compare_with_frames, count_terms, distinctive_terms, CompareOptions, Comparison,
    Coverage, DistinctiveTerm, NamingPair, OutletColumn, OutletFigure, SlantGap, Verdict, VoiceRow,
    DEFAULT_MIN_Z, DEFAULT_TERMS,
};
