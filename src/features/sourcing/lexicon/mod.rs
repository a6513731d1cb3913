//! The word knowledge of sourcing, in one place: every list the attribution
//! finder and the outlet comparison read, one file per kind of word, each with
//! its provenance. Lists are matched on lowercased surface words.

mod grammar;
mod groups;
mod orgs;
mod people;
mod speech;

pub(crate) use grammar::*;
pub(crate) use groups::*;
pub(crate) use orgs::*;
pub(crate) use people::*;
pub(crate) use speech::*;
