//! Tab-separated rows: one line per article with its figures, for spreadsheets
//! and statistics packages (`slant score --format tsv`).

use crate::score::ScoreRow;
use std::fmt::Write;

/// The header line for a model with these labels.
pub fn header(labels: &[String]) -> String {
    header_with_frames(labels, &[])
}

/// The header line for a model with these labels and a frame model with these
/// frames: one `p_<frame>` column per frame, after every other column.
pub fn header_with_frames(labels: &[String], frames: &[String]) -> String {
    let mut s = String::from("id\toutlet\tlabel");
    for l in labels {
        s.push_str("\tp_");
        push_field(&mut s, l);
    }
    s.push_str(
        "\tslant\tpartisanship\twords\tloaded_per_100_words\tvoices\tbalance\tanonymous_share\tquote_share",
    );
    for f in frames {
        s.push_str("\tp_");
        push_field(&mut s, f);
    }
    s.push('\n');
    s
}

/// One article's line; text fields have tabs and line breaks turned into spaces.
pub fn row(r: &ScoreRow) -> String {
    let mut s = String::with_capacity(160);
    push_field(&mut s, &r.id);
    s.push('\t');
    push_field(&mut s, r.outlet.as_deref().unwrap_or(""));
    s.push('\t');
    push_field(&mut s, &r.label);
    for &p in &r.probabilities {
        s.push('\t');
        push_fixed(&mut s, p, 4);
    }
    for v in [r.slant, r.partisanship] {
        s.push('\t');
        if let Some(v) = v {
            push_fixed(&mut s, v, 4);
        }
    }
    s.push('\t');
    push_digits(&mut s, r.words as u64, 1);
    s.push('\t');
    push_fixed(&mut s, r.loaded_density, 2);
    s.push('\t');
    push_digits(&mut s, r.voices as u64, 1);
    for v in [r.balance, r.anonymous_share, r.quote_share] {
        s.push('\t');
        push_fixed(&mut s, v, 4);
    }
    for &p in &r.frames {
        s.push('\t');
        push_fixed(&mut s, p, 4);
    }
    s.push('\n');
    s
}

/// A text field made safe for one TSV cell, appended to `out`: tabs, line
/// breaks, other control characters (ESC) and bidirectional overrides become spaces.
fn push_field(out: &mut String, s: &str) {
    out.extend(
        s.chars()
            .map(|c| if super::is_invisible(c) { ' ' } else { c }),
    );
}

/// Appends `v` with `decimals` digits after the point, exactly as `{v:.decimals$}`
/// writes it (correctly rounded, ties to even), without the general formatter:
/// the value's binary mantissa times 10^decimals is shifted in 128-bit integers.
fn push_fixed(out: &mut String, v: f64, decimals: u32) {
    if !v.is_finite() || v.abs() >= 1e12 || decimals > 6 {
        let _ = write!(out, "{v:.*}", decimals as usize);
        return;
    }
    let bits = v.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    // v = mantissa * 2^shift, exactly.
    let (mantissa, shift) = if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, exponent - 1075)
    };
    let scaled = u128::from(mantissa) * 10u128.pow(decimals);
    let units = if shift >= 0 {
        scaled << shift
    } else if -shift >= 128 {
        0 // below half a unit: scaled < 2^88
    } else {
        let sh = -shift as u32;
        let (whole, rest) = (scaled >> sh, scaled & ((1u128 << sh) - 1));
        let half = 1u128 << (sh - 1);
        match rest.cmp(&half) {
            std::cmp::Ordering::Greater => whole + 1,
            std::cmp::Ordering::Equal => whole + (whole & 1),
            std::cmp::Ordering::Less => whole,
        }
    };
    if bits >> 63 == 1 {
        out.push('-');
    }
    // |v| < 10^12 and `decimals` <= 6: the units (< 10^18) fit in 64 bits.
    let units = units as u64;
    let unit = 10u64.pow(decimals);
    push_digits(out, units / unit, 1);
    if decimals > 0 {
        out.push('.');
        push_digits(out, units % unit, decimals as usize);
    }
}

/// Appends `n` in decimal with at least `width` digits (zeros before), as
/// `{n:0width$}` writes it, without the general formatter. `width` is at most 20,
/// the digits of `u64::MAX`.
fn push_digits(out: &mut String, mut n: u64, width: usize) {
    debug_assert!(width <= 20, "{width} digits");
    let mut buf = [b'0'; 20];
    let mut at = buf.len();
    while n > 0 || buf.len() - at < width {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.push_str(std::str::from_utf8(&buf[at..]).expect("ASCII digits"));
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
            frames: Vec::new(),
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
    fn fixed_point_digits_match_the_formatter() {
        let mut values = vec![
            0.0,
            -0.0,
            0.125,
            0.375,
            2.5,
            0.5,
            1.5,
            -0.00001,
            0.00005,
            0.00015,
            0.00025,
            1.0,
            -1.0,
            0.99995,
            0.999_949_999,
            99.995,
            123.456_789,
            5e-324,
            1e-300,
            999.999_95,
            f64::NAN,
            f64::INFINITY,
            -f64::INFINITY,
            1e13,
            -2.675,
            // The largest values written without the formatter, at six places: their
            // units (up to 10^18 after rounding) must fit the 64-bit digits.
            999_999_999_999.999_9,
            -999_999_999_999.999_5,
            999_999_999_999.5,
            1e12,
            -0.000_000_5,
            0.000_000_5,
            -0.000_001_5,
        ];
        // A spread of values, many of them near a rounding boundary.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = (x >> 11) as f64 / (1u64 << 53) as f64;
            values.push(v * 2.0 - 1.0);
            values.push((v * 1e4).round() / 1e4 + 0.000_05);
            values.push(v * 300.0);
        }
        for v in values {
            for d in [0, 2, 4, 6, 7] {
                let mut got = String::new();
                push_fixed(&mut got, v, d);
                assert_eq!(got, format!("{v:.*}", d as usize), "{v:e} to {d} places");
            }
        }
    }

    #[test]
    fn digits_are_written_as_the_formatter_writes_them() {
        for n in [0u64, 1, 9, 10, 99, 100, 12_345, u64::MAX] {
            for width in [1, 2, 4, 9, 20] {
                let mut got = String::new();
                push_digits(&mut got, n, width);
                assert_eq!(got, format!("{n:0width$}"));
            }
        }
    }

    #[test]
    fn tabs_and_line_breaks_in_text_become_spaces() {
        let r = row(&sample());
        assert!(
            r.starts_with("a b c\t\tleft\t0.5000\t0.2500\t0.2500\t-0.2500\t0.7500\t120\t2.50\t3\t")
        );
    }
}
