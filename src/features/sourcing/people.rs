//! People named in full in an article (with the title written before them),
//! and every later mention of them by full name or surname.

use super::doc::{class, Doc, WordClasses};
use super::lexicon::*;
use crate::features::english::*;

/// A person named in full somewhere in the text.
#[derive(Debug)]
pub(super) struct Person {
    pub(super) name: String,
    pub(super) affiliation: Option<String>,
    pub(super) first_pos: usize,
    /// What a first name or a gendered title ("Mrs.") says, for a "she" or "he".
    pub(super) gender: Option<Gender>,
    /// Known so far only by a title and surname ("Mr. Hart", "President Hart"): the
    /// full name, when the article gives it later, becomes the name.
    pub(super) surname_only: bool,
    /// Introduced as someone's relative ("his daughter Ivanka Hart", "Bill Hart, her
    /// husband"): a surname alone names the other person of that surname, if any.
    pub(super) relative: bool,
}

/// The classes of words that act rather than name someone: verbs of saying, cues,
/// participles and forms of "be".
const VERBS: WordClasses = class::SPEECH
    .union(class::CUE)
    .union(class::BARE)
    .union(class::PARTICIPLE)
    .union(class::BE);

/// How many mentions back a "she" or "he" looks for a person it can refer to.
const PRONOUN_REACH: usize = 12;

/// Where a person is mentioned (full name or surname alone).
#[derive(Debug, Clone, Copy)]
pub(super) struct Mention {
    pub(super) pos: usize,
    pub(super) person: usize,
}

impl<'a> Doc<'a> {
    /// Pass (2): people named in full, with their titles, and every later mention.
    pub(super) fn find_people(&mut self) {
        let marked = std::mem::take(&mut self.marked);
        for &e in &marked {
            let e = e as usize;
            let w = &self.words[e];
            if !w.cap {
                continue;
            }
            if self.linked(e)
                && self.words[e + 1].cap
                && self.is_name_word(e + 1)
                && !self.after_plural_possessive(e + 1)
            {
                continue; // not the end of a capitalised run
            }
            let Some(mut ns) = self.name_start(0, e) else {
                continue;
            };
            if ns < e && self.sentence_modifier(ns, e) {
                ns += 1;
            }
            let pos = self.words[ns].start;
            if ns < e {
                let end = self.words[e].end;
                let known = self.by_name.get(&self.text[pos..end]).copied();
                // A known person with a title keeps it: look for a title only when needed.
                let needs_title = known.is_none_or(|id| self.people[id].affiliation.is_none());
                let title = if needs_title {
                    self.title_before(ns)
                } else {
                    None
                };
                let gender =
                    first_name_gender(self.lower(ns)).or_else(|| self.title_gender_before(ns));
                let id = match known {
                    Some(id) => {
                        if self.people[id].affiliation.is_none() {
                            self.people[id].affiliation = title;
                        }
                        if self.people[id].gender.is_none() {
                            self.people[id].gender = gender;
                        }
                        id
                    }
                    None => {
                        let name = self.text[pos..end].to_string();
                        let surname = self.lower(e).to_string();
                        // "Mr. Hart ... Tom Hart": the person known by surname gains the
                        // name, unless the two say different genders ("Mr. Hart ... Ann
                        // Hart"), as a surname alone would be read as the later full name.
                        let titled = (self.by_surname.get(&surname).into_iter().flatten())
                            .copied()
                            .find(|&id| {
                                let p = &self.people[id];
                                p.surname_only
                                    && (p.gender.is_none()
                                        || gender.is_none()
                                        || p.gender == gender)
                            });
                        let id = match titled {
                            Some(id) => {
                                let p = &mut self.people[id];
                                p.name = name.clone();
                                p.surname_only = false;
                                if p.affiliation.is_none() {
                                    p.affiliation = title;
                                }
                                if p.gender.is_none() {
                                    p.gender = gender;
                                }
                                id
                            }
                            None => {
                                let relative = self.kin_beside(ns, e);
                                self.add_person(
                                    Person {
                                        name: name.clone(),
                                        affiliation: title,
                                        first_pos: pos,
                                        gender,
                                        surname_only: false,
                                        relative,
                                    },
                                    surname,
                                )
                            }
                        };
                        self.by_name.insert(name, id);
                        id
                    }
                };
                if let Some((partner, at)) = self.couple_partner(ns, e) {
                    self.mentions.push(Mention {
                        pos: at,
                        person: partner,
                    });
                }
                self.mentions.push(Mention { pos, person: id });
            } else if self.linked(e) && is_institution_noun(self.lower(e + 1)) {
                continue; // "the Hart campaign", "Hart administration officials": no mention
            } else if let Some(id) = self.titled_surname(e, pos) {
                // "Mr. Hart said" with no full name before: a person for a later "he".
                self.mentions.push(Mention { pos, person: id });
            } else if self.by_surname.is_empty() {
                continue; // no full name yet, so no surname to match
            } else if let Some(id) = self.person_by_surname(self.lower(e), pos) {
                // "Mrs. Clinton" is the Clinton who may be a woman, when two share it,
                // and no one known to be a man.
                let titled = self.title_gender_before(e);
                let Some(id) = (match titled {
                    Some(g) => self.person_by_surname_of(self.lower(e), pos, g),
                    None => Some(id),
                }) else {
                    continue;
                };
                if self.people[id].gender.is_none() {
                    self.people[id].gender = titled;
                }
                self.mentions.push(Mention { pos, person: id });
            }
        }
        self.marked = marked;
    }

    /// The person a first name alone names before "and" and a full name sharing the
    /// surname ("Sheldon and Miriam Adelson", "Bill and Melinda Gates"): the first
    /// name with the surname of the name `ns..=e`, a person of their own, and where.
    /// `None` when an earlier person bears that first name ("Hillary and Huma Abedin"
    /// after "Hillary Clinton"), or the word before it joins it to more of a name.
    fn couple_partner(&mut self, ns: usize, e: usize) -> Option<(usize, usize)> {
        let w = &self.words;
        if ns < 2 || ns >= e || !self.linked(ns - 2) || !self.linked(ns - 1) {
            return None;
        }
        let f = ns - 2;
        if self.lower(ns - 1) != "and" || !w[f].cap || (f > 0 && self.linked(f - 1) && w[f - 1].cap)
        {
            return None;
        }
        let gender = first_name_gender(self.lower(f))?;
        let first = &self.text[w[f].start..w[f].end];
        let name = format!("{first} {}", &self.text[w[ns + 1].start..w[e].end]);
        if let Some(&id) = self.by_name.get(&name) {
            return Some((id, w[f].start));
        }
        let taken = self.people.iter().any(|p| {
            p.name.split_whitespace().next() == Some(first)
                && !p.name.ends_with(&name[first.len()..])
        });
        if taken {
            return None;
        }
        let at = w[f].start;
        let surname = self.lower(e).to_string();
        let id = self.add_person(
            Person {
                name: name.clone(),
                affiliation: None,
                first_pos: at,
                gender: Some(gender),
                surname_only: false,
                relative: false,
            },
            surname,
        );
        self.by_name.insert(name, id);
        Some((id, at))
    }

    /// Adds `person` to the document's people, findable by `surname` (lowercase), and
    /// returns its id.
    fn add_person(&mut self, person: Person, surname: String) -> usize {
        let id = self.people.len();
        self.people.push(person);
        self.by_surname.entry(surname).or_default().push(id);
        id
    }

    /// True when the capitalised run `ns..=e` opens its sentence as a modifier of a
    /// noun naming someone else ("Frequent Trump critic Jane Roe", "Longtime Clinton
    /// ally Rep. Tran"): its first word, no known first name, is capitalised only for
    /// the sentence, and the rest names the person the modifier speaks of.
    fn sentence_modifier(&self, ns: usize, e: usize) -> bool {
        let w = &self.words;
        (ns == 0 || w[ns - 1].sent != w[ns].sent)
            && first_name_gender(self.lower(ns)).is_none()
            && e + 2 < w.len()
            && self.linked(e)
            && self.linked(e + 1)
            && !w[e + 1].cap
            && self.names_someone(e + 1)
            && w[e + 2].cap
    }

    /// True when lowercase word `i` is a noun naming someone by what they do or are
    /// to others ("critic", "ally", "supporter", "strategist", "donor", "opponent").
    fn names_someone(&self, i: usize) -> bool {
        let l = self.lower(i);
        is_person_noun(l)
            || l == "ally"
            || (["er", "or", "ist", "ant", "nent", "ic"]
                .iter()
                .any(|x| l.ends_with(x))
                && !(is_function_word(l)
                    || is_finite_auxiliary(l)
                    || self.words[i].class.intersects(VERBS)))
    }

    /// The person a surname at word `e` after a title names ("Mr. Hart", "President
    /// Hart") when no one is known yet: a new person known by surname, so that a "he"
    /// after it is someone. Once a person is known, a passing "President Hart" is not
    /// made one (it would take the "he" of the person quoted).
    fn titled_surname(&mut self, e: usize, pos: usize) -> Option<usize> {
        if e == 0 || !self.linked(e - 1) || !self.people.is_empty() {
            return None;
        }
        let t = self.lower(e - 1);
        let gender = title_gender(t);
        if gender.is_none() && !(is_surname_only_title(t) && self.words[e - 1].cap) {
            return None;
        }
        // Not a first name ("Justice Antonin Scalia's"), nor a word before more of the
        // name ("Mayor Bill de Blasio", "Col. Muammar el-Qaddafi").
        let more = self.linked(e) && {
            let next = &self.text[self.words[e + 1].start..self.words[e + 1].end];
            next.starts_with(char::is_uppercase)
                || next.contains('-')
                || is_name_particle(self.lower(e + 1))
        };
        if more || first_name_gender(self.lower(e)).is_some() {
            return None;
        }
        let surname = self.lower(e).to_string();
        let name = self.text[self.words[e].start..self.words[e].end].to_string();
        Some(self.add_person(
            Person {
                name,
                affiliation: None,
                first_pos: pos,
                gender,
                surname_only: true,
                relative: false,
            },
            surname,
        ))
    }

    /// The gender a title right before word `ns` says ("Mrs. Clinton", "Congresswoman
    /// Roe").
    pub(super) fn title_gender_before(&self, ns: usize) -> Option<Gender> {
        (ns > 0 && self.linked(ns - 1))
            .then(|| title_gender(self.lower(ns - 1)))
            .flatten()
    }

    /// True when a title of gender `want` before a capitalised word ("Ms. Hayes")
    /// sits between bytes `from` and `to`: a "she" after it is that woman, not the
    /// person of unknown gender ("Gov. Kitzhaber") mentioned before.
    pub(super) fn gendered_title_between(&self, from: usize, to: usize, want: Gender) -> bool {
        let a = self.words.partition_point(|w| w.start <= from);
        let b = self.words.partition_point(|w| w.start < to);
        (a..b).any(|i| {
            i + 1 < b
                && self.linked(i)
                && self.words[i + 1].cap
                && title_gender(self.lower(i)) == Some(want)
        })
    }

    /// The person mentioned last before byte `pos` whom a pronoun of gender `want`
    /// may refer to (one whose gender is unknown or the same), with where; looks back
    /// at most [`PRONOUN_REACH`] mentions. A person named in full comes first; one
    /// known only by title and surname ("Mr. Hart") when no one named in full fits
    /// ("Mr. Hart toured the site with Ann Lee. He said ...").
    pub(super) fn last_mention_fitting(&self, pos: usize, want: Gender) -> Option<(usize, usize)> {
        let k = self.mentions.partition_point(|m| m.pos < pos);
        let recent = || self.mentions[..k].iter().rev().take(PRONOUN_REACH);
        let fits = |m: &&Mention| self.people[m.person].gender.is_none_or(|g| g == want);
        recent()
            .filter(fits)
            .find(|m| !self.people[m.person].surname_only)
            // Not across a woman or man by title known to no one ("Gov. Hart met
            // them. Ms. Lane grew up here. She ...").
            .or_else(|| {
                recent().filter(fits).find(|m| {
                    self.people[m.person].gender.is_some()
                        || !self.gendered_title_between(m.pos, pos, want)
                })
            })
            .map(|m| (m.pos, m.person))
    }

    /// The person a "he" or "she" of gender `want` opening the sentence at byte `pos`
    /// continues: the subject of the sentence before, when it is a person named at its
    /// start, after a title at most ("Senator Jane Roe met Mary Poe. She praised ...").
    pub(super) fn previous_subject(&self, pos: usize, want: Gender) -> Option<usize> {
        let sent = self.sentence_at(pos);
        let prev = self.sents.get(sent.checked_sub(1)?)?;
        let cur = self.sents.get(sent)?;
        let mut p = self.words.partition_point(|w| w.start < cur.start);
        if self.linked(p) && is_leading_filler(self.lower(p)) {
            p += 1;
        }
        let opener = self.words.get(p).filter(|w| w.start <= pos)?;
        if opener.sent as usize != sent || pronoun_gender(self.lower(p)) != Some(want) {
            return None;
        }
        let k = self.mentions.partition_point(|m| m.pos < prev.start);
        let m = self.mentions.get(k).filter(|m| m.pos < prev.end)?;
        let first = self.words.partition_point(|w| w.start < prev.start);
        let ns = self.words.partition_point(|w| w.start < m.pos);
        let titled = ns - first <= 5
            && (first..ns)
                .all(|i| self.linked(i) && (self.words[i].cap || is_title_word(self.lower(i))));
        (titled && self.people[m.person].gender.is_none_or(|g| g == want)).then_some(m.person)
    }

    /// The title written right before the name starting at word `ns`: capitalised or
    /// title words ("Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman"), with an
    /// "of" after an office ("Secretary of State Rex Tillerson").
    pub(super) fn title_before(&self, ns: usize) -> Option<String> {
        let mut ts = ns;
        while ts > 0 && ns - ts < 6 && self.linked(ts - 1) {
            let l = self.lower(ts - 1);
            let title = (self.words[ts - 1].cap || is_title_word(l))
                && !is_function_word(l)
                && !opens_sentence_not_name(l);
            let office_of = l == "of"
                && ts < ns
                && ts >= 2
                && self.linked(ts - 2)
                && is_office_noun(self.lower(ts - 2));
            if !(title || office_of) {
                break;
            }
            ts -= 1;
        }
        if ts < ns {
            self.title_text(ts, ns - 1)
        } else {
            None
        }
    }

    /// True when a noun of family ties stands right before the name `ns..=e` ("his
    /// daughter Ivanka Hart", "her husband, Bill Hart") or opens an apposition after
    /// it ("Bill Hart, her husband").
    fn kin_beside(&self, ns: usize, e: usize) -> bool {
        let w = &self.words;
        let before = (ns.saturating_sub(2)..ns).any(|i| {
            w[i].sent == w[ns].sent
                && (is_kin_noun(self.lower(i))
                    || (i > 0 && self.lower(i) == "lady" && self.lower(i - 1) == "first"))
        });
        let after = e + 2 < w.len()
            && w[e + 1].sent == w[e].sent
            && self.gap(e + 1).contains(',')
            && (e + 1..e + 3).any(|i| is_kin_noun(self.lower(i)));
        before || after
    }

    /// The person named in full before `pos` whose surname is `surname` (lowercase):
    /// of two, the first named whose first name is a known one, as a news story names
    /// its subject before the others of that name ("Donald Hart ... Ivanka Hart ...
    /// Hart said"), else the last named; one introduced as a relative only when no
    /// one else has that surname.
    pub(super) fn person_by_surname(&self, surname: &str, pos: usize) -> Option<usize> {
        self.person_among(self.by_surname.get(surname)?, pos)
    }

    /// [`Doc::person_by_surname`] among people `ids` of one surname.
    fn person_among(&self, ids: &[usize], pos: usize) -> Option<usize> {
        let before = |id: &&usize| self.people[**id].first_pos < pos;
        let own = |id: &&usize| !self.people[**id].relative;
        let first_named = |id: &&usize| {
            let name = &self.people[**id].name;
            let first = name.split_whitespace().next().unwrap_or("");
            first_name_gender(&first.to_lowercase()).is_some()
        };
        let known = || ids.iter().filter(own).filter(before).find(first_named);
        let own_last = || ids.iter().rev().filter(own).find(before);
        if ids.len() == 1 {
            return ids.first().copied();
        }
        known()
            .or_else(own_last)
            .or_else(|| ids.iter().rev().find(before))
            .or_else(|| ids.first())
            .copied()
    }

    /// [`Doc::person_by_surname`] among the people of gender `g` or of unknown gender;
    /// never one known to be of the other ("Mrs. Hart" is not "Tom Hart").
    pub(super) fn person_by_surname_of(
        &self,
        surname: &str,
        pos: usize,
        g: Gender,
    ) -> Option<usize> {
        let ids = self.by_surname.get(surname)?;
        let fits: Vec<usize> = (ids.iter().copied())
            .filter(|&id| self.people[id].gender.is_none_or(|h| h == g))
            .collect();
        self.person_among(&fits, pos)
    }

    /// The person named in full mentioned last before byte `pos`, with where; else the
    /// last known only by title and surname (a passing "President Hart" does not take
    /// the "he" of a person named in full).
    pub(super) fn last_mention_at(&self, pos: usize) -> Option<(usize, usize)> {
        let k = self.mentions.partition_point(|m| m.pos < pos);
        let all = self.mentions[..k].iter().rev();
        all.clone()
            .find(|m| !self.people[m.person].surname_only)
            .or_else(|| all.clone().next())
            .map(|m| (m.pos, m.person))
    }
}
