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
use std::borrow::Cow;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

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
    /// Each feature's mean over the training rows: the baseline of the reported
    /// contributions. Files saved without it read as all zero (contributions `w·x`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    means: Vec<f32>,
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

/// A kind of model file, as its loader reads it: the format name and version it
/// carries, and the words its messages use for the file and for making a new one.
pub(crate) struct FileKind {
    /// The `"format"` value.
    pub format: &'static str,
    /// The `"version"` value this build reads.
    pub version: u32,
    /// What the file is, in messages ("slant model").
    pub noun: &'static str,
    /// The command that makes a new one.
    pub train: &'static str,
}

/// The lean model's file.
const LEAN_FILE: FileKind = FileKind {
    format: FORMAT,
    version: VERSION,
    noun: "slant model",
    train: "`slant train`",
};

impl FileKind {
    /// The JSON of a model file (gunzipped when it starts with the gzip magic), once its
    /// format and version are checked. Errors name `name` and say what to do.
    #[cfg(test)]
    pub(crate) fn open<'a>(&self, bytes: &'a [u8], name: &str) -> Result<Cow<'a, [u8]>> {
        let json = self.gunzip(bytes, name)?;
        self.check_header(&json, name)?;
        Ok(json)
    }

    /// The JSON of a model file: `bytes` gunzipped when they start with the gzip
    /// magic, as they are otherwise. Nothing of the JSON is checked.
    pub(crate) fn gunzip<'a>(&self, bytes: &'a [u8], name: &str) -> Result<Cow<'a, [u8]>> {
        if !bytes.starts_with(&[0x1f, 0x8b]) {
            return Ok(Cow::Borrowed(bytes));
        }
        let mut owned = Vec::new();
        flate2::read::MultiGzDecoder::new(bytes)
            .read_to_end(&mut owned)
            .map_err(|e| Error::Model {
                path: name.to_string(),
                message: format!(
                    "corrupt gzip data ({e}); the file is truncated or damaged — retrain the \
                     {} with {} or copy it again",
                    self.noun, self.train
                ),
            })?;
        Ok(Cow::Owned(owned))
    }

    /// Checks that `json` is readable JSON whose `"format"` and `"version"` are this
    /// kind's. Errors name `name` and say what to do.
    fn check_header(&self, json: &[u8], name: &str) -> Result<()> {
        let err = |message: String| Error::Model {
            path: name.to_string(),
            message,
        };
        let noun = self.noun;
        let header: Header = serde_json::from_slice(json).map_err(|e| {
            err(format!(
                "not a readable {noun} ({e}); the file may be truncated or corrupt — retrain it \
                 with {}",
                self.train
            ))
        })?;
        if header.format.as_deref() != Some(self.format) {
            let found = match &header.format {
                Some(f) => format!("its format is \"{f}\", not \"{}\"", self.format),
                None => format!("no \"format\": \"{}\"", self.format),
            };
            return Err(err(format!(
                "not a {noun} file ({found}); check the path, or train one with {}",
                self.train
            )));
        }
        match header.version {
            Some(v) if v == self.version => Ok(()),
            Some(v) => Err(err(format!(
                "format version {v}, but this slant reads version {}; retrain the model with \
                 this slant ({})",
                self.version, self.train
            ))),
            None => Err(err(format!(
                "no format version; the file is corrupt — retrain it with {}",
                self.train
            ))),
        }
    }

    /// The file `json` (from [`FileKind::gunzip`]) parsed as `T`, read in one pass:
    /// when it parses and carries this kind's format and version, that is the answer
    /// (reading the header on its own first would walk the whole JSON twice). Otherwise
    /// the header is checked as [`FileKind::open`] checks it, so a file of another
    /// kind, version or a broken one is refused with the same message as before, and
    /// a file whose header is right but whose body is not gets `body_err`.
    pub(crate) fn parse<T: serde::de::DeserializeOwned + Headed>(
        &self,
        json: &[u8],
        name: &str,
        body_err: impl FnOnce(serde_json::Error) -> Error,
    ) -> Result<T> {
        let parsed = serde_json::from_slice::<T>(json);
        if let Ok(file) = &parsed {
            let (format, version) = file.header();
            if format == self.format && version == self.version {
                return parsed.map_err(body_err);
            }
        }
        // A parsed file of another format or version fails here.
        self.check_header(json, name)?;
        parsed.map_err(body_err)
    }
}

/// A model file's format name and version, as parsed with the rest of it.
pub(crate) trait Headed {
    /// The `"format"` and `"version"` values.
    fn header(&self) -> (&str, u32);
}

impl Headed for ModelFile {
    fn header(&self) -> (&str, u32) {
        (&self.format, self.version)
    }
}

/// The default model (models/default.json.gz, described in models/README.md),
/// embedded at build time.
#[cfg(feature = "builtin-model")]
static BUILTIN: &[u8] = include_bytes!("../../models/default.json.gz");

impl Model {
    /// The default model shipped with slant (models/README.md says what it is and
    /// how it was trained). Each call parses it (about 0.1 s): keep the result.
    #[cfg(feature = "builtin-model")]
    pub fn builtin() -> Result<Model> {
        Model::from_bytes(BUILTIN, "(embedded default)")
    }

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
            means: self.means.clone(),
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
        write_json(path, self.to_json())
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
        let json = LEAN_FILE.gunzip(bytes, name)?;
        let file: ModelFile = LEAN_FILE.parse(&json, name, |e| {
            err(format!(
                "corrupt model ({e}); retrain it with `slant train`"
            ))
        })?;
        check(&file).map_err(|what| {
            err(format!(
                "{what}; the file is corrupt — retrain it with `slant train`"
            ))
        })?;
        if crate::features::block_names(&file.features.blocks) != file.block_names {
            return Err(err(
                "its feature blocks do not match this slant's; retrain the model with this slant"
                    .into(),
            ));
        }
        let k = file.labels.len();
        let f = file.vocabulary.len() + file.block_names.len();
        let mut weights = vec![0f32; f * k];
        for (j, row) in file.weights.iter().enumerate() {
            for (i, &w) in row.iter().enumerate() {
                weights[i * k + j] = w;
            }
        }
        let vectorizer = Vectorizer::new(file.features, file.vocabulary);
        let means = file.means;
        let mut model = Model::from_parts(
            file.labels,
            vectorizer,
            file.block_names,
            weights,
            file.intercept,
            file.training,
        )
        .map_err(|e| err(e.to_string()))?;
        model.set_means(means).map_err(|e| {
            err(format!(
                "{e}; the file is corrupt — retrain it with `slant train`"
            ))
        })?;
        model.learned_terms = file.learned_terms;
        Ok(model)
    }
}

/// Checks every length, shape and value of a parsed model file that scoring relies on,
/// so that a corrupt file is refused on load instead of failing while scoring.
fn check(file: &ModelFile) -> std::result::Result<(), String> {
    let labels = &file.labels;
    let k = labels.len();
    if k < 2 {
        return Err(format!(
            "a model needs at least 2 labels; this one has {k}{}",
            if k == 1 {
                format!(" (\"{}\")", labels[0])
            } else {
                String::new()
            }
        ));
    }
    check_labels(labels)?;
    let vocabulary = &file.vocabulary;
    vocabulary.validate()?;
    if file.features.vocabulary.ngram_max != vocabulary.ngram_max() {
        return Err(format!(
            "its settings say n-grams up to {} but its vocabulary holds n-grams up to {}",
            file.features.vocabulary.ngram_max,
            vocabulary.ngram_max()
        ));
    }
    let scale = file.features.term_scale;
    if !(scale.is_finite() && scale > 0.0) {
        return Err(format!(
            "its term scale (term_scale) is {scale}; it must be a positive number"
        ));
    }
    if file.features.title_weight == 0 {
        return Err("its headline weight (title_weight) is 0; it must be at least 1".into());
    }
    for (i, b) in file.features.blocks.iter().enumerate() {
        if file.features.blocks[..i].contains(b) {
            return Err(format!(
                "feature block {} is listed twice",
                serde_json::to_string(b).unwrap_or_default()
            ));
        }
    }
    let f = vocabulary.len() + file.block_names.len();
    let shape = || {
        format!(
            "weights do not match {k} labels and {f} features ({} terms + {} block features)",
            vocabulary.len(),
            file.block_names.len()
        )
    };
    if file.weights.len() != k {
        return Err(format!(
            "{}: {} rows of weights",
            shape(),
            file.weights.len()
        ));
    }
    for (label, row) in labels.iter().zip(&file.weights) {
        if row.len() != f {
            return Err(format!(
                "{}: the row of label \"{label}\" has {} values",
                shape(),
                row.len()
            ));
        }
    }
    if file.intercept.len() != k {
        return Err(format!(
            "it has {} intercepts for {k} labels",
            file.intercept.len()
        ));
    }
    let learned = &file.learned_terms;
    if !learned.labels.is_empty() && learned.prior_mass <= 0.0 {
        return Err(format!(
            "the prior mass of its learned terms is {}; it must be a positive number",
            learned.prior_mass
        ));
    }
    for label in learned.labels.keys() {
        if !labels.contains(label) {
            return Err(format!(
                "its learned terms name label \"{label}\", which is not one of its labels ({})",
                labels.join(", ")
            ));
        }
    }
    let training = &file.training;
    if !training.rows_per_label.is_empty() && training.rows_per_label.len() != k {
        return Err(format!(
            "its training record counts rows for {} labels; it has {k}",
            training.rows_per_label.len()
        ));
    }
    for label in training.logit_offsets.keys() {
        if !labels.contains(label) {
            return Err(format!(
                "its logit offsets name label \"{label}\", which is not one of its labels ({})",
                labels.join(", ")
            ));
        }
    }
    Ok(())
}

/// Checks that labels are neither empty nor repeated; says which one is.
pub(crate) fn check_labels(labels: &[String]) -> std::result::Result<(), String> {
    for (i, label) in labels.iter().enumerate() {
        if label.trim().is_empty() {
            return Err(format!("label {} of {} is empty", i + 1, labels.len()));
        }
        if labels[..i].contains(label) {
            return Err(format!("label \"{label}\" appears twice"));
        }
    }
    Ok(())
}

/// Where a file written to `path` goes: `path` itself, or the file a symbolic link at
/// `path` points to (the link stays; its target is replaced). Refuses a directory, a
/// device, a FIFO or a socket, and a link to a missing file, before anything is written.
pub fn output_target(path: &Path) -> Result<PathBuf> {
    let refuse = |message: String| Error::input(path.display().to_string(), message);
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).map_err(|e| {
            let to = std::fs::read_link(path)
                .map(|t| t.display().to_string())
                .unwrap_or_default();
            refuse(format!(
                "is a symbolic link to {to}, which cannot be followed ({}); point it at a file or remove it",
                plain(e)
            ))
        })?,
        _ => path.to_path_buf(),
    };
    match std::fs::metadata(&target) {
        Ok(m) if m.is_file() => Ok(target),
        Ok(m) if m.is_dir() => Err(refuse(format!(
            "is a directory; give a file name such as {}",
            path.join("model.json.gz").display()
        ))),
        Ok(m) => Err(refuse(format!(
            "is {}, not a regular file; a model is written only to a regular file",
            special_kind(&m)
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(target),
        Err(e) => Err(Error::io(path, plain(e))),
    }
}

/// Checks before any work that a file can be written at `path` (see [`output_target`]):
/// its directory exists and a file can be created and removed there. Returns the target.
pub fn check_output(path: &Path) -> Result<PathBuf> {
    let target = output_target(path)?;
    let dir = parent_dir(&target);
    if !dir.is_dir() {
        return Err(Error::input(
            path.display().to_string(),
            format!(
                "the directory {} does not exist; create it first",
                dir.display()
            ),
        ));
    }
    let probe = dir.join(format!(".slant-probe-{}", std::process::id()));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
        .map_err(|e| {
            Error::input(
                path.display().to_string(),
                format!("cannot create a file in {} ({e})", dir.display()),
            )
        })?;
    let _ = std::fs::remove_file(&probe);
    Ok(target)
}

/// The directory a file at `path` is created in.
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// What kind of special file `m` describes, for messages.
fn special_kind(m: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = m.file_type();
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    let _ = m;
    "a special file"
}

/// The OS error alone: tempfile's errors also name the temporary file, which means
/// nothing to the user.
fn plain(e: std::io::Error) -> std::io::Error {
    match e.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None if e.get_ref().is_some() => std::io::Error::from(e.kind()),
        None => e,
    }
}

/// Writes a model's JSON to `path` atomically, gzip-compressed when the path ends in `.gz`.
pub(crate) fn write_json(path: &Path, mut bytes: Vec<u8>) -> Result<()> {
    if path.extension().is_some_and(|e| e == "gz") {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes).map_err(|e| Error::io(path, e))?;
        bytes = gz.finish().map_err(|e| Error::io(path, e))?;
    }
    write_atomically(path, &bytes)
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename,
/// so `path` holds either its old content or the complete new content. Through a
/// symbolic link, the link's target is replaced; a non-regular file is refused
/// ([`output_target`]).
///
/// The file gets the permissions a plain create would give (0666 less the umask), or
/// keeps those of the file it replaces; not the owner-only 0600 of a temporary file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let target = output_target(path)?;
    let dir = parent_dir(&target);
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| Error::io(path, plain(e)))?;
    if let Ok(old) = std::fs::metadata(&target) {
        tmp.as_file()
            .set_permissions(old.permissions())
            .map_err(|e| Error::io(path, e))?;
    }
    tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(&target)
        .map_err(|e| Error::io(path, plain(e.error)))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const OTHER: FileKind = FileKind {
        format: "slant-other",
        version: 3,
        noun: "other model",
        train: "`slant train --other`",
    };

    fn refused(kind: &FileKind, bytes: &[u8]) -> String {
        kind.open(bytes, "m.json").unwrap_err().to_string()
    }

    #[test]
    fn the_shared_reader_names_the_file_the_kind_and_the_remedy() {
        let plain = br#"{"format":"slant-other","version":3,"rest":1}"#;
        assert_eq!(&*OTHER.open(plain, "m.json").unwrap(), &plain[..]);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(plain).unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(&*OTHER.open(&gz, "m.json").unwrap(), &plain[..]);
        let cut = refused(&OTHER, &gz[..gz.len() / 2]);
        assert!(
            cut.starts_with("model m.json: corrupt gzip data")
                && cut.ends_with(
                    "retrain the other model with `slant train --other` or copy it again"
                ),
            "{cut}"
        );
        assert_eq!(
            refused(&LEAN_FILE, plain),
            "model m.json: not a slant model file (its format is \"slant-other\", not \"slant-model\"); \
             check the path, or train one with `slant train`"
        );
        assert_eq!(
            refused(&OTHER, br#"{"version":3}"#),
            "model m.json: not a other model file (no \"format\": \"slant-other\"); \
             check the path, or train one with `slant train --other`"
        );
        assert_eq!(
            refused(&OTHER, br#"{"format":"slant-other","version":4}"#),
            "model m.json: format version 4, but this slant reads version 3; retrain the \
             model with this slant (`slant train --other`)"
        );
        assert!(refused(&OTHER, br#"{"format":"slant-other"}"#).contains("no format version"));
        assert!(refused(&OTHER, b"{\"format\":").contains("not a readable other model"));
    }

    /// A file of [`OTHER`]'s shape, for [`FileKind::parse`].
    #[derive(Debug, Deserialize)]
    struct Other {
        format: String,
        version: u32,
        rest: u32,
    }

    impl Headed for Other {
        fn header(&self) -> (&str, u32) {
            (&self.format, self.version)
        }
    }

    #[test]
    fn reading_in_one_pass_refuses_what_checking_the_header_first_refuses() {
        let parse = |bytes: &[u8]| {
            OTHER.parse::<Other>(bytes, "m.json", |e| Error::Model {
                path: "m.json".into(),
                message: format!("body: {e}"),
            })
        };
        let good = br#"{"format":"slant-other","version":3,"rest":1}"#;
        assert_eq!(parse(good).unwrap().rest, 1);
        // Files that parse whole but are of another version or kind, files the header
        // check cannot read, files without a header: the header check's own message.
        for bad in [
            &br#"{"format":"slant-other","version":4,"rest":1}"#[..],
            br#"{"format":"slant-model","version":3,"rest":1}"#,
            br#"{"format":"slant-other","version":3,"rest":1"#,
            br#"{"version":3,"rest":1}"#,
            br#"{"format":"slant-other","rest":1}"#,
            br#"{"format":"slant-other","version":3,"rest":1,"format":"x"}"#,
        ] {
            assert_eq!(
                parse(bad).unwrap_err().to_string(),
                refused(&OTHER, bad),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
        // A right header over a body that does not read: the body's message.
        let body = parse(br#"{"format":"slant-other","version":3,"rest":"x"}"#);
        assert!(body.unwrap_err().to_string().contains("body: invalid type"));
    }

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
