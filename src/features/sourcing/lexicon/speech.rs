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

/// Adverbs that flag a claim nobody is named for.
pub(crate) fn is_hedge_adverb(w: &str) -> bool {
    matches!(
        w,
        "reportedly" | "allegedly" | "purportedly" | "supposedly" | "reputedly"
    )
}
