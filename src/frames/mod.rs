//! Frames: which of the 15 policy-frame dimensions of the Media Frames Corpus codebook
//! (Boydstun, Gross, Resnik, Smith 2014) an article uses, the words that carry each,
//! and the sentences they sit in.
//!
//! The cue lexicon lives in [`features::frame_cues`](crate::features::frame_cues)
//! (`data/frames.txt`); the classifier is a
//! [`MultiLabelModel`] trained on frame-coded text
//! (see `models/README.md`), which reads the [`Document`](crate::document::Document)
//! as a [`FeatureBlock`](crate::features::FeatureBlock) of its own (its vocabulary's
//! terms, then the cue block); [`explain`] turns its reading into [`FrameScore`]s.

pub use crate::features::frame_cues::{self as lexicon, FRAMES};

use crate::features::Span;
use crate::model::multi::{MultiLabelModel, MultiVector};
use crate::text::Sentence;
use serde::Serialize;

/// A frame id as a reader would say it ("legality_constitutionality_and_jurisprudence"
/// → "legality, constitutionality and jurisprudence"); other labels with `_` as spaces.
pub fn frame_name(id: &str) -> String {
    match id {
        "legality_constitutionality_and_jurisprudence" => {
            "legality, constitutionality and jurisprudence".into()
        }
        "external_regulation_and_reputation" => "external regulation and reputation".into(),
        other => other.replace('_', " "),
    }
}

/// A term that pushed an article toward a frame, with its exact contribution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrameEvidence {
    /// The words as written (first occurrence), or the first cue matched for a cue feature.
    pub text: String,
    /// The feature: a stem, a bigram of stems, or `cues:<frame>`.
    pub feature: String,
    /// Byte offset of the words, in the body (or the headline when `in_title`).
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// True when the offsets point into the headline.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub in_title: bool,
    /// `w · x`: what the feature added to the frame's logit.
    pub weight: f64,
}

/// A sentence of the body that carries a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FrameSentence {
    /// Byte offset of the sentence in the body.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
}

/// One frame's reading of an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrameScore {
    /// The frame (or, for a researcher's own codebook, the label).
    pub frame: String,
    /// The model's probability that the article uses it.
    pub probability: f64,
    /// The model's yes/no under its decision rule (threshold, top-k).
    pub present: bool,
    /// The logit: the intercept plus every contribution.
    pub logit: f64,
    /// The terms that pushed hardest toward the frame, strongest first.
    pub evidence: Vec<FrameEvidence>,
    /// Body sentences holding the frame's cues or evidence, in text order.
    pub sentences: Vec<FrameSentence>,
}

/// The sentences, in their order, that hold at least one of `spans` (start and end
/// inside the sentence). The spans are sorted and each sentence looks up the ones that
/// start inside it, so a long article with many cues costs no more than sorting them
/// (testing every span against every sentence grew with the square of the length).
fn carrying_sentences(sentences: &[Sentence], spans: &mut [(usize, usize)]) -> Vec<FrameSentence> {
    spans.sort_unstable();
    sentences
        .iter()
        .filter(|s| {
            let first = spans.partition_point(|&(a, _)| a < s.start);
            spans[first..]
                .iter()
                .take_while(|&&(a, _)| a <= s.end)
                .any(|&(_, b)| b <= s.end)
        })
        .map(|s| FrameSentence {
            start: s.start,
            end: s.end,
        })
        .collect()
}

/// Each label's reading of an article already measured into `v`: probability,
/// decision, up to `top` pieces of evidence, and the body sentences that carry it.
pub fn explain(
    model: &MultiLabelModel,
    v: &MultiVector,
    title: Option<&str>,
    body: &str,
    sentences: &[Sentence],
    top: usize,
) -> Vec<FrameScore> {
    let logits = model.logits(v);
    let probs: Vec<f64> = logits
        .iter()
        .map(|&z| crate::model::multi::sigmoid(z))
        .collect();
    let present = model.decide(&probs);
    let contributions = model.contributions(v);
    let vocab = model.vectorizer().vocabulary().len();
    let text_of = |span: &Span| {
        let src = if span.in_title {
            title.unwrap_or("")
        } else {
            body
        };
        src.get(span.start..span.end).unwrap_or("").to_string()
    };
    let mut out = Vec::with_capacity(probs.len());
    for (k, label) in model.labels().iter().enumerate() {
        let frame_index = FRAMES.iter().position(|f| f == label);
        let mut pushing: Vec<&(usize, f32, Vec<f64>)> =
            contributions.iter().filter(|c| c.2[k] > 0.0).collect();
        pushing.sort_by(|a, b| b.2[k].total_cmp(&a.2[k]).then(a.0.cmp(&b.0)));
        let mut evidence = Vec::new();
        for c in pushing.into_iter().take(top) {
            let span = if c.0 < vocab {
                let i = v
                    .terms
                    .hits
                    .binary_search_by_key(&c.0, |h| h.feature as usize)
                    .expect("a contribution comes from a hit");
                Some(v.terms.hits[i].first)
            } else {
                let cue_frame = (c.0 - vocab) as u8;
                v.cue_hits
                    .iter()
                    .find(|h| h.frame == cue_frame)
                    .map(|h| h.span)
            };
            let Some(span) = span else { continue };
            evidence.push(FrameEvidence {
                text: text_of(&span),
                feature: model.feature_name(c.0),
                start: span.start,
                end: span.end,
                in_title: span.in_title,
                weight: c.2[k],
            });
        }
        // The body spans that carry the frame: its cues and its evidence.
        let mut spans: Vec<(usize, usize)> = v
            .cue_hits
            .iter()
            .filter(|h| Some(h.frame as usize) == frame_index && !h.span.in_title)
            .map(|h| (h.span.start, h.span.end))
            .collect();
        spans.extend(
            evidence
                .iter()
                .filter(|e| !e.in_title && !e.feature.starts_with("cues:"))
                .map(|e| (e.start, e.end)),
        );
        let carrying = carrying_sentences(sentences, &mut spans);
        out.push(FrameScore {
            frame: label.clone(),
            probability: probs[k],
            present: present[k],
            logit: logits[k],
            evidence,
            sentences: carrying,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(start: usize, end: usize) -> Sentence {
        Sentence {
            start,
            end,
            paragraph: 0,
        }
    }

    #[test]
    fn a_sentence_carries_a_frame_when_a_span_lies_wholly_inside_it() {
        let sentences = [
            sentence(0, 10),
            sentence(11, 20),
            sentence(21, 30),
            sentence(31, 40),
            sentence(41, 50),
        ];
        // Unsorted, repeated, one crossing the end of the second sentence (held by
        // neither), one at the very edges of the fourth, one past every sentence.
        let mut spans = vec![(45, 48), (2, 5), (18, 23), (31, 40), (2, 5), (60, 65)];
        let got: Vec<(usize, usize)> = carrying_sentences(&sentences, &mut spans)
            .iter()
            .map(|s| (s.start, s.end))
            .collect();
        assert_eq!(got, vec![(0, 10), (31, 40), (41, 50)]);
        assert!(carrying_sentences(&sentences, &mut []).is_empty());
    }

    #[test]
    fn a_crossing_span_before_a_held_one_does_not_hide_it() {
        // The first span starting in the sentence runs past its end; the second is inside.
        let sentences = [sentence(0, 10), sentence(11, 20)];
        let mut spans = vec![(3, 15), (6, 9)];
        let got: Vec<usize> = carrying_sentences(&sentences, &mut spans)
            .iter()
            .map(|s| s.start)
            .collect();
        assert_eq!(got, vec![0]);
    }
}
