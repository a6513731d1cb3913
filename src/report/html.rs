//! HTML: one self-contained page (inline CSS, no scripts, nothing from the network)
//! that a reader can open, save and send.
//!
//! A score alone does not carry the article, so the page is built from a score
//! *and* its body: [`article_section`] makes one article's [`Section`] (the text
//! with loaded terms and attributions marked, the charts, the tables) and [`page`]
//! wraps sections into a document, with a table of contents when there are several.
//! [`article_page`] does both for one article. The [`Html`] renderer fits the
//! [`Render`] trait: one standalone page per article.
//!
//! The pieces are public so that other pages (a comparison of articles) look the
//! same: [`escape`] for every string that comes from outside, [`page`] and
//! [`Section`] for the document and its stylesheet [`CSS`], [`bars`] for labelled
//! horizontal bars, [`diverging_bars`] for signed values around an axis, and
//! [`scale`] for a marker on a −1…+1 axis. Colours come from CSS classes:
//! `left`, `center`, `right` (and `other`) for labels, and the category ids
//! (`epithet`, `naming`, …) for loaded language.

use super::{attribution_row, pct, reading, signed, Render};
use crate::features::lexicon::Category;
use crate::features::sourcing::{Attribution, SourceKind};
use crate::score::{ArticleScore, LoadedTermReport, TopTerm};
use std::fmt::Write;

/// A standalone HTML page per article ([`Render::article_with_text`] highlights the text).
pub struct Html;

impl Render for Html {
    fn article(&self, score: &ArticleScore) -> String {
        page(&score.id, &[article_section(score, None)])
    }

    fn article_with_text(&self, score: &ArticleScore, text: &str) -> String {
        article_page(score, text)
    }

    fn comparison(&self, comparison: &crate::compare::Comparison) -> String {
        super::html_compare::comparison_page(comparison)
    }

    fn events(&self, events: &[crate::compare::Event]) -> String {
        super::html_compare::events_page(events)
    }

    fn ordering(&self, ordering: &crate::compare::OrderingAccuracy) -> String {
        super::html_compare::ordering_page(ordering)
    }
}

/// Escapes `& < > " '` so that `s` is plain text in element content and in
/// quoted attribute values alike.
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
/// memory stays bounded however long the corpus.
pub const CONTENTS_LIMIT: usize = 1000;

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
    match label {
        "left" => "left",
        "center" => "center",
        "right" => "right",
        _ => "other",
    }
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

/// A one-article page: [`article_section`] with the text, wrapped by [`page`].
pub fn article_page(score: &ArticleScore, text: &str) -> String {
    page(&score.id, &[article_section(score, Some(text))])
}

/// The TOC line for a score: its label and probability.
fn toc_note(score: &ArticleScore) -> String {
    let p = score
        .probabilities
        .iter()
        .find(|(l, _)| *l == score.label)
        .map_or(0.0, |(_, p)| *p);
    let mut note = format!("{} {}", score.label, pct(p));
    if let Some(v) = score.slant {
        let _ = write!(note, " · slant {}", signed(v));
    }
    note
}

/// One article's section: verdict and summary, probability bars, slant scale,
/// partisanship, the text with highlights (when `text` is given; the loaded terms
/// with their context otherwise), top terms, and sourcing.
pub fn article_section(score: &ArticleScore, text: Option<&str>) -> Section {
    let mut o = String::new();
    let mut meta = Vec::new();
    if let Some(outlet) = &score.outlet {
        meta.push(format!("outlet: {}", escape(outlet)));
    }
    meta.push(format!("{} words", score.words));
    meta.push(format!(
        "{} loaded terms ({:.1} per 100 words)",
        score.loaded_terms.len(),
        score.loaded_density
    ));
    let _ = writeln!(o, "<p class=\"meta\">{}</p>", meta.join(" · "));
    let _ = writeln!(
        o,
        "<p class=\"verdict\"><b class=\"lbl\">{}</b>: {}.</p>",
        escape(&score.label),
        escape(&reading(score))
    );
    let _ = writeln!(o, "<p class=\"summary\">{}</p>", escape(&score.summary));

    o.push_str("<div class=\"grid\">\n<div>\n<h3>Label probabilities</h3>\n");
    let rows: Vec<Bar> = score
        .probabilities
        .iter()
        .map(|(l, p)| Bar {
            name: l.clone(),
            fraction: *p,
            shown: pct(*p),
            class: label_class(l),
        })
        .collect();
    o.push_str(&bars("Label probabilities", &rows));
    o.push_str("</div>\n<div>\n");
    if score.slant.is_some() || score.partisanship.is_some() {
        o.push_str("<h3>Slant and partisanship</h3>\n");
    }
    if let Some(v) = score.slant {
        o.push_str(&scale(
            &format!(
                "Slant index {} on a scale from −1 (left) to +1 (right)",
                signed(v)
            ),
            "left",
            "right",
            Some(v),
        ));
        o.push_str("<p class=\"note\">Slant index: P(right) − P(left).</p>\n");
    }
    if let Some(v) = score.partisanship {
        o.push_str(&bars(
            "Partisanship",
            &[Bar {
                name: "partisanship".into(),
                fraction: v,
                shown: format!("{v:.3}"),
                class: "other",
            }],
        ));
        o.push_str("<p class=\"note\">Partisanship: 1 − P(center).</p>\n");
    }
    o.push_str("</div>\n</div>\n");

    o.push_str("<h3>The article</h3>\n");
    o.push_str(&legend(score));
    match text {
        Some(t) => {
            let _ = writeln!(
                o,
                "<div class=\"text\">{}</div>",
                highlight_article(score, t)
            );
        }
        None => o.push_str(&loaded_list(score)),
    }

    o.push_str("<h3>Terms that drove the score</h3>\n");
    o.push_str(&top_terms_chart(score));

    o.push_str(&sourcing_html(score));
    Section {
        heading: score.id.clone(),
        note: toc_note(score),
        body: o,
    }
}

/// The legend: a swatch per loaded-language category (with its count) and per kind of attribution.
fn legend(score: &ArticleScore) -> String {
    let mut o = String::from("<ul class=\"legend\">\n");
    for c in Category::ALL {
        let n = score.loaded_counts.get(&c).copied().unwrap_or(0);
        let _ = writeln!(
            o,
            "<li><span class=\"sw {}\"></span>{} ({n})</li>",
            c.id(),
            escape(c.label())
        );
    }
    o.push_str("<li><span class=\"sw q\"></span>quoted</li>\n<li><span class=\"sw q reported\"></span>paraphrased</li>\n<li><span class=\"sw q anonymous\"></span>anonymous or unattributed</li>\n</ul>\n");
    o
}

/// Without the text: the loaded terms with their context, as a table.
fn loaded_list(score: &ArticleScore) -> String {
    let mut o = String::from(
        "<p class=\"note\">The article text was not given; the loaded terms in context:</p>\n<div class=\"scroll\"><table><thead><tr><th>term</th><th>category</th><th>alternative</th><th>context</th></tr></thead><tbody>\n",
    );
    for t in &score.loaded_terms {
        let _ = writeln!(
            o,
            "<tr><td><mark class=\"{}\">{}</mark></td><td>{}</td><td>{}</td><td>{}</td></tr>",
            t.category.id(),
            escape(&t.text),
            escape(t.category.label()),
            escape(t.alternative.as_deref().unwrap_or("")),
            escape(&t.context)
        );
    }
    o.push_str("</tbody></table></div>\n");
    o
}

/// The top terms: a diverging chart left ↔ right when the model has both labels,
/// and bars for every other label (center, or all labels of other models).
fn top_terms_chart(score: &ArticleScore) -> String {
    let labels: Vec<&str> = score
        .probabilities
        .iter()
        .map(|(l, _)| l.as_str())
        .collect();
    let has_lr = labels.contains(&"left") && labels.contains(&"right");
    let max = score
        .top_terms
        .iter()
        .map(|t| t.contribution.abs())
        .fold(0.0f64, f64::max);
    let mut o = String::new();
    if score.top_terms.is_empty() {
        o.push_str("<p class=\"note\">No term pushed the score.</p>\n");
        return o;
    }
    if has_lr {
        let mut rows: Vec<(String, f64, &'static str)> = Vec::new();
        for side in ["left", "right"] {
            for t in score.top_terms.iter().filter(|t| t.toward == side) {
                let v = if side == "left" {
                    -t.contribution
                } else {
                    t.contribution
                };
                rows.push((term_name(t), v, label_class(side)));
            }
        }
        rows.sort_by(|a, b| a.1.total_cmp(&b.1));
        o.push_str(&diverging_bars("left", "right", &rows));
    }
    for label in labels
        .iter()
        .filter(|l| !has_lr || !matches!(**l, "left" | "right"))
    {
        let rows: Vec<Bar> = score
            .top_terms
            .iter()
            .filter(|t| t.toward == *label)
            .map(|t| Bar {
                name: term_name(t),
                fraction: if max > 0.0 { t.contribution / max } else { 0.0 },
                shown: signed(t.contribution),
                class: label_class(label),
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(o, "<p class=\"note\">toward {}:</p>", escape(label));
        o.push_str(&bars(&format!("Terms toward {label}"), &rows));
    }
    o.push_str("<p class=\"note\">Each bar is what the term added to that label's logit (weight × TF-IDF value).</p>\n");
    o
}

/// A term as shown in the chart: as written, with its count when above one.
fn term_name(t: &TopTerm) -> String {
    if t.count > 1 {
        format!("{} ×{}", t.term, t.count)
    } else {
        t.term.clone()
    }
}

/// The sourcing figures, a chart of voices by group (or side) and the attribution table.
fn sourcing_html(score: &ArticleScore) -> String {
    let s = &score.sourcing;
    let mut o = String::from("<h3>Sourcing</h3>\n<div class=\"figures\">");
    let _ = write!(
        o,
        "<span>voices <b>{}</b></span><span>balance <b>{:.2}</b></span><span>top voice share <b>{:.2}</b></span><span>top group share <b>{:.2}</b></span><span>anonymous share <b>{:.2}</b></span><span>quoted words <b>{:.0}%</b></span>",
        s.voices,
        s.balance,
        s.top_voice_share,
        s.top_group_share,
        s.anonymous_share,
        s.quote_share * 100.0
    );
    o.push_str("</div>\n");
    if !s.side_shares.is_empty() {
        o.push_str("<p class=\"note\">Voices by side:</p>\n");
        let rows: Vec<Bar> = s
            .side_shares
            .iter()
            .map(|(side, share)| Bar {
                name: side.clone(),
                fraction: *share,
                shown: pct(*share),
                class: label_class(side),
            })
            .collect();
        o.push_str(&bars("Voices by side", &rows));
    } else if !s.groups.is_empty() {
        o.push_str("<p class=\"note\">Named attributions by affiliation group:</p>\n");
        let max = s.groups.values().copied().max().unwrap_or(1).max(1) as f64;
        let mut groups: Vec<(&String, &usize)> = s.groups.iter().collect();
        groups.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let rows: Vec<Bar> = groups
            .into_iter()
            .map(|(g, n)| Bar {
                name: g.clone(),
                fraction: *n as f64 / max,
                shown: n.to_string(),
                class: "other",
            })
            .collect();
        o.push_str(&bars("Named attributions by affiliation group", &rows));
    }
    if s.attributions.is_empty() {
        o.push_str("<p class=\"note\">No attributions found.</p>\n");
        return o;
    }
    o.push_str("<div class=\"scroll\"><table><thead><tr><th>speaker</th><th>affiliation</th><th>group</th><th>verb</th><th>kind</th><th>quote or claim</th></tr></thead><tbody>\n");
    for a in &s.attributions {
        let [speaker, affiliation, verb, kind, quote] = attribution_row(a);
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&speaker),
            escape(&affiliation),
            escape(a.group.as_deref().unwrap_or("")),
            escape(&verb),
            escape(&kind),
            escape(&quote)
        );
    }
    o.push_str("</tbody></table></div>\n");
    o
}

/// What a span of the text is: a loaded term or an attribution (index into the score).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Attribution(usize),
    Loaded(usize),
}

/// A span to mark: byte range, what it is, and the tags that open and close it.
#[derive(Debug, Clone)]
struct Span {
    start: usize,
    end: usize,
    kind: Kind,
}

/// The article text, escaped, with loaded terms in `<mark>` and attributions in
/// `<span class="q">`. Spans out of range or off char boundaries are dropped.
fn highlight_article(score: &ArticleScore, text: &str) -> String {
    let mut spans = Vec::new();
    for (i, a) in score.sourcing.attributions.iter().enumerate() {
        spans.push(Span {
            start: a.start,
            end: a.end,
            kind: Kind::Attribution(i),
        });
    }
    for (i, t) in score.loaded_terms.iter().enumerate() {
        spans.push(Span {
            start: t.start,
            end: t.end,
            kind: Kind::Loaded(i),
        });
    }
    let attrs = &score.sourcing.attributions;
    let loaded = &score.loaded_terms;
    highlight(text, spans, |kind, first| match kind {
        Kind::Attribution(i) => attribution_open(&attrs[i], first),
        Kind::Loaded(i) => loaded_open(&loaded[i], &score.top_terms),
    })
}

/// Escapes `text` and wraps each valid span in the tag `open(kind, first_piece)`
/// returns (`<mark …>` or `<span …>`). Overlapping spans that do not nest are
/// split: when an inner span ends, the spans opened after it are closed and
/// reopened, so the tags always balance. Longer spans open outside shorter ones.
fn highlight(text: &str, spans: Vec<Span>, open: impl Fn(Kind, bool) -> String) -> String {
    let mut spans: Vec<Span> = spans
        .into_iter()
        .filter(|s| {
            s.start < s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        })
        .collect();
    // Outer first: earlier start, then longer, then attributions before marks.
    spans.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(matches!(a.kind, Kind::Loaded(_)).cmp(&matches!(b.kind, Kind::Loaded(_))))
    });
    let mut cuts: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    cuts.push(0);
    cuts.push(text.len());
    cuts.sort_unstable();
    cuts.dedup();
    // Span indices by end, so each cut finds the spans ending there without a scan.
    let mut by_end: Vec<usize> = (0..spans.len()).collect();
    by_end.sort_by_key(|&i| spans[i].end);

    let mut out = String::with_capacity(text.len() * 2);
    let mut stack: Vec<usize> = Vec::new(); // indices into spans, outermost first
    let mut depth = vec![usize::MAX; spans.len()]; // a span's place on the stack
    let mut opened = vec![false; spans.len()];
    let (mut next_start, mut next_end) = (0, 0);
    let mut reopen: Vec<usize> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        // Every span on the stack covers the piece before `a`; those ending at `a`
        // close, and with them every span opened after the lowest of them.
        let mut keep = stack.len();
        while next_end < by_end.len() && spans[by_end[next_end]].end <= a {
            let i = by_end[next_end];
            if depth[i] != usize::MAX {
                keep = keep.min(depth[i]);
            }
            next_end += 1;
        }
        reopen.clear();
        while stack.len() > keep {
            let i = stack.pop().expect("len > keep");
            depth[i] = usize::MAX;
            out.push_str(close_tag(spans[i].kind));
            if spans[i].end > a {
                reopen.push(i);
            }
        }
        // Spans starting here, then those closed above that still go on, in opening order.
        while next_start < spans.len() && spans[next_start].start <= a {
            reopen.push(next_start);
            next_start += 1;
        }
        reopen.sort_unstable();
        for &i in &reopen {
            out.push_str(&open(spans[i].kind, !opened[i]));
            opened[i] = true;
            depth[i] = stack.len();
            stack.push(i);
        }
        push_escaped(&mut out, &text[a..b]);
    }
    while let Some(i) = stack.pop() {
        out.push_str(close_tag(spans[i].kind));
    }
    out
}

/// Appends `s` escaped as [`escape`] does, without a temporary string.
fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

fn close_tag(kind: Kind) -> &'static str {
    match kind {
        Kind::Attribution(_) => "</span>",
        Kind::Loaded(_) => "</mark>",
    }
}

/// The opening tag of an attribution: class by kind, the speaker as a tooltip and
/// (on its first piece) as a small label.
fn attribution_open(a: &Attribution, first: bool) -> String {
    let who = match (&a.speaker, a.kind) {
        (Some(s), _) => s.clone(),
        (None, SourceKind::Anonymous) => format!("anonymous: {}", a.cue.as_deref().unwrap_or("?")),
        (None, _) => format!("unattributed: {}", a.cue.as_deref().unwrap_or("?")),
    };
    let class = match (a.anonymous, a.direct) {
        (true, _) => "q anonymous",
        (false, true) => "q direct",
        (false, false) => "q reported",
    };
    let mut tip = match a.kind {
        SourceKind::Named if a.direct => format!("quoted: {who}"),
        SourceKind::Named => format!("reported: {who}"),
        SourceKind::Anonymous => format!("anonymous source ({})", a.cue.as_deref().unwrap_or("?")),
        SourceKind::Unattributed => {
            format!("unattributed claim ({})", a.cue.as_deref().unwrap_or("?"))
        }
    };
    if let Some(aff) = &a.affiliation {
        let _ = write!(tip, ", {aff}");
    }
    if a.kind != SourceKind::Unattributed {
        let _ = write!(tip, " — {}", a.verb);
    }
    let mut o = format!("<span class=\"{class}\" title=\"{}\"", escape(&tip));
    if first {
        let _ = write!(o, " data-who=\"{}\"", escape(&who));
    }
    o.push('>');
    o
}

/// The opening `<mark>` of a loaded term: coloured by category, with a tooltip
/// giving the category, the model's contribution of matching top terms, and
/// for naming choices the name not used.
fn loaded_open(t: &LoadedTermReport, top: &[TopTerm]) -> String {
    let mut tip = t.category.label().to_string();
    if let Some(alt) = &t.alternative {
        let _ = write!(tip, "\nnot used: \"{alt}\"");
    }
    for m in matching_terms(t, top) {
        let _ = write!(
            tip,
            "\nmodel: \"{}\" {} toward {}",
            m.term,
            signed(m.contribution),
            m.toward
        );
    }
    format!(
        "<mark class=\"{}\" title=\"{}\">",
        t.category.id(),
        escape(&tip)
    )
}

/// The top terms that match a loaded term: the same words (case aside), one
/// containing the other as whole words, or the category's block feature.
fn matching_terms<'a>(t: &LoadedTermReport, top: &'a [TopTerm]) -> Vec<&'a TopTerm> {
    let loaded = words(&t.text);
    let block = format!("loaded:{}", t.category.id());
    top.iter()
        .filter(|tt| {
            if tt.stem == block {
                return true;
            }
            let term = words(&tt.term);
            !term.is_empty()
                && !loaded.is_empty()
                && (contains_run(&loaded, &term) || contains_run(&term, &loaded))
        })
        .collect()
}

/// Lowercased alphanumeric words of `s`.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// True when `needle` occurs as a contiguous run of words in `hay`.
fn contains_run(hay: &[String], needle: &[String]) -> bool {
    needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::sourcing::Sourcing;

    fn loaded(text: &str, body: &str, category: Category, alt: Option<&str>) -> LoadedTermReport {
        let start = body.find(text).expect("term in body");
        LoadedTermReport {
            text: text.into(),
            category,
            start,
            end: start + text.len(),
            alternative: alt.map(Into::into),
            confidence: None,
            context: String::new(),
        }
    }

    fn attribution(body: &str, span: &str, speaker: Option<&str>, direct: bool) -> Attribution {
        let start = body.find(span).expect("span in body");
        Attribution {
            speaker: speaker.map(Into::into),
            affiliation: Some("ministry \"spokes\" <woman>".into()),
            verb: "said".into(),
            quote: Some(span.into()),
            direct,
            start,
            end: start + span.len(),
            kind: if speaker.is_some() {
                SourceKind::Named
            } else {
                SourceKind::Anonymous
            },
            anonymous: speaker.is_none(),
            cue: speaker.is_none().then(|| "officials".to_string()),
            group: speaker.map(|_| "Russia".to_string()),
        }
    }

    fn score(
        id: &str,
        loaded_terms: Vec<LoadedTermReport>,
        attributions: Vec<Attribution>,
    ) -> ArticleScore {
        let mut sourcing = Sourcing {
            voices: attributions.iter().filter(|a| !a.anonymous).count(),
            ..Default::default()
        };
        for a in &attributions {
            if let Some(g) = &a.group {
                *sourcing.groups.entry(g.clone()).or_default() += 1;
            }
        }
        sourcing.attributions = attributions;
        let mut loaded_counts: std::collections::BTreeMap<Category, usize> =
            Category::ALL.iter().map(|&c| (c, 0)).collect();
        for t in &loaded_terms {
            *loaded_counts.get_mut(&t.category).unwrap() += 1;
        }
        ArticleScore {
            id: id.into(),
            label: "right".into(),
            probabilities: vec![
                ("center".into(), 0.2),
                ("left".into(), 0.3),
                ("right".into(), 0.5),
            ],
            slant: Some(0.2),
            partisanship: Some(0.8),
            top_terms: vec![
                TopTerm {
                    term: "Kiev".into(),
                    stem: "kiev".into(),
                    count: 1,
                    contribution: 0.3,
                    toward: "right".into(),
                },
                TopTerm {
                    term: "<b>aid</b>".into(),
                    stem: "aid".into(),
                    count: 2,
                    contribution: 0.1,
                    toward: "left".into(),
                },
                TopTerm {
                    term: "talks".into(),
                    stem: "talk".into(),
                    count: 1,
                    contribution: 0.05,
                    toward: "center".into(),
                },
            ],
            logits: vec![],
            loaded_terms,
            loaded_density: 1.0,
            loaded_counts,
            sourcing,
            learned_terms: Vec::new(),
            note: None,
            summary: "A summary with <tags> & \"quotes\".".into(),
            words: 10,
            outlet: Some("Outlet \"><img src=x onerror=alert(1)>".into()),
        }
    }

    /// Checks that every opened tag (except void elements) is closed in order,
    /// and returns the names of the tags seen.
    fn balanced(html: &str) -> Vec<String> {
        const VOID: [&str; 6] = ["meta", "br", "img", "hr", "input", "link"];
        let mut stack: Vec<String> = Vec::new();
        let mut seen = Vec::new();
        let mut rest = html;
        while let Some(i) = rest.find('<') {
            rest = &rest[i + 1..];
            let end = rest
                .find('>')
                .expect("every < opens a tag that ends with >");
            let tag = &rest[..end];
            rest = &rest[end + 1..];
            if tag.starts_with('!') {
                continue;
            }
            let self_closing = tag.ends_with('/');
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            assert!(!name.is_empty(), "tag without a name: <{tag}>");
            if closing {
                let open = stack
                    .pop()
                    .unwrap_or_else(|| panic!("</{name}> closes nothing"));
                assert_eq!(open, name, "</{name}> closes <{open}>");
            } else {
                seen.push(name.clone());
                if !self_closing && !VOID.contains(&name.as_str()) {
                    stack.push(name);
                }
            }
        }
        assert!(stack.is_empty(), "left open: {stack:?}");
        seen
    }

    #[test]
    fn escape_covers_the_five_characters() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape("Führer — «Kyiv»"), "Führer — «Kyiv»");
    }

    #[test]
    fn hostile_text_names_and_ids_render_as_plain_text() {
        let body = "Headline </title><script>alert(1)</script>\n\n\"Quote \"><img src=x onerror=alert(1)>,\" said O'Brien \"><iframe>.";
        let q = "\"Quote \"><img src=x onerror=alert(1)>,\" said O'Brien \"><iframe>.";
        let t = loaded("<script>", body, Category::Epithet, Some("\"><img src=x>"));
        let a = attribution(body, q, Some("O'Brien \"><script>x</script>"), true);
        let html = article_page(
            &score("</title><script>alert(1)</script>", vec![t], vec![a]),
            body,
        );
        let tags = balanced(&html);
        assert!(
            !tags
                .iter()
                .any(|t| t == "script" || t == "img" || t == "iframe"),
            "{tags:?}"
        );
        let lower = html.to_lowercase();
        assert!(
            !lower.contains("<script") && !lower.contains("<img") && !lower.contains("<iframe")
        );
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assert!(html.contains("<title>&lt;/title&gt;&lt;script&gt;"));
        assert!(html.contains("data-who=\"O&#39;Brien &quot;&gt;&lt;script&gt;x&lt;/script&gt;\""));
        assert!(html.contains("Outlet &quot;&gt;&lt;img"));
        assert!(html.contains("&lt;b&gt;aid&lt;/b&gt;"));
    }

    #[test]
    fn a_page_has_no_scripts_and_nothing_from_the_network() {
        let body = "The puppet regime in Kiev.";
        let html = article_page(
            &score(
                "a.txt",
                vec![loaded("Kiev", body, Category::Naming, Some("Kyiv"))],
                vec![],
            ),
            body,
        );
        balanced(&html);
        assert!(html.contains("<meta name=\"viewport\""));
        assert!(!html.contains("<script") && !html.contains("<link") && !html.contains(" src=\""));
        assert!(!html.contains("http:") && !html.contains("https:") && !html.contains("url("));
    }

    #[test]
    fn the_tooltip_gives_category_alternative_and_contribution() {
        let body = "The puppet regime in Kiev.";
        let html = article_page(
            &score(
                "a.txt",
                vec![loaded("Kiev", body, Category::Naming, Some("Kyiv"))],
                vec![],
            ),
            body,
        );
        assert!(
            html.contains("<mark class=\"naming\" title=\"naming choices\nnot used: &quot;Kyiv&quot;\nmodel: &quot;Kiev&quot; +0.300 toward right\">Kiev</mark>"),
            "{html}"
        );
    }

    #[test]
    fn highlights_land_on_multi_byte_text() {
        let body = "Der Führer — «Kyiv» und Kiev.";
        let terms = vec![
            loaded("Führer", body, Category::Epithet, None),
            loaded("«Kyiv»", body, Category::ScareQuote, None),
            loaded("Kiev", body, Category::Naming, Some("Kyiv")),
        ];
        let html = article_page(&score("m.txt", terms, vec![]), body);
        balanced(&html);
        assert!(html.contains("Der <mark class=\"epithet\" title=\"epithets\">Führer</mark> — <mark class=\"scare_quote\""));
        assert!(html.contains(">«Kyiv»</mark> und <mark class=\"naming\""));
        assert!(html.contains(">Kiev</mark>."));
    }

    #[test]
    fn spans_off_char_boundaries_or_out_of_range_are_dropped() {
        let body = "Führer";
        let mut bad = loaded("Führer", body, Category::Epithet, None);
        bad.start = 2; // inside 'ü'
        let mut far = loaded("Führer", body, Category::Epithet, None);
        far.end = 99;
        let html = highlight_article(&score("x", vec![bad, far], vec![]), body);
        assert_eq!(html, "Führer");
    }

    fn plain(kind: Kind, first: bool) -> String {
        match kind {
            Kind::Attribution(i) => format!("<span{i}{}>", if first { "*" } else { "" }),
            Kind::Loaded(i) => format!("<mark{i}>"),
        }
    }

    #[test]
    fn nested_spans_nest() {
        let spans = vec![
            Span {
                start: 0,
                end: 10,
                kind: Kind::Attribution(0),
            },
            Span {
                start: 2,
                end: 4,
                kind: Kind::Loaded(0),
            },
        ];
        let html = highlight("0123456789", spans, plain);
        assert_eq!(html, "<span0*>01<mark0>23</mark>456789</span>");
    }

    #[test]
    fn crossing_spans_are_split_and_stay_balanced() {
        // Attribution 3..8 and a loaded term 1..5 cross; a second attribution 6..9 crosses the first.
        let spans = vec![
            Span {
                start: 3,
                end: 8,
                kind: Kind::Attribution(0),
            },
            Span {
                start: 1,
                end: 5,
                kind: Kind::Loaded(0),
            },
            Span {
                start: 6,
                end: 9,
                kind: Kind::Attribution(1),
            },
            Span {
                start: 3,
                end: 5,
                kind: Kind::Loaded(1),
            },
        ];
        let html = highlight("0123456789", spans, plain);
        assert_eq!(
            html,
            "0<mark0>12<span0*><mark1>34</mark></span></mark><span0>5<span1*>67</span></span><span1>8</span>9"
        );
        // Each piece closes what it opened, in order.
        let mut depth = 0i32;
        for part in html.split('<').skip(1) {
            depth += if part.starts_with('/') { -1 } else { 1 };
            assert!(depth >= 0);
        }
        assert_eq!(depth, 0);
    }

    /// Removes tags and undoes [`escape`]: what a reader sees as text.
    fn text_of(html: &str) -> String {
        let mut o = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => o.push(c),
                _ => {}
            }
        }
        o.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    /// The straightforward form of [`highlight`] (every span checked at every cut),
    /// which it must match byte for byte.
    fn highlight_by_scanning(
        text: &str,
        spans: Vec<Span>,
        open: impl Fn(Kind, bool) -> String,
    ) -> String {
        let mut spans: Vec<Span> = spans
            .into_iter()
            .filter(|s| {
                s.start < s.end
                    && s.end <= text.len()
                    && text.is_char_boundary(s.start)
                    && text.is_char_boundary(s.end)
            })
            .collect();
        // Outer first: earlier start, then longer, then attributions before marks.
        spans.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(matches!(a.kind, Kind::Loaded(_)).cmp(&matches!(b.kind, Kind::Loaded(_))))
        });
        let mut cuts: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
        cuts.push(0);
        cuts.push(text.len());
        cuts.sort_unstable();
        cuts.dedup();

        let mut out = String::with_capacity(text.len() * 2);
        let mut stack: Vec<usize> = Vec::new(); // indices into spans, outermost first
        let mut opened = vec![false; spans.len()];
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            // Spans covering a..b, in opening order.
            let active: Vec<usize> = (0..spans.len())
                .filter(|&i| spans[i].start <= a && spans[i].end >= b)
                .collect();
            // Keep the longest prefix of the stack that stays active; close the rest.
            let keep = stack.iter().take_while(|i| active.contains(i)).count();
            while stack.len() > keep {
                let i = stack.pop().expect("len > keep");
                out.push_str(close_tag(spans[i].kind));
            }
            for &i in &active {
                if !stack.contains(&i) {
                    out.push_str(&open(spans[i].kind, !opened[i]));
                    opened[i] = true;
                    stack.push(i);
                }
            }
            out.push_str(&escape(&text[a..b]));
        }
        while let Some(i) = stack.pop() {
            out.push_str(close_tag(spans[i].kind));
        }
        out
    }

    proptest::proptest! {

        #[test]
        fn highlighting_matches_checking_every_span_at_every_cut(
            raw in proptest::collection::vec((0usize..40, 0usize..40, proptest::bool::ANY), 0..16)
        ) {
            let text = "Der Führer — «Kyiv» <b>&</b> \"Kiev\" sagt's.";
            let spans: Vec<Span> = raw
                .iter()
                .enumerate()
                .map(|(i, &(a, b, attr))| Span {
                    start: a.min(b),
                    end: a.max(b),
                    kind: if attr { Kind::Attribution(i) } else { Kind::Loaded(i) },
                })
                .collect();
            proptest::prop_assert_eq!(
                highlight(text, spans.clone(), plain),
                highlight_by_scanning(text, spans, plain)
            );
        }
        #[test]
        fn any_spans_keep_the_tags_balanced_and_the_text_whole(
            raw in proptest::collection::vec((0usize..40, 0usize..40, proptest::bool::ANY), 0..12)
        ) {
            let text = "Der Führer — «Kyiv» <b>&</b> \"Kiev\" sagt's.";
            let spans: Vec<Span> = raw
                .iter()
                .enumerate()
                .map(|(i, &(a, b, attr))| Span {
                    start: a.min(b),
                    end: a.max(b),
                    kind: if attr { Kind::Attribution(i) } else { Kind::Loaded(i) },
                })
                .collect();
            let html = highlight(text, spans, |kind, _| match kind {
                Kind::Attribution(_) => "<span class=\"q\">".to_string(),
                Kind::Loaded(_) => "<mark>".to_string(),
            });
            balanced(&html);
            proptest::prop_assert_eq!(text_of(&html), text);
        }
    }

    #[test]
    fn many_sections_get_a_table_of_contents() {
        let body = "Plain text.";
        let a = article_section(&score("one & two", vec![], vec![]), Some(body));
        let b = article_section(&score("three", vec![], vec![]), None);
        let html = page("slant: 2 articles", &[a, b]);
        balanced(&html);
        assert!(html.contains("<a href=\"#article-1\">one &amp; two</a>"));
        assert!(html.contains("<a href=\"#article-2\">three</a>"));
        assert!(html.contains("id=\"article-2\""));
        let one = page(
            "x",
            &[article_section(&score("x", vec![], vec![]), Some(body))],
        );
        assert!(!one.contains("class=\"toc\""));
    }

    #[test]
    fn the_renderer_gives_bars_scale_and_sourcing() {
        let body = "\"We will win,\" said Volkova. Officials said more.";
        let a = attribution(
            body,
            "\"We will win,\" said Volkova.",
            Some("Irina Volkova"),
            true,
        );
        let b = attribution(body, "Officials said more.", None, false);
        let s = score("v.txt", vec![], vec![a, b]);
        let html = Html.article_with_text(&s, body);
        balanced(&html);
        assert!(html.contains("class=\"fill right\" style=\"width:50.0%\""));
        assert!(html.contains("<svg class=\"scale\""));
        assert!(html.contains("data-who=\"Irina Volkova\""));
        assert!(html.contains("data-who=\"anonymous: officials\""));
        assert!(html.contains("<td>Russia</td>"));
        assert!(html.contains("class=\"dv-bar right\" style=\"left:50%;width:50.0%\""));
        assert!(html.contains("class=\"dv-bar left\" style=\"right:50%;width:16.7%\""));
        let without = Html.article(&s);
        balanced(&without);
        assert!(without.contains("The article text was not given"));
    }
}
