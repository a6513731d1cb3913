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
//! The page frame and the charts live in `report/html_parts.rs` (shared with the
//! comparison pages) and are re-exported here: [`escape`], [`page`], [`Section`],
//! [`PageWriter`], [`bars`], [`diverging_bars`], [`scale`].

pub use super::html_parts::{
    bars, diverging_bars, escape, label_class, page, scale, Bar, PageWriter, Section,
    CONTENTS_LIMIT, CSS,
};

use super::html_parts::push_escaped;
use super::{attribution_row, pct, reading, signed, Render};
use crate::features::lexicon::{Category, Voice};
use crate::features::sourcing::{Attribution, SourceKind};
use crate::model::{LabelRoles, Role};
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

/// A one-article page: [`article_section`] with the text, wrapped by [`page`].
pub fn article_page(score: &ArticleScore, text: &str) -> String {
    page(&score.id, &[article_section(score, Some(text))])
}

/// For an article extracted from a web page: where it came from and how many characters
/// of page furniture (menus, links, scripts' text, comments) the extractor dropped, so a
/// reader knows the highlighted text is slant's extraction, not the whole page.
pub fn extraction_note(article: &crate::corpus::Article) -> Option<String> {
    let dropped: usize = article.field("dropped_chars")?.parse().ok()?;
    let mut o = String::from("<p class=\"note extraction\">Extracted from a web page");
    if let Some(url) = article.field("url") {
        o.push_str(" (");
        push_escaped(&mut o, url);
        o.push(')');
    }
    let _ = writeln!(
        o,
        ": the text below is the article body; {dropped} characters of menus, links and \
         other page furniture were dropped.</p>"
    );
    Some(o)
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
    let quoted = score.loaded_counts_quoted.values().sum::<usize>();
    meta.push(format!(
        "{} loaded terms (loaded density {:.1} per 100 words), {quoted} more inside quotations",
        score.loaded_terms.len() - quoted,
        score.loaded_density
    ));
    let _ = writeln!(o, "<p class=\"meta\">{}</p>", meta.join(" · "));
    let _ = writeln!(
        o,
        "<p class=\"verdict\"><b class=\"lbl\">{}</b>: {}.</p>",
        escape(&score.label),
        escape(&reading(score))
    );
    let _ = writeln!(
        o,
        "<p class=\"summary\">{}</p>",
        escape(&super::summary::summary(score))
    );

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
            Role::Left.name(),
            Role::Right.name(),
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

    o.push_str(&super::frames::html_block(score, text));
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
            "<tr><td><mark class=\"{}\">{}</mark></td><td>{}{}</td><td>{}</td><td>{}</td></tr>",
            t.category.id(),
            escape(&t.text),
            escape(t.category.label()),
            if t.voice == Voice::Quoted {
                " (inside a quotation)"
            } else {
                ""
            },
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
    let has_lr = LabelRoles::of(&labels).has_left_and_right();
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
        for side in [Role::Left, Role::Right] {
            for t in (score.top_terms.iter()).filter(|t| Role::of(&t.toward) == Some(side)) {
                let v = if side == Role::Left {
                    -t.contribution
                } else {
                    t.contribution
                };
                rows.push((term_name(t), v, side.name()));
            }
        }
        rows.sort_by(|a, b| a.1.total_cmp(&b.1));
        o.push_str(&diverging_bars(
            Role::Left.name(),
            Role::Right.name(),
            &rows,
        ));
    }
    for label in labels
        .iter()
        .filter(|l| !has_lr || !matches!(Role::of(l), Some(Role::Left | Role::Right)))
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

/// A term as shown in the chart: as written, with its count when above one, and
/// "(none)" for a block feature the article lacks.
fn term_name(t: &TopTerm) -> String {
    match t.count {
        0 => format!("{} (none)", t.term),
        1 => t.term.clone(),
        n => format!("{} ×{n}", t.term),
    }
}

/// The sourcing figures, a chart of voices by group (or side) and the attribution table.
fn sourcing_html(score: &ArticleScore) -> String {
    let s = &score.sourcing;
    let mut o = String::from("<h3>Sourcing</h3>\n<div class=\"figures\">");
    let _ = write!(
        o,
        "<span>voices <b>{}</b></span><span>balance <b>{:.2}</b></span><span>top voice share <b>{:.2}</b></span><span>top group share <b>{:.2}</b></span><span>anonymous share <b>{:.2}</b></span><span>collective share <b>{:.2}</b></span><span>quoted words <b>{:.0}%</b></span>",
        s.voices,
        s.balance,
        s.top_voice_share,
        s.top_group_share,
        s.anonymous_share,
        s.collective_share,
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
    let mut depth: Vec<Option<usize>> = vec![None; spans.len()]; // a span's place on the stack
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
            if let Some(d) = depth[i] {
                keep = keep.min(d);
            }
            next_end += 1;
        }
        reopen.clear();
        while stack.len() > keep {
            let i = stack.pop().expect("len > keep");
            depth[i] = None;
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
            depth[i] = Some(stack.len());
            stack.push(i);
        }
        push_escaped(&mut out, &text[a..b]);
    }
    while let Some(i) = stack.pop() {
        out.push_str(close_tag(spans[i].kind));
    }
    out
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
    if t.voice == Voice::Quoted {
        tip.push_str("\ninside a quotation: the speaker's words");
    }
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
        "<mark class=\"{}{}\" title=\"{}\">",
        t.category.id(),
        if t.voice == Voice::Quoted {
            " quoted"
        } else {
            ""
        },
        escape(&tip)
    )
}

/// The top terms that match a loaded term: the same words (case aside), one
/// containing the other as whole words, or the category's block feature.
fn matching_terms<'a>(t: &LoadedTermReport, top: &'a [TopTerm]) -> Vec<&'a TopTerm> {
    let loaded = words(&t.text);
    top.iter()
        .filter(|tt| {
            if crate::features::BlockFeature::parse(&tt.stem)
                == Some(crate::features::BlockFeature::Loaded(t.category))
            {
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
    use crate::features::sourcing::{ContentKind, Sourcing, SpeakerKind};

    fn loaded(text: &str, body: &str, category: Category, alt: Option<&str>) -> LoadedTermReport {
        let start = body.find(text).expect("term in body");
        LoadedTermReport {
            text: text.into(),
            category,
            start,
            end: start + text.len(),
            alternative: alt.map(Into::into),
            voice: Voice::Outlet,
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
            quote_start: Some(start),
            quote_end: Some(start + span.len()),
            start,
            end: start + span.len(),
            kind: if speaker.is_some() {
                SourceKind::Named
            } else {
                SourceKind::Anonymous
            },
            source_kind: if speaker.is_some() {
                SpeakerKind::Person
            } else {
                SpeakerKind::Anonymous
            },
            content_kind: if direct {
                ContentKind::Direct
            } else {
                ContentKind::Indirect
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
            baseline: vec![],
            absent_terms: vec![],
            loaded_terms,
            loaded_density: 1.0,
            loaded_density_quoted: 0.0,
            loaded_unflagged: 0.0,
            loaded_counts_quoted: Category::ALL.iter().map(|&c| (c, 0)).collect(),
            loaded_counts,
            naming_choices: Vec::new(),
            sourcing,
            learned_terms: Vec::new(),
            note: None,
            frames: Vec::new(),
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
    fn the_extraction_note_escapes_the_url_and_needs_a_dropped_count() {
        let mut a = crate::corpus::Article::new("p", "Body.");
        assert_eq!(extraction_note(&a), None);
        a.extra = vec![
            ("url".into(), "https://x.example/?a=<b>&c".into()),
            ("dropped_chars".into(), "1204".into()),
        ];
        let note = extraction_note(&a).unwrap();
        assert!(
            note.contains("https://x.example/?a=&lt;b&gt;&amp;c"),
            "{note}"
        );
        assert!(note.contains("1204 characters"), "{note}");
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
    fn escape_shows_control_and_bidi_characters_and_keeps_line_breaks() {
        assert_eq!(
            escape("a \u{1b}[31mred\u{1b}[0m \u{202e}cba\u{202c} \u{2066}x\u{2069}\u{7f}"),
            "a \\u{1b}[31mred\\u{1b}[0m \\u{202e}cba\\u{202c} \\u{2066}x\\u{2069}\\u{7f}"
        );
        assert_eq!(escape("one\r\ntwo\tthree\n"), "one\r\ntwo\tthree\n");
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
        // The summary, written from the score, quotes the term and its alternative escaped.
        assert!(html.contains(
            "says &quot;&lt;script&gt;&quot; (not &quot;&quot;&gt;&lt;img src=x&gt;&quot;)"
        ));
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
