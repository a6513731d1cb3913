//! Who a phrase beside a reporting verb or a quote refers to: the subject
//! before a verb ("Peskov, a Kremlin spokesman, said"), the speaker after one
//! ("said John Smith"), and what kind of speaker it is.

use super::candidates::is_place_preposition;
use super::doc::{class, join_affiliation, Doc};
use super::lexicon::*;
use crate::features::english::*;

/// Longest apposition read between a name and its verb, in words ("Smith, [...], said").
const MAX_APPOSITIVE_WORDS: usize = 30;
/// The most words set off by dashes between a subject and its verb.
const MAX_DASHED_WORDS: usize = 25;
/// The most words of an apposition after "According to X," before the claim.
const MAX_CLAIM_APPOSITIVE_WORDS: usize = 7;

/// Who a phrase next to a reporting verb or quote refers to, before resolution.
#[derive(Debug, Clone)]
pub(super) enum Subject {
    Person {
        name: String,
        title: Option<String>,
    },
    Surname {
        name: String,
        title: Option<String>,
        /// What an honorific before the surname says ("Mrs. Hart", "Mr. Hart").
        gender: Option<Gender>,
    },
    /// "he", "she", "his", "her": the gender the word says, for resolution.
    Pronoun(Option<Gender>),
    They,
    /// "it" before a reporting verb: the organisation or document that spoke last.
    It,
    Org {
        name: String,
    },
    /// People speaking together under one affiliation ("Republican lawmakers").
    Group {
        name: String,
    },
    /// A participle after a comma (", saying ..."): the speaker is the subject of its sentence.
    Participle,
    Anonymous {
        cue: String,
    },
    RoleRef {
        role: String,
        text: String,
    },
    Document {
        name: String,
    },
    /// A verb coordinated with an earlier one ("... and suggested that").
    Inherit,
    /// The second half of a split quote (`“A,” he said, “B.”`).
    MergePrev,
    /// A quote with no tag beside it.
    Continue,
    /// A hedge or agentless passive ("reportedly", "it is believed").
    Unattributed {
        cue: String,
    },
}

impl Subject {
    /// A person, a pronoun for one, a group or an organisation: a speaker in its own
    /// right, not a document, an unnamed description or a verb's stand-in.
    pub(super) fn speaks_in_person(&self) -> bool {
        match self {
            Subject::Person { .. }
            | Subject::Surname { .. }
            | Subject::Pronoun(_)
            | Subject::Group { .. }
            | Subject::Org { .. } => true,
            // "the spokesman", not "the long break".
            Subject::RoleRef { role, .. } => is_role_noun(role) || is_compound_office(role),
            _ => false,
        }
    }
}

/// What sits beside a quote or verb: the subject, its apposition and the span it covers.
pub(super) struct Found {
    pub(super) subject: Subject,
    pub(super) appos: Option<String>,
    pub(super) start: usize,
    pub(super) end: usize,
}

impl<'a> Doc<'a> {
    /// What the words `s..=e` refer to as a speaker, if anything.
    pub(super) fn classify(&self, s: usize, e: usize) -> Option<Subject> {
        let first_is_the = self.lower(s) == "the";
        // "a Democratic senator", "an Intel spokeswoman": one of many, described, never
        // the holder of an office (a capitalised word after "a" makes no title of it).
        // Not "a move the Savannah mayor": a "the" after it opens the speaker's phrase.
        let indefinite = matches!(self.lower(s), "a" | "an" | "another")
            && (s + 1..=e).all(|i| self.lower(i) != "the");
        let mut s = s;
        let mut the_skipped = false;
        while s <= e && (is_leading_filler(self.lower(s)) || is_quantifier(self.lower(s))) {
            the_skipped |= self.lower(s) == "the";
            s += 1;
        }
        let contracted = s == e
            && matches!(
                self.lower(e),
                "he's" | "he’s" | "she's" | "she’s" | "they've" | "they’ve" | "they're" | "they’re"
            );
        if s > e || (is_possessive(self.lower(e)) && !contracted) {
            return None;
        }
        let (raw_start, raw_end) = (self.words[s].start, self.words[e].end);
        let raw_str = &self.text[raw_start..raw_end];
        let raw = || raw_str.to_string();
        if s == e {
            let l = self.lower(e);
            if is_person_pronoun(l) {
                return Some(Subject::Pronoun(pronoun_gender(l)));
            }
            if l == "they" {
                return Some(Subject::They);
            }
            // "He's said", "they've argued": a pronoun with a contracted "has".
            if matches!(l, "he's" | "he’s" | "she's" | "she’s") {
                return Some(Subject::Pronoun(pronoun_gender(if l.starts_with("she") {
                    "she"
                } else {
                    "he"
                })));
            }
            if matches!(l, "they've" | "they’ve" | "they're" | "they’re") {
                return Some(Subject::They);
            }
        }
        // The lowercased copy of the text is the text lowercased wherever it is ASCII.
        let anonymous = if raw_str.is_ascii() {
            has_anonymity_cue(&self.lower_text[raw_start..raw_end])
        } else {
            has_anonymity_cue(&raw_str.to_lowercase())
        };
        if anonymous {
            return Some(Subject::Anonymous { cue: raw() });
        }
        // "A report released Monday", "a new study published in The Lancet": a
        // document and how it came out, whatever names or days follow.
        if let Some(d) = (s..e).find(|&d| {
            is_document_noun(self.lower(d))
                && self.linked(d)
                && is_publication_participle(self.lower(d + 1))
        }) {
            if d - s <= 2
                && (s..d)
                    .all(|i| is_plain_lowercase(self.lower(i)) && !is_preposition(self.lower(i)))
            {
                return Some(Subject::Document { name: raw() });
            }
        }
        // "Critics said", "many residents say": a bare plural of people on one side
        // or in one place speaks as a group, named in lower case wherever it stands,
        // after a word of how many at most ("some voters", "most economists").
        // Voters only with such a word: alone they are more often counted than heard.
        let side = |l: &str| is_collective_role_noun(l) || (s < e && l == "voters");
        if side(self.lower(e)) && (s..e).all(|i| is_share_quantifier(self.lower(i))) {
            return Some(Subject::Group {
                name: self.lower(e).to_string(),
            });
        }
        // "Supporters of the mayor said", "critics of the plan argue": the people on a
        // side of someone or something, described and left unnamed (not the mayor).
        if s + 1 < e
            && e - s <= 6
            && is_collective_role_noun(self.lower(s))
            && matches!(self.lower(s + 1), "of" | "for" | "in" | "from")
            && !self.words[s + 1].cap
            && (s + 2..=e).all(|i| {
                !(self.words[i].class).intersects(class::SPEECH | class::CUE | class::BELIEF)
            })
        {
            return Some(Subject::Anonymous { cue: raw() });
        }
        // "voters in Alabama, Georgia and Virginia": a list of places after a
        // preposition closes the phrase, not a name ("Virginia" also names people).
        let r0 = self.place_list_start(e, e, s);
        if r0 < e
            && r0 >= s + 2
            && self.linked(r0 - 1)
            && self.linked(r0 - 2)
            && is_place_preposition(self.lower(r0 - 1))
            && self.narrowable(r0 - 2)
        {
            return self.classify(s, r0 - 2);
        }
        if let Some(n) = self.name_start(s, e) {
            let object = n > s && is_preposition(self.lower(n - 1));
            if !object {
                // "the mayor agreed to meet on the day Transit Director Jane Roe said": a
                // verb before the name ends the description; only the title written
                // right before the name is kept.
                let verb_before = (s..n).any(|i| {
                    !self.words[i].cap
                        && (self.words[i].class.intersects(
                            class::SPEECH | class::CUE | class::PARTICIPLE | class::BARE,
                        ) || matches!(self.lower(i), "to" | "is" | "was" | "are" | "were"))
                });
                let title = if n == s {
                    None
                } else if verb_before {
                    self.title_before(n)
                } else {
                    self.title_text(s, n - 1)
                };
                let name = self.text[self.words[n].start..self.words[e].end].to_string();
                if n < e {
                    return Some(Subject::Person { name, title });
                }
                let initial = n == 0 || self.words[n - 1].sent != self.words[n].sent;
                let known = self.by_surname.contains_key(self.lower(n));
                // A lone capitalised word opening a sentence ("Forbes said") still names
                // its speaker, unless it is a word like "Everyone" or a plural of a
                // group noun ("Unions say").
                let l = self.lower(n);
                // Nor a common word: a participle ("Having announced ...") or a word the
                // article also writes in lower case ("Instead", "Without").
                let opener = !is_indefinite_pronoun(l)
                    && !is_share_word(l)
                    && !is_plural_group_noun(l)
                    && !(initial && (l.ends_with("ing") || self.written_lowercase(n)));
                // "HuffPost reported", "BuzzFeed said": one word with a capital
                // inside is an outlet's or a firm's name, unless the article names a
                // person so.
                if !known && title.is_none() && inner_capital(&name) {
                    return Some(Subject::Org { name });
                }
                if !initial || known || n > s || opener {
                    let gender = self.title_gender_before(n);
                    return Some(Subject::Surname {
                        name,
                        title,
                        gender,
                    });
                }
            }
        }
        let lowers = || (s..=e).map(|i| self.lower(i));
        let last = self.lower(e);
        let definite =
            !indefinite && (first_is_the || the_skipped || (s..e).any(|i| self.words[i].cap));
        // People under a group's name speak for it ("Republican lawmakers", "GOP members",
        // "Democratic strategists").
        let collective = |i: usize| {
            let l = self.lower(i);
            is_anonymous_noun(l) || is_role_noun(l) || l.strip_suffix('s').is_some_and(is_role_noun)
        };
        if (s..=e).any(collective) && last.ends_with('s') && group_of(raw_str).is_some() {
            return Some(Subject::Group { name: raw() });
        }
        if definite {
            // "the attorney general", "the president-elect": an office in a phrase.
            if last.ends_with("general") || last.ends_with("elect") {
                let role = if e > s && last == "general" {
                    format!("{} {last}", self.lower(e - 1))
                } else {
                    last.to_string()
                };
                if is_compound_office(&role) {
                    return Some(Subject::RoleRef { role, text: raw() });
                }
            }
            // "the governor of Ohio", "the secretary of state": an office and where it
            // is held.
            // Not before a name ("the Secretary of State Rex Tillerson").
            let named = self.by_surname.contains_key(self.lower(e));
            if let Some(o) = (s + 1..e).filter(|_| !named).find(|&o| {
                self.lower(o) == "of" && is_office_noun(self.lower(o - 1)) && self.linked(o - 1)
            }) {
                if (o + 1..=e)
                    .all(|i| self.words[i].cap || matches!(self.lower(i), "the" | "state"))
                {
                    return Some(Subject::RoleRef {
                        role: self.lower(o - 1).to_string(),
                        text: raw(),
                    });
                }
            }
        }
        if is_role_noun(last) {
            return Some(if definite {
                Subject::RoleRef {
                    role: last.to_string(),
                    text: raw(),
                }
            } else {
                Subject::Anonymous { cue: raw() }
            });
        }
        if lowers().any(is_anonymous_noun) {
            return Some(Subject::Anonymous { cue: raw() });
        }
        // An organisation: the trailing capitalised run, or an institution noun.
        let mut r = e;
        while r > s
            && self.linked(r - 1)
            && (self.words[r - 1].cap || (r - 1 > s && self.joins_org_names(r - 1)))
        {
            r -= 1;
        }
        // "The shelling in Kharkov underscored", "party leaders in North Carolina
        // noted", "the senator from Ohio said": a place after a preposition narrows
        // the noun before it, and that noun is the subject (not "the Council on
        // Foreign Relations").
        // A list of places is one place ("voters in Alabama, Georgia and Ohio"),
        // and a plural party label narrowed so speaks as its group ("Democrats in
        // Iowa said").
        let r0 = self.place_list_start(r, e, s);
        for r in [r, r0] {
            if r >= s + 2
                && self.linked(r - 1)
                && self.linked(r - 2)
                && (is_place_preposition(self.lower(r - 1)) || self.lower(r - 1) == "from")
                && self.narrowable(r - 2)
            {
                return self.classify(s, r - 2);
            }
        }
        let run = &self.text[self.words[r].start..self.words[e].end];
        // "Rep. Jo Roe, R-Utah, said": a party label alone is the name's affiliation,
        // never a speaker.
        if r == e && party_label(run).is_some() {
            return None;
        }
        let run_is_org = self.words[e].cap
            && ((r..=e).any(|i| is_org_or_place_word(self.lower(i)))
                || group_of(run).is_some()
                || (r..=e).any(|i| {
                    let t = &self.text[self.words[i].start..self.words[i].end];
                    t.chars().count() >= 2 && t.chars().all(|c| !c.is_lowercase())
                }));
        if run_is_org {
            let name = if self.takes_period(e) && self.text[self.words[e].end..].starts_with('.') {
                format!("{run}.")
            } else {
                run.to_string()
            };
            // A plural group label alone ("Democrats", "Republicans") is people, not an office.
            let people = r == e && last.ends_with('s') && !is_org_or_place_word(last);
            return Some(if people && group_of(run).is_some() {
                Subject::Group { name }
            } else {
                Subject::Org { name }
            });
        }
        if is_institution_noun(last) {
            return Some(Subject::Org { name: raw() });
        }
        if is_document_noun(last) {
            return Some(Subject::Document { name: raw() });
        }
        // A definite description ("the NFL legend"): the person it fits, or an unnamed source.
        // "The actress said": "the" and one noun are a description too.
        if (the_skipped || (first_is_the && e > s))
            && last.chars().all(|c| c.is_ascii_lowercase())
            && !is_function_word(last)
        {
            return Some(Subject::RoleRef {
                role: last.to_string(),
                text: raw(),
            });
        }
        None
    }

    /// "two farmers", "several nurses", "a few growers", "a handful of drivers",
    /// "dozens of parents": words of how many from word `s` and a plural common noun
    /// after them, people speaking together; the noun's index.
    pub(super) fn counted_group(&self, s: usize) -> Option<usize> {
        let k = match self.lower(s) {
            "a" => match (self.lower(s + 1), self.lower(s + 2)) {
                ("few", _) => 2,
                ("handful", "of") => 3,
                _ => return None,
            },
            "dozens" if self.lower(s + 1) == "of" => 2,
            l if is_group_count_word(l) => 1,
            _ => return None,
        };
        let n = s + k;
        let w = self.words.get(n)?;
        // Not a verb ("some say"), nor a word in capitals or a quotation.
        ((s..n).all(|i| self.linked(i) && self.words[i].quote.is_none())
            && !w.cap
            && w.quote.is_none()
            && is_counted_people_plural(self.lower(n))
            && !w
                .class
                .intersects(class::SPEECH | class::CUE | class::BELIEF | class::BE))
        .then_some(n)
    }

    /// True when word `i`, capitalised, is also written in lower case somewhere in the
    /// text: a common word opening its sentence, not a name.
    fn written_lowercase(&self, i: usize) -> bool {
        let l = self.lower(i);
        let bytes = self.text.as_bytes();
        let letter = |at: Option<&u8>| at.is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
        l.len() > 1
            && memchr::memmem::find_iter(bytes, l.as_bytes()).any(|at| {
                !letter(at.checked_sub(1).and_then(|p| bytes.get(p)))
                    && !letter(bytes.get(at + l.len()))
            })
    }

    /// A subject [`Doc::classify`] does not know, read by its grammar before a verb:
    /// a quantifier alone ("Many say", "Some argue"), a possessive phrase ("Clinton's
    /// allies", "his campaign manager") and, before a reporting verb (`reporting`), a
    /// plural noun phrase ("security specialists say") or "I", "we", "you" (the
    /// writer's or an interviewee's own view, a claim with no named source).
    pub(super) fn described_subject(&self, s: usize, e: usize, reporting: bool) -> Option<Subject> {
        // "Two farmers said", "a handful of growers say": people counted speak
        // together, a group.
        if reporting && self.counted_group(s) == Some(e) {
            return Some(Subject::Group {
                name: self.lower(e).to_string(),
            });
        }
        let mut s = s;
        while s < e && is_leading_filler(self.lower(s)) {
            s += 1;
        }
        let raw = || self.text[self.words[s].start..self.words[e].end].to_string();
        let few = |l: &str| {
            is_quantifier(l)
                || is_indefinite_pronoun(l)
                || matches!(l, "many" | "some" | "most" | "others" | "few")
        };
        // "Most of the candidates said", "some of his supporters argue", "a number of
        // attendees said".
        if (s..=e).all(|i| few(self.lower(i)))
            || (s < e && few(self.lower(s)) && self.lower(s + 1) == "of")
            || (s + 1 < e
                && is_quantity_noun(self.lower(s))
                && self.lower(s + 1) == "of"
                && (is_plural_noun_form(self.lower(e)) || is_people_noun(self.lower(e))))
        {
            return Some(Subject::Anonymous { cue: raw() });
        }
        let last = self.lower(e);
        if s == e && matches!(last, "i" | "we" | "you") {
            return reporting.then(|| Subject::Unattributed { cue: raw() });
        }
        // "It said in a statement": the organisation or document that spoke before.
        if s == e && last == "it" {
            return reporting.then_some(Subject::It);
        }
        // "the 30 percent who say": a share of those polled.
        if reporting && (is_share_word(last) || last.starts_with(|c: char| c.is_ascii_digit())) {
            return Some(Subject::Anonymous { cue: raw() });
        }
        let noun = last.len() >= 3
            && last.bytes().all(|b| b.is_ascii_lowercase())
            && !is_function_word(last)
            && !is_preposition(last)
            && !matches!(last, "always" | "perhaps" | "sometimes" | "besides")
            && (s..=e).all(|i| !is_skippable_between(self.lower(i)));
        // Only words of one noun phrase: no preposition or clause word inside it.
        let one_phrase = (s..e).all(|i| {
            let l = self.lower(i);
            !is_preposition(l) && !is_clause_boundary(l) && !is_be(l)
        });
        // Before a reporting verb, a plural noun with the phrases that narrow it
        // ("protest organizers in Cleveland say", "critics of the plan here argue").
        // Its last word is a noun or a name, not "the" or "their" ("had their say").
        let ends_in_noun = noun
            || (self.words[e].cap && !is_function_word(last))
            || matches!(last, "here" | "there");
        if ends_in_noun && (!one_phrase || (s + 1..=e).any(|i| self.narrows(i))) {
            if let Some(x) = self.narrowed_plural(s, e, reporting) {
                return Some(x);
            }
        }
        if !noun || !one_phrase {
            return None;
        }
        let plural = is_plural_noun_form(last);
        let possessed = (s..e).any(|i| {
            let l = self.lower(i);
            is_possessive(l) || matches!(l, "his" | "her" | "their" | "its" | "our")
        });
        if possessed {
            return Some(if plural {
                Subject::Group { name: raw() }
            } else {
                Subject::RoleRef {
                    role: last.to_string(),
                    text: raw(),
                }
            });
        }
        if reporting
            && plural
            && (s..e).all(|i| !is_function_word(self.lower(i)) || few(self.lower(i)))
        {
            return Some(Subject::Anonymous { cue: raw() });
        }
        None
    }

    /// "A city ally suggested", "an NBC reporter asked": one person described by
    /// "a" or "an" and a noun, an unnamed source. Before a learned cue verb rather
    /// than a reporting one (`cue`), the noun must end as nouns of people do
    /// ("-er", "-ist", "-ian", ...), so that "a bill passed" reports nothing.
    fn indefinite_subject(
        &self,
        s: usize,
        e: usize,
        reporting: bool,
        cue: bool,
    ) -> Option<Subject> {
        let mut s = s;
        let article = |l: &str| matches!(l, "a" | "an" | "one" | "another");
        while s < e && is_leading_filler(self.lower(s)) && !article(self.lower(s)) {
            s += 1;
        }
        if !article(self.lower(s)) || e <= s || e - s > 4 {
            return None;
        }
        let last = self.lower(e);
        let noun = last.len() >= 3
            && last.bytes().all(|b| b.is_ascii_lowercase())
            && (!last.ends_with('s') || last.ends_with("ss"))
            && (!last.ends_with("ly") || last == "ally")
            && !is_function_word(last)
            && !is_share_word(last);
        let one_phrase = (s + 1..=e).all(|i| {
            let l = self.lower(i);
            !is_function_word(l)
                && !is_preposition(l)
                && !is_clause_boundary(l)
                && !is_be(l)
                && !is_quantifier(l)
                && !is_skippable_between(l)
        });
        if !noun || !one_phrase {
            return None;
        }
        let person = (["er", "or", "ist", "ian", "ant", "ent", "ee"]
            .iter()
            .any(|x| last.ends_with(x))
            && !last.ends_with("ment"))
            || is_anonymous_noun(last)
            || matches!(
                last,
                "ally" | "aide" | "man" | "woman" | "friend" | "veteran"
            );
        (reporting || (cue && person)).then(|| Subject::Anonymous {
            cue: self.text[self.words[s].start..self.words[e].end].to_string(),
        })
    }

    /// Back from word `from` over linked words that are no clause boundary or form of
    /// "be", at most 10 before `end`: the phrase's first word, and whether it opens its
    /// clause (the sentence's start, or after a comma, semicolon or colon).
    pub(super) fn phrase_opening(&self, from: usize, end: usize) -> (usize, bool) {
        let w = &self.words;
        let mut s = from;
        while s > 0 && end - s < 10 && self.linked(s - 1) && {
            let l = self.lower(s - 1);
            !is_clause_boundary(l) && !is_be(l)
        } {
            s -= 1;
        }
        let opens = s == 0 || w[s - 1].sent != w[s].sent || self.gap(s).contains([',', ';', ':']);
        (s, opens)
    }

    /// True when words `s..=e` open with a plural noun in lower case (after a leading
    /// filler or quantifier) that a preposition or participle narrows ("critics of
    /// Mayor Moreno", "many residents in Dayton").
    pub(super) fn narrowed_head(&self, s: usize, e: usize) -> bool {
        let mut h = s;
        while h < e && (is_leading_filler(self.lower(h)) || is_quantifier(self.lower(h))) {
            h += 1;
        }
        let l = self.lower(h);
        h < e
            && (!self.words[h].cap || h == 0 || self.words[h - 1].sent != self.words[h].sent)
            && is_plural_noun_form(l)
            && is_plain_lowercase(l)
            && self.narrows(h + 1)
    }

    /// True when word `i` opens words that narrow the noun before it: a preposition
    /// ("critics of the plan") or a participle in lower case ("Democrats trying to
    /// regain the Senate").
    fn narrows(&self, i: usize) -> bool {
        let l = self.lower(i);
        is_preposition(l)
            || (!self.words[i].cap
                && l.len() > 5
                && l.ends_with("ing")
                && is_plain_lowercase(l)
                && !self.is(i, class::SPEECH))
    }

    /// A plural noun phrase narrowed by prepositional phrases or a participle, `s..=e`,
    /// read as an unnamed source before a reporting verb: the noun before the first
    /// preposition or participle is plural and no clause or "be" sits inside.
    pub(super) fn narrowed_plural(&self, s: usize, e: usize, reporting: bool) -> Option<Subject> {
        if !reporting {
            return None;
        }
        let p = (s + 1..=e).find(|&i| self.narrows(i))?;
        // The noun comes within a few words of the phrase's start, after no adverb
        // ("the council mostly relies on staff reports" is a clause).
        let first = (s..p)
            .find(|&i| !is_leading_filler(self.lower(i)))
            .unwrap_or(p);
        if p - first > 3 || (s..p).any(|i| self.lower(i).ends_with("ly")) {
            return None;
        }
        let head = self.lower(p - 1);
        let plural = is_plural_noun_form(head)
            && head.bytes().all(|b| b.is_ascii_lowercase())
            && !is_function_word(head);
        let clean = (s..=e).all(|i| {
            let l = self.lower(i);
            !is_clause_boundary(l) && !is_be(l) && !is_person_pronoun(l) && l != "they"
        }) && (s..p)
            .all(|i| !is_function_word(self.lower(i)) || is_quantifier(self.lower(i)));
        (plural && clean).then(|| Subject::Anonymous {
            cue: self.text[self.words[s].start..self.words[e].end].to_string(),
        })
    }

    /// Index of the word before `v`, skipping auxiliaries, adverbs and "on Tuesday".
    /// `None` when the verb is passive, negated or an infinitive.
    pub(super) fn core_before(&self, v: usize) -> Option<usize> {
        let mut k = v.checked_sub(1)?;
        // A negation is read through after "do" or a modal ("did not say", "doesn't
        // believe", "never said"); after "be" the verb is passive.
        let mut negated = false;
        loop {
            if !self.linked(k) {
                return Some(k);
            }
            let l = self.lower(k);
            // "Smith is reported to have called ...", "was said to have told": hearsay
            // of a report, whose speaker is the subject of the passive before it.
            if l == "have" && k + 1 == v {
                if let Some(b) = self.hearsay_be(k) {
                    if b >= 1 && self.linked(b - 1) {
                        k = b - 1;
                        continue;
                    }
                }
            }
            if is_be(l) || l == "to" {
                return None;
            }
            if l == "not" || l == "never" || l.ends_with("n't") || l.ends_with("n’t") {
                let stem = l.trim_end_matches("n't").trim_end_matches("n’t");
                if negated
                    || (stem != l
                        && !matches!(
                            stem,
                            "do" | "does"
                                | "did"
                                | "wo"
                                | "would"
                                | "could"
                                | "ca"
                                | "should"
                                | "has"
                                | "have"
                                | "had"
                        ))
                {
                    return None;
                }
                negated = true;
                k = k.checked_sub(1)?;
                continue;
            }
            // Emphatic "do" right before a plain verb: "Smith did suggest that ...".
            let emphatic = k + 1 == v && {
                let verb = self.lower(v);
                !verb.ends_with("ed")
                    && !verb.ends_with('s')
                    && !matches!(
                        verb,
                        "said" | "told" | "wrote" | "thought" | "felt" | "knew"
                    )
                    && !self.words[v].cap
            };
            if (negated || emphatic) && matches!(l, "do" | "does" | "did") {
                k = k.checked_sub(1)?;
                continue;
            }
            // "Smith on Thursday said", "Smith earlier Thursday said".
            let day_opener = |i: usize| {
                matches!(self.lower(i), "on" | "earlier" | "later" | "late" | "early")
                    && self.linked(i)
            };
            if is_weekday(l) && k >= 1 && day_opener(k - 1) {
                k = k.checked_sub(2)?;
                continue;
            }
            // "Smith on Thursday evening said", "Smith last night said".
            if matches!(l, "morning" | "afternoon" | "evening" | "night")
                && k >= 2
                && is_weekday(self.lower(k - 1))
                && day_opener(k - 2)
            {
                k = k.checked_sub(3)?;
                continue;
            }
            if matches!(l, "night" | "morning" | "afternoon" | "evening")
                && k >= 1
                && matches!(self.lower(k - 1), "last" | "this")
                && self.linked(k - 1)
            {
                k = k.checked_sub(2)?;
                continue;
            }
            if matches!(l, "week" | "month" | "year")
                && k >= 1
                && matches!(self.lower(k - 1), "last" | "this")
                && self.linked(k - 1)
            {
                k = k.checked_sub(2)?;
                continue;
            }
            // "The board two weeks ago said", "Smith less than a month ago said": a
            // span of time counted back to "ago" (its count, unit and hedges).
            if l == "ago" {
                let mut j = k;
                let mut unit = false;
                while j >= 2 && k - j < 5 && self.linked(j - 1) && {
                    let p = self.lower(j - 1);
                    let is_unit = is_duration_word(p)
                        || is_time_noun(p)
                        || matches!(p, "hour" | "hours" | "minutes");
                    unit |= is_unit;
                    is_unit || is_ago_count_word(p)
                } {
                    j -= 1;
                }
                if unit && j < k && self.linked(j - 1) {
                    k = j - 1;
                    continue;
                }
            }
            // "Smith in an interview said", "Smith in a written statement said"; not
            // when the verb tells of the statement ("in a statement released by") or
            // the words before "in" are no subject ("said in a letter", "telling Mic").
            let of_statement = is_publication_participle(self.lower(v));
            if is_channel_noun(l) && k >= 3 && !of_statement {
                let article = (k.saturating_sub(2)..k)
                    .rev()
                    .find(|&a| matches!(self.lower(a), "a" | "an"))
                    .filter(|&a| a >= 1 && (a..k).all(|i| self.linked(i)));
                if let Some(a) = article {
                    let subject = a - 2;
                    if self.lower(a - 1) == "in"
                        && self.linked(a - 1)
                        && self.linked(subject)
                        && !self.is(subject, class::SPEECH)
                        && !is_function_word(self.lower(subject))
                    {
                        k = a.checked_sub(2)?;
                        continue;
                    }
                }
            }
            // "Smith now says", "Smith herself said", "Smith has since argued".
            if matches!(
                l,
                "still"
                    | "just"
                    | "first"
                    | "now"
                    | "even"
                    | "since"
                    | "already"
                    | "himself"
                    | "herself"
                    | "themselves"
                    | "itself"
                    | "yesterday"
                    | "today"
                    | "tonight"
            ) && !(self.words[k].cap && matches!(l, "yesterday" | "today" | "tonight"))
            {
                k = k.checked_sub(1)?;
                continue;
            }
            // "Democrats all agree", "the two rivals have both urged": a quantifier
            // floated after a plural subject or an auxiliary.
            if matches!(l, "both" | "all" | "each") && k >= 1 && self.linked(k - 1) && {
                let p = self.lower(k - 1);
                matches!(p, "they" | "we" | "have" | "had" | "will" | "would" | "did")
                    || (is_plural_noun_form(p) && !is_function_word(p))
                    || (l == "both" && self.words[k - 1].cap && self.joined_names_end(k - 1))
            } {
                k -= 1;
                continue;
            }
            let has_long =
                l == "long" && k >= 1 && matches!(self.lower(k - 1), "has" | "have" | "had");
            // An adverb between subject and verb is in lower case ("Kelly said" is a name).
            let adverb = is_skippable_between(l) && !(self.words[k].cap && l.ends_with("ly"));
            if adverb || is_hedge_adverb(l) || has_long {
                k = k.checked_sub(1)?;
                continue;
            }
            return Some(k);
        }
    }

    /// The form of "be" opening a passive of hearsay that ends in "to" before word
    /// `h` ("is reported to", "was widely said to", "are believed to"), if there is one.
    fn hearsay_be(&self, h: usize) -> Option<usize> {
        if h < 3 || self.lower(h - 1) != "to" || !self.linked(h - 1) || !self.linked(h - 2) {
            return None;
        }
        if !matches!(
            self.lower(h - 2),
            "reported"
                | "said"
                | "believed"
                | "thought"
                | "alleged"
                | "understood"
                | "known"
                | "rumored"
                | "rumoured"
                | "claimed"
                | "supposed"
        ) {
            return None;
        }
        let mut b = h - 3;
        if !is_be(self.lower(b)) && b >= 1 && self.is(b, class::BETWEEN_BE_AND_CLAIM) {
            b -= 1;
        }
        (is_be(self.lower(b)) && (b..h - 2).all(|i| self.linked(i))).then_some(b)
    }

    /// True when the name ending at word `e` is the second of two joined by "and"
    /// ("Ana Ruiz and Paul Tran both said"): an "and" within a few words before it.
    fn joined_names_end(&self, e: usize) -> bool {
        let mut i = e;
        while i > 0 && e - i < 4 && self.linked(i - 1) {
            i -= 1;
            if self.lower(i) == "and" {
                return i > 0 && self.linked(i - 1) && self.words[i - 1].cap;
            }
            if !self.words[i].cap {
                return false;
            }
        }
        false
    }

    /// The subject written before reporting verb `v`, with any apposition between them.
    pub(super) fn subject_before(&self, v: usize) -> Option<Found> {
        let mut k = self.core_before(v)?;
        let mut appos = None;
        let mut anonymous = false;
        let mut dashed = false;
        // Whether words set off by commas were read between subject and verb.
        let mut appositive = false;
        // The apposition's words, when one was read (first word, last word).
        let mut named_appos = (1, 0);
        let w = &self.words;
        if let Some((j, text)) = self.parenthetical_before(k + 1) {
            // "Gov. Phil Bryant (R) said": the party label is the apposition; also
            // before "last week" or an adverb ("Bryant (R) last week said").
            k = j;
            appos = Some(text);
        } else if let Some((j, text)) = self.dashed_before(k + 1) {
            // "The actress — born Jane Roe — argues": words set off by dashes are
            // an apposition, and may name the person the words before them describe
            // (not an example of a group: "Officials — including Roe — said").
            if !is_example_opener(self.lower(j + 1)) {
                named_appos = (j + 1, k);
            }
            dashed = true;
            k = j;
            appos = Some(text);
        } else if !self.linked(k) {
            // "X, a spokesman for Y, said" / "X, who spoke on condition of anonymity, said".
            let (j, text, unnamed) = self.appositions_before(k)?;
            appositive = true;
            named_appos = (j + 1, k);
            k = j;
            appos = text;
            anonymous = unnamed;
        }
        // "the union, which has warned that ...": the noun before a comma-set "which",
        // for a verb of stance, or of saying when "that", a quote or "say"/"tell"
        // shows speech ("which worries X", "which claimed 130 lives", "which slammed
        // into" and "which is writing" are the thing's, not a voice's).
        let l = self.lower(v);
        if self.lower(k) == "which"
            && k > 0
            && self.gap(k).trim() == ","
            && (is_stance_verb(l)
                || (self.is(v, class::SPEECH)
                    && !self.words[v]
                        .class
                        .intersects(class::BELIEF | class::SHOWS | class::PARTICIPLE)
                    && (matches!(l, "said" | "says" | "say" | "told" | "tells")
                        || self.that_or_quote_after(v))))
        {
            return self.subject_before_who(k, v);
        }
        if is_clause_boundary(self.lower(k)) {
            return None;
        }
        // "critics, who say ...", and before a reporting verb also "the 30 percent
        // who say": the speaker is the noun before "who".
        let restrictive = self.is(v, class::SPEECH) && k > 0 && self.linked(k - 1);
        if self.lower(k) == "who" && k > 0 && (self.gap(k).trim() == "," || restrictive) {
            return self.subject_before_who(k, v);
        }
        let mut e = k;
        let mut s = k;
        // A pronoun right before its verb is the whole subject, whatever clause
        // precedes it ("Although in September she said").
        let pronoun = matches!(
            self.lower(e),
            "he" | "she" | "they" | "it" | "i" | "we" | "you"
        );
        if !pronoun {
            s = self.phrase_start(s, e, 9);
        }
        // "Ann Roe of Dayton, Ohio says": the state closes a town, not a subject;
        // the phrase runs on before the town.
        if let Some(t) = (!pronoun).then(|| self.town_before_place(s, e)).flatten() {
            s = self.phrase_start(t, e, 12);
        }
        // "Fears that the deal would collapse pushed markets lower": words with a
        // verb of their own inside the clause of a noun of stance are no subject of
        // the verb after them; the stance noun is, and it is no voice.
        if !pronoun
            && s >= 2
            && self.lower(s - 1) == "that"
            && self.linked(s - 2)
            && self.is(s - 2, class::STANCE)
            && (self.finite_clause(s, e) || (s + 1..=e).any(|i| self.past_main_verb(i)))
        {
            return None;
        }
        // "Last week Tom Hart said", "Late last month the union warned": a time
        // phrase opening the sentence with no comma is no part of the subject.
        let l = self.lower(s);
        if !pronoun && (is_time_modifier(l) || is_time_noun(l) || is_leading_filler(l)) {
            s = s.max(self.past_opening_time(e));
        }
        // "Drivers who spoke to the Ledger said": before a reporting verb, the
        // speaker is the noun before a restrictive "who", not the words after it.
        if !pronoun && self.is(v, class::SPEECH) {
            // "the businessman who claims to be worth billions admitted": a "who"
            // before a "be" the walk stopped at, all in one phrase.
            // No other verb of saying stands between that "who"'s own verb and
            // this one ("people who have spoken with Hart said Hart said").
            let from = if s > 0 && is_be(self.lower(s - 1)) {
                (s.saturating_sub(6)..s)
                    .rev()
                    .take_while(|&r| self.linked(r))
                    .last()
                    .unwrap_or(s)
            } else {
                s
            };
            if let Some(f) = (from + 1..e)
                .rev()
                .find(|&r| self.lower(r) == "who")
                .filter(|&r| {
                    r >= s || (r + 2..v).all(|i| !self.words[i].class.intersects(class::SPEECH))
                })
                .and_then(|r| self.subject_before_who(r, v))
            {
                return Some(f);
            }
        }
        // "Immigration and Customs Enforcement said": one organisation across "and".
        while s >= 2
            && self.joins_org_names(s - 1)
            && (s..=e).any(|i| is_org_or_place_word(self.lower(i)))
        {
            s -= 2;
            while s > 0 && self.linked(s - 1) && w[s - 1].cap && e - s < 9 {
                s -= 1;
            }
        }
        // "exit polls in Iowa and New Hampshire showed", "voters in Alabama, Georgia
        // and Ohio want": a list of places after a preposition narrows the noun
        // before it, and the phrase runs on to that noun.
        if !pronoun {
            let p = self.place_list_start(s, e, 0);
            if p <= s
                && p >= 2
                && self.linked(p - 1)
                && self.linked(p - 2)
                && is_place_preposition(self.lower(p - 1))
                && self.narrowable(p - 2)
            {
                e = p - 2;
                s = self.phrase_start(e, e, 9);
            }
        }
        // "Officials may act by closing schools, holding classes online, said Dr.
        // Ann Roe": words with a finite verb of their own before an apposition are a
        // clause (what the speaker after the verb said), not its subject.
        if appositive && self.finite_clause(s, e) {
            return None;
        }
        let reporting =
            self.is(v, class::SPEECH) || self.is(v, class::BARE) || self.is(v, class::PARTICIPLE);
        // "Another Republican senator said": one unnamed person, as after "a".
        let unnamed = (matches!(self.lower(s), "one" | "another")
            && !is_document_noun(self.lower(e))
            && !is_institution_noun(self.lower(e)))
        .then(|| self.indefinite_subject(s, e, reporting, self.is(v, class::CUE)))
        .flatten();
        let second = unnamed.or_else(|| self.person_of_place(s, e)).or_else(|| {
            self.classify(s, e)
                .filter(|x| {
                    // "Critics of Mayor Jane Moreno say": the critics speak, not the
                    // name after their preposition.
                    !matches!(
                        x,
                        Subject::Person { .. } | Subject::Surname { .. } | Subject::Org { .. }
                    ) || !self.narrowed_head(s, e)
                })
                .or_else(|| self.described_subject(s, e, reporting))
                .or_else(|| self.indefinite_subject(s, e, reporting, self.is(v, class::CUE)))
        });
        let mut subject = match self.joined_subject(s, e, second.as_ref()) {
            Some((s0, joined)) => {
                s = s0;
                Some(joined)
            }
            None => second,
        };
        if anonymous {
            let cue = self.text[w[s].start..w[e].end].to_string();
            subject = Some(Subject::Anonymous { cue });
        }
        // "A spokesman, Luis Ortega, said", "One delegate, county chairwoman Mary
        // Olson, said": the apposition names the person the description before it
        // points at (or the words before it do not name a speaker at all).
        let (a, b) = named_appos;
        if a <= b
            && !anonymous
            && matches!(
                subject,
                None | Some(Subject::RoleRef { .. } | Subject::Anonymous { .. })
            )
        {
            if let Some((n, b)) = self.named_in_apposition(a, b) {
                if let Some(Subject::Person { name, .. }) = self.classify(n, b) {
                    let role = if n > a {
                        self.text[w[a].start..w[n - 1].end].to_string()
                    } else {
                        self.text[w[s].start..w[e].end].to_string()
                    };
                    subject = Some(Subject::Person {
                        name,
                        title: Some(role),
                    });
                    appos = None;
                }
            }
        }
        let subject = subject?;
        // "The long break — five full weeks — angered critics": past a dashed
        // apposition, a learned cue reports only for a person or a body.
        if dashed && !self.is(v, class::SPEECH) && !subject.speaks_in_person() {
            return None;
        }
        Some(Found {
            subject,
            appos,
            start: w[s].start,
            end: w[v].end,
        })
    }

    /// Whether a quote or "that" follows verb `v` within its sentence's next six
    /// words ("which warned that", "which argued in a filing on Monday that").
    fn that_or_quote_after(&self, v: usize) -> bool {
        let w = &self.words;
        (v + 1..(v + 7).min(w.len()))
            .take_while(|&i| w[i].sent == w[v].sent)
            .any(|i| self.lower(i) == "that" || w[i].quote.is_some())
    }

    /// The first word after a time phrase that opens the sentence of word `e` and
    /// leaves `e` ("Earlier this week", "Two days later", "In 2015"); the sentence's
    /// first word when there is none.
    fn past_opening_time(&self, e: usize) -> usize {
        let w = &self.words;
        let mut ss = e;
        while ss > 0 && w[ss - 1].sent == w[e].sent {
            ss -= 1;
        }
        let n = time_phrase_len((ss..=e).map(|i| self.lower(i)));
        if n > e - ss {
            ss
        } else {
            ss + n
        }
    }

    /// "Tad Devine, Sanders' senior media adviser, said ...": a speaker opening its
    /// sentence before a comma, with words set off by commas between it and a verb of
    /// saying that the apposition reader could not read (a possessive, a long relative
    /// clause). The speaker is the opening phrase, the words after it its apposition.
    pub(super) fn opening_speaker(&self, v: usize) -> Option<Found> {
        let w = &self.words;
        let k = self.core_before(v)?;
        if w[k].quote.is_some() {
            return None;
        }
        let sent = w[v].sent;
        let mut s = k;
        while s > 0 && w[s - 1].sent == sent && k - s < MAX_APPOSITIVE_WORDS + 6 {
            s -= 1;
        }
        if s > 0 && w[s - 1].sent == sent {
            return None;
        }
        if matches!(self.lower(s), "but" | "and") {
            s += 1;
        }
        if is_preposition(self.lower(s)) || (s..=k).any(|i| w[i].quote.is_some()) {
            return None;
        }
        if self.linked(k) {
            return self.opening_words(s, k, v);
        }
        // The opening phrase ends at the first comma, within a few words.
        let n = (s..k)
            .take_while(|&i| i - s < 6)
            .find(|&i| !self.linked(i))?;
        if !self.gap(n + 1).contains(',') {
            return None;
        }
        let subject = self.classify(s, n)?;
        if !matches!(
            subject,
            Subject::Person { .. }
                | Subject::Surname { .. }
                | Subject::Org { .. }
                | Subject::Group { .. }
        ) {
            return None;
        }
        let appos = self.text[w[n + 1].start..w[k].end].to_string();
        Some(Found {
            subject,
            appos: Some(appos),
            start: w[s].start,
            end: w[v].end,
        })
    }

    /// "Her campaign workers here said ...": the words opening a sentence, with no
    /// comma, no clause word and no form of "be" among them, before a verb of saying
    /// no other reading gave a speaker: an unnamed speaker described by them.
    fn opening_words(&self, s: usize, k: usize, v: usize) -> Option<Found> {
        let w = &self.words;
        if s > k {
            return None; // "But said he would stay.": no words before the verb
        }
        // "Their calls intensified", "on user reports", "the convention's pledged
        // delegates": a word of saying after an article, a possessive or a preposition
        // is a noun or an adjective.
        let (lk, noun_before) = (self.lower(k), |l: &str| {
            is_noun_marker(l)
                || is_possessive(l)
                || matches!(l, "this" | "that" | "these" | "those" | "only")
        });
        // "tweeted:", "live tweeted as Obama spoke": nothing reported right after.
        let next = v + 1;
        if next >= w.len()
            || w[next].sent != w[v].sent
            || !self.linked(v)
            || (is_clause_boundary(self.lower(next))
                && !matches!(self.lower(next), "that" | "what" | "whether" | "if"))
        {
            return None;
        }

        if noun_before(lk)
            || is_preposition(lk)
            || (k > s && !w[k].cap && is_preposition(self.lower(k - 1)))
            || lk.starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        if k - s > 10
            || (s..k).any(|i| !self.linked(i))
            || (s..=k).any(|i| {
                let l = self.lower(i);
                // "Lavrov also condemned Western European plans to ...": a verb
                // among the words makes them a clause, not a speaker.
                is_clause_boundary(l)
                    || is_be(l)
                    || l == "who"
                    || is_skippable_between(l)
                    || self.is(i, class::SPEECH | class::CUE | class::PARTICIPLE)
                    || (i > s && !w[i].cap && l.ends_with("ed") && w[i - 1].cap)
            })
        {
            return None;
        }
        let described = || Subject::Anonymous {
            cue: self.text[w[s].start..w[k].end].to_string(),
        };
        // A name is capitalised word by word beyond the sentence's first: "New data",
        // "Internal emails" describe a source, they do not name one.
        let subject = match self.classify(s, k) {
            Some(Subject::Person { .. } | Subject::Surname { .. } | Subject::Org { .. })
                if s == k || (s + 1..=k).any(|i| !w[i].cap) =>
            {
                described()
            }
            Some(subject) => subject,
            None => described(),
        };
        Some(Found {
            subject,
            appos: None,
            start: w[s].start,
            end: w[v].end,
        })
    }

    /// Two subjects joined by "and" before one verb, the second `s..=e` (read as
    /// `second`): "Lawmakers and other officials said", "Moreno and her rivals for the
    /// nomination have said", "Democrats and Republicans agree". They speak together,
    /// as a group (or unnamed, when either is). `None` when the first is no speaker,
    /// does not open its clause, or both are single people (the nearer one is kept).
    fn joined_subject(
        &self,
        s: usize,
        e: usize,
        second: Option<&Subject>,
    ) -> Option<(usize, Subject)> {
        let w = &self.words;
        if s < 2 || self.lower(s - 1) != "and" || !self.linked(s - 1) || !self.linked(s - 2) {
            return None;
        }
        let e0 = s - 2;
        // "current and former officials": one word of tenure shares the second's noun,
        // which keeps its kind with the words joined.
        if is_tenure_word(self.lower(e0)) {
            let text = self.text[w[e0].start..w[e].end].to_string();
            return match second? {
                Subject::Anonymous { .. } => Some((e0, Subject::Anonymous { cue: text })),
                Subject::Group { .. } => Some((e0, Subject::Group { name: text })),
                _ => None,
            };
        }
        let mut s0 = e0;
        // The first: a short phrase of names, titles and nouns of people.
        let speaker_word = |i: usize| {
            let l = self.lower(i);
            (w[i].cap && !is_function_word(l))
                || is_leading_filler(l)
                || is_quantifier(l)
                || is_title_word(l)
                || is_role_noun(l)
                || is_anonymous_noun(l)
                || matches!(l, "his" | "her" | "their" | "other" | "former" | "top")
                || (is_plural_noun_form(l) && !is_function_word(l))
        };
        // Its last word may be any plain noun ("The Republican front-runner").
        let plain_noun = |i: usize| {
            let l = self.lower(i);
            !w[i].cap
                && l.len() > 3
                && is_plain_lowercase(l)
                && !l.ends_with("ly")
                && !is_preposition(l)
                && !self.is(i, class::SPEECH)
        };
        if !speaker_word(e0) && !plain_noun(e0) {
            return None;
        }
        while s0 > 0 && e0 - s0 < 4 && self.linked(s0 - 1) && speaker_word(s0 - 1) {
            s0 -= 1;
        }
        let opens = s0 == 0
            || w[s0 - 1].sent != w[s0].sent
            || self.gap(s0).contains([',', ';', ':', '—', '–'])
            || is_clause_boundary(self.lower(s0 - 1));
        if !opens {
            return None;
        }
        let speaks = |x: &Subject| {
            matches!(
                x,
                Subject::Person { .. }
                    | Subject::Surname { .. }
                    | Subject::Group { .. }
                    | Subject::Org { .. }
                    | Subject::Anonymous { .. }
                    | Subject::RoleRef { .. }
            )
        };
        let one = |x: &Subject| matches!(x, Subject::Person { .. } | Subject::Surname { .. });
        let first = self
            .classify(s0, e0)
            .or_else(|| self.described_subject(s0, e0, true))
            .filter(speaks)?;
        let unnamed = |x: &Subject| matches!(x, Subject::Anonymous { .. });
        let anonymous = match second {
            Some(x) if !speaks(x) || (one(x) && one(&first)) => return None,
            Some(x) => unnamed(x) && unnamed(&first),
            None => {
                // A plain noun phrase the finder does not read alone ("her rivals
                // for the nomination", "former governor of Ohio"): its head, before
                // any preposition, is a plural or a role.
                let h = (s..=e)
                    .take_while(|&i| !is_preposition(self.lower(i)))
                    .last()?;
                let head = self.lower(h);
                let plain = (s..=e).all(|i| {
                    let l = self.lower(i);
                    !is_clause_boundary(l) && !is_be(l) && !self.is(i, class::SPEECH)
                });
                let people = is_plural_noun_form(head) || is_role_noun(head) || is_title_word(head);
                if !(plain && people) {
                    return None;
                }
                unnamed(&first)
            }
        };
        let name = self.text[w[s0].start..w[e].end].to_string();
        Some((
            s0,
            if anonymous {
                Subject::Anonymous { cue: name }
            } else {
                Subject::Group { name }
            },
        ))
    }

    /// "Lopez, an economist at the bank, who predicts ...": before a "who" set off by
    /// a comma at word `k`, a description set off by commas after a name; the name
    /// speaks for verb `v`, the description is its appositive. Not when the
    /// description ends in a name of its own ("counsel for Dana Roe, who"): "who" is
    /// that person.
    fn name_before_appositive(&self, k: usize, v: usize) -> Option<Found> {
        let w = &self.words;
        if k < 3 || self.lower(k) != "who" || self.gap(k).trim() != "," {
            return None;
        }
        if w[k - 1].cap {
            let mut c = k - 1;
            while c > 0 && k - c < 4 && self.linked(c - 1) && w[c - 1].cap {
                c -= 1;
            }
            let person = match self.classify(c, k - 1) {
                Some(Subject::Person { .. }) => true,
                Some(Subject::Surname { .. }) => self.by_surname.contains_key(self.lower(k - 1)),
                _ => false,
            };
            if person {
                return None;
            }
        }
        let (a, opens) = self.phrase_opening(k - 1, k - 1);
        let first = self.lower(a);
        let described = matches!(first, "a" | "an" | "the") || is_title_word(first);
        if !opens || a == 0 || !described || w[a - 1].sent != w[a].sent || self.gap(a).trim() != ","
        {
            return None;
        }
        // The name, perhaps with its place ("Rep. Jo Roe of Utah, the ...").
        let ne = a - 1;
        let mut ns = ne;
        while ns > 0
            && ne - ns < 6
            && self.linked(ns - 1)
            && (w[ns - 1].cap || matches!(self.lower(ns - 1), "of" | "the"))
        {
            ns -= 1;
        }
        let subject = match self.person_of_place(ns, ne) {
            Some(x) => x,
            None => {
                let n = self.name_start(ns, ne)?;
                ns = n;
                self.classify(n, ne)?
            }
        };
        if !matches!(subject, Subject::Person { .. } | Subject::Surname { .. }) {
            return None;
        }
        Some(Found {
            subject,
            appos: Some(self.text[w[a].start..w[k - 1].end].to_string()),
            start: w[ns].start,
            end: w[v].end,
        })
    }

    /// The speaker before "who" at word `k`, for verb `v` ("critics, who say ...",
    /// "the 30 percent who say ..."): the noun phrase before "who".
    fn subject_before_who(&self, k: usize, v: usize) -> Option<Found> {
        let w = &self.words;
        let e = k - 1;
        // The subject found, its span from word `from` to the verb.
        let found = |subject, from: usize| {
            Some(Found {
                subject,
                appos: None,
                start: w[from].start,
                end: w[v].end,
            })
        };
        if let Some(named) = self.name_before_appositive(k, v) {
            return Some(named);
        }
        let walk = |mut s: usize| {
            while s > 0 && e - s < 6 && self.linked(s - 1) && {
                let l = self.lower(s - 1);
                w[s - 1].cap
                    || is_title_word(l)
                    || is_anonymous_noun(l)
                    || is_quantifier(l)
                    || is_leading_filler(l)
                    || is_demonym(l)
                    || is_share_word(l)
            } {
                s -= 1;
            }
            s
        };
        let s = walk(e);
        // "The Foundation for Policy Research, which opposes ...": an organisation's
        // name runs across "for", "on", "of" or "and" between capitalised words.
        let mut s1 = s;
        while self.lower(k) == "which"
            && s1 >= 2
            && self.linked(s1 - 1)
            && self.linked(s1 - 2)
            && matches!(self.lower(s1 - 1), "for" | "on" | "of" | "and" | "&")
            && w[s1 - 2].cap
        {
            s1 = walk(s1 - 2);
        }
        if s1 < s {
            if let Some(subject @ Subject::Org { .. }) = self.classify(s1, e) {
                return found(subject, s1);
            }
        }
        // "Friends of Mayor Moreno who have seen her say": the plural noun before the
        // preposition is the speaker, not the name after it.
        let (s0, opens) = self.phrase_opening(s, e);
        if s0 < s && opens && self.narrowed_head(s0, e) {
            if let Some(subject) = self.narrowed_plural(s0, e, true) {
                return found(subject, s0);
            }
        }
        // "the mayor of Springfield, who said ...", "Sen. Jane Moreno of Ohio, who
        // ...": the person or office before "of" and a place, not the place.
        let of = (s >= 2 && self.lower(s - 1) == "of")
            .then(|| s - 1)
            .or_else(|| {
                (s >= 3 && self.lower(s - 1) == "the" && self.lower(s - 2) == "of").then(|| s - 2)
            })
            .filter(|&o| self.linked(o - 1) && self.linked(o) && self.gap(k).trim() == ",")
            // "Chamber of Commerce President Lisa Sorin, who": a titled name after
            // "of" is the speaker.
            .filter(|_| {
                !matches!(
                    self.classify(s, e),
                    Some(Subject::Person { title: Some(_), .. })
                )
            });
        if let Some(o) = of {
            let head = self.lower(o - 1);
            let s2 = walk(o - 1);
            if is_title_word(head) || is_role_noun(head) {
                if let Some(subject) = self
                    .classify(s2, e)
                    .or_else(|| self.described_subject(s2, e, true))
                {
                    return found(subject, s2);
                }
            }
            if let Some(subject) = self.person_of_place(s2, e) {
                return found(subject, s2);
            }
        }
        if let Some(subject) = self
            .classify(s, e)
            .or_else(|| self.described_subject(s, e, true))
        {
            return found(subject, s);
        }
        // "women who say ...", "dozens of men who claim ...": people unnamed.
        if is_people_noun(self.lower(e)) {
            return Some(Found {
                subject: Subject::Anonymous {
                    cue: self.text[w[s].start..w[e].end].to_string(),
                },
                appos: None,
                start: w[s].start,
                end: w[v].end,
            });
        }
        // "a young child, who said ...", "the last caller, who asked ...": one person
        // described by an article and a noun, with a modifier or two between.
        let a = (e.saturating_sub(3)..e).rev().find(|&a| {
            matches!(self.lower(a), "a" | "an" | "the")
                && (a..e).all(|i| self.linked(i))
                && (a + 1..=e).all(|i| !w[i].cap && !is_function_word(self.lower(i)))
        })?;
        let subject = if self.lower(a) == "the" {
            self.classify(a, e)
        } else {
            self.indefinite_subject(a, e, true, false)
        }?;
        found(subject, a)
    }

    /// "Sen. Jane Moreno of Ohio": the person named in words `s..=e` before "of" and
    /// capitalised words (a place), not the place.
    /// An organisation named after "of" ("Ed Ruiz of the Brookings Institution") is
    /// the person's affiliation.
    fn person_of_place(&self, s: usize, e: usize) -> Option<Subject> {
        let o = self.of_place(s, e)?;
        let first = if self.lower(o + 1) == "the" {
            o + 1 + 1
        } else {
            o + 1
        };
        let org = (first..=e)
            .any(|i| is_institution_noun(self.lower(i)))
            .then(|| self.text[self.words[first].start..self.words[e].end].to_string());
        match self.classify(s, o - 1)? {
            Subject::Person { name, title } => Some(Subject::Person {
                name,
                title: join_affiliation(title, org),
            }),
            // "Proponents of the bill": one capitalised word before "of the" is
            // rarely a name.
            Subject::Surname {
                name,
                title,
                gender,
            } if first == o + 1 => Some(Subject::Surname {
                name,
                title: join_affiliation(title, org),
                gender,
            }),
            _ => None,
        }
    }

    /// The "of" in words `a..=b` after a capitalised word and before a place or an
    /// institution in capitals, perhaps after "the" ("Jane Moreno of Ohio", "Ed Ruiz
    /// of the Brookings Institution").
    fn of_place(&self, a: usize, b: usize) -> Option<usize> {
        let w = &self.words;
        (a + 1..b).rev().find(|&o| {
            let first = if self.lower(o + 1) == "the" {
                o + 2
            } else {
                o + 1
            };
            self.lower(o) == "of" && w[o - 1].cap && first <= b && (first..=b).all(|i| w[i].cap)
        })
    }

    /// "An analysis by the county auditor of budgets since 1990 showed": before a
    /// verb by which documents report, a document noun further back than a subject
    /// is read (up to 20 words), the whole phrase from the clause's start being its
    /// subject.
    pub(super) fn document_before(&self, v: usize) -> Option<Found> {
        let w = &self.words;
        let k = self.core_before(v)?;
        // "..., said Rita Katz": a comma before the verb ends the words it reports.
        if !self.linked(k) && self.gap(k + 1).contains(',') {
            return None;
        }
        let mut s = k;
        while s > 0 && k - s < 20 && self.linked(s - 1) && {
            let l = self.lower(s - 1);
            !matches!(l, "that" | "which" | "who" | "whom" | "whose") && !is_be(l)
        } {
            s -= 1;
        }
        // The phrase opens its sentence or follows a comma or colon.
        if s > 0 && w[s - 1].sent == w[s].sent && !self.gap(s).contains([',', ':', ';']) {
            return None;
        }
        while s < k
            && is_leading_filler(self.lower(s))
            && !matches!(self.lower(s), "a" | "an" | "the")
        {
            s += 1;
        }
        let noun = (s..=k).find(|&i| {
            let l = self.lower(i);
            is_finding_noun(l)
        })?;
        // Words before the noun describe it: no verb, clause or preposition among them.
        if (s..noun).any(|i| {
            let l = self.lower(i);
            is_preposition(l) && l != "of" || is_clause_boundary(l) || self.is(i, class::SPEECH)
        }) {
            return None;
        }
        // A document by a named maker speaks for its maker ("an analysis by the
        // city's budget office found": the budget office).
        if noun + 2 <= k && self.lower(noun + 1) == "by" {
            if let Some(
                maker @ (Subject::Org { .. } | Subject::Group { .. } | Subject::Person { .. }),
            ) = self.classify(noun + 2, k)
            {
                return Some(Found {
                    subject: maker,
                    appos: None,
                    start: w[s].start,
                    end: w[v].end,
                });
            }
        }
        // Else named by the whole phrase ("report from the city's budget office"), so
        // that whoever made the document is in its name.
        let first = if matches!(self.lower(s), "a" | "an" | "the") && s < noun {
            s + 1
        } else {
            s
        };
        Some(Found {
            subject: Subject::Document {
                name: self.text[w[first].start..self.span_end(k)].to_string(),
            },
            appos: None,
            start: w[s].start,
            end: w[v].end,
        })
    }

    /// When words `r..=e` are places in capitals joined by "and" or standing alone
    /// ("Tennessee and Virginia", "Iowa"), the first word of the list of places they
    /// end, read back over commas and "and" ("Alabama, Georgia, Tennessee and
    /// Virginia"), not before word `lo`; else `r`.
    fn place_list_start(&self, r: usize, e: usize, lo: usize) -> usize {
        let w = &self.words;
        let place = |i: usize| {
            let l = self.lower(i);
            w[i].cap
                && w[i].quote.is_none()
                && (is_org_or_place_word(l) || matches!(l, "virginia" | "georgia" | "york"))
        };
        if !place(e) || !(r..=e).all(|i| w[i].cap || self.lower(i) == "and") {
            return r;
        }
        let mut r = r;
        loop {
            // The last word of the item before: after "and" (", and") or a comma.
            let end = if r >= lo + 2 && self.lower(r - 1) == "and" && self.linked(r - 1) {
                if self.linked(r - 2) || self.gap(r - 1).trim() == "," {
                    r - 2
                } else {
                    break;
                }
            } else if r > lo && self.gap(r).trim() == "," {
                r - 1
            } else {
                break;
            };
            if end < lo || w[end].sent != w[r].sent || !place(end) {
                break;
            }
            let mut p = end;
            while p > lo && self.linked(p - 1) && w[p - 1].cap && end - p < 2 {
                p -= 1;
            }
            r = p;
        }
        r
    }

    /// Where the phrase ending at word `e` starts, walking back from `s` over linked
    /// words to a clause boundary or a "be", at most `span` words before `e`.
    fn phrase_start(&self, mut s: usize, e: usize, span: usize) -> usize {
        while s > 0
            && self.linked(s - 1)
            && e - s < span
            && !is_clause_boundary(self.lower(s - 1))
            && !is_be(self.lower(s - 1))
        {
            s -= 1;
        }
        s
    }

    /// Word `i` is a noun a place after a preposition may narrow: in lower case, a
    /// plural party label ("Democrats in Iowa"), or a plural opening its sentence
    /// ("Voters in Ohio") that names nobody the article knows.
    fn narrowable(&self, i: usize) -> bool {
        let w = &self.words;
        let l = self.lower(i);
        !w[i].cap
            || (l.ends_with('s')
                && (group_of(l).is_some()
                    || ((i == 0 || w[i - 1].sent != w[i].sent)
                        && l.len() > 3
                        && !self.by_surname.contains_key(l))))
    }

    /// "Aurora, Colorado", "Englewood, New Jersey": when words `s..=e` are a place
    /// in capitals (up to three words, the last a place word) written after a comma
    /// and a capitalised town, the town's first word; the two are one place.
    fn town_before_place(&self, s: usize, e: usize) -> Option<usize> {
        let w = &self.words;
        if s == 0
            || e - s > 2
            || !w[e].cap
            || !is_org_or_place_word(self.lower(e))
            || !(s..=e).all(|i| w[i].cap && w[i].quote.is_none())
            || self.gap(s).trim() != ","
            || !w[s - 1].cap
            || w[s - 1].sent != w[s].sent
        {
            return None;
        }
        let mut t = s - 1;
        while t > 0 && self.linked(t - 1) && w[t - 1].cap && s - t < 3 {
            t -= 1;
        }
        Some(t)
    }

    /// The apposition segment that ends at word `k` and is set off by commas or
    /// dashes: its first word, or `None` when a segment cannot stand there.
    fn apposition_segment(&self, k: usize) -> Option<usize> {
        let w = &self.words;
        let next = k + 1;
        if next >= w.len() {
            return None;
        }
        let gap = self.gap(next);
        // "Hart, the author of “Rivers of Stone,” said": a title in quotation marks
        // may close the segment; the words before it open the segment.
        let title = self.quoted_title_before(next);
        if w[k].sent != w[next].sent
            || (w[k].quote.is_some() && title.is_none())
            || w[next].quote.is_some()
            || !(gap.contains([',', '—', '–']) || gap.contains("--"))
            || (gap.contains(['"', '“', '”']) && title.is_none())
        {
            return None;
        }
        let mut s = title.map_or(k, |t| t - 1);
        while s > 0 && self.linked(s - 1) && k - s < MAX_APPOSITIVE_WORDS {
            s -= 1;
        }
        // "who lives in Aurora, Colorado, said": the town and its state are one
        // segment, when a comma or dash sets the words before the town off.
        if let Some(mut t) = self.town_before_place(s, k) {
            while t > 0 && self.linked(t - 1) && k - t < MAX_APPOSITIVE_WORDS {
                t -= 1;
            }
            if t > 0 && self.gap(t).contains([',', '—', '–']) {
                s = t;
            }
        }
        // A title in quotation marks may end the words before ("the author of
        // “Rivers of Stone,” a history of the levee,").
        let title_before = s > 0 && self.quoted_title_before(s).is_some();
        if s == 0 || w[s - 1].sent != w[s].sent || (w[s - 1].quote.is_some() && !title_before) {
            return None;
        }
        // Commas or dashes set the apposition off ("Democrats -- including
        // Moreno -- said"), not a dash and then a comma: those words close a
        // sentence whose speaker follows ("... in 1984 -- an upset in the state,
        // said Dan Kerr").
        let before = self.gap(s);
        let dash = |g: &str| g.contains(['—', '–']) || g.contains("--");
        let dash_then_comma = dash(before) && !before.contains(',') && !dash(gap);
        if !(before.contains(',') || dash(before))
            || dash_then_comma
            || (before.contains(['"', '“', '”']) && !title_before)
        {
            return None;
        }
        Some(s)
    }

    /// The first word of a short title in quotation marks that ends right before word
    /// `next` and follows "of" outside the marks ("the author of “Rivers of Stone,”",
    /// "host of “Harbor Hour,”"): every word of four letters or more capitalised,
    /// at most seven words, and a comma closing its words.
    pub(super) fn quoted_title_before(&self, next: usize) -> Option<usize> {
        let w = &self.words;
        let k = next.checked_sub(1)?;
        let q = w[k].quote?;
        let mut t = k;
        while t > 0 && k - t < 7 && w[t - 1].quote == Some(q) {
            t -= 1;
        }
        let titled = (t..=k).all(|i| {
            let l = self.lower(i);
            w[i].cap || l.chars().count() < 4
        });
        let closes = self.gap(next).trim_start().starts_with([',', '”', '"']);
        let opened = t >= 2
            && w[t - 1].quote.is_none()
            && w[t - 1].sent == w[k].sent
            && self.lower(t - 1) == "of"
            && self.gap(t).trim().chars().all(|c| matches!(c, '“' | '"'))
            && !self.gap(t).trim().is_empty();
        (titled && closes && opened && self.gap(next).contains(',')).then_some(t)
    }

    /// The appositions between a subject and its verb, the last ending at word `k`
    /// ("Smith, a spokesman for Y, said"; stacked: "Jane Roe, 29, of Dayton, Ohio,
    /// said"): the subject's last word, the apposition's text, and whether a relative
    /// clause in it marks the source as anonymous. `None` when no apposition is there.
    fn appositions_before(&self, k: usize) -> Option<(usize, Option<String>, bool)> {
        let w = &self.words;
        // Up to four segments back from the verb, nearest first.
        let mut room = [(0usize, 0usize); 4];
        let mut n_segs = 0;
        let mut e = k;
        while n_segs < room.len() {
            let Some(s) = self.apposition_segment(e) else {
                break;
            };
            room[n_segs] = (s, e);
            n_segs += 1;
            e = s - 1;
        }
        let segs = &room[..n_segs];
        let (s0, e0) = *segs.first()?;
        let text = |s: usize| self.text[w[s].start..w[e0].end].to_string();
        let read = |s: usize| -> Option<(Option<String>, bool)> {
            let first = self.lower(s);
            let seg = &self.text[w[s].start..w[e0].end];
            if matches!(first, "who" | "whose" | "who's" | "who’s") {
                Some((None, has_anonymity_cue(&seg.to_lowercase())))
            } else if self.finite_clause(s, e0)
                && !is_preposition(first)
                && (!self.clause_taking_participle(first) || w[s].cap)
            {
                // "Even if the office closed, its work would go on, said Ron Hale": a
                // clause with its own finite verb is what is said, not an apposition.
                // So is one opened by a participle that takes no clause ("closing
                // schools, holding classes online are all options, said Dr. Ann
                // Roe"); one of saying, knowing or fearing describes its subject
                // ("Roe, noting the plan is late, said").
                None
            } else if matches!(
                first,
                "a" | "an" | "the" | "another" | "its" | "his" | "her" | "their" | "one" | "two"
            ) || is_title_word(first)
                || w[s].cap
                || self.role_description(s, e0)
                || self.named_in_apposition(s, e0).is_some()
            {
                Some((Some(text(s)), false))
            } else if is_preposition(first)
                || matches!(first, "without" | "unlike" | "despite" | "after" | "before")
                || matches!(
                    first,
                    "speaking" | "however" | "meanwhile" | "too" | "also" | "though" | "then"
                )
                // "Archer, wearing a campaign shirt, said"; "critics, many of them
                // farmers, say": a participle or a share describes the subject.
                || ((first.ends_with("ing") || first.ends_with("ed")) && !w[s].cap)
                || matches!(first, "many" | "most" | "some" | "all" | "both" | "clad" | "now")
                // "Roe, 29, said"; "the mayor, which ...": an age, a relative clause.
                || first.starts_with(|c: char| c.is_ascii_digit())
                || first == "which"
            {
                Some((None, false))
            } else {
                None
            }
        };
        // Stacked appositions: the phrase before the nearest segment that names a
        // person, when every segment after it but the last opens in lower case or a
        // number (so cannot name the speaker itself); else the nearest segment alone.
        let mut anonymous = false;
        let mut through_relative = false;
        for (n, &(ps, _)) in segs.iter().enumerate() {
            let Some((_, unnamed)) = read(ps) else {
                break;
            };
            anonymous |= unnamed;
            if (n > 0 && w[ps].cap) || e0 - ps > MAX_APPOSITIVE_WORDS {
                break;
            }
            let e = self.before_party_label(ps);
            let mut s = e;
            while s > 0 && self.linked(s - 1) && e - s < 9 && !is_clause_boundary(self.lower(s - 1))
            {
                s -= 1;
            }
            // A title in quotation marks closing the segment before is no name.
            let named = w[e].quote.is_none()
                && self
                    .classify(s, e)
                    .is_some_and(|x| matches!(x, Subject::Person { .. } | Subject::Surname { .. }));
            // A phrase that opens in lower case after a comma is one more apposition
            // ("Roe, acting director of CREDO Action, which ..., said").
            let described = !w[s].cap && s > 0 && self.gap(s).contains(',');
            // "Roe, who advised Mayor Tom Hart, whose term ended in May, said": a name
            // closing a relative clause is no subject; the one before "who" is.
            let in_relative = segs.get(n + 1).is_some_and(|&(r, _)| {
                matches!(self.lower(r), "who" | "whose" | "which") && e - r < 12
            });
            if named && !described && in_relative {
                through_relative = true;
            } else if named && !described {
                if n == 0 {
                    break;
                }
                let appos = if through_relative {
                    None
                } else {
                    read(ps).and_then(|(a, _)| a).or_else(|| Some(text(ps)))
                };
                return Some((e, appos, anonymous));
            }
        }
        let (appos, unnamed) = read(s0)?;
        Some((self.before_party_label(s0), appos, unnamed))
    }

    /// True when `first`, the first word of a comma-set segment, is a participle that
    /// may take a clause of its own: a past participle ("convinced the plan is late"),
    /// or one of saying, belief or a learned cue ("noting", "fearing", "citing").
    fn clause_taking_participle(&self, first: &str) -> bool {
        first.ends_with("ed")
            || (first.ends_with("ing")
                && (is_speech_participle(first) || is_belief_form(first) || is_learned_cue(first)))
    }

    /// True when words `s..=e` hold a finite auxiliary or modal written in lower
    /// case ("would", "is", "has") that no relative or question word before it ("who",
    /// "that", "how many") and no pronoun right before it ("the lawyer he has hired")
    /// places inside a relative clause: a clause, not a phrase describing a subject.
    fn finite_clause(&self, s: usize, e: usize) -> bool {
        (s..=e).any(|i| {
            !self.words[i].cap
                && is_finite_auxiliary(self.lower(i))
                // "the lawyer he has hired": a clause on the noun with no relative word.
                && (i <= s + 1 || !is_subject_pronoun(self.lower(i - 1)))
                && !(s..i).any(|j| {
                    matches!(
                        self.lower(j),
                        "who"
                            | "whom"
                            | "whose"
                            | "which"
                            | "that"
                            | "where"
                            | "when"
                            | "how"
                            | "what"
                            | "whether"
                            | "why"
                    )
                })
        })
    }

    /// The word before apposition word `a`, or before the party label written
    /// between them ("Sen. Jane Moreno (R), a leader of ..., said": "Moreno").
    fn before_party_label(&self, a: usize) -> usize {
        self.parenthetical_before(a).map_or(a - 1, |(j, _)| j)
    }

    /// The first and last words of the person named at the end of apposition words
    /// `a..=b`: a name ("Luis Ortega"), after at most four lower-case words of a job
    /// ("county party chairwoman Mary Olson", "longtime campaign aide Mary Olson"),
    /// and before any "of" and a place ("David Woodard of Clemson University").
    fn named_in_apposition(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        // "David Woodard of Clemson University": the name before "of" and a place or
        // an institution in capitals.
        let b = self.of_place(a, b).map_or(b, |o| o - 1);
        let n = self.name_start(a, b)?;
        let w = &self.words;
        let job = (a..n).all(|i| !w[i].cap && self.linked(i) && is_plain_lowercase(self.lower(i)));
        if b - n >= 4 || n - a > 4 || !job {
            return None;
        }
        matches!(self.classify(n, b), Some(Subject::Person { .. })).then_some((n, b))
    }

    /// True when words `s..=e` describe a person by a job in lower case ("safety
    /// director at the transit authority", "professor of law at Yale"): a few plain
    /// words before the first preposition, the last a role, a title or a noun of
    /// people ("-er", "-or", "-ist", "-ian").
    fn role_description(&self, s: usize, e: usize) -> bool {
        let w = &self.words;
        let head_end = (s..=e)
            .take_while(|&i| i - s < 5 && !is_preposition(self.lower(i)))
            .last();
        let Some(h) = head_end else {
            return false;
        };
        let plain = (s..=h).all(|i| {
            let l = self.lower(i);
            !w[i].cap && is_plain_lowercase(l) && !is_clause_boundary(l)
        });
        let person = names_a_person(self.lower(h));
        plain && person && (h == e || is_preposition(self.lower(h + 1)))
    }

    /// The word before a parenthesis that closes right before verb `v`
    /// ("Bryant (R) said", "Smith (D-Wash.) said", "Ruiz (a Dayton Democrat who
    /// chairs the panel) said"), with the parenthesis's words.
    fn parenthetical_before(&self, v: usize) -> Option<(usize, String)> {
        let w = &self.words;
        // "Smith (D-Wash.) said", and with a stray comma "Smith (D-Wash.), said".
        if v == 0 || !matches!(self.gap(v).trim().trim_start_matches('.'), ")" | "),") {
            return None;
        }
        let mut j = v - 1;
        while j > 0 && v - j <= 12 && !self.gap(j).contains('(') {
            j -= 1;
        }
        if j == 0 || self.gap(j).trim() != "(" || w[j - 1].sent != w[v].sent {
            return None;
        }
        let close = w[v - 1].end + self.gap(v).find(')')?;
        Some((j - 1, self.text[w[j].start..close].to_string()))
    }

    /// The word before words set off by dashes that close right before word `v`
    /// ("Harbor pilots — including the chief pilot — have argued", "Ferry
    /// captains -- and, above all, Lena Ortiz -- insisted"), with
    /// those words. A hyphen counts as a dash only with spaces around it ("pro-Trump").
    fn dashed_before(&self, v: usize) -> Option<(usize, String)> {
        let w = &self.words;
        let dash = |g: &str| {
            let t = g.trim();
            matches!(t, "—" | "–" | "--") || (t == "-" && g.starts_with(' ') && g.ends_with(' '))
        };
        if v == 0 || v >= w.len() || !dash(self.gap(v)) {
            return None;
        }
        let mut j = v - 1;
        while j > 0 && v - j <= MAX_DASHED_WORDS && !dash(self.gap(j)) {
            let g = self.gap(j);
            if w[j - 1].sent != w[v].sent
                || w[j].quote.is_some()
                || g.contains([';', ':', '(', ')', '"', '“', '”', '\n'])
            {
                return None;
            }
            j -= 1;
        }
        if j == 0 || !dash(self.gap(j)) || w[j - 1].sent != w[v].sent || w[j - 1].quote.is_some() {
            return None;
        }
        // "Voters who spoke to a reporter about it — including Tom Hart — said": a
        // pronoun inside a clause before the dash is an object, not the subject.
        let p = j - 1;
        if is_object_pronoun(self.lower(p))
            && p > 0
            && w[p - 1].sent == w[v].sent
            && self.linked(p - 1)
        {
            return None;
        }
        Some((j - 1, self.text[w[j].start..w[v - 1].end].to_string()))
    }

    /// The speaker written after position `j` ("said John Smith, a spokesman for X").
    /// With `strict`, the phrase must end at punctuation, as in "..., said Smith."
    /// With `claim_follows` (a sentence opening "According to X, ..."), words after
    /// the comma are the claim, not a title, unless another comma closes them.
    pub(super) fn np_after(&self, j: usize, strict: bool, claim_follows: bool) -> Option<Found> {
        let w = &self.words;
        if j >= w.len() || w[j].quote.is_some() {
            return None;
        }
        let mut e = j;
        let mut possessive = false;
        // "said two farmers", "said a handful of growers": words up to the noun.
        let counted = self.counted_group(j);
        loop {
            let l = self.lower(e);
            let ok = counted.is_some_and(|n| e <= n)
                || w[e].cap
                || (e == j && (is_leading_filler(l) || is_quantifier(l)))
                || is_title_word(l)
                || is_anonymous_noun(l)
                || is_institution_noun(l)
                || is_document_noun(l)
                // `“...,” said he` / `said they`: an inverted pronoun is the whole
                // speaker ("they" only before punctuation: "said they supported" reports).
                || (e == j
                    && (is_person_pronoun(l)
                        || (l == "they"
                            && (j + 1 >= w.len()
                                || w[j + 1].sent != w[j].sent
                                || self.gap(j + 1).contains(|c: char| !c.is_whitespace())))))
                || (l == "of" && e > j && self.linked(e) && w[e + 1].cap)
                || (!is_function_word(l) && !is_preposition(l) && self.noun_ahead(e))
                // "said bus driver Kevin Marsh": a description written before the name.
                || (e - j < 7 && self.described_name_ahead(e));
            // "said the company's chief executive, John Ferriola": a possessive read
            // only here is kept only when a name follows (below).
            let owner = !ok
                && ((e == j + 1
                    && self.lower(j) == "the"
                    && (l.ends_with("'s") || l.ends_with("’s")))
                    // "added his campaign manager Jeff Weaver", "said her lawyer":
                    // a possessive determiner opens the description.
                    || (e == j
                        && is_possessive_determiner(l)
                        && self.linked(e)
                        // Not the listener: "told his supporters, ...".
                        && !(j > 0 && is_listener_verb(self.lower(j - 1)))));
            possessive |= owner;
            let ok = ok || owner;
            if !ok {
                // "said the designer, who ...", "said a longtime adviser to Ruiz.":
                // a determiner and a description the loop does not read.
                if e == j || (e == j + 1 && is_leading_filler(self.lower(j))) {
                    return self.described_after(j);
                }
                e -= 1;
                break;
            }
            if e - j >= 7 || !self.linked(e) {
                break;
            }
            e += 1;
        }
        let after_gap_has_punct = e + 1 >= w.len()
            || w[e + 1].sent != w[e].sent
            || self.gap(e + 1).contains(|c: char| !c.is_whitespace());
        // "says geologist Ann Cole in Dover.": a place in capitals after "in", "at"
        // or "from" may close the tag before its punctuation.
        let place_closes = |e: usize| {
            let mut p = e + 2;
            if !(p < w.len()
                && self.linked(e)
                && self.linked(e + 1)
                && matches!(self.lower(e + 1), "in" | "at" | "from"))
            {
                return false;
            }
            while p + 1 < w.len() && p - e < 5 && w[p].cap && self.linked(p) {
                p += 1;
            }
            w[p].cap
                && (p + 1 >= w.len()
                    || w[p + 1].sent != w[p].sent
                    || self.gap(p + 1).contains(|c: char| !c.is_whitespace()))
        };
        if strict && !after_gap_has_punct && !place_closes(e) {
            return None;
        }
        // "said Sen. Jane Moreno of Ohio": the person, not the place.
        let subject = match self.person_of_place(j, e) {
            Some(x) => Some(x),
            // "said two farmers", "said a handful of growers": people counted.
            None if counted == Some(e) => Some(Subject::Group {
                name: self.lower(e).to_string(),
            }),
            // "said a councilman": an office title after "a" or "one", ending the
            // phrase, is an unnamed source, not the start of a name.
            None => self.classify(j, e).or_else(|| {
                let last = e == j + 1
                    && is_title_word(self.lower(e))
                    && (!self.linked(e) || self.lower(e + 1) == "who");
                last.then(|| self.indefinite_subject(j, e, true, false))
                    .flatten()
            }),
        };
        // "said his best friend at Lehigh, Bruce Turry": a description the words
        // above do not read, after a possessive determiner.
        let Some(mut subject) = subject else {
            return (possessive && is_possessive_determiner(self.lower(j)))
                .then(|| self.described_after(j))
                .flatten();
        };
        if let Subject::Anonymous { cue } = &mut subject {
            // "people familiar with the talks", "sources close to the mayor".
            if self.linked(e) && is_source_qualifier(self.lower(e + 1)) {
                while e - j < 10 && self.linked(e) {
                    e += 1;
                }
                *cue = self.text[w[j].start..w[e].end].to_string();
            }
        }
        let mut end = w[e].end;
        let mut appos = None;
        let mut named_after = false;
        let m = e + 1;
        if m < w.len() && w[m].sent == w[e].sent && w[m].quote.is_none() {
            let gap = self.gap(m);
            if gap.trim() == "," {
                let first = self.lower(m);
                let starts = matches!(first, "a" | "an" | "the")
                    || is_title_word(first)
                    || (w[m].cap && !is_function_word(first));
                let mut f = m;
                while f - m < MAX_APPOSITIVE_WORDS && self.linked(f) {
                    f += 1;
                }
                let seg = &self.text[w[m].start..w[f].end];
                let closed =
                    f + 1 < w.len() && w[f + 1].sent == w[f].sent && self.gap(f + 1).trim() == ",";
                // "said the chief executive, John Ferriola": the name after a
                // description is the speaker, the description his title.
                let named = (w[m].cap
                    && matches!(subject, Subject::Anonymous { .. } | Subject::RoleRef { .. }))
                .then(|| self.classify(m, f))
                .flatten()
                .filter(|x| matches!(x, Subject::Person { .. }));
                if let Some(Subject::Person { name, .. }) = named {
                    named_after = true;
                    let title = self.text[w[j].start..w[e].end].to_string();
                    subject = Subject::Person {
                        name,
                        title: Some(title),
                    };
                    end = w[f].end;
                } else if starts && (!claim_follows || (closed && self.short_appositive(m, f))) {
                    appos = Some(seg.to_string());
                    end = w[f].end;
                } else if first == "who" && has_anonymity_cue(&seg.to_lowercase()) {
                    subject = Subject::Anonymous {
                        cue: self.text[w[j].start..w[f].end].to_string(),
                    };
                    end = w[f].end;
                }
            }
        }
        if possessive && !named_after {
            // "said his campaign manager Jeff Weaver", "said the company's chief
            // executive John Ferriola": the name after the description.
            if (is_possessive_determiner(self.lower(j)) || self.lower(j) == "the")
                && matches!(subject, Subject::Person { .. })
            {
                return Some(Found {
                    subject,
                    appos,
                    start: w[j].start,
                    end,
                });
            }
            return self.described_after(j);
        }
        Some(Found {
            subject,
            appos,
            start: w[j].start,
            end,
        })
    }

    /// Whether words `m..=f` after "According to X," and closed by a comma describe X
    /// ("According to John Roe, a spokesman for the mayor, ..."): a few words with no
    /// auxiliary, not the claim itself ("According to harbor records, the ferry has
    /// made 333 crossings since June 1, 2016").
    fn short_appositive(&self, m: usize, f: usize) -> bool {
        f - m < MAX_CLAIM_APPOSITIVE_WORDS
            && (m..=f).all(|i| !is_finite_auxiliary(self.lower(i)) && !is_be(self.lower(i)))
    }

    /// The speaker after a verb described by "the", "a", "one" or "another" and a
    /// few plain words, perhaps with "to", "of" or "for" and a name ("said the
    /// designer, who ...", "said a longtime adviser to Ruiz."), ending at
    /// punctuation: a role to resolve, or an unnamed source.
    fn described_after(&self, j: usize) -> Option<Found> {
        let w = &self.words;
        // "said her lawyer": a possessive determiner opens a description too.
        // Not the listener: "told his supporters, ...".
        let owned = is_possessive_determiner(self.lower(j))
            && !(j > 0 && is_listener_verb(self.lower(j - 1)));
        if !owned && !matches!(self.lower(j), "the" | "a" | "an" | "one" | "another") {
            return None;
        }
        let plain = |i: usize| {
            let l = self.lower(i);
            w[i].quote.is_none()
                && l.len() > 2
                && is_plain_lowercase(l)
                && !l.ends_with("ly")
                && !is_preposition(l)
                && !is_clause_boundary(l)
                && !matches!(
                    l,
                    "had" | "has" | "have" | "will" | "would" | "did" | "does"
                )
                && !self.is(i, class::SPEECH)
                || (w[i].cap && !is_function_word(l))
                // "said the port's engineer": a possessive right after the article.
                || (i == j + 1 && w[i].quote.is_none() && is_possessive(l))
        };
        // "one aide involved in the talks": a qualifier after a noun ends the head.
        let mut h = j;
        while h - j < 4
            && self.linked(h)
            && h + 1 < w.len()
            && !(h > j && is_source_qualifier(self.lower(h + 1)))
            && plain(h + 1)
        {
            h += 1;
        }
        if h == j {
            return None;
        }
        let mut e = h;
        // "said one official familiar with the talks": the qualifier runs to the
        // punctuation that closes the tag, and the source is unnamed.
        let qualified = self.linked(h) && h + 1 < w.len() && is_source_qualifier(self.lower(h + 1));
        if qualified {
            e = h + 1;
            while e - j < 12 && self.linked(e) {
                e += 1;
            }
        } else if self.linked(h)
            && h + 2 < w.len()
            && matches!(self.lower(h + 1), "to" | "of" | "for" | "at")
            && self.linked(h + 1)
            && w[h + 2].cap
        {
            e = h + 2;
            while e - j < 8 && self.linked(e) && e + 1 < w.len() && w[e + 1].cap {
                e += 1;
            }
        }
        let ends = e + 1 >= w.len()
            || w[e + 1].sent != w[e].sent
            || self.gap(e + 1).contains(|c: char| !c.is_whitespace());
        // A capitalised head is a name's word, but for one member of a party
        // ("said one Ohio Democrat", "another Republican").
        let member =
            matches!(self.lower(j), "one" | "another") && is_party_member_noun(self.lower(h));
        if !ends || (w[h].cap && !member) {
            return None;
        }
        // After a possessive, only a noun of people describes a speaker ("the port's
        // founder", not "the group's press release").
        let head = self.lower(h);
        if (owned || is_possessive(self.lower(j + 1)))
            && !(names_a_person(head) || is_anonymous_noun(head))
        {
            return None;
        }
        let text = self.text[w[j].start..w[e].end].to_string();
        // "said the senator's wife, Dana Cole": a name set off after the
        // description is the speaker, the description her title.
        if let Some((name, f)) = self.name_set_off(e + 1) {
            return Some(Found {
                subject: Subject::Person {
                    name,
                    title: Some(text),
                },
                appos: None,
                start: w[j].start,
                end: w[f].end,
            });
        }
        let subject = match self
            .classify(j, h)
            .or_else(|| self.indefinite_subject(j, h, true, false))
        {
            _ if member => Subject::Anonymous { cue: text },
            Some(Subject::Anonymous { .. }) => Subject::Anonymous { cue: text },
            Some(Subject::RoleRef { .. }) if qualified => Subject::Anonymous { cue: text },
            Some(x @ Subject::RoleRef { .. }) => x,
            _ if qualified && names_a_person(head) => Subject::Anonymous { cue: text },
            _ => return None,
        };
        Some(Found {
            subject,
            appos: None,
            start: w[j].start,
            end: w[e].end,
        })
    }

    /// The person named from word `m` on after a comma (", Dana Cole."), with the
    /// index of the name's last word; `None` when no comma comes before `m` or the
    /// words there are no person's name.
    fn name_set_off(&self, m: usize) -> Option<(String, usize)> {
        let w = &self.words;
        if m >= w.len() || w[m].sent != w[m - 1].sent || w[m].quote.is_some() || !w[m].cap {
            return None;
        }
        if self.gap(m).trim() != "," {
            return None;
        }
        let mut f = m;
        while f - m < MAX_APPOSITIVE_WORDS && self.linked(f) {
            f += 1;
        }
        match self.classify(m, f)? {
            Subject::Person { name, .. } => Some((name, f)),
            _ => None,
        }
    }

    /// True when word `i` can continue the phrase that opens a sentence as its
    /// subject: a capitalised word, a title, or a noun for an organisation or source.
    pub(super) fn opens_subject(&self, i: usize) -> bool {
        let l = self.lower(i);
        (self.words[i].cap && !is_function_word(l))
            || is_title_word(l)
            || is_institution_noun(l)
            || is_anonymous_noun(l)
            || is_document_noun(l)
            || is_possessive(l)
    }

    /// True when a noun for a document, an organisation or a source follows word
    /// `i` within two words of one phrase ("a new poll", "a CNN tally").
    fn noun_ahead(&self, i: usize) -> bool {
        (i + 1..i + 3).take_while(|&k| self.linked(k - 1)).any(|k| {
            let l = self.lower(k);
            is_document_noun(l) || is_institution_noun(l) || is_anonymous_noun(l)
        })
    }

    /// True when word `i` is a lower-case noun of a short description that a name
    /// follows within the phrase ("bus driver Kevin Marsh", "sophomore Emily Sato").
    fn described_name_ahead(&self, i: usize) -> bool {
        let plain = |k: usize| {
            let l = self.lower(k);
            !self.words[k].cap
                && l.len() >= 3
                && l.bytes().all(|b| b.is_ascii_lowercase())
                && !is_function_word(l)
                && !is_preposition(l)
                && !is_clause_boundary(l)
                && !is_be(l)
                && !l.ends_with("ly")
        };
        // "said undecided Republican voter Jo Hale": a party or nation may stand
        // among the plain words, in capitals.
        let describes = |k: usize| plain(k) || (self.words[k].cap && is_demonym(self.lower(k)));
        // "said longtime harbor pilot and union steward Maria Ocampo": two
        // descriptions joined by "and" before one name.
        let joins = |k: usize| {
            self.lower(k) == "and" && k + 1 < self.words.len() && self.linked(k) && plain(k + 1)
        };
        (plain(i) || (i > 0 && plain(i - 1) && joins(i)))
            && (i + 1..i + 8)
                .take_while(|&k| k < self.words.len() && self.linked(k - 1))
                .find(|&k| !describes(k) && !joins(k))
                .is_some_and(|k| self.is(k, class::NAME) && self.words[k].quote.is_none())
    }

    /// True when word `i` is a title or a noun of people (perhaps plural)
    /// written before names: "engineers Carla Moss and Peter Lind", "senators".
    pub(super) fn describes_names(&self, i: usize) -> bool {
        let l = self.lower(i);
        is_title_word(l) || l.strip_suffix('s').is_some_and(names_a_person)
    }

    /// True when word `i` ("and", "of", "for", "&") joins two capitalised words of
    /// one organisation's name ("Immigration and Customs Enforcement").
    pub(super) fn joins_org_names(&self, i: usize) -> bool {
        i >= 1
            && matches!(self.lower(i), "and" | "of" | "for" | "&")
            && self.linked(i - 1)
            && self.linked(i)
            && self.words[i - 1].cap
            && self.words[i + 1].cap
    }
}

/// True when `word` is one run of letters with a capital inside, after two lowercase
/// letters or more ("HuffPost", "BuzzFeed", "WikiLeaks", "ProPublica"): the way
/// outlets and firms write their names. Not a surname with a capital after a short
/// prefix ("McCain", "DeSantis", "LeBlanc") or after "Mac", "Van", "Vande", "Fitz",
/// "Del" ("MacArthur", "VandeHei", "FitzGerald", "DelBene").
fn inner_capital(word: &str) -> bool {
    let b = word.as_bytes();
    if !word.is_ascii() || !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let mut lower = 0;
    for (i, c) in b.iter().enumerate().skip(1) {
        if c.is_ascii_lowercase() {
            lower += 1;
        } else if c.is_ascii_uppercase() {
            return lower >= 2
                && !matches!(
                    &word[..i],
                    "Mac" | "Van" | "Vande" | "Fitz" | "Del" | "Della" | "Von"
                )
                && b.iter().all(u8::is_ascii_alphabetic);
        } else {
            return false;
        }
    }
    false
}

/// A lowercase word (letters and hyphens) that is neither a function word nor a form of
/// "be": the plain words of a described speaker ("a longtime adviser", "her rivals").
fn is_plain_lowercase(l: &str) -> bool {
    l.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !is_function_word(l) && !is_be(l)
}

/// True when a description's head `head` (lowercase) names a person: a role or title
/// noun, a relative or friend ("brother", "roommate"), or a noun of agent shape ("engineer", "founder", "economist", "historian").
pub(super) fn names_a_person(head: &str) -> bool {
    is_role_noun(head)
        || is_tie_noun(head)
        || is_title_word(head)
        || (["er", "or", "ist", "ian"].iter().any(|x| head.ends_with(x))
            && head.len() > 4
            && !head.ends_with("ever"))
}
