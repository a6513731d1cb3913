//! The word knowledge of sourcing, in one place: every list the attribution
//! finder and the outlet comparison read, one file per kind of word, each with
//! its provenance (`cues` is generated from annotated news by
//! `scripts/polnear-cues.py`; the rest are hand-written). Lists are matched on lowercased surface words.

mod cues;
mod grammar;
mod groups;
mod names;
mod orgs;
mod people;
mod speech;

pub(crate) use cues::*;
pub(crate) use grammar::*;
pub(crate) use groups::*;
pub(crate) use names::*;
pub(crate) use orgs::*;
pub(crate) use people::*;
pub(crate) use speech::*;
