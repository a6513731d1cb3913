//! The model file: serde JSON (optionally gzip), with a format name and version.
//!
//! Floats are written in their shortest round-trip form and read back with
//! serde_json's exact float parser, so a saved and reloaded model gives
//! bit-identical probabilities. Files are written to a temporary file beside the
//! target and renamed into place, so an existing model is never half-replaced.

use super::{Model, TrainingInfo};
use crate::features::log_odds::LearnedTerms;
use crate::features::{FeatureConfig, Vectorizer, Vocabulary};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::Path;

/// The format name every slant model file carries.
pub const FORMAT: &str = "slant-model";
/// The format version this build reads and writes.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct ModelFile {
    format: String,
    version: u32,
    labels: Vec<String>,
    features: FeatureConfig,
    vocabulary: Vocabulary,
    block_names: Vec<String>,
    /// `weights[label][feature]`.
    weights: Vec<Vec<f32>>,
    intercept: Vec<f32>,
    /// Each label's distinctive stems, learned from the training corpus.
    #[serde(default)]
    learned_terms: LearnedTerms,
    training: TrainingInfo,
}

/// Just enough of a file to check its format and version before the rest is parsed.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

impl Model {
    /// Serialises the model to JSON bytes.
    pub fn to_json(&self) -> Vec<u8> {
        let k = self.labels.len();
        let f = self.n_features();
        let weights = (0..k)
            .map(|j| (0..f).map(|i| self.weights[i * k + j]).collect())
            .collect();
        let file = ModelFile {
            format: FORMAT.into(),
            version: VERSION,
            labels: self.labels.clone(),
            features: self.vectorizer.config().clone(),
            vocabulary: self.vectorizer.vocabulary().clone(),
            block_names: self.block_names.clone(),
            weights,
            intercept: self.intercept.clone(),
            learned_terms: self.learned_terms.clone(),
            training: self.training.clone(),
        };
        let mut out = serde_json::to_vec(&file).expect("a model serialises");
        out.push(b'\n');
        out
    }

    /// Writes the model to `path` atomically: a temporary file in the same directory,
    /// then a rename. A `.gz` path is gzip-compressed.
    pub fn save(&self, path: &Path) -> Result<()> {
        let mut bytes = self.to_json();
        if path.extension().is_some_and(|e| e == "gz") {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            gz.write_all(&bytes).map_err(|e| Error::io(path, e))?;
            bytes = gz.finish().map_err(|e| Error::io(path, e))?;
        }
        write_atomically(path, &bytes)
    }

    /// Reads a model file (JSON, or gzip-compressed JSON).
    pub fn load(path: &Path) -> Result<Model> {
        let bytes = std::fs::read(path).map_err(|e| Error::Model {
            path: path.display().to_string(),
            message: format!("cannot read it ({e}); check the path given to --model"),
        })?;
        Model::from_bytes(&bytes, &path.display().to_string())
    }

    /// Parses a model from bytes; `name` is used in error messages.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Model> {
        let err = |message: String| Error::Model {
            path: name.to_string(),
            message,
        };
        let mut owned = Vec::new();
        let json: &[u8] = if bytes.starts_with(&[0x1f, 0x8b]) {
            flate2::read::MultiGzDecoder::new(bytes)
                .read_to_end(&mut owned)
                .map_err(|e| {
                    err(format!(
                        "corrupt gzip data ({e}); retrain or re-download the model"
                    ))
                })?;
            &owned
        } else {
            bytes
        };
        let header: Header = serde_json::from_slice(json).map_err(|e| {
            err(format!(
                "not a readable slant model ({e}); the file may be truncated or corrupt — retrain it with `slant train`"
            ))
        })?;
        if header.format.as_deref() != Some(FORMAT) {
            return Err(err(
                "not a slant model file (no \"format\": \"slant-model\")".into(),
            ));
        }
        match header.version {
            Some(VERSION) => {}
            Some(v) => {
                return Err(err(format!(
                    "format version {v}, but this slant reads version {VERSION}; retrain the model with this slant"
                )))
            }
            None => return Err(err("no format version".into())),
        }
        let file: ModelFile = serde_json::from_slice(json).map_err(|e| {
            err(format!(
                "corrupt model ({e}); retrain it with `slant train`"
            ))
        })?;
        let k = file.labels.len();
        let f = file.vocabulary.len() + file.block_names.len();
        if file.weights.len() != k || file.weights.iter().any(|w| w.len() != f) {
            return Err(err(format!(
                "weights do not match {k} labels and {f} features; the file is corrupt"
            )));
        }
        if crate::features::block_names(&file.features.blocks) != file.block_names {
            return Err(err(
                "its feature blocks do not match this slant's; retrain the model with this slant"
                    .into(),
            ));
        }
        let mut weights = vec![0f32; f * k];
        for (j, row) in file.weights.iter().enumerate() {
            for (i, &w) in row.iter().enumerate() {
                weights[i * k + j] = w;
            }
        }
        let vectorizer = Vectorizer::new(file.features, file.vocabulary);
        let mut model = Model::from_parts(
            file.labels,
            vectorizer,
            file.block_names,
            weights,
            file.intercept,
            file.training,
        )
        .map_err(|e| err(e.to_string()))?;
        model.learned_terms = file.learned_terms;
        Ok(model)
    }
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename,
/// so `path` holds either its old content or the complete new content.
///
/// The file gets the permissions a plain create would give (0666 less the umask), or
/// keeps those of the file it replaces; not the owner-only 0600 of a temporary file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(|e| Error::io(dir, e))?;
    if let Ok(old) = std::fs::metadata(path) {
        tmp.as_file()
            .set_permissions(old.permissions())
            .map_err(|e| Error::io(path, e))?;
    }
    tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_gets_the_permissions_of_a_plain_create() {
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain");
        std::fs::write(&plain, b"x").unwrap();
        let atomic = dir.path().join("atomic");
        write_atomically(&atomic, b"x").unwrap();
        assert_eq!(mode(&atomic), mode(&plain));
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_permissions_and_gets_the_new_bytes() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.json");
        std::fs::write(&p, b"old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&p, b"new").unwrap();
        assert_eq!(mode(&p), 0o640);
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["m.json"], "no temporary file is left");
    }
}
