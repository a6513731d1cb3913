//! The page frame and charts that every HTML page of slant shares: the article
//! pages ([`super::html`]) and the comparison pages ([`super::html_compare`]) both
//! build on these, so they look the same.
//!
//! [`escape`] for every string that comes from outside, [`page`] and [`Section`]
//! for the document and its stylesheet [`CSS`], [`PageWriter`] for a page streamed
//! section by section, [`bars`] for labelled horizontal bars, [`diverging_bars`]
//! for signed values around an axis, and [`scale`] for a marker on a −1…+1 axis.
//! Colours come from CSS classes: `left`, `center`, `right` (and `other`) for
//! labels ([`label_class`]), and the category ids (`epithet`, `naming`, …) for
//! loaded language.

use super::signed;
use crate::model::Role;
use std::fmt::Write;

/// Escapes `& < > " '` so that `s` is plain text in element content and in
/// quoted attribute values alike; control and bidirectional characters are shown
/// as escapes (see [`push_escaped`]).
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + s.len() / 8);
    push_escaped(&mut o, s);
    o
}

/// The page's stylesheet: a centred, responsive column; label and category colours;
/// tables that scroll inside their own box.
pub const CSS: &str = r#"
:root{--left:#2f6db5;--center:#6f6f78;--right:#c0392b;--other:#8a6d3b;--ink:#1f2328;--muted:#5f6670;--line:#e2e4e8;--paper:#fff;--bg:#f4f4f1}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:62rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem;overflow-wrap:anywhere}
h2{font-size:1.3rem;margin:0 0 .25rem;overflow-wrap:anywhere}
h3{font-size:1rem;margin:1.25rem 0 .5rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
p{margin:.5rem 0}
a{color:#1f5fa8}
.toc{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:.75rem 1.25rem}
.toc ol{margin:.25rem 0;padding-left:1.5rem}
.toc li{overflow-wrap:anywhere}
.article{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
.meta{color:var(--muted);font-size:.9rem;overflow-wrap:anywhere}
.verdict{font-size:1.1rem}
.summary{background:#f7f7fb;border-left:4px solid #9aa3b5;padding:.5rem .75rem}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,18rem),1fr));gap:0 1.5rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;word-break:normal;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;line-height:1.75;border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;background:#fffefb;max-width:100%}
mark{color:inherit;border-radius:3px;padding:0 .08em;background:#eee}
.epithet{background:#f7c6c0}.intensifier{background:#fde59a}.charged_verb{background:#f9cf9f}.hedge{background:#d5d9e0}
.presupposing{background:#d9c7ef}.conflict{background:#f6b8d1}.naming{background:#b9e3c6}.scare_quote{background:#bfe1f2}
.praise{background:#c9e8a0}.ideological_label{background:#e6cfb3}mark.quoted{outline:1px dashed #888}
.q{text-decoration:underline 2px #5561a6;text-underline-offset:.3em;text-decoration-skip-ink:none}
.q.reported{text-decoration-style:dashed}
.q.anonymous{text-decoration:underline 2px dotted #b35c00}
.q[data-who]::before{content:attr(data-who);font:600 .68rem/1.2 system-ui,sans-serif;color:#2d3561;background:#e7e9f6;border:1px solid #c5cae6;border-radius:3px;padding:0 .3em;margin-right:.3em;vertical-align:.2em;text-decoration:none;display:inline-block;white-space:nowrap;max-width:14em;overflow:hidden;text-overflow:ellipsis}
.q.anonymous[data-who]::before{color:#6b3700;background:#fbead8;border-color:#efc9a0}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .75rem;font-size:.85rem;margin:.5rem 0;padding:0;list-style:none}
.legend li{display:flex;align-items:center;gap:.3rem}
.sw{display:inline-block;width:1.6em;height:1em;border-radius:3px;border:1px solid rgba(0,0,0,.12)}
.sw.q{border:0;border-bottom:2px solid #5561a6;border-radius:0;background:none}
.sw.q.reported{border-bottom-style:dashed}.sw.q.anonymous{border-bottom:2px dotted #b35c00}
.bars{margin:.25rem 0}
.bar{display:grid;grid-template-columns:minmax(4rem,9rem) 1fr 4.5rem;align-items:center;gap:.5rem;margin:.2rem 0;font-size:.9rem}
.bar .name{overflow-wrap:anywhere}
.bar .track{background:#eceef1;border-radius:3px;height:1rem;overflow:hidden}
.bar .fill{display:block;height:100%;border-radius:3px}
.bar .val{text-align:right;font-variant-numeric:tabular-nums}
.fill.left,.dv-bar.left{background:var(--left)}.fill.center,.dv-bar.center{background:var(--center)}
.fill.right,.dv-bar.right{background:var(--right)}.fill.other,.dv-bar.other{background:var(--other)}
.dv{display:grid;grid-template-columns:minmax(5rem,10rem) 1fr 4rem;align-items:center;gap:.5rem;margin:.15rem 0;font-size:.88rem}
.dv .name{overflow-wrap:anywhere;text-align:right}
.dv .track{position:relative;height:1rem;background:linear-gradient(to right,transparent calc(50% - 1px),#9aa0a8 calc(50% - 1px),#9aa0a8 calc(50% + 1px),transparent calc(50% + 1px))}
.dv-bar{position:absolute;top:.1rem;bottom:.1rem;border-radius:2px}
.dv .val{text-align:right;font-variant-numeric:tabular-nums}
.dv-head{display:grid;grid-template-columns:minmax(5rem,10rem) 1fr 4rem;gap:.5rem;font-size:.8rem;color:var(--muted)}
.dv-head .ends{display:flex;justify-content:space-between;white-space:nowrap}
svg.scale{display:block;width:100%;max-width:26rem;height:auto}
svg.scale text{font:15px system-ui,sans-serif;fill:#444}
svg.scale .axis{stroke:#888;stroke-width:1.5}
svg.scale .tick{stroke:#888}
svg.scale .marker{fill:#1f2328}
.scroll{overflow-x:auto;max-width:100%;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;font-size:.88rem;min-width:36rem;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f4f6;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.figures{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;font-size:.9rem;margin:.5rem 0}
.figures b{font-variant-numeric:tabular-nums}
.note{color:var(--muted);font-size:.85rem}
footer{color:var(--muted);font-size:.8rem;text-align:center;padding:1rem}
@media (max-width:30rem){main{padding:.5rem}h1{font-size:1.2rem}h2{font-size:1.1rem}.article{padding:.75rem}.text{padding:.5rem .6rem;font-size:1rem}.dv,.dv-head{grid-template-columns:minmax(0,6.5rem) minmax(7rem,1fr) 3.3rem;gap:.35rem}.bar{grid-template-columns:minmax(0,7rem) minmax(6rem,1fr) 3.5rem;gap:.35rem}}
"#;

/// One part of a [`page`]: a heading, a line for the table of contents, and HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The heading, as plain text (escaped by [`page`]).
    pub heading: String,
    /// A short note shown beside the heading in the table of contents, as plain text.
    pub note: String,
    /// The section's content: HTML, already escaped.
    pub body: String,
}

/// A complete HTML document: `title` (plain text) as `<title>` and `<h1>`, and the
/// sections, each in an `<section class="article" id="article-N">` under an `<h2>`
/// (left out for a lone section headed like the page), with a table of contents
/// linking to them when there is more than one.
pub fn page(title: &str, sections: &[Section]) -> String {
    let mut o = String::with_capacity(
        CSS.len() + sections.iter().map(|s| s.body.len()).sum::<usize>() + 2048,
    );
    o.push_str(&page_head(title));
    if sections.len() > 1 {
        o.push_str(&contents(
            sections.iter().map(|s| (&*s.heading, &*s.note)),
            0,
        ));
    }
    let single = sections.len() == 1;
    for (i, s) in sections.iter().enumerate() {
        // A lone section named like the page needs no second heading.
        o.push_str(&section_html(i + 1, s, !(single && s.heading == title)));
    }
    o.push_str(PAGE_FOOT);
    o
}

/// The start of a [`page`]: the document head with its stylesheet, and the `<h1>`.
fn page_head(title: &str) -> String {
    let mut o = String::with_capacity(CSS.len() + 1024);
    o.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    o.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    o.push_str("<meta name=\"generator\" content=\"slant\">\n");
    let _ = writeln!(o, "<title>{}</title>", escape(title));
    let _ = writeln!(o, "<style>{CSS}</style>\n</head>\n<body>\n<main>");
    let _ = writeln!(o, "<h1>{}</h1>", escape(title));
    o
}

/// The table of contents: a link to each `(heading, note)`, numbered from 1, and
/// a line saying how many more sections follow unlisted.
fn contents<'a>(entries: impl Iterator<Item = (&'a str, &'a str)>, unlisted: usize) -> String {
    let mut o = String::from("<nav class=\"toc\" aria-label=\"Articles\"><b>Articles</b>\n<ol>\n");
    let mut n = 0;
    for (i, (heading, note)) in entries.enumerate() {
        let _ = write!(
            o,
            "<li><a href=\"#article-{}\">{}</a>",
            i + 1,
            escape(heading)
        );
        if !note.is_empty() {
            let _ = write!(o, " <span class=\"note\">{}</span>", escape(note));
        }
        o.push_str("</li>\n");
        n = i + 1;
    }
    o.push_str("</ol>\n");
    if unlisted > 0 {
        let _ = writeln!(
            o,
            "<p class=\"note\">The first {n} articles are listed; {unlisted} more follow on the page.</p>"
        );
    }
    o.push_str("</nav>\n");
    o
}

/// Section `n` of a page, under its `<h2>` when `heading` is set.
fn section_html(n: usize, s: &Section, heading: bool) -> String {
    let mut o = String::with_capacity(s.body.len() + 128);
    let _ = writeln!(o, "<section class=\"article\" id=\"article-{n}\">");
    if heading {
        let _ = writeln!(o, "<h2>{}</h2>", escape(&s.heading));
    }
    let _ = writeln!(o, "{}</section>", s.body);
    o
}

/// The end of a [`page`]: the footer and the closing tags.
const PAGE_FOOT: &str = "</main>\n<footer>Made by slant. Scores are a model's reading of word choice and sourcing, not a verdict on truth.</footer>\n</body>\n</html>\n";

/// How many articles a streamed page's table of contents lists, so that its
/// memory stays bounded however long the corpus ([`crate::limits::HTML_CONTENTS`]).
pub const CONTENTS_LIMIT: usize = crate::limits::HTML_CONTENTS;

/// Writes a [`page`] of sections as they come, so that memory stays flat and
/// what was written stays written if a later article fails.
///
/// A lone section is held back and, at the end, written exactly as [`page`]
/// writes it. From the second on, every section is written as it arrives, under
/// `title`, and the table of contents (first [`CONTENTS_LIMIT`] articles) goes
/// after them, linked from the top.
pub struct PageWriter {
    title: String,
    first: Option<Section>,
    written: usize,
    contents: Vec<(String, String)>,
}

impl PageWriter {
    /// A page titled `title` when it holds more than one section.
    pub fn new(title: impl Into<String>) -> Self {
        PageWriter {
            title: title.into(),
            first: None,
            written: 0,
            contents: Vec::new(),
        }
    }

    /// Adds a section, writing it (and the page head) unless it is the first.
    pub fn push(&mut self, section: Section, out: &mut impl std::io::Write) -> std::io::Result<()> {
        if self.written == 0 {
            match self.first.take() {
                None => {
                    self.first = Some(section);
                    return Ok(());
                }
                Some(first) => {
                    let mut head = page_head(&self.title);
                    head.push_str("<p class=\"note\"><a href=\"#contents\">Contents</a></p>\n");
                    out.write_all(head.as_bytes())?;
                    self.write_section(first, out)?;
                }
            }
        }
        self.write_section(section, out)
    }

    fn write_section(&mut self, s: Section, out: &mut impl std::io::Write) -> std::io::Result<()> {
        self.written += 1;
        out.write_all(section_html(self.written, &s, true).as_bytes())?;
        if self.contents.len() < CONTENTS_LIMIT {
            self.contents.push((s.heading, s.note));
        }
        Ok(())
    }

    /// Ends the page; `stopped` (plain text), when given, says why it ends early.
    /// A page without sections is written only when nothing stopped it.
    pub fn finish(
        self,
        stopped: Option<&str>,
        out: &mut impl std::io::Write,
    ) -> std::io::Result<()> {
        let note = stopped.map(|why| {
            format!(
                "<p class=\"note\" role=\"alert\">slant stopped before the end of the input: {}</p>\n",
                escape(why)
            )
        });
        let mut o = String::new();
        match (self.written, self.first) {
            (0, None) if note.is_some() => return Ok(()),
            (0, first) => {
                let sections: Vec<Section> = first.into_iter().collect();
                let title = match sections.as_slice() {
                    [one] => one.heading.clone(),
                    _ => "slant: no articles".to_string(),
                };
                o = page(&title, &sections);
                if let Some(note) = &note {
                    let at = o.len() - PAGE_FOOT.len();
                    o.insert_str(at, note);
                }
            }
            (n, _) => {
                o.push_str(note.as_deref().unwrap_or(""));
                let unlisted = n - self.contents.len();
                let toc = contents(self.contents.iter().map(|(h, n)| (&**h, &**n)), unlisted);
                o.push_str(&toc.replacen(
                    "<nav class=\"toc\"",
                    "<nav class=\"toc\" id=\"contents\"",
                    1,
                ));
                o.push_str(PAGE_FOOT);
            }
        }
        out.write_all(o.as_bytes())
    }
}

/// The CSS class for a label's colour: `left`, `center`, `right` or `other`.
pub fn label_class(label: &str) -> &'static str {
    Role::of(label).map_or("other", Role::name)
}

/// One row of [`bars`]: a name, a fraction of the full width in [0, 1], the value
/// as shown, and a CSS class for the colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The row's name, as plain text.
    pub name: String,
    /// Bar length as a fraction of the track, clamped to [0, 1].
    pub fraction: f64,
    /// The value as shown at the end of the row, as plain text.
    pub shown: String,
    /// CSS class of the fill (e.g. from [`label_class`]).
    pub class: &'static str,
}

/// Horizontal bars (HTML and CSS, so the text stays readable at any width),
/// with `aria_label` (plain text) naming the chart.
pub fn bars(aria_label: &str, rows: &[Bar]) -> String {
    let mut o = format!(
        "<div class=\"bars\" role=\"img\" aria-label=\"{}\">\n",
        escape(aria_label)
    );
    for r in rows {
        let f = if r.fraction.is_finite() {
            r.fraction.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let _ = writeln!(
            o,
            "<div class=\"bar\"><span class=\"name\">{}</span><span class=\"track\"><span class=\"fill {}\" style=\"width:{:.1}%\"></span></span><span class=\"val\">{}</span></div>",
            escape(&r.name),
            r.class,
            f * 100.0,
            escape(&r.shown)
        );
    }
    o.push_str("</div>\n");
    o
}

/// A diverging bar chart: each row's signed `value` drawn from a centre axis,
/// negative to the left (captioned `left_end`), positive to the right (`right_end`).
/// Rows are `(name, value, class)`; lengths are relative to the largest |value|.
pub fn diverging_bars(
    left_end: &str,
    right_end: &str,
    rows: &[(String, f64, &'static str)],
) -> String {
    let max = rows
        .iter()
        .map(|r| r.1.abs())
        .filter(|v| v.is_finite())
        .fold(0.0f64, f64::max);
    let mut o = format!(
        "<div class=\"bars\" role=\"img\" aria-label=\"{} versus {}\">\n<div class=\"dv-head\"><span></span><span class=\"ends\"><span>← {}</span><span>{} →</span></span><span></span></div>\n",
        escape(left_end),
        escape(right_end),
        escape(left_end),
        escape(right_end)
    );
    for (name, v, class) in rows {
        let w = if max > 0.0 && v.is_finite() {
            v.abs() / max * 50.0
        } else {
            0.0
        };
        let side = if *v < 0.0 { "right" } else { "left" };
        let _ = writeln!(
            o,
            "<div class=\"dv\"><span class=\"name\">{}</span><span class=\"track\"><span class=\"dv-bar {class}\" style=\"{side}:50%;width:{w:.1}%\"></span></span><span class=\"val\">{}</span></div>",
            escape(name),
            escape(&signed(*v))
        );
    }
    o.push_str("</div>\n");
    o
}

/// An inline SVG axis from −1 to +1 with ticks, end captions (plain text) and a
/// marker at `value` (clamped), labelled with the value; no marker when `None`.
pub fn scale(aria_label: &str, left_end: &str, right_end: &str, value: Option<f64>) -> String {
    const W: f64 = 360.0;
    const PAD: f64 = 48.0;
    const Y: f64 = 34.0;
    let x = |v: f64| PAD + (v.clamp(-1.0, 1.0) + 1.0) / 2.0 * (W - 2.0 * PAD);
    let mut o = format!(
        "<svg class=\"scale\" viewBox=\"0 0 {W} 68\" role=\"img\" aria-label=\"{}\">\n",
        escape(aria_label)
    );
    let mid = W / 2.0;
    let half = mid - PAD;
    let _ = writeln!(
        o,
        "<rect x=\"{PAD}\" y=\"{}\" width=\"{half}\" height=\"6\" fill=\"#2f6db5\" fill-opacity=\"0.45\"/><rect x=\"{mid}\" y=\"{}\" width=\"{half}\" height=\"6\" fill=\"#c0392b\" fill-opacity=\"0.45\"/>",
        Y - 3.0,
        Y - 3.0
    );
    for t in [-1.0, -0.5, 0.0, 0.5, 1.0] {
        let tx = x(t);
        let _ = writeln!(
            o,
            "<line class=\"tick\" x1=\"{tx:.1}\" x2=\"{tx:.1}\" y1=\"{}\" y2=\"{}\"/><text x=\"{tx:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            Y + 3.0,
            Y + 9.0,
            Y + 26.0,
            if t == 0.0 {
                "0".to_string()
            } else {
                format!("{t:+}").replace('-', "−")
            }
        );
    }
    let _ = writeln!(
        o,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><text x=\"{}\" y=\"{}\">{}</text>",
        PAD - 8.0,
        Y + 5.0,
        escape(left_end),
        W - PAD + 8.0,
        Y + 5.0,
        escape(right_end)
    );
    if let Some(v) = value.filter(|v| v.is_finite()) {
        let mx = x(v);
        let _ = writeln!(
            o,
            "<path class=\"marker\" d=\"M{mx:.1} {} L{:.1} {} L{:.1} {} Z\"/><line x1=\"{mx:.1}\" x2=\"{mx:.1}\" y1=\"{}\" y2=\"{}\" stroke=\"#1f2328\" stroke-width=\"2.5\"/><text x=\"{mx:.1}\" y=\"14\" text-anchor=\"middle\" font-weight=\"600\">{}</text>",
            Y - 6.0,
            mx - 6.0,
            Y - 15.0,
            mx + 6.0,
            Y - 15.0,
            Y - 6.0,
            Y + 6.0,
            escape(&signed(v))
        );
    }
    o.push_str("</svg>\n");
    o
}

/// Appends `s` escaped as [`escape`] does, without a temporary string. Control
/// characters other than line breaks and tabs, and the bidirectional overrides,
/// are shown as `\u{1b}`: they are invalid in HTML or reorder what a reader sees.
pub(crate) fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\r' | '\t' => out.push(c),
            c if super::is_invisible(c) => super::push_escaped_char(out, c),
            c => out.push(c),
        }
    }
}
