//! Reporting words: verbs that introduce speech or a claim ("said", "warned"),
//! verbs that attach a quoted label to its author, and the hedges and passive
//! participles of claims nobody is named for ("reportedly", "is believed").
//!
//! Provenance: hand-written for slant from common English news usage
//! (wire-service attribution style, as in AP and Reuters copy); matched on
//! lowercased surface words.

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
            | "notes"
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
            | "proclaimed"
            | "proclaims"
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
            | "confided"
            | "confides"
            | "confessed"
            | "confesses"
            | "implied"
            | "implies"
            | "vowed"
            | "vows"
            | "complained"
            | "complains"
            | "whined"
            | "whines"
            // Complaints in words ("griped to reporters that ..."), as "complained" is.
            | "griped"
            | "gripes"
            | "bellyached"
            | "bellyaches"
            | "grumbled"
            | "grumbles"
            | "groused"
            | "grouses"
            | "carped"
            | "kvetched"
            | "whinged"
            | "countered"
            | "retorted"
            | "retorts"
            | "implored"
            | "implores"
            | "scolded"
            | "scolds"
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
            | "reported"
            | "reports"
            | "pointed"
            | "praised"
            | "promised"
            | "pledged"
            | "concluded"
            | "estimated"
            | "cited"
            | "cites"
            | "blamed"
            | "blames"
            | "charged"
            | "charges"
            | "questioned"
            | "cautioned"
            | "joked"
            | "boasted"
            | "bragged"
            | "quipped"
            | "lamented"
            | "touted"
            | "mused"
            // Opinions and theories put forward in words ("posited that ...").
            | "posited"
            | "posits"
            | "opined"
            | "opines"
            | "observed"
            | "observes"
            | "speculated"
            | "recounted"
            | "objected"
            | "tweets"
            | "posted"
            | "emailed"
            | "texted"
            | "demanded"
            | "demands"
            | "called"
            | "calls"
            | "slammed"
            | "blasted"
            // Verbs of attack in words, as "slammed" is ("lambasted the governor for
            // the delay"); not those with a common literal sense ("hammered", "ripped",
            // "trashed", "knocked").
            | "lambasted"
            | "lambasts"
            | "excoriated"
            | "excoriates"
            | "berated"
            | "berates"
            | "rebuked"
            | "rebukes"
            | "castigated"
            | "castigates"
            | "pilloried"
            | "pillories"
            | "mocked"
            | "ridiculed"
            | "shouted"
            | "yelled"
            | "exclaimed"
            | "screamed"
            | "chanted"
    )
}

/// Verbs of saying or believing that report a clause without "that" ("critics say the
/// plan is reckless", "the mayor has stated the budget is reckless"), as both the
/// attribution finder and the loaded-language voice walk read them; not those that are
/// nouns too ("claims", "states", "notes") nor verbs of announcing, whose noun object is
/// an act reported ("announced the plan"). The past forms here are adjectives too ("the
/// stated goal", "his admitted affair"): a reader takes them as verbs only after a
/// subject that is no determiner or possessive.
pub(crate) fn reports_bare_clause(w: &str) -> bool {
    reports_clause_only(w)
        || matches!(
            w,
            "told"
                | "maintain"
                | "maintains"
                | "maintained"
                | "warn"
                | "warns"
                | "warned"
                | "wrote"
                | "writes"
                | "tweeted"
                | "predicted"
                | "suggest"
                | "suggests"
                | "suggested"
                | "added"
                | "adds"
                // Speech verbs that take a clause as readily as "said" does.
                | "stated"
                | "stressed"
                | "stresses"
                | "noted"
                | "acknowledged"
                | "acknowledges"
                | "admitted"
                | "admits"
                | "conceded"
                | "concedes"
                | "declared"
                | "declares"
                | "proclaimed"
                | "proclaims"
                | "asserted"
                | "asserts"
                | "explained"
                | "explains"
                | "emphasized"
                | "emphasizes"
                | "emphasised"
                | "emphasises"
                | "complained"
                | "complains"
                | "claimed"
                | "boasted"
                | "bragged"
                | "lamented"
                | "reiterated"
                | "reiterates"
                | "countered"
                | "cautioned"
                | "recalled"
                | "remarked"
                | "replied"
                | "retorted"
        )
}

/// The [`reports_bare_clause`] verbs that take no noun object before the clause they
/// report, so that a finite verb after their next words makes those words its subject
/// ("critics say the *reckless* plan will fail"; not "told the *corrupt* officials they
/// would").
pub(crate) fn reports_clause_only(w: &str) -> bool {
    matches!(
        w,
        "say"
            | "says"
            | "said"
            | "believe"
            | "believes"
            | "believed"
            | "think"
            | "thinks"
            | "thought"
            | "fear"
            | "fears"
            | "feared"
            | "worry"
            | "worries"
            | "worried"
            | "insist"
            | "insists"
            | "insisted"
            | "argue"
            | "argues"
            | "argued"
            | "alleges"
            | "allege"
            | "contend"
            | "contends"
            | "contended"
    )
}

/// Speech and belief participles that, after "be" or a verb of continuing, report the
/// clause right after them ("critics are saying the plan is *reckless*").
pub(crate) fn is_clause_participle(w: &str) -> bool {
    matches!(
        w,
        "saying"
            | "arguing"
            | "insisting"
            | "claiming"
            | "contending"
            | "maintaining"
            | "suggesting"
            | "predicting"
            | "complaining"
            | "thinking"
            | "believing"
            | "writing"
            | "tweeting"
    )
}

/// Verbs of belief, wish and intention: they report what someone thinks or wants
/// rather than what they said ("Trump believes", "the campaign wants").
pub(crate) fn is_belief_verb(w: &str) -> bool {
    matches!(
        w,
        "believes"
            | "believe"
            | "believed"
            | "thinks"
            | "think"
            | "thought"
            | "wants"
            | "want"
            | "wanted"
            | "hopes"
            | "hope"
            | "hoped"
            | "expects"
            | "expect"
            | "fears"
            | "fear"
            | "feared"
            | "feels"
            | "felt"
            | "worries"
            | "worried"
            | "doubts"
            | "doubted"
            | "knows"
            | "knew"
            | "wonders"
            | "wondered"
            | "intends"
            | "intended"
            | "plans"
            | "wishes"
            | "suspects"
            | "suspected"
    )
}

/// A form of a verb of belief, wish or intention that [`is_belief_verb`] does
/// not list, told by its third-person form there: the plural present ("worry" of
/// "worries", "intend" of "intends") or the participle ("hoping" of "hopes",
/// "planning" of "plans", "worrying" of "worries").
pub(crate) fn is_belief_form(w: &str) -> bool {
    let participle = w.strip_suffix("ing").filter(|s| s.len() >= 2);
    let stem = participle.unwrap_or(w);
    let mut form = String::with_capacity(stem.len() + 3);
    let mut reports = |s: &str, end: &str| {
        form.clear();
        form.push_str(s);
        form.push_str(end);
        is_belief_verb(&form)
    };
    let b = stem.as_bytes();
    let doubled = participle.is_some()
        && b.len() >= 2
        && b[b.len() - 1].is_ascii_alphabetic()
        && b[b.len() - 1] == b[b.len() - 2];
    // "wanting" (wants), "hoping" (hopes: the "e" dropped), "worry" (worries),
    // "planning" (plans: the consonant doubled).
    reports(stem, "s")
        || reports(stem, "es")
        || (stem.ends_with('y') && reports(&stem[..stem.len() - 1], "ies"))
        || (doubled && reports(&stem[..stem.len() - 1], "s"))
}

/// Verbs of stance, every form: backing or opposing a person or a plan ("supports",
/// "backed", "endorsing", "opposed", "favor"). They report even inside a comma-set
/// relative clause ("Ruiz, who has endorsed the plan, ..."), where other learned cues
/// describe their subject, and after the noun they qualify ("a super PAC backing X").
pub(crate) fn is_stance_verb(w: &str) -> bool {
    let stem = w
        .strip_suffix("ing")
        .or_else(|| w.strip_suffix("ed"))
        .or_else(|| w.strip_suffix('s'))
        .unwrap_or(w);
    matches!(
        stem,
        "support" | "back" | "endors" | "endorse" | "oppos" | "oppose" | "favor" | "favour"
    )
}

/// Verbs by which documents, polls and studies report ("the poll shows", "the study found").
pub(crate) fn is_shows_verb(w: &str) -> bool {
    matches!(
        w,
        "shows" | "show" | "showed" | "found" | "finds" | "indicates" | "indicated" | "concludes"
    )
}

/// A verb of saying whose object is its listener ("told his aides", "asked her
/// staff", "urged their supporters"): the words after it name who heard, not who spoke.
pub(crate) fn is_listener_verb(w: &str) -> bool {
    matches!(
        w,
        "told"
            | "tells"
            | "telling"
            | "asked"
            | "asks"
            | "urged"
            | "urges"
            | "warned"
            | "reminded"
            | "assured"
            | "informed"
    )
}

/// Participles that report speech after a comma (", saying ...", ", accusing him of ...").
pub(crate) fn is_speech_participle(w: &str) -> bool {
    matches!(
        w,
        "saying"
            | "adding"
            | "arguing"
            | "noting"
            | "writing"
            | "tweeting"
            | "telling"
            | "insisting"
            | "claiming"
            | "warning"
            | "accusing"
            | "asking"
            | "explaining"
            | "suggesting"
            | "calling"
            | "declaring"
            | "proclaiming"
            | "stating"
            | "stressing"
            | "urging"
            | "contending"
            | "predicting"
            | "complaining"
            | "griping"
            | "grumbling"
            | "grousing"
            | "bellyaching"
            | "charging"
            | "describing"
            | "asserting"
            | "acknowledging"
            | "admitting"
            | "vowing"
            | "promising"
            | "citing"
            | "recalling"
            | "questioning"
            | "blaming"
            | "praising"
            | "joking"
            | "quipping"
            | "retorting"
            | "imploring"
            | "scolding"
            | "lambasting"
            | "excoriating"
            | "berating"
            | "rebuking"
            | "castigating"
            | "condemning"
            | "decrying"
            | "deriding"
    ) || is_cry_participle(w)
}

/// Participles of crying out (", shouting “Close the mine!”", "by interjecting, “...”"):
/// speech only before a quotation or "that"; elsewhere a noise ("shouting at him").
pub(crate) fn is_cry_participle(w: &str) -> bool {
    matches!(
        w,
        "shouting" | "chanting" | "yelling" | "screaming" | "exclaiming" | "interjecting"
    )
}

/// Verbs of action that head a cue in annotated news now and then, when what the
/// actor did came with words ("fired back that ...", "attacked the plan as “a
/// sham”"), but mostly tell a deed: "Trump fired Comey", "the House passed the
/// bill", "Police fired pepper spray". Every form, read from the stem. A vote is
/// not one of them: "voted for the levy", like "backed the levy", is the voter's
/// stance. They report only what they introduce as said (see
/// [`act_phrase_reports`] and [`act_object_reports`]; the finder reads "that", a
/// colon and a quotation).
pub(crate) fn is_act_verb(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "adopt",
        "appoint",
        "approve",
        "attack",
        "block",
        "cover",
        "file",
        "fire",
        "hire",
        "introduce",
        "launch",
        "name",
        "nominate",
        "open",
        "pass",
        "shoot",
        "sign",
        "watch",
    ];
    let stem = |s: &str| STEMS.contains(&s);
    // "shot", the past of "shoot", is the one irregular form.
    w == "shot"
        || stem(w)
        || w.strip_suffix('s').is_some_and(stem)
        || w.strip_suffix("es").is_some_and(stem)
        || w.strip_suffix('d').is_some_and(stem)
        || w.strip_suffix("ed").is_some_and(stem)
        || w.strip_suffix("ing").is_some_and(|s| {
            // "firing", "voting": the stem's "e" dropped before "-ing".
            stem(s) || STEMS.iter().any(|t| t.strip_suffix('e') == Some(s))
        })
}

/// True when `next` is the particle that makes act verb `verb` ([`is_act_verb`]) a
/// verb of saying, part of its phrase: "fired back", "shot back" (a retort).
pub(crate) fn is_act_speech_particle(verb: &str, next: &str) -> bool {
    next == "back"
        && matches!(
            verb,
            "fired" | "fires" | "fire" | "firing" | "shot" | "shoots" | "shoot" | "shooting"
        )
}

/// True when act verb `verb` ([`is_act_verb`]) with the word right after it, which
/// opens what it reports, tells a view: "approved of" (a stance, not an approval given).
pub(crate) fn act_phrase_reports(verb: &str, next: &str) -> bool {
    next == "of" && matches!(verb, "approved" | "approves" | "approve" | "approving")
}

/// True when act verb `verb` ([`is_act_verb`]) done by a person is mostly done in
/// words: a politician "attacked" a rival or a plan in speech, a state, an army or a
/// crowd with arms ("Russia attacked the town", "protesters attacked the consulate").
pub(crate) fn act_by_person_reports(verb: &str) -> bool {
    matches!(verb, "attacked" | "attacks" | "attack" | "attacking")
}

/// True when `word`, in the phrase of act verb `verb` after its object, makes the
/// act a verbal one: "attacked the plan as a sham", "attacked Ruiz for the delay"
/// (a tank or a village is attacked with no "as" or "for").
pub(crate) fn act_object_reports(verb: &str, word: &str) -> bool {
    matches!(word, "as" | "for") && matches!(verb, "attacked" | "attacks" | "attack" | "attacking")
}

/// True when verb `verb`, before the words `after` it in its clause (lowercase), tells
/// keeping, adding, casting votes, seeing the light or a plan that is no intention rather
/// than words or a stance: "maintained a lead", "maintains close ties" (not "maintained his
/// innocence"), "added up to", "added to the confusion", "cast their ballots" (not
/// "cast their votes for Cruz" or "against him": a vote for or against someone is the
/// voter's stance), "many plans rose" (a plan is an intention only with "to" or "on":
/// "plans to run").
pub(crate) fn reports_nothing_after<'a>(
    verb: &str,
    mut after: impl Iterator<Item = &'a str>,
) -> bool {
    // The words are read only for the verbs below: most verbs never pull one.
    let mut two = || {
        let first = after.next().unwrap_or("");
        (first, after.next().unwrap_or(""))
    };
    match verb {
        "maintain" | "maintains" | "maintained" | "maintaining" => {
            let (first, second) = two();
            matches!(first, "a" | "an" | "close" | "ties" | "contact" | "control")
                || (matches!(first, "his" | "her" | "their" | "its" | "our")
                    && !is_held_view(second))
        }
        "add" | "adds" | "added" | "adding" => {
            let (first, second) = two();
            first == "up" || (first == "to" && super::grammar::is_noun_marker(second))
        }
        "plan" | "plans" | "planned" | "planning" => !matches!(after.next(), Some("to" | "on")),
        // "finally sees the light", "saw the light of day": a change of heart or a
        // thing coming out, no view held ("sees the plan as a mistake" is one).
        "see" | "sees" | "saw" | "seen" | "seeing" => two() == ("the", "light"),
        // "did not respond to a request for comment", "to attempts to reach him": no
        // answer, nothing said. "responded by firing the director", "responded to the
        // flood by building levees": an answer in deeds (not "by saying that").
        "respond" | "responds" | "responded" | "responding" => {
            let mut to = false;
            let mut prev = "";
            // A deed after "by" ("by firing"), answered when the word after it is read:
            // "by announcing that ..." is words said.
            let mut deed = false;
            for (i, w) in after.take(11).enumerate() {
                if deed {
                    return w != "that";
                }
                if i == 0 {
                    to = w == "to";
                } else if to && i <= 4 && is_request_noun(w) {
                    return true;
                }
                deed = prev == "by"
                    && w.len() > 4
                    && w.ends_with("ing")
                    && !is_speech_participle(w)
                    && !is_speech_form(w);
                prev = w;
            }
            deed
        }
        "cast" | "casts" | "casting" => {
            let mut vote = false;
            for (i, w) in after.take(8).enumerate() {
                if matches!(w, "for" | "against") {
                    return false;
                }
                vote |= i < 4 && matches!(w, "vote" | "votes" | "ballot" | "ballots");
            }
            vote
        }
        _ => false,
    }
}

/// Nouns of a request put to someone or an attempt to reach them ("a request for
/// comment", "repeated messages", "attempts to reach him").
fn is_request_noun(w: &str) -> bool {
    matches!(
        w,
        "request"
            | "requests"
            | "inquiry"
            | "inquiries"
            | "attempt"
            | "attempts"
            | "message"
            | "messages"
            | "email"
            | "emails"
            | "e-mail"
            | "e-mails"
            | "query"
            | "queries"
            | "voicemail"
            | "voicemails"
    )
}

/// Nouns of a view someone keeps up ("maintained his innocence", "their opposition"):
/// after "maintained" and a possessive they report the holder's stance.
fn is_held_view(w: &str) -> bool {
    matches!(
        w,
        "innocence"
            | "position"
            | "positions"
            | "stance"
            | "view"
            | "views"
            | "opposition"
            | "support"
            | "silence"
            | "belief"
            | "beliefs"
            | "claim"
            | "claims"
            | "denial"
            | "denials"
            | "account"
            | "objection"
            | "objections"
            | "version"
    )
}

/// A reporting word that the word after it makes the first half of a noun ("a
/// Washington think tank", "the think tank's study", "state parties"): no verb there.
pub(crate) fn is_noun_after(word: &str, next: &str) -> bool {
    let next = next
        .strip_suffix("'s")
        .or_else(|| next.strip_suffix("’s"))
        .unwrap_or(next)
        .trim_end_matches(['\'', '’']);
    (matches!(word, "think" | "thinks") && matches!(next, "tank" | "tanks"))
        // "most state parties", "won the most state contests": a state's, no verb.
        || (word == "state" && is_state_noun(next))
}

/// Nouns "state" modifies ("state parties", "state law"): after them "state" is no
/// verb ("officials state that ..." keeps one).
fn is_state_noun(w: &str) -> bool {
    matches!(
        w,
        "party"
            | "parties"
            | "contest"
            | "contests"
            | "law"
            | "laws"
            | "lawmakers"
            | "legislators"
            | "legislature"
            | "legislatures"
            | "officials"
            | "official"
            | "senator"
            | "senators"
            | "senate"
            | "house"
            | "government"
            | "governments"
            | "department"
            | "departments"
            | "agency"
            | "agencies"
            | "media"
            | "election"
            | "elections"
            | "primary"
            | "primaries"
            | "delegates"
            | "delegation"
            | "delegations"
            | "leaders"
            | "court"
            | "courts"
            | "level"
            | "budget"
            | "budgets"
            | "rules"
            | "voters"
            | "police"
            | "attorney"
            | "attorneys"
            | "capitals"
            | "lines"
            | "funding"
            | "taxes"
            | "tax"
            | "workers"
            | "employees"
            | "prisons"
            | "schools"
            | "representatives"
            | "regulators"
            | "authorities"
            | "records"
            | "conventions"
            | "polls"
    )
}

/// A learned cue that the particle after it makes a verb of examining ("has been
/// looking into the law", "looked at the options"): it tells what its subject
/// studies, not what it says or wants ("looking to run", "looking for a deal" do).
pub(crate) fn is_examining_phrase(word: &str, next: &str) -> bool {
    matches!(word, "looking" | "look" | "looks" | "looked")
        && matches!(
            next,
            "into" | "at" | "over" | "through" | "around" | "after" | "up" | "back"
        )
}

/// A reporting word that the word before it makes a noun ("taking notes", "sticky
/// notes", "the notes", "all the right conservative notes"): no verb there.
pub(crate) fn is_noun_before(before: &str, word: &str) -> bool {
    is_compound_of_stance(before, word)
        || (word == "notes"
            && (before.ends_with("ing")
                || super::grammar::is_noun_marker(before)
                || ["ive", "ous", "ful", "ical"]
                    .iter()
                    .any(|e| before.ends_with(e))
                || matches!(
                    before,
                    "take"
                        | "takes"
                        | "took"
                        | "sticky"
                        | "additional"
                        | "handwritten"
                        | "detailed"
                )))
}

/// A noun of stance made a thing of another kind by the noun before it: a claim for
/// money ("jobless claims", "insurance claims"), a call on the telephone ("phone
/// calls"), a plan one buys or draws ("health plans", "floor plans"), a vow of
/// marriage, a list kept ("watch lists"). Nobody holds a stance by it, and the word before it is no speaker.
pub(crate) fn is_compound_of_stance(before: &str, word: &str) -> bool {
    match word {
        "claims" | "claim" => matches!(
            before,
            "jobless"
                | "insurance"
                | "tax"
                | "unemployment"
                | "disability"
                | "benefit"
                | "benefits"
                | "injury"
                | "damage"
                | "warranty"
                | "patent"
                | "compensation"
                | "refund"
                | "expense"
                | "medicare"
                | "medicaid"
                | "welfare"
                | "pension"
                | "liability"
                | "property"
                | "land"
                | "territorial"
                | "accident"
                | "bankruptcy"
                | "copyright"
                | "asbestos"
        ),
        "calls" | "call" => matches!(
            before,
            "phone"
                | "telephone"
                | "robo"
                | "conference"
                | "emergency"
                | "911"
                | "sales"
                | "prank"
                | "video"
                | "dispatch"
                | "curtain"
                | "roll"
                | "judgment"
                | "judgement"
        ),
        "plans" | "plan" => matches!(
            before,
            "health"
                | "pension"
                | "retirement"
                | "insurance"
                | "dental"
                | "medical"
                | "savings"
                | "payment"
                | "floor"
                | "battle"
                | "travel"
                | "lesson"
                | "seating"
                | "meal"
                | "data"
                | "benefit"
                | "benefits"
        ),
        "vows" => matches!(before, "wedding" | "marriage"),
        // "watch lists", "wish lists": lists kept, not a report listing things.
        "lists" => matches!(
            before,
            "watch"
                | "wish"
                | "hit"
                | "guest"
                | "price"
                | "mailing"
                | "waiting"
                | "reading"
                | "voter"
                | "donor"
                | "kill"
                | "target"
                | "terror"
                | "terrorist"
                | "no-fly"
                | "bucket"
                | "shopping"
                | "best-seller"
                | "bestseller"
        ),
        _ => false,
    }
}

/// Past participles that tell how a statement came out ("a statement released on
/// Monday", "in a letter sent to members"): after the statement's noun they describe
/// it, they report nothing.
pub(crate) fn is_publication_participle(w: &str) -> bool {
    matches!(
        w,
        "released" | "issued" | "published" | "filed" | "posted" | "sent" | "written"
    )
}

/// Verbs that attach a quoted label to its author ("Democrats called it “a dark day”").
pub(crate) fn is_naming_verb(w: &str) -> bool {
    matches!(
        w,
        "called" | "calls" | "dubbed" | "described" | "labeled" | "labelled" | "termed" | "branded"
    )
}

/// Verbs that tag a quotation only when they stand right beside it (`“...,” he
/// continued`, `“Great!” beamed Smith`): elsewhere they report nothing.
pub(crate) fn is_quote_tag_verb(w: &str) -> bool {
    matches!(
        w,
        "continued"
            | "continues"
            | "mused"
            | "scoffed"
            | "beamed"
            | "barked"
            | "shouted"
            | "exclaimed"
            | "opined"
            | "snapped"
            | "laughed"
            | "recounted"
            | "interjected"
            | "marveled"
            | "marvelled"
            | "sighed"
            | "fumed"
            | "gushed"
            | "thundered"
            | "yelled"
            // Beside a quote only: "pleaded guilty" is a plea, not speech reported.
            | "pleaded"
            | "pleads"
    )
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
            | "expected"
            | "considered"
            | "viewed"
            | "regarded"
            | "projected"
            | "estimated"
            | "seen"
            | "accused"
            | "criticized"
            | "criticised"
            | "blamed"
    )
}

/// The word a claim participle needs right after it to make a claim, if any: "is
/// seen as a pickup" (not "was seen sobbing"), and an accusation with no accuser
/// ("is accused of", "was widely criticized for", "has been blamed for").
pub(crate) fn claim_needs_after(w: &str) -> Option<&'static str> {
    match w {
        "seen" => Some("as"),
        "accused" => Some("of"),
        "criticized" | "criticised" | "blamed" => Some("for"),
        _ => None,
    }
}

/// The plural present form of a verb whose third-person or past form reports
/// ("support" of "supports", "oppose" of "opposed", "deny" of "denies"), when the
/// form itself is not already a reporting verb. Read as a verb only after a plural
/// subject or "I", "we", "you", "they" (see `class::BARE`).
pub(crate) fn is_bare_cue_form(w: &str) -> bool {
    thread_local! {
        /// Room for the forms tried, kept between words (two strings joined need
        /// no check of their bytes, as a stack buffer read as text would).
        static FORM: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    bare_cue_form_by(w, |stem, end| {
        FORM.with_borrow_mut(|f| {
            f.clear();
            f.push_str(stem);
            f.push_str(end);
            form_reports(f)
        })
    })
}

/// Whether a form reports: a speech or belief verb, or a learned cue.
fn form_reports(f: &str) -> bool {
    is_speech_verb(f) || is_belief_verb(f) || super::cues::is_learned_cue(f)
}

/// The rule of [`is_bare_cue_form`], with `reports(stem, ending)` telling whether the
/// form `stem + ending` reports (how the form is built is the caller's).
fn bare_cue_form_by(w: &str, mut reports: impl FnMut(&str, &str) -> bool) -> bool {
    if w.len() < 3
        || !w.bytes().all(|b| b.is_ascii_lowercase())
        || w.ends_with('s')
        || w.ends_with("ed")
        || w.ends_with("ing")
        || matches!(w, "put" | "seem" | "appear" | "according" | "not" | "yet")
        || super::grammar::is_function_word(w)
        || super::grammar::is_preposition(w)
    {
        return false;
    }
    // The form with its ending swapped (`w` is ASCII, so `cut` ends on a char boundary).
    let mut with = |cut: usize, end: &str| reports(&w[..w.len() - cut], end);
    if w.ends_with('y') && !w.ends_with("ay") && !w.ends_with("ey") && !w.ends_with("oy") {
        return with(1, "ies") || with(1, "ied");
    }
    if w.ends_with('e') {
        return with(0, "s") || with(0, "d");
    }
    with(0, "s") || with(0, "es") || with(0, "ed")
}

/// Nouns of speech, stance and intention that report their possessor's words or
/// view ("his claim that ...", "Smith's call for ...", "their support for ..."): the
/// nouns of [`is_content_noun`] and those whose "that" rarely gives what was said.
pub(crate) fn is_stance_noun(w: &str) -> bool {
    is_content_noun(w)
        || matches!(
            w,
            "statement"
                | "statements"
                | "comment"
                | "comments"
                | "remark"
                | "remarks"
                | "criticism"
                | "criticisms"
                | "attack"
                | "attacks"
                | "support"
                | "opposition"
                | "plan"
                | "plans"
                | "proposal"
                | "proposals"
                | "call"
                | "calls"
                | "promise"
                | "promises"
                | "pledge"
                | "pledges"
                | "views"
                | "position"
                | "positions"
                | "stance"
                | "decision"
                | "endorsement"
                | "vow"
                | "demand"
                | "demands"
                | "denial"
                | "admission"
                | "praise"
                | "assessment"
                | "prediction"
                | "announcement"
                | "threat"
                | "threats"
                | "intention"
                | "refusal"
                | "rejection"
                | "defense"
                | "defence"
        )
}

/// Verbs of seeming ("seems", "appeared"): what they report is the writer's
/// impression, a claim with no source, subject and all ("Cruz seemed lost").
pub(crate) fn is_seem_verb(w: &str) -> bool {
    matches!(
        w,
        "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
    )
}

/// Words after "appear" that make it a showing up somewhere, not a seeming
/// ("will appear before the committee", "appeared on a Sunday show", "appears
/// in the ad").
pub(crate) fn is_appearance_place_word(w: &str) -> bool {
    matches!(
        w,
        "before" | "on" | "in" | "at" | "with" | "alongside" | "onstage" | "together"
    )
}

/// Adverbs that flag a claim nobody is named for.
pub(crate) fn is_hedge_adverb(w: &str) -> bool {
    matches!(
        w,
        "reportedly" | "allegedly" | "purportedly" | "supposedly" | "reputedly"
    )
}

/// Any form of a verb that attributes a quotation ("say", "saying", "tweeted",
/// "quoted"): the loaded-language matcher tells quoted words from the outlet's by
/// them. A `match`, not a scan of a list: it runs for the words around every quotation.
pub(crate) fn is_speech_form(word: &str) -> bool {
    matches!(
        word,
        "say"
            | "says"
            | "said"
            | "saying"
            | "tell"
            | "tells"
            | "told"
            | "telling"
            | "add"
            | "adds"
            | "added"
            | "adding"
            | "write"
            | "writes"
            | "wrote"
            | "written"
            | "ask"
            | "asks"
            | "asked"
            | "state"
            | "states"
            | "stated"
            | "declare"
            | "declares"
            | "declared"
            | "note"
            | "notes"
            | "noted"
            | "explain"
            | "explains"
            | "explained"
            | "call"
            | "calls"
            | "called"
            | "calling"
            | "dub"
            | "dubs"
            | "dubbed"
            | "term"
            | "termed"
            | "describe"
            | "describes"
            | "described"
            | "insist"
            | "insists"
            | "insisted"
            | "claim"
            | "claims"
            | "claimed"
            | "warn"
            | "warns"
            | "warned"
            | "argue"
            | "argues"
            | "argued"
            | "reply"
            | "replies"
            | "replied"
            | "tweet"
            | "tweets"
            | "tweeted"
            | "post"
            | "posted"
            | "quip"
            | "quipped"
            | "remark"
            | "remarked"
            | "announce"
            | "announced"
            | "urge"
            | "urged"
            | "vow"
            | "vowed"
            | "promise"
            | "promised"
            | "deny"
            | "denied"
            | "quote"
            | "quoted"
            | "quoting"
            | "phrase"
            | "words"
            | "accuse"
            | "accused"
            | "accusing"
            | "complain"
            | "complained"
            | "complaining"
            | "criticize"
            | "criticized"
            | "criticise"
            | "criticised"
            | "suggest"
            | "suggested"
            | "predict"
            | "predicted"
            | "praise"
            | "praised"
            | "label"
            | "labeled"
            | "labelled"
            | "brand"
            | "branded"
            | "referred"
            | "mocked"
            | "chided"
            | "reads"
            | "read"
            | "testified"
            | "recalled"
            | "admitted"
            | "acknowledged"
            | "conceded"
    )
}

/// A vote's tally or manner after "voted" ("7-2", "unanimously"): the vote's
/// circumstances, not what was voted for ("voted 7-2 on Tuesday to fund the repair").
pub(crate) fn is_vote_tally(w: &str) -> bool {
    w == "unanimously"
        || w.split_once('-').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit())
        })
}

/// A tally written with an en dash, which splits it into two words (`a`, the
/// `gap` between, `b`): "7–2" as "7-2" is.
pub(crate) fn is_dashed_vote_tally(a: &str, gap: &str, b: &str) -> bool {
    gap == "–"
        && !a.is_empty()
        && !b.is_empty()
        && a.bytes().all(|c| c.is_ascii_digit())
        && b.bytes().all(|c| c.is_ascii_digit())
}

/// Forms of "vote" whose tally is skipped before what was voted for.
pub(crate) fn is_vote_verb(w: &str) -> bool {
    matches!(w, "voted" | "votes" | "vote")
}

/// The lemma of a light verb that reports only with the phrase after it ("made the
/// case that", "took issue with", "went on to say"): finite forms only.
pub(crate) fn light_verb(w: &str) -> Option<&'static str> {
    Some(match w {
        "made" | "makes" => "make",
        "took" | "takes" => "take",
        "went" | "goes" => "go",
        "gave" | "gives" => "give",
        "sent" | "sends" => "send",
        "raised" | "raises" => "raise",
        "paid" | "pays" => "pay",
        "lashed" | "lashes" => "lash",
        "laid" | "lays" => "lay",
        "came" | "comes" => "come",
        "drew" | "draws" => "draw",
        _ => return None,
    })
}

/// Phrases a light verb reports with, by lemma, as the lowercase words after the verb.
const LIGHT_PHRASES: &[(&str, &[&str])] = &[
    ("make", &["the", "case"]),
    ("make", &["a", "case"]),
    ("make", &["clear"]),
    ("make", &["it", "clear"]),
    ("make", &["no", "secret", "of"]),
    ("make", &["no", "mention", "of"]),
    ("make", &["no", "apologies", "for"]),
    ("make", &["a", "point", "of"]),
    ("make", &["the", "argument"]),
    ("make", &["an", "argument"]),
    ("make", &["a", "pitch"]),
    ("make", &["the", "claim"]),
    ("make", &["a", "promise"]),
    ("make", &["a", "plea"]),
    ("make", &["an", "appeal"]),
    ("make", &["an", "issue", "of"]),
    ("make", &["light", "of"]),
    ("make", &["fun", "of"]),
    ("take", &["issue", "with"]),
    ("take", &["aim", "at"]),
    ("take", &["a", "shot", "at"]),
    ("take", &["shots", "at"]),
    // "took some shots at the governor", "took a few jabs at", "took potshots at".
    ("take", &["some", "shots", "at"]),
    ("take", &["a", "few", "shots", "at"]),
    ("take", &["potshots", "at"]),
    ("take", &["a", "potshot", "at"]),
    ("take", &["some", "swipes", "at"]),
    ("take", &["jabs", "at"]),
    ("take", &["a", "few", "jabs", "at"]),
    ("take", &["a", "swipe", "at"]),
    ("take", &["swipes", "at"]),
    ("take", &["a", "jab", "at"]),
    ("take", &["a", "dig", "at"]),
    ("take", &["credit", "for"]),
    ("take", &["to", "twitter"]),
    ("take", &["a", "stand"]),
    ("take", &["a", "hard", "line"]),
    ("take", &["a", "position"]),
    ("go", &["on", "to"]),
    ("go", &["after"]),
    ("go", &["so", "far", "as"]),
    ("give", &["a", "speech"]),
    ("give", &["a", "statement"]),
    ("give", &["an", "interview"]),
    ("give", &["a", "nod", "to"]),
    ("give", &["credit", "to"]),
    ("give", &["voice", "to"]),
    ("send", &["a", "letter"]),
    ("send", &["a", "statement"]),
    ("send", &["out", "a", "statement"]),
    ("send", &["a", "message"]),
    ("send", &["a", "tweet"]),
    ("send", &["out", "a", "tweet"]),
    ("raise", &["questions"]),
    ("raise", &["concerns"]),
    ("raise", &["doubts"]),
    ("raise", &["the", "possibility"]),
    ("raise", &["the", "prospect"]),
    ("raise", &["the", "issue"]),
    ("pay", &["tribute", "to"]),
    ("pay", &["homage", "to"]),
    ("lash", &["out", "at"]),
    ("make", &["the", "point"]),
    ("make", &["a", "commitment"]),
    ("lay", &["out"]),
    ("come", &["out", "against"]),
    ("come", &["out", "for"]),
    ("come", &["out", "in", "favor", "of"]),
    ("come", &["out", "in", "support", "of"]),
    ("draw", &["attention", "to"]),
];

/// How many words after light verb `lemma` form one of its reporting phrases, given
/// the lowercase words that follow it; `None` when no phrase follows.
pub(crate) fn light_phrase_len<'w>(
    lemma: &str,
    mut next: impl FnMut(usize) -> Option<&'w str>,
) -> Option<usize> {
    LIGHT_PHRASES
        .iter()
        .filter(|(l, _)| *l == lemma)
        .filter(|(_, words)| {
            words
                .iter()
                .enumerate()
                .all(|(i, w)| next(i).is_some_and(|n| n == *w))
        })
        .map(|(_, words)| words.len())
        .max()
}

/// Adjectives of stance that, after a form of "be", report what their subject
/// wants, thinks or feels about what follows ("is eager to", "was critical of").
pub(crate) fn is_stance_adjective(w: &str) -> bool {
    matches!(
        w,
        "eager"
            | "critical"
            | "quick"
            | "willing"
            | "unwilling"
            | "reluctant"
            | "skeptical"
            | "sceptical"
            | "confident"
            | "convinced"
            | "optimistic"
            | "pessimistic"
            | "adamant"
            | "concerned"
            | "worried"
            | "unhappy"
            | "proud"
            | "afraid"
            | "opposed"
            | "determined"
            | "hopeful"
            | "wary"
            | "supportive"
            | "dismissive"
            | "furious"
            | "frustrated"
            | "upset"
            | "unsure"
            | "uncertain"
            | "disappointed"
            | "dissatisfied"
            | "nervous"
            | "anxious"
            | "keen"
            | "vocal"
            | "outspoken"
    )
}

/// Nouns of something said or held whose "that" clause gives what was said ("the
/// accusation that the vote was rigged", "their fears that"): a judgement inside the
/// clause is the holder's, whether or not the holder is named. Also stance nouns
/// ([`is_stance_noun`]).
pub(crate) fn is_content_noun(w: &str) -> bool {
    matches!(
        w,
        "claim"
            | "claims"
            | "assertion"
            | "assertions"
            | "accusation"
            | "accusations"
            | "allegation"
            | "allegations"
            | "contention"
            | "insistence"
            | "complaint"
            | "complaints"
            | "argument"
            | "arguments"
            | "belief"
            | "beliefs"
            | "warning"
            | "warnings"
            | "fear"
            | "fears"
            | "suggestion"
            | "suggestions"
            | "insinuation"
            | "theory"
            | "view"
            | "views"
            | "concern"
            | "concerns"
            | "hope"
            | "hopes"
    )
}

/// Stance nouns that report what someone said, plans or fears even with no
/// possessor before them ("calls for a recount", "fears that the plant will close").
/// Chosen from PolNeAR train: after each, with "of", "for", "that", "to", "on",
/// "about" or "against" following, at least 80% of occurrences open annotated content.
pub(crate) fn is_unowned_stance_noun(w: &str) -> bool {
    matches!(
        w,
        "view"
            | "promises"
            | "proposals"
            | "calls"
            | "accusations"
            | "pledge"
            | "claims"
            | "belief"
            | "warning"
            | "plans"
            | "statements"
            | "fears"
            | "fear"
            | "intention"
            | "assertion"
            | "call"
            | "plan"
            | "concerns"
            | "concern"
            | "argument"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn senses_that_report_nothing_are_read_from_the_words_after_the_verb() {
        let nothing =
            |verb: &str, after: &str| reports_nothing_after(verb, after.split_whitespace());
        assert!(nothing("maintained", "a lead over"));
        assert!(nothing("maintains", "their pace"));
        assert!(!nothing("maintained", "their innocence"));
        assert!(!nothing("maintained", "that the levy"));
        assert!(nothing("added", "to the mess"));
        assert!(nothing("adds", "up to"));
        assert!(!nothing("added", "that the vote"));
        assert!(!nothing("added", "to reporters that"));
        assert!(nothing("cast", "their ballots early"));
        assert!(!nothing("cast", "their votes for the levy"));
        assert!(!nothing("cast", "doubt on the count"));
        assert!(nothing("plans", "rose"));
        assert!(!nothing("plans", "to run"));
        assert!(!nothing("said", "a lead"));
        // At the end of a clause: a plan with no "to" is no intention; other verbs
        // keep their reading.
        assert!(nothing("plans", ""));
        for verb in ["maintained", "added", "cast", "said", ""] {
            assert!(!nothing(verb, ""), "{verb}");
        }
    }

    #[test]
    fn act_verbs_are_read_in_every_form_and_only_theirs() {
        for w in [
            "fired",
            "fires",
            "fire",
            "firing",
            "passed",
            "passes",
            "signed",
            "attacking",
            "approves",
            "named",
            "opened",
            "watches",
        ] {
            assert!(is_act_verb(w), "{w}");
        }
        for w in [
            "said",
            "fir",
            "passenger",
            "designed",
            "resigned",
            "voted",
            "told",
            "offered",
        ] {
            assert!(!is_act_verb(w), "{w}");
        }
        assert!(is_act_speech_particle("fired", "back"));
        assert!(is_act_speech_particle("shot", "back"));
        assert!(is_act_verb("shot") && is_act_verb("shoots") && is_act_verb("shooting"));
        assert!(!is_act_verb("shorts") && !is_act_verb("shoo"));
        assert!(!is_act_speech_particle("fired", "off"));
        assert!(!is_act_speech_particle("signed", "back"));
        assert!(act_phrase_reports("approved", "of"));
        assert!(!act_phrase_reports("signed", "of"));
        assert!(act_object_reports("attacked", "as"));
        assert!(!act_object_reports("fired", "as"));
        assert!(act_by_person_reports("attacked"));
        assert!(!act_by_person_reports("fired"));
    }

    /// [`is_bare_cue_form`] with each form built in a new string: the reference
    /// its reused room is tested against.
    fn is_bare_cue_form_plain(w: &str) -> bool {
        bare_cue_form_by(w, |stem, end| form_reports(&format!("{stem}{end}")))
    }

    #[test]
    fn bare_forms_read_as_with_new_strings() {
        // Every learned cue with its ending cut or kept, and words of every shape.
        let mut words: Vec<String> = Vec::new();
        for &(c, _, _) in super::super::cues::LEARNED_CUES {
            words.push(c.to_string());
            for cut in 1..=3 {
                if let Some(stem) = c.get(..c.len().saturating_sub(cut)) {
                    words.push(stem.to_string());
                    words.push(format!("{stem}y"));
                    words.push(format!("{stem}e"));
                }
            }
        }
        for w in [
            "deny",
            "oppose",
            "support",
            "know",
            "say",
            "worry",
            "play",
            "kettle",
            "Deny",
            "denyé",
            "",
            "ab",
            "antidisestablishmentarianismlikeness",
            "believe",
            "hope",
        ] {
            words.push(w.to_string());
        }
        let mut bare = 0;
        for w in &words {
            assert_eq!(is_bare_cue_form(w), is_bare_cue_form_plain(w), "{w:?}");
            bare += usize::from(is_bare_cue_form(w));
        }
        assert!(
            bare >= 10 && bare + 10 < words.len(),
            "{bare} of {}",
            words.len()
        );
    }
}
