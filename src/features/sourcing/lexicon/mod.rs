//! The word knowledge that sourcing alone reads: political groups and their
//! labels (`groups`) and the genders of first names, pronouns and titles
//! (`names`), hand-written. The English word lists that loaded language reads too
//! (function words, reporting verbs, learned cues, nouns for people and
//! organisations) are in `features::english`. Lists are matched on lowercased surface words.

mod groups;
mod names;

pub(crate) use groups::*;
pub(crate) use names::*;
