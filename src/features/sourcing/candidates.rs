//! Candidate attributions, before their speakers are resolved: quotes with the
//! tag beside them, reporting verbs with their subjects, and hedges with no source.

use super::doc::{class, shorten, Doc, WordClasses, MAX_CLAUSE_BYTES, MAX_QUOTE_BYTES};
use super::lexicon::{first_name_gender, pronoun_gender};
use super::subject::{Found, Subject};
use super::ContentKind;
use crate::features::english::pos::pos_of;
use crate::features::english::word_lists::builtin_word_list;
use crate::features::english::{
    act_by_person_reports, act_object_reports, act_phrase_reports, before_head, claim_needs_after,
    is_act_speech_particle, is_act_verb, is_anonymous_noun, is_answer_word,
    is_appearance_place_word, is_audience_noun, is_bare_modal, is_be, is_belief_form,
    is_calendar_word, is_channel_noun, is_circumstance_preposition, is_clause_boundary,
    is_clause_joiner, is_clause_opener, is_collective_role_noun, is_complement_noun,
    is_compound_of_stance, is_compound_office, is_cry_participle, is_dashed_vote_tally, is_demonym,
    is_do_form, is_document_noun, is_duration_word, is_examining_phrase, is_finding_noun,
    is_finite_auxiliary, is_function_word, is_hedge_adverb, is_ing_preposition,
    is_institution_noun, is_law_name_head, is_leading_filler, is_learned_cue, is_noun_after,
    is_noun_before, is_noun_marker, is_number_word, is_object_pronoun, is_page_label,
    is_participle_adverb, is_participle_opener, is_people_noun, is_people_plural, is_phrase_opener,
    is_plural_noun_form, is_possessive, is_preposition, is_pronoun_contraction,
    is_publication_participle, is_quantity_preposition, is_role_noun, is_s_contraction,
    is_share_word, is_skippable_between, is_speech_participle, is_stance_adjective, is_stance_verb,
    is_subject_pronoun, is_subordinator, is_time_modifier, is_time_unit, is_title_word,
    is_unowned_stance_noun, is_vote_tally, is_vote_verb, is_weekday, light_phrase_len, light_verb,
    opens_finite_clause, reports_nothing_after, takes_noun_phrase, time_phrase_len,
};
use crate::limits::REPORT_WINDOW_WORDS;
use crate::text::abbreviations::{is_abbreviated_title, is_honorific, is_name_prefix};
use crate::text::quotes::{EmbeddedPost, QuoteSpan};
use crate::text::Sentence;
use class::{ACCORDING, BARE, CUE, PARTICIPLE, SPEECH};

/// The classes of the words the candidate pass reads as a cue: polls, stance
/// nouns, forms of "be", and reporting, learned and participle verbs ("asked"
/// among the reporting verbs).
const ACTS: WordClasses = class::POLL
    .union(class::STANCE)
    .union(class::BE)
    .union(SPEECH)
    .union(ACCORDING)
    .union(PARTICIPLE)
    .union(CUE)
    .union(BARE);

/// The verb of an embedded post's attribution; its signature is the cue.
pub(super) const POSTED: &str = "posted";

/// A candidate attribution before its speaker is resolved.
#[derive(Debug)]
pub(super) struct Raw {
    pub(super) pos: usize,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) verb: String,
    pub(super) quote: Option<String>,
    /// Byte span of the quoted or reported words.
    pub(super) span: Option<(usize, usize)>,
    pub(super) content: ContentKind,
    pub(super) direct: bool,
    pub(super) subject: Subject,
    pub(super) appos: Option<String>,
    pub(super) speech_like: bool,
    pub(super) sent: usize,
}

/// How many words after an act verb ([`is_act_verb`]) a quotation or "as" is looked
/// for in its phrase ("attacked the plan in a speech as “a sham”").
const ACT_PHRASE_WORDS: usize = 8;

/// How many words after a cue verb the anonymity its speaker was granted is looked
/// for ("spoke to the newspaper on the condition of anonymity").
const ANONYMITY_AFTER: usize = 8;

impl<'a> Doc<'a> {
    /// Byte span `start..end` without the characters in `trim` at either end.
    fn trimmed(&self, start: usize, end: usize, trim: &[char]) -> Option<(usize, usize)> {
        let t = &self.text[start..end.max(start)];
        let inner = t.trim_start_matches(trim);
        let s = start + (t.len() - inner.len());
        let e = s + inner.trim_end_matches(trim).len();
        (e > s).then_some((s, e))
    }

    /// The words `span` covers, shortened, when the texts are kept.
    fn clause_text(&self, span: Option<(usize, usize)>, max: usize) -> Option<String> {
        let (s, e) = span.filter(|_| self.keeps_words())?;
        Some(shorten(&self.text[s..e], max))
    }

    /// Byte span of the words a reporting verb at `v` reports: the rest of its
    /// sentence (without a listener after "told" or a leading "that"), or the
    /// words before its subject when little follows ("The plan failed, he said").
    pub(super) fn reported_clause(&self, v: usize, subject_start: usize) -> Option<(usize, usize)> {
        let w = &self.words;
        let whole = &self.sents[(w[v].sent as usize).min(self.sents.len() - 1)];
        // The sentence as far as the report may reach (see [`REPORT_WINDOW_WORDS`]).
        let sent = Sentence {
            paragraph: whole.paragraph,
            start: v
                .checked_sub(REPORT_WINDOW_WORDS)
                .map_or(whole.start, |f| whole.start.max(w[f].start)),
            end: w
                .get(v + REPORT_WINDOW_WORDS)
                .map_or(whole.end, |l| whole.end.min(l.end)),
        };
        let mut k = v + 1;
        // Skip the listener after "told" up to a "that" within three words; with
        // no "that", only the listener (`told them the plan was dead`).
        if matches!(self.lower(v), "told" | "tells" | "telling") {
            let mut j = k;
            while j < w.len() && j - v < 4 && self.linked(j - 1) && self.lower(j) != "that" {
                j += 1;
            }
            k = if j < w.len() && self.lower(j) == "that" {
                j
            } else if let Some(t) = self.long_listener_that(k) {
                t + 1
            } else {
                let n = self.listener_words(k);
                // "told the Hong Kong newspaper that": a noun after the name, then "that".
                let noun_then_that = n > 1
                    && self.linked(k + n - 1)
                    && self.linked(k + n)
                    && k + n + 1 < w.len()
                    && !w[k + n].cap
                    && self.lower(k + n + 1) == "that";
                k + n + 2 * usize::from(noun_then_that)
            };
            // "told the Ledger in an interview (that) ...": where it was told is no
            // part of the report.
            if let Some(c) = self.channel_phrase(k) {
                k = c + 1 + usize::from(c + 1 < w.len() && self.lower(c + 1) == "that");
            }
        } else if let Some(t) = self.listener_then_that(v, k) {
            // "complained to reporters that ...": the listener is no part of the report.
            k = t + 1;
        } else if let Some(c) = self.channel_phrase(k) {
            // "said in a statement (on Friday) that ...": the channel and the time
            // are no part of the report, which opens after "that" (not a relative
            // "that": "in a ruling that blocked it").
            if let Some(t) = (c + 1 < w.len() && self.linked(c))
                .then(|| self.time_then_that(c + 1))
                .flatten()
                .filter(|&t| !self.relative_that(t))
            {
                k = t + 1;
            }
        }
        // "said Sunday he would ...": a day before a clause of its own is when it was
        // said, not all that follows the verb.
        if k + 1 < w.len()
            && w[k].sent == w[v].sent
            && self.linked(k - 1)
            && self.linked(k)
            && is_weekday(self.lower(k))
            && is_subject_pronoun(self.lower(k + 1))
        {
            k += 1;
        }
        // "said on Monday that ...": when it was said is no part of the report.
        if k < w.len() && self.linked(k - 1) && is_time_modifier(self.lower(k)) {
            if let Some(t) = self.time_then_that(k).filter(|&t| t > k) {
                k = t;
            }
        }
        // "said several times that ...", "said repeatedly that", "has said on several
        // occasions that": how often it was said is no part of the report.
        if k < w.len() && self.linked(k - 1) {
            if let Some(t) = self.frequency_then_that(k) {
                k = t + 1;
            }
        }
        // Skip "however," and a leading "that".
        let mut that_clause = false;
        while k < w.len()
            && k - v < 4
            && matches!(
                self.lower(k),
                "however" | "though" | "meanwhile" | "also" | "that"
            )
        {
            // Not "said that day".
            that_clause |= self.lower(k) == "that"
                && w[k].sent == w[v].sent
                && !{
                    let n = self.lower(k + 1);
                    is_time_unit(n) || is_weekday(n) || n == "day"
                };
            k += 1;
        }
        // "said on Monday, adding that ...": only when it was said follows the verb,
        // up to a participle of saying after a comma that reports for itself.
        let time_then_participle = k < w.len() && self.linked(k - 1) && {
            let n = time_phrase_len(
                (k..(k + 4).min(w.len()))
                    .take_while(|&x| x == k || self.linked(x - 1))
                    .map(|x| self.lower(x)),
            );
            let p = k + n;
            n > 0
                && p < w.len()
                && w[p].sent == w[v].sent
                && self.gap(p).trim() == ","
                && is_speech_participle(self.lower(p))
        };
        let after = if k < w.len()
            && w[k].sent == w[v].sent
            && w[k].start < sent.end
            && !time_then_participle
        {
            (w[k].start, self.reported_end(v, k, sent.end))
        } else {
            (sent.end, sent.end)
        };
        // "..., citing the attack", "he said, referring to X": a participle whose
        // subject is elsewhere reports its own words however few, never the clause
        // before it.
        if subject_start == w[v].start && after.0 < after.1 && self.is(v, PARTICIPLE) {
            return self.trimmed(after.0, after.1, &['.', ' ', '\n']);
        }
        // "Later in the day, the FBI said it would cooperate": a pronoun and its
        // auxiliary open a clause, which is the report however short.
        let clause_after = k < w.len()
            && w[k].sent == w[v].sent
            && self.linked(k - 1)
            && (opens_finite_clause(self.lower(k), "")
                || (k + 1 < w.len()
                    && w[k + 1].sent == w[v].sent
                    && self.linked(k)
                    && opens_finite_clause(self.lower(k), self.lower(k + 1))));
        let short_after = !clause_after
            && self.text[after.0..after.1]
                .split_whitespace()
                .nth(3)
                .is_none();
        // "The plan failed, said Smith": the speaker after the verb, the words before it.
        let inverted = subject_start > w[v].start;
        // "The board, as Roe noted, is divided": "as" opens the tag, not the report.
        let as_word = self.as_before_tag(subject_start);
        // "The plan failed, Smith said, adding ...": the tag closes the reported words.
        // A semicolon after the tag closes it too ("The plan failed, he said; ...").
        let tag_closes = inverted
            || (v + 1 < w.len()
                && w[v + 1].sent == w[v].sent
                && (self.gap(v + 1).contains(';')
                    || (self.gap(v + 1).contains(',')
                        && (self.is(v + 1, PARTICIPLE) || is_clause_boundary(self.lower(v + 1))))));
        // A verb of saying, not of belief or finding, nor a learned cue.
        let plain_speech =
            self.is(v, SPEECH) && !w[v].class.intersects(class::BELIEF | class::SHOWS);
        // "The plan failed, he said in an interview on Saturday": only the
        // circumstances of the saying follow.
        let circumstances = || {
            k < w.len()
                && w[k].sent == w[v].sent
                && !(v + 1..k).any(|j| self.lower(j) == "that" && !self.channel_relative(j))
                && (is_weekday(self.lower(k))
                    // After a verb that is not one of saying ("pledged to", "believe
                    // in", "pushed through"), most prepositions open what it is about.
                    || (plain_speech
                        && (is_preposition(self.lower(k))
                            || is_circumstance_preposition(self.lower(k))))
                    || (is_preposition(self.lower(k))
                        && is_circumstance_preposition(self.lower(k)))
                    // "he said while campaigning in Iowa", "she said when asked about it".
                    || (plain_speech
                        && matches!(self.lower(k), "while" | "when")
                        && k + 1 < w.len()
                        && self.linked(k)
                        && (self.lower(k + 1).ends_with("ing") || self.lower(k + 1) == "asked"))
                    // "..., she told aides as she left": a clause of when it was said.
                    || (plain_speech
                        && matches!(self.lower(k), "as" | "while" | "when" | "after" | "before")
                        && k + 1 < w.len()
                        && self.linked(k)
                        && matches!(self.lower(k + 1), "he" | "she" | "they" | "we" | "i")))
                // "at least six planes": a preposition of quantity opens the report.
                && !(k + 1 < w.len() && is_quantity_preposition(self.lower(k), self.lower(k + 1)))
                && !(k..(k + 10).min(w.len()))
                    .take_while(|&j| w[j].sent == w[v].sent)
                    .any(|j| self.lower(j) == "that" && !self.channel_relative(j))
                && self.text[sent.start..subject_start.max(sent.start)]
                    .trim_end()
                    .strip_suffix(',')
                    // "As a start, Obama decided to press ...": an opening phrase is
                    // not what the verb reports.
                    .is_some_and(|b| !opening_phrase(b))
        };
        // "The senator said A and added that B": what "added" reports follows it.
        let coordinated = !inverted
            && self.core_before(v).is_some_and(|c| {
                w[c].start == subject_start && matches!(self.lower(c), "and" | "but")
            });
        let before_end = if inverted {
            w[v].start
        } else {
            as_word.map_or(subject_start, |a| w[a].start)
        }
        .max(sent.start);
        let before = self.text[sent.start..before_end].trim_end();
        // "If the law conflicts, Rubio said, Christians must ignore it": the tag
        // sits inside the reported sentence.
        let interjected = !inverted
            && !tag_closes
            && before.ends_with(',')
            && before.split_whitespace().nth(1).is_some()
            && k < w.len()
            && w[k].sent == w[v].sent
            && (self.gap(v + 1).contains(',')
                // "If the bill passes, Roe said in a speech, farms will close".
                || (plain_speech && self.circumstances_then_comma(v)));
        if interjected || self.resumes_after_tag(v, before, sent.end) {
            return self.trimmed(sent.start, sent.end, &['.', ' ', '\n']);
        }
        // "The plan failed, he said again": little follows the verb, and the words
        // before its subject are what it reports, unless they are one opening phrase
        // ("At a rally in Dayton, Ruiz said fares would fall").
        // "55 percent said so", "he said no": an answer is the report however short.
        let answer = k < w.len() && w[k].sent == w[v].sent && is_answer_word(self.lower(k));
        // A learned cue ("declined to comment", "refused to say") reports only the
        // words after it: a short rest is no sign that the words before are its.
        let opened = before.ends_with(',') && opening_phrase(before.trim_end_matches(','));
        // The words before must end on punctuation to be a report of their own:
        // "Hart said she wants the mill reopened" reports "the mill reopened".
        // A subject joined to a name before it ("..., the foundation and other
        // groups said") is set off by the comma before that name.
        let joined = before
            .rsplit_once(' ')
            .is_some_and(|(head, last)| matches!(last, "and" | "or") && head.contains(','));
        let set_off = joined || before.ends_with(|c: char| !c.is_alphanumeric());
        // "A longtime aide to the mayor, Jane Roe warned that fares would rise": a
        // "that" clause after the verb is its report however short.
        let short = short_after && set_off && !(answer || that_clause || self.is(v, CUE) || opened);
        // "the levy that Democrats said would fail": a relative clause's verb reports
        // what follows it, never the words before the relative word.
        if (short || tag_closes || circumstances())
            && !coordinated
            && (inverted || self.relative_before(subject_start).is_none())
            && before.split_whitespace().nth(2).is_some()
            // "Late last month the union warned ...": a time phrase is no report.
            && !is_time_phrase(before)
            // "Earlier in the week, Roe called for an inquiry": nor is an opening phrase.
            && !opened
        {
            self.trimmed(sent.start, before_end, &[',', ' ', '\n'])
        } else {
            self.trimmed(after.0, after.1, &['.', ' ', '\n'])
        }
    }

    /// The word "as" opening a tag whose subject starts at byte `subject_start`, after a
    /// comma or at the sentence's start ("The board, as Roe noted, is divided").
    fn as_before_tag(&self, subject_start: usize) -> Option<usize> {
        let w = &self.words;
        let s = w.partition_point(|x| x.start < subject_start);
        let a = s.checked_sub(1)?;
        (s < w.len()
            && self.linked(a)
            && self.lower(a) == "as"
            && (a == 0 || w[a - 1].sent != w[a].sent || self.gap(a).contains(',')))
        .then_some(a)
    }

    /// The words of `span` (when the texts are kept) without a tag set inside them:
    /// `The plan … would cost more` for "The plan, Smith said, would cost more". The
    /// tag runs from byte `tag_start` (or the "as" before it) through byte `tag_end`
    /// and the circumstances after it, to its closing comma.
    fn text_around_tag(
        &self,
        span: Option<(usize, usize)>,
        tag_start: usize,
        tag_end: usize,
    ) -> Option<String> {
        let (s, e) = span.filter(|_| self.keeps_words())?;
        let tag_start = self
            .as_before_tag(tag_start)
            .map_or(tag_start, |a| self.words[a].start);
        let comma = (s < tag_start && tag_end < e)
            .then(|| self.text[tag_end..e].find(','))
            .flatten();
        let Some(c) = comma else {
            return self.clause_text(span, MAX_CLAUSE_BYTES);
        };
        let before = self.text[s..tag_start].trim_end().trim_end_matches(',');
        let after = self.text[tag_end + c + 1..e].trim_start();
        Some(shorten(&format!("{before} … {after}"), MAX_CLAUSE_BYTES))
    }

    /// True when only the circumstances of the saying follow verb `v` (a few words
    /// opened by "in", "on", "at", ... or a weekday) up to a comma, after which the
    /// sentence goes on with a clause of its own: "If the bill passes, Roe said in a
    /// speech, farms will close". Not a participle or a joining word after the comma
    /// ("said on Monday, adding ...", "said in May, and ..."), nor a place written
    /// with its state ("said in Dayton, Ohio, ...").
    fn circumstances_then_comma(&self, v: usize) -> bool {
        let w = &self.words;
        let first = v + 1;
        if first >= w.len() || w[first].sent != w[v].sent || !self.linked(v) {
            return false;
        }
        let l = self.lower(first);
        if !(is_circumstance_preposition(l) || is_weekday(l) || is_time_modifier(l)) {
            return false;
        }
        let mut j = first;
        while j < w.len() && j - v <= 6 && w[j].sent == w[v].sent {
            if self.lower(j) == "that" {
                return false;
            }
            if !self.linked(j) {
                let n = j + 1;
                let rest = (n..(n + 4).min(w.len()))
                    .take_while(|&i| w[i].sent == w[v].sent)
                    .count();
                return rest >= 3
                    && self.gap(n).trim() == ","
                    && !(n..n + 2).any(|i| !self.linked(i))
                    && !self.is(n, PARTICIPLE)
                    && !is_clause_boundary(self.lower(n));
            }
            j += 1;
        }
        false
    }

    /// True when the reported sentence goes on after the tag of verb `v` that sits
    /// inside it: `before` (the words before the tag) ends with a comma, and after
    /// the tag's closing comma (within a few words: "he said on Monday,") comes
    /// "that", "because", "so" or "but", or "and" with a new subject ("It is no
    /// surprise, Garin said, that ...", "Act now, they said, and you risk ..."), or
    /// the verb whose subject the words before the tag are, however short ("Compaq,
    /// she predicted, would come to them", "The fix, he told them, was simple").
    fn resumes_after_tag(&self, v: usize, before: &str, sent_end: usize) -> bool {
        if !before.ends_with(',') {
            return false;
        }
        let long = before.split_whitespace().nth(2).is_some();
        let w = &self.words;
        let Some(j) = (v + 1..(v + 8).min(w.len()))
            .take_while(|&j| w[j].start < sent_end)
            .find(|&j| self.gap(j).contains([',', ';', '—', '–']))
        else {
            return false;
        };
        if !self.gap(j).contains(',') {
            return false;
        }
        match self.lower(j) {
            "that" | "because" | "so" | "but" => long,
            "and" => {
                long && matches!(
                    self.lower(j + 1),
                    "he" | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                        | "you"
                        | "the"
                        | "a"
                        | "an"
                        | "there"
                )
            }
            l => is_finite_auxiliary(l),
        }
    }

    /// True when capitalised word `v` opens or sits inside the name of a law, an
    /// amendment or a treaty: a run of capitalised words (joined by a lower-case "of",
    /// "for", "and", ...) after it ends on such a name's head ("False Claims Act", "Help
    /// America Vote Act", "Violence Against Women Act").
    fn in_law_name(&self, v: usize) -> bool {
        let w = &self.words;
        // The name goes on in capitals right after the verb ("Claims Act"), not
        // after an article ("Citing the Affordable Care Act, ...").
        if v + 1 >= w.len() || !w[v + 1].cap || !self.linked(v) {
            return false;
        }
        let mut j = v + 1;
        while j < w.len() && j - v <= 7 && self.linked(j - 1) && w[j].sent == w[v].sent {
            let l = self.lower(j);
            let joining = matches!(
                l,
                "of" | "for" | "and" | "the" | "on" | "with" | "to" | "in"
            );
            // A name's joining words are written in lower case; "Accused Of Shocking
            // Act" is a line in title case.
            if w[j].cap == joining {
                return false;
            }
            if is_law_name_head(l) {
                return true;
            }
            j += 1;
        }
        false
    }

    /// True when word `v` follows the channel or document noun of a phrase such as
    /// "in a statement", "on a call" which itself follows a verb of saying, perhaps
    /// with a day between ("said Friday in a ruling").
    fn said_through_channel(&self, v: usize) -> bool {
        // "after the Post published": a capitalised noun names an outlet.
        if v < 3 || !self.linked(v - 1) || self.words[v - 1].cap || {
            let n = self.lower(v - 1);
            !(is_channel_noun(n) || is_document_noun(n))
        } {
            return false;
        }
        let Some(p) = (v.saturating_sub(5)..v - 1)
            .rev()
            .take_while(|&p| self.linked(p))
            .find(|&p| is_circumstance_preposition(self.lower(p)))
        else {
            return false;
        };
        (p.saturating_sub(3)..p)
            .rev()
            .take_while(|&i| self.linked(i))
            .any(|i| self.is(i, SPEECH))
    }

    /// The channel noun of a phrase at word `k` that tells where something was said
    /// ("in an interview", "in a statement", "on a call"): a preposition of
    /// circumstance, then the noun within three words.
    fn channel_phrase(&self, k: usize) -> Option<usize> {
        let w = &self.words;
        if k == 0
            || k >= w.len()
            || !self.linked(k - 1)
            || !is_circumstance_preposition(self.lower(k))
        {
            return None;
        }
        (k + 1..(k + 4).min(w.len()))
            .take_while(|&c| self.linked(c - 1))
            .find(|&c| is_channel_noun(self.lower(c)))
    }

    /// True when "that" or "which" at word `t` opens a relative clause on the
    /// channel or document noun before it ("in a ruling that blocked it", "a
    /// statement that was posted online"): a verb follows it at once, where a
    /// reported clause ("in a statement that the plan would fail") opens with its
    /// subject.
    fn relative_that(&self, t: usize) -> bool {
        let w = &self.words;
        t > 0
            && t + 1 < w.len()
            && matches!(self.lower(t), "that" | "which")
            && self.linked(t - 1)
            && self.linked(t)
            && {
                let n = self.lower(t - 1);
                is_channel_noun(n) || is_document_noun(n)
            }
            && {
                let l = self.lower(t + 1);
                is_finite_auxiliary(l)
                    || (l.ends_with("ed") && !w[t + 1].cap)
                    || matches!(l, "said" | "told" | "found" | "made" | "came" | "went")
            }
    }

    /// True when "that" at word `t` opens a relative clause ([`Doc::relative_that`])
    /// on the noun of a phrase naming a channel ("said Friday in a ruling that
    /// blocked it"), not on any document ("the data that would cause ...").
    fn channel_relative(&self, t: usize) -> bool {
        self.relative_that(t)
            && (t.saturating_sub(5)..t - 1).any(|p| self.channel_phrase(p) == Some(t - 1))
    }

    /// Byte offset where the words reported by verb `v`, starting at word `k`, end
    /// (`sent_end` at most): before "and" with a second verb of saying and its "that"
    /// ("said A and added that B"), and at the comma closing a relative clause the verb sits in
    /// ("Moreno, who said the plan would fail, faced questions").
    fn reported_end(&self, v: usize, k: usize, sent_end: usize) -> usize {
        let w = &self.words;
        let relative = self.core_before(v).is_some_and(|c| {
            matches!(self.lower(c), "who" | "which")
                && c > 0
                && w[c - 1].sent == w[c].sent
                && self.gap(c).contains(',')
        });
        // "After the court refused to reinstate the law, the governor blamed ...": a
        // verb in the subordinate clause opening its sentence reports up to the
        // clause's comma, not the main clause after it.
        let subordinate = !relative && k > v && !self.gap(k).contains(',') && {
            let sent = &self.sents[(w[v].sent as usize).min(self.sents.len() - 1)];
            let s0 = w.partition_point(|x| x.start < sent.start);
            let first = if s0 < v && matches!(self.lower(s0), "but" | "and" | "yet") {
                s0 + 1
            } else {
                s0
            };
            // "As Roe noted in May, the plan ...": "as" opens a tag, whose report
            // is the main clause.
            first < v
                && v - first <= REPORT_WINDOW_WORDS
                && is_subordinator(self.lower(first))
                && self.lower(first) != "as"
                && !(first + 1..=v).any(|i| self.gap(i).contains(','))
        };
        // "the businessman who claims to be worth billions admitted ...": a restrictive
        // relative clause whose verb takes an infinitive ends before the main clause's
        // verb of saying (not "to have told", a participle).
        let infinitive_in_relative = k < w.len()
            && self.lower(k) == "to"
            && self
                .core_before(v)
                .is_some_and(|c| self.lower(c) == "who" && c > 0 && self.linked(c - 1));
        // "Senators who argued that the bill was flawed voted for it": a restrictive
        // relative clause on the sentence's subject ends before the main clause's
        // verb, a past form after the report's own verb.
        let subject_relative = !relative
            && self.core_before(v).is_some_and(|c| {
                self.lower(c) == "who" && c > 0 && self.linked(c - 1) && {
                    // The head phrase holds no verb ("echoing experts who say" is
                    // the object of "echoing").
                    let (a, opens) = self.phrase_opening(c - 1, c - 1);
                    opens
                        && (a..c).all(|i| {
                            !self.words[i]
                                .class
                                .intersects(SPEECH | CUE | PARTICIPLE | class::BARE | class::BE)
                                && !self.lower(i).ends_with("ing")
                                && !self.past_main_verb(i)
                        })
                }
            });
        // Only after a verb of saying: the words after another verb ("sought to calm
        // them, saying ...") are no report until the participle's. Nor after "responded by pointing ..., saying": the manner, then the words.
        let own_participles =
            self.is(v, SPEECH) && !w[v].class.intersects(CUE) && self.lower(k) != "by";
        let (mut finite, mut joined) = (false, false);
        let mut j = k + 1;
        while j < w.len() && w[j].start < sent_end {
            if (relative || subordinate) && self.gap(j).contains(',') {
                return w[j - 1].end;
            }
            if subject_relative {
                let l = self.lower(j);
                // A form of "be" after the report's verb ends it only when no word
                // joining another clause stands between ("... is vital were split",
                // not "... is weak and prices were high").
                joined |= finite
                    && matches!(
                        l,
                        "and"
                            | "but"
                            | "or"
                            | "that"
                            | "which"
                            | "who"
                            | "because"
                            | "if"
                            | "when"
                            | "while"
                            | "as"
                            | "since"
                    );
                // Not a verb of the report's own clause ("was too involved", "have
                // been known").
                let verbal = |i: usize| {
                    i > k && (is_be(self.lower(i)) || is_finite_auxiliary(self.lower(i)))
                };
                let past = self.past_main_verb(j) && !(j.saturating_sub(2)..j).any(verbal);
                let be = is_be(l) && !joined && !verbal(j - 1);
                if finite && (past || be) {
                    // Adverbs before the main verb are its own ("... later voted").
                    let mut z = j;
                    while z > k + 1
                        && self.linked(z - 1)
                        && matches!(
                            self.lower(z - 1),
                            "later"
                                | "then"
                                | "also"
                                | "still"
                                | "eventually"
                                | "ultimately"
                                | "subsequently"
                                | "nevertheless"
                                | "nonetheless"
                                | "instead"
                                | "all"
                                | "both"
                        )
                    {
                        z -= 1;
                    }
                    return w[z - 1].end;
                }
                finite |= is_be(l) || is_finite_auxiliary(l) || self.past_main_verb(j);
            }
            if infinitive_in_relative
                && !w[j].cap
                && self.linked(j - 1)
                && self.is(j, SPEECH)
                && !w[j]
                    .class
                    .intersects(PARTICIPLE | class::BELIEF | class::SHOWS)
                && !is_be(self.lower(j - 1))
                && !matches!(self.lower(j - 1), "have" | "has" | "had" | "to")
            {
                return w[j - 1].end;
            }
            // "Cruz, who bragged about the beach -- have ...", "Flake, who has backed
            // the act and who ...": a dash or a second relative closes the clause too.
            if relative
                && (self.gap(j).contains(['–', '—'])
                    || self.gap(j).contains("--")
                    || (self.lower(j) == "and"
                        && j + 1 < w.len()
                        && self.linked(j)
                        && matches!(self.lower(j + 1), "who" | "which")))
            {
                return w[j - 1].end;
            }
            // "..., warning that B", "..., and adding that B": a participle of saying
            // after a comma reports B for itself.
            if own_participles && self.gap(j).contains(',') && self.participle_report_at(j) {
                return w[j - 1].end;
            }
            if matches!(self.lower(j), "and" | "but") && self.linked(j) {
                let mut n = j + 1;
                // "..., and he added that B": a pronoun may repeat the subject.
                if matches!(self.lower(n), "he" | "she" | "they") && self.linked(n) {
                    n += 1;
                }
                if matches!(self.lower(n), "also" | "then" | "later") && self.linked(n) {
                    n += 1;
                }
                if n + 1 < w.len()
                    && w[n + 1].start < sent_end
                    && self.is(n, class::SPEECH)
                    && !w[n]
                        .class
                        .intersects(class::PARTICIPLE | class::BELIEF | class::SHOWS)
                    && self.linked(n)
                    && self.lower(n + 1) == "that"
                {
                    return w[j - 1].end;
                }
            }
            j += 1;
        }
        sent_end
    }

    /// True when word `j` (or an "and" at `j` and the word after it) is a participle
    /// of saying that opens a report of its own: "warning that ...", "adding that
    /// ...", or one that needs no "that" ("saying", "adding", "noting", "arguing",
    /// "insisting", "warning") before a clause's subject. Not "citing the costs".
    fn participle_report_at(&self, j: usize) -> bool {
        let w = &self.words;
        let p = if self.lower(j) == "and" && self.linked(j) {
            j + 1
        } else {
            j
        };
        if p + 1 >= w.len() || !self.linked(p) || w[p].cap || !is_speech_participle(self.lower(p)) {
            return false;
        }
        let next = self.lower(p + 1);
        next == "that"
            || (matches!(
                self.lower(p),
                "saying" | "adding" | "noting" | "arguing" | "insisting" | "warning"
            ) && (is_subject_pronoun(next) || matches!(next, "the" | "his" | "her" | "their")))
    }

    /// The "that" after "to" at word `k` and a listener, right after verb of saying
    /// `v` ("griped to reporters that", "admitted to federal investigators that",
    /// "explained to Ruiz that"): at most four words, none a verb, ending on a name,
    /// a pronoun or a noun of people. Not "pointed to polls that show ...", whose
    /// "that" is relative.
    fn listener_then_that(&self, v: usize, k: usize) -> Option<usize> {
        let w = &self.words;
        if k >= w.len()
            || !self.linked(v)
            || self.lower(k) != "to"
            || !self.is(v, SPEECH)
            || w[v].class.intersects(class::BELIEF | class::SHOWS)
        {
            return None;
        }
        let that = (k + 1..(k + 6).min(w.len()))
            .take_while(|&j| self.linked(j - 1))
            .find(|&j| self.lower(j) == "that")?;
        let last = that - 1;
        let verbless = (k + 1..that).all(|j| {
            !w[j]
                .class
                .intersects(SPEECH | CUE | PARTICIPLE | class::BARE | class::BE)
                && !is_finite_auxiliary(self.lower(j))
        });
        let l = self.lower(last);
        let listener = w[last].cap
            || (is_object_pronoun(l) && l != "it")
            || is_anonymous_noun(l)
            || is_collective_role_noun(l)
            || is_people_noun(l)
            || is_audience_noun(l);
        (last > k && verbless && listener && that + 1 < w.len() && self.linked(that))
            .then_some(that)
    }

    /// The "that" after a listener of more than three words at word `i` and the time
    /// phrase after it ("told the U.N. nuclear watchdog agency on Tuesday that"): a
    /// determiner, capitalised words and plain nouns, then "on Tuesday", "last week".
    fn long_listener_that(&self, i: usize) -> Option<usize> {
        let w = &self.words;
        let mut j = i + usize::from(matches!(self.lower(i), "the" | "a" | "an"));
        let np = j;
        while j < w.len()
            && j - i < 7
            && self.linked(j - 1)
            && (w[j].cap
                || !(is_function_word(self.lower(j))
                    || is_time_modifier(self.lower(j))
                    || is_finite_auxiliary(self.lower(j))
                    || w[j].class.intersects(ACTS)))
        {
            j += 1;
        }
        if j == np || j >= w.len() || !self.linked(j - 1) {
            return None;
        }
        self.time_then_that(j)
    }

    /// The "that" at word `j` or after a time phrase at `j` ("on Tuesday that", "last
    /// week that"): what is reported follows it.
    fn time_then_that(&self, j: usize) -> Option<usize> {
        let that = (j..(j + 4).min(self.words.len()))
            .take_while(|&x| self.linked(x - 1))
            .find(|&x| self.lower(x) == "that")?;
        (time_phrase_len((j..that).map(|x| self.lower(x))) == that - j).then_some(that)
    }

    /// The "that" after a phrase of how often or how openly something was said at
    /// word `j` ("several times that", "repeatedly that", "on several occasions
    /// that", "publicly and privately that"), not a "that" of a time ("that day").
    fn frequency_then_that(&self, j: usize) -> Option<usize> {
        let w = &self.words;
        let that = (j..(j + 5).min(w.len()))
            .take_while(|&x| self.linked(x - 1) && !w[x].cap)
            .find(|&x| self.lower(x) == "that")?;
        let how_often = |l: &str| {
            (l.len() > 4 && l.ends_with("ly") && l != "only")
                || matches!(
                    l,
                    "several"
                        | "many"
                        | "multiple"
                        | "numerous"
                        | "two"
                        | "three"
                        | "few"
                        | "times"
                        | "on"
                        | "occasions"
                        | "more"
                        | "than"
                        | "once"
                        | "twice"
                        | "again"
                        | "often"
                        | "and"
                        | "in"
                        | "the"
                        | "past"
                )
        };
        let next = self.lower(that + 1);
        (that > j
            && (j..that).all(|x| how_often(self.lower(x)))
            && (j..that).any(|x| !matches!(self.lower(x), "on" | "and" | "in" | "the"))
            && self.linked(that)
            && !crate::features::english::is_time_noun(next))
        .then_some(that)
    }

    /// How many words the listener at word `i` takes after "told" with no "that":
    /// a pronoun or plain noun one ("them", "reporters"), a determiner and its
    /// noun two ("the crowd"), a name its capitalised words ("Fox News"), with
    /// its determiner ("The Harbor Daily Ledger").
    fn listener_words(&self, i: usize) -> usize {
        let w = &self.words;
        if i >= w.len() || !self.linked(i - 1) {
            return 0;
        }
        let det = matches!(self.lower(i), "the" | "a" | "an" | "his" | "her" | "their");
        let name = if det { i + 1 } else { i };
        if name >= w.len() || !self.linked(name - 1) || !w[name].cap {
            return if det { 2 } else { 1 };
        }
        let mut n = 1;
        while n < 4 && self.linked(name + n - 1) && name + n < w.len() && w[name + n].cap {
            n += 1;
        }
        // "told The Harbor Ledger Hart would resign": a finite verb right after the
        // run makes its last name the reported clause's subject, not the listener's;
        // a first name or a title in the run opens that subject ("told Reuters John
        // Hart was ...").
        let after = name + n;
        if n > 1 && after < w.len() && self.linked(after - 1) && !w[after].cap {
            let l = self.lower(after);
            if is_finite_auxiliary(l) || self.is(after, SPEECH) || light_verb(l).is_some() {
                n = (1..n - 1)
                    .find(|&m| {
                        let f = self.lower(name + m);
                        first_name_gender(f).is_some() || is_honorific(f) || is_title_word(f)
                    })
                    .unwrap_or(n - 1);
            }
        }
        n + name - i
    }

    /// The reported words around quote `q` when its tag's verb `v` (subject from
    /// byte `subject_start`) comes before it with words between that are not a
    /// listener or "that" (`said the plan was “dead”`): the verb's clause, with the
    /// quote. `None` when the quote is the whole report (`said: “...”`).
    fn clause_around_quote(
        &self,
        q: &QuoteSpan,
        v: usize,
        subject_start: usize,
    ) -> Option<(usize, usize)> {
        let w = &self.words;
        let i = w.partition_point(|x| x.start < q.open).checked_sub(1)?;
        if w[v].start > q.open || v >= i || subject_start > w[v].start {
            return None;
        }
        if self.text[w[i].end..q.open].contains([':', ',']) {
            return None;
        }
        let listener = matches!(self.lower(v), "told" | "tells" | "telling");
        let words_between = (v + 1..=i).any(|k| {
            let l = self.lower(k);
            !(l == "that" || (listener && !w[k].cap) || (listener && k == v + 1))
        });
        if !words_between {
            return None;
        }
        let (s, e) = self.reported_clause(v, subject_start)?;
        let (qs, qe) = (q.inner_start, q.inner_end);
        (s <= qe).then_some((s.min(qs), e.max(qe)))
    }

    /// The span of the reported words that hold quote `q` (its inner words
    /// `inner`), tagged by verb `v` whose subject starts at byte `subject_start`:
    /// the verb's clause around it, the words of its sentence before it or after
    /// it. `None` when the quote is the whole report.
    fn partial_span(
        &self,
        q: &QuoteSpan,
        v: usize,
        subject_start: usize,
        inner: (usize, usize),
    ) -> Option<(usize, usize)> {
        self.clause_around_quote(q, v, subject_start)
            .or_else(|| self.words_before_quote(q, v).map(|s| (s, inner.1)))
            .or_else(|| {
                let s = self.words_before_tag(q, v, subject_start)?;
                Some((s, self.words_after_quote(q, v).unwrap_or(inner.1)))
            })
            .or_else(|| self.words_after_quote(q, v).map(|e| (inner.0, e)))
    }

    /// Where the reported words start when the tag of verb `v` (its subject from
    /// byte `subject_start`) sits inside a sentence between the speaker's unquoted
    /// words and quote `q` (`The streets were empty, Hale added, “but people still
    /// need buses”`): the sentence's first word. `None` when the words before the tag
    /// are one word or the tag's circumstances ("On Monday,", "Responding to critics,"),
    /// hold a quote or a verb of saying, or a colon follows the tag.
    fn words_before_tag(&self, q: &QuoteSpan, v: usize, subject_start: usize) -> Option<usize> {
        let w = &self.words;
        let tag_start = subject_start.min(w[v].start);
        if w[v].start > q.open {
            return None;
        }
        let sent = self.sents.get(self.sentence_at(q.open))?;
        let first = w.partition_point(|x| x.start < sent.start);
        let before = self.text.get(w.get(first)?.start..tag_start)?.trim_end();
        let words = before.strip_suffix(',')?;
        // The circumstances of the tag open with a preposition, a subordinating word
        // or a participle ("After reciting the passage,", "Responding to critics,").
        let opener = self.lower(first);
        let circumstance = is_preposition(opener)
            || is_phrase_opener(opener)
            || is_clause_opener(opener)
            || is_participle_opener(opener)
            || opener.ends_with("ing");
        // A colon after the tag makes the quote the whole report (`he added: “...”`).
        let colon = self.text[w[v].end..q.open].contains(':');
        if w[first].start >= tag_start
            || circumstance
            || colon
            || words.contains(['"', '“', '”', '\n'])
            || words.split_whitespace().nth(1).is_none()
            || opening_phrase(words)
            || (first..w.len())
                .take_while(|&k| w[k].start < tag_start)
                .any(|k| w[k].quote.is_some() || self.is(k, SPEECH) || self.is(k, ACCORDING))
        {
            return None;
        }
        Some(w[first].start)
    }

    /// Where the reported words start when quote `q`, tagged by verb `v` after
    /// it, closes a sentence its own words open (`America needs leaders “who
    /// listen,” Clinton said`): the sentence's first word. `None` when the quote
    /// opens its sentence or another quote or tag sits before it.
    fn words_before_quote(&self, q: &QuoteSpan, v: usize) -> Option<usize> {
        let w = &self.words;
        if w[v].start < q.close_end {
            return None;
        }
        let sent = self.sents.get(self.sentence_at(q.open))?;
        let first = w.partition_point(|x| x.start < sent.start);
        let before = self.text.get(w.get(first)?.start..q.open)?;
        if w[first].start >= q.open
            || w[first].quote.is_some()
            || before.contains(['"', '“', '”', '\n'])
            || before.split_whitespace().nth(1).is_none()
            || (first..w.len())
                .take_while(|&k| w[k].start < q.open)
                .any(|k| w[k].quote.is_some() || self.is(k, SPEECH) || self.is(k, ACCORDING))
        {
            return None;
        }
        Some(w[first].start)
    }

    /// Where the reported words end when quote `q`, tagged by verb `v` before
    /// it, runs on in words of its sentence (`Tyler said, “We have three weeks
    /// to go” until the caucuses`): the sentence's end.
    fn words_after_quote(&self, q: &QuoteSpan, v: usize) -> Option<usize> {
        let w = &self.words;
        if w[v].start > q.open || !q.closed {
            return None;
        }
        let j = w.partition_point(|x| x.start < q.close_end);
        let next = w.get(j)?;
        let sent = self.sents.get(self.sentence_at(q.open))?;
        if next.quote.is_some()
            || next.start >= sent.end
            || self.text[q.close_end..next.start].contains([',', ';', '\n'])
            || w.get(j + 1).is_none_or(|x| x.start >= sent.end)
        {
            return None;
        }
        self.trimmed(next.start, sent.end, &['.', ' ', '\n'])
            .map(|(_, e)| e)
    }

    /// A sentence that opens with a speaker's name and a colon (`FALLIN: I think
    /// ...`, `Paul Ryan: FBI Decision ...`): the speaker, and the rest of the
    /// paragraph as what they said. `name_end` is the name's last word.
    fn colon_line(&self, name_end: usize) -> Option<(Found, (usize, usize))> {
        let w = &self.words;
        let next = w.get(name_end + 1)?;
        if next.sent != w[name_end].sent
            || self.gap(name_end + 1).trim() != ":"
            || is_page_label(self.lower(name_end))
        {
            return None;
        }
        let found = self.colon_speaker(name_end)?;
        // A lone word must name someone the article names in full.
        let lone = w[name_end].start == found.start;
        if lone
            && !self.by_surname.contains_key(self.lower(name_end))
            && !self.is_caps_speaker(name_end)
            && !self.is_interview_label(name_end)
        {
            return None;
        }
        let sent = w[name_end].sent as usize;
        let para = self.paragraph_of(sent);
        let mut last = sent;
        while last + 1 < self.sents.len() && self.paragraph_of(last + 1) == para && last - sent < 8
        {
            last += 1;
        }
        let span = self.trimmed(next.start, self.sents[last].end, &[' ', '\n'])?;
        // "Clinton: 1,769." is a tally beside a name, not words of theirs.
        if !self.text[span.0..span.1].contains(char::is_alphabetic) {
            return None;
        }
        if self.heads_list_item(name_end, sent) {
            return None;
        }
        Some((found, span))
    }

    /// True when the name ending at word `name_end` before a colon, in sentence `sent`,
    /// heads an item of a list the writer wrote ("Rubio: Finish second.", "Carson: A
    /// miracle."): below the headline's paragraph, the line after the colon holds at
    /// most eight words, none in quotation marks, and no subject pronoun, auxiliary, form
    /// of "be" or verb joined to a pronoun that would make it a clause someone said. A
    /// transcript's speaker in capitals ("TAPPER: Why not debate?") and an interview's
    /// label are no headings.
    fn heads_list_item(&self, name_end: usize, sent: usize) -> bool {
        let w = &self.words;
        if self.paragraph_of(sent) == 0
            || self.is_caps_speaker(name_end)
            || self.is_interview_label(name_end)
        {
            return false;
        }
        let from = w[name_end].end;
        let line_end = self.text[from..]
            .find('\n')
            .map_or(self.text.len(), |n| from + n);
        let mut n = 0;
        for (k, word) in w.iter().enumerate().skip(name_end + 1) {
            if word.start >= line_end {
                break;
            }
            let l = self.lower(k);
            n += 1;
            if n > 8
                || word.quote.is_some()
                || is_subject_pronoun(l)
                || is_finite_auxiliary(l)
                || is_be(l)
                || is_pronoun_contraction(l)
                || is_s_contraction(l)
            {
                return false;
            }
        }
        n > 0
    }

    /// The source after "according to" that [`Doc::np_after`] does not read
    /// ("his Facebook profile", "a source on the call"): the words from `j` to the
    /// next punctuation, at most eight, as a document or an unnamed source.
    fn source_phrase(&self, j: usize) -> Option<Found> {
        let w = &self.words;
        if j >= w.len() || w[j].quote.is_some() || w[j].sent != w[j - 1].sent {
            return None;
        }
        let mut e = j;
        while e - j < 7 && self.linked(e) && !is_clause_boundary(self.lower(e + 1)) {
            e += 1;
        }
        let name = self.text[w[j].start..self.span_end(e)].to_string();
        let unnamed = (j..=e).any(|k| is_anonymous_noun(self.lower(k)));
        let subject = if unnamed {
            Subject::Anonymous { cue: name }
        } else {
            Subject::Document { name }
        };
        Some(Found {
            subject,
            appos: None,
            start: w[j].start,
            end: self.span_end(e),
        })
    }

    /// Figures reported "in" a poll (`In a CBS News poll, she led ...`): the poll
    /// word at `p`, the phrase from "in" to it as the source, and the rest of the
    /// sentence as what it reports.
    fn in_poll(&self, p: usize) -> Option<Raw> {
        let w = &self.words;
        let sent_i = w[p].sent as usize;
        let sent = *self.sents.get(sent_i)?;
        let mut j = p;
        while j > 0 && p - j < 8 && self.lower(j) != "in" {
            let gap = self.gap(j);
            if w[j - 1].sent != w[p].sent || gap.contains([',', ';', ':', '.', '"', '“', '”']) {
                return None;
            }
            j -= 1;
        }
        if self.lower(j) != "in" || j == p {
            return None;
        }
        // A sentence that opens with the poll, or one that ends with "in" and a
        // poll (`She leads by nine points in a new CBS News poll.`): "in the polls"
        // elsewhere inside one is as often a standing as a report.
        if j > 0 && w[j - 1].sent == w[j].sent {
            let ends = p + 1 >= w.len() || w[p + 1].sent != w[p].sent;
            if !ends || !matches!(self.lower(p), "poll" | "survey") || self.gap(j).contains(',') {
                return None;
            }
            let span = self.trimmed(sent.start, w[j].start, &[',', ' ', '\n'])?;
            self.text[span.0..span.1].split_whitespace().nth(2)?;
            return Some(self.poll_raw(j, p, span, (sent.start, sent.end.max(w[p].end)), sent_i));
        }
        let span = {
            // The reported words follow the comma that closes the phrase
            // ("In a poll conducted by Quinn College and the Ledger, ...").
            let mut c = p + 1;
            while c < w.len() && c - p < 12 && w[c].sent == w[p].sent && !self.gap(c).contains(',')
            {
                c += 1;
            }
            if c >= w.len() || w[c].sent != w[p].sent || !self.gap(c).contains(',') {
                return None;
            }
            self.trimmed(w[c].start, sent.end, &['.', ' ', '\n'])?
        };
        let bounds = (sent.start.min(w[j].start), sent.end.max(span.1));
        Some(self.poll_raw(j, p, span, bounds, sent_i))
    }

    /// The indirect report of a poll named by words `j + 1 ..= p` ("in a new X poll"):
    /// the poll is the source, `span` the reported figures, `bounds` the report's reach.
    fn poll_raw(
        &self,
        j: usize,
        p: usize,
        span: (usize, usize),
        bounds: (usize, usize),
        sent: usize,
    ) -> Raw {
        let w = &self.words;
        Raw {
            pos: w[j].start,
            start: bounds.0,
            end: bounds.1,
            verb: "in".to_string(),
            quote: self.clause_text(Some(span), MAX_CLAUSE_BYTES),
            span: Some(span),
            content: ContentKind::Indirect,
            direct: false,
            subject: Subject::Document {
                name: self.text[w[j + 1].start..w[p].end].to_string(),
            },
            appos: None,
            speech_like: false,
            sent,
        }
    }

    /// The speaker of a poll's share ("47% say", "nine in 10 said", "a third of
    /// independents say"): a phrase before reporting verb `v` holding a number or a
    /// word for a share, as an anonymous source.
    pub(super) fn share_subject(&self, v: usize) -> Option<Found> {
        let w = &self.words;
        let e = self.core_before(v)?;
        if w[e].quote.is_some() || w[e].sent != w[v].sent {
            return None;
        }
        let mut s = e;
        while s > 0
            && e - s < 8
            && w[s - 1].sent == w[e].sent
            && w[s - 1].quote.is_none()
            // One space between (most gaps), else the gap read char by char.
            && ((w[s].start == w[s - 1].end + 1 && self.text.as_bytes()[w[s - 1].end] == b' ')
                || self.gap(s).chars().all(|c| c.is_whitespace() || c == '%'))
            && !is_clause_boundary(self.lower(s - 1))
            && self.lower(s - 1) != "with"
        {
            s -= 1;
        }
        // The phrase opens its clause: at the sentence's start or after a comma,
        // semicolon, colon or dash ("Most lean left: 42% say ..."); before a participle,
        // also after "with" ("..., with 30 percent of voters saying ...").
        let opens = s == 0
            || w[s - 1].sent != w[s].sent
            || self.gap(s).contains([',', ';', ':', '—', '–'])
            || self.gap(s).trim() == "-"
            || is_clause_boundary(self.lower(s - 1))
            || (self.lower(s - 1) == "with" && self.linked(s - 1) && self.is(v, PARTICIPLE));
        let number = |l: &str| l.starts_with(|c: char| c.is_ascii_digit());
        // "One in five say": a share spelled out.
        let spelled = is_number_word;
        // "half of voters in each state say": the people counted, before the place
        // that narrows them (a place ends in a word of its own, not "in").
        let place = if is_function_word(self.lower(e)) {
            None
        } else {
            (s + 2..e).rev().find(|&i| {
                matches!(self.lower(i), "in" | "across")
                    && !number(self.lower(i - 1))
                    && !spelled(self.lower(i - 1))
                    && !number(self.lower(i + 1))
                    && !spelled(self.lower(i + 1))
            })
        };
        let last = self.lower(place.map_or(e, |p| p - 1));
        // "those surveyed say": the people a poll asked.
        let polled = matches!(last, "surveyed" | "polled" | "questioned" | "interviewed") && s < e;
        // It ends in the share or in the people it counts ("voters").
        let ends = number(last)
            || is_share_word(last)
            || spelled(last)
            || polled
            || (last.ends_with('s') && !is_function_word(last) && !is_clause_boundary(last))
            || is_people_noun(last);
        // Only a few small words may join its words ("a third of voters", "about
        // nine in 10", "just 28 percent", "in each state").
        let joined = (s..=e).all(|i| {
            let l = self.lower(i);
            !(is_preposition(l) || is_function_word(l))
                || spelled(l)
                || (place.is_some_and(|p| i > p) && matches!(l, "each" | "both"))
                || matches!(
                    l,
                    "just"
                        | "only"
                        | "all"
                        | "under"
                        | "of"
                        | "in"
                        | "across"
                        | "out"
                        | "a"
                        | "an"
                        | "the"
                        | "about"
                        | "over"
                        | "than"
                        | "some"
                        | "those"
                        | "more"
                        | "fewer"
                        | "at"
                        | "least"
                )
        });
        // "just" and "only" narrow a share ("just 28 percent"), not a count ("just
        // 14 opened").
        let narrowed = (s..=e).any(|i| matches!(self.lower(i), "just" | "only"));
        if narrowed && !(s..=e).any(|i| is_share_word(self.lower(i))) {
            return None;
        }
        let share = polled
            || (s..=e).any(|i| {
                let l = self.lower(i);
                number(l)
                    || is_share_word(l)
                    || (l == "in" && i > s && i < e && spelled(self.lower(i - 1)))
            });
        if !(share && opens && ends && joined) {
            return None;
        }
        let cue = self.text[w[s].start..self.span_end(e)].to_string();
        Some(Found {
            subject: Subject::Anonymous { cue },
            appos: None,
            start: w[s].start,
            end: w[v].end,
        })
    }

    /// The end of the words that complement a word, from word `k`: up to the next
    /// comma, semicolon, colon, dash, parenthesis or quotation mark, or the
    /// sentence's end, at most 30 words.
    fn phrase_end(&self, k: usize) -> usize {
        let w = &self.words;
        let mut e = k;
        while e + 1 < w.len()
            && e - k < 30
            && w[e + 1].sent == w[k].sent
            && w[e + 1].quote == w[k].quote
            && !self
                .gap(e + 1)
                .contains([',', ';', ':', '—', '–', '(', ')', '"', '“', '”'])
        {
            e += 1;
        }
        w[e].end
    }

    /// "Hart's claim that the levy would fall was false": the end of the "that" clause
    /// of a stance noun at `v` heading its sentence's subject, before the sentence's
    /// own verb: the last auxiliary or "be" after a lexical word that follows the
    /// clause's own auxiliary, no comma between ("... the deal Ohio has seen was
    /// false"). `first` is the clause's first word.
    fn subject_clause_end(&self, v: usize, first: usize) -> Option<usize> {
        let w = &self.words;
        let sent = &self.sents[(w[v].sent as usize).min(self.sents.len() - 1)];
        let s0 = w.partition_point(|x| x.start < sent.start);
        let heads = first > 0
            && self.lower(first - 1) == "that"
            && v >= s0
            && v - s0 < 6
            && !(s0 + 1..=v).any(|i| self.gap(i).contains(','))
            && !(s0..v).any(|i| w[i].class.intersects(ACTS) || is_finite_auxiliary(self.lower(i)));
        if !heads {
            return None;
        }
        let mut clause_verb = false;
        let mut close = None;
        let mut j = first + 1;
        while j < w.len() && w[j].start < sent.end {
            let prev = self.lower(j - 1);
            if self.gap(j).contains(',') {
                clause_verb = false;
            } else if is_finite_auxiliary(self.lower(j)) || self.past_main_verb(j) {
                if clause_verb
                    && !is_clause_boundary(prev)
                    && !is_subject_pronoun(prev)
                    && !is_finite_auxiliary(prev)
                    && !is_be(prev)
                    && !prev.ends_with("ly")
                    && !matches!(
                        prev,
                        "who" | "not" | "never" | "or" | "it" | "also" | "still"
                    )
                {
                    close = Some(w[j - 1].end);
                }
                clause_verb = true;
            }
            j += 1;
        }
        close
    }

    /// Word `j` is a verb in the simple past, lower case, that can be a sentence's own
    /// verb after a clause ("Fears that the deal would collapse *pushed* markets
    /// lower", "Concern that ... *grew*"): a form in "-ed" not before "by" (a
    /// participle: "the money raised by the group") nor after "be" or an auxiliary,
    /// or a past of change or standing that takes no "-ed".
    pub(super) fn past_main_verb(&self, j: usize) -> bool {
        let w = &self.words;
        let l = self.lower(j);
        if w[j].cap || j == 0 || !self.linked(j - 1) {
            return false;
        }
        let p = self.lower(j - 1);
        if is_be(p) || is_finite_auxiliary(p) || matches!(p, "been" | "being" | "to") {
            return false;
        }
        // Not a compound adjective ("all work-related emails").
        let ed = l.len() > 4 && l.ends_with("ed") && !l.ends_with("eed") && !l.contains('-');
        (ed && !(self.linked(j) && self.lower(j + 1) == "by"))
            || matches!(
                l,
                "grew" | "rose" | "fell" | "spread" | "began" | "led" | "drove" | "sent" | "hung"
            )
    }

    /// A noun of stance after its possessor (`his claim that ...`, `Smith's call
    /// for ...`, `their support for ...`): the possessor speaks, the words after
    /// the noun are what they said, want or think.
    fn stance_noun(&self, v: usize) -> Option<Raw> {
        let w = &self.words;
        let n = v + 1;
        if !self.linked(v)
            || !matches!(
                self.lower(n),
                "that" | "to" | "of" | "on" | "about" | "for" | "against"
            )
            || !self.linked(n)
            || self.call_to_someone(v)
        {
            return None;
        }
        // The possessor, with at most two modifiers between ("his recent call").
        let possessor = |p: usize| {
            let l = self.lower(p);
            matches!(l, "his" | "her" | "their")
                || (is_possessive(l) && (w[p].cap || self.role_possessive(p).is_some()))
        };
        // "over U.S. plans to": a capitalised modifier after a preposition holds the
        // plan as a possessive would.
        let held = self.plural_noun_by_left(v).flatten();
        let owner = || {
            if held.is_some() {
                return held;
            }
            let mut p = v.checked_sub(1)?;
            let mut mods = 0;
            while !possessor(p) {
                let l = self.lower(p);
                if mods == 2
                    || !self.linked(p)
                    || w[p].cap
                    || is_function_word(l)
                    || is_preposition(l)
                {
                    return None;
                }
                p = p.checked_sub(1)?;
                mods += 1;
            }
            Some(p)
        };
        let Some(p) = owner() else {
            return self.unowned_stance(v);
        };
        // Inside someone's reported words, the stance is part of what they said.
        if !self.linked(p) || self.reported_before(p) {
            return None;
        }
        let mut ps = p;
        let subject = match self.lower(p) {
            "his" | "her" => Subject::Pronoun(pronoun_gender(self.lower(p))),
            "their" => Subject::They,
            // "the mayor's warning that ...": the office named before points back.
            _ if !w[p].cap && held.is_none() => {
                let role = self.role_possessive(p)?;
                ps = p - 1;
                Subject::RoleRef {
                    role: role.to_string(),
                    text: self.text[w[ps].start..w[p].end]
                        .trim_end_matches("'s")
                        .trim_end_matches("’s")
                        .to_string(),
                }
            }
            _ if held.is_some() => {
                while ps > 0
                    && p - ps < 2
                    && self.linked(ps - 1)
                    && w[ps - 1].cap
                    && !heads_noun_phrase(self.lower(ps - 1))
                {
                    ps -= 1;
                }
                self.classify(ps, p)?
            }
            _ => {
                while ps > 0 && p - ps < 4 && self.linked(ps - 1) && w[ps - 1].cap {
                    ps -= 1;
                }
                let mut ns = ps;
                while ns < p && (is_title_word(self.lower(ns)) || self.takes_period(ns)) {
                    ns += 1;
                }
                let t = &self.text[w[ns].start..w[p].end];
                let name = t
                    .trim_end_matches("'s")
                    .trim_end_matches("’s")
                    .trim_end_matches(['\'', '’'])
                    .to_string();
                if name.is_empty() {
                    return None;
                }
                if ns < p {
                    Subject::Person { name, title: None }
                } else {
                    Subject::Surname {
                        name,
                        title: None,
                        gender: None,
                    }
                }
            }
        };
        let first = if self.lower(n) == "that" { n + 1 } else { n };
        let end = self.phrase_end(first);
        let end = self
            .subject_clause_end(v, first)
            .map_or(end, |c| c.min(end));
        let span = self.trimmed(w[first].start, end, &['.', ' '])?;
        let belief = matches!(
            self.lower(v),
            "belief" | "beliefs" | "fear" | "fears" | "hope" | "hopes" | "view" | "views"
        );
        Some(Raw {
            pos: w[p].start,
            start: w[ps].start,
            end: span.1,
            verb: self.lower(v).to_string(),
            quote: self.clause_text(Some(span), MAX_CLAUSE_BYTES),
            span: Some(span),
            content: if belief {
                ContentKind::Belief
            } else {
                ContentKind::Indirect
            },
            direct: false,
            subject,
            appos: None,
            speech_like: false,
            sent: w[v].sent as usize,
        })
    }

    /// Word `p` is the possessive of an office after "the" ("the mayor's", "the
    /// senator’s"): the office, lowercased.
    fn role_possessive(&self, p: usize) -> Option<&str> {
        let l = self.lower(p);
        let role = l.strip_suffix("'s").or_else(|| l.strip_suffix("’s"))?;
        (p > 0
            && self.lower(p - 1) == "the"
            && self.linked(p - 1)
            && !self.words[p].cap
            && is_role_noun(role))
        .then_some(role)
    }

    /// Word `k` opens its sentence and is a modifier of the noun after it, capitalised
    /// only there ("Growing calls for", "Repeated calls to", "New claims that"): no name.
    fn opening_modifier(&self, k: usize) -> bool {
        let w = &self.words;
        let l = self.lower(k);
        (k == 0 || w[k - 1].sent != w[k].sent)
            && (matches!(
                l,
                "growing"
                    | "mounting"
                    | "rising"
                    | "new"
                    | "fresh"
                    | "recent"
                    | "earlier"
                    | "latest"
                    | "similar"
                    | "widespread"
                    | "persistent"
                    | "lingering"
            ) || (l.len() > 4 && l.ends_with("ed") && !l.ends_with("eed")))
    }

    /// "calls to the mayor's office", "a call to Lee": a call made to someone, not a
    /// call for something ("calls to resign" keeps its infinitive).
    fn call_to_someone(&self, v: usize) -> bool {
        let w = &self.words;
        matches!(self.lower(v), "calls" | "call")
            && v + 2 < w.len()
            && self.lower(v + 1) == "to"
            && self.linked(v + 1)
            && {
                let o = self.lower(v + 2);
                w[v + 2].cap || is_noun_marker(o) || is_possessive(o) || is_number_word(o)
            }
    }

    /// After "found" at `v`, a thing or a person found rather than a finding: the
    /// object, then where it was or what it did ("found the boys hiding in a shed",
    /// "found the kayak near the pier"), or the finder's own state ("found itself
    /// at the center of"). A finding ("found no evidence", "found 40% of voters") or
    /// a verdict or clause on the object ("found the firm liable", "found the men
    /// had fled") comes first.
    fn literal_find(&self, v: usize) -> bool {
        let w = &self.words;
        let n = v + 1;
        if n >= w.len() || !self.linked(v) || w[n].sent != w[v].sent {
            return false;
        }
        let first = self.lower(n);
        if first.ends_with("self") || first.ends_with("selves") {
            return true;
        }
        if matches!(
            first,
            "no" | "nothing" | "evidence" | "little" | "insufficient" | "widespread" | "between"
        ) || first.starts_with(|c: char| c.is_ascii_digit())
        {
            return false;
        }
        for i in n..w.len().min(n + 6) {
            if w[i].sent != w[v].sent || !self.linked(i - 1) {
                break;
            }
            let l = self.lower(i);
            let finite = matches!(l, "had" | "has" | "was" | "were" | "is" | "are" | "would")
                && !is_be(self.lower(i - 1))
                && !matches!(self.lower(i - 1), "who" | "that" | "which");
            if is_verdict_adjective(l) || finite {
                return false;
            }
            let participle = l.len() > 5
                && l.ends_with("ing")
                && !matches!(l, "something" | "anything" | "everything" | "during");
            if i > n && (participle || is_place_preposition(l)) {
                return true;
            }
        }
        false
    }

    /// A sentence opening "Asked about ..., " or "When asked whether ..., ": the
    /// question put to the speaker, its asker unnamed.
    /// Inside a sentence, "she was asked whether ..." and "said when asked how ...":
    /// the question, when a question word or "about" follows.
    fn asked_question(&self, v: usize) -> Option<Raw> {
        let w = &self.words;
        let opens = |i: usize| i == 0 || w[i - 1].sent != w[i].sent;
        if !self.linked(v) {
            return None;
        }
        let when = v > 0 && self.lower(v - 1) == "when" && self.linked(v - 1);
        let end = self.phrase_end(v + 1);
        if opens(v) || (when && opens(v - 1)) {
            let after = self.text[end..].trim_start();
            if !after.starts_with(',') {
                return None;
            }
        } else {
            // "was asked", "had been asked", "was later asked".
            let passive = (1..=3).any(|d| {
                v >= d && (v - d..v).all(|i| self.linked(i)) && is_be(self.lower(v - d)) && {
                    (v - d + 1..v).all(|i| {
                        let l = self.lower(i);
                        l == "been" || (l.len() > 4 && l.ends_with("ly")) || l == "also"
                    })
                }
            });
            let question = matches!(
                self.lower(v + 1),
                "whether"
                    | "if"
                    | "what"
                    | "why"
                    | "how"
                    | "who"
                    | "when"
                    | "where"
                    | "which"
                    | "about"
            );
            if !(passive || when) || !question {
                return None;
            }
        }
        let span = self.trimmed(w[v + 1].start, end, &[' '])?;
        let cue = self.text[w[v].start..w[v].end].to_string();
        Some(Raw {
            pos: w[v].start,
            start: w[v].start,
            end,
            verb: "asked".to_string(),
            quote: self.clause_text(Some(span), MAX_CLAUSE_BYTES),
            span: Some(span),
            content: ContentKind::Indirect,
            direct: false,
            subject: Subject::Unattributed { cue },
            appos: None,
            speech_like: false,
            sent: w[v].sent as usize,
        })
    }

    /// Whether the noun at `v` is a counted or priced thing ("a plan to", "an $840
    /// billion plan to"): an object in the story, not someone's reported stance.
    fn counted_thing(&self, v: usize) -> bool {
        let w = &self.words;
        (v.saturating_sub(3)..v).any(|k| {
            let l = self.lower(k);
            w[k].sent == w[v].sent
                && (matches!(l, "a" | "an" | "million" | "billion" | "trillion")
                    || l.bytes().any(|b| b.is_ascii_digit()))
        })
    }

    /// A stance noun with no possessor that, in annotated news, nearly always
    /// introduces what someone said, plans or fears ("calls for a recount", "fears
    /// that the plant will close"): the words after it, their holder unnamed.
    fn unowned_stance(&self, v: usize) -> Option<Raw> {
        let w = &self.words;
        let l = self.lower(v);
        // After a reporting verb in its sentence the noun is inside what that verb
        // reports ("Trump renewed calls for ..."), which already holds it.
        if !is_unowned_stance_noun(l) || self.reported_before(v) || self.counted_thing(v) {
            return None;
        }
        // "Concern that ... grew": the singular opens its clause, or follows an opening
        // modifier ("Growing concern that"); "the only concern that senators discussed"
        // is a relative clause on the noun.
        if l == "concern"
            && v > 0
            && self.linked(v - 1)
            && !(self.opening_modifier(v - 1) && (v < 2 || !self.linked(v - 2)))
        {
            return None;
        }
        // "phone calls to the office", "jobless claims": a thing of another kind.
        if v > 0 && self.linked(v - 1) && is_compound_of_stance(self.lower(v - 1), l) {
            return None;
        }
        // ", warning that ...": the participle of the clause's subject, not a noun.
        if v > 0 && l.ends_with("ing") && self.gap(v).contains(',') {
            return None;
        }
        // "Tom Hart plans to run", "he calls for": right after a name or a subject
        // pronoun the word is a verb, read as one with its subject; not after an
        // adjective of a people or a party ("Democratic calls for"), nor as part of a
        // name ("the Savings Plan"), nor after a determiner capitalised as it opens the
        // sentence ("The calls for", "Such claims that").
        // So too after an office or an institution named with "the" ("the mayor plans
        // to resign", "the agency calls for"): its holder is the subject. After an
        // auxiliary, a negation or an adverb of time a word the verbs read is a verb
        // too ("does not plan to", "also plans to"): the subject stands further back.
        if v > 0 && self.linked(v - 1) && {
            let p = self.lower(v - 1);
            is_subject_pronoun(p)
                || (matches!(l, "plan" | "plans" | "calls" | "claims" | "fear" | "fears")
                    && (is_bare_modal(p)
                        || matches!(
                            p,
                            "not"
                                | "never"
                                | "also"
                                | "still"
                                | "now"
                                | "already"
                                | "did"
                                | "does"
                                | "do"
                        )
                        || p.ends_with("n't")
                        || p.ends_with("n’t")))
                || (v >= 2
                    && !w[v - 1].cap
                    && self.linked(v - 2)
                    && self.lower(v - 2) == "the"
                    && (is_role_noun(p) || is_institution_noun(p)))
                // "some strategists fear that", "many voters plan to": a word without
                // "-s" right after a plural noun of people is their verb.
                || (!l.ends_with('s') && is_people_plural(p))
                || (w[v - 1].cap
                    && !w[v].cap
                    && !is_demonym(p)
                    && !is_noun_marker(p)
                    && !self.opening_modifier(v - 1)
                    && !matches!(
                        p,
                        "democratic"
                            | "republican"
                            | "this"
                            | "that"
                            | "these"
                            | "those"
                            | "such"
                            | "no"
                            | "any"
                            | "each"
                            | "every"
                    )
                    && !self.gap(v - 1).contains('/'))
        } {
            return None;
        }
        let n = v + 1;
        let first = if self.lower(n) == "that" { n + 1 } else { n };
        if first >= w.len() || w[first].sent != w[v].sent {
            return None;
        }
        let end = self.phrase_end(first);
        let end = self
            .subject_clause_end(v, first)
            .map_or(end, |c| c.min(end));
        let span = self.trimmed(w[first].start, end, &['.', ' '])?;
        let belief = matches!(l, "belief" | "fear" | "fears" | "view" | "intention");
        Some(Raw {
            pos: w[v].start,
            start: w[v].start,
            end: span.1,
            verb: l.to_string(),
            quote: self.clause_text(Some(span), MAX_CLAUSE_BYTES),
            span: Some(span),
            content: if belief {
                ContentKind::Belief
            } else {
                ContentKind::Indirect
            },
            direct: false,
            subject: Subject::Unattributed {
                cue: self.text[w[v].start..w[v].end].to_string(),
            },
            appos: None,
            speech_like: false,
            sent: w[v].sent as usize,
        })
    }

    /// "Smith is eager to leave", "Democrats were critical of the plan", "she was
    /// quick to point out that ...": a form of "be" at `b` and an adjective of stance
    /// report the words after the adjective, held by the subject before "be".
    fn be_adjective(&self, b: usize) -> Option<Raw> {
        let w = &self.words;
        let mut a = b + 1;
        while a < w.len() && a - b <= 3 && self.linked(a - 1) && {
            let l = self.lower(a);
            matches!(
                l,
                "not" | "also" | "still" | "very" | "so" | "less" | "more" | "most" | "too"
            ) || (l.len() > 4 && l.ends_with("ly") && !w[a].cap)
        } {
            a += 1;
        }
        let p = a + 1;
        if p >= w.len()
            || !self.linked(a - 1)
            || !self.linked(a)
            || !is_stance_adjective(self.lower(a))
            || !matches!(
                self.lower(p),
                "to" | "of" | "about" | "that" | "with" | "toward" | "towards" | "over"
            )
            || self.is_headline(w[b].sent as usize)
            || self.reported_before(b)
        {
            return None;
        }
        let found = self.subject_before(b)?;
        // Only people hold a stance: "the ferry is critical to the town" reports nothing.
        let holds = match &found.subject {
            Subject::It | Subject::Unattributed { .. } | Subject::Document { .. } => false,
            Subject::RoleRef { role, .. } => {
                is_role_noun(role) || is_compound_office(role) || is_anonymous_noun(role)
            }
            _ => true,
        };
        if !holds {
            return None;
        }
        let span = (self.keeps_spans())
            .then(|| self.reported_clause(a, found.start))
            .flatten();
        let sent = w[b].sent as usize;
        let end = self
            .sents
            .get(sent)
            .map_or(found.end, |s| s.end.max(found.end));
        Some(Raw {
            pos: w[b].start,
            start: found.start,
            end,
            verb: self.text[w[b].start..w[a].end].to_lowercase(),
            quote: self.clause_text(span, MAX_CLAUSE_BYTES),
            span,
            content: ContentKind::Belief,
            direct: false,
            subject: found.subject,
            appos: found.appos,
            speech_like: false,
            sent,
        })
    }

    /// For verb `v_end` in a relative clause whose subject starts at byte `start`
    /// ("a project that families and riders have demanded for years", "the levy that
    /// Democrats said would fail"): the first word of the noun phrase before the
    /// relative word (the verb's object or its report's subject) and whether the verb's
    /// object was moved out, only circumstances or the clause's end following it.
    fn relative_report(&self, v_end: usize, start: usize) -> Option<(usize, usize, bool)> {
        let r = self.relative_before(start)?;
        let w = &self.words;
        let k = v_end + 1;
        // After the verb: the clause's end, or when it happened ("for nearly a
        // decade", "on Monday", "since 2019"); a preposition of its own ("railed
        // against", "voted for Rubio") is the verb's complement.
        let when = |j: usize| {
            (j..(j + 4).min(w.len()))
                .take_while(|&i| w[i].sent == w[v_end].sent)
                .any(|i| {
                    let l = self.lower(i);
                    is_calendar_word(l)
                        || is_duration_word(l)
                        || (l.len() == 4
                            && l.starts_with("20")
                            && l.bytes().all(|b| b.is_ascii_digit()))
                })
        };
        let moved = k >= w.len() || w[k].sent != w[v_end].sent || !self.linked(v_end) || {
            let l = self.lower(k);
            matches!(l, "since" | "last" | "during")
                || (matches!(l, "for" | "on" | "in") && when(k + 1))
        };
        // The noun phrase before the relative word, back to its determiner or to a
        // break (a comma, a preposition, a verb), at most six words.
        let end = r - 1;
        let mut s = end;
        while s > 0
            && end - s < 5
            && self.linked(s - 1)
            && !matches!(self.lower(s), "a" | "an" | "the")
            && !is_possessive(self.lower(s))
        {
            let l = self.lower(s - 1);
            if is_preposition(l)
                || is_clause_boundary(l)
                || w[s - 1].class.intersects(SPEECH | class::BE)
            {
                break;
            }
            s -= 1;
        }
        Some((s, r, moved))
    }

    /// The relative "that", "which" or "whom" opening the clause of a subject that
    /// starts at byte `start` ("a project that families and riders", "the levy,
    /// which teachers"); not "that" after a verb, a stance word or an adjective
    /// ("said that", "the claim that", "clear that"), which opens a reported clause.
    fn relative_before(&self, start: usize) -> Option<usize> {
        let w = &self.words;
        let s = w.partition_point(|x| x.start < start);
        // Back over the subject's words ("working families and transit riders") to
        // the relative word; a verb or a break on the way ends the search.
        let r = (s.saturating_sub(8)..s)
            .rev()
            .take_while(|&i| self.linked(i) && !w[i].class.intersects(SPEECH | class::BE))
            .find(|&i| matches!(self.lower(i), "that" | "which" | "whom"))?;
        if r == 0 || w[r - 1].sent != w[r].sent {
            return None;
        }
        let prev = self.lower(r - 1);
        // Not "in which", "with whom", nor "told the Post that" (a listener).
        if is_preposition(prev)
            || (r.saturating_sub(4)..r - 1).any(|i| w[i].sent == w[r].sent && self.is(i, SPEECH))
        {
            return None;
        }
        let relative = self.lower(r) != "that"
            || (self.linked(r - 1)
                && !(w[r - 1].class).intersects(SPEECH | class::STANCE | class::BE | PARTICIPLE)
                && !is_complement_noun(prev)
                && !prev.ends_with("ing")
                && !prev.ends_with("ed")
                && !is_calendar_word(prev)
                && !matches!(prev, "time" | "times" | "day" | "way" | "reason" | "moment")
                && !is_function_word(prev)
                && !is_stance_adjective(prev)
                && !is_finite_auxiliary(prev)
                && !prev.ends_with("ly"));
        // A noun phrase before "that": a determiner, a possessive or a number opens
        // it within three words ("a project that", "25 judges that"), unlike a verb
        // or an adverb ("I mean that", "it seems that", "weeks ago that").
        let noun_phrase = self.lower(r) != "that"
            || (prev != "ago"
                && (r.saturating_sub(3)..r)
                    .rev()
                    .take_while(|&i| self.linked(i))
                    .any(|i| {
                        let l = self.lower(i);
                        matches!(
                            l,
                            "a" | "an" | "the" | "this" | "his" | "her" | "their" | "its"
                        ) || is_possessive(l)
                            || is_number_word(l)
                            || l.starts_with(|c: char| c.is_ascii_digit())
                    }));
        (relative && noun_phrase).then_some(r)
    }

    /// True when the words after verb `v` up to the end of its sentence say only when
    /// ("on Monday", "last week", "Tuesday night").
    fn only_time_after(&self, v: usize) -> bool {
        let w = &self.words;
        let mut k = v + 1;
        let mut n = 0;
        while k < w.len() && w[k].sent == w[v].sent {
            let l = self.lower(k);
            let time = is_weekday(l)
                || is_calendar_word(l)
                || matches!(
                    l,
                    "on" | "in"
                        | "last"
                        | "this"
                        | "next"
                        | "earlier"
                        | "later"
                        | "today"
                        | "yesterday"
                        | "again"
                )
                || is_time_unit(l);
            if !time {
                return false;
            }
            n += 1;
            k += 1;
        }
        n > 0
    }

    /// True when a verb of speaking at `v` says what it was about: after adverbs
    /// and "out" ("spoke briefly", "spoke out"), "about", "of", "against", "as",
    /// "in favor of", "in defense of", "on behalf of" or, after "out", "for" ("spoke
    /// highly of the plan", "spoke out for it"); or after a listener, "about" before
    /// any comma ("spoke to reporters about the levy").
    fn speaks_of_something(&self, v: usize) -> bool {
        let w = &self.words;
        let within = |k: usize| k < w.len() && w[k].sent == w[v].sent && self.linked(k - 1);
        let mut k = v + 1;
        let mut out = false;
        while within(k) && k - v <= 3 {
            let l = self.lower(k);
            if l == "out" {
                out = true;
            } else if !(l.ends_with("ly") || matches!(l, "again" | "also" | "often" | "at")) {
                break;
            }
            // "spoke at length about": "at length" is how.
            if l == "at" && !(within(k + 1) && self.lower(k + 1) == "length") {
                break;
            }
            k += 1 + usize::from(l == "at");
        }
        if !within(k) {
            return false;
        }
        match self.lower(k) {
            "about" | "of" | "against" | "as" => true,
            "for" => out,
            // "spoke in defense of the plan", "spoke on behalf of her".
            "in" | "on" => {
                out || (within(k + 2)
                    && matches!(
                        self.lower(k + 1),
                        "defense" | "defence" | "favor" | "favour" | "support" | "behalf"
                    )
                    && self.lower(k + 2) == "of")
            }
            "to" | "with" => (k + 1..(k + 12).min(w.len()))
                .take_while(|&j| w[j].sent == w[v].sent && self.linked(j - 1))
                .any(|j| self.lower(j) == "about"),
            _ => false,
        }
    }

    /// True when verb `v` has no words after it to report: a modal or a form of "be"
    /// right after it, for a verb that takes a thing as its object ("the plan Roe
    /// proposed would cut fares"; not "the deal, which Roe said would create jobs" nor
    /// "which Roe estimates will cost", verbs taking a clause, nor "what Roe said was
    /// false", which PolNeAR reads as a report).
    fn object_before_subject(&self, v: usize) -> bool {
        let w = &self.words;
        if v + 2 >= w.len() || !self.linked(v) || w[v].quote.is_some() {
            return false;
        }
        let l = self.lower(v);
        if !matches!(
            self.lower(v + 1),
            "would" | "will" | "could" | "should" | "might" | "may" | "is" | "was" | "are" | "were"
        ) {
            return false;
        }
        // Only a verb that takes a thing ("the plan Roe proposed would cut fares"), not
        // one that takes a clause ("which Roe estimates will cost", "which Democrats
        // doubt will flip"); "what Roe said is false" reports.
        matches!(
            l,
            "proposed"
                | "proposes"
                | "announced"
                | "announces"
                | "unveiled"
                | "unveils"
                | "outlined"
                | "introduced"
                | "offered"
                | "endorsed"
                | "backed"
                | "supported"
                | "opposed"
                | "rejected"
                | "released"
                | "described"
        )
    }

    /// True when verb `v`, with a comma right after it, ends a clause opened by a
    /// subordinator other than "as" at its sentence's start, with no comma before it
    /// ("After Clinton testified, Gowdy ...", "When Roe spoke, the crowd ...").
    fn closes_subordinate_clause(&self, v: usize) -> bool {
        let w = &self.words;
        // "When someone shouted, “Cruz,” Beck joked": a quotation after the comma is
        // the cry's words.
        if v + 1 >= w.len()
            || w[v + 1].sent != w[v].sent
            || w[v + 1].quote.is_some()
            || !self.gap(v + 1).starts_with(',')
        {
            return false;
        }
        let Some(sent) = self.sents.get(w[v].sent as usize) else {
            return false;
        };
        let s0 = w.partition_point(|x| x.start < sent.start);
        let first = if s0 < v && matches!(self.lower(s0), "but" | "and" | "yet") {
            s0 + 1
        } else {
            s0
        };
        first + 1 < v
            && v - first <= REPORT_WINDOW_WORDS
            && w[first].quote.is_none()
            && is_subordinator(self.lower(first))
            && !matches!(self.lower(first), "as" | "like")
            && (first..v).all(|i| self.linked(i))
    }

    /// True when claim verb `v` takes as its object a thing won, owned or suffered,
    /// not a statement ("the storm claimed the lives of six people", "claimed
    /// victory", "claimed first place"): the head of the noun phrase after it, read
    /// past articles, numbers and adjectives, is one of the words of the lexicon's
    /// `@claimed` list (`data/lexicon.txt`), the list its loaded-language entry reads.
    fn claims_literally(&self, v: usize) -> bool {
        if !matches!(self.lower(v), "claim" | "claims" | "claimed" | "claiming") {
            return false;
        }
        let w = &self.words;
        let list = builtin_word_list("claimed");
        let mut k = v + 1;
        while k < w.len() && k - v <= 6 && w[k].sent == w[v].sent && self.linked(k - 1) {
            let l = self.lower(k);
            // "claims by the mayor that ...": the noun's maker, not a passive's agent.
            if list.iter().any(|x| &**x == l) {
                return !(l == "by" && self.lower(v) == "claims");
            }
            if !before_head(l, w[k].cap) {
                return false;
            }
            k += 1;
        }
        false
    }

    /// True when verb `v` is used in a sense that reports no words: a call made on the
    /// phone or put off ("called 911", "called police", "called him back", "called off
    /// the rally"), a release from custody or care ("released from jail"), or keeping,
    /// adding, casting votes or a plan that is no intention ([`reports_nothing_after`]:
    /// "maintained a lead", "many plans rose").
    fn acts_without_words(&self, v: usize) -> bool {
        let w = &self.words;
        let next = |k: usize| {
            (k < w.len() && w[k].sent == w[v].sent && self.linked(k - 1)).then(|| self.lower(k))
        };
        match self.lower(v) {
            "call" | "calls" | "called" | "calling" => match next(v + 1) {
                Some("off" | "911" | "police" | "back") => true,
                Some(o) if is_object_pronoun(o) => next(v + 2) == Some("back"),
                _ => self.names_a_thing(v),
            },
            "release" | "releases" | "released" | "releasing" => next(v + 1) == Some("from"),
            // The words of the clause after it, read lazily.
            // "Roe responded by invoking a debate. “I stood ...”": a quotation opening
            // the next sentence is the answer's words.
            l => {
                reports_nothing_after(l, (v + 1..w.len()).map_while(next))
                    && !(l.starts_with("respond") && {
                        let k = w.partition_point(|x| x.sent <= w[v].sent);
                        w.get(k).is_some_and(|x| x.quote.is_some())
                    })
            }
        }
    }

    /// True when "called" at `v` gives a thing its name: after a noun phrase opened by
    /// "a", "an" or "another" whose head is no person, and before a capitalised word or
    /// a quotation ("a group called Harbor Watch", "a website called “Ferry Watch”"). A
    /// person so described still speaks ("a spokesman called Harbor Watch a fraud").
    fn names_a_thing(&self, v: usize) -> bool {
        let w = &self.words;
        if self.lower(v) != "called" || v < 2 || v + 1 >= w.len() || w[v + 1].sent != w[v].sent {
            return false;
        }
        let named =
            (self.linked(v) && w[v + 1].cap) || (w[v].quote.is_none() && w[v + 1].quote.is_some());
        let head = self.lower(v - 1);
        if !named
            || !self.linked(v - 1)
            || is_function_word(head)
            || is_preposition(head)
            || is_role_noun(head)
            || is_people_noun(head)
            || is_anonymous_noun(head)
            || is_collective_role_noun(head)
        {
            return false;
        }
        // "a union called Mayor Dunn a liar", "... reckless", "called Dunn's plan
        // reckless": a verdict after the name
        // makes "called" the verb of the phrase before it.
        let mut e = v + 1;
        while e + 1 < w.len() && self.linked(e) && w[e + 1].cap {
            e += 1;
        }
        if self.linked(e)
            && e + 1 < w.len()
            && !w[e + 1].cap
            && (is_possessive(self.lower(e))
                || is_noun_marker(self.lower(e + 1))
                || pos_of(self.lower(e + 1)) == "adj")
        {
            return false;
        }
        // The article within four words, only words of the noun phrase between.
        let mut k = v - 1;
        while k > 0 && v - k <= 4 && self.linked(k - 1) {
            k -= 1;
            let l = self.lower(k);
            if matches!(l, "a" | "an" | "another") {
                return true;
            }
            if is_function_word(l) || is_preposition(l) || self.is(k, SPEECH) {
                return false;
            }
        }
        false
    }

    /// True when act verb `v` ([`is_act_verb`]), its phrase ending at word `v_end`,
    /// reports words said: "fired back", "approved of", a "that" clause ("signed
    /// that the pier was unsafe", not "blocked that vote"), a colon ("fired off a message:
    /// ..."), a quotation right after it or one that reads as words said in its own
    /// phrase, before a comma or another verb of saying ("attacked the bill in a
    /// speech, “It Is a Sham”"; not a term, "passed a “cap and trade” bill", nor a
    /// title), or for a verb of attack "as" or "for" after its object.
    fn act_reports(&self, v: usize, v_end: usize) -> bool {
        let w = &self.words;
        let l = self.lower(v);
        // "fired back": the particle ends the verb's phrase.
        if v_end > v && is_act_speech_particle(l, self.lower(v_end)) {
            return true;
        }
        let first = v_end + 1;
        if first >= w.len() || w[first].sent != w[v].sent {
            return false;
        }
        if self.gap(first).contains(':') {
            return true;
        }
        if self.linked(v_end) && act_phrase_reports(l, self.lower(first)) {
            return true;
        }
        let opens_clause = |k: usize| {
            k < w.len()
                && self.linked(k - 1)
                && (w[k].cap || is_subject_pronoun(self.lower(k)) || is_noun_marker(self.lower(k)))
        };
        if self.linked(v_end) && self.lower(first) == "that" && opens_clause(first + 1) {
            return true;
        }
        let quote_of = |j: usize| {
            w[j].quote
                .and_then(|q| self.quotes.get(q as usize))
                .map(|q| &self.text[q.inner_start..q.inner_end])
        };
        for j in first..(first + ACT_PHRASE_WORDS).min(w.len()) {
            if w[j].sent != w[v].sent {
                break;
            }
            let gap = self.gap(j);
            if j > first && gap.contains([',', ';', ':', '(', '—', '–']) {
                // "fired off a one-word message on Twitter: “...”"
                return gap.contains(':') && quote_of(j).is_some_and(|q| !is_title(q));
            }
            if let Some(q) = quote_of(j) {
                return if j == first {
                    !is_title(q)
                } else {
                    reads_as_speech(q)
                };
            }
            if j > first && w[j].class.intersects(SPEECH | CUE | PARTICIPLE) {
                break; // "a candidate named Roe observed that “...”"
            }
            if j > first && act_object_reports(l, self.lower(j)) {
                return true;
            }
        }
        false
    }

    /// The doer of act verb `v` read as no report, with its sentence and place: the
    /// subject before it, for a finite verb only.
    fn act_subject(&self, v: usize, participle: bool) -> Option<(usize, usize, Found)> {
        if participle {
            return None;
        }
        let f = self.subject_before(v)?;
        Some((self.words[v].start, self.words[v].sent as usize, f))
    }

    /// True when verb `v` follows "you" in a sentence that ends in a question mark
    /// ("Do you think the levy is fair?", "will you vote for him?").
    fn question_to_you(&self, v: usize) -> bool {
        let w = &self.words;
        if v == 0 || !self.linked(v - 1) || self.lower(v - 1) != "you" {
            return false;
        }
        let sent = &self.sents[(w[v].sent as usize).min(self.sents.len() - 1)];
        self.text[sent.start..sent.end]
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '"' | '\u{201d}' | '\'' | '\u{2019}')
            })
            .ends_with('?')
    }

    /// True when word `v`, a participle of publishing, follows a document's noun in
    /// lower case and a verb that reports follows it in the same run of words ("A
    /// report released Monday said ...", "a study published in The Lancet found
    /// ..."): it tells how the document came out, the document reports through that
    /// verb. With no such verb it stays the report ("In a poll released Monday, 50
    /// percent ...").
    fn describes_document(&self, v: usize) -> bool {
        let w = &self.words;
        v > 0
            && self.linked(v - 1)
            && !w[v - 1].cap
            && is_document_noun(self.lower(v - 1))
            && (v + 1..(v + 10).min(w.len()))
                .take_while(|&j| self.linked(j - 1))
                .any(|j| w[j].class.intersects(SPEECH | CUE))
    }

    /// True when word `v`, a verb ending in "-ed", stands between a figure (in digits or
    /// a word) or an article and a lowercase word that is not a function word or a
    /// preposition ("400 pledged delegates", "three declared candidates", "the elected
    /// officials", "his stated aim"): an adjective,
    /// not a verb with a subject.
    fn adjective_participle(&self, v: usize) -> bool {
        let w = &self.words;
        if v == 0 || v + 1 >= w.len() || !self.linked(v - 1) || !self.linked(v) || w[v].cap {
            return false;
        }
        let l = self.lower(v);
        let before = self.lower(v - 1);
        let after = self.lower(v + 1);
        l.ends_with("ed")
            && (is_noun_marker(before)
                || is_number_word(before)
                || (before.bytes().any(|b| b.is_ascii_digit())
                    && before.bytes().all(|b| b.is_ascii_digit() || b == b',')))
            && after.starts_with(|c: char| c.is_ascii_lowercase())
            && !w[v + 1].cap
            && !is_function_word(after)
            && !is_noun_marker(after)
            && !is_preposition(after)
            && !matches!(after, "him" | "them")
    }

    /// True when the words after verb `v` up to the end of its sentence say only
    /// where from ("reported from Dayton", "spoke from the Oval Office", "Lee
    /// reported from Dayton; Cho, from Akron"): a place, capitalised word by word.
    fn only_place_after(&self, v: usize) -> bool {
        let w = &self.words;
        if v + 2 >= w.len() || !self.linked(v) || self.lower(v + 1) != "from" {
            return false;
        }
        let mut k = v + 2;
        while k < w.len() && w[k].sent == w[v].sent {
            let gap = self.gap(k);
            if gap.contains(['"', '\u{201c}', '\u{2018}', ':']) {
                return false;
            }
            if !(w[k].cap || matches!(self.lower(k), "the" | "and" | "from" | "of")) {
                return false;
            }
            k += 1;
        }
        w[k - 1].cap
    }

    /// True when the words after cue verb `v` tell only that its speaker was not
    /// named ("spoke on condition of anonymity because ...", "spoke to the paper
    /// anonymously", "requested anonymity to speak freely"): the cue reports nothing
    /// of its own there, unless "that", a colon or a quotation follows the anonymity.
    fn only_anonymity_after(&self, v: usize) -> bool {
        let w = &self.words;
        let mut k = v + 1;
        while k < w.len() && w[k].sent == w[v].sent && k <= v + ANONYMITY_AFTER {
            let l = self.lower(k);
            if matches!(l, "anonymity" | "anonymously") {
                let more = k + 1 < w.len() && w[k + 1].sent == w[v].sent;
                return !(more
                    && (self.lower(k + 1) == "that"
                        || self.gap(k + 1).contains([':', '"', '\u{201c}', '\u{2018}'])));
            }
            let of_terms = l == "of" && matches!(self.lower(k - 1), "condition" | "terms");
            if matches!(l, "about" | "that" | "of") && !of_terms
                || (k > v + 1 && !self.linked(k - 1))
            {
                return false;
            }
            k += 1;
        }
        false
    }

    /// The form of "be" before participle `v` when the two make a progressive verb
    /// ("is calling", "has been saying", "are now backing"), not a participle after
    /// a comma.
    /// After a pronoun with "be" contracted into it ("She’s describing", "they’re not
    /// saying"), the word after the pronoun, so that the subject read before it is
    /// the pronoun itself.
    fn progressive_be(&self, v: usize) -> Option<usize> {
        let mut k = v.checked_sub(1)?;
        // Adverbs between "be" and the participle: "now", "also", "still", "not",
        // "just", and any in "-ly" but a hedge ("is suddenly promising"; "is
        // reportedly planning" is the hedge's claim).
        while self.linked(k)
            && k + 4 > v
            && (matches!(
                self.lower(k),
                "now" | "also" | "still" | "not" | "just" | "again" | "already"
            ) || (self.lower(k).len() > 4
                && self.lower(k).ends_with("ly")
                && !is_hedge_adverb(self.lower(k))))
        {
            k = k.checked_sub(1)?;
        }
        let contracted = matches!(
            self.lower(k),
            "he's" | "he’s" | "she's" | "she’s" | "they're" | "they’re" | "we're" | "we’re"
        );
        if contracted && self.linked(k) {
            return Some(k + 1);
        }
        (self.linked(k)
            && is_be(self.lower(k))
            && !matches!(self.lower(k), "being" | "it's" | "it’s"))
        .then_some(k)
    }

    /// True when the subject before bare verb `v` is plural or "I", "we", "you",
    /// "they" ("Democrats support", "most voters oppose", "I know"), or "do" comes
    /// before the verb ("the study did not mention").
    fn plural_before(&self, v: usize) -> bool {
        let Some(k) = self.core_before(v) else {
            return false;
        };
        if !self.linked(k) {
            return false;
        }
        // Inside words another verb reports ("He warned that such forces would
        // continue"), a plural verb is part of what was said.
        if self.reported_before(k) {
            return false;
        }
        // "The study did not mention ...", "she does support ...": after "do" the
        // bare form is the verb whatever the subject.
        let mut d = v - 1;
        if matches!(self.lower(d), "not" | "never") && d > k + 1 && self.linked(d - 1) {
            d -= 1;
        }
        if d > k && self.linked(d) && is_do_form(self.lower(d)) {
            return true;
        }
        let l = self.lower(k);
        // "Voters in Dayton support ...": a plural noun opening the clause, narrowed
        // by the words after it.
        let narrowed = || {
            let w = &self.words;
            // The verb is in lower case and follows a noun or name, not "the", "their"
            // or a preposition ("at the top of the list", "had their say").
            if w[v].cap
                || is_function_word(l)
                || is_preposition(l)
                || l.ends_with("ing")
                || l.ends_with("ly")
                || !self.linked(k)
            {
                return false;
            }
            let (s, opens) = self.phrase_opening(k, k);
            // No verb sits between the narrowed noun and this one ("experts have
            // urged leaders to drop the plans").
            s < k
                && opens
                && self.narrowed_head(s, k)
                && (s..k).all(|i| {
                    !w[i].class.intersects(SPEECH | CUE | BARE)
                        && !is_be(self.lower(i))
                        && !is_skippable_between(self.lower(i))
                })
        };
        matches!(
            l,
            "i" | "we" | "you" | "they" | "many" | "most" | "some" | "others" | "both" | "all"
        ) || (is_plural_noun_form(l)
            && !is_possessive(l)
            && !is_function_word(l)
            && !is_preposition(l))
            || l.ends_with('%')
            || narrowed()
            // "56 percent would vote for", "4 in 10 voters in each state want": a
            // poll's share takes a plural verb ("45 percent support" right after
            // the share is a noun).
            || ({
                // Only a share before the verb, or a place after the people counted,
                // can open such a phrase: the cheap tests first.
                let share = is_share_word(l) || l.starts_with(|c: char| c.is_ascii_digit());
                let placed = (k.saturating_sub(4)..k).any(|i| matches!(self.lower(i), "in" | "across"));
                ((share && k + 1 < v) || placed) && self.share_subject(v).is_some()
            })
    }

    /// True when a reporting word opens, earlier in its sentence, the words that word
    /// `k` sits in ("He added that NATO members made clear their intention ...").
    fn reported_before(&self, k: usize) -> bool {
        let w = &self.words;
        (0..k)
            .rev()
            .take_while(|&i| w[i].sent == w[k].sent)
            .any(|i| {
                w[i].quote.is_none() && w[i].class.intersects(SPEECH | CUE | PARTICIPLE | BARE)
            })
    }

    /// True when word `v`, a word of saying ending in -s ("calls", "reports",
    /// "tweets") after at most two opening words of its sentence that name no one
    /// ("Angry", "Several", "Early police"), is a plural noun: the word right after
    /// it is a verb of its own (a lowercase -ed form, a form of "be", or another
    /// word of saying).
    fn plural_noun_of_saying(&self, v: usize) -> bool {
        let w = &self.words;
        let l = self.lower(v);
        let next = v + 1;
        let opening = (1..=2).any(|n| {
            v >= n
                && (v - n == 0 || w[v - n - 1].sent != w[v].sent)
                && (v - n + 1..v).all(|i| !w[i].cap)
                && (v - n..v).all(|i| self.linked(i))
        });
        opening
            && l.len() > 3
            && l.ends_with('s')
            && !l.ends_with("ss")
            && l != "says"
            && next < w.len()
            && w[next].sent == w[v].sent
            && self.linked(v)
            && ((!w[next].cap && self.lower(next).ends_with("ed"))
                || self.is(next, class::BE)
                || w[next].class.intersects(SPEECH | CUE | BARE))
    }

    /// Word `v`, a reporting word in "-s" that is also a plural noun ("plans",
    /// "calls", "claims"), read as that noun by the word before it: a determiner
    /// ("the plans", "such claims"), a possessive ("Moscow's plans", "its own calls"),
    /// a verb whose object it is ("announced plans to", "has no plans", "dismissed
    /// claims that"), or a preposition whose object it heads past one or two
    /// capitalised words ("protests over U.S. plans to", "amid Republican calls for").
    /// `Some(Some(p))` gives the last of those capitalised words, the plan's holder;
    /// `Some(None)` a noun with no holder beside it; `None` a verb.
    fn plural_noun_by_left(&self, v: usize) -> Option<Option<usize>> {
        let w = &self.words;
        let l = self.lower(v);
        if v == 0 || w[v].cap || !self.linked(v - 1) || !is_plural_stance_word(l) {
            return None;
        }
        // "the reports that the plant will close": a claim's noun with its clause
        // keeps the claim.
        if l == "reports" && self.linked(v) && self.lower(v + 1) == "that" {
            return None;
        }
        let p = self.lower(v - 1);
        let noun = is_compound_of_stance(p, l)
            || matches!(
            p,
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
                | "such"
                | "no"
                | "these"
                | "those"
                | "own"
                | "any"
                | "several"
                | "other"
                | "new"
                | "earlier"
                | "recent"
                | "latest"
                | "similar"
                | "growing"
                | "mounting"
                | "fresh"
        ) || (is_possessive(p)
            && !matches!(
                p.trim_end_matches(['s', '\'', '’']),
                "it" | "he" | "she" | "that" | "what" | "there" | "who" | "here" | "where" | "let"
            ))
            || (!w[v - 1].cap && takes_object_noun(p))
            // "the pension claims have been ignored": a plural noun, the subject of
            // the verb after it.
            // Not after a subject ("who he claims has misled", "what the company
            // claims is a saving": the verb's object went before it).
            || (self.linked(v)
                && matches!(
                    self.lower(v + 1),
                    "are" | "were" | "have" | "has" | "had" | "was" | "is"
                )
                && !w[v - 1].cap
                && !is_subject_pronoun(p)
                && !(v.saturating_sub(5)..v).any(|i| {
                    w[i].sent == w[v].sent
                        && matches!(self.lower(i), "what" | "who" | "whom" | "which" | "that")
                }));
        if noun || self.opening_modifier(v - 1) {
            return Some(None);
        }
        // "over U.S. plans", "amid Republican calls": one or two capitalised words
        // after a preposition. The preposition opens the sentence only when it never
        // tells a place or a time ("Despite Green Party calls ..."; an opening "In
        // Ohio Trump plans ..." may have lost its comma).
        (1..=2)
            .take_while(|&n| v > n && w[v - n].cap && self.linked(v - n - 1))
            .any(|n| {
                let k = v - n - 1;
                let q = self.lower(k);
                let first = k == 0 || w[k - 1].sent != w[k].sent;
                // "House of Representatives plans", "the Center on Education
                // Statistics reports": a preposition inside a name is no object's.
                let in_name = !first && w[k - 1].cap && self.linked(k - 1);
                !in_name
                    && heads_noun_phrase(q)
                    && !matches!(q, "like" | "after" | "before" | "since" | "until")
                    && if first {
                        matches!(
                            q,
                            "amid"
                                | "amidst"
                                | "despite"
                                | "alongside"
                                | "regarding"
                                | "concerning"
                        )
                    } else {
                        !w[k].cap
                    }
            })
            .then_some(Some(v - 1))
    }

    /// True when byte `at` is inside the words of an embedded post.
    fn in_post(&self, at: usize) -> bool {
        let k = self.posts.partition_point(|p| p.end <= at);
        self.posts.get(k).is_some_and(|p| p.start <= at)
    }

    /// An embedded post as its author's direct words: the speaker is the name that
    /// signs it, read as any subject (a person, or an organisation by its name),
    /// else the name as written; the verb is [`POSTED`].
    fn post_raw(&self, p: &EmbeddedPost) -> Raw {
        let w = &self.words;
        let s = w.partition_point(|x| x.start < p.name_start);
        let e = w.partition_point(|x| x.end <= p.name_end);
        let whole = &self.text[p.name_start..p.name_end];
        // Only titles may come before the name read ("Gov. Jane Roe", "Vice President
        // Roe"), only marks after it ("Roe."): else the reading took part of the name.
        let covers = |name: &str| {
            whole.find(name).is_some_and(|at| {
                let rest = &whole[at + name.len()..];
                whole[..at].split_whitespace().all(|t| {
                    let l = crate::text::to_lowercase(t.trim_end_matches('.'));
                    is_title_word(&l)
                        || is_name_prefix(&l)
                        || is_honorific(&l)
                        || is_abbreviated_title(&l)
                        || is_leading_filler(&l)
                        || !t.chars().any(char::is_alphanumeric)
                }) && !rest.chars().any(char::is_alphanumeric)
            })
        };
        let subject = match (s < e).then(|| self.classify(s, e - 1)).flatten() {
            Some(Subject::Person { name, title }) if covers(&name) => {
                Subject::Person { name, title }
            }
            Some(Subject::Surname {
                name,
                title,
                gender,
            }) if covers(&name) => Subject::Surname {
                name,
                title,
                gender,
            },
            Some(Subject::Org { .. }) => Subject::Org {
                name: whole.to_string(),
            },
            Some(Subject::Group { .. }) => Subject::Group {
                name: whole.to_string(),
            },
            _ => Subject::Person {
                name: whole.to_string(),
                title: None,
            },
        };
        let inner = &self.text[p.start..p.end];
        Raw {
            pos: p.start,
            start: p.start,
            end: p.signature_end,
            verb: POSTED.to_string(),
            quote: self.keeps_words().then(|| shorten(inner, MAX_QUOTE_BYTES)),
            span: Some((p.start, p.end)),
            content: ContentKind::Direct,
            direct: true,
            subject,
            appos: None,
            speech_like: true,
            sent: self.sentence_at(p.start),
        }
    }

    /// True when quotation `q` (its words `inner`) is a programme's or a
    /// publication's title closing a phrase before its sentence goes on: a comma
    /// ends its words and it follows "on", "with", "of" or a possessive (`on “Harbor
    /// Hour,”`, `WXYZ’s “Harbor Hour,”`, `the author of “Rivers of Stone,”`).
    fn names_programme(&self, q: &QuoteSpan, inner: &str) -> bool {
        let w = &self.words;
        if !inner.ends_with(',') {
            return false;
        }
        let j = w.partition_point(|x| x.start < q.open);
        let Some(b) = j.checked_sub(1) else {
            return false;
        };
        let l = self.lower(b);
        w[b].end <= q.open
            && w[b].quote.is_none()
            && self.text[w[b].end..q.open].trim().is_empty()
            && (matches!(l, "on" | "with" | "of") || (w[b].cap && is_possessive(l)))
    }

    /// Pass (3): candidate attributions from quotes, reporting verbs and hedges.
    pub(super) fn candidates(&self) -> Vec<Raw> {
        let w = &self.words;
        let mut consumed = vec![false; w.len()];
        let mut raws = Vec::new();
        for q in self.quotes {
            let Some(span) = self.trimmed(q.inner_start, q.inner_end, &[' ', '\n', '\t']) else {
                continue;
            };
            // The so-called “fund” is the writer's distance from a name, not a quotation:
            // a report around it is read from its words, as if it had no marks.
            if crate::text::quotes::follows_name_marker(self.text, q.open) {
                continue;
            }
            // A quotation inside an embedded post is part of the post's words.
            if self.in_post(q.open) {
                continue;
            }
            let inner = &self.text[span.0..span.1];
            // A title ("Hail, Caesar!", "The Art of the Deal") is not speech.
            let title = is_title(inner);
            // `Sunday on CNN’s “Harbor Hour,” Ruiz said ...`: a title after "on", "with"
            // or a possessive names a programme; the verb after it reports its own clause.
            if title && self.names_programme(q, inner) {
                continue;
            }
            // `“Harbor Lights,” by Ann Lee`, `“Yes to the levy” (2009)`: a title or a slogan.
            let speech_like = reads_as_speech(inner) && !self.credited_or_dated(q);
            let sent = self.sentence_at(q.open);
            let tag = self.post_tag(q).or_else(|| self.pre_tag(q, &consumed));
            let quoted = span;
            let mut span = Some(span);
            let mut content = ContentKind::Direct;
            let (subject, appos, start, end, verb) = match tag {
                Some((f, v)) => {
                    consumed[v] = true;
                    // `said the plan was “dead”`: the quote sits inside reported words,
                    // which the attribution reports whole. The span and the content
                    // kind are read only with the words (see [`Doc::keeps_spans`]).
                    let partial = (self.keeps_spans())
                        .then(|| self.partial_span(q, v, f.start, quoted))
                        .flatten();
                    if let Some(p) = partial {
                        span = Some(p);
                        content = ContentKind::Partial;
                    }
                    let verb = if self.lower(v) == "according" {
                        "according to".to_string()
                    } else if self.words[v].end <= q.open
                        && (self.is_name_word(v)
                            || (self.text[self.words[v].end..q.open].trim() == ":"
                                && !self.words[v].class.intersects(SPEECH | CUE | PARTICIPLE)))
                    {
                        // `Clinton: “...”`, `Pike went further on Monday: “...”`
                        ":".to_string()
                    } else {
                        self.lower(v).to_string()
                    };
                    (
                        f.subject,
                        f.appos,
                        f.start.min(q.open),
                        f.end.max(q.close_end),
                        verb,
                    )
                }
                None => match self.signature_after(q) {
                    // `“...”` and on the next line `- Sanders.`
                    Some(f) => (f.subject, f.appos, q.open, f.end, "signed".to_string()),
                    None => (Subject::Continue, None, q.open, q.close_end, String::new()),
                },
            };
            raws.push(Raw {
                pos: q.open,
                start,
                end,
                verb,
                quote: self.keeps_words().then(|| shorten(inner, MAX_QUOTE_BYTES)),
                span,
                content,
                direct: true,
                subject,
                appos,
                speech_like,
                sent,
            });
        }
        raws.extend(self.posts.iter().map(|p| self.post_raw(p)));
        // The doers of act verbs read as no report: the speakers of the participles
        // after them ("Nadler opened by saying ...").
        let mut acts: Vec<(usize, usize, Found)> = Vec::new();
        for &v in &self.marked {
            let v = v as usize;
            if consumed[v] || self.after_plural_possessive(v) {
                continue;
            }
            // Only a capitalised word is read as a speaker before a colon (a name,
            // or one in capitals): for any other the colon is not looked for.
            // One byte between the two words (most pairs): a colon only if it is one.
            let colon = w[v].cap
                && v + 1 < w.len()
                && if w[v + 1].start == w[v].end + 1 {
                    self.text.as_bytes()[w[v].end] == b':'
                } else {
                    self.colon_gap(v + 1)
                };
            // A word of none of the classes below (a capitalised word, mostly) is
            // read only as a speaker before a colon.
            if !colon && !w[v].class.intersects(ACTS) {
                continue;
            }
            if colon
                && (w[v].class.contains(class::NAME)
                    || self.is_caps_speaker(v)
                    || self.is_interview_label(v))
            {
                if let Some((found, span)) = self.colon_line(v) {
                    // A transcript's line ("A: ...", "MORENO: ...") is the speaker's
                    // own words, as a quotation is; a name and a colon in prose
                    // ("Clinton: tax the rich") sums up what they said.
                    let transcript = self.is_caps_speaker(v) || self.is_interview_label(v);
                    raws.push(Raw {
                        pos: found.start,
                        start: found.start,
                        end: span.1,
                        verb: ":".to_string(),
                        quote: self.clause_text(Some(span), MAX_CLAUSE_BYTES),
                        span: Some(span),
                        content: if transcript {
                            ContentKind::Direct
                        } else {
                            ContentKind::Indirect
                        },
                        direct: transcript,
                        subject: found.subject,
                        appos: None,
                        speech_like: false,
                        sent: w[v].sent as usize,
                    });
                    continue;
                }
            }
            if self.is(v, class::POLL) {
                if let Some(raw) = self.in_poll(v) {
                    raws.push(raw);
                }
                continue;
            }
            if self.is(v, class::STANCE) && !self.is_headline(w[v].sent as usize) {
                if let Some(raw) = self.stance_noun(v) {
                    raws.push(raw);
                    continue;
                }
            }
            if self.is(v, SPEECH) && self.lower(v) == "asked" {
                if let Some(raw) = self.asked_question(v) {
                    raws.push(raw);
                    continue;
                }
            }
            if self.is(v, class::BE) {
                if let Some(raw) = self.be_adjective(v) {
                    raws.push(raw);
                    continue;
                }
            }
            if !w[v]
                .class
                .intersects(SPEECH | ACCORDING | PARTICIPLE | CUE | BARE)
            {
                continue;
            }
            if self.is_headline(w[v].sent as usize) {
                continue; // "Ministry Says Aid Will Prolong the Conflict" reports no one
            }
            // "said in a statement posted online", "said Friday in a ruling issued late
            // Tuesday": a participle of publishing right after the channel a verb of
            // saying names describes that channel; it is no second report ("A report
            // released Monday found ..." keeps its own).
            if is_publication_participle(self.lower(v))
                && (self.said_through_channel(v) || self.describes_document(v))
            {
                continue;
            }
            // "the False Claims Act", "the Voting Rights Act": a capitalised verb in
            // the name of a law is a word of that name.
            if w[v].cap && self.in_law_name(v) {
                continue;
            }
            // "scrutinizing Planned Parenthood", "the Association of Elected and
            // Appointed Officials": a capitalised verb before a capitalised word,
            // inside a sentence not written in capitals word by word ("Trump Wants
            // To ..."), is a word of a name.
            if w[v].cap
                && v > 0
                && v + 1 < w.len()
                && w[v - 1].sent == w[v].sent
                && (!w[v - 1].cap || !self.linked(v - 1))
                && self.linked(v)
                && w[v + 1].cap
            {
                continue;
            }
            // "had their say", "a say in it": after an article or a possessive "say" is
            // a noun (other speech nouns there, "her claims that", still report).
            if v > 0
                && self.lower(v) == "say"
                && self.linked(v - 1)
                && is_noun_marker(self.lower(v - 1))
            {
                continue;
            }
            // "U.S. plans to", "announced plans to", "such claims": a plural noun of
            // stance by the word before it (what it reports, [`Doc::stance_noun`] read).
            if self.plural_noun_by_left(v).is_some() {
                continue;
            }
            // "amid blasts from critics", "over calls for a recount": a reporting word
            // in "-s" right after a preposition heads its noun phrase, a plural noun
            // (not "to", whose verb is an infinitive: "to say").
            if v > 0
                && self.linked(v - 1)
                && !w[v].cap
                && self.lower(v).ends_with('s')
                && self.lower(v) != "says"
                && !self.is(v, PARTICIPLE)
                && takes_noun_phrase(self.lower(v - 1))
                // "Despite reports that the outbreak ...": a claim's noun with its
                // clause keeps the claim.
                && !(v + 1 < w.len() && self.linked(v) && self.lower(v + 1) == "that")
            {
                continue;
            }
            // "Do you support the levy?": a question put to the reader or a
            // respondent asks for a view, it reports none.
            if self.question_to_you(v) {
                continue;
            }
            // "a lead of 400 pledged delegates", "the stated goal": a past participle
            // right after a figure or an article, before a lowercase word, is an
            // adjective of the noun after it.
            if self.adjective_participle(v) {
                continue;
            }
            // "a Dayton think tank": a noun, not a verb of belief.
            // "has been looking into the law": examining, nothing reported.
            if v + 1 < w.len()
                && self.linked(v)
                && (is_noun_after(self.lower(v), self.lower(v + 1))
                    || is_examining_phrase(self.lower(v), self.lower(v + 1)))
            {
                continue;
            }
            // "making notes about the artwork", "left sticky notes": a noun.
            if v > 0 && self.linked(v - 1) && is_noun_before(self.lower(v - 1), self.lower(v)) {
                continue;
            }
            // "Angry calls poured into the office", "Early reports suggested", "Police
            // reports say": a plural noun of saying followed by its own verb.
            if self.plural_noun_of_saying(v) {
                continue;
            }
            let l = self.lower(v);
            // "As reported by the Post, ...", "..., as reported by X": read as "according to X".
            let reported_by = l == "reported"
                && v > 0
                && self.linked(v - 1)
                && self.lower(v - 1) == "as"
                && self.lower(v + 1) == "by"
                && self.linked(v);
            let according =
                reported_by || (l == "according" && self.lower(v + 1) == "to" && self.linked(v));
            // The cue's first word: "as" of "as reported by", else the verb.
            let first = if reported_by { v - 1 } else { v };
            // "Having announced ..., Judge Roe said", ", having argued that ...": a
            // verb after "having" is a participle.
            let perfect = v > 0 && self.linked(v - 1) && self.lower(v - 1) == "having";
            let participle = !according && (self.is(v, PARTICIPLE) || perfect);
            let cue = !according && !participle && self.is(v, CUE);
            // "Smith spoke on Monday": a learned cue verb followed only by when it
            // happened reports nothing.
            if cue && (self.only_time_after(v) || self.only_anonymity_after(v)) {
                continue;
            }
            // "Roe spoke to reporters on Friday", "spoke for an hour": speaking reports
            // only what it is about ("spoke about the levy", "spoke highly of her",
            // "spoke out against it").
            if cue
                && matches!(self.lower(v), "spoke" | "speaks" | "speak")
                && !self.speaks_of_something(v)
            {
                continue;
            }
            // "Lee reported from Dayton": a byline's place, nothing reported.
            if !according && self.only_place_after(v) {
                continue;
            }
            // "The storm claimed six lives", "called off the rally": a sense of the
            // verb that reports nothing.
            if self.claims_literally(v) || self.acts_without_words(v) {
                continue;
            }
            // "the plan Roe proposed would cut fares": a verb whose object stands before
            // its subject reports nothing after it.
            if !according && self.object_before_subject(v) {
                continue;
            }
            // "After Clinton testified, Gowdy ...": a verb closing the subordinate
            // clause that opens its sentence reports nothing ("As Roe noted, ..." does).
            if !according && self.closes_subordinate_clause(v) {
                continue;
            }
            // "All told, up to 5 million people ...": a sum, nobody telling.
            if l == "told"
                && v > 0
                && v + 1 < w.len()
                && self.lower(v - 1) == "all"
                && self.gap(v + 1).contains(',')
            {
                continue;
            }
            // "made the case that", "took issue with": a light verb reports only with
            // its phrase, and what it reports follows the phrase. `v_end` is the
            // phrase's last word (the verb itself for any other verb).
            let mut v_end = v;
            if let Some(lemma) = light_verb(l).filter(|_| cue && !is_learned_cue(l)) {
                // Inside words another verb reports ("he added that members have
                // made clear ..."), the phrase is part of what was said.
                if self.reported_before(v) {
                    continue;
                }
                let Some(n) = light_phrase_len(lemma, |i| {
                    let j = v + 1 + i;
                    (j < w.len() && w[j].sent == w[v].sent && self.linked(j - 1))
                        .then(|| self.lower(j))
                }) else {
                    continue;
                };
                v_end = v + n;
            }
            // "voted 7-2 on Tuesday to fund the repair": the tally and the day after
            // it are the vote's circumstances; what was voted for follows them.
            let tally_words = if !is_vote_verb(l) || v + 1 >= w.len() || !self.linked(v) {
                0
            } else if is_vote_tally(self.lower(v + 1)) {
                1
            } else if v + 2 < w.len()
                && is_dashed_vote_tally(self.lower(v + 1), self.gap(v + 2), self.lower(v + 2))
            {
                2
            } else {
                0
            };
            if tally_words > 0 {
                v_end = v + tally_words;
                let mut j = v_end + 1;
                while j < w.len()
                    && w[j].sent == w[v].sent
                    && self.linked(j - 1)
                    && (matches!(self.lower(j), "on" | "last" | "this" | "in")
                        || is_weekday(self.lower(j))
                        || matches!(self.lower(j), "week" | "night" | "morning" | "evening"))
                {
                    j += 1;
                }
                // Only a day or a week ends the skip ("on Tuesday", "last week"), not "on the bill".
                if j > v_end + 1
                    && (is_weekday(self.lower(j - 1))
                        || matches!(self.lower(j - 1), "week" | "night" | "morning" | "evening"))
                {
                    v_end = j - 1;
                }
            }
            // "Democrats support the bill", "I know": a plural verb form after a
            // plural subject reports as its third-person form does.
            let bare =
                !according && !participle && !cue && self.is(v, BARE) && self.plural_before(v);
            if !according && !participle && !cue && !bare && !self.is(v, class::SPEECH) {
                continue;
            }
            // "Trump fired Comey", "the House passed the bill": a verb of action
            // reports only what it introduces as said.
            // "fired back that ...": what is reported follows the particle.
            if !according
                && v_end + 1 < w.len()
                && self.linked(v_end)
                && is_act_speech_particle(l, self.lower(v_end + 1))
            {
                v_end += 1;
            }
            let act = !according && is_act_verb(l) && !self.act_reports(v, v_end);
            if act && !act_by_person_reports(l) {
                acts.extend(self.act_subject(v, participle));
                continue;
            }
            // "Trump is calling for ...", "they have been saying": a participle after
            // a form of "be" is the verb of its clause, its subject before "be".
            let progressive = participle.then(|| self.progressive_be(v)).flatten();
            // As for a learned cue verb, a learned participle inside a relative clause
            // ("leaders, who are considering ...") describes its subject.
            if progressive.is_some_and(|b| {
                !is_speech_participle(l)
                    && self
                        .core_before(b)
                        .is_some_and(|k| matches!(self.lower(k), "who" | "which" | "that"))
            }) {
                continue;
            }
            // "a super PAC backing Moreno": a participle of support after its noun.
            let modifier = participle
                && progressive.is_none()
                && v > 0
                && self.linked(v - 1)
                && is_stance_verb(l)
                && (w[v - 1].cap
                    || self.lower(v - 1).ends_with('s')
                    || is_institution_noun(self.lower(v - 1)))
                && !self.reported_before(v);
            // "with Ted Cruz saying ...", "a new poll showing ...": a reporting
            // participle right after a name, or a finding one after a document,
            // whose subject it is.
            let named = participle
                && progressive.is_none()
                && !modifier
                && v > 0
                && self.linked(v - 1)
                && !self.gap(v).contains(',')
                && ((is_speech_participle(l)
                    && l != "writing"
                    && self.is_name_word(v - 1)
                    && !self.lower(v - 1).contains(['\'', '’']))
                    || (matches!(l, "showing" | "finding") && is_finding_noun(self.lower(v - 1))))
                && (!self.reported_before(v) || self.absolute_with(v));
            // "a senior official, who spoke on condition of anonymity, said": the
            // relative clause describes the speaker. "Officials reportedly dismissed
            // the plan": the claim is the hedge's, the officials only act in it.
            // A learned cue reports the words after it: one that ends its sentence
            // is a noun ("people familiar with the talks").
            if (cue || bare) && !(v + 1 < w.len() && w[v + 1].sent == w[v].sent) {
                continue;
            }
            // A stance in a comma-set relative clause is reported ("Ruiz, who has
            // endorsed the plan, ..."), and so is a belief or a claim after "who"
            // ("Lopez, who predicts that prices will fall, ...").
            let relative = || {
                self.core_before(v).is_some_and(|k| {
                    let set_off = k > 0 && self.gap(k).trim() == ",";
                    let claim = self.lower(k) == "who"
                        && (self.is(v, class::BELIEF)
                            || is_prediction_verb(self.lower(v))
                            || (self.linked(v)
                                && (self.lower(v + 1) == "that"
                                    || w.get(v + 1).is_some_and(|n| n.quote.is_some()))));
                    matches!(self.lower(k), "who" | "which" | "that")
                        && !(set_off && (is_stance_verb(l) || claim))
                })
            };
            if (cue || bare)
                && (relative() || (v.saturating_sub(2)..v).any(|k| is_hedge_adverb(self.lower(k))))
            {
                continue;
            }
            let mut opening = (participle && progressive.is_none())
                .then(|| self.opening_participle(v))
                .flatten();
            let opening_comma = opening.as_ref().map(|&(_, c)| c);
            // "..., adding to the confusion": not speech.
            if l == "adding" && v + 1 < w.len() && self.linked(v) && self.lower(v + 1) == "to" {
                continue;
            }
            // ", shouting at the guards": a cry reports only a quotation or a clause.
            if is_cry_participle(l)
                && !w.get(v + 1).is_some_and(|n| {
                    n.sent == w[v].sent && (n.quote.is_some() || self.lower(v + 1) == "that")
                })
            {
                continue;
            }
            // "..., calling them liars and vowing to ...": a participle joined to one
            // after a comma reports the words after it. So does one joined to a
            // participle of any act with its words after it ("..., shifting his focus
            // to the budget and admitting that ..."; not ", according to", ", morning
            // and evening").
            let joined_participle = participle
                && progressive.is_none()
                && v > 1
                && self.linked(v - 1)
                && self.lower(v - 1) == "and"
                && (v.saturating_sub(20)..v - 1)
                    .rev()
                    .take_while(|&i| w[i].sent == w[v].sent)
                    .any(|i| {
                        self.gap(i).contains(',')
                            && (self.is(i, PARTICIPLE) || {
                                let l = self.lower(i);
                                !w[i].cap
                                    && self.linked(i)
                                    && pos_of(l) == "ing"
                                    && !is_ing_preposition(l)
                            })
                    });
            // "It did not go unnoticed: According to X, ...": a capital after a colon
            // opens the report as a sentence's first word does.
            let after_colon =
                according && first > 0 && w[first].cap && self.gap(first).contains(':');
            let found = if according {
                let opens = first == 0 || w[first - 1].sent != w[first].sent || after_colon;
                self.np_after(v + 2, false, opens)
                    .or_else(|| self.source_phrase(v + 2))
            } else if let Some(b) = progressive {
                self.subject_before(b).map(|f| Found { end: w[v].end, ..f })
            } else if participle {
                // ", saying ...", ", accusing him of ...": the sentence's subject speaks.
                // Also after "while", "before", "after", "by", ... ("before adding that").
                let after_comma = v > 0
                    && w[v - 1].sent == w[v].sent
                    // ", saying ...", "– saying ...": a comma or a dash.
                    && (self.gap(v).contains([',', '–', '—'])
                        || self.gap(v).contains("--")
                        || (self.linked(v - 1)
                            && is_participle_opener(self.lower(v - 1)))
                        // "..., after initially saying": one adverb between.
                        || (v > 1
                            && self.linked(v - 1)
                            && self.linked(v - 2)
                            && w[v - 2].sent == w[v].sent
                            && self.lower(v - 1).ends_with("ly")
                            && is_participle_opener(self.lower(v - 2)))
                        // ", eventually saying ...", ", later saying ...": one adverb
                        // between the comma and a participle of saying.
                        || (v > 1
                            && is_speech_participle(l)
                            && self.linked(v - 1)
                            && w[v - 2].sent == w[v].sent
                            && self.gap(v - 1).contains(',')
                            && is_participle_adverb(self.lower(v - 1)))
                        // ", and warning that ...": joined to the clause before.
                        || (v > 1
                            && is_speech_participle(l)
                            && self.linked(v - 1)
                            && self.lower(v - 1) == "and"
                            && w[v - 1].sent == w[v].sent
                            && self.gap(v - 1).contains(','))
                        || joined_participle);
                if let Some((f, _)) = opening.take() {
                    Some(f)
                } else if after_comma {
                    Some(Found {
                        subject: Subject::Participle,
                        appos: None,
                        start: w[v].start,
                        end: w[v].end,
                    })
                } else if modifier {
                    self.subject_before(v)
                } else if named && self.name_after_preposition(v) {
                    // "Marchers crossed Hill Park chanting ...": a name that is the
                    // object of a preposition is not the participle's subject; the
                    // clause's subject is.
                    Some(Found {
                        subject: Subject::Participle,
                        appos: None,
                        start: w[v].start,
                        end: w[v].end,
                    })
                } else if named {
                    self.subject_of_participle(v)
                } else if is_speech_participle(l) {
                    // "with three in 10 saying ...": a share of those polled speaks.
                    self.share_subject(v)
                } else {
                    None
                }
            } else {
                self.is(v, class::SHOWS)
                    .then(|| self.document_before(v))
                    .flatten()
                    .or_else(|| self.subject_before(v))
                    .or_else(|| self.share_subject(v))
                    // "A later report in a Dayton paper said": a document described
                    // at length before a verb of saying.
                    .or_else(|| {
                        self.is(v, class::SPEECH)
                            .then(|| self.document_before(v))
                            .flatten()
                    })
                    .or_else(|| {
                        (self.is(v, class::SPEECH) && !cue)
                            .then(|| self.opening_speaker(v))
                            .flatten()
                    })
                    .or_else(|| {
                        let gap = if v > 0 { self.gap(v) } else { "" };
                        // A learned cue never takes its speaker after it.
                        if gap.contains(',') && !cue {
                            self.np_after(v + 1, true, false)
                        } else {
                            None
                        }
                    })
                    .or_else(|| {
                        let k = self.core_before(v)?;
                        (self.linked(k) && matches!(self.lower(k), "and" | "but")).then(|| Found {
                            subject: Subject::Inherit,
                            appos: None,
                            start: w[k].start,
                            end: w[v].end,
                        })
                    })
            };
            let Some(found) = found else { continue };
            // "Trump attacked Ruiz" (words), "the army attacked the town" (arms): by
            // such a verb only a person reports.
            if act
                && !matches!(
                    found.subject,
                    Subject::Person { .. } | Subject::Surname { .. } | Subject::Pronoun(_)
                )
            {
                acts.extend(self.act_subject(v, participle));
                continue;
            }
            // "In a statement released on Monday, the union said ...": a phrase opened
            // by "in" and naming a statement is no subject; the participle describes
            // the statement ("In late 2013 the agency issued" keeps its subject).
            if !according && !participle && is_publication_participle(l) && {
                let f = self.words.partition_point(|x| x.start < found.start);
                f + 1 < v
                    && self.lower(f) == "in"
                    && matches!(self.lower(f + 1), "a" | "an" | "the")
                    && (f + 2..v)
                        .any(|i| is_document_noun(self.lower(i)) || is_channel_noun(self.lower(i)))
            } {
                continue;
            }
            // "a project that riders have demanded for years", "the levy that Democrats
            // said would fail": the noun before "that" is what the verb reports on.
            let relative = (!according && !participle && found.start < w[v].start)
                .then(|| self.relative_report(v_end, found.start))
                .flatten();
            // "shows", "found": only a document or an organisation reports by them,
            // or anyone who "found that", "concludes that" or "indicated that" (a
            // finding or a claim, not a thing found).
            let that_clause = matches!(
                self.lower(v),
                "found" | "finds" | "concludes" | "indicated" | "indicates"
            ) && self.linked(v)
                && v + 1 < w.len()
                && self.lower(v + 1) == "that";
            if self.is(v, class::SHOWS)
                && !matches!(
                    found.subject,
                    Subject::Document { .. } | Subject::Org { .. }
                )
                && !that_clause
            {
                continue;
            }
            // "Police found the two men hiding in a shed": an organisation finds things
            // and people too; it reports only a finding ("found that", "found no
            // evidence", "found the men had fled") or a verdict ("found him guilty").
            if matches!(self.lower(v), "found" | "finds")
                && matches!(found.subject, Subject::Org { .. })
                && !that_clause
                && self.literal_find(v)
            {
                continue;
            }
            let sent = w[v].sent as usize;
            let sentence = self.sents.get(sent).copied();
            let mut span = if !self.keeps_spans() {
                None
            } else if according {
                // What is reported sits before "according to X" (`Turnout fell,
                // according to the count`), after it when a comma closes the source
                // (`According to X, turnout fell`), or on both sides of it.
                let sent_end = sentence.map_or(found.end, |s| s.end);
                let s0 = sentence.map_or(0, |s| s.start);
                let words =
                    |(s, e): (usize, usize)| self.text[s..e].split_whitespace().nth(2).is_some();
                let after = self
                    .text
                    .get(found.end.min(sent_end)..sent_end)
                    .is_some_and(|t| t.trim_start().starts_with(','))
                    .then(|| {
                        self.trimmed(found.end.min(sent_end), sent_end, &[',', ' ', '.', '\n'])
                    })
                    .flatten()
                    .filter(|&r| words(r));
                // "Ferry fares, according to the port, have doubled": a subject of a
                // word or two before the tag, its verb after it.
                let verb_after = || {
                    let k = w.partition_point(|x| x.start < found.end);
                    k < w.len()
                        && w[k].sent == w[v].sent
                        && self.gap(k).trim() == ","
                        && is_finite_auxiliary(self.lower(k))
                };
                let before = self
                    .trimmed(s0, w[first].start.max(s0), &[',', ' ', '\n'])
                    .filter(|&r| {
                        (words(r)
                            || (first > 0
                                && self.gap(first).trim() == ","
                                && !opening_phrase(&self.text[r.0..r.1])
                                && !is_time_phrase(&self.text[r.0..r.1])
                                && verb_after()))
                            && !after_colon
                    });
                match (before, after) {
                    (Some((s, _)), Some((_, e))) => Some((s, e)),
                    (Some(b), None) => Some(b),
                    (None, Some(a)) => Some(a),
                    (None, None) => self
                        .trimmed(found.end.min(sent_end), sent_end, &[',', ' ', '.', '\n'])
                        .or_else(|| self.trimmed(s0, w[first].start.max(s0), &[',', ' ', '\n'])),
                }
            } else if modifier || named {
                self.trimmed(w[v + 1].start, self.phrase_end(v + 1), &['.', ' '])
            } else if let Some(c) = opening_comma {
                self.trimmed(w[v + 1].start, w[c - 1].end, &[' ', '\n'])
            } else if joined_participle {
                let end = sentence.map_or(w[v].end, |s| s.end);
                self.trimmed(w[v].end, end.max(w[v].end), &['.', ' ', '\n'])
            } else if participle && progressive.is_none() {
                self.reported_clause(v, w[v].start)
            } else {
                self.reported_clause(v_end, found.start)
            };
            // The relative clause's report: its noun phrase, and the words after the
            // verb unless only circumstances follow it (`a project … for years` is
            // shown as "a project").
            let mut quote = None;
            if let Some((a, r, moved)) = relative.filter(|_| self.keeps_spans()) {
                // A comma closes the relative clause ("The levy, which teachers
                // demanded in May, passed").
                let after = span
                    .filter(|s| s.0 >= w[v_end].end)
                    .map(|(s, e)| (s, self.text[s..e].find(',').map_or(e, |c| s + c)));
                let noun = &self.text[w[a].start..w[r - 1].end];
                span = Some((w[a].start, after.map_or(w[v_end].end, |s| s.1)));
                quote = self.keeps_words().then(|| match after.filter(|_| !moved) {
                    Some((s, e)) => {
                        shorten(&format!("{noun} … {}", &self.text[s..e]), MAX_CLAUSE_BYTES)
                    }
                    None => noun.to_string(),
                });
            }
            let (start, end) = match sentence {
                Some(s) if according => (s.start, s.end.max(found.end)),
                Some(s) => (
                    found.start.min(w[v].start).max(s.start),
                    s.end.max(found.end),
                ),
                None => (found.start, found.end),
            };
            raws.push(Raw {
                pos: w[v].start,
                start: start.min(found.start),
                end,
                verb: if reported_by {
                    "reported".to_string()
                } else if according {
                    "according to".to_string()
                } else {
                    l.to_string()
                },
                quote: quote.or_else(|| {
                    self.text_around_tag(span, found.start.min(w[v].start), found.end.max(w[v].end))
                }),
                span,
                content: if self.is(v, class::BELIEF) || ((participle || bare) && is_belief_form(l))
                {
                    ContentKind::Belief
                } else {
                    ContentKind::Indirect
                },
                direct: false,
                subject: found.subject,
                appos: found.appos,
                speech_like: false,
                sent,
            });
        }
        self.hedges(&mut raws);
        raws.sort_by_key(|r| r.pos);
        self.drop_reports_of_tagged_quotes(&mut raws);
        give_acts_subjects(&mut raws, acts);
        if self.keeps_spans() {
            self.end_before_next_report(&mut raws);
            self.end_before_next_clause(&mut raws);
        }
        raws
    }

    /// Drops each report in the writer's words whose words open with a quotation
    /// tagged after its close by a speaker of its own (`Polling shows that “...,”
    /// said Jane Roe`): the quoted words, and the claim they make, are the tag's
    /// speaker's, who is the voice; the report would credit them to its subject.
    fn drop_reports_of_tagged_quotes(&self, raws: &mut Vec<Raw>) {
        let w = &self.words;
        let tagged_after = |open: usize| {
            let at = raws.partition_point(|r| r.pos < open);
            raws[at..].iter().take_while(|r| r.pos == open).any(|r| {
                r.direct
                    && r.start == open
                    && r.verb != ":"
                    && !matches!(
                        r.subject,
                        Subject::Continue | Subject::MergePrev | Subject::Unattributed { .. }
                    )
                    && self
                        .quotes
                        .iter()
                        .any(|q| q.open == open && q.closed && r.end > q.close_end)
            })
        };
        let drop: Vec<bool> = raws
            .iter()
            .map(|r| {
                if r.direct || r.verb == ":" {
                    return false;
                }
                let v = w.partition_point(|x| x.start < r.pos);
                if v >= w.len() || w[v].start != r.pos || !self.is(v, SPEECH) {
                    return false;
                }
                let mut k = v + 1;
                if k < w.len() && self.linked(v) && self.lower(k) == "that" {
                    k += 1;
                }
                // The first word after the verb (or its "that") is the quotation's.
                let Some(q) = w.get(k).and_then(|x| x.quote) else {
                    return false;
                };
                let Some(q) = self.quotes.get(q as usize) else {
                    return false;
                };
                // Right after the verb in its sentence: only blanks between.
                q.open >= w[k - 1].end
                    && self.text[w[k - 1].end..q.open]
                        .chars()
                        .all(|c| c == ' ' || c == '\u{a0}')
                    && tagged_after(q.open)
            })
            .collect();
        if drop.iter().any(|&d| d) {
            let mut i = 0;
            raws.retain(|_| {
                i += 1;
                !drop[i - 1]
            });
        }
    }

    /// Ends each report before a later clause in its words with a report of its own:
    /// after a semicolon or a joining word ("Carson proposed an agency, while Bush
    /// said ...", "Forbes lists him first, but Bloomberg lists him fifth"), or at the
    /// comma before a named speaker's verb of saying that closes a subordinate clause
    /// or opens a tag ("As Obama spoke of ISIS, Trump noted that ...", "Ruiz intends
    /// to run, Ms. Hart said"). What the later one believes, wants or backs may be the
    /// earlier one's claim ("said she will act while he wants ...") and stays.
    fn end_before_next_clause(&self, raws: &mut [Raw]) {
        let w = &self.words;
        for i in 0..raws.len() {
            let Some((s, e)) = raws[i].span.filter(|_| !raws[i].direct) else {
                continue;
            };
            let own = w.partition_point(|x| x.start < raws[i].start);
            let subordinate =
                own > 0 && w[own - 1].sent == w[own].sent && is_subordinator(self.lower(own - 1));
            let cut = raws[i + 1..]
                .iter()
                .take_while(|r| r.pos < e)
                .filter(|r| r.start > s && r.start < r.pos && r.sent == raws[i].sent)
                .find_map(|r| {
                    let document = matches!(r.subject, Subject::Document { .. });
                    let named = document
                        || matches!(
                            r.subject,
                            Subject::Person { .. }
                                | Subject::Surname { .. }
                                | Subject::Org { .. }
                                | Subject::Group { .. }
                                | Subject::RoleRef { .. }
                        );
                    if !named && !matches!(r.subject, Subject::Pronoun(_) | Subject::They) {
                        return None;
                    }
                    let b = w.partition_point(|x| x.start < r.start);
                    let v = w.partition_point(|x| x.start < r.pos);
                    let wants = self.is(v, class::BELIEF) || is_stance_verb(self.lower(v));
                    if b < 2 || v >= w.len() || w[b - 1].end <= s || wants {
                        return None;
                    }
                    if self.gap(b).contains(';') {
                        return Some(w[b - 1].end);
                    }
                    let joiner = self.lower(b - 1);
                    let comma_before = self.gap(b - 1).contains(',');
                    if is_clause_joiner(joiner)
                        && (comma_before || !matches!(joiner, "and" | "yet"))
                        && w[b - 2].end > s
                    {
                        return Some(w[b - 2].end);
                    }
                    // A comma: only before a verb of saying right after its named
                    // speaker, closing a subordinate clause or opening a tag
                    // (", Mr. Hart said, adding ...").
                    let says = self.is(v, SPEECH) && (document || !self.is(v, class::SHOWS));
                    let tight = !(b + 1..=v).any(|j| self.gap(j).contains(','));
                    let tag = w.get(v + 1).is_none_or(|n| {
                        n.sent != w[v].sent || self.gap(v + 1).contains([',', '.', ';'])
                    });
                    (named && says && tight && (subordinate || tag) && self.gap(b).contains(','))
                        .then(|| w[b - 1].end)
                });
            let plain = || raws[i].quote == self.clause_text(Some((s, e)), MAX_CLAUSE_BYTES);
            if let Some(c) = cut.filter(|_| plain()) {
                if let Some(span) = self.trimmed(s, c, &[',', ' ', '\n', ';']) {
                    raws[i].span = Some(span);
                    raws[i].quote = self.clause_text(Some(span), MAX_CLAUSE_BYTES);
                }
            }
        }
    }

    /// Ends each report before the verb of another whose subject comes before its own
    /// verb and its words, at the comma closing the clause it sits in ("Roe, who raised goats and wrote two
    /// books, said the vote ...": "wrote" reports "two books", not what Roe said).
    fn end_before_next_report(&self, raws: &mut [Raw]) {
        let w = &self.words;
        for i in 0..raws.len() {
            let Some((s, e)) = raws[i].span.filter(|_| !raws[i].direct) else {
                continue;
            };
            let pos = raws[i].pos;
            let first = raws.partition_point(|r| r.pos <= s);
            let cut = raws[first..]
                .iter()
                .take_while(|r| r.pos < e)
                .filter(|r| {
                    !r.direct
                        && !matches!(
                            r.subject,
                            Subject::MergePrev
                                | Subject::Continue
                                | Subject::Unattributed { .. }
                                | Subject::Participle
                                | Subject::Inherit
                        )
                })
                .filter(|r| r.start < s.min(pos) && r.verb != "according to")
                .find_map(|r| {
                    // The comma closing the clause the report sits in.
                    let b = w.partition_point(|x| x.start < r.start);
                    let v = w.partition_point(|x| x.start < r.pos);
                    (b + 1..=v)
                        .rev()
                        .find(|&j| w[j].start > s && self.gap(j).contains(','))
                        .map(|j| w[j - 1].end)
                });
            // A relative clause's report shown as its noun ("a project … for years")
            // keeps its own words.
            let plain = || raws[i].quote == self.clause_text(Some((s, e)), MAX_CLAUSE_BYTES);
            if let Some(c) = cut.filter(|_| plain()) {
                if let Some(span) = self.trimmed(s, c, &[',', ' ', '\n', ';']) {
                    raws[i].span = Some(span);
                    raws[i].quote = self.clause_text(Some(span), MAX_CLAUSE_BYTES);
                }
            }
        }
    }

    /// "Promising that taxes would fall, Moreno ...", "After thanking the crowd, she
    /// ...": a participle opening its sentence, alone or after "after", "while",
    /// "before", "by", "upon" or "since" ([`is_participle_opener`]), speaks for the subject after the comma that closes
    /// its clause. That subject, and the index of its first word (the words between
    /// the participle and it are what it reports).
    fn opening_participle(&self, v: usize) -> Option<(Found, usize)> {
        let w = &self.words;
        let sent = w[v].sent;
        let first = if v > 0 && w[v - 1].sent == sent {
            let opener = (v == 1 || w[v - 2].sent != sent)
                && self.linked(v - 1)
                && is_participle_opener(self.lower(v - 1));
            if !opener {
                return None;
            }
            v - 1
        } else {
            v
        };
        // "Speaking at a rally, ...": where it happened, not what was said.
        if v + 2 >= w.len()
            || self.lower(v) == "speaking"
            || !self.linked(v)
            || matches!(
                self.lower(v + 1),
                "at" | "on"
                    | "in"
                    | "from"
                    | "with"
                    | "during"
                    | "after"
                    | "before"
                    | "outside"
                    | "to"
                    | "back"
                    | "ahead"
                    | "forward"
            )
        {
            return None;
        }
        let c = (v + 2..(v + 30).min(w.len()))
            .take_while(|&j| w[j].sent == sent)
            .find(|&j| !self.linked(j - 1))?;
        // "Naming a judge would be a coup, ...": a gerund subject has its verb before
        // the comma.
        if self.gap(c).trim() != ","
            || w[c].quote.is_some()
            || (v + 1..c)
                .take_while(|&j| !is_clause_boundary(self.lower(j)))
                .any(|j| is_be(self.lower(j)) || is_skippable_between(self.lower(j)))
        {
            return None;
        }
        // The subject: a pronoun, or the words up to its verb.
        let mut e = c;
        let pronoun = matches!(self.lower(c), "he" | "she" | "they" | "we" | "i");
        while !pronoun
            && e + 1 < w.len()
            && e - c < 6
            && self.linked(e)
            && w[e + 1].sent == sent
            && !w[e + 1].class.intersects(ACTS)
            && !is_be(self.lower(e + 1))
            && !is_skippable_between(self.lower(e + 1))
            && (w[e + 1].cap || !self.lower(e + 1).ends_with("ed"))
        {
            e += 1;
        }
        let subject = self
            .classify(c, e)
            .or_else(|| self.described_subject(c, e, true))?;
        Some((
            Found {
                subject,
                appos: None,
                start: w[first].start,
                end: w[v].end,
            },
            c,
        ))
    }

    /// True when the subject right before participle `v` follows a "with" that opens
    /// a clause of its own after a comma or a dash (`The plan drew fire, with Jane
    /// Moreno calling it a fraud`): the participle reports for that subject even
    /// where a verb before it reports too.
    fn absolute_with(&self, v: usize) -> bool {
        self.subject_of_participle(v).is_some_and(|f| {
            let s = self.words.partition_point(|x| x.start < f.start);
            s > 1
                && self.lower(s - 1) == "with"
                && self.linked(s - 1)
                && self.words[s - 2].sent == self.words[v].sent
                && self.gap(s - 1).contains([',', '–', '—'])
        })
    }

    /// True when the name right before participle `v` (with its titles and an
    /// article) follows a preposition other than "with", "from", "by" or "of" (`walked
    /// through the Hill Park chanting`): an object inside the clause. After those the
    /// name is the participle's own subject ("the prospect of Senator Vale saying").
    fn name_after_preposition(&self, v: usize) -> bool {
        let e = v - 1;
        let Some(mut s) = self.name_start(e.saturating_sub(3), e) else {
            return false;
        };
        while s > 0
            && self.linked(s - 1)
            && {
                let l = self.lower(s - 1);
                is_title_word(l) || matches!(l, "the" | "a" | "an")
            }
            && e - s < 6
        {
            s -= 1;
        }
        s > 0
            && self.linked(s - 1)
            && self.words[s - 1].sent == self.words[v].sent
            && (is_preposition(self.lower(s - 1)) || is_circumstance_preposition(self.lower(s - 1)))
            && !matches!(self.lower(s - 1), "with" | "from" | "by" | "of")
    }

    /// The subject right before participle `v` (`with Senator Jane Moreno saying
    /// ...`, `a new poll showing ...`): a person's name with its title, or a
    /// document's noun with the few words that describe it.
    fn subject_of_participle(&self, v: usize) -> Option<Found> {
        let w = &self.words;
        let e = v - 1;
        let (s, subject) = if self.is_name_word(e) {
            let n = self.name_start(e.saturating_sub(3), e)?;
            let mut s = n;
            while s > 0 && n - s < 3 && self.linked(s - 1) && is_title_word(self.lower(s - 1)) {
                s -= 1;
            }
            // "From Jane Moreno, writing ...", "by Jane Moreno": a byline, not a speaker.
            if s > 0 && self.linked(s - 1) && matches!(self.lower(s - 1), "from" | "by") {
                return None;
            }
            match self.classify(s, e)? {
                x @ (Subject::Person { .. } | Subject::Surname { .. }) => (s, x),
                _ => return None,
            }
        } else {
            let mut s = e;
            while s > 0 && e - s < 3 && self.linked(s - 1) && {
                let l = self.lower(s - 1);
                !(is_preposition(l)
                    || is_clause_boundary(l)
                    || is_be(l)
                    || is_function_word(l)
                    || self.is(s - 1, SPEECH))
            } {
                s -= 1;
            }
            let name = self.text[w[s].start..w[e].end].to_string();
            (s, Subject::Document { name })
        };
        Some(Found {
            subject,
            appos: None,
            start: w[s].start,
            end: w[v].end,
        })
    }

    /// A claim made in the passive with its agent after "by" (`Her move was first
    /// reported by MSNBC`): the form of "be" at `b`, the participle at `k`, "by" at
    /// `by`. The agent is the source and the words before "be" in its clause are
    /// what is reported; `None` unless the participle is one of saying and the
    /// agent a name, an organisation or a described source.
    fn passive_by(&self, b: usize, k: usize, by: usize) -> Option<Raw> {
        let w = &self.words;
        if !matches!(
            self.lower(k),
            "reported" | "said" | "alleged" | "claimed" | "believed"
        ) || (k + 1..by).any(|j| is_preposition(self.lower(j)))
        {
            return None;
        }
        let found = self.agent_after(by + 1, false)?;
        let sent = w[b].sent as usize;
        let sentence = *self.sents.get(sent)?;
        // The reported words: the clause before "be", from the last comma, colon
        // or semicolon of the sentence.
        let head = &self.text[sentence.start..w[b].start.max(sentence.start)];
        let from = head.rfind([',', ';', ':']).map_or(0, |c| c + 1);
        let span = self.trimmed(sentence.start + from, w[b].start, &[' ', '\n', '"', '“'])?;
        if w[b].quote.is_some()
            || self.text[span.0..span.1]
                .split_whitespace()
                .nth(1)
                .is_none()
        {
            return None;
        }
        Some(Raw {
            pos: w[b].start,
            start: sentence.start,
            end: sentence.end.max(found.end),
            verb: self.lower(k).to_string(),
            quote: self.clause_text(Some(span), MAX_CLAUSE_BYTES),
            span: Some(span),
            content: ContentKind::Indirect,
            direct: false,
            subject: found.subject,
            appos: found.appos,
            speech_like: false,
            sent,
        })
    }

    /// The agent of a passive after "by", from word `i` on: a name, an organisation, a
    /// document or a described source, and a group when `groups` ("by rivals").
    fn agent_after(&self, i: usize, groups: bool) -> Option<Found> {
        let found = self.np_after(i, false, false)?;
        let named = match found.subject {
            Subject::Person { .. }
            | Subject::Surname { .. }
            | Subject::Org { .. }
            | Subject::Document { .. }
            | Subject::Anonymous { .. } => true,
            Subject::Group { .. } => groups,
            _ => false,
        };
        named.then_some(found)
    }

    /// True when "not", "never" or a word ending in "n't" comes right before the form
    /// of "be" at `b` or between it and the participle at `k` ("could never be
    /// accused", "wasn't blamed").
    fn negated_between(&self, b: usize, k: usize) -> bool {
        let from = if b > 0 && self.linked(b - 1) {
            b - 1
        } else {
            b
        };
        (from..k).any(|j| {
            let l = self.lower(j);
            matches!(l, "not" | "never" | "cannot") || l.ends_with("n't") || l.ends_with("n’t")
        })
    }

    /// An accusation or view in the passive with its holder after "by" ("was accused
    /// by the union of hiding costs", "was criticized by rivals for the delay", "was
    /// seen by some as a demotion"): the form of "be" at `b`, the participle at `k`,
    /// "by" right after it. The holder is the source; what is reported runs from the
    /// clause before "be" to the end of what follows `after` ("of", "for", "as"), at
    /// the next comma or semicolon. `None` unless the holder is a name or a described
    /// source and `after` follows it, or inside a quotation (its speaker's words).
    fn accused_by(&self, b: usize, k: usize, after: &str) -> Option<Raw> {
        let w = &self.words;
        if w[k].quote.is_some() {
            return None;
        }
        let found = self.agent_after(k + 2, true)?;
        let o = w.partition_point(|x| x.start < found.end);
        if o == 0 || o + 1 >= w.len() || self.lower(o) != after || !self.linked(o - 1) {
            return None;
        }
        let sent = w[k].sent as usize;
        let sentence = *self.sents.get(sent)?;
        if w[o + 1].sent != w[k].sent {
            return None;
        }
        let charge = w[o + 1].start;
        let to = self.text[charge..sentence.end]
            .find([',', ';'])
            .map_or(sentence.end, |c| charge + c);
        self.accusation(b, k, found, to)
    }

    /// An accusation with its accuser after the charge ("was accused of hiding costs by
    /// the union", "was criticized for the delay by two rivals"): the form of "be" at
    /// `b`, the participle at `k` and its word ("of", "for") after it. The accuser after
    /// "by" closes the clause; a passive inside the charge ("of being paid by the
    /// union") or a charge over a comma is none.
    fn accused_then_by(&self, b: usize, k: usize) -> Option<Raw> {
        let w = &self.words;
        if w[k].quote.is_some() {
            return None;
        }
        let by = (k + 3..(k + 16).min(w.len()))
            .take_while(|&j| self.linked(j - 1))
            .find(|&j| self.lower(j) == "by")?;
        if (k + 2..by).any(|j| matches!(self.lower(j), "being" | "been" | "be")) {
            return None;
        }
        let found = self.agent_after(by + 1, true)?;
        let o = w.partition_point(|x| x.start < found.end);
        if o < w.len() && o > 0 && self.linked(o - 1) {
            return None;
        }
        self.accusation(b, k, found, w[by - 1].end)
    }

    /// The clause of an agentless charge ("is accused of hiding costs"), the form of "be"
    /// at `b` and the participle at `k` with its word ("of", "for") after it: from the
    /// clause's start before `b` to the charge's end, at the next comma, semicolon, colon
    /// or dash, or before a form of "be" or a modal that follows the charge with no
    /// clause of its own opened ("What the judge is accused of doing *is* awful").
    /// `None` when the charge runs to the sentence's end.
    fn charge_clause(&self, b: usize, k: usize) -> Option<(usize, usize)> {
        let w = &self.words;
        let sentence = *self.sents.get(w[k].sent as usize)?;
        let mut j = k + 1;
        let mut clause = false;
        while j + 1 < w.len() && w[j + 1].sent == w[k].sent {
            let l = self.lower(j + 1);
            // "accused of hiding costs, which is awful": a comma before a clause of
            // the writer's ends it ("of plotting two assaults, in 2011, with ..." goes on).
            // "blamed for encouraging it, and for discouraging work": a second charge
            // after "and" and the charge's word goes on.
            let second_charge = l == "and" && self.lower(j + 2) == self.lower(k + 1);
            if !self.linked(j)
                && !(self.gap(j + 1).trim() == ","
                    && (second_charge
                        || !matches!(l, "which" | "and" | "but" | "while" | "though" | "although")))
            {
                break;
            }
            clause |= matches!(
                l,
                "that" | "which" | "who" | "whom" | "what" | "when" | "if"
            );
            if !clause
                && j > k + 1
                && matches!(
                    l,
                    "is" | "was" | "are" | "were" | "would" | "will" | "could" | "should"
                )
            {
                break;
            }
            j += 1;
        }
        let to = w[j].end;
        if to + 2 >= sentence.end || w[j + 1..].first().is_some_and(|x| x.sent != w[k].sent) {
            return None;
        }
        let head = &self.text[sentence.start..w[b].start.max(sentence.start)];
        let from = sentence.start + head.rfind([',', ';', ':']).map_or(0, |c| c + 1);
        Some((from, to))
    }

    /// The attribution of an accusation whose holder is `found`: what is reported runs
    /// from the clause before "be" at `b` to the charge's end `to`.
    fn accusation(&self, b: usize, k: usize, found: Found, to: usize) -> Option<Raw> {
        let w = &self.words;
        let sent = w[k].sent as usize;
        let sentence = *self.sents.get(sent)?;
        let head = &self.text[sentence.start..w[b].start.max(sentence.start)];
        let from = sentence.start + head.rfind([',', ';', ':']).map_or(0, |c| c + 1);
        let span = self.trimmed(from, to, &[' ', '\n', '.', '"', '“', '”'])?;
        Some(Raw {
            pos: w[k].start,
            start: sentence.start,
            end: sentence.end,
            verb: self.lower(k).to_string(),
            quote: self.clause_text(Some(span), MAX_CLAUSE_BYTES),
            span: Some(span),
            content: ContentKind::Indirect,
            direct: false,
            subject: found.subject,
            appos: found.appos,
            speech_like: false,
            sent,
        })
    }

    /// Hedges and agentless passives: "reportedly", "it is believed", "was alleged".
    pub(super) fn hedges(&self, raws: &mut Vec<Raw>) {
        let w = &self.words;
        let mut last_cue_end: Option<usize> = None;
        for &i in &self.marked {
            let i = i as usize;
            if last_cue_end.is_some_and(|e| i <= e + 2) || self.after_plural_possessive(i) {
                continue;
            }
            // "Roe is accused of hiding costs, which is awful": an agentless charge
            // reports its clause up to the charge's end, not the writer's words after it.
            let mut charge: Option<(usize, usize)> = None;
            let (cs, ce) = if self.is(i, class::HEDGE) {
                // "Lynch will appear before the committee": a showing up, no seeming.
                if self.lower(i).starts_with("appear")
                    && i + 1 < w.len()
                    && self.linked(i)
                    && is_appearance_place_word(self.lower(i + 1))
                {
                    continue;
                }
                (i, i)
            } else if self.is(i, class::BE) {
                let mut k = i + 1;
                while k < w.len()
                    && k - i <= 3
                    && self.linked(k - 1)
                    && self.is(k, class::BETWEEN_BE_AND_CLAIM)
                {
                    k += 1;
                }
                if k >= w.len() || !self.linked(k - 1) || !self.is(k, class::CLAIM_PARTICIPLE) {
                    continue;
                }
                // "women were not believed.": a denial that ends its clause reports nothing
                // ("is not expected to attend" does).
                if self.negated_between(i, k)
                    && !(k + 1 < w.len() && w[k + 1].sent == w[k].sent && self.linked(k))
                {
                    continue;
                }
                if let Some(after) = claim_needs_after(self.lower(k)) {
                    // "could never be accused of": a denied accusation is no claim.
                    if after != "as" && self.negated_between(i, k) {
                        continue;
                    }
                    let charge_follows =
                        k + 1 < w.len() && self.linked(k) && self.lower(k + 1) == after;
                    // "was accused of hiding costs by the union": the accuser closes it.
                    if charge_follows && after != "as" {
                        if let Some(raw) = self.accused_then_by(i, k) {
                            last_cue_end = Some(k + 1);
                            raws.push(raw);
                            continue;
                        }
                    }
                    if !charge_follows {
                        if self.linked(k) && self.lower(k + 1) == "by" {
                            if let Some(raw) = self.accused_by(i, k, after) {
                                last_cue_end = Some(k + 1);
                                raws.push(raw);
                            }
                        }
                        continue;
                    }
                    if after != "as" {
                        charge = self.charge_clause(i, k);
                    }
                }
                let mut by = None;
                let mut f = k;
                while f - k < 4 && self.linked(f) {
                    f += 1;
                    if self.lower(f) == "by" && by.is_none() {
                        by = Some(f);
                    }
                }
                if let Some(by) = by {
                    // "The move was first reported by MSNBC": the agent reports.
                    if let Some(raw) = self.passive_by(i, k, by) {
                        last_cue_end = Some(by);
                        raws.push(raw);
                    }
                    continue;
                }
                let cs = if i > 0 && self.lower(i - 1) == "it" && self.linked(i - 1) {
                    i - 1
                } else {
                    i
                };
                (cs, k)
            } else {
                continue;
            };
            last_cue_end = Some(ce);
            let cue = self.text[w[cs].start..w[ce].end].to_string();
            let sent = w[i].sent as usize;
            let (start, end, span) = match self.sents.get(sent) {
                Some(s) => {
                    let (from, to) = charge.unwrap_or((s.start, s.end));
                    (s.start, s.end, self.trimmed(from, to, &[' ', '\n']))
                }
                None => (w[cs].start, w[ce].end, Some((w[cs].start, w[ce].end))),
            };
            raws.push(Raw {
                pos: w[cs].start,
                start,
                end,
                verb: cue.to_lowercase(),
                quote: self.clause_text(span, MAX_CLAUSE_BYTES),
                span,
                content: if self.is(ce, class::BELIEF) {
                    ContentKind::Belief
                } else {
                    ContentKind::Indirect
                },
                direct: false,
                subject: Subject::Unattributed { cue },
                appos: None,
                speech_like: false,
                sent,
            });
        }
    }
}

/// Whether `before` (the words before a subject) is only a time phrase ("Late last
/// month"): words a verb never reports.
/// Gives a participle after a comma (", saying ...") the subject of the act verb
/// before it in its sentence (`acts`: place, sentence, subject), when no report
/// stands between them: "Nadler opened by saying ...", "the president fired a
/// warning shot, declaring ...". `raws` are sorted by place.
fn give_acts_subjects(raws: &mut [Raw], acts: Vec<(usize, usize, Found)>) {
    if acts.is_empty() {
        return;
    }
    for (pos, sent, found) in acts {
        let next = raws.partition_point(|r| r.pos < pos);
        if let Some(r) = raws.get_mut(next) {
            if r.sent == sent && matches!(r.subject, Subject::Participle) {
                r.subject = found.subject;
                r.appos = found.appos;
            }
        }
    }
}

/// Prepositions whose object is a noun phrase ([`takes_noun_phrase`]), with
/// those of topic and company ("alongside", "regarding").
fn heads_noun_phrase(w: &str) -> bool {
    takes_noun_phrase(w)
        || matches!(
            w,
            "alongside" | "regarding" | "concerning" | "toward" | "towards"
        )
}

/// Verbs of forecasting, whose object is what is foretold ("who predicts a close
/// race"): in a comma-set relative clause they report it as a belief verb does.
fn is_prediction_verb(w: &str) -> bool {
    matches!(
        w,
        "predicts" | "predicted" | "predict" | "forecasts" | "forecast" | "forecasted"
    )
}

/// Prepositions of where a thing found was ("found the kayak near the pier").
pub(super) fn is_place_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "near"
            | "inside"
            | "under"
            | "behind"
            | "outside"
            | "beneath"
            | "on"
            | "off"
            | "along"
            | "aboard"
            | "beside"
    )
}

/// Adjectives of a verdict after "found" and its object ("found him guilty",
/// "found the firm liable").
fn is_verdict_adjective(w: &str) -> bool {
    matches!(
        w,
        "guilty"
            | "liable"
            | "responsible"
            | "negligent"
            | "innocent"
            | "culpable"
            | "unfit"
            | "incompetent"
            | "unconstitutional"
            | "illegal"
            | "unlawful"
            | "lawful"
            | "invalid"
            | "credible"
            | "inadequate"
            | "insufficient"
            | "contempt"
            | "violation"
    )
}

/// Reporting words in "-s" that are as often plural nouns of what someone said or
/// intends ("plans to", "calls for", "claims that", "demands").
fn is_plural_stance_word(w: &str) -> bool {
    matches!(
        w,
        "plans"
            | "calls"
            | "claims"
            | "demands"
            | "charges"
            | "vows"
            | "pledges"
            | "promises"
            | "reports"
            | "fears"
            | "hopes"
            | "lists"
    )
}

/// Verbs whose object a plural noun of stance right after them is ("announced plans
/// to", "has no plans", "ignored calls", "made claims"): a lowercase past form in
/// "-ed" or a verb that takes such an object.
fn takes_object_noun(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"))
        || matches!(
            w,
            "has"
                | "have"
                | "had"
                | "having"
                | "make"
                | "makes"
                | "making"
                | "announce"
                | "announces"
                | "unveil"
                | "unveils"
                | "cancel"
                | "cancels"
                | "scrap"
                | "scraps"
                | "ignore"
                | "ignores"
                | "reject"
                | "rejects"
                | "dismiss"
                | "dismisses"
                | "deny"
                | "denies"
                | "face"
                | "faces"
                | "fuel"
                | "fuels"
                | "heed"
                | "heeds"
                | "drop"
                | "drops"
                | "abandon"
                | "abandons"
                | "resist"
                | "resists"
        )
}

/// True when quoted words `inner` are a title ("Hail, Caesar!", "The Art of the
/// Deal"): fewer than 8 words, each of 4 letters or more capitalised.
fn is_title(inner: &str) -> bool {
    inner.split_whitespace().nth(7).is_none()
        && inner
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|t| t.chars().count() >= 4)
            .all(|t| t.starts_with(char::is_uppercase))
}

/// True when quoted words `inner` read as words said, not a term or a title: 8
/// words or more, or 2 or more opening in a capital that are no title.
fn reads_as_speech(inner: &str) -> bool {
    // Whether it has 2 or 8 words is all that matters: stop counting at 8.
    let n_words = inner.split_whitespace().take(8).count();
    n_words >= 8 || (inner.starts_with(char::is_uppercase) && n_words >= 2 && !is_title(inner))
}

fn is_time_phrase(before: &str) -> bool {
    // A time phrase is a few words: longer text needs no look.
    if before.split_whitespace().nth(5).is_some() {
        return false;
    }
    let words: Vec<String> = before
        .split_whitespace()
        .map(|t| {
            t.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    !words.is_empty() && time_phrase_len(words.iter().map(String::as_str)) == words.len()
}

/// True when `before` (the words before a subject, without their closing comma)
/// is one opening phrase of place, time or circumstance rather than a clause: it
/// opens with a preposition or "speaking" or "asked" ([`is_phrase_opener`]: "At a
/// rally in Dayton", "Speaking on Monday", "Asked about the levy") and is short, or
/// with a subordinating word ([`is_clause_opener`]: "As Europe faces pressure from
/// ...", "Although voters ..."), and holds no other comma. A connective may open it
/// ("But despite the vote"), a few words of time or degree may stand before its
/// preposition ("Earlier in the week", "Shortly after the vote", "Two days before
/// the poll"), and a comma-set connective may close it ("At the summit, however").
pub(super) fn opening_phrase(before: &str) -> bool {
    let before = before.trim_end();
    let before = [", however", ", though", ", meanwhile", ", too", ", again"]
        .iter()
        .find_map(|t| before.strip_suffix(t))
        .unwrap_or(before);
    let words: Vec<String> = before
        .split_whitespace()
        .take(24)
        .map(|t| {
            t.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let mut i = usize::from(
        words
            .first()
            .is_some_and(|f| matches!(f.as_str(), "but" | "and" | "yet")),
    );
    // "Earlier in the week", "Just after the vote", "Two days before the poll".
    let lead = words[i.min(words.len())..]
        .iter()
        .take(3)
        .take_while(|l| leads_a_phrase(l))
        .count();
    let determiner = |k: usize| words.get(k).is_some_and(|l| is_noun_marker(l));
    let first = if lead > 0
        && words
            .get(i + lead)
            .is_some_and(|l| is_phrase_opener(l) || matches!(l.as_str(), "to" | "until"))
    {
        i += lead;
        "at"
    } else if words.get(i).is_some_and(|l| l == "to") && determiner(i + 1) {
        // "To a standing ovation, ...", "To his credit, ...".
        "at"
    } else {
        words.get(i).map_or("", String::as_str)
    };
    let max = if is_clause_opener(first) {
        16
    } else if is_phrase_opener(first) {
        10
    } else {
        return false;
    };
    !before.contains(',') && words.len() <= i + max
}

/// Words of time or degree that may stand before the preposition of an opening
/// phrase ("Earlier in the week", "Shortly after", "Hours before", "Just after").
fn leads_a_phrase(l: &str) -> bool {
    matches!(
        l,
        "earlier"
            | "later"
            | "soon"
            | "shortly"
            | "just"
            | "right"
            | "long"
            | "only"
            | "even"
            | "immediately"
            | "moments"
            | "minutes"
            | "hours"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "a"
            | "few"
            | "several"
    ) || is_number_word(l)
        || (!l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()))
}
