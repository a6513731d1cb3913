//! Function words the attribution finder walks over: forms of "be", auxiliaries
//! and adverbs between a subject and its verb, clause boundaries, leading fillers,
//! prepositions, quantifiers, pronouns that are never names, months and weekdays.
//!
//! Provenance: hand-written for slant (closed English word classes); matched on
//! lowercased surface words.

/// Numbers and quantifiers in front of a source ("two people familiar with ...").
pub(crate) fn is_quantifier(w: &str) -> bool {
    matches!(
        w,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "several"
            | "multiple"
            | "numerous"
            | "various"
            | "other"
            | "more"
            | "dozens"
    ) || w.chars().all(|c| c.is_ascii_digit())
}

/// Nouns that count people before "of" ("a number of attendees", "a handful of
/// delegates", "hundreds of protesters"): the people after "of" are the speakers.
pub(crate) fn is_quantity_noun(w: &str) -> bool {
    matches!(
        w,
        "number"
            | "handful"
            | "couple"
            | "host"
            | "lot"
            | "lots"
            | "hundreds"
            | "thousands"
            | "scores"
    )
}

/// True when `l` ends as an English plural noun does: in "s", not "ss", "us", "sis" or
/// "xis" ("voters", "rabbis", not "analysis", "axis" or "status"), and has at least
/// four letters.
pub(crate) fn is_plural_noun_form(l: &str) -> bool {
    l.len() >= 4
        && l.ends_with('s')
        && !l.ends_with("ss")
        && !l.ends_with("us")
        && !l.ends_with("sis")
        && !l.ends_with("xis")
}

/// Forms of "do" that carry a bare verb form ("did not mention", "doesn't support",
/// "does know").
pub(crate) fn is_do_form(w: &str) -> bool {
    matches!(
        w,
        "do" | "does" | "did" | "don't" | "doesn't" | "didn't" | "don’t" | "doesn’t" | "didn’t"
    )
}

/// Plural nouns of people with no final "s" ("six in 10 white men", "half of women").
pub(crate) fn is_people_noun(w: &str) -> bool {
    matches!(w, "people" | "men" | "women" | "children")
}

/// Forms of "be" that mark a passive ("is said to", "was alleged").
pub(crate) fn is_be(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "it's" | "it’s"
    )
}

/// A subject pronoun and the auxiliary or form of "be" after it that open a finite
/// clause ("it would", "they were", "he had"): reported words that open so are a
/// report however short ("the agency said it would cooperate"). A contraction
/// ("it's") is passed alone, with `next` empty.
pub(crate) fn opens_finite_clause(pronoun: &str, next: &str) -> bool {
    is_subject_pronoun(pronoun) && is_finite_auxiliary(next)
        || (is_subject_pronoun(pronoun) && (next.ends_with("n't") || next.ends_with("n’t")))
        || (next.is_empty() && is_pronoun_contraction(pronoun))
}

/// A modal verb ("would", "could", "won't"; "wo" and "ca" as the tokenizer leaves "won't"
/// and "can't"): its clause says what may or will be.
pub(crate) fn is_modal(w: &str) -> bool {
    is_bare_modal(w)
        || ((w.ends_with("n't") || w.ends_with("n’t"))
            && is_bare_modal(w.trim_end_matches("n't").trim_end_matches("n’t")))
}

/// The modals themselves, without "n't" (the one list of them: [`is_modal`] and
/// [`is_finite_auxiliary`] read it).
pub(crate) fn is_bare_modal(w: &str) -> bool {
    matches!(
        w,
        "would" | "will" | "could" | "can" | "should" | "might" | "may" | "must" | "wo" | "ca"
    )
}

/// A modal, an auxiliary or a finite form of "be" ("would", "has", "was"): after
/// its subject it carries the clause's verb.
pub(crate) fn is_finite_auxiliary(w: &str) -> bool {
    is_bare_modal(w)
        || matches!(
            w,
            "was" | "were" | "is" | "are" | "had" | "has" | "have" | "did" | "does" | "do"
        )
}

/// False only when `w` holds neither apostrophe ("'" nor "’"): no byte "'" and no byte
/// 0xE2 (the first of "’"), told without reading its characters. Most words have none.
#[inline]
pub(crate) fn may_hold_apostrophe(w: &str) -> bool {
    w.bytes().any(|b| b == b'\'' || b == 0xE2)
}

/// A pronoun or wh-word with "'s" for "is" or "has" ("she's", "that's", "there's"), or
/// "let's" for "let us", which looks like a possessive; [`is_pronoun_contraction`] reads any clitic of a subject
/// pronoun.
pub(crate) fn is_s_contraction(w: &str) -> bool {
    let stem = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or("");
    matches!(
        stem,
        "he" | "she"
            | "it"
            | "that"
            | "this"
            | "there"
            | "here"
            | "what"
            | "who"
            | "where"
            | "when"
            | "why"
            | "how"
            | "let"
            | "everyone"
            | "everybody"
            | "nobody"
            | "someone"
            | "somebody"
            | "one"
    )
}

/// A pronoun joined to a form of "be" ("they're", "she's", "that's"), either apostrophe.
pub(crate) fn is_be_contraction(w: &str) -> bool {
    may_hold_apostrophe(w)
        && w.split_once(['\'', '’']).is_some_and(|(p, be)| {
            matches!(be, "re" | "m")
                || (be == "s" && matches!(p, "he" | "she" | "that" | "what" | "who" | "it"))
        })
}

/// A subject pronoun with a contracted verb ("it's", "they're", "he'd", "we’ll"):
/// capitalised at a sentence's start, never a name.
pub(crate) fn is_pronoun_contraction(w: &str) -> bool {
    if !may_hold_apostrophe(w) {
        return false;
    }
    let Some((p, rest)) = w.split_once(['\'', '’']) else {
        return false;
    };
    is_subject_pronoun(p) && matches!(rest, "s" | "d" | "ll" | "re" | "ve" | "m")
}

/// An article or possessive determiner: a verb form right after one is a noun ("had
/// their say", "a say in it").
pub(crate) fn is_noun_marker(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
    )
}

/// A possessive noun, lowercase or not ("Trump's", "the states’").
pub(crate) fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
}

/// A possessive determiner before a description of a person ("his lawyer", "their
/// spokesman").
pub(crate) fn is_possessive_determiner(w: &str) -> bool {
    matches!(w, "his" | "her" | "their" | "its" | "our")
}

/// A small number spelled out ("one in five say", "admitted two patients").
pub(crate) fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
    )
}

/// True when word `w` (lowercase; `cap` when capitalised inside its sentence) may
/// stand between a word and the head of the noun phrase after it, so that a reader
/// looking for that head (the lexicon's `head=` condition, the attribution finder's
/// "claimed the lives of") reads past it: an article or possessive determiner ("the",
/// "their"), a possessive ("Trump's"), a number ("40", "2017", "two"), an adjective by
/// the tagger's suffix rule ("presidential"), a word of quantity or order ("new",
/// "several"), a comparative or an approximator before a figure ("more than 2,300 lives",
/// "nearly 600 lives"), a focus particle
/// ("conceded only the race") or a name used as a modifier ("the Democratic primary").
pub(crate) fn before_head(w: &str, cap: bool) -> bool {
    cap || is_noun_marker(w)
        || is_possessive(w)
        || w.starts_with(|c: char| c.is_ascii_digit())
        || is_number_word(w)
        || matches!(
            w,
            "new"
                | "more"
                | "other"
                | "another"
                | "first"
                | "last"
                | "several"
                | "many"
                | "few"
                // Comparatives before a figure: "claimed more than 2,300 American lives",
                // "admitted fewer than 40 patients".
                | "than"
                | "less"
                | "fewer"
                // Approximators before a figure: "claimed nearly 600 lives".
                | "nearly"
                | "almost"
                | "roughly"
                | "approximately"
                | "about"
                | "around"
                // Focus particles: "admitting even refugee children".
                | "even"
                | "only"
                | "just"
        )
        || super::pos::pos_of(w) == "adj"
}

/// A personal pronoun in the subject form, lowercase.
pub(crate) fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "you")
}

/// Linking adverbs set off by commas between a subject and its verb ("Sanders' backers,
/// meanwhile, insist that …"): the subject stands before them.
pub(crate) fn is_aside_between(w: &str) -> bool {
    matches!(
        w,
        "meanwhile" | "however" | "though" | "too" | "also" | "instead" | "likewise" | "meantime"
    )
}

/// Auxiliaries and adverbs allowed between a subject and its reporting verb.
pub(crate) fn is_skippable_between(w: &str) -> bool {
    if matches!(
        w,
        "also"
            | "has"
            | "have"
            | "had"
            | "would"
            | "will"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "later"
            | "then"
            | "again"
            | "once"
            | "earlier"
            | "further"
            | "too"
            | "often"
            | "previously"
            // Sentence adverbs of contrast: "Dunn nevertheless said", "Dunn instead argued".
            | "nevertheless"
            | "nonetheless"
            | "instead"
    ) {
        return true;
    }
    w.len() > 4
        && w.ends_with("ly")
        && !matches!(
            w,
            "ally" | "family" | "assembly" | "supply" | "reply" | "rally" | "italy" | "monopoly"
        )
}

/// Words that join two clauses of equal rank ("X proposed a plan, while Y said ...",
/// "X wants votes and Y wants fame"): a report before one ends there when a speaker
/// of its own follows.
pub(crate) fn is_clause_joiner(w: &str) -> bool {
    matches!(w, "and" | "but" | "while" | "whereas" | "yet")
}

/// Words that end a subject when walking back from a verb (conjunctions, relatives).
pub(crate) fn is_clause_boundary(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "and"
            | "but"
            | "or"
            | "while"
            | "as"
            | "because"
            | "since"
            | "if"
            | "when"
            | "after"
            | "before"
            | "although"
            | "though"
            | "whereas"
            | "so"
            | "than"
            | "where"
            | "whether"
            | "nor"
            | "yet"
            | "what"
    )
}

/// Words dropped from the front of a subject ("The", "But", "Meanwhile"): articles,
/// connectives and the adverbs of time and sequence that open a sentence. Never the
/// first word of a name, though capitalised there ("Later Ruiz said" is Ruiz).
pub(crate) fn is_leading_filler(w: &str) -> bool {
    matches!(
        w,
        "instead"
            | "again"
            | "thus"
            | "tonight"
            | "tomorrow"
            | "afterward"
            | "afterwards"
            | "indeed"
            | "similarly"
            | "likewise"
            | "moreover"
            | "furthermore"
            | "nonetheless"
            | "nevertheless"
            | "the"
            | "a"
            | "an"
            | "but"
            | "and"
            | "even"
            | "meanwhile"
            | "however"
            | "also"
            | "still"
            | "now"
            | "later"
            | "earlier"
            | "separately"
            | "yesterday"
            | "today"
            | "finally"
            | "then"
            | "this"
            | "these"
            | "those"
    )
}

/// Capitalised only because they open a sentence or a question, and so never the
/// first word of a name ("Unlike Obama, ...", "Is Trump ...?", "Asked about it,
/// ..."): the [`is_leading_filler`] words, and question auxiliaries, prepositions and
/// openers of a clause that a name never begins with ("Without Section 8 funds,
/// ..."), words shaped as adverbs ("Eventually, ...", "Notably, ..."), and numbers
/// and lengths of time opening a phrase of time ("Eight years after ...", "Hours
/// later, ...", "Decades ago").
pub(crate) fn opens_sentence_not_name(w: &str) -> bool {
    is_leading_filler(w)
        || is_adverb_shaped(w)
        || is_number_word(w)
        || is_duration_word(w)
        || matches!(
            w,
            "is" | "are"
                | "was"
                | "were"
                | "does"
                | "did"
                | "has"
                | "can"
                | "could"
                | "would"
                | "should"
                | "unlike"
                | "whatever"
                | "whether"
                | "neither"
                | "either"
                | "nor"
                | "asked"
                | "last"
                | "next"
                | "without"
                | "within"
                | "upon"
                | "toward"
                | "towards"
                | "across"
                | "throughout"
                | "amid"
                | "amidst"
                | "unless"
                | "whereas"
                | "into"
                | "onto"
                | "through"
                | "regarding"
                | "concerning"
                | "besides"
                | "hours"
                | "minutes"
                | "moments"
        )
}

/// Words whose ending makes them adverbs of manner or comment ("specifically",
/// "recently", "interestingly"); endings no surname has ("Kelly", "McNally", "Early").
pub(crate) fn is_adverb_shaped(w: &str) -> bool {
    w.len() >= 6
        && [
            "ically", "ially", "ually", "ntally", "onally", "inally", "ntly", "ingly", "ively",
            "ately", "edly", "ously", "fully", "ably", "ibly", "ctly", "ckly", "inly", "lessly",
        ]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Prepositions that open a short phrase of place, time or circumstance before a
/// sentence's subject ("At a rally in Dayton, ...", "Amid the protests, ..."), and
/// the participles that do ("Speaking on Monday, ...", "Asked about the levy, ...").
pub(crate) fn is_phrase_opener(w: &str) -> bool {
    matches!(
        w,
        "at" | "in"
            | "on"
            | "during"
            | "after"
            | "before"
            | "by"
            | "among"
            | "amid"
            | "despite"
            | "following"
            | "throughout"
            | "within"
            | "unlike"
            | "speaking"
            | "asked"
    )
}

/// Subordinating words that open a clause before a sentence's subject, however long
/// ("As Europe faces pressure from ..., Germany ...", "Although voters ..., she ...").
pub(crate) fn is_clause_opener(w: &str) -> bool {
    matches!(
        w,
        "when" | "while" | "as" | "although" | "though" | "since" | "until" | "once" | "whereas"
    )
}

/// Words that open a subordinate clause before the main one ("After the court
/// refused ..., the governor ...", "If the bill passes, ..."): [`is_clause_opener`]
/// and the ones that also open a phrase or a condition.
pub(crate) fn is_subordinator(w: &str) -> bool {
    is_clause_opener(w) || matches!(w, "after" | "before" | "if" | "because" | "unless")
}

/// Adverbs of time or degree that may sit between a comma and a participle of
/// saying (", eventually saying ...", ", later adding ...", ", again calling ...").
pub(crate) fn is_participle_adverb(w: &str) -> bool {
    matches!(
        w,
        "eventually"
            | "later"
            | "again"
            | "also"
            | "even"
            | "then"
            | "once"
            | "instead"
            | "first"
            | "finally"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "falsely"
            | "openly"
            | "explicitly"
            | "reportedly"
            | "previously"
            | "subsequently"
            | "ultimately"
            | "essentially"
            | "effectively"
            | "simply"
            | "directly"
            | "specifically"
            | "pointedly"
            | "bluntly"
            | "flatly"
            | "angrily"
    )
}

/// Prepositions after a verb that give only the circumstances of the act, not what
/// it is about ("said in an interview", "wrote on Monday", "claimed, without evidence,
/// that"; not "called for", "pledged to", "spoke about").
pub(crate) fn is_circumstance_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on" | "at" | "during" | "after" | "before" | "from" | "via" | "through" | "without"
    )
}

/// Words that join a participle to the clause whose subject speaks through it
/// ("after thanking the crowd, she ...", "..., before adding that ...", "since
/// announcing in May that ..."), and "having" before a past participle ("Having
/// announced the plan, she ...").
pub(crate) fn is_participle_opener(w: &str) -> bool {
    matches!(
        w,
        "after" | "while" | "before" | "by" | "upon" | "since" | "having"
    )
}

/// A preposition that counts rather than places, with the word after it: "at least",
/// "at most", "about 40", "over 30", "under half".
pub(crate) fn is_quantity_preposition(w: &str, next: &str) -> bool {
    (w == "at" && matches!(next, "least" | "most"))
        || (matches!(w, "about" | "over" | "under" | "nearly" | "around")
            && (next.starts_with(|c: char| c.is_ascii_digit()) || is_share_word(next)))
}

/// A one-word answer a verb of saying reports ("said yes", "said so").
pub(crate) fn is_answer_word(w: &str) -> bool {
    matches!(w, "yes" | "no" | "so")
}

/// Prepositions: a name right after one is an object, not the speaker.
pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "to" | "with"
            | "of"
            | "from"
            | "in"
            | "at"
            | "by"
            | "near"
            | "for"
            | "on"
            | "about"
            | "between"
            | "among"
            | "against"
            | "under"
            | "over"
            | "like"
    )
}

/// Prepositions whose object is a noun phrase, never a finite verb: a reporting word
/// in "-s" right after one is a plural noun ("amid blasts from critics", "despite
/// warnings", "over calls for a recount"). Not "to", which opens an infinitive.
pub(crate) fn takes_noun_phrase(w: &str) -> bool {
    (is_preposition(w) && w != "to")
        || matches!(
            w,
            "amid" | "amidst" | "despite" | "during" | "following" | "without" | "via"
        )
}

/// Pronouns and function words that are never names, even capitalised.
pub(crate) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "i" | "we"
            | "you"
            | "he"
            | "she"
            | "it"
            | "they"
            | "this"
            | "that"
            | "these"
            | "those"
            | "there"
            | "here"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "in"
            | "on"
            | "at"
            | "for"
            | "of"
            | "to"
            | "by"
            | "with"
            | "from"
            | "as"
            | "if"
            | "when"
            | "while"
            | "after"
            | "before"
            | "but"
            | "and"
            | "or"
            | "so"
            | "yet"
            | "the"
            | "a"
            | "an"
            | "meanwhile"
            | "however"
            | "also"
            | "still"
            | "now"
            | "then"
            | "some"
            | "many"
            | "most"
            | "all"
            | "both"
            | "one"
            | "no"
            | "not"
            | "yes"
            | "despite"
            | "although"
            | "though"
            | "because"
            | "since"
            | "until"
            | "during"
            | "under"
            | "over"
            | "against"
            | "between"
            | "among"
            | "about"
            | "like"
            | "even"
            | "just"
            | "only"
            | "what"
            | "who"
            | "which"
            | "why"
            | "how"
            | "where"
            | "according"
            | "speaking"
    )
}

/// Month and weekday names (capitalised but never names of speakers).
pub(crate) fn is_calendar_word(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    ) || crate::text::quotes::is_month_name(w)
}

/// Nouns of a length of time ("for nearly a decade", "in recent years"): with a
/// preposition after a verb, when it happened rather than what it is about.
pub(crate) fn is_duration_word(w: &str) -> bool {
    matches!(
        w,
        "year" | "years" | "decade" | "decades" | "month" | "months" | "week" | "weeks" | "days"
    )
}

/// Words that count a span of time back to "ago", before its unit ("less than two
/// weeks ago", "a few days ago", "about 18 months ago").
pub(crate) fn is_ago_count_word(w: &str) -> bool {
    is_number_word(w)
        || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
        || matches!(
            w,
            "a" | "an"
                | "few"
                | "couple"
                | "of"
                | "less"
                | "more"
                | "than"
                | "about"
                | "nearly"
                | "almost"
                | "just"
                | "only"
                | "some"
                | "several"
                | "dozen"
        )
}

/// Parts of a day and spans of the calendar ("week", "morning"), the nouns every
/// time phrase shares ("last week", "on Tuesday night").
pub(crate) fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "week" | "month" | "year" | "morning" | "afternoon" | "evening" | "night"
    )
}

/// Words that name a time in a phrase opening a sentence without a comma ("Last
/// week", "Earlier this month", "This morning", "In 2015"): the phrase's last word.
/// Month and weekday names are [`is_calendar_word`]s.
pub(crate) fn is_time_noun(w: &str) -> bool {
    is_time_unit(w)
        || matches!(
            w,
            "weekend"
                | "day"
                | "spring"
                | "summer"
                | "fall"
                | "autumn"
                | "winter"
                | "ago"
                | "minutes"
                | "hours"
                | "moments"
        )
        || is_duration_word(w)
        || is_calendar_word(w)
        || (w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit()))
}

/// Words before a time noun in such an opening phrase ("on", "earlier this", "late
/// last", "two weeks ago", "that"): the phrase is skipped when its subject is read.
pub(crate) fn is_time_modifier(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "during"
            | "since"
            | "earlier"
            | "later"
            | "late"
            | "early"
            | "last"
            | "this"
            | "next"
            | "that"
            | "past"
            | "a"
            | "few"
            | "several"
    ) || is_number_word(w)
        || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
}

/// How many of `words` (lowercase, in order) a time phrase opening them takes ("last
/// week", "but earlier this month", "two days later", "in 2015"): the longest run of
/// [`is_leading_filler`]s, then [`is_time_modifier`]s and [`is_time_noun`]s, that ends on
/// a time noun (or on "later"/"earlier" after one); 0 when none does, or when the
/// run goes on past its last time noun ("In a July 6 report": no phrase).
pub(crate) fn time_phrase_len<'w>(words: impl IntoIterator<Item = &'w str>) -> usize {
    let mut len = 0;
    let mut run = 0;
    let mut noun = false;
    let mut fillers = true;
    for (i, l) in words.into_iter().enumerate() {
        let ends = is_time_noun(l) || (noun && matches!(l, "later" | "earlier"));
        fillers &= is_leading_filler(l) && !ends;
        if !ends && !fillers && !is_time_modifier(l) {
            break;
        }
        noun |= is_time_noun(l);
        run = i + 1;
        if ends {
            len = i + 1;
        }
    }
    if run > len {
        0
    } else {
        len
    }
}

/// Nouns whose "that" opens what they hold, not a relative clause ("the fact that
/// Trump promised ...", "signs that Republicans want ..."); "means that" is the verb.
pub(crate) fn is_complement_noun(w: &str) -> bool {
    matches!(
        w,
        "fact"
            | "sign"
            | "signs"
            | "evidence"
            | "idea"
            | "news"
            | "possibility"
            | "notion"
            | "chance"
            | "hope"
            | "hopes"
            | "view"
            | "sense"
            | "means"
            | "assumption"
            | "impression"
            | "suggestion"
            | "indication"
    )
}

/// Nouns of what experience teaches ("history", "the record", "hindsight"): when they
/// "suggest" or "show" that something is so, the inference is the writer's, not a source's.
pub(crate) fn is_lesson_noun(w: &str) -> bool {
    matches!(
        w,
        "history"
            | "experience"
            | "past"
            | "precedent"
            | "logic"
            | "hindsight"
            | "record"
            | "arithmetic"
            | "math"
            | "maths"
    )
}

/// Weekday names, skipped in "Peskov on Tuesday said".
pub(crate) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Nouns for where something was said, skipped in "Smith in an interview said" and
/// "Smith in a written statement said"; the outlet's description of one is its own
/// ("said in a *racist* post").
pub(crate) fn is_channel_noun(w: &str) -> bool {
    matches!(
        w,
        "interview"
            | "statement"
            | "speech"
            | "letter"
            | "email"
            | "e-mail"
            | "tweet"
            | "post"
            | "memo"
            | "op-ed"
            | "call"
            | "rant"
            | "tirade"
            | "screed"
            | "remarks"
            | "video"
            | "tweets"
            | "posts"
            | "column"
            | "essay"
            | "podcast"
            | "fax"
            | "ruling"
            | "filing"
    )
}

/// Words for a share of people polled ("percent", "two-thirds", "majority"): a
/// phrase holding one before a reporting verb is a poll's anonymous respondents.
pub(crate) fn is_share_word(w: &str) -> bool {
    matches!(
        w,
        "percent"
            | "per"
            | "majority"
            | "minority"
            | "plurality"
            | "half"
            | "third"
            | "quarter"
            | "most"
            | "many"
            | "some"
            | "few"
            | "others"
    ) || w.ends_with("thirds")
        || w.ends_with("quarters")
        || w.ends_with("fourths")
        || w.ends_with("fifths")
}

/// Indefinite pronouns: capitalised at a sentence's start, never a speaker's name.
pub(crate) fn is_indefinite_pronoun(w: &str) -> bool {
    matches!(
        w,
        "everyone"
            | "everybody"
            | "someone"
            | "somebody"
            | "anyone"
            | "anybody"
            | "nobody"
            | "no-one"
            | "none"
            | "each"
            | "either"
            | "neither"
            | "both"
            | "all"
            | "another"
            | "one"
    )
}

/// Prepositions in the form of a participle ("according to", "including", "during"):
/// no act of the subject before them.
pub(crate) fn is_ing_preposition(w: &str) -> bool {
    matches!(
        w,
        "according"
            | "including"
            | "regarding"
            | "concerning"
            | "excluding"
            | "considering"
            | "pending"
            | "barring"
            | "notwithstanding"
            | "during"
            | "following"
            | "involving"
    )
}

/// Words that open an example or an addition rather than a name for the words
/// before them ("officials — including the mayor —", "leaders — and, above all,
/// Reid —"): what follows is one of a group, not the group's own name.
pub(crate) fn is_example_opener(w: &str) -> bool {
    matches!(
        w,
        "including"
            | "like"
            | "such"
            | "especially"
            | "notably"
            | "particularly"
            | "among"
            | "and"
            | "or"
            | "plus"
            | "even"
            | "not"
            | "mostly"
            | "many"
            | "most"
            | "some"
    )
}

/// Pronouns that stand as objects ("spoke to a reporter about it", "asked them"):
/// "it" also as a subject, read as an object when words of its clause come before it.
pub(crate) fn is_object_pronoun(w: &str) -> bool {
    matches!(w, "it" | "them" | "him" | "her" | "us" | "me")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before_head_passes_over_modifiers_and_stops_at_the_head() {
        for w in [
            "the", "their", "mayor's", "40", "two", "several", "nearly", "only", "than", "fewer",
        ] {
            assert!(before_head(w, false), "{w}");
        }
        // An adjective by its suffix, and any capitalised word, are modifiers too.
        assert!(before_head("presidential", false));
        assert!(before_head("county", true));
        for w in ["race", "lives", "patients", "said"] {
            assert!(!before_head(w, false), "{w}");
        }
    }
}
