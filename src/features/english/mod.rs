//! English word knowledge that more than one feature stage reads: closed word
//! classes, contractions and the noun-phrase rule `before_head` (`grammar`),
//! reporting verbs (`speech`) and the cue words learned from annotated news
//! (`cues`), nouns for people (`people`) and for organisations, places and
//! documents (`orgs`), a part-of-speech guess from closed classes and suffixes
//! (`pos`), and the named word lists of `data/lexicon.txt` (`word_lists`).
//!
//! Loaded language (`lexicon.rs`, `loaded_model.rs`) and sourcing (`sourcing/`)
//! both read these, so they live here, below both stages and depending on neither
//! (only on `crate::text` and the map of `features::fx`): each list has one home,
//! and neither stage imports the other. The module sits inside `features` rather
//! than beside `text` because only feature stages read it and it uses their map.
//! Lists used by one stage alone stay with it (`sourcing/lexicon/`: political
//! groups, name genders). Provenance is given per file; lists are matched on
//! lowercased surface words.

mod cues;
mod grammar;
mod orgs;
mod people;
pub(crate) mod pos;
mod speech;
pub(crate) mod word_lists;

pub(crate) use cues::*;
pub(crate) use grammar::*;
pub(crate) use orgs::*;
pub(crate) use people::*;
pub(crate) use speech::*;
