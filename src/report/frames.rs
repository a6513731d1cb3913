//! The frames of an article in each report format: the frames present, the words
//! that carried them, and the sentences they sit in.

use super::html::escape;
use super::markdown::md_escape;
use super::{one_line, pct, signed};
use crate::compare::frames::p_text;
use crate::compare::{Comparison, FrameComparison, FrameContrast};
use crate::frames::{frame_name, FrameScore};
use crate::score::ArticleScore;
use std::fmt::Write;

/// How many characters of a frame sentence a text or Markdown report shows.
const SENTENCE_CHARS: usize = 160;

/// The frames present, strongest first.
fn present(s: &ArticleScore) -> Vec<&FrameScore> {
    let mut p: Vec<&FrameScore> = s.frames.iter().filter(|f| f.present).collect();
    p.sort_by(|a, b| b.probability.total_cmp(&a.probability));
    p
}

/// The evidence of a frame as "word (+0.12), …".
fn evidence_list(f: &FrameScore) -> String {
    f.evidence
        .iter()
        .map(|e| format!("{} ({})", one_line(&e.text), signed(e.weight)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A body sentence, cut to [`SENTENCE_CHARS`] characters on one line.
fn sentence(body: &str, start: usize, end: usize) -> String {
    let text = one_line(body.get(start..end).unwrap_or("")).into_owned();
    match text.char_indices().nth(SENTENCE_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

/// The frames block of the terminal report (empty without frames).
pub(crate) fn text_block(s: &ArticleScore, body: Option<&str>) -> String {
    if s.frames.is_empty() {
        return String::new();
    }
    let mut o = String::new();
    let p = present(s);
    let _ = writeln!(o, "frames present: {}", p.len());
    for f in p {
        let _ = writeln!(
            o,
            "  {:<46} {:>6}  {}",
            frame_name(&f.frame),
            pct(f.probability),
            evidence_list(f)
        );
        if let Some(body) = body {
            for x in f.sentences.iter().take(2) {
                let _ = writeln!(
                    o,
                    "      @{:<6} {}",
                    x.start,
                    sentence(body, x.start, x.end)
                );
            }
        }
    }
    o
}

/// The frames section of the Markdown report (empty without frames).
pub(crate) fn markdown_block(s: &ArticleScore, body: Option<&str>) -> String {
    if s.frames.is_empty() {
        return String::new();
    }
    let mut o = String::from("\n### Frames\n\n| frame | probability | evidence |\n|---|---|---|\n");
    let p = present(s);
    for f in &p {
        let _ = writeln!(
            o,
            "| {} | {} | {} |",
            md_escape(&frame_name(&f.frame)),
            pct(f.probability),
            md_escape(&evidence_list(f))
        );
    }
    if let Some(body) = body {
        for f in &p {
            if f.sentences.is_empty() {
                continue;
            }
            let _ = writeln!(o, "\n**{}**\n", md_escape(&frame_name(&f.frame)));
            for x in f.sentences.iter().take(3) {
                let _ = writeln!(o, "> {}", md_escape(&sentence(body, x.start, x.end)));
            }
        }
    }
    o
}

/// The colour of the frame at `index` of the model's frames: hues spread round the wheel.
fn colour(index: usize) -> String {
    let hue = (index * 137) % 360;
    format!("hsl({hue} 70% 82%)")
}

/// The frames section of the HTML page: a legend (a colour per frame present, with its
/// probability), and each sentence carrying a frame with its evidence words marked in
/// the frame's colour.
pub(crate) fn html_block(s: &ArticleScore, body: Option<&str>) -> String {
    if s.frames.is_empty() {
        return String::new();
    }
    let mut o = String::from("<h3>Frames</h3>\n<ul class=\"legend\">\n");
    let p = present(s);
    let index = |f: &FrameScore| {
        s.frames
            .iter()
            .position(|x| x.frame == f.frame)
            .unwrap_or(0)
    };
    if p.is_empty() {
        o.push_str("<li>no frame present</li>\n");
    }
    for f in &p {
        let _ = writeln!(
            o,
            "<li><span class=\"sw\" style=\"background:{}\"></span>{} ({})</li>",
            colour(index(f)),
            escape(&frame_name(&f.frame)),
            pct(f.probability)
        );
    }
    o.push_str("</ul>\n");
    let Some(body) = body else {
        for f in &p {
            let _ = writeln!(
                o,
                "<p><b>{}</b>: {}</p>",
                escape(&frame_name(&f.frame)),
                escape(&evidence_list(f))
            );
        }
        return o;
    };
    // Each sentence once, in text order, with the frames it carries.
    let mut sentences: Vec<(usize, usize, Vec<&FrameScore>)> = Vec::new();
    for f in &p {
        for x in &f.sentences {
            match sentences.iter_mut().find(|(a, _, _)| *a == x.start) {
                Some((_, _, fs)) => fs.push(f),
                None => sentences.push((x.start, x.end, vec![f])),
            }
        }
    }
    sentences.sort_by_key(|x| x.0);
    o.push_str("<div class=\"text\">\n");
    for (start, end, fs) in sentences {
        let Some(text) = body.get(start..end) else {
            continue;
        };
        // Evidence spans inside the sentence, each in the colour of the first frame
        // (strongest) that has it.
        let mut marks: Vec<(usize, usize, usize)> = Vec::new();
        for f in &fs {
            for e in f.evidence.iter().filter(|e| !e.in_title) {
                if e.start >= start
                    && e.end <= end
                    && !marks.iter().any(|m| e.start < m.1 && m.0 < e.end)
                {
                    marks.push((e.start, e.end, index(f)));
                }
            }
        }
        marks.sort_unstable();
        let chips: Vec<String> = fs
            .iter()
            .map(|f| {
                format!(
                    "<span class=\"sw\" style=\"background:{}\" title=\"{}\"></span>",
                    colour(index(f)),
                    escape(&frame_name(&f.frame))
                )
            })
            .collect();
        let mut at = start;
        let mut marked = String::new();
        for (a, b, i) in marks {
            marked.push_str(&escape(&body[at..a]));
            let _ = write!(
                marked,
                "<mark style=\"background:{}\">{}</mark>",
                colour(i),
                escape(&body[a..b])
            );
            at = b;
        }
        marked.push_str(&escape(&body[at..end]));
        debug_assert!(text.len() == end - start);
        let _ = writeln!(o, "<p>{}{marked}</p>", chips.join(""));
    }
    o.push_str("</div>\n");
    o
}

/// The frame-profile table of a comparison: one row per frame some compared article
/// uses (name, then per outlet "present/articles, mean probability").
pub(crate) fn profile_rows(f: &FrameComparison) -> Vec<(String, Vec<String>)> {
    f.frames
        .iter()
        .enumerate()
        .filter(|&(j, _)| f.outlets.iter().any(|o| o.frames[j].present > 0))
        .map(|(j, frame)| {
            let cells = f
                .outlets
                .iter()
                .map(|o| {
                    let u = &o.frames[j];
                    format!("{}/{} · {}", u.present, o.articles, pct(u.mean_probability))
                })
                .collect();
            (frame_name(frame), cells)
        })
        .collect()
}

/// The frames each outlet uses more than the others: its leading frame and every
/// significant one, with counts and p-values, one line each.
pub(crate) fn contrast_lines(f: &FrameComparison) -> Vec<String> {
    let mut shown: Vec<&FrameContrast> = f.leading.iter().flatten().collect();
    for t in f.tests.iter().filter(|t| t.significant) {
        if !shown
            .iter()
            .any(|s| s.outlet == t.outlet && s.frame == t.frame)
        {
            shown.push(t);
        }
    }
    shown
        .iter()
        .map(|t| {
            format!(
                "{}: {} in {} of {}, the others {} of {}; p = {}, Holm-adjusted p = {}{}",
                t.outlet,
                frame_name(&t.frame),
                t.present,
                t.articles,
                t.others_present,
                t.others_articles,
                p_text(t.p_value),
                p_text(t.p_holm),
                if t.significant { " (significant)" } else { "" }
            )
        })
        .collect()
}

/// The frames block of the terminal comparison (empty without frames).
pub(crate) fn comparison_text(c: &Comparison) -> String {
    let Some(f) = &c.frames else {
        return String::new();
    };
    let mut o = String::from("\nframes (articles where present / articles · mean probability):\n");
    let rows = profile_rows(f);
    if rows.is_empty() {
        o.push_str("  no compared article uses a frame\n");
        return o;
    }
    let name_w = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..f.outlets.len())
        .map(|k| {
            rows.iter()
                .map(|r| r.1[k].chars().count())
                .chain([f.outlets[k].outlet.chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let _ = write!(o, "  {:name_w$}", "");
    for (x, w) in f.outlets.iter().zip(&widths) {
        let _ = write!(o, "  {:>w$}", x.outlet);
    }
    o.push('\n');
    for (name, cells) in &rows {
        let _ = write!(o, "  {name:name_w$}");
        for (cell, w) in cells.iter().zip(&widths) {
            let _ = write!(o, "  {cell:>w$}");
        }
        o.push('\n');
    }
    let _ = writeln!(
        o,
        "frames each outlet uses most above the others, marked (significant) when they pass ({}):",
        f.method
    );
    let lines = contrast_lines(f);
    if lines.is_empty() {
        o.push_str("  none\n");
    }
    for l in lines {
        let _ = writeln!(o, "  {l}");
    }
    o
}

/// The frames section of the Markdown comparison (empty without frames).
pub(crate) fn comparison_markdown(c: &Comparison) -> String {
    let Some(f) = &c.frames else {
        return String::new();
    };
    let mut o = String::from(
        "\n### Frames\n\nArticles where each frame is present, of the outlet's articles, and the frame's mean probability.\n\n",
    );
    let rows = profile_rows(f);
    if rows.is_empty() {
        o.push_str("No compared article uses a frame.\n");
        return o;
    }
    let header: Vec<String> = f.outlets.iter().map(|x| md_escape(&x.outlet)).collect();
    let _ = writeln!(o, "| frame | {} |", header.join(" | "));
    let _ = writeln!(o, "|---|{}", "---|".repeat(f.outlets.len()));
    for (name, cells) in &rows {
        let cells: Vec<String> = cells.iter().map(|x| md_escape(x)).collect();
        let _ = writeln!(o, "| {} | {} |", md_escape(name), cells.join(" | "));
    }
    let _ = writeln!(
        o,
        "\nFrames each outlet uses most above the others, marked (significant) when they pass ({}):\n",
        md_escape(&f.method)
    );
    let lines = contrast_lines(f);
    if lines.is_empty() {
        o.push_str("- none\n");
    }
    for l in lines {
        let _ = writeln!(o, "- {}", md_escape(&l));
    }
    o
}

/// The frames section of the HTML comparison: the profile table's header and rows,
/// and the contrast lines, all plain text (escaped by the page's table).
pub(crate) fn comparison_html_parts(
    f: &FrameComparison,
) -> (Vec<String>, Vec<Vec<String>>, Vec<String>) {
    let mut header = vec!["frame".to_string()];
    header.extend(f.outlets.iter().map(|x| x.outlet.clone()));
    let rows = profile_rows(f)
        .into_iter()
        .map(|(name, cells)| std::iter::once(name).chain(cells).collect())
        .collect();
    (header, rows, contrast_lines(f))
}
