//! HTML pages for comparisons, event lists and the ordering benchmark, built from
//! the pieces of [`super::html`] (page, escaping, bars, scale).

use super::html_parts::{bars, escape, label_class, page, scale, Bar, Section};
use super::{comparison_rows, event_key, naming_line, pct};
use crate::compare::{Comparison, Event, OrderingAccuracy};
use crate::model::Role;
use std::fmt::Write;

/// A table with a header row and body rows; every cell is plain text, escaped here.
fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut o = String::from("<div class=\"scroll\"><table>\n<thead><tr>");
    for h in header {
        let _ = write!(o, "<th>{}</th>", escape(h));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        o.push_str("<tr>");
        for c in r {
            let _ = write!(o, "<td>{}</td>", escape(c));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody></table></div>\n");
    o
}

/// The comparison page: figures with outlets as columns, each outlet's slant on the
/// left–right scale, who spoke where, distinctive words shaded by z, naming pairs, verdict.
pub fn comparison_page(c: &Comparison) -> String {
    let outlets: Vec<String> = c.outlets.iter().map(|o| o.outlet.clone()).collect();
    let mut sections = Vec::new();

    let mut body = format!("<p class=\"summary\">{}</p>\n", escape(&c.verdict.text));
    let mut header = vec![String::new()];
    header.extend(outlets.iter().cloned());
    let rows: Vec<Vec<String>> = comparison_rows(c)
        .into_iter()
        .map(|(name, cells)| std::iter::once(name).chain(cells).collect())
        .collect();
    body.push_str(&table(&header, &rows));
    for o in &c.outlets {
        let _ = writeln!(body, "<h3>{}</h3>", escape(&o.outlet));
        let probs: Vec<Bar> = o
            .probabilities
            .iter()
            .map(|(label, p)| Bar {
                name: label.clone(),
                fraction: *p,
                shown: pct(*p),
                class: label_class(label),
            })
            .collect();
        body.push_str(&bars(&format!("label probabilities, {}", o.outlet), &probs));
        body.push_str(&scale(
            &format!("slant of {}", o.outlet),
            Role::Left.name(),
            Role::Right.name(),
            o.slant,
        ));
    }
    sections.push(Section {
        heading: "Scores side by side".into(),
        note: format!("{} outlets", c.outlets.len()),
        body,
    });

    let mut header = vec!["voice".to_string()];
    header.extend(outlets.iter().cloned());
    header.push("only in".into());
    let rows: Vec<Vec<String>> = c
        .voices
        .iter()
        .map(|v| {
            let mut r = vec![v.voice.clone()];
            r.extend(
                v.counts
                    .iter()
                    .map(|n| if *n == 0 { "·".into() } else { n.to_string() }),
            );
            r.push(v.only_in.clone().unwrap_or_default());
            r
        })
        .collect();
    let body = if rows.is_empty() {
        "<p>No named voices.</p>\n".to_string()
    } else {
        table(&header, &rows)
    };
    sections.push(Section {
        heading: "Who spoke where".into(),
        note: format!("{} voices", c.voices.len()),
        body,
    });

    let mut body = format!(
        "<p>Log-odds of each word in one outlet against the others, with an informative Dirichlet prior (a0 = {:.0}); shown when z ≥ {:.2}. Darker means a larger z.</p>\n",
        c.prior_mass, c.min_z
    );
    for (o, terms) in c.outlets.iter().zip(&c.distinctive) {
        let _ = write!(body, "<h3>{}</h3>\n<p class=\"words\">", escape(&o.outlet));
        if terms.is_empty() {
            body.push_str("no word reaches the threshold");
        }
        for t in terms {
            let strength = ((t.z - c.min_z) / 4.0).clamp(0.0, 1.0);
            let _ = write!(
                body,
                "<span class=\"word\" style=\"background:rgba(60,90,160,{:.2})\" title=\"z {:.2}; {} here vs {} elsewhere\">{}</span> ",
                0.15 + 0.6 * strength,
                t.z,
                t.count,
                t.count_others,
                escape(&t.term)
            );
        }
        body.push_str("</p>\n");
    }
    if !c.naming.is_empty() {
        body.push_str("<h3>Naming choices</h3>\n<ul>\n");
        for pair in &c.naming {
            let _ = writeln!(body, "<li>{}</li>", escape(&naming_line(c, pair)));
        }
        body.push_str("</ul>\n");
    }
    sections.push(Section {
        heading: "Word choice".into(),
        note: "distinctive words and naming pairs".into(),
        body,
    });
    if let Some(f) = &c.frames {
        let (header, rows, lines) = super::frames::comparison_html_parts(f);
        let mut body = format!(
            "<p>{}</p>\n<p>Articles where each frame is present, of the outlet's articles, and the frame's mean probability.</p>\n",
            escape(&f.text)
        );
        if rows.is_empty() {
            body.push_str("<p>No compared article uses a frame.</p>\n");
        } else {
            body.push_str(&table(&header, &rows));
        }
        let _ = writeln!(
            body,
            "<h3>Frames each outlet uses most above the others</h3>\n<p>{}</p>\n<ul>",
            escape(&f.method)
        );
        if lines.is_empty() {
            body.push_str("<li>none</li>\n");
        }
        for l in &lines {
            let _ = writeln!(body, "<li>{}</li>", escape(l));
        }
        body.push_str("</ul>\n");
        sections.push(Section {
            heading: "Frames".into(),
            note: format!("{} frames", f.frames.len()),
            body,
        });
    }
    page("slant: coverage compared", &sections)
}

/// The events of a corpus as one table, most divergent first.
pub fn events_page(events: &[Event]) -> String {
    let rows: Vec<Vec<String>> = events
        .iter()
        .map(|e| {
            let outlets: Vec<String> = e
                .outlets
                .iter()
                .map(|o| format!("{} ({:+.2})", o.outlet, o.slant))
                .collect();
            vec![
                event_key(e),
                format!("{:.3}", e.slant_range),
                outlets.join(", "),
            ]
        })
        .collect();
    let header = ["event", "slant range", "outlets (slant)"].map(String::from);
    page(
        "slant: events covered by several outlets",
        &[Section {
            heading: "Events".into(),
            note: format!("{} events", events.len()),
            body: table(&header, &rows),
        }],
    )
}

/// The pairwise ordering benchmark as a small table.
pub fn ordering_page(o: &OrderingAccuracy) -> String {
    let rows = vec![
        vec!["groups".into(), o.groups.to_string()],
        vec!["pairs".into(), o.pairs.to_string()],
        vec!["correct".into(), o.correct.to_string()],
        vec!["accuracy".into(), format!("{:.3}", o.accuracy)],
        vec!["left < center".into(), format!("{:.3}", o.left_center)],
        vec!["center < right".into(), format!("{:.3}", o.center_right)],
        vec!["left < right".into(), format!("{:.3}", o.left_right)],
    ];
    page(
        "slant: pairwise ordering accuracy",
        &[Section {
            heading: "Ordering by slant".into(),
            note: String::new(),
            body: table(&["figure".into(), "value".into()], &rows),
        }],
    )
}
