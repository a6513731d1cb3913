//! Pass (4): every candidate resolved to an attribution, in text order. Pronouns,
//! surnames, "the spokesman" and quotes without a tag get their speaker here.

use super::candidates::{opening_phrase, Raw, POSTED};
use super::doc::{class, join_affiliation, shorten, Doc, MAX_QUOTE_BYTES};
use super::lexicon::{group_of, pronoun_gender, title_gender, Gender};
use super::subject::Subject;
use super::{Attribution, ContentKind, SourceKind, SpeakerKind};
use crate::features::english::{
    is_anonymous_noun, is_belief_verb, is_circumstance_preposition, is_clause_boundary,
    is_compound_office, is_cry_participle, is_demonym, is_document_noun, is_finite_auxiliary,
    is_function_word, is_institution_noun, is_kin_noun, is_leading_filler, is_office_noun,
    is_person_pronoun, is_possessive, is_preposition, is_public_figure_noun, is_rank_before_office,
    is_role_noun, is_shows_verb, is_speech_form, is_speech_participle, is_speech_verb,
    is_spokesperson_noun, is_title_word, time_phrase_len,
};
use crate::features::fx::FxSet;
use crate::text::abbreviations::role_abbreviation;

/// The speaker a role nobody in reach holds stands for, shown as the role ("the
/// mayor", "Ohio's governor", "the Kremlin spokesman"): an office one person holds,
/// or a spokesperson of a body the words name (a capitalised or possessive word).
/// `None` for other roles, which stay anonymous ("the adviser", "the spokesman").
fn role_holder(role: &str, text: &str) -> Option<String> {
    /// Words before the role in a description of one office holder, at most.
    const MAX_ROLE_WORDS: usize = 4;
    /// Words opening a sentence before the role's phrase ("On Friday"), at most.
    const MAX_OPENER_WORDS: usize = 3;
    let pronoun = |w: &str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "his" | "her" | "its" | "their" | "our"
        )
    };
    // The role's first word ("attorney" of "attorney general").
    let head = role.split_whitespace().next().unwrap_or(role);
    let mut before: Vec<&str> = (text.split_whitespace())
        .take_while(|w| !w.eq_ignore_ascii_case(head))
        .collect();
    // A few words opening the sentence before the phrase's own article ("Later the
    // mayor", "On Friday the mayor"): the phrase starts after "the"; after "a" it is
    // one of many.
    let article = |w: &&str| matches!(w.to_ascii_lowercase().as_str(), "the" | "a" | "an");
    let mut text = text;
    if let Some(k) = before.iter().rposition(article) {
        let opener = &before[..k];
        let opens_sentence = (1..=MAX_OPENER_WORDS).contains(&opener.len())
            && opener[0].starts_with(char::is_uppercase)
            && !opener.iter().any(|w| is_speech_form(&w.to_lowercase()));
        if opens_sentence {
            if !before[k].eq_ignore_ascii_case("the") {
                return None;
            }
            // The words are slices of `text`: the phrase starts after the article.
            let end = before[k].as_ptr() as usize - text.as_ptr() as usize + before[k].len();
            text = text[end..].trim_start();
            before.drain(..=k);
        }
    }
    // A plain noun phrase of a few words: no clause, preposition or verb inside it
    // ("Sondland's lawyer says the ambassador", "the campaign for president");
    // capitalised words are names ("the State Department spokesman").
    let plain = before.len() <= MAX_ROLE_WORDS
        && before.iter().enumerate().all(|(i, w)| {
            let l = w.to_lowercase();
            (i == 0 && pronoun(w))
                || w.starts_with(char::is_uppercase)
                || !(is_function_word(&l)
                    || is_preposition(&l)
                    || is_speech_form(&l)
                    || matches!(l.as_str(), "a" | "an" | "the" | "and" | "or"))
        });
    let body = (before.iter())
        .any(|w| !pronoun(w) && (w.starts_with(char::is_uppercase) || is_possessive(w)));
    if !plain
        || !(is_office_noun(role)
            || is_compound_office(role)
            || (is_spokesperson_noun(role) && body))
    {
        return None;
    }
    // "Ohio's governor", "his spokesman" as written; "the" before the role alone and
    // before a common noun's possessive ("the city's mayor").
    let first = text.split_whitespace().next().unwrap_or_default();
    let owner = pronoun(first)
        || (first.starts_with(char::is_uppercase) && before.iter().any(|w| is_possessive(w)));
    Some(if owner {
        text.to_string()
    } else {
        format!("the {text}")
    })
}

/// A description read without its article ("billionaire businessman") as a speaker
/// shows it: "the billionaire businessman"; one with its owner ("Ohio's billionaire")
/// as written.
fn described(text: &str) -> String {
    let first = text.split_whitespace().next().unwrap_or_default();
    if first.eq_ignore_ascii_case("the") || is_possessive(first) {
        text.to_string()
    } else {
        format!("the {text}")
    }
}

/// Who a candidate is credited to, once resolved.
#[derive(Debug, Clone)]
struct Voice {
    speaker: Option<String>,
    affiliation: Option<String>,
    kind: SourceKind,
    source: SpeakerKind,
    /// The words that flag an anonymous or unattributed claim.
    cue: Option<String>,
}

impl Voice {
    fn named(speaker: String, affiliation: Option<String>) -> Self {
        Voice::named_as(speaker, affiliation, SpeakerKind::Person)
    }

    fn named_as(speaker: String, affiliation: Option<String>, source: SpeakerKind) -> Self {
        Voice {
            speaker: Some(speaker),
            affiliation,
            kind: SourceKind::Named,
            source,
            cue: None,
        }
    }

    fn unnamed(kind: SourceKind, affiliation: Option<String>, cue: Option<String>) -> Self {
        let source = if kind == SourceKind::Unattributed {
            SpeakerKind::Unattributed
        } else {
            SpeakerKind::Anonymous
        };
        Voice {
            speaker: None,
            affiliation,
            kind,
            source,
            cue,
        }
    }

    /// The voice of an attribution already resolved.
    fn of(a: &Attribution) -> Self {
        Voice {
            speaker: a.speaker.clone(),
            affiliation: a.affiliation.clone(),
            kind: a.kind,
            source: a.source_kind,
            cue: a.cue.clone(),
        }
    }
}

/// The last person (not organisation) who spoke.
struct LastPerson {
    pos: usize,
    name: String,
    affiliation: Option<String>,
    /// The gender known of the person named so, if any.
    gender: Option<Gender>,
}

/// What became of a quote with no tag of its own.
enum Untagged {
    /// Merged into the attribution before it, or dropped as a scare quote.
    Absorbed,
    /// Runs on from the speaker before it: a new attribution, already pushed.
    RunsOn,
    /// Speech nobody is named for.
    NoSpeaker,
}

/// The attributions resolved so far, each with the sentence it sits in.
#[derive(Default)]
struct Resolved {
    out: Vec<Attribution>,
    sents: Vec<usize>,
    last_person: Option<LastPerson>,
    /// Attributions to a role no one named before holds, with the role.
    roles: Vec<(usize, String)>,
}

impl Resolved {
    fn push(&mut self, a: Attribution, sent: usize) {
        self.out.push(a);
        self.sents.push(sent);
    }

    /// The last attribution, when it is in sentence `sent`.
    fn in_same_sentence(&self, sent: usize) -> Option<&Attribution> {
        match (self.out.last(), self.sents.last()) {
            (Some(a), Some(&s)) if s == sent => Some(a),
            _ => None,
        }
    }

    /// Drops hedges in sentences that name their source: they are attributed after all.
    fn finish(self) -> Vec<Attribution> {
        let sourced: FxSet<usize> = (self.out.iter())
            .zip(&self.sents)
            .filter(|(a, _)| a.kind != SourceKind::Unattributed)
            .map(|(_, &s)| s)
            .collect();
        (self.out.into_iter())
            .zip(self.sents)
            .filter(|(a, s)| {
                a.direct
                    || a.kind != SourceKind::Unattributed
                    || !sourced.contains(s)
                    || a.verb == "asked"
            })
            .map(|(a, _)| a)
            .collect()
    }
}

impl<'a> Doc<'a> {
    /// Pass (4): resolves every candidate to an attribution, in text order.
    pub(crate) fn attributions(&mut self) -> Vec<Attribution> {
        let raws = self.candidates();
        let mut done = Resolved {
            out: Vec::with_capacity(raws.len()),
            sents: Vec::with_capacity(raws.len()),
            last_person: None,
            roles: Vec::new(),
        };
        for mut raw in raws {
            let is_person = matches!(
                raw.subject,
                Subject::Person { .. } | Subject::Surname { .. } | Subject::Pronoun(_)
            );
            // A role resolved to a person ("the mayor said") is who a later "she" is.
            let named = matches!(
                raw.subject,
                Subject::Person { .. } | Subject::Surname { .. }
            );
            let role_ref = matches!(raw.subject, Subject::RoleRef { .. });
            let role = match &raw.subject {
                Subject::RoleRef { role, .. } => Some(role.clone()),
                _ => None,
            };
            let subject = std::mem::replace(&mut raw.subject, Subject::Continue);
            let voice = match subject {
                Subject::MergePrev | Subject::Continue => {
                    let merge = matches!(subject, Subject::MergePrev);
                    match self.untagged_quote(&mut done, &raw, merge) {
                        Untagged::Absorbed | Untagged::RunsOn => continue,
                        // A short quotation alone on its line with no speaker: a heading.
                        Untagged::NoSpeaker if self.heading_quote(raw.start, raw.end) => continue,
                        Untagged::NoSpeaker => Some(Voice::unnamed(
                            SourceKind::Unattributed,
                            None,
                            Some("quote with no speaker".to_string()),
                        )),
                    }
                }
                subject => self.voice_of(subject, &raw, &done),
            };
            let Some(voice) = voice else { continue };
            if is_person || (role_ref && voice.source == SpeakerKind::Person) {
                if let Some(name) = &voice.speaker {
                    let gender = (self.by_name.get(name)).and_then(|&id| self.people[id].gender);
                    done.last_person = Some(LastPerson {
                        pos: raw.pos,
                        name: name.clone(),
                        affiliation: voice.affiliation.clone(),
                        gender,
                    });
                }
            }
            // A role no one named before holds ("the governor"): a person may be named later.
            if let Some(role) = role.filter(|_| voice.source == SpeakerKind::Person) {
                if voice
                    .speaker
                    .as_ref()
                    .is_some_and(|n| !self.by_name.contains_key(n))
                {
                    done.roles.push((done.out.len(), role));
                }
            }
            // An embedded post's cue is its signature ("Name (@handle) Month D, YYYY").
            let cue = voice.cue.or_else(|| {
                let k = self.posts.partition_point(|p| p.start < raw.pos);
                let p = self.posts.get(k)?;
                (raw.verb == POSTED && p.start == raw.pos && p.signature_end == raw.end)
                    .then(|| self.text[p.name_start..p.signature_end].to_string())
            });
            // "Ana Ruiz and Paul Tran both said": the person named first speaks too,
            // and each one named before them in a list ("Ruiz, Tran and Lee said").
            let partners = (named && voice.source == SpeakerKind::Person)
                .then(|| voice.speaker.as_ref().and_then(|n| self.by_name.get(n)))
                .flatten()
                .map_or_else(Vec::new, |&id| self.joined_partners(&raw, id));
            let verb = if raw.verb.is_empty() {
                "quoted".to_string()
            } else {
                raw.verb
            };
            let a = Attribution {
                speaker: voice.speaker,
                affiliation: voice.affiliation,
                verb,
                quote: raw.quote,
                direct: raw.direct,
                quote_start: raw.span.map(|s| s.0),
                quote_end: raw.span.map(|s| s.1),
                start: raw.start,
                end: raw.end,
                anonymous: voice.kind != SourceKind::Named,
                kind: voice.kind,
                source_kind: voice.source,
                content_kind: raw.content,
                cue,
                group: None,
            };
            for id in partners {
                let v = self.person_voice(id, None);
                let b = Attribution {
                    speaker: v.speaker,
                    affiliation: v.affiliation,
                    ..a.clone()
                };
                done.push(b, raw.sent);
            }
            done.push(a, raw.sent);
        }
        self.merge_roles(&mut done);
        done.finish()
    }

    /// The people named right before person `id`'s mention in `raw` and joined to it by
    /// "and" ("Ana Ruiz and Paul Tran said", "Ruiz and Tran both argued"), or listed
    /// before it with commas ("Ruiz, Tran and Lee said"), the list opening its clause:
    /// all speak, one voice each in sourcing balance. Empty when there is no such list.
    fn joined_partners(&self, raw: &Raw, id: usize) -> Vec<usize> {
        let w = &self.words;
        let k = self.mentions.partition_point(|m| m.pos < raw.start);
        let Some(at) = (k..self.mentions.len())
            .take(8)
            .take_while(|&i| self.mentions[i].pos < raw.end)
            .find(|&i| self.mentions[i].person == id)
        else {
            return Vec::new();
        };
        if let Some(next) = self.partner_after_verb(at) {
            return vec![next];
        }
        // Walks back over the list: "and" before the last name, commas before the others.
        let mut found = Vec::new();
        let mut at = at;
        let mut j = w.partition_point(|x| x.start < self.mentions[at].pos);
        let mut p = j;
        while found.len() < 4 {
            let Some(prev) = at.checked_sub(1).and_then(|i| self.mentions.get(i)) else {
                break;
            };
            if prev.person == id || found.contains(&prev.person) {
                break;
            }
            let q = w.partition_point(|x| x.start < prev.pos);
            // Only the name's words, then "and" (the last pair, an Oxford comma
            // allowed) or a comma: "Ana Ruiz and", "Ana Ruiz,".
            let and = j >= 2 && self.lower(j - 1) == "and";
            let end = if and { j - 1 } else { j };
            let fits = q + 5 >= j
                && q < end
                && (q..end - 1).all(|i| self.linked(i) && w[i + 1].cap)
                && if found.is_empty() {
                    and && (self.linked(end - 1)
                        || self.gap(end).trim() == "," && w[end].sent == w[q].sent)
                } else {
                    !and && self.gap(end).trim() == "," && w[end].sent == w[q].sent
                };
            if !fits {
                break;
            }
            found.push(prev.person);
            p = q;
            j = q;
            at -= 1;
        }
        if found.is_empty() {
            return found;
        }
        // A title before the first name is the list's ("Senators Ana Ruiz and Paul Tran").
        let q = p;
        // So is a noun of people ("engineers Carla Moss and Peter Lind").
        while p > 0 && q - p < 3 && self.linked(p - 1) && self.describes_names(p - 1) {
            p -= 1;
        }
        let opens = p == 0
            || w[p - 1].sent != w[p].sent
            || !self.linked(p - 1)
            || is_clause_boundary(self.lower(p - 1));
        if !opens {
            return Vec::new();
        }
        found.reverse();
        found
    }

    /// "said Ana Ruiz and Paul Tran.": the person named right after mention `at` and
    /// joined to it by "and", the pair right after a speech verb (titles allowed) and
    /// closing its clause. "said Ana Ruiz and her lawyer" is no pair: only people are.
    fn partner_after_verb(&self, at: usize) -> Option<usize> {
        let w = &self.words;
        let (first, next) = (self.mentions.get(at)?, self.mentions.get(at + 1)?);
        // A name of at most four words and "and" sit between the two: 80 bytes at most.
        if next.person == first.person || next.pos > first.pos + 80 {
            return None;
        }
        let p = w.partition_point(|x| x.start < first.pos);
        let j = w.partition_point(|x| x.start < next.pos);
        if p + 2 > j || p + 5 < j || j >= w.len() || self.lower(j - 1) != "and" {
            return None;
        }
        if !(p..j - 1).all(|i| self.linked(i) && (i == j - 2 || w[i + 1].cap)) {
            return None;
        }
        let mut v = p;
        while v > 0 && p - v < 3 && self.linked(v - 1) && is_title_word(self.lower(v - 1)) {
            v -= 1;
        }
        if v == 0 || !self.linked(v - 1) || !self.is(v - 1, class::SPEECH) {
            return None;
        }
        // The second name's words, then the clause's end or a preposition ("on Monday").
        let mut e = j;
        while e - j < 3 && self.linked(e) && w[e + 1].cap && self.is_name_word(e + 1) {
            e += 1;
        }
        let closes = e + 1 >= w.len() || !self.linked(e) || is_preposition(self.lower(e + 1));
        closes.then_some(next.person)
    }

    /// True when person `id` was named with `role` in their title ("Governor Jane Roe",
    /// "Gov. Jane Roe" for "governor"). A rank before the role ("Vice President", "Deputy Mayor", "Lt. Gov.") is another
    /// office.
    fn holds_role(&self, id: usize, role: &str) -> bool {
        self.people[id].affiliation.as_ref().is_some_and(|a| {
            let a = a.to_lowercase();
            let words: Vec<&str> = a.split_whitespace().collect();
            let abbreviated = role_abbreviation(role);
            (0..words.len()).any(|i| {
                let mut here = words[i..].iter();
                let named = role.split_whitespace().all(|r| {
                    here.next()
                        .is_some_and(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == r)
                }) || abbreviated == Some(words[i]);
                named && !(i > 0 && is_rank_before_office(words[i - 1]))
            })
        })
    }

    /// True when the name mentioned at byte `pos` is followed by an apposition giving
    /// it `role` ("Tom Hart, the president of the union, met ...", "Ann Lee, a
    /// Democratic senator from Ohio,"): a later "the president" or "the senator" is
    /// that person, as a reader takes it; so with any role noun ("Ann Lee, a Republican
    /// pollster," ... "the pollster said"). Not a rank below the office ("Tom Hart, the
    /// vice president,").
    fn appositive_holds_role(&self, pos: usize, role: &str) -> bool {
        /// How many words of an apposition are read for the role.
        const APPOSITION_WORDS: usize = 8;
        if !(is_office_noun(role) || is_role_noun(role) || is_compound_office(role)) {
            return false;
        }
        let w = &self.words;
        let mut e = self.words.partition_point(|x| x.start < pos);
        while e + 1 < w.len() && self.linked(e) && w[e + 1].cap {
            e += 1;
        }
        let a = e + 1;
        if a >= w.len() || w[a].sent != w[e].sent || !self.gap(a).contains(',') {
            return false;
        }
        if !(w[a].cap
            || matches!(self.lower(a), "the" | "a" | "an")
            || is_possessive(self.lower(a)))
        {
            return false;
        }
        // The apposition closes within its words, at a comma or the sentence's end,
        // and holds no verb ("Tom Hart, the president of the union, met ...").
        let mut z = a;
        while z + 1 < w.len() && z - a < APPOSITION_WORDS && self.linked(z) {
            z += 1;
        }
        let closed =
            z + 1 >= w.len() || w[z + 1].sent != w[z].sent || self.gap(z + 1).contains(',');
        if !closed
            || z - a >= APPOSITION_WORDS
            || (a..=z).any(|i| {
                w[i].class
                    .intersects(class::SPEECH | class::CUE | class::BE)
                    || is_finite_auxiliary(self.lower(i))
            })
        {
            return false;
        }
        let role: Vec<&str> = role.split_whitespace().collect();
        let Some(&head) = role.first() else {
            return false;
        };
        let mut i = a;
        while i <= z {
            let fits = self.lower(i) == head
                && role.iter().enumerate().skip(1).all(|(j, r)| {
                    i + j < w.len() && self.linked(i + j - 1) && self.lower(i + j) == *r
                });
            // The office heads the apposition: not a title before a name ("Ivanka
            // Hart, President Tom Hart's daughter,").
            let r = i + role.len() - 1;
            if fits && !(r < z && (w[r + 1].cap || is_possessive(self.lower(r + 1)))) {
                return !(i > a && is_rank_before_office(self.lower(i - 1)));
            }
            i += 1;
        }
        false
    }

    /// A role that spoke before its holder was named ("The governor said ...
    /// Governor Jane Roe added"): when one person in the text, named soon after it, holds
    /// the office, every attribution to the role is theirs. A former holder ("the former
    /// mayor", "former Mayor Jane Roe"), a spokesperson or a role two people hold stays
    /// as it was.
    fn merge_roles(&self, done: &mut Resolved) {
        /// Bytes after the role within which its holder must be named.
        const MERGE_REACH: usize = 800;
        for (i, role) in std::mem::take(&mut done.roles) {
            let Some(speaker) = done.out[i].speaker.clone() else {
                continue;
            };
            if speaker
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("former"))
            {
                continue;
            }
            let pos = done.out[i].start;
            if !(is_office_noun(&role) || is_compound_office(&role)) {
                continue;
            }
            let former = |id: usize| {
                (self.people[id].affiliation.as_deref()).is_some_and(|a| {
                    a.split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("former"))
                })
            };
            // The office itself, not another country's ("French President Emmanuel Macron"
            // does not hold "the president" spoken of before him).
            let foreign = |id: usize| {
                (self.people[id].affiliation.as_deref()).is_some_and(|a| {
                    let head = role.split_whitespace().next().unwrap_or(&role);
                    (a.split_whitespace())
                        .map(|w| w.to_lowercase())
                        .take_while(|w| w != head)
                        .any(|w| {
                            is_demonym(&w)
                                && group_of(&w).is_some_and(|g| {
                                    !matches!(g, "United States" | "Democrats" | "Republicans")
                                })
                        })
                })
            };
            let mut holders =
                (0..self.people.len()).filter(|&id| self.holds_role(id, &role) && !foreign(id));
            let (Some(id), None) = (holders.next(), holders.next()) else {
                continue;
            };
            // Named soon after, and the role spoken of as "the" office alone.
            let soon = (pos..=pos + MERGE_REACH).contains(&self.people[id].first_pos);
            if !soon || former(id) || speaker != format!("the {role}") {
                continue;
            }
            let voice = self.person_voice(id, None);
            for a in done.out.iter_mut() {
                if a.source_kind == SpeakerKind::Person && a.speaker.as_ref() == Some(&speaker) {
                    a.speaker = voice.speaker.clone();
                    a.affiliation = voice.affiliation.clone();
                }
            }
        }
    }

    /// The person with id `id`, under `title` or else the title they were first named with.
    /// The person a description of a public figure ("the billionaire businessman",
    /// [`is_public_figure_noun`] `role`) at byte `pos` stands for: of the people
    /// mentioned in its sentence before it or in the sentence just before, the one the
    /// article has mentioned most so far (of those tied, the one it named first), not one of the
    /// other gender than the noun says ("businesswoman"). Only that near: "Aides said
    /// Tom Hale was fired. The former financier ..." is Hale, whoever the story is about.
    fn figure_described(&self, pos: usize, role: &str) -> Option<usize> {
        /// Sentences before the description's own that are looked back over.
        const REACH_SENTENCES: u32 = 1;
        let w = &self.words;
        let k = w.partition_point(|x| x.start < pos);
        let sent = w.get(k.min(w.len().checked_sub(1)?))?.sent;
        let gender = title_gender(role);
        let at = self.mentions.partition_point(|m| m.pos < pos);
        let mut best: Option<(usize, usize)> = None;
        for m in self.mentions[..at].iter().rev() {
            let i = w.partition_point(|x| x.start < m.pos);
            if sent.saturating_sub(w[i.min(w.len() - 1)].sent) > REACH_SENTENCES {
                break;
            }
            let p = &self.people[m.person];
            if gender.is_some_and(|g| p.gender.is_some_and(|h| h != g)) {
                continue;
            }
            let count = self.mentions[..at]
                .iter()
                .filter(|n| n.person == m.person)
                .count();
            let first = p.first_pos;
            let better = best
                .is_none_or(|(b, c)| count > c || (count == c && first < self.people[b].first_pos));
            if better {
                best = Some((m.person, count));
            }
        }
        best.map(|(id, _)| id)
    }

    fn person_voice(&self, id: usize, title: Option<String>) -> Voice {
        let p = &self.people[id];
        Voice::named(p.name.clone(), title.or_else(|| p.affiliation.clone()))
    }

    /// True when attribution `a` ends before candidate `raw` with a comma between
    /// them: it sits in an opening phrase ("Asked whether he would run, Ruiz ...").
    fn opens_before(&self, a: &Attribution, raw: &Raw) -> bool {
        a.end <= raw.start && self.text[a.end..raw.start].contains(',')
    }

    /// The voice of a tagged candidate; `None` when it names no one after all.
    fn voice_of(&mut self, subject: Subject, raw: &Raw, done: &Resolved) -> Option<Voice> {
        let same_sentence_prev = done.in_same_sentence(raw.sent);
        match subject {
            Subject::Person { name, title } => {
                let title = join_affiliation(title, raw.appos.clone());
                match self.by_name.get(&name).copied() {
                    Some(id) => {
                        if raw.appos.is_some() || self.people[id].affiliation.is_none() {
                            self.people[id].affiliation = title.clone();
                        }
                        Some(self.person_voice(id, title))
                    }
                    None => Some(Voice::named(name, title)),
                }
            }
            Subject::Surname {
                name,
                title,
                gender,
            } => {
                // "Mrs. Hart said": the Hart who may be a woman, when two share it; a
                // title of one gender never names a person known to be of the other
                // ("Mrs. Hart" is not "Tom Hart").
                let gender = gender.or_else(|| {
                    let t = title.as_deref()?;
                    let last = t.split_whitespace().last().unwrap_or("");
                    title_gender(&last.trim_end_matches('.').to_lowercase())
                });
                let title = join_affiliation(title, raw.appos.clone());
                // Lowercased as the word table does it ("O’Brien" as "o'brien").
                let mut lower = String::new();
                crate::text::lower_word(&name, &mut lower);
                let found = match gender {
                    Some(g) => self.person_by_surname_of(&lower, raw.pos, g),
                    None => self.person_by_surname(&lower, raw.pos),
                };
                match found {
                    Some(id) => Some(self.person_voice(id, title)),
                    None => Some(Voice::named(name, title)),
                }
            }
            Subject::Pronoun(gender) => {
                let from_sentence = same_sentence_prev
                    .filter(|a| a.kind == SourceKind::Named && a.speaker.is_some())
                    .map(|a| {
                        Voice::named(a.speaker.clone().unwrap_or_default(), a.affiliation.clone())
                    });
                if let Some(v) = from_sentence.or_else(|| self.pronoun_at(raw.pos, gender, done)) {
                    return Some(v);
                }
                // A "he" or "she" no one named before can be: the unnamed person who
                // spoke before it in its sentence ("The candidate said he doubts
                // ..."), else, unless a name follows in the sentence for it to point
                // ahead to ("a race she hoped to win, ... said Ana Ruiz"), still
                // someone's words, a person the text does not name.
                if let Some(prev) = same_sentence_prev.filter(|a| {
                    a.speaker.is_none()
                        && a.kind == SourceKind::Anonymous
                        && matches!(a.source_kind, SpeakerKind::Person | SpeakerKind::Anonymous)
                }) {
                    return Some(Voice::of(prev));
                }
                let k = self.mentions.partition_point(|m| m.pos < raw.pos);
                let sent = self.sentence_at(raw.pos);
                if (self.mentions.get(k)).is_some_and(|m| self.sentence_at(m.pos) == sent) {
                    return None;
                }
                Some(Voice {
                    source: SpeakerKind::Person,
                    ..Voice::unnamed(
                        SourceKind::Anonymous,
                        None,
                        Some(self.pronoun_word(raw, gender).to_string()),
                    )
                })
            }
            // "they": the group, organisation or unnamed source that spoke in the
            // last three sentences, else an unnamed source.
            Subject::They => (done.out.iter().zip(&done.sents).rev())
                .take_while(|(_, &s)| raw.sent.saturating_sub(s) <= 3)
                .find(|(a, _)| {
                    a.kind == SourceKind::Anonymous
                        || matches!(
                            a.source_kind,
                            SpeakerKind::Group | SpeakerKind::Organisation
                        )
                })
                .map(|(a, _)| Voice::of(a))
                .or_else(|| {
                    Some(Voice::unnamed(
                        SourceKind::Anonymous,
                        None,
                        Some("they".to_string()),
                    ))
                }),
            // "it": the organisation or document that spoke in the last three sentences,
            // else an unnamed one described by a singular noun ("the newspaper wrote"),
            // else an unnamed source ("The memo was leaked. It says ...").
            Subject::It => {
                let recent = || {
                    (done.out.iter().zip(&done.sents).rev())
                        .take_while(|(_, &s)| raw.sent.saturating_sub(s) <= 3)
                };
                recent()
                    .find(|(a, _)| {
                        matches!(
                            a.source_kind,
                            SpeakerKind::Organisation | SpeakerKind::Document
                        )
                    })
                    .or_else(|| {
                        recent().find(|(a, _)| {
                            a.kind == SourceKind::Anonymous
                                && a.cue.as_deref().is_some_and(|c| {
                                    let c = c.to_lowercase();
                                    !c.ends_with('s')
                                        && (is_institution_noun(&c) || is_document_noun(&c))
                                })
                        })
                    })
                    .map(|(a, _)| Voice::of(a))
                    .or_else(|| {
                        // Only a verb of saying or finding ("it said", "it found"), not
                        // "it added to the debt", "it wants", "it covers".
                        let v = raw.verb.as_str();
                        let saying = (is_speech_verb(v) && !is_belief_verb(v)) || is_shows_verb(v);
                        let next = (self.text[raw.pos.min(self.text.len())..].split_whitespace())
                            .nth(1)
                            .map(str::to_lowercase);
                        // "it blasted into", "it says a lot about", "it adds workers":
                        // not speech. "Adds" and "denies" report only a clause.
                        let not_speech = next.as_deref().is_some_and(|n| {
                            matches!(
                                n,
                                "to" | "into"
                                    | "a"
                                    | "an"
                                    | "everything"
                                    | "something"
                                    | "nothing"
                                    | "much"
                                    | "more"
                                    | "volumes"
                            ) || (matches!(v, "adds" | "added" | "denies" | "denied")
                                && !raw.direct
                                && n != "that")
                        });
                        // "it" opens its sentence or clause ("It said ...", "but it also
                        // said"), or the words are quoted or follow "that": not "what it
                        // says about us", "the plant it announced".
                        let head = &self.text[..raw.pos.min(self.text.len())];
                        let before: Vec<&str> = head.split_whitespace().rev().take(4).collect();
                        let opens = (before.iter())
                            .position(|w| w.eq_ignore_ascii_case("it"))
                            .is_some_and(|i| {
                                before.get(i + 1).is_none_or(|p| {
                                    p.ends_with(['.', '!', '?', ':', ';', '"', '”'])
                                        || p.eq_ignore_ascii_case("and")
                                        || p.eq_ignore_ascii_case("but")
                                })
                            });
                        let clause = raw.direct || next.as_deref() == Some("that") || opens;
                        (saying && !not_speech && clause).then(|| {
                            // An organisation named in reach that has not spoken yet
                            // ("The Pentagon released the figures. It said ...").
                            match self.organisation_before(raw.pos, None) {
                                Some(org) => Voice::named_as(
                                    org.clone(),
                                    Some(org),
                                    SpeakerKind::Organisation,
                                ),
                                None => Voice::unnamed(
                                    SourceKind::Anonymous,
                                    None,
                                    Some("it".to_string()),
                                ),
                            }
                        })
                    })
            }
            // "the department said": the department named in reach ("the Justice
            // Department", "the Department of Justice"), else the noun as written.
            Subject::Org { name } => {
                let name = (name.bytes().all(|b| b.is_ascii_lowercase())
                    && is_institution_noun(&name))
                .then(|| self.organisation_before(raw.pos, Some(&name)))
                .flatten()
                .unwrap_or(name);
                Some(Voice::named_as(
                    name.clone(),
                    Some(name),
                    SpeakerKind::Organisation,
                ))
            }
            Subject::Group { name } => Some(Voice::named_as(
                name.clone(),
                Some(name),
                SpeakerKind::Group,
            )),
            Subject::Participle => match same_sentence_prev {
                Some(a) if a.kind != SourceKind::Unattributed => Some(Voice::of(a)),
                _ => self.opening_voice(raw, done, true),
            },
            Subject::Anonymous { cue } => Some(Voice::unnamed(
                SourceKind::Anonymous,
                raw.appos.clone(),
                Some(cue),
            )),
            Subject::RoleRef { role, text } => {
                let k = self.mentions.partition_point(|m| m.pos < raw.pos);
                let found = (self.mentions[..k].iter().rev().take(64)).find(|m| {
                    self.holds_role(m.person, &role) || self.appositive_holds_role(m.pos, &role)
                });
                match found {
                    Some(m) => Some(self.person_voice(m.person, None)),
                    None => Some(match role_holder(&role, &text) {
                        Some(speaker) => Voice::named(speaker, raw.appos.clone()),
                        // "the billionaire businessman said": the person the story is
                        // about, else a person shown by the description.
                        None if is_public_figure_noun(&role) => {
                            match self.figure_described(raw.pos, &role) {
                                Some(id) => self.person_voice(id, None),
                                None => Voice::named(described(&text), raw.appos.clone()),
                            }
                        }
                        None => Voice::unnamed(SourceKind::Anonymous, None, Some(text)),
                    }),
                }
            }
            Subject::Document { name } => Some(Voice::named_as(name, None, SpeakerKind::Document)),
            Subject::Unattributed { cue } => {
                Some(Voice::unnamed(SourceKind::Unattributed, None, Some(cue)))
            }
            // "... and suggested that": the speaker of the verb before, else the sentence's
            // subject. A claim with no source before it ("Asked whether he would run,
            // Ruiz shook his head and said") is no speaker: the subject after its
            // opening phrase is.
            Subject::Inherit => match same_sentence_prev {
                Some(a) if a.kind != SourceKind::Unattributed || !self.opens_before(a, raw) => {
                    Some(Voice::of(a))
                }
                Some(a) => self
                    .opening_voice(raw, done, true)
                    .or_else(|| Some(Voice::of(a))),
                None => self.opening_voice(raw, done, false),
            },
            Subject::MergePrev | Subject::Continue => None,
        }
    }

    /// The name of the organisation written nearest before byte `pos`, in its sentence
    /// or the one before, that a later "the department" (`head`) or "it" (`None`) can
    /// stand for: a run of capitalised words ending in that noun or holding it before
    /// "of" ("the Justice Department", "the Department of Justice"; for "the company"
    /// also "Acme Corp."), or for "it" ending in any singular noun of an institution
    /// ("the Pentagon", "the Labor Ministry"). `None` past a document's noun ("the
    /// report", which "it" may be), or when the noun heads a phrase of people
    /// ("Justice Department officials").
    fn organisation_before(&self, pos: usize, head: Option<&str>) -> Option<String> {
        /// Sentences before the pronoun's own that are looked back over.
        const REACH_SENTENCES: u32 = 1;
        /// Words looked back over, at most.
        const REACH_WORDS: usize = 80;
        let w = &self.words;
        let k = w.partition_point(|x| x.start < pos);
        let sent = w.get(k.min(w.len().saturating_sub(1)))?.sent;
        let company = |l: &str| {
            matches!(
                l.trim_end_matches('.'),
                "corp" | "inc" | "co" | "ltd" | "llc" | "plc" | "corporation" | "company"
            )
        };
        let fits = |l: &str| match head {
            Some("company" | "firm") => company(l),
            Some(h) => l == h,
            None => {
                company(l)
                    || (is_institution_noun(l)
                        && !matches!(
                            l,
                            "states" | "nations" | "forces" | "police" | "military" | "house"
                        )
                        && !l.ends_with("'s")
                        && !l.ends_with("’s"))
            }
        };
        for i in (k.saturating_sub(REACH_WORDS)..k).rev() {
            if sent.saturating_sub(w[i].sent) > REACH_SENTENCES {
                break;
            }
            let l = self.lower(i);
            if head.is_none() && !w[i].cap && is_document_noun(l) {
                return None;
            }
            if !w[i].cap || w[i].quote.is_some() || !fits(l) {
                continue;
            }
            // The run of capitalised words the noun ends or opens ("of Justice").
            let mut e = i;
            if self.linked(e)
                && self.lower(e + 1) == "of"
                && self.linked(e + 1)
                && e + 2 < k
                && w[e + 2].cap
            {
                e += 2;
                while self.linked(e) && e + 1 < k && w[e + 1].cap {
                    e += 1;
                }
            }
            // A name before a noun of its own modifies it ("Justice Department
            // officials", "Kremlin strongman Vladimir Putin", "Brookings Institution
            // analyst"): a noun in lower case that is no verb's form.
            let modifies = self.linked(e) && e + 1 < w.len() && !w[e + 1].cap && {
                let n = self.lower(e + 1);
                is_role_noun(n)
                    || is_anonymous_noun(n)
                    || is_spokesperson_noun(n)
                    || (n.len() >= 3
                        && n.bytes().all(|b| b.is_ascii_lowercase())
                        && !n.ends_with("ed")
                        && !n.ends_with('s')
                        && !n.ends_with("ly")
                        && !is_function_word(n)
                        && !is_preposition(n)
                        && !is_finite_auxiliary(n)
                        && !is_speech_form(n)
                        && !w[e + 1].class.intersects(class::SPEECH | class::CUE))
            };
            if modifies {
                continue;
            }
            let mut r = i;
            while r > 0
                && i - r < 6
                && self.linked(r - 1)
                && ((w[r - 1].cap
                    && !is_function_word(self.lower(r - 1))
                    && !is_preposition(self.lower(r - 1)))
                    || self.joins_org_names(r - 1))
            {
                r -= 1;
            }
            // The noun alone is no name ("Department heads met", a headline's
            // "Administration Acknowledged"), but for a body that is one ("the
            // Pentagon", "the Kremlin").
            if r == e && !matches!(l, "pentagon" | "kremlin") {
                continue;
            }
            return Some(self.text[w[r].start..w[e].end].to_string());
        }
        None
    }

    /// Adds the quote `raw` to the attribution `prev` it continues: its words
    /// (joined by `sep`), its end and the end of its quoted span.
    fn extend_quote(&self, prev: &mut Attribution, raw: &Raw, sep: &str) {
        if self.keeps_words() {
            let q = prev.quote.take().unwrap_or_default();
            let add = raw.quote.clone().unwrap_or_default();
            prev.quote = Some(shorten(&format!("{q}{sep}{add}"), MAX_QUOTE_BYTES));
        }
        prev.end = prev.end.max(raw.end);
        if let (Some(end), Some((_, e))) = (prev.quote_end, raw.span) {
            prev.quote_end = Some(end.max(e));
        }
    }

    /// A quote with no tag of its own: the second half of a split quote
    /// (`merge`), a partial quote inside a sentence that reports someone, more of
    /// the speech of the speaker before it, or speech nobody is named for.
    fn untagged_quote(&self, done: &mut Resolved, raw: &Raw, merge: bool) -> Untagged {
        if let Some(prev) = done.out.last_mut().filter(|a| merge && a.direct) {
            self.extend_quote(prev, raw, " … ");
            return Untagged::Absorbed;
        }
        // A partial quote inside a sentence that already reports someone.
        let last_sent = done.sents.last().copied();
        if let Some(prev) = (done.out.last_mut())
            .filter(|a| !a.direct && last_sent == Some(raw.sent) && a.start <= raw.pos)
        {
            prev.direct = true;
            // A quote that is all the reported words (`tweeting: “...”`) stands whole.
            let whole = prev.quote_start.is_some_and(|q| {
                q >= raw.pos || self.text[q..raw.pos].chars().all(|c| !c.is_alphanumeric())
            });
            prev.content_kind = if whole {
                ContentKind::Direct
            } else {
                ContentKind::Partial
            };
            prev.quote = raw.quote.clone();
            prev.end = prev.end.max(raw.end);
            // The reported words hold the quoted ones: the span covers both.
            if let Some((s, e)) = raw.span {
                prev.quote_start = Some(prev.quote_start.map_or(s, |p| p.min(s)));
                prev.quote_end = Some(prev.quote_end.map_or(e, |p| p.max(e)));
            }
            return Untagged::Absorbed;
        }
        // `“We are ready,” said one pilot who ...`: a quotation with words of a tag
        // after it is someone else's speech, even when the tag is not read.
        // Only a quotation that opens its sentence: one inside a sentence is part of it.
        let opens = self.sents.get(raw.sent).is_some_and(|sent| {
            self.text[sent.start.min(raw.start)..raw.start]
                .trim()
                .is_empty()
        });
        if opens && self.tag_follows(raw.end) {
            return Untagged::NoSpeaker;
        }
        let para = self.paragraph_of(raw.sent);
        // The speech runs on from the last attribution, or from the one before a hedge
        // inside its sentence (`“A,” Hale told Reuters when asked if …. “B.”`).
        let n = done.out.len();
        let last = n.checked_sub(1).map(|mut i| {
            while i > 0
                && done.out[i].kind == SourceKind::Unattributed
                && done.sents[i - 1] == done.sents[i]
            {
                i -= 1;
            }
            &done.out[i]
        });
        // The sentence the last attribution ends in: a quote of several sentences
        // before its tag ends sentences after the one it opens.
        let last_end_sent =
            (last.zip(last_sent)).map(|(a, s)| self.sentence_at(a.end.saturating_sub(1)).max(s));
        // A quotation whose tag describes a speaker not read (`“A,” said the base
        // chief known as Bob. “B.”`) runs on too, its speaker still unread.
        let speaks = |a: &Attribution| {
            a.kind != SourceKind::Unattributed || (a.direct && self.tag_follows(a.end))
        };
        let runs_on = last.zip(last_end_sent).filter(|(a, s)| {
            let gap = raw.sent.saturating_sub(*s);
            speaks(a)
                && para.saturating_sub(self.paragraph_of(*s)) <= 1
                && (gap <= 1 || (a.direct && gap <= 2))
        });
        // The quote the speech runs on from: the last one, or the last quote of the
        // sentence before when only its tag's clauses follow it (`“A,” Black said,
        // referring to X. “B.”`).
        // A quote of several sentences before its tag (`“A? B,” Black said, referring
        // to X. “C.”`): the tag's clauses are in the sentence the attribution ends in.
        let anchor = (n.saturating_sub(3)..n).rev().find(|&i| {
            let a = &done.out[i];
            let end_sent = self.sentence_at(a.end.saturating_sub(1)).max(done.sents[i]);
            a.direct
                && speaks(a)
                && done.sents[i + 1..]
                    .iter()
                    .all(|&s| s >= done.sents[i] && s <= end_sent)
        });
        // More of the same speech right after a quote (`“A,” Reid said. “B.”`, also
        // in the next paragraph, or after the rest of a long tag): one attribution.
        let adjacent = anchor.filter(|&i| {
            let a = &done.out[i];
            let end_sent = self.sentence_at(a.end.saturating_sub(1)).max(done.sents[i]);
            a.end <= raw.start
                && self.text.get(a.end..raw.start).is_some_and(|gap| {
                    gap.chars()
                        .all(|c| matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\n' | '\r'))
                        || (gap.len() < 240
                            && !gap.trim_end().contains(['\n', '"', '“', '”'])
                            && raw.sent == end_sent + 1)
                })
        });
        // Words too short or plain to read as speech alone (“Really?”, `Instead, “the
        // plan is dead.”`) are more of it when they make the next sentence, after
        // one or two words and a comma at most; elsewhere they are terms or titles
        // (`Signs read “No more.”`).
        let speech = raw.speech_like
            || (adjacent.is_some()
                && runs_on.is_some()
                && self.sents.get(raw.sent).is_some_and(|sent| {
                    let lead = self.text[sent.start.min(raw.start)..raw.start].trim();
                    lead.is_empty()
                        || (lead.ends_with(',') && lead.split_whitespace().nth(2).is_none())
                })
                && raw.span.is_some_and(|(s, e)| {
                    let inner = self.text[s..e].trim_end_matches(['"', '”', '\'', '’', ' ']);
                    inner.ends_with(['.', '?', '!'])
                }));
        if !speech {
            return Untagged::Absorbed;
        }
        if let (Some(i), Some(_)) = (adjacent, runs_on) {
            let mut prev = done.out[i].clone();
            self.extend_quote(&mut prev, raw, " ");
            done.out[i] = prev;
            return Untagged::Absorbed;
        }
        match runs_on {
            Some((a, _)) => {
                let a = Attribution {
                    verb: a.verb.clone(),
                    quote: raw.quote.clone(),
                    direct: true,
                    quote_start: raw.span.map(|s| s.0),
                    quote_end: raw.span.map(|s| s.1),
                    content_kind: ContentKind::Direct,
                    start: raw.start,
                    end: raw.end,
                    ..a.clone()
                };
                done.push(a, raw.sent);
                Untagged::RunsOn
            }
            None => Untagged::NoSpeaker,
        }
    }

    /// The pronoun of a candidate whose subject is a "he" or "she" of `gender`, as
    /// written ("He", "she"): its cue when no one it refers to is known.
    fn pronoun_word(&self, raw: &Raw, gender: Option<Gender>) -> &str {
        let a = self
            .words
            .partition_point(|w| w.start < raw.start.min(raw.pos));
        let v = self.words.partition_point(|w| w.start < raw.pos);
        let fits = |i: &usize| {
            is_person_pronoun(self.lower(*i)) && pronoun_gender(self.lower(*i)) == gender
        };
        // The nearest before the verb, else one right after it ("said she").
        ((a..v).rev().find(fits))
            .or_else(|| (v..(v + 3).min(self.words.len())).find(fits))
            .map_or(
                if gender == Some(Gender::Female) {
                    "she"
                } else {
                    "he"
                },
                |i| &self.text[self.words[i].start..self.words[i].end],
            )
    }

    /// The person a "he" or "she" at byte `pos` refers to: the subject of the sentence
    /// before when it opens its own ([`Doc::previous_subject`]), else the one named last
    /// before it, or the last person who spoke when they spoke after that mention.
    /// A "she" skips people known to be men, a "he" women ([`Gender`]), when someone
    /// it can refer to was mentioned; else the nearest is taken as before.
    fn pronoun_at(&self, pos: usize, gender: Option<Gender>, done: &Resolved) -> Option<Voice> {
        if let Some(want) = gender {
            if let Some(id) = self.previous_subject(pos, want) {
                return Some(self.person_voice(id, None));
            }
            let fits = |g: Option<Gender>| g.is_none_or(|g| g == want);
            let last = done.last_person.as_ref().filter(|p| fits(p.gender));
            if let Some(m) = self.last_mention_fitting(pos, want) {
                return Some(match last {
                    Some(p) if p.pos > m.0 => Voice::named(p.name.clone(), p.affiliation.clone()),
                    _ => self.person_voice(m.1, None),
                });
            }
            if let Some(p) = last {
                return Some(Voice::named(p.name.clone(), p.affiliation.clone()));
            }
        }
        let mention = self.last_mention_at(pos);
        // A "she" after "Ms. Hayes" (known to no one) is not a person of unknown
        // gender named before her.
        if let (Some(want), Some((mpos, id))) = (gender, mention) {
            if self.people[id].gender.is_none() && self.gendered_title_between(mpos, pos, want) {
                return None;
            }
        }
        match (mention, &done.last_person) {
            (Some((mpos, _)), Some(p)) if p.pos > mpos => {
                Some(Voice::named(p.name.clone(), p.affiliation.clone()))
            }
            (Some((_, id)), _) => Some(self.person_voice(id, None)),
            (None, Some(p)) => Some(Voice::named(p.name.clone(), p.affiliation.clone())),
            (None, None) => None,
        }
    }

    /// The voice of the subject of the sentence `raw` sits in (see
    /// [`Doc::sentence_subject`]), a pronoun or role noun resolved as one before a verb is.
    /// For a `participle` after a comma, the subject may follow an opening phrase.
    fn opening_voice(&mut self, raw: &Raw, done: &Resolved, participle: bool) -> Option<Voice> {
        match self.sentence_subject(raw, participle)? {
            Opening::Voice(v) => Some(v),
            Opening::Pronoun(p) => {
                self.pronoun_at(self.words[p].start, pronoun_gender(self.lower(p)), done)
            }
            Opening::Refers(s) => self.voice_of(s, raw, done),
        }
    }

    /// The subject of the sentence `raw` sits in, for a participle after a comma or
    /// a verb after "and": a pronoun opening it ("Then she broke ranks, pledging"),
    /// else the first person mentioned in it before the participle, else the
    /// speaker its opening words name ("The Justice Department ..., saying", "The
    /// governor ..., mocking").
    fn sentence_subject(&self, raw: &Raw, participle: bool) -> Option<Opening> {
        let sent = self.sents.get(raw.sent)?;
        let mut first = self.words.partition_point(|w| w.start < sent.start);
        // "In a speech on Tuesday, Ruiz struck a measured tone, saying ...": the
        // subject of a participle after a comma follows an opening phrase (a verb
        // after "and" may sit in an infinitive: "In May, X put forward a plan to
        // rearm and maintain ...").
        if let Some(c) = (first..(first + 9).min(self.words.len()))
            .filter(|_| participle)
            .take_while(|&i| self.words[i].start < raw.pos)
            .find(|&i| !self.linked(i))
        {
            if c + 1 < self.words.len()
                && self.words[c + 1].start < raw.pos
                && self.gap(c + 1).trim() == ","
                && opening_phrase(&self.text[self.words[first].start..self.words[c].end])
            {
                first = c + 1;
            }
        }
        // "But she", "Then he", "He": a pronoun as the first word, or after one
        // connective.
        let mut p = first;
        if p < self.words.len()
            && self.linked(p)
            && (is_leading_filler(self.lower(p)) || self.lower(p) == "then")
        {
            p += 1;
        }
        // "Two days later she toured the plant and said ...", "Last week, he ...": a
        // time phrase before the pronoun.
        let before_raw = (p..(p + 6).min(self.words.len())).take_while(|&i| {
            self.words[i].start < raw.pos && self.words[i].sent == raw.sent as u32
        });
        let n = time_phrase_len(before_raw.map(|i| self.lower(i)));
        if n > 0
            && p + n < self.words.len()
            && self.words[p + n].start < raw.pos
            && (p..p + n - 1).all(|i| self.linked(i))
            && (self.linked(p + n - 1) || self.gap(p + n).trim() == ",")
            && matches!(
                self.classify(p + n, p + n),
                Some(Subject::Pronoun(_) | Subject::They)
            )
        {
            p += n;
        }
        if p < self.words.len()
            && self.words[p].start < raw.pos
            && matches!(self.classify(p, p), Some(Subject::Pronoun(_)))
        {
            return Some(Opening::Pronoun(p));
        }
        // "They reversed course and said ...", "They marched, chanting ...": the
        // group or source "they" points at, for a verb of saying only (not "and
        // don't think twice", "and assured his place").
        let v = raw.verb.as_str();
        if p < self.words.len()
            && self.words[p].start < raw.pos
            && self.linked(p)
            && self.lower(p) == "they"
            && ((is_speech_verb(v) && !is_belief_verb(v)) || is_speech_participle(v))
        {
            return Some(Opening::Refers(Subject::They));
        }
        let k = self.mentions.partition_point(|m| m.pos < sent.start);
        if let Some(m) = self.mentions[k..]
            .iter()
            .take_while(|m| m.pos < raw.pos)
            // A cry's subject is never a name inside its clause's object (elsewhere
            // the first name stays the better guess on PolNeAR train).
            .find(|m| !(is_cry_participle(&raw.verb) && self.object_of_preposition(m.pos)))
        {
            return Some(Opening::Voice(self.person_voice(m.person, None)));
        }
        let mut e = first;
        while e - first < 6
            && self.linked(e)
            && self.words[e + 1].start < raw.pos
            && self.opens_subject(e + 1)
        {
            e += 1;
        }
        // "Ana Ruiz's younger brother rallied supporters, saying": a possessive and a
        // noun of a relative or a role after at most two modifiers.
        let mut subject = self.classify(first, e);
        if subject.is_none() && is_possessive(self.lower(e)) {
            let head = (e + 1..e + 4)
                .take_while(|&i| {
                    self.linked(i - 1)
                        && i < self.words.len()
                        && self.words[i].start < raw.pos
                        && !self.words[i].cap
                })
                .find(|&i| {
                    let l = self.lower(i);
                    is_kin_noun(l) || is_role_noun(l)
                });
            subject = head.and_then(|h| self.described_subject(first, h, true));
        }
        // "The county board overruled the judge and said ...", "But the appeals court
        // ruled, saying ...": a noun of an institution or a source heading the opening
        // phrase after at most two lower-case modifiers.
        // The phrase opens with an article or a possessive (after "But", "And"),
        // outside quotation marks; the words after it are read.
        let determiner =
            |i: usize| matches!(self.lower(i), "the" | "a" | "an" | "its" | "their" | "this");
        let mut f = first;
        if f < self.words.len() && !determiner(f) && is_leading_filler(self.lower(f)) {
            f += 1;
        }
        if subject.is_none()
            && f + 1 < self.words.len()
            && self.words[f].quote.is_none()
            && self.linked(f)
            && determiner(f)
        {
            let head = (f + 1..(f + 4).min(self.words.len()))
                .take_while(|&i| {
                    self.linked(i - 1)
                        && self.words[i].start < raw.pos
                        && !self.words[i].cap
                        && !is_clause_boundary(self.lower(i))
                        && self.lower(i) != "and"
                })
                .find(|&i| {
                    let l = self.lower(i);
                    is_institution_noun(l) || is_anonymous_noun(l)
                });
            subject = head.and_then(|h| {
                self.classify(f + 1, h)
                    .or_else(|| self.described_subject(f + 1, h, true))
            });
        }
        let voice = match subject? {
            Subject::Org { name } => {
                Voice::named_as(name.clone(), Some(name), SpeakerKind::Organisation)
            }
            Subject::Group { name } => {
                Voice::named_as(name.clone(), Some(name), SpeakerKind::Group)
            }
            Subject::Document { name } => Voice::named_as(name, None, SpeakerKind::Document),
            Subject::Anonymous { cue } => Voice::unnamed(SourceKind::Anonymous, None, Some(cue)),
            Subject::Person { name, title } | Subject::Surname { name, title, .. } => {
                Voice::named(name, title)
            }
            role @ Subject::RoleRef { .. } => return Some(Opening::Refers(role)),
            _ => return None,
        };
        Some(Opening::Voice(voice))
    }
}

impl Doc<'_> {
    /// True when the name starting at byte `pos` follows a preposition, across its
    /// titles, capitalised words and an article (`burned pictures of Iran's leader
    /// Ali Kazemi`, `marched through the Granger Plaza`): an object in its clause,
    /// never its subject.
    fn object_of_preposition(&self, pos: usize) -> bool {
        let mut i = self.words.partition_point(|w| w.start < pos);
        let stop = i.saturating_sub(5);
        while i > stop && self.linked(i - 1) {
            let l = self.lower(i - 1);
            if is_preposition(l) || is_circumstance_preposition(l) {
                return true;
            }
            if !(self.words[i - 1].cap || is_title_word(l) || matches!(l, "the" | "a" | "an")) {
                return false;
            }
            i -= 1;
        }
        false
    }
}

/// The subject of a sentence, as [`Doc::sentence_subject`] finds it: a voice, or
/// words that refer to one ("the governor"), or a "he" or "she" (its word index).
enum Opening {
    Voice(Voice),
    Pronoun(usize),
    Refers(Subject),
}

#[cfg(test)]
mod tests {
    use super::role_holder;

    #[test]
    fn a_role_holder_is_an_office_or_a_named_body_s_spokesperson() {
        for (role, text, speaker) in [
            ("mayor", "mayor", Some("the mayor")),
            ("minister", "prime minister", Some("the prime minister")),
            ("chief", "police chief", Some("the police chief")),
            ("mayor", "city's mayor", Some("the city's mayor")),
            ("governor", "Ohio's governor", Some("Ohio's governor")),
            (
                "director",
                "former FBI director",
                Some("the former FBI director"),
            ),
            (
                "spokesman",
                "State Department spokesman",
                Some("the State Department spokesman"),
            ),
            (
                "spokeswoman",
                "ministry's spokeswoman",
                Some("the ministry's spokeswoman"),
            ),
            // No body named: an unnamed voice.
            ("spokesman", "spokesman", None),
            ("spokesman", "his spokesman", None),
            ("spokesperson", "company spokesperson", None),
            // Roles many people hold.
            ("adviser", "adviser", None),
            ("lawyer", "defense lawyer", None),
            // Not one noun phrase.
            ("president", "campaign for president", None),
            ("ambassador", "Sondland's lawyer says the ambassador", None),
            ("mayor", "one of many candidates to succeed the mayor", None),
            // Words opening the sentence before the phrase's article.
            ("mayor", "Later the mayor", Some("the mayor")),
            (
                "governor",
                "On Friday the state's governor",
                Some("the state's governor"),
            ),
            ("mayor", "On Friday a mayor", None),
        ] {
            assert_eq!(role_holder(role, text).as_deref(), speaker, "{text}");
        }
    }
}
