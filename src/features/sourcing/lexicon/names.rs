//! Words that tell a person's grammatical gender, so that a "she" or a "he" is read as
//! someone it can refer to: pronouns, gendered titles ("Mrs.", "congresswoman") and
//! common first names. A name not listed tells nothing; names given to both (Jordan,
//! Kelly, Lindsey, Chris) are left out.
//!
//! Provenance: hand-written for slant from common English first names and the names
//! most often in English-language political news; matched on lowercased words.

/// The gender a pronoun, title or first name points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Female,
    Male,
}

/// The gender of a personal pronoun (lowercase): "she", "her" … or "he", "him" ….
pub(crate) fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        _ => None,
    }
}

/// The gender of a title or courtesy title (lowercase): "mrs", "congresswoman" …
pub(crate) fn title_gender(w: &str) -> Option<Gender> {
    match w {
        "mrs" | "ms" | "miss" | "madam" | "madame" | "lady" | "dame" | "queen" | "princess"
        | "duchess" | "congresswoman" | "councilwoman" | "chairwoman" | "spokeswoman"
        | "businesswoman" | "assemblywoman" | "alderwoman" | "sister" | "mother" => {
            Some(Gender::Female)
        }
        "mr" | "sir" | "lord" | "king" | "prince" | "duke" | "congressman" | "councilman"
        | "chairman" | "spokesman" | "businessman" | "assemblyman" | "alderman" | "brother"
        | "father" => Some(Gender::Male),
        _ => None,
    }
}

/// Particles inside a surname ("de Blasio", "van Hollen", "bin Salman"): a word before
/// one is no surname of its own.
pub(crate) fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "del"
            | "della"
            | "da"
            | "di"
            | "du"
            | "van"
            | "von"
            | "der"
            | "bin"
            | "ben"
            | "al"
            | "el"
            | "la"
            | "le"
            | "st"
    )
}

/// The gender of a common first name (lowercase), when it is given mostly to one:
/// one lookup in a map made once from the two lists (searching both sorted lists took
/// about 18 string comparisons a word, and every capitalised word is asked).
pub(crate) fn first_name_gender(w: &str) -> Option<Gender> {
    static BY_NAME: std::sync::OnceLock<crate::features::fx::FxMap<&'static str, Gender>> =
        std::sync::OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        let female = FEMALE_NAMES.iter().map(|&n| (n, Gender::Female));
        let male = MALE_NAMES.iter().map(|&n| (n, Gender::Male));
        female.chain(male).collect()
    });
    by_name.get(w).copied()
}

/// [`first_name_gender`] read plainly, by searching the sorted lists: the reference
/// its map is tested against.
#[cfg(test)]
fn first_name_gender_plain(w: &str) -> Option<Gender> {
    if FEMALE_NAMES.binary_search(&w).is_ok() {
        Some(Gender::Female)
    } else if MALE_NAMES.binary_search(&w).is_ok() {
        Some(Gender::Male)
    } else {
        None
    }
}

/// First names given mostly to women (sorted).
const FEMALE_NAMES: &[&str] = &[
    "abigail",
    "agnes",
    "alexandria",
    "alice",
    "alison",
    "amanda",
    "amy",
    "andrea",
    "angela",
    "ann",
    "anna",
    "anne",
    "annette",
    "ayanna",
    "barbara",
    "betsy",
    "betty",
    "beverly",
    "brenda",
    "candy",
    "carly",
    "carol",
    "caroline",
    "carolyn",
    "catherine",
    "cathy",
    "cecile",
    "chelsea",
    "cheryl",
    "christine",
    "cindy",
    "claire",
    "condoleezza",
    "cynthia",
    "debbie",
    "deborah",
    "debra",
    "denise",
    "diana",
    "diane",
    "dianne",
    "donna",
    "doris",
    "dorothy",
    "elaine",
    "eleanor",
    "elena",
    "elise",
    "elizabeth",
    "ellen",
    "emily",
    "emma",
    "gina",
    "gloria",
    "grace",
    "gretchen",
    "hannah",
    "harriet",
    "heather",
    "heidi",
    "helen",
    "hillary",
    "hope",
    "huma",
    "ilhan",
    "irina",
    "ivana",
    "ivanka",
    "jacinda",
    "jane",
    "janet",
    "janice",
    "jean",
    "jeanine",
    "jeanne",
    "jennifer",
    "jessica",
    "jill",
    "joan",
    "joanne",
    "jodi",
    "josephine",
    "joy",
    "joyce",
    "judith",
    "judy",
    "julia",
    "julie",
    "kamala",
    "karen",
    "kate",
    "katherine",
    "kathleen",
    "kathryn",
    "kathy",
    "katie",
    "katy",
    "kayleigh",
    "kellyanne",
    "kirsten",
    "kristen",
    "kristi",
    "kyrsten",
    "laura",
    "lauren",
    "linda",
    "lisa",
    "liz",
    "loretta",
    "lori",
    "lorraine",
    "louise",
    "lucy",
    "margaret",
    "maria",
    "marianne",
    "marie",
    "marilyn",
    "marine",
    "marjorie",
    "martha",
    "mary",
    "maxine",
    "megan",
    "megyn",
    "melania",
    "melinda",
    "melissa",
    "michele",
    "michelle",
    "mika",
    "miriam",
    "mitzi",
    "monica",
    "nancy",
    "natalie",
    "nicola",
    "nicole",
    "nikki",
    "nina",
    "olivia",
    "omarosa",
    "pamela",
    "patricia",
    "paula",
    "peggy",
    "priyanka",
    "rachel",
    "rashida",
    "rebecca",
    "rita",
    "rosa",
    "rose",
    "ruth",
    "sally",
    "samantha",
    "sandra",
    "sara",
    "sarah",
    "sharon",
    "sheila",
    "shirley",
    "sonia",
    "stacey",
    "stephanie",
    "susan",
    "susanne",
    "suzanne",
    "sylvia",
    "tammy",
    "teresa",
    "theresa",
    "tiffany",
    "tipper",
    "tulsi",
    "ursula",
    "valerie",
    "victoria",
    "virginia",
    "wendy",
    "yvonne",
];

/// First names given mostly to men (sorted).
const MALE_NAMES: &[&str] = &[
    "aaron",
    "adam",
    "al",
    "alan",
    "albert",
    "alexander",
    "ali",
    "andrew",
    "anthony",
    "antony",
    "arthur",
    "barack",
    "barron",
    "bashir",
    "beau",
    "ben",
    "benjamin",
    "bernie",
    "beto",
    "bill",
    "bob",
    "boris",
    "brad",
    "brett",
    "brian",
    "bruce",
    "carl",
    "charles",
    "chuck",
    "clarence",
    "corey",
    "cory",
    "craig",
    "dan",
    "daniel",
    "david",
    "dennis",
    "devin",
    "dick",
    "dmitry",
    "don",
    "donald",
    "doug",
    "douglas",
    "edward",
    "elijah",
    "emmanuel",
    "eric",
    "evan",
    "frank",
    "gary",
    "george",
    "gerald",
    "gordon",
    "greg",
    "gregory",
    "hakeem",
    "harold",
    "harry",
    "hassan",
    "henry",
    "hunter",
    "ian",
    "jack",
    "jacob",
    "jake",
    "james",
    "jared",
    "jason",
    "jeb",
    "jeff",
    "jeffrey",
    "jeremy",
    "jerry",
    "jesse",
    "jim",
    "jimmy",
    "joe",
    "john",
    "jon",
    "jonathan",
    "joseph",
    "joshua",
    "juan",
    "justin",
    "karl",
    "keir",
    "keith",
    "kellen",
    "kenneth",
    "kevin",
    "larry",
    "lawrence",
    "louis",
    "luis",
    "malcolm",
    "marco",
    "mark",
    "martin",
    "matt",
    "matthew",
    "michael",
    "mike",
    "mitch",
    "mitchell",
    "mitt",
    "mohammed",
    "muhammad",
    "nathan",
    "neil",
    "newt",
    "nicholas",
    "olaf",
    "orrin",
    "patrick",
    "paul",
    "pete",
    "peter",
    "philip",
    "ralph",
    "rand",
    "raymond",
    "recep",
    "reince",
    "rex",
    "richard",
    "rick",
    "robert",
    "rod",
    "roger",
    "ron",
    "ronald",
    "roy",
    "rudy",
    "rush",
    "russell",
    "ryan",
    "scott",
    "sean",
    "sergei",
    "sergey",
    "sheldon",
    "stephen",
    "steve",
    "steven",
    "stuart",
    "ted",
    "thomas",
    "tim",
    "timothy",
    "todd",
    "tom",
    "tony",
    "vladimir",
    "walter",
    "wayne",
    "whit",
    "william",
    "xi",
    "zachary",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_lists_are_sorted_lowercase_and_apart() {
        for list in [FEMALE_NAMES, MALE_NAMES] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "not sorted");
            assert!(list
                .iter()
                .all(|w| w.chars().all(|c| c.is_ascii_lowercase())));
        }
        assert!(FEMALE_NAMES
            .iter()
            .all(|w| MALE_NAMES.binary_search(w).is_err()));
    }

    #[test]
    fn the_name_map_reads_as_the_sorted_lists() {
        let mut words: Vec<String> = Vec::new();
        for n in FEMALE_NAMES.iter().chain(MALE_NAMES) {
            words.extend([n.to_string(), format!("{n}s"), n[1..].to_string()]);
            words.push(n.to_uppercase());
        }
        words.extend(["", "jordan", "kelly", "senator", "zzz"].map(String::from));
        for w in &words {
            assert_eq!(first_name_gender(w), first_name_gender_plain(w), "{w:?}");
        }
    }

    #[test]
    fn pronouns_titles_and_names_tell_a_gender() {
        assert_eq!(pronoun_gender("she"), Some(Gender::Female));
        assert_eq!(pronoun_gender("he"), Some(Gender::Male));
        assert_eq!(pronoun_gender("they"), None);
        assert_eq!(title_gender("mrs"), Some(Gender::Female));
        assert_eq!(title_gender("mr"), Some(Gender::Male));
        assert_eq!(title_gender("senator"), None);
        assert_eq!(first_name_gender("dianne"), Some(Gender::Female));
        assert_eq!(first_name_gender("karl"), Some(Gender::Male));
        assert_eq!(first_name_gender("jordan"), None);
    }
}
