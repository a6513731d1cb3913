//! A user's map from speakers or affiliations to the sides of a story.
//!
//! Read from JSON: `{"sides": {"Kremlin": "Russia", "Dmitry Peskov": "Russia"}}`.
//! A voice belongs to the side whose key is the longest case-insensitive
//! substring of its name or affiliation; voices no key matches are "unassigned".

use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// The side name given to voices that no key matches.
pub const UNASSIGNED: &str = "unassigned";

/// Speakers or affiliations (keys) mapped to the side they speak for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SideMap {
    /// Key (a name or affiliation fragment) → side.
    pub sides: BTreeMap<String, String>,
}

impl SideMap {
    /// Reads a side map from a JSON file; errors name the file (and line:column for bad JSON).
    pub fn load(path: impl AsRef<Path>) -> Result<SideMap> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parses a side map from JSON text; errors are placed at `<side map>:line:column`.
    pub fn from_json_str(text: &str) -> Result<SideMap> {
        Self::parse(text, "<side map>")
    }

    fn parse(text: &str, place: &str) -> Result<SideMap> {
        let map: SideMap = serde_json::from_str(text).map_err(|e| {
            Error::input(
                format!("{place}:{}:{}", e.line(), e.column()),
                format!("bad side map: {e}"),
            )
        })?;
        if let Some((k, _)) = map.sides.iter().find(|(k, _)| k.trim().is_empty()) {
            return Err(Error::input(
                place,
                format!("bad side map: empty key {k:?} would match every voice"),
            ));
        }
        if let Some((k, side)) =
            (map.sides.iter()).find(|(_, side)| side.trim().eq_ignore_ascii_case(UNASSIGNED))
        {
            return Err(Error::input(
                place,
                format!(
                    "bad side map: key {k:?} names the side {side:?}, which is reserved for \
                     the voices no key matches; give that side another name"
                ),
            ));
        }
        Ok(map)
    }

    /// The side of a voice: the longest key found (case-insensitively) in its name or affiliation.
    pub fn side_of(&self, speaker: &str, affiliation: Option<&str>) -> Option<&str> {
        let speaker = speaker.to_lowercase();
        let affiliation = affiliation.map(str::to_lowercase).unwrap_or_default();
        self.sides
            .iter()
            .filter(|(k, _)| {
                let k = k.to_lowercase();
                speaker.contains(&k) || affiliation.contains(&k)
            })
            .max_by_key(|(k, _)| k.len())
            .map(|(_, side)| side.as_str())
    }

    /// True when the map has no keys.
    pub fn is_empty(&self) -> bool {
        self.sides.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_matching_key_wins_case_insensitively() {
        let m = SideMap::from_json_str(
            r#"{"sides": {"Kremlin": "Russia", "kremlin critic": "Opposition", "White House": "US government"}}"#,
        )
        .unwrap();
        assert_eq!(
            m.side_of("Dmitry Peskov", Some("Kremlin spokesman")),
            Some("Russia")
        );
        assert_eq!(
            m.side_of("Alexei Navalny", Some("a Kremlin critic")),
            Some("Opposition")
        );
        assert_eq!(
            m.side_of("Steve Witkoff", Some("white house envoy")),
            Some("US government")
        );
        assert_eq!(m.side_of("John Smith", None), None);
    }

    #[test]
    fn loads_a_file_and_names_it_in_errors() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("sides.json");
        std::fs::write(&good, r#"{"sides": {"Dmitry Peskov": "Russia"}}"#).unwrap();
        assert_eq!(SideMap::load(&good).unwrap().sides.len(), 1);

        let bad = dir.path().join("broken.json");
        std::fs::write(
            &bad,
            "{\"sides\": {\n  \"Kremlin\": \"Russia\",\n  oops\n}}",
        )
        .unwrap();
        let err = SideMap::load(&bad).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, Error::Input { .. }), "{msg}");
        assert!(msg.contains("broken.json:3:"), "{msg}");

        let missing = dir.path().join("missing.json");
        let err = SideMap::load(&missing).unwrap_err();
        assert!(matches!(err, Error::Io { .. }));
        assert!(err.to_string().contains("missing.json"));
    }

    #[test]
    fn rejects_unknown_fields_and_empty_keys() {
        assert!(SideMap::from_json_str(r#"{"side": {}}"#).is_err());
        assert!(SideMap::from_json_str(r#"{"sides": {" ": "x"}}"#).is_err());
    }
}
