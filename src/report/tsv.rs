//! Tab-separated rows: one line per article with its figures, for spreadsheets
//! and statistics packages (`slant score --format tsv`).

use crate::score::ScoreRow;
use std::fmt::Write;

/// The header line for a model with these labels.
pub fn header(labels: &[String]) -> String {
    let mut s = String::from("id\toutlet\tlabel");
    for l in labels {
        let _ = write!(s, "\tp_{}", field(l));
    }
    s.push_str(
        "\tslant\tpartisanship\twords\tloaded_per_100_words\tvoices\tbalance\tanonymous_share\tquote_share\n",
    );
    s
}

/// One article's line; text fields have tabs and line breaks turned into spaces.
pub fn row(r: &ScoreRow) -> String {
    let mut s = format!(
        "{}\t{}\t{}",
        field(&r.id),
        field(r.outlet.as_deref().unwrap_or("")),
        field(&r.label)
    );
    for p in &r.probabilities {
        let _ = write!(s, "\t{p:.4}");
    }
    let opt = |v: Option<f64>| v.map_or_else(String::new, |v| format!("{v:.4}"));
    let _ = writeln!(
        s,
        "\t{}\t{}\t{}\t{:.2}\t{}\t{:.4}\t{:.4}\t{:.4}",
        opt(r.slant),
        opt(r.partisanship),
        r.words,
        r.loaded_density,
        r.voices,
        r.balance,
        r.anonymous_share,
        r.quote_share
    );
    s
}

/// A text field made safe for one TSV cell.
fn field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ScoreRow {
        ScoreRow {
            id: "a\tb\nc".into(),
            outlet: None,
            label: "left".into(),
            probabilities: vec![0.5, 0.25, 0.25],
            slant: Some(-0.25),
            partisanship: Some(0.75),
            words: 120,
            loaded_density: 2.5,
            voices: 3,
            balance: 0.63,
            anonymous_share: 0.0,
            quote_share: 0.125,
        }
    }

    #[test]
    fn a_row_has_one_cell_per_header_column() {
        let labels = ["center".to_string(), "left".into(), "right".into()];
        let h = header(&labels);
        let r = row(&sample());
        assert_eq!(h.matches('\t').count(), r.matches('\t').count());
        assert!(h.starts_with("id\toutlet\tlabel\tp_center\tp_left\tp_right\tslant\t"));
        assert!(r.ends_with('\n') && r.lines().count() == 1);
    }

    #[test]
    fn tabs_and_line_breaks_in_text_become_spaces() {
        let r = row(&sample());
        assert!(
            r.starts_with("a b c\t\tleft\t0.5000\t0.2500\t0.2500\t-0.2500\t0.7500\t120\t2.50\t3\t")
        );
    }
}
