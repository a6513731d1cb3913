//! The dense figures a lean model reads, and their length-neutral form.
//!
//! Counts of voices and attributions grow with an article's length and shares over few
//! attributions sit at their extremes, so a model reading them learns length. With
//! `length_neutral` on, counts become rates per 1,000 words (`ln(1 + rate) / 5`, as the
//! loaded-language rates) and shares over attributions are smoothed toward one half with
//! one pseudo-attribution on each side: `(n·s + 1) / (n + 2)`.

use crate::features::{self, Block, FeatureConfig, Measured, RATE_SCALE};

/// The block values of a measured article as a model with `config` reads them.
pub fn values(config: &FeatureConfig, measured: &Measured) -> Vec<f32> {
    let mut out = features::block_values(&config.blocks, measured);
    if config.length_neutral {
        let mut at = 0;
        for b in &config.blocks {
            let names = b.names_once();
            if *b == Block::Sourcing {
                rescale_sourcing(names, &mut out[at..at + names.len()], measured);
            }
            at += names.len();
        }
    }
    out
}

/// Rewrites the sourcing block's values (named as `names`) in their length-neutral form.
fn rescale_sourcing(names: &[String], values: &mut [f32], measured: &Measured) {
    let s = &measured.sourcing;
    let rate = |n: usize| {
        let per_1000 = if measured.words == 0 {
            0.0
        } else {
            1000.0 * n as f64 / measured.words as f64
        };
        ((1.0 + per_1000).ln() / RATE_SCALE as f64) as f32
    };
    let all = s.attributions.len();
    let named: usize = s.groups.values().sum();
    let smooth = |share: f64, n: usize| ((n as f64 * share + 1.0) / (n as f64 + 2.0)) as f32;
    for (name, v) in names.iter().zip(values.iter_mut()) {
        let Some(features::BlockFeature::Sourcing(figure)) = features::BlockFeature::parse(name)
        else {
            continue;
        };
        *v = match figure {
            "voices" => rate(s.voices),
            "attributions" => rate(all),
            "balance" => smooth(s.balance, named),
            "top_voice_share" => smooth(s.top_voice_share, named),
            "top_group_share" => smooth(s.top_group_share, named),
            "anonymous_share" => smooth(s.anonymous_share, all),
            "direct_share" => smooth(s.direct_share, all),
            _ => *v,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::Scratch;

    /// The block values of `body` read with and without the length-neutral form.
    fn both(body: &str) -> (Vec<String>, Vec<f32>, Vec<f32>) {
        let mut scratch = Scratch::default();
        scratch.read(None, body);
        let m = features::measure(&mut scratch, features::Detail::Figures);
        let mut config = FeatureConfig::default();
        let plain = values(&config, &m);
        config.length_neutral = true;
        let neutral = values(&config, &m);
        (features::block_names(&config.blocks), plain, neutral)
    }

    #[test]
    fn doubling_an_article_keeps_its_rates_and_shares_near_where_they_were() {
        let one = "Mayor Ann Ames said the bridge would open in May. \"It is on time,\" she said. \
                   Critics disagreed. Council member Bo Reyes said the cost had doubled. \
                   The agency said repairs were needed.\n";
        let (names, plain1, neutral1) = both(one);
        let (_, plain2, neutral2) = both(&format!("{one}{one}"));
        let at = |n: &str| names.iter().position(|x| x == n).unwrap();
        let voices = at("sourcing:voices");
        let attributions = at("sourcing:attributions");
        assert!(
            plain2[attributions] > plain1[attributions],
            "counts grow with length"
        );
        assert!((neutral2[attributions] - neutral1[attributions]).abs() < 0.02);
        assert!(
            (neutral2[voices] - neutral1[voices]) < 0.0,
            "same voices, more words"
        );
        for (i, n) in names.iter().enumerate() {
            assert!(
                neutral1[i].is_finite() && (0.0..=1.0).contains(&neutral1[i]),
                "{n}"
            );
            if matches!(
                features::BlockFeature::parse(n),
                Some(features::BlockFeature::Loaded(_))
            ) {
                assert_eq!(plain1[i], neutral1[i], "{n} is a rate already");
            }
        }
    }

    #[test]
    fn an_article_without_attributions_reads_one_half_for_its_shares() {
        let (names, _, neutral) = both("The bridge opened in May after two years of work.");
        let at = |n: &str| names.iter().position(|x| x == n).unwrap();
        assert_eq!(neutral[at("sourcing:top_group_share")], 0.5);
        assert_eq!(neutral[at("sourcing:voices")], 0.0);
    }
}
