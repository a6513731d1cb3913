//! JSON Lines: one JSON object per article (the documented contract).

use super::Render;
use crate::compare::{Comparison, Event, OrderingAccuracy};
use crate::score::ArticleScore;
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::Serialize;

/// One compact JSON object per line: per article, per comparison, per event.
pub struct Json;

fn line<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string(value).expect("a report serialises");
    s.push('\n');
    s
}

impl Render for Json {
    fn article(&self, score: &ArticleScore) -> String {
        line(score)
    }

    fn comparison(&self, comparison: &Comparison) -> String {
        line(comparison)
    }

    fn events(&self, events: &[Event]) -> String {
        events.iter().map(line).collect()
    }

    fn ordering(&self, ordering: &OrderingAccuracy) -> String {
        line(ordering)
    }
}

/// A score's JSON object: its fields in declaration order, with the
/// plain-language [`summary`](super::summary::summary) after `learned_terms`.
/// Every field is named below, so a new field does not compile until it is
/// placed in the JSON too.
impl Serialize for ArticleScore {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let ArticleScore {
            id,
            label,
            probabilities,
            slant,
            partisanship,
            top_terms,
            logits,
            baseline,
            absent_terms,
            loaded_terms,
            loaded_density,
            loaded_density_quoted,
            // Part of `loaded_density`, kept for `compare`'s pooling.
            loaded_unflagged: _,
            loaded_counts,
            loaded_counts_quoted,
            naming_choices,
            sourcing,
            learned_terms,
            words,
            outlet,
            note,
            frames,
        } = self;
        let mut o = s.serialize_struct("ArticleScore", 22)?;
        o.serialize_field("id", id)?;
        o.serialize_field("label", label)?;
        o.serialize_field("probabilities", &AsMap(probabilities))?;
        o.serialize_field("slant", slant)?;
        o.serialize_field("partisanship", partisanship)?;
        o.serialize_field("top_terms", top_terms)?;
        o.serialize_field("logits", &AsMap(logits))?;
        o.serialize_field("baseline", &AsMap(baseline))?;
        o.serialize_field("absent_terms", &AsMap(absent_terms))?;
        o.serialize_field("loaded_terms", loaded_terms)?;
        o.serialize_field("loaded_density", loaded_density)?;
        o.serialize_field("loaded_density_quoted", loaded_density_quoted)?;
        o.serialize_field("loaded_counts", loaded_counts)?;
        o.serialize_field("loaded_counts_quoted", loaded_counts_quoted)?;
        o.serialize_field("naming_choices", naming_choices)?;
        o.serialize_field("sourcing", sourcing)?;
        o.serialize_field("learned_terms", learned_terms)?;
        o.serialize_field("summary", &super::summary::summary(self))?;
        o.serialize_field("words", words)?;
        match outlet {
            Some(outlet) => o.serialize_field("outlet", outlet)?,
            None => o.skip_field("outlet")?,
        }
        match note {
            Some(note) => o.serialize_field("note", note)?,
            None => o.skip_field("note")?,
        }
        if frames.is_empty() {
            o.skip_field("frames")?;
        } else {
            o.serialize_field("frames", frames)?;
        }
        o.end()
    }
}

/// `(label, value)` pairs as one JSON object.
struct AsMap<'a>(&'a [(String, f64)]);

impl Serialize for AsMap<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}
