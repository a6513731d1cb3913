//! Word lists the attribution finder reads: reporting verbs, titles, anonymous
//! sources, organisations, and the affiliation → group table.
//!
//! Hand-written for slant from common English news usage (wire-service
//! attribution style); every list is matched on lowercased surface words.

use crate::features::fx::FxMap;
use std::sync::OnceLock;

/// Finite reporting verbs that introduce speech or a claim ("said", "warned").
pub(crate) fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "warned"
            | "warns"
            | "claimed"
            | "claims"
            | "accused"
            | "accuses"
            | "condemned"
            | "condemns"
            | "insisted"
            | "insists"
            | "argued"
            | "argues"
            | "stated"
            | "noted"
            | "explained"
            | "explains"
            | "emphasized"
            | "emphasizes"
            | "emphasised"
            | "emphasises"
            | "stressed"
            | "stresses"
            | "suggested"
            | "suggests"
            | "announced"
            | "announces"
            | "denied"
            | "denies"
            | "asserted"
            | "asserts"
            | "acknowledged"
            | "acknowledges"
            | "admitted"
            | "admits"
            | "confirmed"
            | "confirms"
            | "declared"
            | "declares"
            | "wrote"
            | "writes"
            | "tweeted"
            | "replied"
            | "responded"
            | "commented"
            | "remarked"
            | "predicted"
            | "alleged"
            | "alleges"
            | "maintained"
            | "maintains"
            | "contended"
            | "contends"
            | "reiterated"
            | "reiterates"
            | "recalled"
            | "revealed"
            | "disclosed"
            | "asked"
            | "urged"
            | "urges"
            | "criticized"
            | "criticised"
            | "testified"
            | "conceded"
            | "concedes"
            | "vowed"
            | "vows"
            | "complained"
            | "countered"
            | "argue"
            | "warn"
            | "claim"
            | "insist"
            | "contend"
            | "allege"
            | "maintain"
            | "suggest"
            | "deny"
            | "predict"
            | "accuse"
            | "complain"
    )
}

/// Verbs that attach a quoted label to its author ("Democrats called it “a dark day”").
pub(crate) fn is_naming_verb(w: &str) -> bool {
    matches!(
        w,
        "called" | "calls" | "dubbed" | "described" | "labeled" | "labelled" | "termed" | "branded"
    )
}

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

/// Participles that, after a form of "be" and with no "by" agent, make an unattributed claim.
pub(crate) fn is_passive_claim_participle(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "reported"
            | "alleged"
            | "claimed"
            | "believed"
            | "thought"
            | "rumored"
            | "rumoured"
            | "understood"
            | "suspected"
    )
}

/// Forms of "be" that mark a passive ("is said to", "was alleged").
pub(crate) fn is_be(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "it's" | "it’s"
    )
}

/// Adverbs that flag a claim nobody is named for.
pub(crate) fn is_hedge_adverb(w: &str) -> bool {
    matches!(
        w,
        "reportedly" | "allegedly" | "purportedly" | "supposedly" | "reputedly"
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

/// Words dropped from the front of a subject ("The", "But", "Meanwhile").
pub(crate) fn is_leading_filler(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "but"
            | "and"
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

/// Singular personal pronouns resolved to the last person mentioned.
pub(crate) fn is_person_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she")
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

/// Titles and job words that precede or describe a name ("Foreign Minister", "spokesman").
pub(crate) fn is_title_word(w: &str) -> bool {
    matches!(
        w,
        "minister"
            | "president"
            | "secretary"
            | "senator"
            | "sen"
            | "rep"
            | "representative"
            | "governor"
            | "gov"
            | "mayor"
            | "chancellor"
            | "premier"
            | "prime"
            | "foreign"
            | "defense"
            | "defence"
            | "interior"
            | "finance"
            | "economy"
            | "justice"
            | "deputy"
            | "vice"
            | "chief"
            | "general"
            | "gen"
            | "director"
            | "ambassador"
            | "speaker"
            | "leader"
            | "judge"
            | "attorney"
            | "commissioner"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "pope"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "sheikh"
            | "dr"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "professor"
            | "prof"
            | "rev"
            | "lt"
            | "col"
            | "capt"
            | "sgt"
            | "adm"
            | "sir"
            | "lord"
            | "lady"
            | "dame"
            | "congressman"
            | "congresswoman"
            | "sheriff"
            | "officer"
            | "detective"
            | "inspector"
            | "captain"
            | "colonel"
            | "lieutenant"
            | "sergeant"
            | "commander"
            | "admiral"
            | "special"
            | "envoy"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "press"
            | "senior"
            | "former"
            | "acting"
            | "interim"
            | "supreme"
            | "top"
            | "adviser"
            | "advisor"
            | "head"
            | "ceo"
            | "founder"
            | "candidate"
            | "nominee"
            | "lawmaker"
            | "legislator"
            | "councilman"
            | "councilwoman"
            | "councillor"
            | "correspondent"
            | "editor"
            | "columnist"
            | "economist"
            | "researcher"
            | "scientist"
            | "lawyer"
            | "counsel"
            | "prosecutor"
            | "presidential"
            | "national"
            | "security"
            | "state"
            | "executive"
            | "manager"
            | "activist"
            | "majority"
            | "minority"
            | "whip"
            | "ex"
    )
}

/// Job words that, with "the" and no name, can point back at a person named earlier.
pub(crate) fn is_role_noun(w: &str) -> bool {
    matches!(
        w,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "minister"
            | "president"
            | "secretary"
            | "senator"
            | "governor"
            | "mayor"
            | "chancellor"
            | "premier"
            | "envoy"
            | "ambassador"
            | "director"
            | "chairman"
            | "chairwoman"
            | "leader"
            | "judge"
            | "commissioner"
            | "adviser"
            | "advisor"
            | "prosecutor"
            | "lawyer"
            | "sheriff"
            | "ceo"
            | "congressman"
            | "congresswoman"
            | "lawmaker"
    )
}

/// Nouns for sources left unnamed ("officials", "sources", "a senior official").
pub(crate) fn is_anonymous_noun(w: &str) -> bool {
    matches!(
        w,
        "official"
            | "officials"
            | "source"
            | "sources"
            | "people"
            | "person"
            | "persons"
            | "aide"
            | "aides"
            | "diplomat"
            | "diplomats"
            | "insider"
            | "insiders"
            | "analyst"
            | "analysts"
            | "expert"
            | "experts"
            | "observer"
            | "observers"
            | "critic"
            | "critics"
            | "witness"
            | "witnesses"
            | "resident"
            | "residents"
            | "someone"
            | "somebody"
            | "some"
            | "many"
            | "others"
            | "authorities"
            | "reports"
            | "commentators"
            | "supporters"
            | "opponents"
            | "lawmakers"
            | "members"
            | "employees"
            | "staffers"
            | "officers"
            | "investigators"
            | "individuals"
            | "spokesmen"
            | "spokespeople"
            | "activists"
            | "scientists"
            | "economists"
            | "researchers"
    )
}

/// Phrases (lowercase) that mark a source as deliberately unnamed.
pub(crate) const ANONYMITY_CUES: &[&str] = &[
    "anonymity",
    "anonymously",
    "not authorized",
    "not authorised",
    "be named",
    "be identified",
    "familiar with",
    "close to the",
    "knowledge of",
    "privately",
];

/// Lowercase nouns naming an institution that can speak ("the ministry said").
pub(crate) fn is_institution_noun(w: &str) -> bool {
    matches!(
        w,
        "ministry"
            | "government"
            | "police"
            | "department"
            | "agency"
            | "company"
            | "military"
            | "army"
            | "navy"
            | "court"
            | "administration"
            | "embassy"
            | "office"
            | "campaign"
            | "party"
            | "committee"
            | "council"
            | "commission"
            | "cabinet"
            | "kremlin"
            | "pentagon"
            | "parliament"
            | "congress"
            | "senate"
            | "union"
            | "organization"
            | "organisation"
            | "spokesperson's"
            | "foundation"
            | "institute"
            | "group"
            | "firm"
            | "bank"
            | "board"
            | "regulator"
            | "house"
            | "department's"
            | "states"
            | "nations"
            | "federation"
            | "republic"
            | "kingdom"
            | "service"
            | "forces"
            | "guard"
            | "alliance"
            | "bureau"
            | "university"
            | "association"
            | "corporation"
            | "network"
    )
}

/// Capitalised words that belong to organisations or places rather than person names.
pub(crate) fn is_org_or_place_word(w: &str) -> bool {
    is_institution_noun(w)
        || matches!(
            w,
            "times"
                | "post"
                | "news"
                | "journal"
                | "street"
                | "square"
                | "hall"
                | "road"
                | "avenue"
                | "city"
                | "county"
                | "island"
                | "islands"
                | "sea"
                | "ocean"
                | "river"
                | "gulf"
                | "strait"
                | "coast"
                | "valley"
                | "hill"
                | "bridge"
                | "airport"
                | "station"
                | "school"
                | "college"
                | "hospital"
                | "church"
                | "center"
                | "centre"
                | "summit"
                | "conference"
                | "treaty"
                | "agreement"
                | "act"
                | "war"
                | "day"
                | "week"
                | "fund"
                | "media"
                | "magazine"
                | "club"
                | "league"
                | "team"
                | "east"
                | "west"
                | "north"
                | "south"
                | "middle"
                | "new"
                | "san"
                | "santa"
                | "los"
                | "las"
                | "hong"
                | "saudi"
                | "st"
                | "fort"
                | "mount"
                | "lake"
                | "cape"
                | "port"
                | "white"
                | "capitol"
                | "wall"
                | "downing"
                | "nato"
                | "eu"
                | "un"
                | "europe"
                | "africa"
                | "asia"
                | "america"
                | "ukraine"
                | "russia"
                | "china"
                | "israel"
                | "iran"
                | "gaza"
                | "france"
                | "germany"
                | "britain"
                | "england"
                | "india"
                | "japan"
                | "korea"
                | "syria"
                | "turkey"
                | "poland"
                | "canada"
                | "mexico"
                | "kiev"
                | "kyiv"
                | "moscow"
                | "washington"
                | "london"
                | "paris"
                | "berlin"
                | "beijing"
                | "brussels"
                | "tehran"
                | "jerusalem"
                | "petersburg"
                | "reuters"
                | "cnn"
                | "bbc"
                | "fox"
                | "god"
        )
}

/// Nationality and regional adjectives; they describe a speaker, never name one.
pub(crate) fn is_demonym(w: &str) -> bool {
    matches!(
        w,
        "russian"
            | "american"
            | "ukrainian"
            | "european"
            | "western"
            | "eastern"
            | "northern"
            | "southern"
            | "british"
            | "french"
            | "german"
            | "chinese"
            | "israeli"
            | "palestinian"
            | "iranian"
            | "syrian"
            | "turkish"
            | "polish"
            | "italian"
            | "spanish"
            | "japanese"
            | "korean"
            | "indian"
            | "pakistani"
            | "afghan"
            | "iraqi"
            | "saudi"
            | "egyptian"
            | "canadian"
            | "mexican"
            | "brazilian"
            | "australian"
            | "soviet"
            | "arab"
            | "african"
            | "asian"
            | "democratic"
            | "republican"
            | "democrat"
            | "conservative"
            | "liberal"
            | "labour"
            | "federal"
            | "congressional"
            | "royal"
            | "catholic"
            | "muslim"
            | "jewish"
            | "christian"
    )
}

/// Month and weekday names (capitalised but never names of speakers).
pub(crate) fn is_calendar_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// Weekday names, skipped in "Peskov on Tuesday said".
pub(crate) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Nouns for documents that can be quoted ("the report said").
pub(crate) fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "report"
            | "statement"
            | "study"
            | "survey"
            | "document"
            | "filing"
            | "memo"
            | "letter"
            | "complaint"
            | "lawsuit"
            | "indictment"
            | "ruling"
            | "poll"
            | "analysis"
            | "assessment"
            | "communique"
            | "communiqué"
    )
}

/// Affiliation keyword (lowercase, periods removed; one or two words) → group.
///
/// The earliest keyword in an affiliation decides its group, so
/// "U.S. ambassador to Russia" is United States.
pub(crate) const GROUPS: &[(&str, &str)] = &[
    ("kremlin", "Russia"),
    ("russian", "Russia"),
    ("russia", "Russia"),
    ("russia's", "Russia"),
    ("moscow", "Russia"),
    ("white house", "United States"),
    ("us", "United States"),
    ("usa", "United States"),
    ("united states", "United States"),
    ("american", "United States"),
    ("pentagon", "United States"),
    ("state department", "United States"),
    ("washington", "United States"),
    ("eu", "European Union"),
    ("european union", "European Union"),
    ("european commission", "European Union"),
    ("european parliament", "European Union"),
    ("brussels", "European Union"),
    ("ukrainian", "Ukraine"),
    ("ukraine", "Ukraine"),
    ("ukraine's", "Ukraine"),
    ("kyiv", "Ukraine"),
    ("kiev", "Ukraine"),
    ("democrat", "Democrats"),
    ("democrats", "Democrats"),
    ("democratic", "Democrats"),
    ("republican", "Republicans"),
    ("republicans", "Republicans"),
    ("gop", "Republicans"),
    ("police", "Police"),
    ("sheriff", "Police"),
    ("nato", "NATO"),
    ("un", "United Nations"),
    ("united nations", "United Nations"),
    ("uk", "United Kingdom"),
    ("british", "United Kingdom"),
    ("britain", "United Kingdom"),
    ("downing street", "United Kingdom"),
    ("london", "United Kingdom"),
    ("french", "France"),
    ("france", "France"),
    ("elysee", "France"),
    ("german", "Germany"),
    ("germany", "Germany"),
    ("berlin", "Germany"),
    ("chinese", "China"),
    ("china", "China"),
    ("beijing", "China"),
    ("israeli", "Israel"),
    ("israel", "Israel"),
    ("idf", "Israel"),
    ("palestinian", "Palestinians"),
    ("hamas", "Palestinians"),
    ("iranian", "Iran"),
    ("iran", "Iran"),
    ("tehran", "Iran"),
];

/// The group an affiliation text belongs to, by the earliest keyword in [`GROUPS`].
pub(crate) fn group_of(text: &str) -> Option<&'static str> {
    // US party labels after a name: "D-N.Y.", "R-Texas".
    for (i, _) in text.match_indices('-') {
        let before = &text[..i];
        let after = text[i + 1..].chars().next();
        let party = before.chars().next_back();
        let word_start = before
            .chars()
            .rev()
            .nth(1)
            .is_none_or(|c| !c.is_alphanumeric());
        if word_start && after.is_some_and(char::is_uppercase) {
            match party {
                Some('D') => return Some("Democrats"),
                Some('R') => return Some("Republicans"),
                _ => {}
            }
        }
    }
    let lowered: String = if text.is_ascii() {
        text.bytes()
            .filter(|&b| b != b'.')
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect()
    } else {
        text.chars()
            .filter(|c| *c != '.')
            .map(|c| if c == '’' { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect()
    };
    let keys = group_keys();
    let mut words = lowered
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(w) = words.next() {
        if let Some(&n) = words.peek() {
            if let Some(g) = keys.pairs.get(&(w, n)) {
                return Some(g);
            }
        }
        if let Some(g) = keys.words.get(w) {
            return Some(g);
        }
    }
    None
}

/// [`GROUPS`] as lookup tables, the first entry of a keyword winning.
struct GroupKeys {
    words: FxMap<&'static str, &'static str>,
    pairs: FxMap<(&'static str, &'static str), &'static str>,
}

fn group_keys() -> &'static GroupKeys {
    static KEYS: OnceLock<GroupKeys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys = GroupKeys {
            words: FxMap::default(),
            pairs: FxMap::default(),
        };
        for &(k, g) in GROUPS {
            match k.split_once(' ') {
                Some(pair) => keys.pairs.entry(pair).or_insert(g),
                None => keys.words.entry(k).or_insert(g),
            };
        }
        keys
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_take_the_earliest_keyword() {
        assert_eq!(group_of("Kremlin spokesman"), Some("Russia"));
        assert_eq!(group_of("Russian Foreign Minister"), Some("Russia"));
        assert_eq!(group_of("U.S. ambassador to Russia"), Some("United States"));
        assert_eq!(group_of("White House special envoy"), Some("United States"));
        assert_eq!(group_of("a spokesman for the EU"), Some("European Union"));
        assert_eq!(group_of("Ukraine’s foreign minister"), Some("Ukraine"));
        assert_eq!(group_of("mayor of Springfield"), None);
        assert_eq!(
            group_of("Senate Majority Leader, D-N.Y."),
            Some("Democrats")
        );
        assert_eq!(group_of("R-Texas"), Some("Republicans"));
        assert_eq!(group_of("half-Fuhrer"), None);
    }
}
