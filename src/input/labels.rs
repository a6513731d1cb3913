//! Labels for web input, which carries none: a tab-separated file of `KEY<TAB>LABEL`
//! lines, where a key is a site's host (`nytimes.com`: outlet ratings such as
//! AllSides' are per outlet), a page's URL, or an article id.
//!
//! An article takes the label of its id, else of its URL, else of its host, else of the
//! nearest parent domain listed (`edition.cnn.com` → `cnn.com`). Blank lines and lines
//! starting with `#` are passed over; a first line whose label column reads `label` is a
//! header. Every bad line is an error naming the file and line.

use crate::corpus::Article;
use crate::{Error, Result};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A label and the line of the map that gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The label.
    pub label: String,
    /// 1-based line of the map file.
    pub line: usize,
}

/// Keys (ids, URLs, hosts) → labels, read from a TSV file.
#[derive(Debug, Clone)]
pub struct LabelMap {
    path: PathBuf,
    /// Keys as written: ids and URLs.
    exact: HashMap<String, Entry>,
    /// Keys read as hosts: lowercase, without `www.` or a final dot.
    hosts: HashMap<String, Entry>,
}

/// A host as the map compares it: lowercase, without `www.` or a final dot.
fn normal_host(key: &str) -> String {
    let key = key.trim_end_matches('.').to_ascii_lowercase();
    match key.strip_prefix("www.") {
        Some(rest) => rest.to_string(),
        None => key,
    }
}

impl LabelMap {
    /// Reads a label map file (UTF-8 TSV).
    pub fn load(path: &Path) -> Result<Self> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        match std::str::from_utf8(&bytes) {
            Ok(text) => Self::parse(text, path),
            Err(e) => {
                let line = 1 + bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
                Err(Error::input(
                    format!("{}:{line}", path.display()),
                    "not valid UTF-8; save the label map as UTF-8 text",
                ))
            }
        }
    }

    /// Parses the text of a label map; `path` names it in messages.
    pub fn parse(text: &str, path: &Path) -> Result<Self> {
        let mut map = LabelMap {
            path: path.to_path_buf(),
            exact: HashMap::new(),
            hosts: HashMap::new(),
        };
        let mut seen_row = false;
        for (i, line) in text.split('\n').enumerate() {
            let n = i + 1;
            let line = line.strip_suffix('\r').unwrap_or(line);
            let line = if n == 1 {
                line.strip_prefix('\u{feff}').unwrap_or(line)
            } else {
                line
            };
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let bad = |message: String| Error::input(format!("{}:{n}", path.display()), message);
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            if fields.len() != 2 {
                return Err(bad(if fields.len() == 1 {
                    "no tab; each line is a host, URL or article id, a tab, and the label \
                     (e.g. nytimes.com<TAB>left)"
                        .to_string()
                } else {
                    format!(
                        "{} tab-separated fields; each line is a host, URL or article id, \
                         a tab, and the label",
                        fields.len()
                    )
                }));
            }
            let (key, label) = (fields[0], fields[1]);
            if !seen_row && label.eq_ignore_ascii_case("label") {
                seen_row = true;
                continue;
            }
            seen_row = true;
            if key.is_empty() {
                return Err(bad("the key (host, URL or id) is empty".into()));
            }
            if label.is_empty() {
                return Err(bad(format!("\"{key}\" has an empty label")));
            }
            let entry = Entry {
                label: label.to_string(),
                line: n,
            };
            if let Some(old) = map.exact.get(key) {
                if old.label != label {
                    return Err(bad(format!(
                        "\"{key}\" is labelled \"{label}\" here but \"{}\" on line {}; \
                         give each key one label",
                        old.label, old.line
                    )));
                }
                continue;
            }
            if !key.contains('/') && !key.contains(':') {
                let host = normal_host(key);
                if let Some(old) = map.hosts.get(&host) {
                    if old.label != label {
                        return Err(bad(format!(
                            "host \"{host}\" is labelled \"{label}\" here but \"{}\" on line {}; \
                             give each host one label",
                            old.label, old.line
                        )));
                    }
                } else {
                    map.hosts.insert(host, entry.clone());
                }
            }
            map.exact.insert(key.to_string(), entry);
        }
        Ok(map)
    }

    /// The file the map was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.exact.len()
    }

    /// True when the map has no key.
    pub fn is_empty(&self) -> bool {
        self.exact.is_empty()
    }

    /// The label of an article: by its id, its `url` field, its host (`outlet`, else the
    /// URL's), then the host's parent domains.
    pub fn label_of(&self, article: &Article) -> Option<&Entry> {
        let url = article.field("url");
        if let Some(e) = self.exact.get(&article.id) {
            return Some(e);
        }
        if let Some(e) = url.and_then(|u| self.exact.get(u)) {
            return Some(e);
        }
        let host = url
            .and_then(super::host)
            .or_else(|| article.outlet.as_deref().map(normal_host))?;
        let mut host = host.as_str();
        loop {
            if let Some(e) = self.hosts.get(host) {
                return Some(e);
            }
            match host.split_once('.') {
                Some((_, parent)) if parent.contains('.') => host = parent,
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(text: &str) -> Result<LabelMap> {
        LabelMap::parse(text, Path::new("labels.tsv"))
    }

    fn page(id: &str, url: Option<&str>) -> Article {
        let mut a = Article::new(id, "text");
        if let Some(u) = url {
            a.extra.push(("url".into(), u.into()));
            a.outlet = super::super::host(u);
        }
        a
    }

    #[test]
    fn ids_then_urls_then_hosts_then_parent_domains() {
        let m = map(
            "host\tlabel\n# outlets\nnytimes.com\tleft\nWWW.Foxnews.com\tright\n\
                     https://www.nytimes.com/opinion/x.html\tcenter\ndoc-7\tright\r\n\n",
        )
        .unwrap();
        assert_eq!(m.len(), 4);
        let label = |a: &Article| m.label_of(a).map(|e| (e.label.as_str(), e.line));
        assert_eq!(
            label(&page("doc-7", Some("https://nytimes.com/a"))),
            Some(("right", 6))
        );
        assert_eq!(
            label(&page(
                "https://www.nytimes.com/opinion/x.html",
                Some("https://www.nytimes.com/opinion/x.html")
            )),
            Some(("center", 5))
        );
        assert_eq!(
            label(&page("p1", Some("https://www.nytimes.com/2024/a.html"))),
            Some(("left", 3))
        );
        assert_eq!(
            label(&page("p2", Some("http://video.foxnews.com:8080/b"))),
            Some(("right", 4))
        );
        assert_eq!(label(&page("p3", Some("https://example.org/"))), None);
        assert_eq!(label(&page("p4", None)), None);
        // A parent domain is tried down to two labels, never the bare suffix.
        let com = map("com\tleft\n").unwrap();
        assert!(com.label_of(&page("p", Some("https://a.b.com/"))).is_none());
    }

    #[test]
    fn bad_lines_are_errors_naming_file_and_line() {
        let err = |t: &str| map(t).unwrap_err().to_string();
        assert!(err("a.com\tleft\nb.com left\n").starts_with("labels.tsv:2: no tab"));
        assert!(err("a.com\tleft\tx\n").starts_with("labels.tsv:1: 3 tab-separated fields"));
        assert_eq!(
            err("\n\tleft\n"),
            "labels.tsv:2: the key (host, URL or id) is empty"
        );
        assert_eq!(
            err("a.com\t\n"),
            "labels.tsv:1: \"a.com\" has an empty label"
        );
        assert_eq!(
            err("a.com\tleft\nb.com\tright\na.com\tright\n"),
            "labels.tsv:3: \"a.com\" is labelled \"right\" here but \"left\" on line 1; give each key one label"
        );
        assert_eq!(
            err("www.a.com\tleft\nA.com\tright\n"),
            "labels.tsv:2: host \"a.com\" is labelled \"right\" here but \"left\" on line 1; give each host one label"
        );
        // The same label twice is no conflict.
        assert_eq!(map("a.com\tleft\na.com\tleft\n").unwrap().len(), 1);
    }

    #[test]
    fn a_file_that_is_not_utf8_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.tsv");
        std::fs::write(&p, b"a.com\tleft\nb.com\tr\xffght\n").unwrap();
        let e = LabelMap::load(&p).unwrap_err().to_string();
        assert!(
            e.ends_with("m.tsv:2: not valid UTF-8; save the label map as UTF-8 text"),
            "{e}"
        );
    }
}
