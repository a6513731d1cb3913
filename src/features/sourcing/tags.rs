//! The speech tag beside a quotation: right after it (`“...,” Peskov told
//! reporters`) or right before it (`John Smith said: “...”`).

use super::doc::{class, Doc};
use super::subject::{Found, Subject};
use crate::features::english::*;
use crate::text::quotes::QuoteSpan;

impl<'a> Doc<'a> {
    /// The tag right after quote `q` (`“...,” Peskov told reporters`), with its verb.
    pub(super) fn post_tag(&self, q: &QuoteSpan) -> Option<(Found, usize)> {
        if !q.closed {
            return None;
        }
        let w = &self.words;
        let j = w.partition_point(|x| x.start < q.close_end);
        if j >= w.len() || w[j].quote.is_some() {
            return None;
        }
        let inner = self.text[q.inner_start..q.inner_end].trim_end();
        if inner.ends_with('.') && !self.tag_sentence(j) {
            return None;
        }
        let gap = &self.text[q.close_end..w[j].start];
        if !gap
            .chars()
            .all(|c| c == ' ' || c == '\t' || c == ',' || c == '—' || c == '–' || c == '\u{a0}')
        {
            return None;
        }
        let l = self.lower(j);
        if is_speech_verb(l) || is_quote_tag_verb(l) {
            let found = self.np_after(j + 1, false, false)?;
            return Some((found, j));
        }
        // `“...,” exhorted the senator.`: after a quote that ends in a comma or a cry,
        // a verb in the past that no list reads, then a speaker that closes the clause:
        // verb and subject trade places only in a tag.
        if self.unlisted_past(j) && inner.ends_with([',', '?', '!']) {
            if let Some(found) = self.np_after(j + 1, true, false) {
                if found.subject.speaks_in_person() {
                    return Some((found, j));
                }
            }
        }
        // `“...,” reads a Wednesday editorial in the Ledger`: a document whose words
        // are read out names itself after the verb (not "read the sign", nor a person).
        if matches!(l, "reads" | "read") {
            let found = self.np_after(j + 1, false, false)?;
            return matches!(found.subject, Subject::Document { .. }).then_some((found, j));
        }
        if l == "according" && self.lower(j + 1) == "to" && self.linked(j) {
            let found = self.np_after(j + 2, false, false)?;
            return Some((found, j));
        }
        if l == "as" {
            for k in j + 2..(j + 6).min(w.len()) {
                if !self.linked(k - 1) {
                    break;
                }
                if matches!(
                    self.lower(k),
                    "put" | "puts" | "said" | "says" | "called" | "described"
                ) {
                    let subject = self.classify(j + 1, k - 1)?;
                    let end = if self.lower(k + 1) == "it" && self.linked(k) {
                        w[k + 1].end
                    } else {
                        w[k].end
                    };
                    let found = Found {
                        subject,
                        appos: None,
                        start: w[j].start,
                        end,
                    };
                    return Some((found, k));
                }
            }
            return None;
        }
        // "Peskov told reporters", "the official said", "Smith, a spokesman, said".
        let sent = w[j].sent;
        for k in j + 1..(j + 24).min(w.len()) {
            if w[k].sent != sent || w[k].quote.is_some() {
                break;
            }
            // "Oliver barked.": a verb that tags only beside a quote closes its tag.
            let closes = || {
                k + 1 >= w.len()
                    || w[k + 1].sent != sent
                    || self.gap(k + 1).contains(|c: char| !c.is_whitespace())
            };
            // `“No way,” Hart repeated.`: a learned cue verb closing a short tag
            // right after a quote that ends in punctuation tags it as a verb of saying.
            // (`“Look at this,” Hannity started.`: a verb in the past no list reads
            // tags it the same way.)
            let cue_tag = || {
                k - j < 4
                    && (self.is(k, class::CUE) || self.unlisted_past(k))
                    && inner.ends_with([',', '?', '!', '—', '–'])
                    && closes()
            };
            // `“A smear,” Jones shot back.`: an act verb with its particle of retort
            // closing the tag.
            let retort = || {
                k + 1 < w.len()
                    && w[k + 1].sent == sent
                    && self.linked(k)
                    && is_act_speech_particle(self.lower(k), self.lower(k + 1))
                    && (k + 2 >= w.len()
                        || w[k + 2].sent != sent
                        || self.gap(k + 2).contains(|c: char| !c.is_whitespace()))
            };
            let tag = self.is(k, class::SPEECH)
                || (is_quote_tag_verb(self.lower(k)) && closes())
                || retort();
            let by_cue = !tag && cue_tag();
            if tag || by_cue {
                let mut found = self.subject_before(k)?;
                // "“...,” his statement read.": by a learned cue only a person or a
                // body speaks; a statement or notice read out is its author's, whom the
                // tag does not name, and is left to the quote's other readings.
                if by_cue && !found.subject.speaks_in_person() {
                    continue;
                }
                if found.start != w[j].start {
                    // "“...,” Ana Ruiz and Paul Tran said": the first name opens the tag.
                    if !self.name_and_before(j, found.start) {
                        return None;
                    }
                    found.start = w[j].start;
                }
                let mut f = k;
                while f - k < 3
                    && self.linked(f)
                    && !is_clause_boundary(self.lower(f + 1))
                    && !is_preposition(self.lower(f + 1))
                {
                    f += 1;
                    found.end = w[f].end;
                }
                return Some((found, k));
            }
        }
        None
    }

    /// True when word `k` is a verb in the past tense that no word list reads
    /// ("exhorted", "started", "began"): in lower case, not a reporting verb.
    fn unlisted_past(&self, k: usize) -> bool {
        let l = self.lower(k);
        !self.words[k].cap
            && !self.words[k]
                .class
                .intersects(class::SPEECH | class::CUE | class::PARTICIPLE)
            && ((l.len() > 4 && l.ends_with("ed") && !l.ends_with("eed")) || l == "began")
    }

    /// True when the words from `j` are a sentence of a few words that ends in a
    /// verb of saying (`“....” Reyes said.`): the tag of the quote before it,
    /// although the quote closed its own sentence.
    fn tag_sentence(&self, j: usize) -> bool {
        let w = &self.words;
        let mut k = j;
        while k - j < 4 && self.linked(k) {
            k += 1;
        }
        k > j
            && !self.linked(k)
            && self.text[w[k].end..].starts_with('.')
            && self.is(k, class::SPEECH)
            && !w[k].class.intersects(class::BELIEF | class::SHOWS)
            && (w[j].cap || is_subject_pronoun(self.lower(j)))
    }

    /// True when words follow the quotation that closes at byte `close_end`, in its
    /// sentence, as a tag does (`“We are ready,” said one pilot who ...`, `“Will it
    /// open?” a clerk wondered`, `“Free rides,” read the sign`): the quotation is
    /// someone's, whether or not its tag is read, and not more of the speech before it.
    /// Only tags that describe their speaker count (see below).
    pub(super) fn tag_follows(&self, close_end: usize) -> bool {
        let w = &self.words;
        let before = self.text[..close_end].trim_end_matches(['"', '”', '\'', '’', ' ', '\u{a0}']);
        let Some(last) = before.chars().last() else {
            return false;
        };
        let j = w.partition_point(|x| x.start < close_end);
        if j >= w.len() || w[j].quote.is_some() {
            return false;
        }
        let gap = &self.text[close_end..w[j].start];
        if !gap.chars().all(|c| matches!(c, ' ' | '\u{a0}' | '\t')) {
            return false;
        }
        let goes_on = match last {
            ',' => true,
            // After a question or a cry, a word in lower case goes on the sentence.
            '?' | '!' | '—' | '–' => !w[j].cap,
            _ => false,
        };
        // Only a speaker described, not named (`said one pilot who ...`, `a clerk
        // wondered`), or a sign read out: a named one may be the speaker before.
        // ("an angry Hollande retaliated" names one).
        let described = |d: usize| {
            matches!(self.lower(d), "the" | "a" | "an" | "one" | "another")
                && (d + 1..(d + 4).min(w.len()))
                    .take_while(|&k| self.linked(k - 1))
                    .all(|k| !w[k].cap)
        };
        // `“...,” another friend, Mariam Emara, told CNN`: before its verb, a tag
        // naming no one has no capitalised word.
        let unnamed_before_verb = || {
            (j + 1..(j + 9).min(w.len()))
                .take_while(|&k| w[k].sent == w[j].sent && w[k].quote.is_none())
                .take_while(|&k| !self.is(k, class::SPEECH))
                .all(|k| !w[k].cap)
        };
        goes_on
            && ((described(j) && unnamed_before_verb())
                || matches!(self.lower(j), "read" | "reads")
                || (j + 1 < w.len()
                    && self.linked(j)
                    && self.is(j, class::SPEECH)
                    && described(j + 1)))
    }

    /// True when words `j..` up to byte `start` are one name and "and" ("Ana Ruiz and"),
    /// the subject at `start` a person: the pair of people the resolver reads as two voices.
    /// A title or a noun of people may stand before both ("engineers Carla Moss and").
    fn name_and_before(&self, j: usize, start: usize) -> bool {
        let w = &self.words;
        let s = w.partition_point(|x| x.start < start);
        let mut j = j;
        while j + 3 < s && self.linked(j) && self.describes_names(j) && w[j + 1].cap {
            j += 1;
        }
        s >= j + 2
            && s <= j + 4
            && self.lower(s - 1) == "and"
            && self.linked(s - 2)
            && self.is_name_word(s - 2)
            && self.name_start(j, s - 2) == Some(j)
            && self.is_name_word(s)
    }

    /// True when what follows quotation `q` makes it a title or a slogan rather than
    /// words said: a credit to its writer (`“Harbor Lights,” by Ann Lee`, `by the
    /// Ledger’s Tom Hart`) or a year in parentheses (`“Yes to the levy” (2009)`).
    pub(super) fn credited_or_dated(&self, q: &QuoteSpan) -> bool {
        if !q.closed {
            return false;
        }
        let rest = self.text[q.close_end..].trim_start_matches([' ', '\u{a0}']);
        if let Some(r) = rest.strip_prefix('(') {
            let b = r.as_bytes();
            return b.len() >= 5 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b')';
        }
        // A comma closes a credited title; `“...” by God` is the words' agent.
        let (comma, rest) = match rest.strip_prefix(',') {
            Some(r) => (true, r.trim_start()),
            None => (
                self.text[q.inner_start..q.inner_end]
                    .trim_end()
                    .ends_with(','),
                rest,
            ),
        };
        let Some(r) = rest.strip_prefix("by ").filter(|_| comma) else {
            return false;
        };
        r.strip_prefix("the ")
            .unwrap_or(r)
            .starts_with(char::is_uppercase)
    }

    /// True when the quotation from byte `open` to `close_end` holds at most six words
    /// and fills its own line but for dashes or bullets (`'A change of course.'`, `–
    /// ‘Who pays?’ –`), with no double quotation mark in the 200 characters before the
    /// line: a heading or a pull quote, when no one is said to speak it, not a line of
    /// dialogue.
    pub(super) fn heading_quote(&self, open: usize, close_end: usize) -> bool {
        let marks =
            |c: char| (c.is_whitespace() && c != '\n') || matches!(c, '-' | '–' | '—' | '•');
        let before = self.text[..open].trim_end_matches(marks);
        let after = self.text[close_end..].trim_start_matches(|c| marks(c) || c == '.');
        (before.is_empty() || before.ends_with('\n'))
            && (after.is_empty() || after.starts_with('\n'))
            && self.text[open..close_end]
                .split_whitespace()
                .nth(6)
                .is_none()
            && !before
                .chars()
                .rev()
                .take(200)
                .scan(' ', |prev, c| {
                    let two_marks = c == '\'' && *prev == '\'';
                    *prev = c;
                    Some(two_marks || matches!(c, '"' | '“' | '”'))
                })
                .any(|quote| quote)
    }

    /// The name signed on the line after a quotation that fills its own line
    /// (`“...”` then `- Sanders.` or `—Dana Cole, Dayton`), as pull quotes and lists
    /// of quotes credit their speakers: a person's name, then the line's end or a
    /// comma and a description (kept when it opens in capitals).
    pub(super) fn signature_after(&self, q: &QuoteSpan) -> Option<Found> {
        if !q.closed {
            return None;
        }
        // Only blanks between the line's start and the quotation, and blanks or a
        // period between it and the line's end: read outward from the marks, so that
        // a text without line breaks is not searched end to end for each quotation.
        let before = self.text[..q.open].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
        let rest = &self.text[q.close_end..];
        let to_break =
            rest.trim_start_matches(|c: char| (c.is_whitespace() && c != '\n') || c == '.');
        if !(before.is_empty() || before.ends_with('\n')) || !to_break.starts_with('\n') {
            return None;
        }
        let line_end = rest.len() - to_break.len();
        let after = &rest[line_end..];
        let t = after.trim_start();
        let dash = t.chars().next().filter(|c| matches!(c, '-' | '–' | '—'))?;
        let name_from = q.close_end + line_end + (after.len() - t.len()) + dash.len_utf8();
        let w = &self.words;
        let j = w.partition_point(|x| x.start < name_from);
        if j >= w.len()
            || !w[j].cap
            || w[j].quote.is_some()
            || !self.text[name_from..w[j].start].trim().is_empty()
        {
            return None;
        }
        let sig_end = self.text[name_from..]
            .find('\n')
            .map_or(self.text.len(), |i| name_from + i);
        let mut e = j;
        while e - j < 3 && self.linked(e) && w[e + 1].cap {
            e += 1;
        }
        if w[e].end > sig_end || sig_end - name_from > 120 {
            return None;
        }
        let tail = self.text[w[e].end..sig_end].trim();
        let name = &self.text[w[j].start..w[e].end];
        // Not a heading in capitals ("— TWO SCHOOLS OF THOUGHT, ...").
        if !(tail.is_empty() || tail == "." || tail.starts_with(','))
            || !name.chars().any(char::is_lowercase)
        {
            return None;
        }
        let subject = match self.classify(j, e)? {
            s @ (Subject::Person { .. } | Subject::Surname { .. }) => s,
            _ => return None,
        };
        let appos = tail
            .strip_prefix(',')
            .map(|d| d.trim().trim_end_matches('.'))
            .filter(|d| d.starts_with(char::is_uppercase))
            .map(str::to_string);
        Some(Found {
            subject,
            appos,
            start: w[j].start,
            end: sig_end,
        })
    }

    /// The speaker of a sentence that opens with a name and a colon before a
    /// quote (`Clinton: “...”`, `Darrell Scott: ‘...’`): the name ending at word `i`.
    /// True when word `i` ends a name in capitals that opens its sentence before a
    /// colon (`BOULDUAN: ...`, `KATE BOULDUAN: ...`), as transcripts write their
    /// speakers: a name the article gives in full, or one that opens another such line.
    pub(super) fn is_caps_speaker(&self, i: usize) -> bool {
        let w = &self.words;
        let caps = |k: usize| {
            let t = &self.text[w[k].start..w[k].end];
            t.len() >= 2 && t.chars().all(|c| c.is_ascii_uppercase())
        };
        if !caps(i) || i + 1 >= w.len() || !self.colon_gap(i + 1) {
            return false;
        }
        let mut s = i;
        while s > 0 && i - s < 3 && self.linked(s - 1) && caps(s - 1) {
            s -= 1;
        }
        if s > 0 && w[s - 1].sent == w[s].sent {
            return false;
        }
        // Another line opened by the same name in capitals: the same surface form,
        // so the same word of the table.
        let l = self.lower(i);
        self.by_surname.contains_key(l) || {
            // Word `i` is one of the words before a colon: another must share its id.
            let ids = self.colon_ids();
            let at = ids.partition_point(|&id| id < w[i].id);
            ids.get(at + 1) == Some(&w[i].id)
        }
    }

    /// True when word `i` is an interview's label "Q" or "A" opening its sentence
    /// before a colon (`Q: Why now?`, `A: Because the vote is close.`), and another
    /// line of the article opens with the same label: a question-and-answer transcript.
    pub(super) fn is_interview_label(&self, i: usize) -> bool {
        let w = &self.words;
        let t = &self.text[w[i].start..w[i].end];
        if !matches!(t, "Q" | "A")
            || i + 1 >= w.len()
            || !self.colon_gap(i + 1)
            || (i > 0 && w[i - 1].sent == w[i].sent)
        {
            return false;
        }
        let ids = self.colon_ids();
        let at = ids.partition_point(|&id| id < w[i].id);
        ids.get(at + 1) == Some(&w[i].id)
    }

    /// The person an interview's transcript answers for: of the people named in full
    /// before its first "Q:" or "A:" label, the one mentioned most there (the first
    /// named of those tied): "Vice President Joe Biden spent Thursday ... Biden
    /// complained ... Here is the transcript."
    fn interviewee(&self) -> Option<usize> {
        let w = &self.words;
        let first = (0..w.len()).find(|&i| self.is_interview_label(i))?;
        let before = w[first].start;
        let mut counts = vec![0usize; self.people.len()];
        for m in self.mentions.iter().take_while(|m| m.pos < before) {
            counts[m.person] += 1;
        }
        (0..self.people.len())
            .filter(|&id| counts[id] > 0 && !self.people[id].surname_only)
            .max_by_key(|&id| (counts[id], std::cmp::Reverse(self.people[id].first_pos)))
    }

    pub(super) fn colon_speaker(&self, i: usize) -> Option<Found> {
        let w = &self.words;
        if self.is_interview_label(i) {
            // "Q: ...", "A: ...": the interviewer asks, the one interviewed answers:
            // the person the article names most before its first label, when it
            // names one in full.
            let question = self.text[w[i].start..w[i].end] == *"Q";
            let subject = match self.interviewee().filter(|_| !question) {
                Some(id) => Subject::Person {
                    name: self.people[id].name.clone(),
                    title: None,
                },
                None => Subject::Anonymous {
                    cue: if question {
                        "the interviewer"
                    } else {
                        "the interviewee"
                    }
                    .into(),
                },
            };
            return Some(Found {
                subject,
                appos: None,
                start: w[i].start,
                end: w[i].end,
            });
        }
        let mut s = i;
        while s > 0 && i - s < 4 && self.linked(s - 1) {
            s -= 1;
        }
        if s > 0 && w[s - 1].sent == w[s].sent {
            return None;
        }
        if self.is_caps_speaker(i) {
            // "CLINTON: ...": a transcript's speaker, written in capitals.
            let name = (s..=i)
                .map(|k| {
                    let t = &self.text[w[k].start..w[k].end];
                    let mut c = t.chars();
                    c.next().map_or(String::new(), |f| {
                        f.to_uppercase()
                            .chain(c.flat_map(char::to_lowercase))
                            .collect()
                    })
                })
                .collect::<Vec<_>>()
                .join(" ");
            return Some(Found {
                subject: Subject::Surname {
                    name,
                    title: None,
                    gender: None,
                },
                appos: None,
                start: w[s].start,
                end: w[i].end,
            });
        }
        let ns = self.name_start(s, i)?;
        if ns != s && !(s..ns).all(|k| is_title_word(self.lower(k))) {
            return None;
        }
        let subject = self.classify(s, i)?;
        matches!(subject, Subject::Person { .. } | Subject::Surname { .. }).then(|| Found {
            subject,
            appos: None,
            start: w[s].start,
            end: w[i].end,
        })
    }

    /// The speaker of a quotation after a name and a colon that a digest's item puts
    /// after its heading and a dash, or after "More from" (`TURNOUT WAS HIGH - Jo
    /// Park: “...”`, `More from Park: “...”`, `Pollsters agree - Jo Park and Li Tran:
    /// “...”`): the name ending at word `i` (two joined by "and" speak together), a
    /// person or an organisation. `None` for anything else before the name.
    fn digest_colon_speaker(&self, i: usize) -> Option<Found> {
        let w = &self.words;
        let first_of = |e: usize| -> Option<usize> {
            let n = self.name_start(0, e)?;
            // Titles written before the name belong to it ("Pollster Jo Park").
            let mut s = n;
            while s > 0 && n - s < 3 && self.linked(s - 1) && is_title_word(self.lower(s - 1)) {
                s -= 1;
            }
            Some(s)
        };
        let last = first_of(i)?;
        let mut s = last;
        // A second name joined by "and" before it ("Jo Park and Li Tran"): each speaks
        // (the resolver adds the first, as for any pair before a verb).
        if s >= 3 && self.linked(s - 2) && self.linked(s - 1) && self.lower(s - 1) == "and" {
            if let Some(a) = first_of(s - 2) {
                s = a;
            }
        }
        if s == 0 || w[s - 1].sent != w[s].sent && !self.linked(s - 1) {
            return None;
        }
        let dash = |k: usize| {
            let g = self.gap(k);
            let t = g.trim();
            matches!(t, "-" | "--" | "—" | "–") && g.starts_with(char::is_whitespace)
        };
        // "More from Park:", "- More from Park:": the words opening the item.
        let more_from = s >= 2
            && self.lower(s - 1) == "from"
            && self.lower(s - 2) == "more"
            && self.linked(s - 2)
            && (s == 2 || w[s - 3].sent != w[s - 2].sent || dash(s - 2));
        if !more_from && !dash(s) {
            return None;
        }
        let subject = match self.classify(last, i)? {
            sub @ (Subject::Person { .. } | Subject::Surname { .. } | Subject::Org { .. }) => sub,
            _ => return None,
        };
        Some(Found {
            subject,
            appos: None,
            start: w[s].start,
            end: w[i].end,
        })
    }

    /// The tag of a quote that opens a paragraph after one ending in a verb of saying
    /// and a colon (`The Harbor Journal notes:`, `Ruiz wrote on Monday:`, `Said
    /// Ruiz:`), word `i` the word before the colon and `gap` the text up to the quote.
    fn colon_paragraph_tag(
        &self,
        i: usize,
        gap: &str,
        consumed: &[bool],
    ) -> Option<(Found, usize)> {
        if gap.trim() != ":" || gap.matches('\n').count() > 2 {
            return None;
        }
        let mut k = i;
        for _ in 0..4 {
            let l = self.lower(k);
            // Right before the colon, a learned cue verb tags too ("The Journal notes:").
            let cue = k == i && self.is(k, class::CUE);
            if (is_speech_verb(l) || is_quote_tag_verb(l) || cue) && !consumed[k] {
                return Some((self.speaker_of_tag(k, i, true)?, k));
            }
            if k == 0 || !self.linked(k - 1) {
                break;
            }
            k -= 1;
        }
        None
    }

    /// The speaker of a tag verb at `k` whose tag ends at word `i`: its subject
    /// before it, else, when words follow the verb, the speaker written after it
    /// ("said one official:"); `strict` as for [`Self::np_after`].
    fn speaker_of_tag(&self, k: usize, i: usize, strict: bool) -> Option<Found> {
        // "Roe took the stage and called the system “rotten”": after "and" a naming
        // verb's speaker is the subject of the verb before, never the thing named.
        let naming = is_naming_verb(self.lower(k));
        self.subject_before(k)
            .or_else(|| naming.then(|| self.joined_verb(k)).flatten())
            .or_else(|| {
                (k < i)
                    .then(|| self.np_after(k + 1, strict, false))
                    .flatten()
                    .filter(|f| !self.finite_verb_after(f.end))
            })
            .or_else(|| self.joined_verb(k))
            // "said he was “sarcastic”": with no verb before to join, the subject of
            // the clause is still the best guess.
            .or_else(|| {
                (k < i)
                    .then(|| self.np_after(k + 1, strict, false))
                    .flatten()
            })
    }

    /// True when the word right after byte `end` (a phrase's end) is a finite
    /// auxiliary in the same phrase: the phrase is the subject of a clause, not a
    /// speaker after the verb ("but now said Roe had “no chance”").
    fn finite_verb_after(&self, end: usize) -> bool {
        let w = &self.words;
        let v = w.partition_point(|x| x.start < end);
        v > 0 && v < w.len() && self.linked(v - 1) && is_finite_auxiliary(self.lower(v))
    }

    /// Verb `k` joined by "and" or "but" to a verb before it ("... and said, “...”"):
    /// its speaker is that verb's, or the sentence's subject.
    fn joined_verb(&self, k: usize) -> Option<Found> {
        let c = self.core_before(k)?;
        (self.linked(c) && matches!(self.lower(c), "and" | "but")).then(|| Found {
            subject: Subject::Inherit,
            appos: None,
            start: self.words[c].start,
            end: self.words[k].end,
        })
    }

    /// The tag right before quote `q` (`John Smith said: “...”`), with its verb.
    pub(super) fn pre_tag(&self, q: &QuoteSpan, consumed: &[bool]) -> Option<(Found, usize)> {
        let w = &self.words;
        let i = w.partition_point(|x| x.start < q.open).checked_sub(1)?;
        if w[i].quote.is_some() {
            return None;
        }
        let gap = &self.text[w[i].end..q.open];
        if gap.contains('\n') {
            return self.colon_paragraph_tag(i, gap, consumed);
        }
        if w[i].sent as usize != self.sentence_at(q.open) {
            return None;
        }
        if !gap
            .chars()
            .all(|c| c.is_whitespace() || c == ':' || c == ',' || c == '—' || c == '–')
            || gap.contains('\n')
        {
            return None;
        }
        if gap.trim() == ":" {
            if let Some(found) = self
                .colon_speaker(i)
                .or_else(|| self.digest_colon_speaker(i))
            {
                return Some((found, i));
            }
        }
        let colon = gap.trim() == ":";
        // A quote going on in lower case continues the one before it, whose tag may
        // run on ("the senator said at a rally on Monday, “back down.”"): a verb that
        // tagged that quote is looked for further back, and only it is taken there.
        let goes_on = self.text[q.inner_start..]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        let reach = if goes_on { 12 } else { 5 };
        let mut k = i;
        for n in 0..reach {
            let l = self.lower(k);
            if n >= 5 && !consumed[k] {
                if k == 0 || !self.linked(k - 1) {
                    break;
                }
                k -= 1;
                continue;
            }
            if l == "according" && self.lower(k + 1) == "to" {
                let found = self.np_after(k + 2, false, false)?;
                return Some((found, k));
            }
            // "As Ruiz put it, “...”", "Ruiz put it this way: “...”": set off by a
            // comma or a colon, "put it" tags the quote as a verb of saying does.
            if matches!(l, "put" | "puts")
                && k < i
                && self.lower(k + 1) == "it"
                && self.linked(k)
                && matches!(gap.trim(), "," | ":")
            {
                return Some((self.subject_before(k)?, k));
            }
            if is_speech_verb(l) || is_naming_verb(l) {
                if consumed[k] {
                    let found = Found {
                        subject: Subject::MergePrev,
                        appos: None,
                        start: q.open,
                        end: q.close_end,
                    };
                    return Some((found, k));
                }
                return Some((self.speaker_of_tag(k, i, false)?, k));
            }
            if k == 0 || !self.linked(k - 1) {
                break;
            }
            k -= 1;
        }
        if colon {
            return self
                .subject_before_colon(q, i)
                .or_else(|| self.object_before_colon(q, i));
        }
        None
    }

    /// The first word of the sentence of word `i` (the last before a colon), or `None`
    /// when the quotation after the colon is three words or fewer (a title, a term).
    fn colon_clause_start(&self, q: &QuoteSpan, i: usize) -> Option<usize> {
        self.text[q.inner_start..q.inner_end]
            .split_whitespace()
            .nth(3)?;
        let sent = self.sents.get(self.words[i].sent as usize)?;
        Some(self.words.partition_point(|x| x.start < sent.start))
    }

    /// The speaker of a quotation after a colon that ends a clause with a person
    /// named in full as the object of its verb, where no person is its subject
    /// (`That does not surprise pollster Dan Shaw: “...”`, `Ask Mary Holt: “...”`): the
    /// one named, word `i` the last of the name. Not after a preposition ("a message
    /// for Dan Shaw: ...", said to them) nor when a person or pronoun opens the
    /// sentence ("She thanked Dan Shaw: ...", whose words the quote may be).
    fn object_before_colon(&self, q: &QuoteSpan, i: usize) -> Option<(Found, usize)> {
        let w = &self.words;
        let s0 = self.colon_clause_start(q, i)?;
        if !w[i].cap || s0 >= i || i - s0 > 30 {
            return None;
        }
        // The name: up to three words in capitals, then up to three words of title
        // or role before it ("pollster", "former Sen.").
        let mut n = i;
        while n > s0 + 1 && i - n < 2 && self.linked(n - 1) && w[n - 1].cap {
            n -= 1;
        }
        let mut d = n;
        while d > s0 + 1
            && n - d < 3
            && self.linked(d - 1)
            && (is_title_word(self.lower(d - 1)) || is_role_noun(self.lower(d - 1)))
        {
            d -= 1;
        }
        let verb = self.lower(d - 1);
        if !self.linked(d - 1)
            || w[d - 1].cap
            || w[d - 1].quote.is_some()
            || is_function_word(verb)
            || is_preposition(verb)
            || w[d - 1]
                .class
                .intersects(class::SPEECH | class::PARTICIPLE | class::CUE)
        {
            return None;
        }
        let subject = self.classify(d, i)?;
        if !matches!(subject, Subject::Person { .. }) {
            return None;
        }
        // No person speaks as the clause's subject: no pronoun or name before the verb.
        if (s0..d - 1).any(|k| {
            matches!(self.lower(k), "i" | "we" | "you" | "they")
                || is_person_pronoun(self.lower(k))
                || self.is_name_word(k)
                || w[k].class.intersects(class::SPEECH | class::PARTICIPLE)
        }) {
            return None;
        }
        let found = Found {
            subject,
            appos: None,
            start: w[d].start,
            end: w[i].end,
        };
        Some((found, i))
    }

    /// The speaker of a quotation after a colon that ends a clause with no verb of
    /// saying, of a sentence opening with its subject and a verb ("Pike resisted: “...”",
    /// "One supporter, Jo Pike, gave the idea a try on Tuesday: “...”", "Here is Roe in
    /// May: “...”"): a person or a pronoun, word `i` the last before the colon. `None`
    /// for a quotation of three words or fewer (a title, a term).
    fn subject_before_colon(&self, q: &QuoteSpan, i: usize) -> Option<(Found, usize)> {
        let w = &self.words;
        let s0 = self.colon_clause_start(q, i)?;
        if s0 >= i || i - s0 > 30 {
            return None;
        }
        let here = matches!(self.lower(s0), "here" | "here's" | "here’s");
        let from = if here && matches!(self.lower(s0 + 1), "is" | "was") {
            s0 + 2
        } else if here && self.lower(s0) != "here" {
            s0 + 1
        } else if here {
            return None;
        } else {
            s0
        };
        // "When Roe spoke, ...", "From Roe's post: ...": no subject opens the sentence.
        if is_subordinator(self.lower(from)) || is_preposition(self.lower(from)) {
            return None;
        }
        let found = self.np_after(from, false, false)?;
        if !matches!(
            found.subject,
            Subject::Person { .. } | Subject::Surname { .. } | Subject::Pronoun(_)
        ) {
            return None;
        }
        // The subject's verb right after it: a lowercase word (not for "Here is Roe").
        let v = w.partition_point(|x| x.start < found.end);
        // "Back in 2010, Roe ...": a word before a preposition opens no subject.
        if found.start != w[from].start
            || v > i
            || (!here
                && (v >= w.len()
                    || w[v].cap
                    || w[v].quote.is_some()
                    || !self.linked(v - 1)
                    || is_function_word(self.lower(v))
                    || is_preposition(self.lower(v))))
        {
            return None;
        }
        // "He said one agent turned to him and said, referring to it: “...”": a second
        // verb of saying after the subject's has a speaker of its own.
        if (v + 1..=i).any(|k| w[k].class.intersects(class::SPEECH | class::PARTICIPLE)) {
            return None;
        }
        Some((found, i))
    }
}
