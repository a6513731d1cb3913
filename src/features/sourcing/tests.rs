//! Attribution patterns, figures and the seed article. Test articles are written for slant.

use super::*;

fn find<'a>(s: &'a Sourcing, speaker: &str) -> Vec<&'a Attribution> {
    s.attributions
        .iter()
        .filter(|a| a.speaker.as_deref() == Some(speaker))
        .collect()
}

/// The speaker of the first attribution with cue verb `verb` (which must be found).
fn speaker_by_verb<'a>(s: &'a Sourcing, verb: &str) -> Option<&'a str> {
    let a = s.attributions.iter().find(|a| a.verb == verb);
    a.unwrap_or_else(|| panic!("no attribution by {verb}: {:#?}", s.attributions))
        .speaker
        .as_deref()
}

fn one<'a>(s: &'a Sourcing, speaker: &str) -> &'a Attribution {
    let got = find(s, speaker);
    assert_eq!(got.len(), 1, "{speaker}: {:#?}", s.attributions);
    got[0]
}

#[test]
fn quote_then_name_and_verb() {
    let t = "“We will not back down,” Maria Lopez told reporters on Monday.";
    let s = extract(t);
    let a = one(&s, "Maria Lopez");
    assert!(a.direct);
    assert_eq!(a.verb, "told");
    assert_eq!(a.quote.as_deref(), Some("We will not back down,"));
    assert_eq!(&t[a.start..a.start + 3], "“");
    assert!(
        t[a.start..a.end].ends_with("told reporters"),
        "{}",
        &t[a.start..a.end]
    );
}

#[test]
fn quote_then_said_name_with_title_after_comma() {
    let t = "\"The budget is balanced,\" said John Smith, a spokesman for the EU.";
    let s = extract(t);
    let a = one(&s, "John Smith");
    assert!(a.direct);
    assert_eq!(a.verb, "said");
    assert_eq!(a.affiliation.as_deref(), Some("a spokesman for the EU"));
    assert_eq!(a.group.as_deref(), Some("European Union"));
}

#[test]
fn name_said_colon_then_quote() {
    let t = "Council member Anna Berg said: \"This road is a death trap.\"";
    let s = extract(t);
    let a = one(&s, "Anna Berg");
    assert!(a.direct);
    assert_eq!(a.affiliation.as_deref(), Some("Council member"));
    assert_eq!(a.quote.as_deref(), Some("This road is a death trap."));
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
}

#[test]
fn title_name_verb_reported_speech() {
    let t = "Kremlin spokesman Dmitry Ivanov said on Tuesday that talks would resume. \
             White House special envoy Steve Carter warned that time was short.";
    let s = extract(t);
    let a = one(&s, "Dmitry Ivanov");
    assert!(!a.direct);
    assert_eq!(a.affiliation.as_deref(), Some("Kremlin spokesman"));
    assert_eq!(a.quote.as_deref(), Some("talks would resume"));
    let b = one(&s, "Steve Carter");
    assert_eq!(b.affiliation.as_deref(), Some("White House special envoy"));
    assert_eq!(b.verb, "warned");
    assert_eq!(b.quote.as_deref(), Some("time was short"));
    assert_eq!(s.voices, 2);
}

#[test]
fn clause_before_the_speaker_is_the_reported_claim() {
    let t = "The bridge will reopen in May, city engineer Paul Novak said on Friday.";
    let s = extract(t);
    let a = one(&s, "Paul Novak");
    assert_eq!(a.quote.as_deref(), Some("The bridge will reopen in May"));
    assert_eq!(a.affiliation.as_deref(), Some("city engineer"));
}

#[test]
fn according_to_with_apposition() {
    let t = "The plant will close next year, according to Laura Chen, the mayor of Dunmore.";
    let s = extract(t);
    let a = one(&s, "Laura Chen");
    assert_eq!(a.verb, "according to");
    assert_eq!(a.affiliation.as_deref(), Some("the mayor of Dunmore"));
    assert_eq!(a.quote.as_deref(), Some("The plant will close next year"));
}

#[test]
fn pronoun_resolves_to_last_person_named() {
    let t =
        "Foreign Minister Petra Lind met her counterpart. She warned that sanctions would follow.";
    let s = extract(t);
    let a = one(&s, "Petra Lind");
    assert_eq!(a.verb, "warned");
    assert_eq!(a.affiliation.as_deref(), Some("Foreign Minister"));
}

#[test]
fn a_pronoun_skips_people_of_the_other_gender() {
    // "She" is the senator named first, not the man named after her.
    let t = "Sen. Dianne Roe spoke on Sunday about Karl Penn. She said the questions were unfair.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "said"),
        Some("Dianne Roe"),
        "{:#?}",
        s.attributions
    );
    // A title tells it too, and "he" skips a woman named later.
    let t = "Jo Hale met Mrs. Ines Vale. Mrs. Vale left early. He said the talks had failed.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "said"),
        Some("Jo Hale"),
        "{:#?}",
        s.attributions
    );
    // "Mrs. Clinton" is the woman of two people sharing a surname.
    let t = "Bill Cole and Hillary Cole toured the plant. Mrs. Cole praised the workers. \
             She said the plant would grow.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "said"),
        Some("Hillary Cole"),
        "{:#?}",
        s.attributions
    );
    // With no one of the pronoun's gender named, the nearest person is taken as before.
    let t = "Karl Penn met the press. She said the talks had failed.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "said"),
        Some("Karl Penn"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_role_is_not_held_by_the_holder_of_a_lesser_rank() {
    let t = "Vice President Tom Hardy toured the plant. The president said the plan would pass.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "said"),
        Some("the president"),
        "{:#?}",
        s.attributions
    );
    let t = "Gov. Ana Ruiz toured the plant. The governor said the plan would pass.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "said"),
        Some("Ana Ruiz"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn surname_and_mr_surname_resolve_to_the_full_name() {
    let t = "Senator Tom Hardy visited the plant. Hardy said jobs were safe. \
             Later, Mr. Hardy added that wages would rise.";
    let s = extract(t);
    let got = find(&s, "Tom Hardy");
    assert_eq!(got.len(), 2, "{:#?}", s.attributions);
    assert!(got
        .iter()
        .all(|a| a.affiliation.as_deref() == Some("Senator")));
    assert_eq!(s.voices, 1);
}

#[test]
fn a_title_word_after_a_first_name_is_a_surname() {
    let t = "Rep. Dale King defended the remarks. \u{201c}I stand by them,\u{201d} King said. \
             Sen. Ana King, an independent, said the bill was flawed. \
             King Omar said the talks would go on.";
    let s = extract(t);
    assert_eq!(find(&s, "Dale King").len(), 2, "{:#?}", s.attributions);
    assert_eq!(one(&s, "Ana King").verb, "said");
    // Before a name it is still a title.
    assert_eq!(one(&s, "Omar").affiliation.as_deref(), Some("King"));
}

#[test]
fn a_title_word_after_a_middle_initial_is_a_surname() {
    let t = "Rep. Peter T. King of New York defended the bill. \
             \u{201c}It keeps us safe,\u{201d} King said.";
    let s = extract(t);
    assert_eq!(find(&s, "Peter T. King").len(), 2, "{:#?}", s.attributions);
    // An initial alone before the word is no first name.
    let s = extract("T. King said the talks would go on.");
    assert!(find(&s, "T. King").is_empty(), "{:#?}", s.attributions);
}

#[test]
fn ascii_and_accented_surnames_resolve_to_the_full_name() {
    // ASCII and non-ASCII words take different ways to their lowercase form.
    let t = "Senator Tom Hardy and Mayor Jürgen Müller met on Monday. \
             Hardy said jobs were safe. Müller said the plant would stay.";
    let s = extract(t);
    assert_eq!(one(&s, "Tom Hardy").affiliation.as_deref(), Some("Senator"));
    assert_eq!(
        one(&s, "Jürgen Müller").affiliation.as_deref(),
        Some("Mayor")
    );
    assert_eq!(s.voices, 2);
}

#[test]
fn relative_who_and_pronoun_after_unknown_surname() {
    let t = "Mr. Obrien, the housing director, said the shelter would open. \
             \"We have waited long enough,\" he said. The cost is disputed by critics, who say it is too low.";
    let s = extract(t);
    let got = find(&s, "Obrien");
    assert_eq!(got.len(), 2, "{:#?}", s.attributions);
    assert!(got
        .iter()
        .all(|a| a.affiliation.as_deref() == Some("the housing director")));
    // Critics speak as a group.
    assert_eq!(s.unattributed().count(), 0, "{:#?}", s.attributions);
    let critics = one(&s, "critics");
    assert_eq!(critics.source_kind, SpeakerKind::Group);
    assert_eq!(critics.verb, "say");
}

#[test]
fn speakerless_quote_continues_the_last_speaker() {
    let t = "“The talks are going well,” Ivan Petrov told reporters. \
             “Meanwhile, our neighbours keep stoking the fire.”";
    let s = extract(t);
    // The second quote runs on from the first: one attribution, its words covering both.
    let a = one(&s, "Ivan Petrov");
    assert!(a.direct);
    assert_eq!(
        a.quote.as_deref(),
        Some("The talks are going well, Meanwhile, our neighbours keep stoking the fire.")
    );
    let words = &t[a.quote_start.unwrap()..a.quote_end.unwrap()];
    assert!(words.ends_with("stoking the fire."), "{words}");
}

#[test]
fn split_quote_is_one_attribution() {
    let t = "Jane Roe took the stage. “We will fight,” she said, “and we will win.”";
    let s = extract(t);
    let direct: Vec<_> = s.attributions.iter().filter(|a| a.direct).collect();
    assert_eq!(direct.len(), 1, "{:#?}", s.attributions);
    assert_eq!(direct[0].speaker.as_deref(), Some("Jane Roe"));
    assert!(direct[0]
        .quote
        .as_deref()
        .unwrap()
        .contains("and we will win."));
    // A longer tag between the halves: joined when the second goes on in lower case.
    let t = "“We will fight,” Jane Roe said at a rally in Dayton on Monday, “and win.” \
             “We are ready,” Tom Park said at the rally on Monday. “Nobody doubts it.”";
    let s = extract(t);
    let direct: Vec<_> = s.attributions.iter().filter(|a| a.direct).collect();
    assert_eq!(direct.len(), 2, "{:#?}", s.attributions);
    assert_eq!(direct[0].speaker.as_deref(), Some("Jane Roe"));
    assert!(direct[0].quote.as_deref().unwrap().contains("and win."));
    assert!(!direct[0].quote.as_deref().unwrap().contains("ready"));
}

#[test]
fn as_he_put_it_goes_to_the_current_subject() {
    let t = "Foreign Minister Karl Weber condemned the plan. He warned that the envoy \
             Otto Brandt would be replaced by a “puppet,” as he put it.";
    let s = extract(t);
    let got = find(&s, "Karl Weber");
    assert_eq!(got.len(), 3, "{:#?}", s.attributions);
    assert!(got.iter().any(|a| a.direct && a.verb == "put"));
    assert!(find(&s, "Otto Brandt").is_empty());
}

#[test]
fn anonymous_sources_are_flagged() {
    for (t, cue) in [
        ("Officials said the border would stay shut.", "Officials"),
        ("The border will stay shut, sources say.", "sources"),
        (
            "A senior official, who spoke on condition of anonymity, said the deal was dead.",
            "A senior official",
        ),
        (
            "People familiar with the matter said the merger was off.",
            "People familiar with the matter",
        ),
        (
            "The merger is off, according to people familiar with the talks.",
            "people familiar with the talks",
        ),
    ] {
        let s = extract(t);
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
        let a = &s.attributions[0];
        assert_eq!(a.kind, SourceKind::Anonymous, "{t}");
        assert!(a.anonymous && a.speaker.is_none(), "{t}");
        assert!(a.cue.as_deref().unwrap().contains(cue), "{t}: {:?}", a.cue);
        assert_eq!(s.voices, 0);
        assert_eq!(s.anonymous_share, 1.0);
    }
}

#[test]
fn hedges_and_agentless_passives_are_unattributed() {
    for (t, verb) in [
        (
            "It is believed that the factory will close.",
            "it is believed",
        ),
        ("The mayor is reportedly planning to resign.", "reportedly"),
        ("The minister is said to be furious.", "is said"),
        ("The money was allegedly moved abroad.", "allegedly"),
        ("Bribes were alleged in the contract.", "were alleged"),
        ("It was reported that the talks failed.", "it was reported"),
    ] {
        let s = extract(t);
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
        let a = &s.attributions[0];
        assert_eq!(a.kind, SourceKind::Unattributed, "{t}");
        assert_eq!(a.verb, verb, "{t}");
        assert_eq!((a.start, a.end), (0, t.len()), "{t}");
    }
    // An agent makes it attributed to the agent, not a hedge.
    let s = extract("The vote was reported by Reuters on Monday.");
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    let a = &s.attributions[0];
    assert_eq!(
        (a.kind, a.speaker.as_deref()),
        (SourceKind::Named, Some("Reuters"))
    );
    assert_eq!(a.quote.as_deref(), Some("The vote"));
}

#[test]
fn accusations_with_no_accuser_are_unattributed() {
    for (t, verb) in [
        (
            "The harbor chief is accused of hiding the audit.",
            "is accused",
        ),
        (
            "The ferry board was widely criticized for its late repairs.",
            "was widely criticized",
        ),
        (
            "The new toll has been blamed for the empty shops.",
            "been blamed",
        ),
    ] {
        let s = extract(t);
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
        let a = &s.attributions[0];
        assert_eq!(a.kind, SourceKind::Unattributed, "{t}");
        assert_eq!(a.verb, verb, "{t}");
    }
    // Without "of" or "for" the participle makes no claim.
    let s = extract("The harbor chief was blamed and fired.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn an_accuser_after_by_is_the_source_and_a_denied_accusation_no_claim() {
    let t = "The ferry board was accused by the harbor union of hiding the repair bill, and the vote was delayed.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    let a = &s.attributions[0];
    assert_eq!(a.verb, "accused");
    assert_ne!(a.kind, SourceKind::Unattributed, "{a:#?}");
    assert!(
        a.speaker.as_deref().is_some_and(|x| x.contains("union")),
        "{a:#?}"
    );
    assert_eq!(
        span(t, a),
        "The ferry board was accused by the harbor union of hiding the repair bill"
    );
    let s = extract("The toll plan was criticized by Mayor Ana Ruiz for its cost.");
    assert_eq!(speaker_by_verb(&s, "criticized"), Some("Ana Ruiz"));
    // With no "of" after the accuser, or inside a quotation, the rule reads nothing.
    let s = extract("The ferry board was accused by the harbor union.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
    let s = extract("“We were accused by the union of lying,” said Ana Ruiz.");
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(s.attributions[0].speaker.as_deref(), Some("Ana Ruiz"));
    // A denied accusation is no claim; the same words not denied are one.
    let s = extract("The harbor chief could never be accused of hiding the audit.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
    let s = extract("The harbor chief could be accused of hiding the audit.");
    assert!(
        s.attributions.iter().any(|a| a.verb.contains("accused")),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn scare_quotes_and_mentions_are_not_attributions() {
    let t = "Leaders drew up a “reassurance” force with President Anna Kovac in Paris.";
    let s = extract(t);
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
    assert_eq!(s.voices, 0);
    assert_eq!(s.balance, 0.0);
    assert!(s.quote_share > 0.0);
}

#[test]
fn organisations_speak_and_map_to_groups() {
    let t = "The Kremlin said the drills were routine. The Pentagon said they were not. \
             Police said two people were hurt.";
    let s = extract(t);
    assert_eq!(s.speakers(), ["Kremlin", "Pentagon", "Police"]);
    assert_eq!(
        s.groups.keys().collect::<Vec<_>>(),
        ["Police", "Russia", "United States"]
    );
}

#[test]
fn balance_is_low_for_one_voice_and_higher_for_three_groups() {
    let one_voice = extract(
        "Kremlin spokesman Dmitry Ivanov said the war was Europe's fault. \
         Ivanov added that peace was near. He insisted that Kiev was to blame.",
    );
    assert_eq!(one_voice.voices, 1);
    assert_eq!(
        one_voice.attributions.len(),
        3,
        "{:#?}",
        one_voice.attributions
    );
    assert_eq!(one_voice.balance, 0.0);
    assert_eq!(one_voice.top_voice_share, 1.0);

    let three = extract(
        "Kremlin spokesman Dmitry Ivanov said the talks were useful. \
         Ukrainian Foreign Minister Olena Marchenko said they were a sham. \
         EU foreign policy chief Kaja Berg said Brussels would watch closely.",
    );
    assert_eq!(three.voices, 3);
    assert_eq!(three.groups.len(), 3, "{:?}", three.groups);
    assert!(three.balance > 0.7, "{}", three.balance);
    assert!((three.top_group_share - 1.0 / 3.0).abs() < 1e-9);

    let same_side = extract(
        "Kremlin spokesman Dmitry Ivanov said the talks were useful. \
         Russian Foreign Minister Pavel Orlov said Europe was to blame.",
    );
    assert_eq!(same_side.voices, 2);
    assert_eq!(same_side.balance, 0.0);
}

#[test]
fn shares_count_anonymous_claims_and_quoted_words() {
    let t = "\"Prices will fall,\" said Economy Minister Lars Holm. Officials said the plan was rushed. \
             The bank is reportedly worried.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 3, "{:#?}", s.attributions);
    assert!((s.anonymous_share - 2.0 / 3.0).abs() < 1e-9);
    assert!((s.direct_share - 1.0 / 3.0).abs() < 1e-9);
    let words = crate::text::tokenize(t).len();
    assert!(
        (s.quote_share - 3.0 / words as f64).abs() < 1e-9,
        "{}",
        s.quote_share
    );
    assert_eq!(s.unattributed().count(), 2);
}

#[test]
fn side_map_gives_each_side_its_share_of_voices() {
    let sides = SideMap::from_json_str(
        r#"{"sides": {"Kremlin": "Russia", "White House": "US government", "Dmitry Ivanov": "Russia"}}"#,
    )
    .unwrap();
    let t = "Kremlin spokesman Dmitry Ivanov said talks were useful. \
             White House envoy Steve Carter said progress was slow. \
             Analyst Mia Wong said both sides were posturing.";
    let s = extract_with_sides(t, Some(&sides));
    assert_eq!(s.voices, 3);
    let shares: Vec<(&str, f64)> = s
        .side_shares
        .iter()
        .map(|(k, v)| (k.as_str(), *v))
        .collect();
    assert_eq!(shares.len(), 3, "{shares:?}");
    for (side, share) in shares {
        assert!(["Russia", "US government", UNASSIGNED].contains(&side));
        assert!((share - 1.0 / 3.0).abs() < 1e-9);
    }
    assert!(extract(t).side_shares.is_empty());
}

#[test]
fn block_values_match_names_and_stay_in_unit_range() {
    let s = extract("“It is over,” said Mayor Jo Kim. Sources say otherwise.");
    let names = block_names();
    let values = block_values(&s);
    assert_eq!(names.len(), values.len());
    assert!(names.iter().all(|n| n.starts_with("sourcing:")));
    assert!(values.iter().all(|v| (0.0..=1.0).contains(v)), "{values:?}");
}

#[test]
fn json_has_the_documented_keys() {
    let s = extract("“It is over,” said Mayor Jo Kim.");
    let v = serde_json::to_value(&s).unwrap();
    for k in [
        "balance",
        "voices",
        "anonymous_share",
        "quote_share",
        "attributions",
    ] {
        assert!(v.get(k).is_some(), "missing {k}");
    }
    let a = &v["attributions"][0];
    for k in [
        "speaker",
        "affiliation",
        "verb",
        "quote",
        "direct",
        "start",
        "end",
        "quote_start",
        "quote_end",
        "source_kind",
        "content_kind",
    ] {
        assert!(a.get(k).is_some(), "missing attribution.{k}");
    }
    let back: Sourcing = serde_json::from_value(v).unwrap();
    assert_eq!(back, s);
}

#[test]
fn odd_inputs_never_panic_and_spans_are_char_boundaries() {
    let long = "“Unclosed quote said he. ".repeat(2000);
    let inputs = [
        "",
        " ",
        "\"",
        "“",
        "”",
        "said",
        "He said.",
        "😀 said 😀, “😀” he said.",
        "\"\"\"\"",
        "according to",
        "according to.",
        ", said",
        "It is",
        "Mr. said: “",
        "reportedly",
        long.as_str(),
    ];
    for t in inputs {
        let s = extract(t);
        for a in &s.attributions {
            assert!(a.start <= a.end && a.end <= t.len(), "{t:?}");
            assert!(
                t.is_char_boundary(a.start) && t.is_char_boundary(a.end),
                "{t:?}"
            );
        }
        assert!((0.0..=1.0).contains(&s.balance));
    }
}

/// The seed article: every quoted voice is a Russian official.
#[test]
fn seed_article_has_two_russian_voices_and_a_reportedly_claim() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seeds/000_61757e177a7e06d7.txt"
    );
    let path = std::env::var("SLANT_SEED").unwrap_or_else(|_| path.to_string());
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: seed article not found at {path}");
        return;
    };
    let s = extract(&text);
    let peskov = find(&s, "Dmitry Peskov");
    assert!(!peskov.is_empty(), "{:#?}", s.attributions);
    assert!(peskov.iter().all(|a| a
        .affiliation
        .as_deref()
        .unwrap_or("")
        .contains("Kremlin spokesman")));
    let lavrov = find(&s, "Sergey Lavrov");
    assert!(!lavrov.is_empty(), "{:#?}", s.attributions);
    assert!(lavrov.iter().all(|a| a
        .affiliation
        .as_deref()
        .unwrap_or("")
        .contains("Foreign Minister")));
    assert_eq!(s.voices, 2, "{:?}", s.speakers());
    // Every voice is a Russian official's: no unnamed source is read into it.
    assert!(
        (s.attributions.iter()).all(|a| a.kind != SourceKind::Anonymous),
        "{:#?}",
        s.attributions
    );
    assert!(s.balance < 0.35, "{}", s.balance);
    let reportedly = s
        .attributions
        .iter()
        .find(|a| a.verb == "reportedly")
        .expect("reportedly claim");
    assert_eq!(reportedly.kind, SourceKind::Unattributed);
    assert!(text[reportedly.start..reportedly.end].contains("promoted by the UK and France"));
    // Peskov's quote runs on into the speakerless second one: one attribution of both.
    let quoted: Vec<_> = peskov.iter().filter(|a| a.direct).collect();
    assert_eq!(quoted.len(), 1, "{quoted:#?}");
    let words = &text[quoted[0].quote_start.unwrap()..quoted[0].quote_end.unwrap()];
    assert!(words.contains("intense discussions") && words.contains("Meanwhile"));
    assert!(lavrov
        .iter()
        .any(|a| a.direct && a.quote.as_deref() == Some("new half-Fuhrer,")));
}

proptest::proptest! {
    #[test]
    fn any_text_gives_char_boundary_spans_and_unit_figures(
        t in "[A-Za-z .,:;!?\"“”’'—\n😀é-]{0,200}"
    ) {
        let s = extract(&t);
        for a in &s.attributions {
            proptest::prop_assert!(a.start <= a.end && a.end <= t.len());
            proptest::prop_assert!(t.is_char_boundary(a.start) && t.is_char_boundary(a.end));
        }
        for v in block_values(&s) {
            proptest::prop_assert!((0.0..=1.0).contains(&v));
        }
    }
}

#[test]
fn a_title_case_headline_is_not_an_attribution() {
    let t = "Ministry Says Western Aid Will Only Prolong the Conflict\n\n\
             The aid will prolong the conflict, the ministry said on Monday.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert!(s.attributions[0].start > t.find("The aid").unwrap());
    // The same words as a sentence (lowercase words, a full stop) are an attribution.
    let s = extract("The ministry says western aid will only prolong the conflict.");
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
}

/// The attribution whose verb is `verb`.
fn by_verb<'a>(s: &'a Sourcing, verb: &str) -> &'a Attribution {
    let got: Vec<_> = s.attributions.iter().filter(|a| a.verb == verb).collect();
    assert_eq!(got.len(), 1, "{verb}: {:#?}", s.attributions);
    got[0]
}

#[test]
fn quote_offsets_point_at_the_quoted_and_reported_words() {
    let t = "“The pier must close,” said Owen Hale. Hale also said that repairs would take a year.";
    let s = extract(t);
    assert_eq!(find(&s, "Owen Hale").len(), 2, "{:#?}", s.attributions);
    let quoted = &s.attributions[0];
    let (qs, qe) = (quoted.quote_start.unwrap(), quoted.quote_end.unwrap());
    assert_eq!(&t[qs..qe], "The pier must close,");
    assert_eq!(quoted.content_kind, ContentKind::Direct);
    let reported = s.attributions.iter().find(|a| !a.direct).unwrap();
    let (rs, re) = (reported.quote_start.unwrap(), reported.quote_end.unwrap());
    assert_eq!(&t[rs..re], "repairs would take a year");
    assert_eq!(reported.content_kind, ContentKind::Indirect);
    assert_eq!(reported.source_kind, SpeakerKind::Person);
}

#[test]
fn party_lawmakers_speak_as_a_group_of_their_party() {
    let t = "Republican lawmakers complained that the ferry bill was rushed. \
             Democrats said the vote was fair.";
    let s = extract(t);
    let gop = by_verb(&s, "complained");
    assert_eq!(gop.source_kind, SpeakerKind::Group);
    assert_eq!(gop.kind, SourceKind::Named);
    assert_eq!(gop.group.as_deref(), Some("Republicans"));
    let dems = by_verb(&s, "said");
    assert_eq!(dems.source_kind, SpeakerKind::Group);
    assert_eq!(dems.group.as_deref(), Some("Democrats"));
    assert_eq!(s.voices, 2);
    assert!(s.balance > 0.5, "two groups: {}", s.balance);
    assert!((s.collective_share - 1.0).abs() < 1e-9);
}

#[test]
fn an_organisation_named_across_and_is_one_voice() {
    let t = "Immigration and Customs Enforcement said the detainees were moved on Friday. \
             The department said in a statement that it would appeal.";
    let s = extract(t);
    let ice = &s.attributions[0];
    assert_eq!(
        ice.speaker.as_deref(),
        Some("Immigration and Customs Enforcement")
    );
    assert_eq!(ice.source_kind, SpeakerKind::Organisation);
    assert!(s.speakers().iter().all(|v| *v != "Customs Enforcement"));
    assert_eq!(s.attributions[1].source_kind, SpeakerKind::Organisation);
}

#[test]
fn beliefs_and_intentions_are_attributed_as_beliefs() {
    let t = "Senator Jane Holloway believes the tariff will hurt farmers. \
             Governor Luis Ortega wants to reopen the mill by June.";
    let s = extract(t);
    let jane = one(&s, "Jane Holloway");
    assert_eq!(jane.content_kind, ContentKind::Belief);
    assert_eq!(jane.quote.as_deref(), Some("the tariff will hurt farmers"));
    let luis = one(&s, "Luis Ortega");
    assert_eq!(luis.content_kind, ContentKind::Belief);
    assert!(!luis.direct);
}

#[test]
fn according_to_a_poll_names_a_document() {
    let t = "According to a new poll, most residents oppose the toll.";
    let s = extract(t);
    let a = by_verb(&s, "according to");
    assert_eq!(a.source_kind, SpeakerKind::Document);
    assert_eq!(a.speaker.as_deref(), Some("new poll"));
    assert_eq!(a.quote.as_deref(), Some("most residents oppose the toll"));
}

#[test]
fn a_participle_after_a_comma_reports_for_the_sentence_subject() {
    let t = "Mayor Tom Brandt rejected the harbor plan, saying it would cost too much.";
    let s = extract(t);
    let got = find(&s, "Tom Brandt");
    // "rejected the harbor plan" is his stance, read by the learned cue "rejected".
    assert_eq!(got.len(), 2, "{:#?}", s.attributions);
    assert_eq!(got[0].verb, "rejected");
    let a = got[1];
    assert_eq!(a.verb, "saying");
    assert_eq!(a.quote.as_deref(), Some("it would cost too much"));
}

#[test]
fn a_quote_after_a_participle_and_colon_is_the_speakers() {
    let t = "Councilwoman Rita Okafor went further, tweeting: “This is a disgrace.”";
    let s = extract(t);
    let a = one(&s, "Rita Okafor");
    assert!(a.direct);
    assert_eq!(a.content_kind, ContentKind::Direct);
    assert_eq!(a.quote.as_deref(), Some("This is a disgrace."));
}

#[test]
fn accusing_someone_of_a_quoted_phrase_belongs_to_the_accusers() {
    let t = "The GOP committee members accused Ellen Marsh of “stonewalling the inquiry.”";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    let a = &s.attributions[0];
    assert_eq!(a.source_kind, SpeakerKind::Group);
    assert_eq!(a.group.as_deref(), Some("Republicans"));
    assert!(a.direct);
}

#[test]
fn role_nouns_resolve_to_the_person_named_earlier() {
    let t = "President Maria Alvarez visited the port on Monday. \
             The president tweeted that the storm damage was severe.";
    let s = extract(t);
    let a = by_verb(&s, "tweeted");
    assert_eq!(a.speaker.as_deref(), Some("Maria Alvarez"));
    assert_eq!(a.source_kind, SpeakerKind::Person);
}

#[test]
fn a_long_apposition_keeps_the_name_before_it() {
    let t = "Dana Whitfield, who chaired the regional transit board for eleven years \
             before stepping down last spring over a dispute about fares and service cuts, \
             told reporters that the budget was a mistake.";
    let s = extract(t);
    let a = one(&s, "Dana Whitfield");
    assert_eq!(a.verb, "told");
    assert_eq!(a.quote.as_deref(), Some("the budget was a mistake"));
}

#[test]
fn quotes_ending_in_question_or_exclamation_marks_take_the_tag_after_them() {
    let t = "“Why would we stop now?” asked Paul Denver, a harbor pilot. \
             “Enough!” Gloria Tran shouted.";
    let s = extract(t);
    let paul = one(&s, "Paul Denver");
    assert_eq!(paul.quote.as_deref(), Some("Why would we stop now?"));
    let gloria = one(&s, "Gloria Tran");
    assert_eq!(gloria.quote.as_deref(), Some("Enough!"));
}

#[test]
fn a_quote_running_over_sentences_is_one_attribution() {
    let t = "“We built this bridge for everyone,” Reid Kaplan said. “It will stay open. \
             Nobody will close it.”";
    let s = extract(t);
    let a = one(&s, "Reid Kaplan");
    let (qs, qe) = (a.quote_start.unwrap(), a.quote_end.unwrap());
    assert!(t[qs..qe].starts_with("We built"));
    assert!(
        t[qs..qe].ends_with("Nobody will close it."),
        "{}",
        &t[qs..qe]
    );
}

#[test]
fn curly_single_quotes_and_doubled_apostrophes_are_quotes() {
    let t = "‘We will rebuild the dock,’ said Ana Ruiz. The crew don’t agree. \
             ''The money is gone,'' Mr. Victor Lutz said.";
    let s = extract(t);
    let ana = one(&s, "Ana Ruiz");
    assert!(ana.direct);
    assert_eq!(ana.quote.as_deref(), Some("We will rebuild the dock,"));
    let lutz = one(&s, "Victor Lutz");
    assert!(lutz.direct);
    assert_eq!(lutz.quote.as_deref(), Some("The money is gone,"));
    // An apostrophe inside a word opens nothing: "The crew don’t agree." is not quoted.
    let crew = t.find("The crew").unwrap();
    assert!(s
        .attributions
        .iter()
        .all(|a| a.end <= crew || a.start > crew + 20));
}

#[test]
fn anonymous_and_collective_voices_are_measured() {
    let t = "Officials said the port would reopen. Harbor Authority said repairs were done. \
             “It is safe,” said Captain Lena Voss.";
    let s = extract(t);
    assert!(
        (s.collective_share - 1.0 / 3.0).abs() < 1e-9,
        "{}",
        s.collective_share
    );
    assert!((s.anonymous_share - 1.0 / 3.0).abs() < 1e-9);
}

#[test]
fn a_campaign_counts_under_its_candidates_group() {
    let t = "Democratic candidate Jane Moreno said the harbor plan was sound. \
             The Moreno campaign said the cost figures were wrong. \
             Republican Senator Tom Hale said the plan would fail.";
    let s = extract(t);
    let campaign = (s.attributions.iter())
        .find(|a| a.speaker.as_deref().is_some_and(|n| n.contains("campaign")))
        .expect("the campaign speaks");
    assert_eq!(campaign.source_kind, SpeakerKind::Organisation);
    assert_eq!(campaign.group.as_deref(), Some("Democrats"));
    assert_eq!(s.groups.get("Democrats"), Some(&2), "{:?}", s.groups);
    assert_eq!(s.groups.get("Republicans"), Some(&1), "{:?}", s.groups);
}

#[test]
fn a_federal_agency_counts_under_the_government() {
    let s = extract("The FBI said the review was closed. Senator Tom Hale said it was not.");
    let fbi = one(&s, "FBI");
    assert_eq!(fbi.group.as_deref(), Some("United States"));
}

#[test]
fn learned_cue_verbs_report_what_their_subject_did_or_thinks() {
    let t = "Senator Tom Hale declined to comment on the harbor plan.";
    let s = extract(t);
    let a = one(&s, "Tom Hale");
    assert_eq!(a.verb, "declined");
    assert_eq!(a.content_kind, ContentKind::Indirect);
    let (qs, qe) = (a.quote_start.unwrap(), a.quote_end.unwrap());
    assert_eq!(&t[qs..qe], "to comment on the harbor plan");
}

#[test]
fn a_poll_share_speaks_as_an_unnamed_source() {
    let s = extract("Nearly six in 10 say the harbor bridge should be rebuilt.");
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    let a = &s.attributions[0];
    assert_eq!(a.kind, SourceKind::Anonymous);
    assert_eq!(a.cue.as_deref(), Some("Nearly six in 10"));
}

#[test]
fn reported_words_before_an_inverted_tag_are_what_was_said() {
    let t = "The bridge will close for a year, said Mayor Tom Brandt, who opposed the plan.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Tom Brandt"));
    assert_eq!(report_by(t, "said"), "The bridge will close for a year");
    // His stance in the relative clause is his too.
    assert_eq!(speaker_by_verb(&s, "opposed"), Some("Tom Brandt"));
    assert_eq!(report_by(t, "opposed"), "the plan");
}

#[test]
fn a_quote_inside_reported_words_reports_them_whole() {
    let t = "Mayor Tom Brandt said the harbor plan was “dead on arrival” in its current form.";
    let s = extract(t);
    let a = one(&s, "Tom Brandt");
    assert_eq!(a.content_kind, ContentKind::Partial);
    let (qs, qe) = (a.quote_start.unwrap(), a.quote_end.unwrap());
    assert_eq!(
        &t[qs..qe],
        "the harbor plan was “dead on arrival” in its current form"
    );
}

#[test]
fn a_name_and_a_colon_open_what_that_person_said() {
    let t = "Senator Tom Hale spoke first.\n\nHale: We will not fund the bridge this year.";
    let s = extract(t);
    let a = (s.attributions.iter())
        .find(|a| a.verb == ":")
        .expect("the colon line is an attribution");
    assert_eq!(a.speaker.as_deref(), Some("Tom Hale"));
    let (qs, qe) = (a.quote_start.unwrap(), a.quote_end.unwrap());
    assert_eq!(&t[qs..qe], "We will not fund the bridge this year.");
}

#[test]
fn a_verb_of_seeming_is_a_claim_with_no_source() {
    let s = extract("The harbor plan seemed doomed by Friday.");
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(s.attributions[0].kind, SourceKind::Unattributed);
    assert_eq!(s.attributions[0].cue.as_deref(), Some("seemed"));
}

/// The attribution whose cue (the words describing an unnamed source) is `cue`.
fn by_cue<'a>(s: &'a Sourcing, cue: &str) -> &'a Attribution {
    let got: Vec<_> = (s.attributions.iter())
        .filter(|a| a.cue.as_deref() == Some(cue))
        .collect();
    assert_eq!(got.len(), 1, "{cue}: {:#?}", s.attributions);
    got[0]
}

/// The reported or quoted words of `a`, by its own offsets.
fn span<'a>(t: &'a str, a: &Attribution) -> &'a str {
    &t[a.quote_start.expect("start")..a.quote_end.expect("end")]
}

#[test]
fn described_subjects_report_as_names_do() {
    let t = "The ferry service was cut in March. The actress said she was tired of waiting. \
             Harbour pilots say the channel is too shallow. Most of the candidates said they \
             would reopen the route. Many argue that fares are too high. Moreno's allies \
             think the council moved too fast.";
    let s = extract(t);
    let actress = s
        .attributions
        .iter()
        .find(|a| a.cue.as_deref().is_some_and(|c| c.contains("actress")))
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(actress.kind, SourceKind::Anonymous);
    assert_eq!(span(t, actress), "she was tired of waiting");
    let pilots = by_cue(&s, "Harbour pilots");
    assert_eq!(pilots.source_kind, SpeakerKind::Anonymous);
    assert_eq!(span(t, pilots), "the channel is too shallow");
    let most = by_cue(&s, "Most of the candidates");
    assert_eq!(span(t, most), "they would reopen the route");
    assert_eq!(span(t, by_cue(&s, "Many")), "fares are too high");
    let allies = one(&s, "Moreno's allies");
    assert_eq!(allies.source_kind, SpeakerKind::Group);
    assert_eq!(span(t, allies), "the council moved too fast");
    // The opening sentence reports no one.
    assert!(
        s.attributions.iter().all(|a| a.start > 10),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn first_person_views_are_claims_with_no_named_source() {
    let t = "Q: Will the ferry return?\n\nA: I think the route will reopen next spring.";
    let s = extract(t);
    let a = by_cue(&s, "I");
    assert_eq!(a.kind, SourceKind::Unattributed);
    assert_eq!(span(t, a), "the route will reopen next spring");
    // Inside a quotation, "I" is the quoted speaker's, not a new source.
    let q = "“I think the route will reopen,” said Jane Moreno.";
    let s = extract(q);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(s.attributions[0].speaker.as_deref(), Some("Jane Moreno"));
}

#[test]
fn progressive_and_perfect_verbs_keep_their_subject() {
    let t = "Mayor Jane Moreno is backing the new ferry plan. \
             Councillor Tom Berg has long insisted that the pier is unsafe. \
             Berg was standing on the pier.";
    let s = extract(t);
    let moreno = one(&s, "Jane Moreno");
    assert_eq!(moreno.verb, "backing");
    assert_eq!(span(t, moreno), "the new ferry plan");
    let berg = one(&s, "Tom Berg");
    assert_eq!(berg.verb, "insisted");
    assert_eq!(span(t, berg), "the pier is unsafe");
}

#[test]
fn plural_verb_forms_report_only_after_plural_subjects() {
    let t = "Most commuters support the new timetable. Democrats oppose the fare rise. \
             The support was strong. The candidate said he does not believe the plan works.";
    let s = extract(t);
    let commuters = s
        .attributions
        .iter()
        .find(|a| a.verb == "support")
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(span(t, commuters), "the new timetable");
    let dems = one(&s, "Democrats");
    assert_eq!(dems.verb, "oppose");
    assert_eq!(span(t, dems), "the fare rise");
    // "not" is no verb, and a noun after "the" reports nothing.
    assert!(
        s.attributions
            .iter()
            .all(|a| a.verb != "not" && a.verb != "note"),
        "{:#?}",
        s.attributions
    );
    // The candidate's "he" believes as the candidate, unnamed as they are.
    let belief = by_verb(&s, "believe");
    assert_eq!(belief.cue.as_deref(), Some("candidate"));
    assert_eq!(span(t, belief), "the plan works");
    assert_eq!(s.attributions.len(), 4, "{:#?}", s.attributions);
}

#[test]
fn appositions_of_participles_and_dashes_and_of_places() {
    let t = "Harbour pilot John Archer, wearing a green jacket, said the tide was late. \
             Democrats -- including Archer -- quickly accused the mayor of delay. \
             Sen. Jane Moreno of Ohio said the bridge would reopen.";
    let s = extract(t);
    let archer = one(&s, "John Archer");
    assert_eq!(span(t, archer), "the tide was late");
    let dems = one(&s, "Democrats");
    assert_eq!(dems.verb, "accused");
    let moreno = one(&s, "Jane Moreno");
    assert_eq!(span(t, moreno), "the bridge would reopen");
    assert!(find(&s, "Ohio").is_empty(), "{:#?}", s.attributions);
}

#[test]
fn stance_nouns_report_their_possessor() {
    let t = "Mayor Jane Moreno spoke on Monday. Her claim that the bridge was safe drew \
             criticism. Berg's call for a recount was rejected.";
    let s = extract(t);
    let claim = s
        .attributions
        .iter()
        .find(|a| a.verb == "claim")
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(claim.speaker.as_deref(), Some("Jane Moreno"));
    assert_eq!(span(t, claim), "the bridge was safe drew criticism");
    let call = one(&s, "Berg");
    assert_eq!(call.verb, "call");
    assert_eq!(span(t, call), "for a recount was rejected");
    // A stance noun with no possessor reports nothing.
    let s = extract("The claim that the bridge was safe drew criticism.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_question_put_to_the_speaker_is_kept_beside_the_answer() {
    let t = "Asked about the delays on Tuesday, Jane Moreno said the contractor was at fault.";
    let s = extract(t);
    let asked = s
        .attributions
        .iter()
        .find(|a| a.verb == "asked")
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(asked.kind, SourceKind::Unattributed);
    assert_eq!(span(t, asked), "about the delays on Tuesday");
    let moreno = one(&s, "Jane Moreno");
    assert_eq!(span(t, moreno), "the contractor was at fault");
}

#[test]
fn quote_running_on_after_the_tags_clauses_is_one_attribution() {
    let t = "“The pier is not safe,” Tom Berg said, referring to the north jetty. \
             “We warned the council twice.”";
    let s = extract(t);
    let berg: Vec<_> = find(&s, "Tom Berg")
        .into_iter()
        .filter(|a| a.direct)
        .collect();
    assert_eq!(berg.len(), 1, "{:#?}", s.attributions);
    assert!(span(t, berg[0]).ends_with("twice."), "{}", span(t, berg[0]));
    assert!(
        span(t, berg[0]).starts_with("The pier"),
        "{}",
        span(t, berg[0])
    );
}

#[test]
fn according_to_reports_the_side_its_comma_opens() {
    let t = "Ferry traffic fell by a third, according to a source on the call. \
             According to the port authority, the pier will close in June.";
    let s = extract(t);
    let source = s
        .attributions
        .iter()
        .find(|a| a.verb == "according to" && a.start < 60)
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(source.kind, SourceKind::Anonymous);
    assert_eq!(span(t, source), "Ferry traffic fell by a third");
    let port = s
        .attributions
        .iter()
        .find(|a| a.verb == "according to" && a.start > 60)
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(span(t, port), "the pier will close in June");
}

#[test]
fn it_and_who_and_participles_name_the_source_before_them() {
    let t = "The Riverton Transit Authority said the line would close. It said repairs \
             would take a year. Among riders, the 30 percent who say the line matters most \
             live downtown. A super PAC backing Moreno spent heavily. Berg praised the \
             crews before adding that the budget was tight.";
    let s = extract(t);
    let authority = find(&s, "Riverton Transit Authority");
    assert_eq!(authority.len(), 2, "{:#?}", s.attributions);
    assert_eq!(span(t, authority[1]), "repairs would take a year");
    let share = s
        .attributions
        .iter()
        .find(|a| a.verb == "say")
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(share.kind, SourceKind::Anonymous);
    assert!(share.cue.as_deref().is_some_and(|c| c.contains("percent")));
    assert_eq!(span(t, share), "the line matters most live downtown");
    let pac = s
        .attributions
        .iter()
        .find(|a| a.verb == "backing")
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(pac.speaker.as_deref(), Some("PAC"));
    assert_eq!(span(t, pac), "Moreno spent heavily");
    let adding = find(&s, "Berg")
        .into_iter()
        .find(|a| a.verb == "adding")
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(span(t, adding), "the budget was tight");
    // With nobody before it, "it" names no one: the words are an unnamed source's.
    let s = extract("It said repairs would take a year.");
    assert!(
        (s.attributions.iter()).all(|a| a.speaker.is_none() && a.kind == SourceKind::Anonymous),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn transcript_speakers_in_capitals() {
    let t = "MORENO: The bridge will reopen in May.\n\nBERG: Not before the survey.\n\n\
             MORENO: The survey is done.\n\nUPDATE: The vote is on Friday.";
    let s = extract(t);
    assert_eq!(find(&s, "Moreno").len(), 2, "{:#?}", s.attributions);
    assert_eq!(find(&s, "Berg").len(), 0, "{:#?}", s.attributions);
    assert!(find(&s, "Update").is_empty(), "{:#?}", s.attributions);
    assert_eq!(
        span(t, find(&s, "Moreno")[0]),
        "The bridge will reopen in May."
    );
}

#[test]
fn stacked_appositions_lead_back_to_the_name() {
    let t = "Dana Whitfield, a retired nurse from Tulsa, Okla., said the clinic closed too soon. \
             Omar Reyes, 41, of Boise, Idaho, says his rent has doubled. \
             Lena Park, deputy director of Riverbank Action, which ran the drive, said turnout rose.";
    let s = extract(t);
    let a = one(&s, "Dana Whitfield");
    assert_eq!(span(t, a), "the clinic closed too soon");
    let b = one(&s, "Omar Reyes");
    assert_eq!(span(t, b), "his rent has doubled");
    let c = one(&s, "Lena Park");
    assert_eq!(span(t, c), "turnout rose");
    assert!(
        find(&s, "Riverbank Action").is_empty(),
        "{:#?}",
        s.attributions
    );
    // A single apposition after a place phrase still credits the described subject.
    let t = "In Ohio, the mayor, a Democrat, said the plan would fail.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    let a = one(&s, "the mayor");
    assert_eq!(a.affiliation.as_deref(), Some("a Democrat"));
    assert_eq!(a.group.as_deref(), Some("Democrats"));
}

#[test]
fn a_pronoun_before_its_verb_is_the_whole_subject() {
    let t = "Grace Okafor ran for the board in 2014. \
             Although in September she said the vote was rigged, she conceded.";
    let s = extract(t);
    let got = find(&s, "Grace Okafor");
    let a = got.iter().find(|a| a.verb == "said").expect("said");
    assert!(
        span(t, a).starts_with("the vote was rigged"),
        "{}",
        span(t, a)
    );
}

#[test]
fn negated_and_time_marked_verbs_keep_their_subject() {
    let t = "Mayor Tom Albright did not say whether he would run again. \
             Council aide Rita Gomez on Friday evening said the budget was late. \
             Governor Paul Dunne last week said taxes would fall.";
    let s = extract(t);
    let a = one(&s, "Tom Albright");
    assert_eq!(span(t, a), "whether he would run again");
    assert_eq!(span(t, one(&s, "Rita Gomez")), "the budget was late");
    assert_eq!(span(t, one(&s, "Paul Dunne")), "taxes would fall");
    // After "be", a negated participle is passive: no speaker.
    let s = extract("The plan was not said to be final.");
    assert!(s.attributions.iter().all(|a| a.speaker.is_none()));
    // Times and channels between the speaker and the verb, and an emphatic "did".
    let t = "Council aide Rita Gomez this morning said the budget was late. \
             Governor Paul Dunne in a written statement said taxes would fall. \
             Mayor Tom Albright did suggest that the depot would close.";
    let s = extract(t);
    assert_eq!(span(t, one(&s, "Rita Gomez")), "the budget was late");
    assert_eq!(span(t, one(&s, "Paul Dunne")), "taxes would fall");
    assert_eq!(span(t, one(&s, "Tom Albright")), "the depot would close");
    // A statement released or a listener before "in" is not the speaker.
    let t = "Mayor Tom Albright met Rita Gomez. In a statement released by the \
             council, Gomez said the budget was late.";
    let s = extract(t);
    assert_eq!(span(t, one(&s, "Rita Gomez")).trim(), "the budget was late");
}

#[test]
fn plural_subjects_narrowed_by_phrases_and_verbs_after_but() {
    let t = "But tenant organizers in Dayton say the new rules will push families out.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(
        s.attributions[0].cue.as_deref(),
        Some("tenant organizers in Dayton")
    );
    assert_eq!(
        span(t, &s.attributions[0]),
        "the new rules will push families out"
    );
    let t = "Senator Ada Novak has rejected both reports, but says that in hindsight the vote was rushed.";
    let s = extract(t);
    let got = find(&s, "Ada Novak");
    let says = got.iter().find(|a| a.verb == "says").expect("says");
    assert_eq!(span(t, says), "in hindsight the vote was rushed");
    let t = "But 12 percent of renters still say they cannot afford a move.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(span(t, &s.attributions[0]), "they cannot afford a move");
}

#[test]
fn descriptions_around_a_name_credit_the_name() {
    let t = "“The lights stay off until spring,” said night nurse Rosa Imber. \
             The utility’s chief engineer, Paul Varga, said the grid was “stretched thin.” \
             Gov. Irene Calder toured the plant. “We will not ration heat,” the governor said.";
    let s = extract(t);
    assert_eq!(
        one(&s, "Rosa Imber").quote.as_deref(),
        Some("The lights stay off until spring,")
    );
    let a = one(&s, "Paul Varga");
    assert!(span(t, a).contains("stretched thin"), "{}", span(t, a));
    let got = find(&s, "Irene Calder");
    assert!(
        got.iter()
            .any(|a| a.quote.as_deref() == Some("We will not ration heat,")),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn light_verbs_report_with_their_phrase_only() {
    let t = "Councillor Nadia Brook made the case that the ferry needs a second dock. \
             Councillor Victor Lind took issue with the harbor budget. \
             Councillor Omar Pike went on to say the reserves were thin.";
    let s = extract(t);
    assert_eq!(
        span(t, one(&s, "Nadia Brook")),
        "the ferry needs a second dock"
    );
    assert_eq!(span(t, one(&s, "Victor Lind")), "the harbor budget");
    assert!(
        span(t, one(&s, "Omar Pike")).ends_with("the reserves were thin"),
        "{:#?}",
        s.attributions
    );
    // Without its phrase a light verb reports nothing.
    let s = extract("Councillor Nadia Brook made a sandwich for the ferry crew.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
    let s = extract("Councillor Victor Lind took the early train to the harbor.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
    // A few shots at a rival are words; a photographer's shots of her are pictures.
    let t = "Councillor Victor Lind took some shots at the mayor over the budget.";
    assert_eq!(
        span(t, one(&extract(t), "Victor Lind")),
        "the mayor over the budget"
    );
    let s = extract("Councillor Victor Lind took some shots of the harbor at dawn.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn adverbs_and_floated_quantifiers_between_subject_and_verb() {
    let t = "Mayor Hilda Ostrom now says the tunnel can wait. \
             Judge Ken Arlo himself said the ruling was narrow. \
             Senator Lena Marsh first said the campus would stay open.";
    let s = extract(t);
    assert_eq!(span(t, one(&s, "Hilda Ostrom")), "the tunnel can wait");
    assert_eq!(span(t, one(&s, "Ken Arlo")), "the ruling was narrow");
    assert_eq!(span(t, one(&s, "Lena Marsh")), "the campus would stay open");
    let t = "Her two rivals, Ines Aalto and Bo Strand, have both urged voters to wait.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert!(span(t, &s.attributions[0]).contains("voters to wait"));
}

#[test]
fn appositions_opening_with_a_determiner_or_after_a_party_label() {
    let t = "Rita Solberg, its chief engineer, said the pylons were sound. \
             Marco Venn, another partner at the firm, said fees would rise. \
             Sen. Ada Kurtz (D-Ore.), said the vote was close.";
    let s = extract(t);
    let a = one(&s, "Rita Solberg");
    assert_eq!(span(t, a), "the pylons were sound");
    assert_eq!(a.affiliation.as_deref(), Some("its chief engineer"));
    assert_eq!(span(t, one(&s, "Marco Venn")), "fees would rise");
    assert_eq!(span(t, one(&s, "Ada Kurtz")), "the vote was close");
}

#[test]
fn a_person_described_by_a_and_a_noun_is_an_unnamed_source() {
    let t = "A harbor board staffer suggested the vote would slip to May.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    let a = &s.attributions[0];
    assert_eq!(a.source_kind, SpeakerKind::Anonymous);
    assert_eq!(a.cue.as_deref(), Some("A harbor board staffer"));
    assert_eq!(span(t, a), "the vote would slip to May");
    // "One" and "another" describe an unnamed person as "a" does.
    let t = "Another harbor board staffer said the vote would slip. \
             One senior aide said the vote was lost.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 2, "{:#?}", s.attributions);
    assert!(s
        .attributions
        .iter()
        .all(|a| a.source_kind == SpeakerKind::Anonymous));
    assert_eq!(
        s.attributions[0].cue.as_deref(),
        Some("Another harbor board staffer")
    );
    // A thing described so does not speak by a learned cue verb.
    let s = extract("A harbor bond measure angered the board members.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn rarer_inflections_of_learned_cue_verbs_report() {
    let t = "Governor Elsa Dahl endorses the transit levy. Mayor Ivo Renn responds that the levy is too small.";
    let s = extract(t);
    assert_eq!(span(t, one(&s, "Elsa Dahl")), "the transit levy");
    assert_eq!(span(t, one(&s, "Ivo Renn")), "the levy is too small");
}

#[test]
fn documents_described_at_length_before_shows() {
    let t = "An analysis by the county auditor of budgets going back to 1990 showed the deficit doubled.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    let a = &s.attributions[0];
    assert_eq!(a.source_kind, SpeakerKind::Document);
    assert_eq!(span(t, a), "the deficit doubled");
    // A person or a place is not a document, however long the phrase.
    let s =
        extract("The mayor of the small river town near the old harbor showed the crowd a map.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn questions_put_to_a_speaker_inside_a_sentence() {
    let t = "Mayor Lise Kant was asked whether the ferry would run. \
             Kant said when asked how the council would vote that it was too early.";
    let s = extract(t);
    let q = s
        .attributions
        .iter()
        .find(|a| a.verb == "asked" && span(t, a).starts_with("whether"))
        .expect("was asked whether");
    assert_eq!(span(t, q), "whether the ferry would run");
    assert!(
        s.attributions
            .iter()
            .any(|a| a.verb == "asked" && span(t, a).starts_with("how the council")),
        "{:#?}",
        s.attributions
    );
    // "asked" with an object and no question is not a question put to the subject.
    let s = extract("Mayor Lise Kant was asked to leave the hall.");
    assert!(
        s.attributions.iter().all(|a| a.verb != "asked"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn semicolon_closes_a_tag_and_time_alone_is_not_reported() {
    let t = "Councillor Ana Ruiz spoke on Monday. The ferry will run late, she said; the crew is short.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(span(t, &s.attributions[0]), "The ferry will run late");
    assert_eq!(s.attributions[0].speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn party_labels_with_periods_and_spelled_or_polled_shares() {
    let t = "Rep. Cora Lund (D-N.Y.) said the levy was fair.";
    let s = extract(t);
    assert_eq!(span(t, one(&s, "Cora Lund")), "the levy was fair");
    // A time between the label and the verb; a description in parentheses.
    for t in [
        "Rep. Cora Lund (D-N.Y.) last week said the levy was fair.",
        "Rep. Cora Lund (a Dayton Democrat who chairs the transit panel) says the levy was fair.",
    ] {
        let s = extract(t);
        assert_eq!(span(t, one(&s, "Cora Lund")), "the levy was fair", "{t}");
    }
    for (t, cue, said) in [
        (
            "One in five say the ferry is too slow.",
            "One in five",
            "the ferry is too slow",
        ),
        (
            "By a wide margin, those surveyed said the fares should stay.",
            "those surveyed",
            "the fares should stay",
        ),
        (
            "Riders lean east: 42% say they take the early boat.",
            "42",
            "they take the early boat",
        ),
    ] {
        let s = extract(t);
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
        assert_eq!(s.attributions[0].cue.as_deref(), Some(cue), "{t}");
        assert_eq!(span(t, &s.attributions[0]), said, "{t}");
    }
}

#[test]
fn contracted_progressives_and_prepositional_appositions() {
    let t = "Councillor Ana Ruiz spoke at the pier. She’s not saying which fixes she would back. \
             Ruiz, without naming him, also accused Tom Rees of stalling.";
    let s = extract(t);
    let got = find(&s, "Ana Ruiz");
    assert!(
        got.iter()
            .any(|a| span(t, a) == "which fixes she would back"),
        "{:#?}",
        s.attributions
    );
    assert!(
        got.iter()
            .any(|a| span(t, a).starts_with("Tom Rees of stalling")),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn stance_adjectives_after_be_report_what_follows() {
    let t = "Councillor Ana Ruiz is eager to leave the council. \
             Mayor Tom Rees has been critical of the ferry contract.";
    let s = extract(t);
    let a = one(&s, "Ana Ruiz");
    assert_eq!(span(t, a), "to leave the council");
    assert_eq!(a.content_kind, ContentKind::Belief);
    assert_eq!(span(t, one(&s, "Tom Rees")), "of the ferry contract");
    // A thing is not a holder of a stance, and "it is critical" has no one behind it.
    let s = extract("The ferry is critical to the town. It is critical to fix the pier.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn stance_nouns_with_no_possessor_report_unattributed() {
    let t = "There were fears that the ferry would close by June.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    let a = &s.attributions[0];
    assert_eq!(a.source_kind, SpeakerKind::Unattributed);
    assert_eq!(span(t, a), "the ferry would close by June");
    // Inside what a speaker reports, the noun is part of it: one attribution.
    let t = "Mayor Tom Rees renewed calls for a second ferry.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(s.attributions[0].speaker.as_deref(), Some("Tom Rees"));
    // A counted or priced plan is a thing in the story, not an unnamed stance.
    for t in [
        "The council also put forward a $40 million plan to rebuild the pier.",
        "A plan to widen the harbour road is on the table again.",
    ] {
        let s = extract(t);
        assert!(s.attributions.is_empty(), "{t}: {:#?}", s.attributions);
    }
}

#[test]
fn records_and_footage_show_what_they_report() {
    let t = "The count ran late. Exit polling showed that Moreno won every county but one.\n\n\
             The filed reports show the committee spent most of its money in March.\n\n\
             Footage from the rally shows the senator waving to the crowd.";
    let s = extract(t);
    for (source, verb, claim) in [
        ("Exit polling", "showed", "Moreno won every county but one"),
        (
            "filed reports",
            "show",
            "the committee spent most of its money in March",
        ),
        (
            "Footage from the rally",
            "shows",
            "the senator waving to the crowd",
        ),
    ] {
        let a = one(&s, source);
        assert_eq!(a.verb, verb);
        assert_eq!(a.source_kind, SpeakerKind::Document);
        assert_eq!(a.quote.as_deref(), Some(claim));
    }
    // A person shows nothing by these verbs: "Moreno showed" is no report.
    let s = extract("Moreno showed the crowd her new sign at the rally.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_participle_after_a_name_or_a_poll_reports_for_it() {
    let t = "The hall emptied early, with Senator Jane Moreno saying the plan was dead.\n\n\
             The mayor kept her lead, a new poll showing her ahead by nine points.";
    let s = extract(t);
    let a = one(&s, "Jane Moreno");
    assert_eq!(a.verb, "saying");
    assert_eq!(a.quote.as_deref(), Some("the plan was dead"));
    let p = one(&s, "new poll");
    assert_eq!(p.verb, "showing");
    assert_eq!(p.quote.as_deref(), Some("her ahead by nine points"));
    // A byline is not a speaker, and a participle after a comma keeps its own rule.
    let s = extract("From Jane Moreno writing in the Ledger: the budget is late.");
    assert!(find(&s, "Jane Moreno").is_empty(), "{:#?}", s.attributions);
    // "A man walking home" reports nothing: only participles of saying or finding.
    let s = extract("Officers found Tom Reyes walking home after the game.");
    assert!(find(&s, "Tom Reyes").is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_passive_claim_names_its_agent_after_by() {
    let t = "The budget slipped again. The delay was first reported by the Harbor Ledger on Friday.\n\n\
             The leak was alleged by Senator Jane Moreno in a letter.";
    let s = extract(t);
    let a = one(&s, "Harbor Ledger");
    assert_eq!(a.verb, "reported");
    assert_eq!(a.quote.as_deref(), Some("The delay"));
    let b = one(&s, "Jane Moreno");
    assert_eq!(b.verb, "alleged");
    assert_eq!(b.quote.as_deref(), Some("The leak"));
    // Other passives with "by" report nothing ("was seen by thousands").
    let s = extract("The new bridge was seen by thousands of visitors on Sunday.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_numbered_rank_stays_inside_its_apposition() {
    let t = "Senator Ruth Calder, the No. 2 Democrat in the Senate, said the vote would slip.";
    let s = extract(t);
    let a = one(&s, "Ruth Calder");
    assert_eq!(span(t, a), "the vote would slip");
    // Only a figure after "no." joins it: "said no. Then" ends the sentence.
    let t = "the No. 2 Democrat; Nos. 3 and 4; she said no. Then";
    let at = |w: &str| t.find(w).unwrap();
    assert!(doc::numbered(t, at("No."), at("2 Democrat")));
    assert!(doc::numbered(t, at("Nos."), at("3 and")));
    assert!(!doc::numbered(t, at("no. Then"), at("Then")));
}

#[test]
fn whoever_found_that_reports_a_finding() {
    let t = "Economist Lisa Grant found that the tax cut paid for a third of itself.";
    let s = extract(t);
    assert_eq!(
        span(t, one(&s, "Lisa Grant")),
        "the tax cut paid for a third of itself"
    );
    // A person who found a thing reports nothing.
    let t = "Economist Lisa Grant found the report on her desk.";
    assert!(extract(t).attributions.is_empty());
}

#[test]
fn a_listener_without_that_is_skipped_alone() {
    for (t, want) in [
        (
            "Ana Ruiz met voters in Dayton, telling them the budget was balanced.",
            "the budget was balanced",
        ),
        (
            "Ana Ruiz told the crowd the plan was dead.",
            "the plan was dead",
        ),
        (
            "Ana Ruiz told Channel Four the plan was dead.",
            "the plan was dead",
        ),
        (
            "Ana Ruiz told reporters that the plan was dead.",
            "the plan was dead",
        ),
        // A listener's name of several words is skipped whole, and where it was
        // told with it.
        (
            "Ana Ruiz told The Harbor Daily Ledger the plan was dead.",
            "the plan was dead",
        ),
        (
            "Ana Ruiz told The Harbor Ledger in an interview that the plan was dead.",
            "the plan was dead",
        ),
        (
            "Ana Ruiz told the Harbor Ledger in a phone interview the plan was dead.",
            "the plan was dead",
        ),
        (
            "Ana Ruiz told the Harbor Ledger website that the plan was dead.",
            "the plan was dead",
        ),
        // A finite verb after the names: the last one is the reported clause's subject.
        (
            "Ana Ruiz told The Harbor Ledger Hart would resign.",
            "Hart would resign",
        ),
        (
            "Ana Ruiz told Channel Four Hart said the plan was dead.",
            "Hart said the plan was dead",
        ),
        // One organisation listens: a first name or a title opens the subject.
        (
            "Ana Ruiz told Reuters Paul Hart was leaving the firm.",
            "Paul Hart was leaving the firm",
        ),
        (
            "Ana Ruiz told Channel Four Sen. Hart would resign.",
            "Sen. Hart would resign",
        ),
        // A long listener, and when it was told, before "that".
        (
            "Ana Ruiz told the U.N. nuclear watchdog agency on Tuesday that the plant was safe.",
            "the plant was safe",
        ),
        (
            "Ana Ruiz told the harbor oversight board last week that the plan was dead.",
            "the plan was dead",
        ),
    ] {
        let s = extract(t);
        assert_eq!(span(t, one(&s, "Ana Ruiz")), want, "{t}");
    }
}

#[test]
fn a_participle_after_a_comma_is_its_subject_s_not_an_unowned_noun() {
    let t = "Ana Ruiz met voters in Dayton, warning that the budget was not balanced.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(span(t, one(&s, "Ana Ruiz")), "the budget was not balanced");
}

#[test]
fn a_relative_clause_s_report_ends_with_the_clause() {
    let t = "Ana Ruiz, who said the levy would fail, faced questions from the council.";
    let s = extract(t);
    assert_eq!(span(t, one(&s, "Ana Ruiz")), "the levy would fail");
    // Without the closing comma the report runs to the end of the sentence.
    let t = "Ana Ruiz said the levy would fail, and the council agreed.";
    let s = extract(t);
    assert_eq!(
        span(t, one(&s, "Ana Ruiz")),
        "the levy would fail, and the council agreed"
    );
}

#[test]
fn said_and_added_that_are_two_reports() {
    let t = "Tom Okafor said the ferry was safe and added that fares would fall in May.";
    let s = extract(t);
    let said = by_verb(&s, "said");
    let added = by_verb(&s, "added");
    assert_eq!(said.speaker.as_deref(), Some("Tom Okafor"));
    assert_eq!(added.speaker.as_deref(), Some("Tom Okafor"));
    assert_eq!(span(t, said), "the ferry was safe");
    assert_eq!(span(t, added), "fares would fall in May");
    // A belief verb after "and" belongs to the reported clause.
    let t = "Tom Okafor said the mayor knew of the delay and thought that it was minor.";
    let s = extract(t);
    assert_eq!(
        span(t, by_verb(&s, "said")),
        "the mayor knew of the delay and thought that it was minor"
    );
}

#[test]
fn a_pronoun_or_role_opening_the_sentence_speaks_after_but_or_a_comma() {
    let t = "Rita Vance grew up in Tulsa. She paid off her loans in five years, \
             but said she could not afford to teach. \
             Then she broke with her party, pledging that she would back the levy.";
    let s = extract(t);
    let got = find(&s, "Rita Vance");
    assert_eq!(got.len(), 2, "{:#?}", s.attributions);
    assert_eq!(span(t, got[0]), "she could not afford to teach");
    assert_eq!(span(t, got[1]), "she would back the levy");
    // A pronoun opening the sentence wins over a name after it.
    let t = "Rita Vance spoke first. He met Omar Bell in Tulsa, saying the plan was sound.";
    let s = extract(t);
    assert!(find(&s, "Omar Bell").is_empty(), "{:#?}", s.attributions);
    assert_eq!(span(t, by_verb(&s, "saying")), "the plan was sound");
    assert_eq!(by_verb(&s, "saying").speaker.as_deref(), Some("Rita Vance"));
}

#[test]
fn a_sentence_going_on_after_its_tag_is_reported_whole() {
    for t in [
        "It was no surprise, Omar Bell said, that the levy failed in the valley.",
        "Fix the dock this year, Omar Bell said, and the town saves a fortune.",
        "The ferry will stay, Omar Bell said on Monday, because the town needs it.",
        // The words after the tag are the predicate of the words before it.
        "The new dock, Omar Bell told reporters, was finished a year late.",
        "The dock, Omar Bell said on Monday, will open in June.",
        "Docks, Omar Bell said, would pay for themselves.",
    ] {
        let s = extract(t);
        let got = one(&s, "Omar Bell");
        assert_eq!(span(t, got), t.trim_end_matches('.'), "{t}");
    }
    // A second verb of the speaker after the tag closes it.
    let t = "The ferry will stay, Omar Bell said, and walked out of the hall.";
    let s = extract(t);
    assert_eq!(span(t, by_verb(&s, "said")), "The ferry will stay");
}

#[test]
fn a_poll_closing_its_sentence_or_named_at_length_reports_the_figures() {
    let t = "Moreno leads Vance by nine points in a new Harbor Ledger poll.";
    let s = extract(t);
    let a = by_verb(&s, "in");
    assert_eq!(a.source_kind, SpeakerKind::Document);
    assert_eq!(span(t, a), "Moreno leads Vance by nine points");
    let t =
        "In a poll conducted by Quinn College and the Harbor Ledger, 41 percent backed the levy.";
    let s = extract(t);
    assert_eq!(span(t, by_verb(&s, "in")), "41 percent backed the levy");
    // "in the polls" inside a sentence is a standing, not a report.
    let t = "Moreno has been rising in the polls since March.";
    assert!(extract(t).attributions.iter().all(|a| a.verb != "in"));
}

#[test]
fn an_adverb_in_ly_between_be_and_a_participle_keeps_the_subject() {
    let t = "Omar Bell is suddenly promising a new ferry to every island.";
    let s = extract(t);
    assert_eq!(span(t, one(&s, "Omar Bell")), "a new ferry to every island");
}

#[test]
fn an_agency_named_across_and_stays_whole_in_every_position() {
    let t = "Officials at Immigration and Customs Enforcement said the raids would go on. \
             “It is over,” Immigration and Customs Enforcement said. \
             Immigration and Customs Enforcement spokeswoman Jane Ortiz said nine people were held.";
    let s = extract(t);
    assert!(
        s.speakers().iter().all(|v| *v != "Customs Enforcement"),
        "{:#?}",
        s.attributions
    );
    let ortiz = one(&s, "Jane Ortiz");
    assert_eq!(
        ortiz.affiliation.as_deref(),
        Some("Immigration and Customs Enforcement spokeswoman")
    );
    let direct = s.attributions.iter().find(|a| a.direct).expect("quote");
    assert_eq!(
        direct.speaker.as_deref(),
        Some("Immigration and Customs Enforcement")
    );
}

#[test]
fn a_name_after_its_verb_keeps_the_person_before_of_and_a_place() {
    let t = "“The levy is a fair deal for riders,” said Sen. Ana Ruiz of Ohio.";
    let s = extract(t);
    let a = one(&s, "Ana Ruiz");
    assert!(a.direct);
    assert_eq!(span(t, a), "The levy is a fair deal for riders,");
}

#[test]
fn a_job_in_lower_case_is_an_apposition_of_the_name_before_it() {
    let t = "“The pier is safe for now,” Tom Baxter, safety director at the port \
             authority, said in an interview on Monday.";
    let s = extract(t);
    let a = one(&s, "Tom Baxter");
    assert_eq!(
        a.affiliation.as_deref(),
        Some("safety director at the port authority")
    );
    // A lower-case phrase that names no job is not read as one.
    let t = "“It is over,” Tom Baxter, tired after the long night, said.";
    let s = extract(t);
    assert!(find(&s, "Tom Baxter")
        .iter()
        .all(|a| a.affiliation.is_none()));
}

#[test]
fn verbs_that_tag_only_beside_a_quote() {
    let t = "“We finally have a bridge!” beamed Carl Dorsey of Dayton. \
             “Sit down,” Ruth Ames snapped. “We are not done.”";
    let s = extract(t);
    assert_eq!(one(&s, "Carl Dorsey").verb, "beamed");
    assert_eq!(find(&s, "Ruth Ames")[0].verb, "snapped");
    // Away from a quote they report nothing.
    let t = "The ferry company snapped up two boats. Carl Dorsey laughed at the idea.";
    assert!(extract(t).attributions.is_empty(), "{t}");
}

#[test]
fn a_share_after_with_speaks_through_its_participle() {
    let t = "The fare rise passed quietly, with two in 10 riders saying they would take \
             the bus less often.";
    let s = extract(t);
    let a = by_verb(&s, "saying");
    assert_eq!(a.source_kind, SpeakerKind::Anonymous);
    assert_eq!(a.cue.as_deref(), Some("two in 10 riders"));
    assert_eq!(span(t, a), "they would take the bus less often");
    // "with" and a name is not a share.
    let t = "She left with Omar Bell saying nothing at all.";
    let s = extract(t);
    assert!(s
        .attributions
        .iter()
        .all(|a| a.cue.as_deref() != Some("Omar Bell")));
}

#[test]
fn subjects_joined_by_and_speak_together() {
    let t = "Lawmakers and other officials said the vote was rushed.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.source_kind, SpeakerKind::Anonymous);
    assert_eq!(a.cue.as_deref(), Some("Lawmakers and other officials"));
    let t = "Moreno and her rivals on the county board have said they would repeal the \
             levy.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.source_kind, SpeakerKind::Group);
    assert_eq!(
        a.speaker.as_deref(),
        Some("Moreno and her rivals on the county board")
    );
    assert_eq!(span(t, a), "they would repeal the levy");
    let t = "Democrats and Republicans agree that the dock must be rebuilt.";
    let s = extract(t);
    let a = by_verb(&s, "agree");
    assert_eq!(a.speaker.as_deref(), Some("Democrats and Republicans"));
    // Two people: each speaks (`two_people_joined_by_and_are_two_voices`).
    let t = "Ana Ruiz and Paul Tran both stressed that the vote was rushed.";
    let s = extract(t);
    assert_eq!(one(&s, "Paul Tran").verb, "stressed");
    assert_eq!(one(&s, "Ana Ruiz").verb, "stressed");
    // An object before "and" does not join the subject.
    let t = "Ruiz praised the workers and the council said the dock would open.";
    assert_eq!(
        by_verb(&extract(t), "said").speaker.as_deref(),
        Some("council")
    );
}

#[test]
fn a_document_described_by_its_place_says_what_it_reports() {
    let t = "A later report in a Dayton newspaper said that the mayor had used city cars.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.source_kind, SpeakerKind::Document);
    assert_eq!(
        a.speaker.as_deref(),
        Some("later report in a Dayton newspaper")
    );
    assert_eq!(span(t, a), "the mayor had used city cars");
}

#[test]
fn a_restrictive_who_clause_before_the_verb_is_not_the_speaker() {
    let t = "Drivers who spoke to the Harbor Ledger said they feared for their jobs.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_ne!(a.speaker.as_deref(), Some("Harbor Ledger"), "{a:#?}");
    assert!(find(&s, "Harbor Ledger").is_empty());
    assert_eq!(span(t, a), "they feared for their jobs");
}

#[test]
fn an_opening_phrase_of_place_is_not_what_a_short_report_says() {
    let t = "At a rally in Dayton, Ruiz said fares would fall.";
    assert_eq!(span(t, by_verb(&extract(t), "said")), "fares would fall");
    let t = "Speaking on Monday, Ruiz promised lower fares.";
    assert_eq!(span(t, by_verb(&extract(t), "promised")), "lower fares");
    // A clause before the tag is still what it reports.
    let t = "The plan has failed in every town, Ruiz said again.";
    assert_eq!(
        span(t, by_verb(&extract(t), "said")),
        "The plan has failed in every town"
    );
}

#[test]
fn a_pronoun_before_a_second_verb_of_saying_splits_the_report() {
    let t = "The mayor told reporters that the bridge was safe, and he added that fares \
             would fall.";
    let s = extract(t);
    assert_eq!(span(t, by_verb(&s, "told")), "the bridge was safe");
}

#[test]
fn a_described_speaker_after_the_verb_tags_the_quote() {
    let t = "“The ferry timetable is a decade out of date,” said a longtime adviser to \
             Ruiz, who asked not to be named. “Nobody rides at noon.”";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.source_kind, SpeakerKind::Anonymous);
    assert_eq!(a.cue.as_deref(), Some("a longtime adviser to Ruiz"));
    assert!(span(t, a).ends_with("Nobody rides at noon."));
    let t = "“We lost the vote,” said one district party leader.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.cue.as_deref(), Some("one district party leader"));
    // A clause after "said the" is what was said, not a speaker.
    let t = "Tom Baxter said the dock had “failed every test.”";
    let s = extract(t);
    assert_eq!(by_verb(&s, "said").speaker.as_deref(), Some("Tom Baxter"));
}

/// The sourcing of `text` read for the figures alone and in full: every figure
/// and every attribution agree, but for the words and spans the figures skip.
fn figures_agree_with_full(text: &str) -> (Sourcing, Sourcing) {
    let mut doc = Document::new(crate::features::words::describe);
    doc.read(None, text);
    let mut scratch = SourcingScratch::default();
    let full = extract_read(&doc, None, Detail::Full, &mut scratch);
    let figures = extract_read(&doc, None, Detail::Figures, &mut scratch);
    let blank = |s: &Sourcing| Sourcing {
        attributions: (s.attributions.iter())
            .map(|a| Attribution {
                quote: None,
                quote_start: None,
                quote_end: None,
                content_kind: ContentKind::Direct,
                ..a.clone()
            })
            .collect(),
        ..s.clone()
    };
    assert_eq!(blank(&figures), blank(&full), "{text}");
    (full, figures)
}

#[test]
fn the_figures_alone_read_as_the_full_reading_does() {
    let text = "Senator Jane Moreno said the plan was “dead on arrival” and left. \
                America needs leaders “who listen,” Moreno said on Monday. \
                Tyler Ruiz said, “We have three weeks to go” until the caucuses. \
                Turnout fell sharply, according to the county clerk. \
                The mayor was eager to leave the talks, aides said. \
                “We will win,” he told reporters. Officials said the budget was balanced, \
                and Ruiz added that fares would fall. It is believed the deal collapsed.";
    let (full, figures) = figures_agree_with_full(text);
    // The full reading works out what the figures skip: a quote inside reported
    // words, and the reported words' spans.
    assert!(
        (full.attributions.iter()).any(|a| a.content_kind == ContentKind::Partial),
        "{:#?}",
        full.attributions
    );
    let spans = |s: &Sourcing| {
        (s.attributions.iter())
            .filter(|a| a.quote_start.is_some())
            .count()
    };
    assert!(spans(&figures) < spans(&full));
    assert!(full.attributions.len() >= 8, "{:#?}", full.attributions);
    for text in [
        "",
        "No one spoke.",
        "“A,” he said, “B.” Smith said: “C.” The report shows costs rose.",
    ] {
        figures_agree_with_full(text);
    }
}

proptest::proptest! {
    #[test]
    fn any_text_gives_the_same_figures_alone_and_in_full(
        t in "[A-Za-z .,:;!?\"“”’'—\n-]{0,300}|((Moreno|said|told|the plan|“|”|, |\\. |according to|was eager to|that|he|officials) ){0,40}"
    ) {
        figures_agree_with_full(&t);
    }
}

/// The words of attribution `a`'s quote span in `t`.
fn reported<'t>(t: &'t str, a: &Attribution) -> &'t str {
    &t[a.quote_start.unwrap()..a.quote_end.unwrap()]
}

#[test]
fn a_short_clause_after_the_verb_is_the_report() {
    // A pronoun and its auxiliary open a clause: the report, however short, even
    // after an opening phrase of time.
    let t = "The board met on Monday. Later in the day, the agency said it would cooperate.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "said").unwrap();
    assert_eq!(reported(t, a), "it would cooperate");
    // Only circumstances after the verb: the words before the subject are reported.
    let t = "The vote was a mistake from the start, the mayor said on Monday.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "said").unwrap();
    assert_eq!(reported(t, a), "The vote was a mistake from the start");
    figures_agree_with_full(t);
}

#[test]
fn an_apposition_naming_a_person_after_a_description_names_the_speaker() {
    // A job in lower case before the name, after a description that names no one.
    let t = "One delegate, county party chairwoman Mary Olson, pledged her vote to the mayor.";
    let s = extract(t);
    let a = one(&s, "Mary Olson");
    assert_eq!(a.affiliation.as_deref(), Some("county party chairwoman"));
    assert_eq!(reported(t, a), "her vote to the mayor");
    let t = "Next the treasurer, veteran budget officer Lena Park, announced the fund was empty.";
    let a = one(&extract(t), "Lena Park").clone();
    assert_eq!(reported(t, &a), "the fund was empty");
    // The name before "of" and a place or an institution.
    let t = "Another analyst, Lena Park of Dayton State College, said the race was close.";
    let a = one(&extract(t), "Lena Park").clone();
    assert_eq!(reported(t, &a), "the race was close");
    // A name after a preposition in the apposition is not the speaker.
    let t = "Tom Baxter, a spokesman for Mary Olson, said the count was wrong.";
    let s = extract(t);
    assert!(find(&s, "Mary Olson").is_empty(), "{:#?}", s.attributions);
    one(&s, "Tom Baxter");
    // The name set off after a description that follows the verb.
    let t = "“The yard is full,” said the port’s chief executive, Lena Park. \
             The fees will rise, said the deputy mayor, Tom Baxter.";
    let s = extract(t);
    let a = one(&s, "Lena Park");
    assert_eq!(a.quote.as_deref(), Some("The yard is full,"));
    assert_eq!(reported(t, one(&s, "Tom Baxter")), "The fees will rise");
}

#[test]
fn a_party_label_and_a_contracted_relative_clause_stand_before_the_verb() {
    let t = "Rep. Raj Patel (D), an ally of the ferry union, argued \
             that the fares were too high.";
    let s = extract(t);
    assert_eq!(reported(t, one(&s, "Raj Patel")), "the fares were too high");
    let t = "Ed Jones arrived late. But Jones, who’s running to be a delegate, added that he \
             backs the plan.";
    let s = extract(t);
    let a = one(&s, "Ed Jones");
    assert_eq!(a.verb, "added");
    assert_eq!(reported(t, a), "he backs the plan");
}

#[test]
fn a_plural_noun_narrowed_by_a_phrase_speaks_before_its_verb() {
    // A participle or a preposition narrows the noun, whatever the phrase ends with.
    for (t, cue) in [
        (
            "Parents hoping to reopen the library by spring say the petition is nearly full.",
            "Parents hoping to reopen the library by spring",
        ),
        (
            "Supporters of a second ferry line downtown say the boats would fill at once.",
            "Supporters of a second ferry line downtown",
        ),
        // The name after the preposition is not the speaker.
        (
            "Neighbours of Lena Park who watched the storm say the river rose within an hour.",
            "Neighbours of Lena Park",
        ),
    ] {
        let s = extract(t);
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
        let a = &s.attributions[0];
        assert_eq!(a.kind, SourceKind::Anonymous, "{t}");
        assert_eq!(a.cue.as_deref(), Some(cue), "{t}");
        figures_agree_with_full(t);
    }
    // A plural verb form after such a noun reports too.
    let t = "Voters in Dayton support the plan by a wide margin.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(s.attributions[0].verb, "support");
    // A noun after "the" or "their" is no verb.
    for t in [
        "Several projects near the bottom of the list wait for money.",
        "Once the members of the board had their say, the chair closed the meeting.",
    ] {
        let s = extract(t);
        assert!(
            (s.attributions.iter()).all(|a| !matches!(a.verb.as_str(), "list" | "say")),
            "{t}: {:#?}",
            s.attributions
        );
    }
}

#[test]
fn emails_and_photos_show_what_they_record() {
    for (t, verb) in [
        (
            "The transcripts show that the contractor billed the city twice.",
            "show",
        ),
        ("Photos showed water pouring over the old dam.", "showed"),
        (
            "A March 3, 2019 email shows the clerk approved the permit early.",
            "shows",
        ),
    ] {
        let s = extract(t);
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
        assert_eq!(s.attributions[0].source_kind, SpeakerKind::Document, "{t}");
        assert_eq!(s.attributions[0].verb, verb);
    }
    // A comma before "said" closes the words it reports: a photo there is no source.
    let t = "The archive keeps one photo for every year since the flood, said Ana Lopez, \
             a clerk at the library.";
    let s = extract(t);
    one(&s, "Ana Lopez");
}

#[test]
fn a_participle_speaks_for_the_subject_after_an_opening_phrase() {
    let t = "At a town hall in Dayton on Monday, Mary Ruiz took a softer line, saying \
             she would listen to the farmers.";
    let s = extract(t);
    let a = s
        .attributions
        .iter()
        .find(|a| a.verb == "saying")
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(a.speaker.as_deref(), Some("Mary Ruiz"));
    assert_eq!(reported(t, a), "she would listen to the farmers");
}

#[test]
fn a_participle_opening_its_sentence_speaks_for_the_subject_after_its_clause() {
    for (t, speaker, words) in [
        (
            "Insisting that taxes would fall, Mayor Jane Moreno told the crowd to vote.",
            Some("Jane Moreno"),
            "that taxes would fall",
        ),
        (
            "Jane Moreno spoke last. After thanking the crowd, she left the stage.",
            Some("Jane Moreno"),
            "the crowd",
        ),
    ] {
        let s = extract(t);
        let a = (s.attributions.iter())
            .find(|a| a.verb == "insisting" || a.verb == "thanking")
            .unwrap_or_else(|| panic!("{t}: {:#?}", s.attributions));
        assert_eq!(a.speaker.as_deref(), speaker, "{t}");
        assert_eq!(reported(t, a), words, "{t}");
        figures_agree_with_full(t);
    }
    // Where it happened, and a gerund subject, report nothing.
    for t in [
        "Speaking at a rally in Dayton, Jane Moreno thanked the crowd.",
        "Naming a third judge would be a coup for the mayor, aides believe.",
    ] {
        let s = extract(t);
        assert!(
            (s.attributions.iter()).all(|a| a.verb != "speaking" && a.verb != "naming"),
            "{t}: {:#?}",
            s.attributions
        );
    }
}

#[test]
fn a_participle_joined_by_and_to_one_after_a_comma_speaks_too() {
    let t = "Mayor Jane Moreno opened her campaign, calling the council timid and vowing to \
             cut fares.";
    let s = extract(t);
    let vowing = (s.attributions.iter())
        .find(|a| a.verb == "vowing")
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(vowing.speaker.as_deref(), Some("Jane Moreno"));
    assert_eq!(reported(t, vowing), "to cut fares");
}

#[test]
fn a_participle_of_saying_joined_to_one_of_an_act_speaks_for_the_subject() {
    let t = "Mayor Jane Moreno toured the pier, shifting her focus to fares and accusing \
             the council of neglect.";
    let s = extract(t);
    let accusing = (s.attributions.iter())
        .find(|a| a.verb == "accusing")
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(accusing.speaker.as_deref(), Some("Jane Moreno"));
    assert_eq!(reported(t, accusing), "the council of neglect");
    // A preposition in "-ing" after the comma is no act of the subject's.
    let t = "The council met twice, including Monday and accusing residents of neglect.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| a.verb != "accusing" || a.speaker.is_none()),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_share_of_those_polled_speaks_however_it_is_narrowed() {
    for (t, words) in [
        (
            "Only 41 percent of riders said the ferry ran on time.",
            "the ferry ran on time",
        ),
        (
            "At least half of riders in each county say the fares are too high.",
            "the fares are too high",
        ),
        (
            "Fares rose in May — 60 percent of riders said the ferry was worse.",
            "the ferry was worse",
        ),
    ] {
        let s = extract(t);
        let a = (s.attributions.iter())
            .find(|a| a.verb == "said" || a.verb == "say")
            .unwrap_or_else(|| panic!("{t}: {:#?}", s.attributions));
        assert_eq!(a.source_kind, SpeakerKind::Anonymous, "{t}");
        assert_eq!(reported(t, a), words, "{t}");
        figures_agree_with_full(t);
    }
    // "just" narrows a share, not a count.
    let s = extract("In 2015, 158 ferries sailed and just 14 docked at night.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_share_of_those_polled_takes_a_plural_verb() {
    let t = "Among riders, 56 percent would vote for the levy. About 4 in 10 riders in each \
             county want the fares cut.";
    let s = extract(t);
    let want = by_verb(&s, "want");
    assert_eq!(want.source_kind, SpeakerKind::Anonymous);
    assert_eq!(reported(t, want), "the fares cut");
    assert_eq!(by_verb(&s, "vote").source_kind, SpeakerKind::Anonymous);
    // A share right before the word is a noun's count ("38 percent support").
    let s = extract("In March, the levy had 38 percent support among riders.");
    assert!(
        s.attributions.iter().all(|a| a.verb != "support"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_one_word_answer_is_what_was_said() {
    for (t, words) in [
        (
            "Asked if the ferry would run on Sunday, the mayor said no.",
            "no",
        ),
        (
            "The levy passed. Only 40 percent of riders said so in May.",
            "so in May",
        ),
    ] {
        let s = extract(t);
        let a = by_verb(&s, "said");
        assert_eq!(reported(t, a), words, "{t}");
    }
}

#[test]
fn at_least_opens_what_is_reported() {
    let t = "As the parade went by, the Harbor Ledger reported at least six boats in the bay.";
    let s = extract(t);
    let a = by_verb(&s, "reported");
    assert_eq!(reported(t, a), "at least six boats in the bay");
}

#[test]
fn people_who_indicated_that_report() {
    let t = "Her aides indicated that the office would reopen in June.";
    let s = extract(t);
    let a = by_verb(&s, "indicated");
    assert_eq!(a.source_kind, SpeakerKind::Anonymous);
    assert_eq!(reported(t, a), "the office would reopen in June");
}

#[test]
fn a_number_of_people_speak_as_they_do() {
    let t = "A number of riders said the ferry was late.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.source_kind, SpeakerKind::Anonymous);
    assert_eq!(reported(t, a), "the ferry was late");
}

#[test]
fn a_bare_verb_after_do_reports_whatever_its_subject() {
    let t = "Mayor Ana Ruiz did not mention the levy in her speech.";
    let s = extract(t);
    let a = one(&s, "Ana Ruiz");
    assert_eq!(a.verb, "mention");
    assert_eq!(reported(t, a), "the levy in her speech");
}

#[test]
fn a_participle_after_since_speaks_for_the_subject_after_its_clause() {
    let t = "Since vowing that she would run, Ana Ruiz has toured the county.";
    let s = extract(t);
    let a = by_verb(&s, "vowing");
    assert_eq!(a.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(reported(t, a), "that she would run");
}

#[test]
fn plural_noun_forms_end_in_s_but_not_as_singulars_do() {
    use crate::features::english::is_plural_noun_form;
    for w in ["voters", "rabbis", "aides", "critics"] {
        assert!(is_plural_noun_form(w), "{w}");
    }
    for w in ["analysis", "axis", "status", "press", "bus", "gas"] {
        assert!(!is_plural_noun_form(w), "{w}");
    }
}

#[test]
fn seen_claims_only_as_something() {
    let t = "The port is seen as a safe harbor.";
    let s = extract(t);
    assert_eq!(
        by_verb(&s, "is seen").source_kind,
        SpeakerKind::Unattributed
    );
    for t in [
        "The mayor was seen waving at the ferry.",
        "Whether the levy passes remains to be seen.",
    ] {
        let s = extract(t);
        assert!(s.attributions.is_empty(), "{t}: {:#?}", s.attributions);
    }
}

#[test]
fn a_name_opening_its_sentence_speaks_past_an_unread_apposition() {
    // A possessive and a long relative clause the apposition reader leaves unread.
    let t = "The ferry board met on Monday. Rosa Delgado, Reyes' chief engineer, said the hull \
             had passed inspection. Tomas Reyes, who inspects vessels for the firm Baker & Lowe, \
             said the pumps were old. Ana Ruiz, whose firm, Ruiz Marine, built the hull, said \
             the welds held.";
    let s = extract(t);
    let a = one(&s, "Rosa Delgado");
    assert_eq!(a.quote.as_deref(), Some("the hull had passed inspection"));
    let b = one(&s, "Tomas Reyes");
    assert_eq!(b.quote.as_deref(), Some("the pumps were old"));
    let c = one(&s, "Ana Ruiz");
    assert_eq!(c.quote.as_deref(), Some("the welds held"));
    // A phrase of place before the comma names no one.
    let t = "The ferry board met on Monday. In Elm Bay, on a windy morning, crews said the \
             ferry was late.";
    let s = extract(t);
    assert!(s
        .attributions
        .iter()
        .all(|a| a.speaker.as_deref() != Some("Elm Bay")));
}

#[test]
fn the_words_opening_a_sentence_describe_an_unnamed_speaker() {
    let t = "The ferry board met on Monday. Her ferry crew here said they had sailed \
             every day since March.";
    let s = extract(t);
    let a = s
        .attributions
        .iter()
        .find(|a| a.verb == "said")
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(
        a.quote.as_deref(),
        Some("they had sailed every day since March")
    );
    // A noun after an article or possessive, a verb among the words, or nothing after
    // the verb: no speaker is read.
    for t in [
        "The fleet met on Monday. Their calls grew louder after the storm.",
        "The fleet met on Monday. Mayor Ana Ruiz also condemned harbor plans to close the pier.",
        "The fleet met on Monday. Every dockhand tweeted: nothing more.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions
                .iter()
                .all(|a| !matches!(a.verb.as_str(), "calls" | "plans" | "tweeted")),
            "{t}: {:#?}",
            s.attributions
        );
    }
}

#[test]
fn a_vote_reports_what_was_voted_for_without_its_tally() {
    let t = "The Elm Bay council voted 5-4 on Thursday to close the old pier. The harbor \
             board voted unanimously to keep the ferry running. The county board voted 3–2 \
             last week to sell the old depot.";
    let s = extract(t);
    let quotes: Vec<_> = s
        .attributions
        .iter()
        .filter_map(|a| a.quote.as_deref())
        .collect();
    assert!(quotes.contains(&"to close the old pier"), "{quotes:?}");
    assert!(quotes.contains(&"to keep the ferry running"), "{quotes:?}");
    // An en dash between the numbers is the same tally.
    assert!(quotes.contains(&"to sell the old depot"), "{quotes:?}");
}

#[test]
fn a_verb_of_action_is_no_report_of_its_doer() {
    for t in [
        "Mayor Ana Ruiz fired the harbor chief on Monday.",
        "Police fired tear gas at the marchers near the ferry terminal.",
        "The Elm Bay council passed the levy in May.",
        "Governor Tom Hale signed the ferry bill into law on Friday.",
        "The rebels attacked the village at dawn, witnesses later told the court.",
        "Senator Ada Novak introduced a bill to fund the ferry.",
        "The harbor board approved the repair and hired a new contractor.",
        "Governor Tom Hale signed the “Clean Harbor Act” on Friday.",
        "Ms. Ruiz named Paul Tran as the new harbor chief.",
    ] {
        let s = extract(t);
        let acts: Vec<_> = (s.attributions.iter())
            .filter(|a| {
                matches!(
                    a.verb.as_str(),
                    "fired"
                        | "passed"
                        | "signed"
                        | "attacked"
                        | "introduced"
                        | "approved"
                        | "hired"
                        | "named"
                )
            })
            .collect();
        assert!(acts.is_empty(), "{t}: {:#?}", s.attributions);
    }
    // By a person, an attack is mostly one in words; by a state or a crowd, in arms.
    let t = "Senator Ada Novak attacked the levy on Monday. The rebel army attacked the \
             harbor town at dawn.";
    let s = extract(t);
    let attacks: Vec<_> = (s.attributions.iter())
        .filter(|a| a.verb == "attacked")
        .collect();
    assert_eq!(attacks.len(), 1, "{:#?}", s.attributions);
    assert_eq!(attacks[0].speaker.as_deref(), Some("Ada Novak"));
    assert_eq!(reported(t, attacks[0]), "the levy on Monday");
    // The doer of a deed still speaks by the participle after it.
    for t in [
        "Mayor Ana Ruiz opened the hearing by saying that the pier was unsafe.",
        "During the harbor hearing, Mayor Ana Ruiz signed the order, saying the pier was unsafe.",
    ] {
        let s = extract(t);
        assert_eq!(speaker_by_verb(&s, "saying"), Some("Ana Ruiz"), "{t}");
    }
    // The witnesses' words are still theirs.
    let t = "The rebels attacked the village at dawn, witnesses later told the court.";
    let s = extract(t);
    assert_eq!(
        reported(t, by_verb(&s, "told")),
        "The rebels attacked the village at dawn"
    );
}

#[test]
fn a_verb_of_action_reports_the_words_it_introduces() {
    // A retort, a "that" clause, a stance "of", an attack "as" or "for" something.
    for (t, verb, speaker, words) in [
        (
            "Mayor Ana Ruiz fired back that the audit was a smear.",
            "fired",
            "Ana Ruiz",
            "the audit was a smear",
        ),
        (
            "Senator Ada Novak attacked the levy as a giveaway to the ferry owners.",
            "attacked",
            "Ada Novak",
            "the levy as a giveaway to the ferry owners",
        ),
        (
            "Senator Ada Novak attacked Mayor Ruiz for the long delay.",
            "attacked",
            "Ada Novak",
            "Mayor Ruiz for the long delay",
        ),
        (
            "Mayor Ana Ruiz approved of the new timetable.",
            "approved",
            "Ana Ruiz",
            "of the new timetable",
        ),
    ] {
        let s = extract(t);
        assert_eq!(speaker_by_verb(&s, verb), Some(speaker), "{t}");
        let a = s.attributions.iter().find(|a| a.verb == verb).unwrap();
        assert_eq!(reported(t, a), words, "{t}");
    }
    // A quotation in the verb's own phrase, after a colon too.
    for t in [
        "Governor Tom Hale attacked the plan as “a sham from start to finish.”",
        "Governor Tom Hale fired off a message on Twitter: “The audit is a smear.”",
    ] {
        let s = extract(t);
        assert!(
            !find(&s, "Tom Hale").is_empty(),
            "{t}: {:#?}",
            s.attributions
        );
    }
}

#[test]
fn a_so_called_name_in_quotation_marks_is_no_quotation_of_the_speaker() {
    // The writer's distance from a name ("so-called"), not the sources' words: the
    // report is read whole from the verb, as indirect speech.
    let t =
        "Aides close to the talks said the so-called \"rainy day fund\" had been emptied twice.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    let a = &s.attributions[0];
    assert!(!a.direct);
    assert_eq!(a.content_kind, ContentKind::Indirect);
    assert!(
        a.quote
            .as_deref()
            .is_some_and(|q| q.ends_with("emptied twice")),
        "{:?}",
        a.quote
    );
    // Without the marker the quoted words are the sources' own: a partial quotation.
    let t = "Aides close to the talks said the \"rainy day fund\" had been emptied twice.";
    let s = extract(t);
    assert!(
        s.attributions.iter().any(|a| a.direct),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_plural_noun_of_saying_before_its_own_verb_names_no_speaker() {
    // "calls", "chants", "tweets", "reports" are nouns here: the verb after them is theirs.
    for t in [
        "Angry calls poured into the office after the vote.",
        "Angry chants echoed outside the hall.",
        "Several tweets mocked the mayor for the delay.",
        "Police reports say the driver fled the scene.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions
                .iter()
                .all(|a| !matches!(a.verb.as_str(), "calls" | "chants" | "tweets" | "reports")),
            "{t}: {:#?}",
            s.attributions
        );
        assert!(
            s.attributions
                .iter()
                .all(|a| a.speaker.as_deref() != Some("Angry")),
            "{t}"
        );
    }
    // The verb reading stays where the word after it is no verb of its own.
    let s = extract("Reyes calls the plan a failure.");
    assert!(
        s.attributions.iter().any(|a| a.verb == "calls"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_role_in_an_organisation_counts_under_the_organisation() {
    let t = "Tom Reyes, president of the Millbrook Tenants Union, said rents were too high. \
             Ana Cole, treasurer of the Millbrook Tenants Union, said the fund was empty. \
             Lee Park, an analyst at The Harlow Group, said prices would fall. \
             Eva Moss of the Farmers Federation for Fair Trade said prices would rise.";
    let s = extract(t);
    assert_eq!(
        s.groups.get("Millbrook Tenants Union"),
        Some(&2),
        "{:?}",
        s.groups
    );
    assert_eq!(s.groups.get("Harlow Group"), Some(&1), "{:?}", s.groups);
    assert_eq!(s.groups.len(), 3, "{:?}", s.groups);
}

#[test]
fn an_affiliation_that_describes_the_person_names_no_group() {
    let t = "Mia Grant, 41, a nurse from Dayton, said the clinic closed. \
             Sam Ortiz, who has lived on the street for years, said the noise was worse. \
             Kim Bell, no relation to the senator, said she would vote no.";
    let s = extract(t);
    assert_eq!(
        s.groups.keys().collect::<Vec<_>>(),
        ["Kim Bell", "Mia Grant", "Sam Ortiz"],
        "{:#?}",
        s.attributions
    );
    // A clause ends the role: a name in it is no organisation.
    let t = "Al Ross, a plumber who grew up with Carla Hale, said the pipes froze.";
    let s = extract(t);
    assert_ne!(one(&s, "Al Ross").group.as_deref(), Some("Carla Hale"));
    // An age before a role in an organisation still names the organisation.
    let t = "Rosa Diaz, 52, director of the Elm Street Food Bank, said shelves were bare.";
    assert_eq!(
        one(&extract(t), "Rosa Diaz").group.as_deref(),
        Some("Elm Street Food Bank")
    );
}

#[test]
fn a_document_by_an_organisation_speaks_for_the_organisation() {
    let t = "But an analysis by the county's water board found the repairs would cost more.";
    let s = extract(t);
    assert_eq!(
        s.speakers(),
        ["county's water board"],
        "{:#?}",
        s.attributions
    );
    // A document with no maker named is the voice itself.
    let t = "A new report found the repairs would cost more.";
    assert_eq!(extract(t).attributions.len(), 1);
}

#[test]
fn an_organisation_group_is_shown_as_written_and_counted_as_one() {
    // The group keeps the name's case in reports; two spellings of one affiliation
    // still count as one group.
    let t = "Jo Lane, a Harbor Watch volunteer, said the pier was unsafe. \
             Ed Ruiz, a harbor watch volunteer, said the rails were loose. \
             Ivy Chen, a Harbor Watch volunteer, said the lights were out.";
    let s = extract(t);
    assert_eq!(
        s.groups.iter().collect::<Vec<_>>(),
        [(&"Harbor Watch volunteer".to_string(), &3)],
        "{:#?}",
        s.attributions
    );
    assert_eq!(s.top_group_share, 1.0);
    assert_eq!(
        one(&s, "Ed Ruiz").group.as_deref(),
        Some("Harbor Watch volunteer")
    );
}

#[test]
fn an_office_with_no_one_named_in_reach_is_a_person_shown_as_the_role() {
    for (t, speaker, group) in [
        (
            "The mayor said the bridge would reopen in May.",
            "the mayor",
            "the mayor",
        ),
        (
            "“We will not raise the toll,” the governor told reporters.",
            "the governor",
            "the governor",
        ),
        (
            "The prime minister said the treaty was fair.",
            "the prime minister",
            "the prime minister",
        ),
        (
            "The Kremlin spokesman said talks would resume.",
            "the Kremlin spokesman",
            "Russia",
        ),
    ] {
        let s = extract(t);
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
        let a = one(&s, speaker);
        assert_eq!(a.kind, SourceKind::Named, "{t}");
        assert_eq!(a.source_kind, SpeakerKind::Person, "{t}");
        assert!(!a.anonymous && a.cue.is_none(), "{t}");
        assert_eq!(a.group.as_deref(), Some(group), "{t}");
        assert_eq!((s.voices, s.anonymous_share), (1, 0.0), "{t}");
    }
    // Twice "the mayor" is one voice.
    let s = extract("The mayor said the bridge was safe. The mayor also said it would close.");
    assert_eq!(find(&s, "the mayor").len(), 2, "{:#?}", s.attributions);
    assert_eq!(s.voices, 1);
}

#[test]
fn unnamed_voices_and_roles_many_hold_stay_anonymous() {
    for (t, cue) in [
        ("The official said the vote was close.", "official"),
        ("The source said the deal was off.", "source"),
        ("A spokesperson said the firm would appeal.", "spokesperson"),
        ("The spokesman said nothing was decided.", "spokesman"),
        ("Officials said the plan was sound.", "Officials"),
        ("The adviser said the plan would fail.", "adviser"),
        (
            "The unnamed White House spokesperson said the call went well.",
            "unnamed White House spokesperson",
        ),
    ] {
        let s = extract(t);
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
        let a = &s.attributions[0];
        assert_eq!(a.source_kind, SpeakerKind::Anonymous, "{t}: {a:#?}");
        assert!(a.anonymous && a.speaker.is_none(), "{t}");
        assert!(a.cue.as_deref().unwrap().contains(cue), "{t}: {:?}", a.cue);
    }
}

#[test]
fn a_role_speaker_after_an_opening_phrase_and_her_pronouns() {
    // Words opening the sentence do not make the office indefinite, and a "she"
    // after the role speaker is that speaker.
    let t = "On Friday the mayor said the bridge would close. \"It is not safe,\" she said. \
             Later the governor said the state would pay. A senator said it was late.";
    let s = extract(t);
    assert_eq!(find(&s, "the mayor").len(), 2, "{:#?}", s.attributions);
    assert_eq!(find(&s, "the governor").len(), 1, "{:#?}", s.attributions);
    let senator = s
        .attributions
        .iter()
        .find(|a| a.verb == "said" && a.quote.as_deref().is_some_and(|q| q.contains("late")));
    assert_eq!(
        senator.map(|a| a.kind),
        Some(SourceKind::Anonymous),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn an_office_named_before_is_its_holder_not_the_role() {
    let t = "Mayor Jane Roe opened the bridge. The mayor said it was safe.";
    let s = extract(t);
    assert!(
        find(&s, "Jane Roe").iter().any(|a| a.verb == "said"),
        "{:#?}",
        s.attributions
    );
    assert!(find(&s, "the mayor").is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_verb_whose_object_a_relative_clause_moved_out_reports_that_object() {
    for (t, verb, object) in [
        (
            "The council funded the ferry terminal, a project that dock workers and \
             commuters have demanded for years.",
            "demanded",
            "a project",
        ),
        (
            "The council funded the ferry terminal, a project that commuters demanded.",
            "demanded",
            "a project",
        ),
        (
            "The new levy, which teachers demanded on Monday, was approved.",
            "demanded",
            "The new levy",
        ),
    ] {
        let s = extract(t);
        let a = by_verb(&s, verb);
        assert_eq!(a.quote.as_deref(), Some(object), "{t}");
        assert!(span(t, a).starts_with(object), "{t}");
        assert!(span(t, a).contains(verb), "{t}");
    }
    // A clause after the verb is still reported, and so is "that" after a noun of
    // stance or a verb.
    let t = "The council passed the levy that Democrats said would fail.";
    let s = extract(t);
    let said = by_verb(&s, "said");
    assert_eq!(said.quote.as_deref(), Some("the levy … would fail"));
    assert_eq!(span(t, said), "the levy that Democrats said would fail");
    let t = "Dock workers have demanded for years that the ferry terminal be rebuilt.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "demanded").cue.as_deref(), Some("Dock workers"));
}

#[test]
fn a_person_of_an_institution_speaks_with_it_as_affiliation() {
    let t = "The tariff plan drew fire. Ed Ruiz of the Brookings Institution said the \
             plan would raise prices. Ana Costa of the Cato Institute argued that the \
             costs were overstated.";
    let s = extract(t);
    let ruiz = one(&s, "Ed Ruiz");
    assert_eq!(ruiz.affiliation.as_deref(), Some("Brookings Institution"));
    assert_eq!(ruiz.source_kind, SpeakerKind::Person);
    assert_eq!(
        one(&s, "Ana Costa").affiliation.as_deref(),
        Some("Cato Institute")
    );
    assert!(find(&s, "Brookings Institution").is_empty());
    // A place after "of" names where the person is from, not an affiliation.
    let t = "Sen. Ana Ruiz of Ohio said the levy was fair.";
    let s = extract(t);
    assert_eq!(one(&s, "Ana Ruiz").affiliation.as_deref(), Some("Sen."));
}

#[test]
fn offices_written_as_phrases_are_one_person() {
    let t = "The lawsuit was filed on Monday. The governor of Ohio said the state would \
             appeal. The attorney general said the ruling was flawed. The president-elect \
             said he would review the case. The secretary of state said talks would go on.";
    let s = extract(t);
    for speaker in [
        "the governor of Ohio",
        "the attorney general",
        "the president-elect",
        "the secretary of state",
    ] {
        let a = one(&s, speaker);
        assert_eq!(a.source_kind, SpeakerKind::Person, "{speaker}");
        assert!(!a.anonymous, "{speaker}");
    }
    // A holder named before is the speaker.
    let t = "Attorney General Jane Roe filed the suit. The attorney general said it was strong.";
    let s = extract(t);
    assert!(
        find(&s, "Jane Roe").iter().any(|a| a.verb == "said"),
        "{:#?}",
        s.attributions
    );
    assert!(find(&s, "the attorney general").is_empty());
}

#[test]
fn a_role_named_later_by_its_only_holder_is_that_person() {
    let t = "The storm closed schools. The governor said the state would send help. \
             Later, Governor Jane Roe added that the National Guard was ready.";
    let s = extract(t);
    assert_eq!(find(&s, "Jane Roe").len(), 2, "{:#?}", s.attributions);
    assert!(find(&s, "the governor").is_empty());
    assert_eq!(s.voices, 1);
    // Two governors named later: which one spoke is not known.
    let t = "The governor said the state would send help. Governor Jane Roe of Ohio and \
             Governor Tom Hale of Indiana met on Monday.";
    let s = extract(t);
    assert_eq!(find(&s, "the governor").len(), 1, "{:#?}", s.attributions);
    // A former holder is not the one in office.
    let t = "The former governor said the levy was wasteful. Governor Jane Roe signed it.";
    let s = extract(t);
    assert_eq!(
        find(&s, "the former governor").len(),
        1,
        "{:#?}",
        s.attributions
    );
    assert!(find(&s, "Jane Roe").iter().all(|a| a.verb != "said"));
}

#[test]
fn a_tag_inside_its_sentence_is_left_out_of_the_reported_words() {
    let t = "The vote is close. The board, as Roe noted, is divided.";
    let s = extract(t);
    let a = one(&s, "Roe");
    assert_eq!(a.quote.as_deref(), Some("The board … is divided"));
    assert_eq!(span(t, a), "The board, as Roe noted, is divided");
    let t = "The plan, Smith said on Monday, would cost more than expected.";
    let s = extract(t);
    assert_eq!(
        one(&s, "Smith").quote.as_deref(),
        Some("The plan … would cost more than expected")
    );
    // "as" at the end or the start of the sentence is not part of the report.
    let t = "The board is divided, as Roe noted.";
    let s = extract(t);
    assert_eq!(span(t, one(&s, "Roe")), "The board is divided");
    let t = "As Roe noted, the board is divided.";
    let s = extract(t);
    assert_eq!(span(t, one(&s, "Roe")), "the board is divided");
}

#[test]
fn a_tag_with_its_circumstances_inside_its_sentence_keeps_both_sides() {
    // When and where it was said sit between the verb and the tag's closing comma;
    // the reported sentence goes on after them with a clause of its own.
    for t in [
        "If the levy passes, Smith said in a speech, dairy farms will close.",
        "If the levy passes, Smith said last week, dairy farms will close.",
        "If the levy passes, Smith warned on Tuesday, dairy farms will close.",
    ] {
        let s = extract(t);
        assert_eq!(
            one(&s, "Smith").quote.as_deref(),
            Some("If the levy passes … dairy farms will close"),
            "{t}"
        );
    }
    // Twin: a place written with its state ends the tag; nothing resumes after it.
    let t = "The levy will pass, Smith said in Dayton, Ohio, on Monday.";
    assert_eq!(span(t, one(&extract(t), "Smith")), "The levy will pass");
}

#[test]
fn interview_transcript_lines_report_the_interviewer_and_the_one_interviewed() {
    let t = "Dana Price runs the last mill in Harwick.\n\n\
             Q: Why did you stay when the others left?\n\n\
             A: Because the town needed the jobs, and I grew up here.\n\n\
             Q: What comes next?\n\n\
             A: A new line of paper towels, if the loan comes through.";
    let s = extract(t);
    let by = |cue: &str| -> Vec<&str> {
        s.attributions
            .iter()
            .filter(|a| a.cue.as_deref() == Some(cue))
            .map(|a| span(t, a))
            .collect()
    };
    assert_eq!(
        by("the interviewer"),
        ["Why did you stay when the others left?", "What comes next?"],
        "{:#?}",
        s.attributions
    );
    // The answers are the person the article introduced.
    let answers: Vec<&str> = find(&s, "Dana Price").iter().map(|a| span(t, a)).collect();
    assert_eq!(
        answers,
        [
            "Because the town needed the jobs, and I grew up here.",
            "A new line of paper towels, if the loan comes through."
        ],
        "{:#?}",
        s.attributions
    );
    // With nobody named, the interviewee unnamed.
    let t = "The last mill in Harwick still runs.\n\n\
             Q: Why did you stay when the others left?\n\n\
             A: Because the town needed the jobs, and I grew up here.\n\n\
             Q: What comes next?\n\n\
             A: A new line of paper towels, if the loan comes through.";
    let s = extract(t);
    let a = s
        .attributions
        .iter()
        .find(|a| a.cue.as_deref() == Some("the interviewee"));
    assert_eq!(
        a.map(|a| span(t, a)),
        Some("Because the town needed the jobs, and I grew up here."),
        "{:#?}",
        s.attributions
    );
    assert!(s.attributions.iter().all(|a| a.speaker.is_none()));
    // Twin: a lone "A:" line is no transcript ("A: the first option" in a list).
    let t = "The council weighed two plans.\n\nA: Widen the road before winter.\n\n\
             The vote is on Friday.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| a.cue.as_deref() != Some("the interviewee")),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_pronoun_opening_a_sentence_is_the_subject_of_the_sentence_before() {
    // "She" continues the subject, not the woman named last.
    let t = "Senator Jane Roe met Governor Mary Poe in Albany on Monday. She praised the deal \
             as a breakthrough. Officials expect a vote next week. She called it historic.";
    let s = extract(t);
    for verb in ["praised", "called"] {
        assert_eq!(
            speaker_by_verb(&s, verb),
            Some("Jane Roe"),
            "{verb}: {:#?}",
            s.attributions
        );
    }
    // A subject of the other gender is skipped: the nearest fitting mention as before.
    let t = "Senator Tom Hale met Governor Mary Poe in Albany on Monday. She praised the deal.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "praised"),
        Some("Mary Poe"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_compound_office_after_its_named_holder_is_that_person() {
    let t = "Secretary of State Rex Tillerson arrived in Beijing on Saturday. The talks ran \
             for three hours. Afterwards the secretary of State said the two countries would \
             keep talking.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "said"),
        Some("Rex Tillerson"),
        "{:#?}",
        s.attributions
    );
    // A lesser rank still holds another office.
    let t = "Deputy Secretary of State Jon Sully arrived in Beijing on Saturday. Afterwards \
             the secretary of State said the two countries would keep talking.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "said").unwrap();
    assert_ne!(
        a.speaker.as_deref(),
        Some("Jon Sully"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_role_merges_only_into_a_holder_of_that_office() {
    // The president who spoke is not the French president named after.
    let t = "The White House pushed back on Monday. The president said the report was \
             false. French President Emil Marchand called for calm in the markets.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "said"),
        Some("the president"),
        "{:#?}",
        s.attributions
    );
    // Named with the office alone, the holder is the speaker.
    let t = "The White House pushed back on Monday. The president said the report was \
             false. Later, President Ed Marsh called for calm in the markets.";
    let s = extract(t);
    assert!(
        find(&s, "the president").is_empty(),
        "{:#?}",
        s.attributions
    );
    assert_eq!(find(&s, "Ed Marsh").len(), 2, "{:#?}", s.attributions);
}

#[test]
fn joined_anonymous_subjects_keep_every_part() {
    let t = "The agency has been slow to act, current and former officials said on Friday.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "said").unwrap();
    assert!(a.anonymous, "{:#?}", s.attributions);
    assert_eq!(
        a.cue.as_deref(),
        Some("current and former officials"),
        "{:#?}",
        s.attributions
    );
    let t = "Current and former officials said the agency had been slow to act.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "said").unwrap();
    assert_eq!(
        a.cue.as_deref(),
        Some("Current and former officials"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_day_after_earlier_or_later_between_subject_and_verb_keeps_the_subject() {
    for (t, speaker) in [
        (
            "The hearing ended. Gowdy earlier Thursday said the panel met.",
            "Gowdy",
        ),
        (
            "The hearing ended. Ana Ruiz later Friday told reporters the panel met.",
            "Ana Ruiz",
        ),
        (
            "The hearing ended. Ana Ruiz last night said the panel met.",
            "Ana Ruiz",
        ),
    ] {
        let s = extract(t);
        assert_eq!(find(&s, speaker).len(), 1, "{t}: {:#?}", s.attributions);
    }
}

#[test]
fn titles_slogans_and_headings_in_quotation_marks_are_no_one_speaking() {
    let quoted = |s: &Sourcing, words: &str| {
        s.attributions
            .iter()
            .any(|a| a.quote.as_deref().is_some_and(|q| q.contains(words)))
    };
    for (t, words) in [
        (
            "Our picks this week.\n\n—“Pier Repairs Stall for a Third Winter,” by the \
             Ledger’s Ann Lee.\n\n—“Two Ferries Retire,” by Tom Hart.",
            "Third Winter",
        ),
        (
            "The party ran on short slogans. “Safe streets, full jobs” (2005) and \
             “No new levy for the valley” (2009) were the best known.",
            "No new levy",
        ),
        (
            "The mayor cut the levy in May.\n\n‘A change of course.’\n\nBy June the \
             council had voted twice.",
            "change of course",
        ),
        (
            "The mayor cut the levy in May.\n\n– “Who pays the bill?” –\n\nBy June the \
             council had voted twice.",
            "Who pays",
        ),
    ] {
        let s = extract(t);
        assert!(!quoted(&s, words), "{t}: {:#?}", s.attributions);
    }
    // A short quotation on its own line still runs on from the speaker before it, and
    // a longer one with no speaker is still reported.
    let t = "“We will win the vote,” Ann Lee said.\n\n“Absolutely, we will.”";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .any(|a| a.speaker.as_deref() == Some("Ann Lee")
                && a.quote.as_deref().is_some_and(|q| q.contains("Absolutely"))),
        "{:#?}",
        s.attributions
    );
    let t = "The mayor cut the levy.\n\n“We were never asked about any of this before the vote.”";
    let s = extract(t);
    assert!(quoted(&s, "never asked"), "{:#?}", s.attributions);
}

#[test]
fn headings_titles_and_slogans_read_safely_at_the_text_edges_and_in_any_script() {
    // Quotations that open or close the text, of multibyte letters, curly or straight,
    // next to dashes and no-break spaces: each is read without a panic, and a short
    // one alone on its line with no speaker is a heading, not an unnamed voice.
    for t in [
        "“Ça coûte très cher”",
        "“Ça coûte très cher”\nLe conseil a voté.",
        "Le conseil a voté.\n\n‘Übergroß, naïve, café’",
        "Le conseil a voté.\n\n— “Qui paie ? Été 2026” —\n\nÉlodie Roux a répondu.",
        "Le conseil a voté.\n\n\u{a0}–\u{a0}‘Ölçü’\u{a0}–\u{a0}\n",
        "The mayor spoke.\n\n\"Who pays?\"",
        "“",
        "”",
        "‘’",
    ] {
        let s = extract(t);
        assert!(
            s.attributions
                .iter()
                .all(|a| a.kind != SourceKind::Unattributed || a.quote.is_none()),
            "{t:?}: {:#?}",
            s.attributions
        );
    }
    // A credit or a year after a title in any script, and marks that only look like
    // one (a sign after the parenthesis, an unclosed quotation at the very end).
    for t in [
        "Our picks: “Café Société,” by Zoë Ålund, and more.",
        "The slogan “Yes to the levy” (2€) ran once.",
        "The slogan “Yes to the levy” (20",
        "The slogan “Yes to the levy” (",
        "The slogan “Yes to the levy,” by",
        "Ann Lee said: “We will win the vote",
    ] {
        extract(t);
    }
    let s = extract("Our picks this week: “Café Société,” by Zoë Ålund.");
    assert!(
        s.attributions
            .iter()
            .all(|a| !a.quote.as_deref().is_some_and(|q| q.contains("Société"))),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_quote_runs_on_past_a_hedge_inside_the_tag_before_it() {
    let t = "Tom Hale spoke on Friday. “It was very nice,” Hale told reporters when asked if \
             he had met the mayor. “She was very charming.”";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| a.cue.as_deref() != Some("quote with no speaker")),
        "{:#?}",
        s.attributions
    );
    let a = one(&s, "Tom Hale");
    assert!(
        span(t, a).ends_with("She was very charming."),
        "{}",
        span(t, a)
    );
}

#[test]
fn a_participle_after_a_tag_reports_its_own_words() {
    let t = "“We are short of drivers,” Ana Ruiz said, referring to the night buses.";
    let s = extract(t);
    assert_eq!(span(t, by_verb(&s, "referring")), "to the night buses");
    assert_eq!(speaker_by_verb(&s, "referring"), Some("Ana Ruiz"));
    let t = "By Sunday the mayor Jane Roe had cancelled the ferry gala, citing the storm.";
    assert_eq!(span(t, by_verb(&extract(t), "citing")), "the storm");
}

#[test]
fn what_a_verb_is_about_is_not_its_circumstances() {
    // A preposition after a verb that is not one of saying opens what it reports.
    let t = "As the council weighs new fares, Ana Ruiz has pledged to keep the night buses.";
    let s = extract(t);
    assert_eq!(span(t, by_verb(&s, "pledged")), "to keep the night buses");
    let t = "In a changing city, riders still believe in the ferry.";
    assert_eq!(span(t, by_verb(&extract(t), "believe")), "in the ferry");
    let t = "Although the council objected, Ana Ruiz voted for the new fares.";
    assert_eq!(span(t, by_verb(&extract(t), "voted")), "for the new fares");
    // After a verb of saying, a place or a time is still the circumstance of a tag.
    let t = "The ferry will stop running in May, Ana Ruiz said in an interview.";
    assert_eq!(
        span(t, by_verb(&extract(t), "said")),
        "The ferry will stop running in May"
    );
}

#[test]
fn a_verb_in_an_opening_subordinate_clause_reports_up_to_its_comma() {
    let t = "After the court refused to reinstate the fare law, Mayor Jane Roe blamed the \
             judges for the delay.";
    let s = extract(t);
    assert_eq!(span(t, by_verb(&s, "refused")), "to reinstate the fare law");
    assert_eq!(speaker_by_verb(&s, "blamed"), Some("Jane Roe"));
    // "As" opening a tag still reports the main clause.
    let t = "As Ana Ruiz noted, the ferry is losing riders.";
    assert_eq!(
        span(t, by_verb(&extract(t), "noted")),
        "the ferry is losing riders"
    );
}

#[test]
fn a_participle_after_a_dash_or_in_a_with_clause_speaks_for_its_subject() {
    let t = "Ana Ruiz changed her vote on the spot – saying the night buses must stay.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "saying"), Some("Ana Ruiz"));
    assert_eq!(span(t, by_verb(&s, "saying")), "the night buses must stay");
    // A verb of saying before the "with" clause does not take its words.
    let t = "Both councillors issued a statement, with Ana Ruiz saying she was encouraged.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "saying"), Some("Ana Ruiz"));
    assert_eq!(span(t, by_verb(&s, "saying")), "she was encouraged");
}

#[test]
fn an_embedded_post_is_its_authors_direct_words() {
    let t = "The mayor answered online on Friday.\n\nThe ferry plan is a disgrace and everyone \
             knows it! \u{2014} Jane Roe (@janeroe) March 3, 2019\n\nThe harbour board replied \
             an hour later.\n\nOur pilots are ready. \u{2014} Riverton Harbour Authority \
             (@RivertonHarbour) March 3, 2019\n\nThe vote is on Monday.";
    let s = extract(t);
    let posts: Vec<_> = (s.attributions.iter())
        .filter(|a| a.verb == "posted")
        .collect();
    assert_eq!(posts.len(), 2, "{:#?}", s.attributions);
    let a = posts[0];
    assert_eq!(a.speaker.as_deref(), Some("Jane Roe"));
    assert_eq!(a.source_kind, SpeakerKind::Person);
    assert!(a.direct);
    assert_eq!(a.content_kind, ContentKind::Direct);
    assert_eq!(
        span(t, a),
        "The ferry plan is a disgrace and everyone knows it!"
    );
    assert_eq!(a.cue.as_deref(), Some("Jane Roe (@janeroe) March 3, 2019"));
    assert!(t[a.start..a.end].ends_with("2019"));
    let b = posts[1];
    assert_eq!(b.speaker.as_deref(), Some("Riverton Harbour Authority"));
    assert_eq!(b.source_kind, SpeakerKind::Organisation);
    assert_eq!(span(t, b), "Our pilots are ready.");
    // The words of a post report nothing of the writer's ("everyone knows").
    assert!(s.attributions.iter().all(|a| a.verb != "knows"));
    let speakers = s.speakers();
    assert!(speakers.contains(&"Jane Roe") && speakers.contains(&"Riverton Harbour Authority"));
}

#[test]
fn a_post_signed_with_a_title_is_its_holders_and_the_name_read_whole() {
    // A title before the name is the affiliation; a name the reader cannot split
    // ("Just Jeff") is read as written.
    let t = "Gov. Jane Roe opened the bridge.\n\nA great day for Riverton! \u{2014} Gov. Jane \
             Roe (@GovRoe) May 2, 2020\n\nNot everyone agreed.\n\nToo little, too late. \
             \u{2014} Just Jeff (@jeff_r) May 2, 2020";
    let s = extract(t);
    let posts: Vec<_> = (s.attributions.iter())
        .filter(|a| a.verb == "posted")
        .map(|a| a.speaker.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(posts, ["Jane Roe", "Just Jeff"]);
}

#[test]
fn a_surname_with_an_apostrophe_is_the_person_named_before() {
    for apostrophe in ['\'', '\u{2019}'] {
        let t = format!(
            "Former governor Martin O{apostrophe}Malley said the party had lost its way. \
             Later, O{apostrophe}Malley said he would stay in the race."
        );
        let s = extract(&t);
        let name = format!("Martin O{apostrophe}Malley");
        assert_eq!(find(&s, &name).len(), 2, "{:#?}", s.attributions);
    }
}

#[test]
fn a_word_opening_its_sentence_that_is_no_name_is_no_speaker() {
    // "Having" before a past participle opens a participle clause: the subject after
    // its comma speaks.
    let t = "Having announced the fare rise on Monday, Mayor Jane Roe said the buses would run \
             later.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "announced"), Some("Jane Roe"));
    assert_eq!(span(t, by_verb(&s, "announced")), "the fare rise on Monday");
    // A word the article also writes in lower case, and a contracted pronoun.
    let t = "Things have been looking dire for the ferry. The council said things would \
             improve. I’ve argued for years that the pier is unsafe.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| !matches!(a.speaker.as_deref(), Some("Things" | "I’ve"))),
        "{:#?}",
        s.attributions
    );
    // A surname alone opening its sentence still speaks.
    let t = "Forbes said the fares were too high.";
    assert_eq!(speaker_by_verb(&extract(t), "said"), Some("Forbes"));
}

#[test]
fn words_before_a_tag_that_a_quote_goes_on_from_are_reported() {
    let t = "The streets were empty, Tom Hale added, \"but people still need the buses.\"";
    let s = extract(t);
    let a = by_verb(&s, "added");
    assert_eq!(a.speaker.as_deref(), Some("Tom Hale"));
    assert_eq!(a.content_kind, ContentKind::Partial);
    assert_eq!(
        span(t, a),
        "The streets were empty, Tom Hale added, \"but people still need the buses."
    );
    // The tag's circumstances, and a colon after the tag, are not the speaker's words.
    let t = "Responding to the critics, Tom Hale added, \"people still need the buses.\"";
    assert_eq!(
        span(t, by_verb(&extract(t), "added")),
        "people still need the buses."
    );
    let t = "The streets were empty, Tom Hale added: \"People still need the buses.\"";
    assert_eq!(
        span(t, by_verb(&extract(t), "added")),
        "People still need the buses."
    );
}

#[test]
fn a_possessive_description_after_the_verb_is_an_unnamed_source_or_a_name_s_title() {
    let s = extract("“The cables will hold,” said the port's founder.");
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(
        s.attributions[0].kind,
        SourceKind::Anonymous,
        "{:#?}",
        s.attributions
    );
    let s = extract("“The cables will hold,” said the port's chief engineer, Lena Park.");
    let a = one(&s, "Lena Park");
    assert_eq!(a.affiliation.as_deref(), Some("the port's chief engineer"));
    let s = extract("“The cables will hold,” said the designer, Lena Park.");
    assert_eq!(
        one(&s, "Lena Park").affiliation.as_deref(),
        Some("the designer")
    );
    // Not at the end of its phrase: the possessive opens what was said.
    let s = extract("The harbor board said the port's engineers were paid late.");
    assert!(
        s.attributions
            .iter()
            .all(|a| a.kind != SourceKind::Anonymous),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_name_signed_on_the_line_after_a_quote_is_its_speaker() {
    let t = "The ferry debate went on.\n\n\"The bridge will pay for itself within ten years.\"\n\n- Ana Ruiz.\n\nThat is hard to check.\n\n\"We were never told the cost.\"\n\n-Paul Tran, Dayton.\n";
    let s = extract(t);
    assert_eq!(
        one(&s, "Ana Ruiz").quote.as_deref(),
        Some("The bridge will pay for itself within ten years.")
    );
    assert_eq!(one(&s, "Paul Tran").affiliation.as_deref(), Some("Dayton"));
    // A credit or a note on the next line names no speaker.
    let t = "The ferry debate went on.\n\n\"The bridge will pay for itself within ten years.\"\n\n—Paul Tran and Ana Ruiz contributed to this article.\n";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(s.attributions[0].kind, SourceKind::Unattributed);
}

#[test]
fn two_people_joined_by_and_are_two_voices() {
    for t in [
        "Ana Ruiz and Paul Tran both said the ferry plan would fail.",
        "Ana Ruiz and Paul Tran said the ferry plan would fail.",
    ] {
        let s = extract(t);
        let (a, b) = (one(&s, "Ana Ruiz"), one(&s, "Paul Tran"));
        assert_eq!(a.quote, b.quote, "{t}");
        assert_eq!(s.attributions.len(), 2, "{t}: {:#?}", s.attributions);
    }
    // The first name is an object, not a speaker: "met Ana Ruiz and".
    let s = extract("Officials met Ana Ruiz and Paul Tran said the ferry plan would fail.");
    assert!(find(&s, "Ana Ruiz").is_empty(), "{:#?}", s.attributions);
    // A list's earlier names stay out of a later clause ("with Ana Ruiz, and Paul Tran").
    let s = extract("The mayor met Ana Ruiz on Monday, and Paul Tran said the plan would fail.");
    assert!(find(&s, "Ana Ruiz").is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_possessive_description_opening_the_sentence_speaks_for_a_participle() {
    let t = "Ana Ruiz's younger brother rallied dockworkers on Monday, saying the ferry \
             plan would fail.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    let a = &s.attributions[0];
    assert_eq!(a.kind, SourceKind::Anonymous, "{a:#?}");
    assert_eq!(a.cue.as_deref(), Some("Ana Ruiz's younger brother"));
    // A possessive whose noun names no person is no speaker.
    let s = extract("Ana Ruiz's ferry plan drew crowds on Monday, saying little about costs.");
    assert!(
        s.attributions
            .iter()
            .all(|a| a.kind != SourceKind::Anonymous),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn an_accuser_after_the_charge_is_the_source() {
    let t = "The mayor was accused of hiding the ferry's costs by Paul Tran, a council member.";
    let s = extract(t);
    let a = one(&s, "Paul Tran");
    assert_eq!(
        span(t, a),
        "The mayor was accused of hiding the ferry's costs"
    );
    let t = "The board was criticized for the delay by the harbor union.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(
        s.attributions[0].kind,
        SourceKind::Named,
        "{:#?}",
        s.attributions
    );
    // "by" inside the charge: the accusation has no named accuser.
    for t in [
        "The mayor was accused of being paid by Paul Tran.",
        "The mayor was accused of hiding costs by shifting them to the port.",
    ] {
        let s = extract(t);
        assert!(
            find(&s, "Paul Tran").is_empty(),
            "{t}: {:#?}",
            s.attributions
        );
        assert!(
            s.attributions
                .iter()
                .all(|a| a.kind == SourceKind::Unattributed),
            "{t}: {:#?}",
            s.attributions
        );
    }
}

#[test]
fn a_plural_possessive_accuser_is_read_whole() {
    for (t, who) in [
        (
            "The mayor was accused by the senators' aides of hiding the ferry's costs.",
            "aides",
        ),
        (
            "The mayor was accused by the dockers’ union of hiding the ferry's costs.",
            "union",
        ),
    ] {
        let s = extract(t);
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
        let a = &s.attributions[0];
        assert_ne!(a.kind, SourceKind::Unattributed, "{t}: {a:#?}");
        let source = a.speaker.as_deref().or(a.cue.as_deref()).unwrap_or("");
        assert!(source.contains(who), "{t}: {a:#?}");
        assert_eq!(span(t, a), t.trim_end_matches('.'), "{t}");
    }
    // A name after an outlet's or a person's plural possessive is the name alone.
    let s = extract("As Harbor News' Jo Park noted, Lee Mathers' Chief Aide Ana Ruiz said no.");
    assert_eq!(one(&s, "Jo Park").verb, "noted", "{:#?}", s.attributions);
    assert_eq!(one(&s, "Ana Ruiz").verb, "said", "{:#?}", s.attributions);
    // The word after the apostrophe is the plural's noun, not its verb.
    for t in [
        "The Democrats' email accounts were hacked.",
        "The two nations’ shared border runs along the river.",
        "The dockers' alleged ties to the mayor drew notice.",
    ] {
        let s = extract(t);
        assert!(s.attributions.is_empty(), "{t}: {:#?}", s.attributions);
    }
}

#[test]
fn a_pair_after_the_verb_or_the_quote_is_two_voices() {
    for t in [
        "The vote was held on Monday. \"The bridge will never pay for itself,\" Ana Ruiz and \
         Paul Tran said.",
        "\"The bridge will never pay for itself,\" said Ana Ruiz and Paul Tran, two members \
         of the harbor board.",
        "\"The bridge will never pay for itself,\" said Ana Ruiz and Paul Tran on Monday.",
    ] {
        let s = extract(t);
        let (a, b) = (one(&s, "Ana Ruiz"), one(&s, "Paul Tran"));
        assert_eq!(a.quote, b.quote, "{t}");
        assert_eq!(a.verb, "said", "{t}");
        assert_eq!(s.attributions.len(), 2, "{t}: {:#?}", s.attributions);
    }
    // A description after "and" is no second person: Ana Ruiz alone speaks.
    let s = extract("\"We were never asked,\" said Ana Ruiz and her lawyer.");
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(s.attributions[0].speaker.as_deref(), Some("Ana Ruiz"));
    // Before the verb, the pair with a description stays one group.
    let s = extract("\"We were never asked,\" Ana Ruiz and her lawyer said.");
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(s.attributions[0].source_kind, SpeakerKind::Group);
    // The second name speaks in a clause of its own: one voice each, as before.
    let t = "\"The vote was rushed,\" said Ana Ruiz and Paul Tran said nothing.";
    let s = extract(t);
    assert!(one(&s, "Ana Ruiz").quote.is_some(), "{:#?}", s.attributions);
    assert_ne!(one(&s, "Paul Tran").quote, one(&s, "Ana Ruiz").quote);
    // A listener after "told" is no speaker.
    let s = extract("\"The vote was rushed,\" the mayor told Ana Ruiz and Paul Tran.");
    assert!(find(&s, "Ana Ruiz").is_empty(), "{:#?}", s.attributions);
    assert!(find(&s, "Paul Tran").is_empty(), "{:#?}", s.attributions);
}

/// The words of attribution `a`'s own quote span.
fn quoted_words<'a>(t: &'a str, a: &Attribution) -> &'a str {
    &t[a.quote_start.expect("start")..a.quote_end.expect("end")]
}

#[test]
fn only_circumstances_after_the_verb_leave_the_words_before_it() {
    for tail in [
        "during his stop in Dayton",
        "after the vote in the Senate",
        "while campaigning in New Hampshire",
        "when asked about the levy on Monday",
    ] {
        let t = format!("Mayor Tom Hale toured the port. The levy has failed, Hale said {tail}.");
        let s = extract(&t);
        let a = one(&s, "Tom Hale");
        assert_eq!(quoted_words(&t, a), "The levy has failed", "{tail}");
    }
    // What the verb reports after a preposition is still read ("said in May that ...").
    let t = "Mayor Tom Hale toured the port. Hale said during the visit that fares would fall.";
    let s = extract(t);
    assert!(quoted_words(t, one(&s, "Tom Hale")).ends_with("fares would fall"));
}

#[test]
fn as_reported_by_names_its_source() {
    for t in [
        "As reported by the Daily Ledger, inspectors found 300 cracked beams on the bridge.",
        "Inspectors found 300 cracked beams on the bridge, as reported by the Daily Ledger.",
    ] {
        let s = extract(t);
        let a = s
            .attributions
            .iter()
            .find(|a| a.verb == "reported")
            .unwrap_or_else(|| panic!("{t}: {:#?}", s.attributions));
        assert_eq!(a.speaker.as_deref(), Some("Daily Ledger"), "{t}");
        let words = quoted_words(t, a);
        assert!(words.contains("inspectors found 300") || words.contains("Inspectors found 300"));
        assert!(
            !words.contains("Ledger") && !words.ends_with(" as"),
            "{words}"
        );
    }
}

#[test]
fn a_plural_abbreviated_title_is_no_name() {
    let t = "“The bill is dead,” said Sens. Ana Ruiz and Paul Tran.";
    let s = extract(t);
    assert!(s
        .attributions
        .iter()
        .all(|a| a.speaker.as_deref() != Some("Sens")));
    assert_eq!(quoted_words(t, one(&s, "Ana Ruiz")), "The bill is dead,");
    one(&s, "Paul Tran");
}

#[test]
fn every_person_of_a_list_before_the_verb_speaks() {
    for t in [
        "Ana Ruiz, Paul Tran and Dan Lee said the levy would fail.",
        "Ana Ruiz, Paul Tran, and Dan Lee said the levy would fail.",
    ] {
        let s = extract(t);
        for name in ["Ana Ruiz", "Paul Tran", "Dan Lee"] {
            assert_eq!(quoted_words(t, one(&s, name)), "the levy would fail", "{t}");
        }
    }
    // A list that is the object of a preposition does not speak.
    let t =
        "The talks between Ana Ruiz, Paul Tran and Dan Lee ended. Lee said the levy would fail.";
    let s = extract(t);
    assert!(find(&s, "Ana Ruiz").is_empty() && find(&s, "Paul Tran").is_empty());
    one(&s, "Dan Lee");
}

#[test]
fn it_with_no_organisation_before_it_speaks_only_by_a_verb_of_saying() {
    let t = "The memo was leaked in May. It says that visitors who insult officials can be barred.";
    let s = extract(t);
    let a = (s.attributions.iter())
        .find(|a| a.verb == "says")
        .unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(a.kind, SourceKind::Anonymous);
    assert!(quoted_words(t, a).starts_with("visitors who insult"));
    for t in [
        "The storm grew stronger. It also added to the damage along the coast.",
        "The vote was close. It says a lot about the mood in the town.",
        "The station is aware of the criticism. It still denies air time to its critics.",
        "The town finished the bridge it announced in May.",
    ] {
        let s = extract(t);
        assert!(s.attributions.is_empty(), "{t}: {:#?}", s.attributions);
    }
}

#[test]
fn a_word_opening_the_sentence_is_no_part_of_the_name() {
    let t = "Mayor Ana Ruiz and Tom Hale met on the harbor plan. Later Ruiz said the vote \
             was a mistake. Instead Hale said the city would appeal.";
    let s = extract(t);
    for a in &s.attributions {
        let name = a.speaker.as_deref().unwrap_or("");
        assert!(
            !name.starts_with("Later") && !name.starts_with("Instead"),
            "{name}"
        );
    }
    assert!(!find(&s, "Ana Ruiz").is_empty() && !find(&s, "Tom Hale").is_empty());
}

#[test]
fn declined_to_comment_after_a_list_takes_no_names_as_its_content() {
    let t = "Mayor Ana Ruiz, council member Tom Hale and treasurer Jo Park declined to \
             comment. A spokesman for the port did not respond, and a lawyer for the union \
             declined to comment.";
    let s = extract(t);
    for a in s.attributions.iter().filter(|a| a.verb == "declined") {
        let q = a.quote.as_deref().unwrap_or("");
        assert!(!q.contains("Hale") && !q.contains("spokesman"), "{q}");
    }
}

#[test]
fn a_party_label_after_a_name_is_no_speaker() {
    let t = "Rep. Jo Park, R-Utah, chairman of the harbor committee, said the grant \
             should end. Sen. Tom Hale, D-Ohio, said it should not.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| !a.speaker.as_deref().unwrap_or("").contains("R-Utah")
                && !a.speaker.as_deref().unwrap_or("").contains("D-Ohio")),
        "{:#?}",
        s.attributions
    );
    assert!(!find(&s, "Tom Hale").is_empty());
}

#[test]
fn an_adverb_between_a_comma_and_a_participle_of_saying_keeps_the_speaker() {
    let t = "Ana Ruiz went further on Monday, later saying the levy would fail.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "saying"), Some("Ana Ruiz"));
    let a = s.attributions.iter().find(|a| a.verb == "saying").unwrap();
    assert_eq!(a.quote.as_deref(), Some("the levy would fail"));
    let t = "“The port is broke,” Tom Baker said, instead calling the board a disgrace.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "calling"), Some("Tom Baker"));
    // Near misses: no participle of saying after the adverb, or "adding to".
    for t in [
        "The storm hit the coast on Monday, later adding to the damage.",
        "The ferry left Dayton early, later sailing to the harbor.",
    ] {
        let s = extract(t);
        assert!(s.attributions.is_empty(), "{t}: {:#?}", s.attributions);
    }
}

#[test]
fn a_think_tank_is_a_noun_not_a_verb_of_belief() {
    let t = "“For many leaders, this is a test,” said Jon Baker, a senior fellow at the \
             Harbor Institute, a Dayton think tank.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(s.attributions[0].speaker.as_deref(), Some("Jon Baker"));
    // A possessive tank is the same noun: the sentence reports nothing.
    for t in [
        "The Harbor-funded think tank's latest study is little more than a pitch.",
        "The two think tanks’ reports disagree on the cost.",
    ] {
        let s = extract(t);
        assert!(s.attributions.is_empty(), "{t}: {:#?}", s.attributions);
    }
    // The verb itself still reports.
    let s = extract("Most dock workers think the levy is too high.");
    assert!(
        s.attributions.iter().any(|a| a.verb == "think"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_statement_released_in_an_opening_phrase_reports_nothing() {
    let t = "In a statement released on Monday, the union said the strike would go on.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(s.attributions[0].verb, "said");
    assert_eq!(
        s.attributions[0].quote.as_deref(),
        Some("the strike would go on")
    );
    // Near miss: an opening phrase of time before the subject keeps the verb.
    let s = extract("In late May the harbor board issued a warning that the bridge was unsafe.");
    assert!(
        s.attributions.iter().any(|a| a.verb == "issued"),
        "{:#?}",
        s.attributions
    );
}

/// The words the one attribution of `t` with verb `verb` reports.
fn report_by(t: &str, verb: &str) -> String {
    let s = extract(t);
    reported(t, by_verb(&s, verb)).to_string()
}

#[test]
fn a_programme_title_in_quotes_is_no_quotation() {
    for t in [
        "In an interview on “Harbor Hour,” Ana Ruiz said the pier would close in June.",
        "Sunday on WXYZ’s “Harbor Hour,” Ana Ruiz said the pier would close in June.",
        "In an interview with \"Dock Talk,\" Ana Ruiz said the pier would close in June.",
    ] {
        let s = extract(t);
        let a = one(&s, "Ana Ruiz");
        assert_eq!(a.verb, "said", "{t}");
        assert!(!a.direct, "{t}: {a:#?}");
        assert_eq!(reported(t, a), "the pier would close in June", "{t}");
    }
    // Twins: a quotation of the speaker's words, and a quoted phrase after "on" that
    // is no title, stay quotations.
    let t = "“The pier will close in June,” Ana Ruiz said on Monday.";
    let s = extract(t);
    let a = one(&s, "Ana Ruiz");
    assert!(a.direct, "{a:#?}");
    assert_eq!(reported(t, a), "The pier will close in June,");
    let t = "Ana Ruiz insisted on “a full and open count,” the mayor said.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .any(|a| a.direct && reported(t, a).contains("a full and open count")),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn according_to_after_a_colon_reports_what_follows() {
    let t = "It did not go unnoticed: According to the harbor board, the pier will close in June.";
    assert_eq!(report_by(t, "according to"), "the pier will close in June");
    // Twin: with no colon, the words before "according to" are what it reports.
    let t = "The pier will close in June, according to the harbor board.";
    assert_eq!(report_by(t, "according to"), "The pier will close in June");
}

#[test]
fn plural_and_participle_forms_of_belief_verbs_report_a_belief() {
    // Each with its twin: the same form of a verb of saying reports what was said.
    for (t, verb, kind) in [
        (
            "Harbor engineers worry that the pier will close.",
            "worry",
            ContentKind::Belief,
        ),
        (
            "Harbor engineers say that the pier will close.",
            "say",
            ContentKind::Indirect,
        ),
        (
            "The mayor kept to her message, hoping to avoid a fight before the vote.",
            "hoping",
            ContentKind::Belief,
        ),
        (
            "The mayor kept to her message, saying the pier would not close.",
            "saying",
            ContentKind::Indirect,
        ),
        (
            "Dock workers intend to strike if the pier closes.",
            "intend",
            ContentKind::Belief,
        ),
    ] {
        let s = extract(t);
        assert_eq!(by_verb(&s, verb).content_kind, kind, "{t}");
    }
}

#[test]
fn a_denied_expectation_is_still_a_claim_nobody_is_named_for() {
    let t = "Ana Ruiz is not expected to attend the hearing.";
    let s = extract(t);
    let a = by_verb(&s, "is not expected");
    assert_eq!(a.kind, SourceKind::Unattributed);
    // Twins: a denial that ends its clause, and a denied accusation, claim nothing.
    for t in [
        "For years the dock workers were not believed.",
        "Ana Ruiz was not accused of anything.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions
                .iter()
                .all(|a| !a.verb.starts_with("was not") && !a.verb.starts_with("were not")),
            "{t}: {:#?}",
            s.attributions
        );
    }
}

#[test]
fn a_capitalised_verb_of_belief_inside_a_name_is_no_verb() {
    let t = "The board thanked spokeswoman Hope Marsh for the report on the pier.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "hope"),
        "{:#?}",
        s.attributions
    );
    // Twin: the verb in lower case reports.
    let t = "Dock workers hope the pier will reopen in June.";
    assert_eq!(report_by(t, "hope"), "the pier will reopen in June");
}

#[test]
fn a_day_after_the_verb_before_a_clause_is_when_it_was_said() {
    let t = "Before the vote, Ana Ruiz said Sunday she would close the pier.";
    assert_eq!(report_by(t, "said"), "she would close the pier");
    // Twin: a day closing the tag leaves the words before it as the report.
    let t = "The pier will close in June, Ana Ruiz said Sunday.";
    assert_eq!(report_by(t, "said"), "The pier will close in June");
}

#[test]
fn a_pronoun_right_after_a_verb_of_saying_is_its_speaker() {
    // `“...,” said he` as `“...,” said Hart`; "they" too, resolved as "they said" is.
    let t = "Tom Hart met the council. “The plan is dead,” said he.";
    let s = extract(t);
    let a = one(&s, "Tom Hart");
    assert_eq!(a.quote.as_deref(), Some("The plan is dead,"));
    let t = "The dock workers met the board. “The pier is unsafe,” said they.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "said");
    let a = a.unwrap_or_else(|| panic!("{:#?}", s.attributions));
    assert_eq!(a.quote.as_deref(), Some("The pier is unsafe,"));
    assert_eq!(a.cue.as_deref(), Some("they"));
    // Twin: a pronoun after the verb with no quote before it starts the report.
    let t = "The dock workers said they would strike.";
    let s = extract(t);
    assert_eq!(report_by(t, "said"), "they would strike");
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
}

#[test]
fn a_time_phrase_opening_the_sentence_is_no_part_of_the_speaker() {
    // No comma after the phrase: the speaker and title are read after it.
    for t in [
        "Earlier this week Tom Hart told reporters that the pier was unsafe.",
        "Two days later Tom Hart said the pier was unsafe.",
        "Later that evening Tom Hart said the pier was unsafe.",
        "In 2019 Tom Hart argued that the pier was unsafe.",
    ] {
        let s = extract(t);
        let a = one(&s, "Tom Hart");
        assert_eq!(a.affiliation, None, "{t}");
        assert_eq!(a.quote.as_deref(), Some("the pier was unsafe"), "{t}");
    }
    // An organisation after the phrase, and the phrase is not what it reports.
    let t = "Late last month the dockers' union warned that jobs would go.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "warned"), Some("dockers' union"));
    assert_eq!(report_by(t, "warned"), "jobs would go");
    // Twins: a title before the name is still read, and a clause that opens with
    // time words is still what the verb after it reports.
    let t = "Last week Sen. Tom Hart said the pier was unsafe.";
    let a = one(&extract(t), "Tom Hart").clone();
    assert_eq!(a.affiliation.as_deref(), Some("Sen."));
    let t = "Last year the budget was unfair, Tom Hart said.";
    assert_eq!(report_by(t, "said"), "Last year the budget was unfair");
}

#[test]
fn a_stance_or_a_claim_in_a_comma_set_relative_clause_is_reported() {
    let t = "Tom Hart, who has endorsed the levy, left the board on Monday.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "endorsed"), Some("Tom Hart"));
    assert_eq!(report_by(t, "endorsed"), "the levy");
    // "which" after a comma: the organisation before it speaks.
    let t = "The union, which has warned that jobs would go, met on Monday.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "warned"), Some("union"));
    assert_eq!(report_by(t, "warned"), "jobs would go");
    let t = "The harbor board, which supports the levy, met on Monday.";
    assert_eq!(report_by(t, "supports"), "the levy");
    // The clause ends at a dash or at a second relative clause.
    let t = "Tom Hart, who has backed the levy and who sits on the board, left early.";
    assert_eq!(report_by(t, "backed"), "the levy");
    let t = "Tom Hart, who backed the levy -- a rare stance -- left early.";
    assert_eq!(report_by(t, "backed"), "the levy");
    // After "which", a verb of saying speaks only with "that", a quote or "say":
    // a storm that slammed into the coast, a fire that claimed lives say nothing.
    for t in [
        "The storm, which slammed into the coast on Monday, closed the pier.",
        "The fire, which claimed six lives, closed the pier.",
    ] {
        assert!(extract(t).attributions.is_empty(), "{t}");
    }
    // Twins: other verbs in such a clause describe the subject; a restrictive
    // relative clause is no report either.
    let t = "Tom Hart, who lives in Dunmore, left the board on Monday.";
    assert!(extract(t).attributions.is_empty(), "{t}");
    let t = "The dock workers who backed the levy left early.";
    assert!(extract(t).attributions.is_empty(), "{t}");
}

#[test]
fn who_after_an_office_of_a_place_is_the_office_holder_not_the_place() {
    let t = "The pier closed. The mayor of Springfield, who said the pier was unsafe, left.";
    assert_eq!(
        speaker_by_verb(&extract(t), "said"),
        Some("the mayor of Springfield")
    );
    let t = "The pier closed. Sen. Jane Moreno of Ohio, who opposed the plan, left.";
    assert_eq!(speaker_by_verb(&extract(t), "opposed"), Some("Jane Moreno"));
    // A titled name after "of" is the speaker.
    let t = "The wage rose. Hart met the Chamber of Commerce President Lisa Sorin, who said \
             that shops were closing.";
    assert_eq!(speaker_by_verb(&extract(t), "said"), Some("Lisa Sorin"));
    // Twin: a plain name before "who" is still the speaker.
    let t = "The pier closed. Jane Moreno, who said the pier was unsafe, left.";
    assert_eq!(speaker_by_verb(&extract(t), "said"), Some("Jane Moreno"));
}

#[test]
fn retorted_implored_scolded_and_pleaded_report_speech() {
    let t = "Tom Hart met the council. “The levy is a joke,” retorted Hart.";
    assert_eq!(speaker_by_verb(&extract(t), "retorted"), Some("Tom Hart"));
    let t = "Tom Hart met the council. Hart implored the board to keep the pier open.";
    assert_eq!(report_by(t, "implored"), "the board to keep the pier open");
    let t = "Tom Hart met the council. Hart scolded the board for closing the pier.";
    assert_eq!(speaker_by_verb(&extract(t), "scolded"), Some("Tom Hart"));
    let t = "Tom Hart met the council. “Keep the pier open,” Hart pleaded.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "pleaded"), Some("Tom Hart"));
    assert_eq!(
        one(&s, "Tom Hart").quote.as_deref(),
        Some("Keep the pier open,")
    );
}

#[test]
fn whined_reports_what_its_speaker_said() {
    // A charged verb of saying still reports: the that-clause is the speaker's.
    let t = "Tom Hart met the council. Hart whined that the board had treated him unfairly.";
    assert_eq!(speaker_by_verb(&extract(t), "whined"), Some("Tom Hart"));
    assert_eq!(report_by(t, "whined"), "the board had treated him unfairly");
}

#[test]
fn an_inverted_unnamed_speaker_with_its_qualifier_or_party_is_anonymous() {
    // "said one X familiar with / involved in ...", "said one Ohio Democrat": an unnamed
    // source after the verb, its qualifier read to the punctuation that closes the tag.
    for (t, cue) in [
        (
            "“The ferry will not run,” said one official familiar with the talks.",
            "one official familiar with the talks",
        ),
        (
            "“The ferry will not run,” said one councilman involved in the planning.",
            "one councilman involved in the planning",
        ),
        (
            "“The ferry will not run,” said a pilot involved in the rescue.",
            "a pilot involved in the rescue",
        ),
        (
            "“The ferry will not run,” said one Dayton Republican.",
            "one Dayton Republican",
        ),
        (
            "“The ferry will not run,” added another Democrat.",
            "another Democrat",
        ),
    ] {
        let s = extract(t);
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
        let a = &s.attributions[0];
        assert_eq!(a.source_kind, SpeakerKind::Anonymous, "{t}");
        assert_eq!(a.cue.as_deref(), Some(cue), "{t}");
        assert_eq!(a.quote.as_deref(), Some("The ferry will not run,"), "{t}");
    }
    // A capitalised head that is no party's member stays a name's word.
    let s = extract("“The ferry will not run,” said one Dayton Ferry.");
    assert!(s
        .attributions
        .iter()
        .all(|a| a.source_kind != SpeakerKind::Anonymous));
}

#[test]
fn put_it_before_a_quote_tags_it() {
    // "As X put it, “...”" and "X put it this way: “...”" credit the quote to X.
    let t = "The pier closed in May. As the harbor master Lena Marsh put it, “We cannot dredge our way out.”";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "put"), Some("Lena Marsh"));
    assert_eq!(
        one(&s, "Lena Marsh").quote.as_deref(),
        Some("We cannot dredge our way out.")
    );
    let t = "Lena Marsh runs the harbor. Marsh put it this way: “Nobody wants the bill.”";
    assert_eq!(speaker_by_verb(&extract(t), "put"), Some("Lena Marsh"));
    // "put it" not set off from the quote is no tag.
    let t = "Lena Marsh runs the harbor. Marsh put it in the “safe box” at the office.";
    assert!(extract(t).attributions.iter().all(|a| a.verb != "put"));
}

#[test]
fn a_paragraph_ending_in_a_verb_and_a_colon_tags_the_quote_below() {
    // The tag closes its own paragraph; the quote opens the next one.
    for (tag, speaker, verb) in [
        ("Tom Ruiz said:", "Tom Ruiz", "said"),
        ("Ruiz wrote on Monday:", "Tom Ruiz", "wrote"),
        ("Said Ruiz:", "Tom Ruiz", "said"),
        ("The Harbor Journal notes:", "Harbor Journal", "notes"),
    ] {
        let t = format!(
            "Tom Ruiz runs the port.\n\n{tag}\n\n“The deal leaves the port without a buyer.”"
        );
        let s = extract(&t);
        assert_eq!(s.attributions.len(), 1, "{tag}: {:#?}", s.attributions);
        let a = &s.attributions[0];
        assert_eq!(a.speaker.as_deref(), Some(speaker), "{tag}");
        assert_eq!(a.verb, verb, "{tag}");
        assert_eq!(
            a.quote.as_deref(),
            Some("The deal leaves the port without a buyer."),
            "{tag}"
        );
    }
    // A colon after words that report nothing leaves the quote unattributed.
    let t = "Tom Ruiz runs the port.\n\nThe plan includes:\n\n“A new pier for the ferry.”";
    assert!(extract(t).attributions.iter().all(|a| a.speaker.is_none()));
}

#[test]
fn a_he_after_a_title_and_surname_with_no_full_name_is_that_person() {
    // "Mr. Hart" / "President Hart" with no full name before: a person a "he" refers to.
    for t in [
        "Mr. Hart met the council on Monday. He said the pier would close in May.",
        "The talks showed the rift between President Hart and the council. He said the pier would close in May.",
    ] {
        let s = extract(t);
        assert_eq!(speaker_by_verb(&s, "said"), Some("Hart"), "{t}");
    }
    // The full name given later is the name of the same person: one voice.
    let t = "President Hart says the levy will pass. President Tom Hart said the pier would close. “We will rebuild,” Hart said.";
    let s = extract(t);
    assert_eq!(s.voices, 1, "{:#?}", s.attributions);
    assert!(s
        .attributions
        .iter()
        .all(|a| a.speaker.as_deref() == Some("Tom Hart")));
    // Once a person is named in full, a passing "President Hart" does not take the "he"
    // of the person quoted.
    let t = "Ana Ruiz runs the port. She spoke after President Hart left. “We will rebuild,” she said. Ruiz said she had called President Hart twice, and he said the levy would pass.";
    let s = extract(t);
    assert!(s
        .attributions
        .iter()
        .any(|a| a.speaker.as_deref() == Some("Ana Ruiz")));
    // A first name after a title, or a word before more of a name, is no surname.
    let t = "Mayor Bill de Vries met the board. He said the pier would close in May.";
    assert!(extract(t)
        .attributions
        .iter()
        .all(|a| a.speaker.as_deref() != Some("Bill")));
}

#[test]
fn a_surname_before_an_institution_noun_is_no_mention_of_the_person() {
    // "Hart campaign director Tim Moss ... He": "Hart" there names the campaign, so the
    // "he" is the director, not Hart.
    for first in [
        "Ann Hart leads the race.",
        "President Hart spoke at the rally.",
    ] {
        let t = format!("{first} Hart campaign director Tim Moss blamed the rain for the turnout. He also claimed that protesters blocked the doors.");
        let s = extract(&t);
        assert_eq!(
            speaker_by_verb(&s, "claimed"),
            Some("Tim Moss"),
            "{t}: {:#?}",
            s.attributions
        );
    }
}

#[test]
fn an_inverted_office_title_after_an_article_is_an_unnamed_source() {
    // "said a councilman": an office title after "a" or "one" names no one.
    for (t, cue) in [
        (
            "“The ferry will not run,” said a councilman, who spoke on condition of anonymity.",
            "a councilman, who spoke on condition of anonymity",
        ),
        (
            "“The ferry will not run,” said a councilman.",
            "a councilman",
        ),
        ("“The ferry will not run,” said one senator.", "one senator"),
    ] {
        let s = extract(t);
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
        let a = &s.attributions[0];
        assert_eq!(a.source_kind, SpeakerKind::Anonymous, "{t}");
        assert_eq!(a.cue.as_deref(), Some(cue), "{t}");
    }
    // The title before a name is still the name's.
    let s = extract("“The ferry will not run,” said Councilman Ed Ruiz.");
    assert_eq!(
        one(&s, "Ed Ruiz").quote.as_deref(),
        Some("The ferry will not run,")
    );
}

#[test]
fn a_short_sentence_ending_in_said_tags_the_quote_before_it() {
    // `“....” Reyes said.`: the quote closes its sentence, the tag is the next one.
    for t in [
        "The council met. “The ferry will run by spring.” Lina Reyes said.",
        "The council met. “The ferry will run by spring.” Reyes said. The vote came later.",
    ] {
        let s = extract(t);
        let a = s
            .attributions
            .iter()
            .find(|a| a.quote.as_deref() == Some("The ferry will run by spring."))
            .unwrap_or_else(|| panic!("{t}: {:#?}", s.attributions));
        assert!(
            a.speaker.as_deref().is_some_and(|x| x.ends_with("Reyes")),
            "{t}: {a:#?}"
        );
    }
    // A sentence that reports words of its own is no tag of the quote before it.
    let t = "The council met. “The ferry will run by spring.” Reyes said the fare would rise.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(
            |a| a.quote.as_deref() != Some("The ferry will run by spring.") || a.speaker.is_none()
        ),
        "{t}: {:#?}",
        s.attributions
    );
}

#[test]
fn a_she_after_a_woman_by_title_is_not_a_person_of_unknown_gender_before() {
    // "Gov. Hart" says no gender; a "she" after "Ms. Lane" is not Hart.
    let t = "Gov. Hart met the council on Monday. Ms. Lane grew up near the harbor. \
             She often speaks about the ferry, saying the fares are too high.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| a.speaker.as_deref() != Some("Hart")),
        "{:#?}",
        s.attributions
    );
    // With no woman named between, the "he" is still the governor.
    let t = "Gov. Hart met the council on Monday. He said the fares were too high.";
    assert_eq!(speaker_by_verb(&extract(t), "said"), Some("Hart"));
}

#[test]
fn a_capitalised_modifier_opening_the_sentence_is_no_name() {
    let t = "President Tom Hart spoke in Dayton on Monday. Frequent Hart critic Rep. Ana \
             Ruiz said the speech was a threat. Hart said the inquiry was a hoax.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Ana Ruiz"));
    let last = s.attributions.last().unwrap();
    assert_eq!(
        last.speaker.as_deref(),
        Some("Tom Hart"),
        "{:#?}",
        s.attributions
    );
    assert!(
        find(&s, "Frequent Hart").is_empty(),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_bare_surname_names_the_first_holder_and_no_relative() {
    // A relative named later does not take the surname of the person quoted.
    let t = "Tom Hart spoke for an hour. His daughter Ivanka Hart introduced him. \
             “We will build the bridge,” Hart said.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.direct).unwrap();
    assert_eq!(
        a.speaker.as_deref(),
        Some("Tom Hart"),
        "{:#?}",
        s.attributions
    );
    // Of two named with no tie given, the first named is the subject.
    let t = "Tom Hart spoke for an hour, joined by Ivanka Hart. Hart said the polls were \
             rigged.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Tom Hart"));
}

#[test]
fn a_name_closing_a_relative_clause_is_not_the_speaker() {
    let t = "Jane Roe, who served as an adviser to Mayor Tom Hart, whose administration \
             collapsed after a bribery scandal in 2019, told reporters the bill would fail.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "told").unwrap();
    assert_eq!(
        a.speaker.as_deref(),
        Some("Jane Roe"),
        "{:#?}",
        s.attributions
    );
    assert_eq!(reported(t, a), "the bill would fail");
}

#[test]
fn a_report_ends_before_the_verb_of_the_sentence_it_sits_in() {
    let t = "Mary Jones, who chaired the committee before retiring to a farm where she \
             raised goats and wrote two books about the Senate, said on Monday that the \
             vote was a disgrace.";
    let s = extract(t);
    assert_eq!(reported(t, by_verb(&s, "said")), "the vote was a disgrace");
    for a in &s.attributions {
        assert!(!reported(t, a).contains("said"), "{:#?}", s.attributions);
    }
}

#[test]
fn words_set_off_by_dashes_before_the_verb_leave_the_subject_before_them() {
    let t = "Harbor pilots — including the port's own chief pilot, Dana Wills — have long \
             argued that the channel is too shallow.";
    let s = extract(t);
    let a = by_verb(&s, "argued");
    assert_eq!(reported(t, a), "the channel is too shallow");
    assert_eq!(
        a.source_kind,
        SpeakerKind::Anonymous,
        "{:#?}",
        s.attributions
    );
    // Two hyphens, or one hyphen with spaces around it, set words off too.
    let t = "Ferry captains -- and, above all, Captain Lena Ortiz -- insisted that the \
             dock stay open.";
    let s = extract(t);
    assert_eq!(reported(t, by_verb(&s, "insisted")), "the dock stay open");
    let t = "Several county engineers - two of them retired - warn that the bridge is \
             failing.";
    let s = extract(t);
    assert_eq!(reported(t, by_verb(&s, "warn")), "the bridge is failing");
    // A hyphen inside a word is no dash: "ferry-riders" stays one subject.
    let t = "Ferry-riders say the fares are too high.";
    let s = extract(t);
    assert_eq!(reported(t, by_verb(&s, "say")), "the fares are too high");
}

#[test]
fn a_claim_after_according_to_is_not_read_as_the_source_s_apposition() {
    // The claim runs over a comma: all of it is reported, not the words after its
    // last comma.
    let t = "According to harbor records, the ferry has made 333 crossings since June 1, \
             2016.";
    let s = extract(t);
    let a = by_verb(&s, "according to");
    assert_eq!(
        reported(t, a),
        "the ferry has made 333 crossings since June 1, 2016"
    );
    let t = "According to the same survey, Hart's support among boat owners fell in August \
             from 71 percent to 55 percent, a drop outside the margin.";
    let s = extract(t);
    assert!(
        reported(t, by_verb(&s, "according to")).starts_with("Hart's support"),
        "{:#?}",
        s.attributions
    );
    // A short description set off by commas is still the source's.
    let t = "According to Tom Hart, a spokesman for the port, the pier will close.";
    let s = extract(t);
    let a = by_verb(&s, "according to");
    assert_eq!(reported(t, a), "the pier will close");
    assert_eq!(a.speaker.as_deref(), Some("Tom Hart"));
}

#[test]
fn dashed_words_may_name_the_speaker_but_not_give_a_thing_a_voice() {
    // The words set off name the person the description before them points at.
    let t = "The harbor's longest-serving pilot — born Dana Wills — argues the channel is \
             too shallow.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "argues"), Some("Dana Wills"));
    // An example of a group does not: the group speaks.
    let t = "Several pilots — including Dana Wills — warned that the channel is too \
             shallow.";
    let s = extract(t);
    let a = by_verb(&s, "warned");
    assert_eq!(a.source_kind, SpeakerKind::Group, "{:#?}", s.attributions);
    assert_eq!(a.speaker.as_deref(), Some("pilots"));
    // A thing before dashed words does not report by a learned cue verb.
    let s = extract("The long closure — five full weeks — angered ferry riders.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
    // A pronoun ending a clause before the dash is an object, not the speaker.
    let t = "Two riders who wrote to the Ledger about it -- including Tom Hart, a retiree \
             -- said the fares were unfair.";
    let s = extract(t);
    assert_ne!(
        speaker_by_verb(&s, "said"),
        Some("Ledger"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_learned_cue_verb_closing_a_short_tag_tags_the_quote_before_it() {
    let t = "Tom Hart spoke first. “Why the harbor?” Hart repeated. “No way,” Ana Ruiz \
             answered.";
    let s = extract(t);
    let q: Vec<_> = s.attributions.iter().filter(|a| a.direct).collect();
    assert_eq!(q.len(), 2, "{:#?}", s.attributions);
    assert_eq!(q[0].speaker.as_deref(), Some("Tom Hart"));
    assert_eq!(q[0].verb, "repeated");
    assert_eq!(q[1].speaker.as_deref(), Some("Ana Ruiz"));
    // A statement read out is not its own speaker.
    let t = "“We will sue,” the statement read.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "read"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_report_ends_before_a_joined_clause_with_a_speaker_of_its_own() {
    // A joining word or a semicolon before another speaker's report.
    let t = "Councilwoman Rita Vale proposed a new ferry terminal, while Mayor Tom Hart \
             said the harbor could not afford one.";
    let s = extract(t);
    assert_eq!(reported(t, by_verb(&s, "proposed")), "a new ferry terminal");
    assert_eq!(speaker_by_verb(&s, "said"), Some("Tom Hart"));
    let t = "The Ledger lists the mill as the county's largest employer; the Gazette \
             reported that it had closed.";
    let s = extract(t);
    assert_eq!(
        reported(t, by_verb(&s, "lists")),
        "the mill as the county's largest employer"
    );
    let t = "Anna Berg first denied the story, but Carl Ruiz insisted it was true.";
    let s = extract(t);
    assert_eq!(reported(t, by_verb(&s, "denied")), "the story");
    // A report in a subordinate clause ends at the comma before a named speaker's
    // verb of saying, and so does one before a trailing tag.
    let t = "As Ruiz spoke about the levee, Mayor Tom Hart noted that the river was \
             rising.";
    let s = extract(t);
    for a in &s.attributions {
        assert!(!reported(t, a).contains("Hart"), "{:#?}", s.attributions);
    }
    let t = "Ruiz intends to run for the Senate next year, Ms. Berg said, adding that \
             he has told few friends.";
    let s = extract(t);
    assert_eq!(
        reported(t, by_verb(&s, "intends")),
        "to run for the Senate next year"
    );
}

#[test]
fn a_report_keeps_a_joined_clause_that_is_its_own_claim() {
    // What the other person wants or believes may be the speaker's claim.
    let t = "Ms. Berg told supporters she will protect the wetlands while her rival, \
             Carl Ruiz, wants to pave them.";
    let s = extract(t);
    assert!(
        reported(t, by_verb(&s, "told")).ends_with("wants to pave them"),
        "{:#?}",
        s.attributions
    );
    // A comma inside a reported clause that opens with its own phrase.
    let t = "The Gazette reported that during the storm, Mayor Tom Hart said the dam \
             would hold.";
    let s = extract(t);
    assert!(
        reported(t, by_verb(&s, "reported")).ends_with("the dam would hold"),
        "{:#?}",
        s.attributions
    );
    // A joined subject is no new clause.
    let t = "Ruiz said his sister and cousin Ana Vale wrote the letter.";
    let s = extract(t);
    assert_eq!(
        reported(t, by_verb(&s, "said")),
        "his sister and cousin Ana Vale wrote the letter"
    );
}

#[test]
fn a_cry_reports_a_quotation_or_a_clause_after_it() {
    let t = "Dockworkers interrupted the hearing, shouting “Keep the port open!”";
    let s = extract(t);
    let a = by_verb(&s, "shouting");
    assert!(reported(t, a).starts_with("Keep the port open!"), "{a:#?}");
    assert_eq!(a.speaker.as_deref(), Some("Dockworkers"));
    let t = "Mayor Ruiz tried to laugh it off by interjecting, “Only on weekends.”";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "interjecting"), Some("Ruiz"));
    // Elsewhere a cry is a noise, not speech.
    let t = "The crowd kept shouting at the guards. Fans lined the road, chanting the \
             team's name.";
    let s = extract(t);
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn words_before_a_subject_are_its_report_only_when_set_off() {
    // "she wants the mill reopened": little follows, but the words before "she"
    // are the sentence's own tag, not what she wants.
    let t = "Ms. Vale, a homemaker from Dayton, said she wants the mill reopened.";
    let s = extract(t);
    assert_eq!(reported(t, by_verb(&s, "wants")), "the mill reopened");
    // Set off by a comma, they are ("The plan failed, he said").
    let t = "The mill will reopen in May, the union and local officials said.";
    let s = extract(t);
    assert!(
        reported(t, by_verb(&s, "said")).starts_with("The mill will reopen in May"),
        "{:#?}",
        s.attributions
    );
    let t = "The mill will reopen in May, Ms. Vale said.";
    let s = extract(t);
    assert_eq!(
        reported(t, by_verb(&s, "said")),
        "The mill will reopen in May"
    );
}

#[test]
fn a_stance_noun_heading_the_subject_reports_only_its_clause() {
    let t = "Mayor Tom Hart's claim that the levy would fall was false.";
    let s = extract(t);
    assert_eq!(reported(t, by_verb(&s, "claim")), "the levy would fall");
    // The sentence's verb is the last auxiliary after the clause's own.
    let t = "Hart's claim that the levy is the best deal Ohio has seen was rejected.";
    let s = extract(t);
    assert_eq!(
        reported(t, by_verb(&s, "claim")),
        "the levy is the best deal Ohio has seen"
    );
    // Auxiliaries in a row are one verb.
    let t = "Hart's claim that the levy would have been cut is odd.";
    let s = extract(t);
    assert_eq!(
        reported(t, by_verb(&s, "claim")),
        "the levy would have been cut"
    );
}

/// The words of `t` an attribution reports (its quote span), counted.
fn reported_words(t: &str, a: &Attribution) -> usize {
    t[a.quote_start.unwrap()..a.quote_end.unwrap()]
        .split_whitespace()
        .count()
}

#[test]
fn a_report_reaches_the_end_of_a_sentence_within_the_window() {
    // 5 words a clause: the sentence ends inside the window after the verb.
    let n = crate::limits::REPORT_WINDOW_WORDS / 5 - 2;
    let t = format!(
        "Senator Ruth Kemp said {}voters agree.",
        "the plan would work and ".repeat(n)
    );
    let s = extract(&t);
    let a = one(&s, "Ruth Kemp");
    assert_eq!(reported_words(&t, a), 5 * n + 2);
    assert!(a
        .quote
        .as_deref()
        .unwrap()
        .starts_with("the plan would work"));
}

#[test]
fn a_report_in_an_endless_sentence_stops_at_the_window() {
    // Far more words after the verb than the window, with no sentence end: the
    // report is cut at the window, so each verb's work stays bounded.
    let window = crate::limits::REPORT_WINDOW_WORDS;
    let t = format!(
        "Senator Ruth Kemp said {}voters agree",
        "the plan would work and ".repeat(window)
    );
    let s = extract(&t);
    let a = one(&s, "Ruth Kemp");
    assert_eq!(reported_words(&t, a), window);
    // The words before a verb are read through the same window.
    let t = format!(
        "{}the plan failed, Ruth Kemp said.",
        "the plan failed, ".repeat(window)
    );
    let s = extract(&t);
    let a = one(&s, "Ruth Kemp");
    assert!(reported_words(&t, a) <= window, "{}", reported_words(&t, a));
}

#[test]
fn a_cry_after_a_place_is_the_clause_subject_s() {
    // The place is the object of "through"; the marchers chant.
    for (t, place) in [
        (
            "On Sunday, demonstrators marched through Granger Plaza chanting “Fund the ward!”",
            "Granger Plaza",
        ),
        (
            "Students walked across Pine Square, shouting “Keep tuition down!”",
            "Pine Square",
        ),
        (
            "They burned posters of Governor Ana Kazemi in the square while chanting, “Resign!”",
            "Ana Kazemi",
        ),
    ] {
        let s = extract(t);
        assert!(
            s.attributions
                .iter()
                .all(|a| a.speaker.as_deref() != Some(place)),
            "{t}: {:#?}",
            s.attributions
        );
    }
    // A name after "with" opening a clause of its own still speaks.
    let t = "The rally ended, with Mayor Ruiz shouting “We will rebuild!”";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "shouting"), Some("Ruiz"));
    // A name after an opening phrase is the subject.
    let t = "In Dayton, Mayor Ana Ruiz rallied the crowd, shouting “We will rebuild!”";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "shouting"), Some("Ana Ruiz"));
}

#[test]
fn an_adverb_opening_the_sentence_is_never_a_speaker() {
    let t = "Eventually, a truck slowed down, and its driver leaned out, yelling “Go home!”";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| a.speaker.as_deref() != Some("Eventually")),
        "{:#?}",
        s.attributions
    );
    let t = "Notably, the county board said the levy would pass.";
    let s = extract(t);
    assert_ne!(speaker_by_verb(&s, "said"), Some("Notably"));
    // Surnames ending in -ly stay names.
    let t = "Kelly said the levy would pass. Connolly said it would not.";
    let s = extract(t);
    assert_eq!(one(&s, "Kelly").verb, "said");
    assert_eq!(one(&s, "Connolly").verb, "said");
}

#[test]
fn a_capitalised_verb_inside_a_name_is_a_word_of_the_name() {
    let t = "The Guild of Elected and Endorsed Clerks met in Dayton on Monday.";
    let s = extract(t);
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
    // The same verb in lower case still reports.
    let t = "The guild endorsed a new clerk to run the count.";
    assert_eq!(
        span(t, by_verb(&extract(t), "endorsed")),
        "a new clerk to run the count"
    );
}

#[test]
fn a_participle_after_a_figure_or_an_article_is_an_adjective() {
    let t = "Ruiz has a lead of 120 pledged delegates in the county.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "pledged"),
        "{:#?}",
        s.attributions
    );
    let t = "The board has not met its stated goal of ten new ferries.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "stated"),
        "{:#?}",
        s.attributions
    );
    // After a name or a pronoun the verb reports.
    let t = "Ruiz pledged support for the ferry plan.";
    assert_eq!(one(&extract(t), "Ruiz").verb, "pledged");
    let t = "Mayor Ruiz spoke first. She pledged new funds for the ferry.";
    assert_eq!(
        span(t, by_verb(&extract(t), "pledged")),
        "new funds for the ferry"
    );
}

#[test]
fn a_name_and_a_colon_before_a_bare_figure_is_a_tally() {
    let t =
        "Mayor Ana Ruiz and Tom Hart ran for the seat.\n\nAna Ruiz: 1,204.\n\nTom Hart: 980.\n\n\
             Tom Hart: I will ask for a recount.";
    let s = extract(t);
    let colons: Vec<&str> = s
        .attributions
        .iter()
        .filter(|a| a.verb == ":")
        .map(|a| span(t, a))
        .collect();
    assert_eq!(
        colons,
        vec!["I will ask for a recount."],
        "{:#?}",
        s.attributions
    );
}

#[test]
fn appearing_somewhere_is_no_seeming() {
    let t = "Mayor Ruiz will appear before the county board on Tuesday.";
    let s = extract(t);
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
    let t = "Ruiz appeared on a Sunday radio show with her rival.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "appeared"),
        "{:#?}",
        s.attributions
    );
    // A seeming is still a claim with no source.
    let t = "The ferry plan appears to be stalled.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "appears").kind, SourceKind::Unattributed);
}

#[test]
fn a_place_a_reporter_filed_from_is_not_reported() {
    let t = "Voters said they wanted the ferry back.\n\nAna Ruiz reported from Dayton.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "reported"),
        "{:#?}",
        s.attributions
    );
    let t = "The first lady spoke from the East Room of the White House.";
    let s = extract(t);
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
    // What is reported from a place is still reported.
    let t = "Ruiz reported from Dayton that the levee had held.";
    assert!(span(t, by_verb(&extract(t), "reported")).ends_with("the levee had held"));
}

#[test]
fn a_question_to_you_reports_no_view() {
    let t = "Ruiz wants a new ferry.\n\nDo you support the ferry levy?";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "support"),
        "{:#?}",
        s.attributions
    );
    let t = "Do you know the levy is fair?";
    let s = extract(t);
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
    // Addressed to the reader in a statement, it is still a claim with no source.
    let t = "And you know the levy is fair.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "know").kind, SourceKind::Unattributed);
}

#[test]
fn a_title_in_quotation_marks_inside_an_apposition_leaves_the_speaker() {
    // The title closes the apposition; the name before it speaks.
    for t in [
        "Ann Hart, the author of “Rivers of Stone,” said the levee will hold.",
        "Ann Hart, the author of \"Rivers of Stone,\" said the levee will hold.",
        "Ann Hart, the author of “Rivers of Stone,” a history of the valley, said the levee will hold.",
    ] {
        let s = extract(t);
        let a = by_verb(&s, "said");
        assert_eq!(a.speaker.as_deref(), Some("Ann Hart"), "{t}");
        assert_eq!(span(t, a), "the levee will hold", "{t}");
        // The title is no quotation of its own.
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
    }
    // Words in lower case inside the marks are a quotation, not a title.
    let t = "Ann Hart, the author of “a fine mess,” said the levee will hold.";
    assert!(extract(t)
        .attributions
        .iter()
        .all(|a| a.speaker.as_deref() != Some("Ann Hart") || a.verb != "said"));
}

#[test]
fn a_span_counted_back_to_ago_between_subject_and_verb_is_skipped() {
    let t = "The county board less than two weeks ago said the levee would hold.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker.as_deref(), Some("county board"));
    assert_eq!(span(t, a), "the levee would hold");
    let t = "Ann Hart two days ago said the levee would hold.";
    assert_eq!(
        by_verb(&extract(t), "said").speaker.as_deref(),
        Some("Ann Hart")
    );
    // "ago" with no unit of time before it is no such span.
    let t = "The county board long ago said nothing.";
    assert!(extract(t)
        .attributions
        .iter()
        .all(|a| a.speaker.as_deref() != Some("county board")));
}

#[test]
fn a_verb_joined_by_and_takes_an_institution_opening_its_sentence() {
    for t in [
        "The mill closed in May. The county board overruled the judge and said the mill provided enough notice.",
        "The mill closed in May. But the county board overruled the judge and said the mill provided enough notice.",
    ] {
        let s = extract(t);
        let a = by_verb(&s, "said");
        assert_eq!(a.speaker.as_deref(), Some("county board"), "{t}");
    }
    // The noun is not read across "and" ("the mayor and police chief").
    let t = "The mill closed in May. Instead, the mayor and police chief visited the levee and \
             announced they would build a wall.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| !a.speaker.as_deref().is_some_and(|x| x.contains("police"))),
        "{:#?}",
        s.attributions
    );
    // A phrase opened by a preposition is no subject ("In a campaign email, ...").
    let t = "In a campaign email, Ruiz made a plea to voters, saying the levy is fair.";
    assert_eq!(
        by_verb(&extract(t), "saying").speaker.as_deref(),
        Some("Ruiz")
    );
}

#[test]
fn an_inverted_speaker_may_be_followed_by_a_place() {
    let t = "The valley gets more rain than the coast, says geologist Ann Cole in Dover.";
    let s = extract(t);
    let a = by_verb(&s, "says");
    assert_eq!(a.speaker.as_deref(), Some("Ann Cole"));
    assert_eq!(span(t, a), "The valley gets more rain than the coast");
    let t = "The rain will come soon, said Ann Cole at Dover State University.";
    assert_eq!(
        by_verb(&extract(t), "said").speaker.as_deref(),
        Some("Ann Cole")
    );
    // A lower-case phrase after "in" is not a place closing the tag.
    let t = "The rain will come soon, said Ann Cole in a long statement.";
    assert!(extract(t)
        .attributions
        .iter()
        .all(|a| a.speaker.as_deref() != Some("Ann Cole")));
}

/// The one attribution of `s`, which must have exactly one.
fn only(s: &Sourcing) -> &Attribution {
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    &s.attributions[0]
}

#[test]
fn a_trailing_speaker_who_spoke_through_a_channel_reports_the_words_before() {
    // A relative clause on the channel is no report of its own.
    let t = "The levy is unlawful, a county judge said Friday in a ruling that halted it.";
    let s = extract(t);
    let a = only(&s);
    assert_eq!(a.verb, "said");
    assert_eq!(span(t, a), "The levy is unlawful");
    assert_eq!(a.cue.as_deref(), Some("county judge"));
    let t = "The levy is unlawful, a judge said in a ruling that was issued late.";
    let s = extract(t);
    assert_eq!(span(t, only(&s)), "The levy is unlawful");
    // A pronoun speaker, resolved to the name before it.
    let t = "Ana Ruiz runs the port. The port will reopen, she said Friday in a statement.";
    let s = extract(t);
    let a = only(&s);
    assert_eq!(a.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(span(t, a), "The port will reopen");
    // Speakers with a prepositional phrase.
    let t = "The county had no power to act, the lawyers for the county said Friday.";
    let s = extract(t);
    let a = only(&s);
    assert_eq!(span(t, a), "The county had no power to act");
    assert_eq!(a.cue.as_deref(), Some("lawyers for the county"));
    let t = "The inquiry is closed, a spokesman for the agency said Monday in an email.";
    let s = extract(t);
    let a = only(&s);
    assert_eq!(span(t, a), "The inquiry is closed");
    assert_eq!(a.speaker.as_deref(), Some("spokesman for the agency"));
}

#[test]
fn a_reported_clause_after_a_channel_opens_after_that() {
    let t = "Ruiz said in a statement on Friday that the port would reopen.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(span(t, a), "the port would reopen");
    let t = "Ruiz said in a long interview that the port would reopen.";
    assert_eq!(
        span(t, by_verb(&extract(t), "said")),
        "the port would reopen"
    );
    // With no channel the words after the verb are as they were.
    let t = "Ruiz said on Friday that the port would reopen.";
    assert_eq!(
        span(t, by_verb(&extract(t), "said")),
        "the port would reopen"
    );
}

#[test]
fn a_participle_of_publishing_after_a_channel_is_no_second_report() {
    for t in [
        "The ferry must stop, a judge said Friday in a ruling issued late Tuesday.",
        "Ana Ruiz runs the port. The port will reopen, she said in a statement posted online.",
        "The union will strike, the union said in a letter sent to members on Monday.",
        "The mill broke no rules, the company said in a statement released Monday.",
    ] {
        let s = extract(t);
        let a = only(&s);
        assert_eq!(a.verb, "said", "{t}");
        assert!(span(t, a).starts_with("The "), "{t}: {}", span(t, a));
    }
    // An outlet's name is no channel: the Post reports by "published".
    let t = "Ruiz blamed Hale after the Post published its story on the levy.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "published").speaker.as_deref(), Some("Post"));
}

#[test]
fn capitalised_words_of_a_law_are_no_speaker() {
    for (t, law) in [
        (
            "The suit was brought under the False Claims Act, Ruiz said.",
            "the False Claims Act",
        ),
        (
            "The clinic is funded under the Nurses Demand Safe Staffing Act, Ruiz said.",
            "the Nurses Demand Safe Staffing Act",
        ),
        (
            "The union backs the Workers Want Fair Pay Amendment, Ruiz said.",
            "the Workers Want Fair Pay Amendment",
        ),
        (
            "Under the Parents Know Best Act of 2019, schools must post their books, Ruiz said.",
            "the Parents Know Best Act",
        ),
    ] {
        let s = extract(t);
        let a = only(&s);
        assert_eq!(a.speaker.as_deref(), Some("Ruiz"), "{t}");
        assert!(span(t, a).contains(law), "{t}: {}", span(t, a));
    }
    // A verb of saying before an article and a law opens its sentence.
    let t = "Citing the Affordable Care Act, Ruiz said the clinic would stay open.";
    let s = extract(t);
    assert!(s.attributions.iter().any(|a| a.verb == "citing"), "{t}");
    // A line in title case is no law's name: its joining words are capitalised.
    let t = "Jane Ruiz Accused Of Shocking Act In Court. The trial opens in May.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "accused").speaker.as_deref(), Some("Jane Ruiz"));
}

#[test]
fn a_comma_set_clause_with_its_own_verb_is_no_apposition_of_the_speaker() {
    let t = "If the port closed, most of its trade would move south, said Ana Ruiz.";
    let s = extract(t);
    let a = only(&s);
    assert_eq!(a.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(
        span(t, a),
        "If the port closed, most of its trade would move south"
    );
    let t = "As the vote nears, a race she hoped to win, the count will be close, said Ana Ruiz.";
    let s = extract(t);
    assert_eq!(only(&s).speaker.as_deref(), Some("Ana Ruiz"));
    // A relative clause inside an apposition keeps it one.
    let t = "Tom Hart, a lawyer who has worked for the port, said the levy failed.";
    let s = extract(t);
    let a = only(&s);
    assert_eq!(a.speaker.as_deref(), Some("Tom Hart"));
    assert_eq!(
        a.affiliation.as_deref(),
        Some("a lawyer who has worked for the port")
    );
}

#[test]
fn a_relative_that_on_a_document_that_is_no_channel_leaves_the_report_after_the_verb() {
    let t = "Last May, when I spoke to the board, I cautioned against readings of the data \
             that would alarm the council.";
    let s = extract(t);
    let a = by_verb(&s, "cautioned");
    assert!(
        span(t, a).starts_with("against readings of the data"),
        "{}",
        span(t, a)
    );
}

#[test]
fn a_described_subject_with_a_clause_inside_keeps_its_apposition() {
    let t = "The Dayton Post and the Harbor Ledger, citing aides they did not name, also \
             reported Hale would resign.";
    let s = extract(t);
    let a = by_verb(&s, "reported");
    assert_eq!(span(t, a), "Hale would resign");
    assert!(a
        .speaker
        .as_deref()
        .is_some_and(|x| x.contains("Dayton Post")));
    let t = "Fares would rise, the levy's backers, the lawyers they have hired, said.";
    let s = extract(t);
    let a = only(&s);
    assert_eq!(span(t, a), "Fares would rise");
    assert_eq!(a.cue.as_deref(), Some("levy's backers"));
}

#[test]
fn looking_into_a_matter_reports_nothing_looking_to_act_does() {
    let s = extract("The department has been looking into the law and how it works.");
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
    let t = "Senator Tom Hale is looking to run for governor.";
    assert_eq!(speaker_by_verb(&extract(t), "looking"), Some("Tom Hale"));
}

#[test]
fn note_and_observe_report_in_every_present_form() {
    let t = "Officials note that the bridge will reopen in May.";
    let s = extract(t);
    let a = by_verb(&s, "note");
    assert_eq!(span(t, a), "the bridge will reopen in May");
    let t = "As one analyst observes, the deal leaves the city exposed.";
    let s = extract(t);
    let a = by_verb(&s, "observes");
    assert_eq!(a.source_kind, SpeakerKind::Anonymous);
    assert_eq!(a.cue.as_deref(), Some("one analyst"));
    assert_eq!(span(t, a), "the deal leaves the city exposed");
    let t = "Mayor Ana Ruiz notes that the budget is short.";
    let s = extract(t);
    let a = by_verb(&s, "notes");
    assert_eq!(a.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(span(t, a), "the budget is short");
}

#[test]
fn bare_plurals_of_sides_speak_as_groups() {
    let t = "Critics said they want a full inquiry into the contract.";
    let s = extract(t);
    for verb in ["said", "want"] {
        let a = by_verb(&s, verb);
        assert_eq!(a.source_kind, SpeakerKind::Group, "{verb}");
        assert_eq!(a.speaker.as_deref(), Some("critics"), "{verb}");
        assert_eq!(a.kind, SourceKind::Named, "{verb}");
    }
    let t = "The levy passed. Economists predict two more rises. Residents say fares will climb.";
    let s = extract(t);
    assert_eq!(
        by_verb(&s, "predict").speaker.as_deref(),
        Some("economists")
    );
    assert_eq!(by_verb(&s, "say").speaker.as_deref(), Some("residents"));
    // Sources left unnamed on purpose stay anonymous.
    let t = "Officials said the tax would hurt small shops.";
    let s = extract(t);
    assert_eq!(only(&s).source_kind, SpeakerKind::Anonymous);
}

#[test]
fn a_reporting_word_after_a_preposition_is_a_noun() {
    for t in [
        "The plan passed amid blasts from critics and a walkout by the union.",
        "Despite blasts from the left, the mayor signed the bill.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions.iter().all(|a| a.verb != "blasts"),
            "{t}: {:#?}",
            s.attributions
        );
    }
    // A claim's noun with its clause keeps the claim.
    let t = "Despite reports that the ferry will close, the mayor signed the bill.";
    let s = extract(t);
    assert!(span(t, by_verb(&s, "reports")).starts_with("the ferry will close"));
    let t = "Jones blasts the plan as a sham.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "blasts").speaker.as_deref(), Some("Jones"));
}

#[test]
fn shot_back_reports_what_follows_as_fired_back_does() {
    let t = "Mayor Tom Jones shot back that the audit was a smear.";
    let s = extract(t);
    let a = by_verb(&s, "shot");
    assert_eq!(a.speaker.as_deref(), Some("Tom Jones"));
    assert_eq!(span(t, a), "the audit was a smear");
    let t = "“The audit is a smear,” Jones shot back.";
    let s = extract(t);
    let a = only(&s);
    assert_eq!(a.speaker.as_deref(), Some("Jones"));
    assert!(a.direct);
    // A shot fired reports nothing.
    let t = "Police shot the suspect in the leg on Tuesday.";
    assert!(extract(t).attributions.is_empty());
}

#[test]
fn a_document_with_its_publication_reports_as_a_document() {
    let t = "A report released Monday said the bridge was unsafe.";
    let s = extract(t);
    let a = only(&s);
    assert_eq!(a.source_kind, SpeakerKind::Document);
    assert_eq!(span(t, a), "the bridge was unsafe");
    let t = "A study published in the Harbor Journal found that the drug cut deaths.";
    let s = extract(t);
    let a = only(&s);
    assert_eq!(a.source_kind, SpeakerKind::Document);
    assert_eq!(span(t, a), "the drug cut deaths");
    // With no verb of the document after it, the participle still reports.
    let t = "The poll released Monday, a blow to the mayor, put the levy behind.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "released").source_kind, SpeakerKind::Document);
}

#[test]
fn complaints_to_a_listener_report_the_clause_after_that() {
    for (t, verb) in [
        (
            "Ana Ruiz bellyached to reporters that the rules were unfair.",
            "bellyached",
        ),
        (
            "Ana Ruiz griped to the Harbor Ledger that the rules were unfair.",
            "griped",
        ),
        (
            "Ana Ruiz complained to them that the rules were unfair.",
            "complained",
        ),
    ] {
        let s = extract(t);
        let a = by_verb(&s, verb);
        assert_eq!(a.speaker.as_deref(), Some("Ana Ruiz"), "{t}");
        assert_eq!(span(t, a), "the rules were unfair", "{t}");
    }
    // A relative "that" after "to" and a thing is no listener's.
    let t = "Ana Ruiz pointed to polls that show the levy ahead.";
    let s = extract(t);
    assert!(span(t, by_verb(&s, "pointed")).starts_with("to polls"));
}

#[test]
fn a_clause_before_an_inverted_tag_is_no_apposition() {
    for t in [
        "Canceling games, closing schools, holding classes online are all options, said Dr. Ann Moreno.",
        "Officials may act by closing schools, holding classes online, said Ann Moreno.",
        "No mayor has won twice since Jane Roe beat John Doe in 1990 -- a rare upset in the \
         state, said Ann Moreno.",
    ] {
        let s = extract(t);
        let a = by_verb(&s, "said");
        assert_eq!(a.speaker.as_deref(), Some("Ann Moreno"), "{t}");
        assert!(span(t, a).ends_with("online") || span(t, a).ends_with("options") || span(t, a).ends_with("state"), "{t}: {}", span(t, a));
    }
    // A participle of saying with its own clause still describes the subject.
    let t = "Tom Hart, noting the plan is late, said the levy failed.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker.as_deref(), Some("Tom Hart"));
    assert_eq!(span(t, a), "the levy failed");
    // Dashes on both sides set an apposition off.
    let t = "Tom Hart — a former aide — said the plan was doomed.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker.as_deref(), Some("Tom Hart"));
    assert_eq!(a.affiliation.as_deref(), Some("a former aide"));
}

#[test]
fn a_quote_tag_after_and_speaks_for_the_sentence_subject() {
    let t = "Ben Carson took the stage and called the system “rotten to the core.”";
    let s = extract(t);
    let a = by_verb(&s, "called");
    assert_eq!(a.speaker.as_deref(), Some("Ben Carson"));
    let t = "Party officials said the caucus would begin. They reversed course and said \
             they will register voters.";
    let s = extract(t);
    let said: Vec<_> = s.attributions.iter().filter(|a| a.verb == "said").collect();
    assert_eq!(said.len(), 2, "{:#?}", s.attributions);
    assert_eq!(said[1].cue.as_deref(), Some("Party officials"));
    assert_eq!(span(t, said[1]), "they will register voters");
}

#[test]
fn notes_after_a_gerund_or_an_article_is_a_noun() {
    for t in [
        "According to Ana Ruiz, the pair may have left sticky notes.",
        "Tom Hart toured the port, making notes about the cranes.",
        "The notes say little about the levy.",
        "In the ad, Tom Hart hits all the right conservative notes.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions.iter().all(|a| a.verb != "notes"),
            "{t}: {:#?}",
            s.attributions
        );
    }
    let t = "The levy is doomed, Ana Ruiz notes.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "notes").speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn an_opening_phrase_before_the_subject_is_never_what_is_reported() {
    for (t, verb, want) in [
        (
            "Earlier in the month, Nell Ortiz called for an inquiry into the ferry budget.",
            "called",
            "for an inquiry into the ferry budget",
        ),
        (
            "Shortly after the storm, Nell Ortiz urged a review of the sea wall.",
            "urged",
            "a review of the sea wall",
        ),
        (
            "At the port summit, however, Nell Ortiz focused on the cost of dredging.",
            "focused",
            "on the cost of dredging",
        ),
        (
            "To a standing ovation, Nell Ortiz called for a new bridge.",
            "called",
            "for a new bridge",
        ),
        (
            "But despite the vote, Nell Ortiz pushed for a second ballot.",
            "pushed",
            "for a second ballot",
        ),
        (
            "In an interview with the radio station on Friday night, Nell Ortiz called for calm.",
            "called",
            "for calm",
        ),
    ] {
        let s = extract(t);
        let a = by_verb(&s, verb);
        assert_eq!(a.speaker.as_deref(), Some("Nell Ortiz"), "{t}");
        assert_eq!(reported(t, a), want, "{t}");
    }
    // Words before the subject that are a claim of their own stay the report.
    let t = "The ferry plan failed, Nell Ortiz said.";
    let s = extract(t);
    assert_eq!(reported(t, by_verb(&s, "said")), "The ferry plan failed");
}

#[test]
fn speaking_reports_only_what_it_was_about() {
    for t in [
        "Nell Ortiz spoke to reporters on Friday after the vote.",
        "Nell Ortiz spoke for an hour and took questions.",
        "Nell Ortiz spoke with the harbor master at the pier.",
        "Nell Ortiz spoke Portuguese at the dinner.",
        "Nell Ortiz spoke in Lisbon on the first day of the summit.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions.iter().all(|a| a.verb != "spoke"),
            "{t}: {:#?}",
            s.attributions
        );
    }
    for (t, want) in [
        (
            "Nell Ortiz spoke about the ferry levy.",
            "about the ferry levy",
        ),
        (
            "Nell Ortiz spoke highly of the new pilot.",
            "highly of the new pilot",
        ),
        (
            "Nell Ortiz spoke out against the toll.",
            "out against the toll",
        ),
        (
            "Nell Ortiz spoke in defense of the pilots.",
            "in defense of the pilots",
        ),
        (
            "Nell Ortiz spoke at length about the dredging.",
            "at length about the dredging",
        ),
        (
            "Nell Ortiz spoke to the council about the budget gap.",
            "to the council about the budget gap",
        ),
    ] {
        let s = extract(t);
        let a = by_verb(&s, "spoke");
        assert_eq!(a.speaker.as_deref(), Some("Nell Ortiz"), "{t}");
        assert_eq!(reported(t, a), want, "{t}");
    }
}

#[test]
fn a_capitalised_preposition_or_time_word_opening_a_sentence_is_no_name() {
    let t = "Senator Nell Ortiz visited the pier on Monday. Without Harbor Fund money, the \
             ferry will stop, and she explained how she believes it can run.";
    let s = extract(t);
    assert!(!s.attributions.is_empty());
    for a in &s.attributions {
        assert_eq!(
            a.speaker.as_deref(),
            Some("Nell Ortiz"),
            "{:#?}",
            s.attributions
        );
    }
    let t = "Nell Ortiz met pilots at noon. Last week she toured the dock and said it \
             would stay open.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "said").speaker.as_deref(), Some("Nell Ortiz"));
}

#[test]
fn a_pronoun_after_a_time_phrase_speaks_for_a_verb_after_and() {
    for t in [
        "Nell Ortiz met pilots at noon. Two days later she flew to Lisbon and said the \
         ferry would run.",
        "Nell Ortiz met pilots at noon. A few minutes later she moved everyone inside and \
         said the ferry would run.",
        "Nell Ortiz met pilots at noon. On Monday, she toured the dock and said the ferry \
         would run.",
    ] {
        let s = extract(t);
        let a = by_verb(&s, "said");
        assert_eq!(a.speaker.as_deref(), Some("Nell Ortiz"), "{t}");
        assert_eq!(reported(t, a), "the ferry would run", "{t}");
    }
    let t = "Harbor pilots said the strike would start at noon. A few minutes later they \
             changed course, went inside and said they would wait.";
    let s = extract(t);
    let said: Vec<_> = s.attributions.iter().filter(|a| a.verb == "said").collect();
    assert_eq!(said.len(), 2, "{:#?}", s.attributions);
    assert_eq!(reported(t, said[1]), "they would wait");
}

#[test]
fn a_he_no_one_named_before_speaks_as_an_unnamed_person() {
    let t = "The ferry board met on Tuesday. He said the fares would rise in spring.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker, None);
    assert_eq!(a.source_kind, SpeakerKind::Person);
    assert_eq!(a.kind, SourceKind::Anonymous);
    assert_eq!(a.cue.as_deref(), Some("He"));
    assert_eq!(span(t, a), "the fares would rise in spring");
    // A "he" with someone to refer to is still that person.
    let t = "Owen Hale chairs the ferry board. He said the fares would rise in spring.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Owen Hale"));
}

#[test]
fn a_person_known_by_title_and_surname_takes_a_later_he() {
    // The woman named in full is no "he": the man known as "Mr. Obrien" is.
    let t = "Mr. Obrien toured the pier with Ann Lee on Monday. He said the pier would reopen.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Obrien"));
}

#[test]
fn a_role_noun_is_the_person_an_apposition_gave_the_office() {
    let t = "Tom Hart, the president of the dockworkers union, met Ann Lee on Monday. \
             The president said the strike would end.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Tom Hart"));
    // A rank below the office, or the office in a title before another name, is not it.
    for t in [
        "Tom Hart, the vice president of the union, met Ann Lee on Monday. \
         The president said the strike would end.",
        "Ivy Hart, the president's daughter, met Ann Lee on Monday. \
         The president said the strike would end.",
    ] {
        let s = extract(t);
        let who = speaker_by_verb(&s, "said");
        assert!(
            who != Some("Tom Hart") && who != Some("Ivy Hart"),
            "{t}: {who:?}"
        );
    }
}

#[test]
fn a_death_toll_or_a_title_claimed_is_no_claim() {
    for t in [
        "The storm claimed the lives of six people in the valley.",
        "The flood claimed nearly 600 lives last spring.",
        "Mayor Ann Lee claimed victory on Tuesday night.",
        "The rowing club claimed first place in the regatta.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions.iter().all(|a| a.verb != "claimed"),
            "{t}: {:#?}",
            s.attributions
        );
    }
    let t = "Owen Hale claimed the count was rigged.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "claimed"), Some("Owen Hale"));
}

#[test]
fn a_phone_call_a_call_off_or_a_release_from_custody_reports_nothing() {
    for t in [
        "Ann Lee called 911 when the smoke rose.",
        "Ann Lee called police after the break-in.",
        "Tom Hart called off the rally on Friday.",
        "Tom Hart called her back an hour later.",
        "Owen Hale was released from the hospital on Monday.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions
                .iter()
                .all(|a| a.verb != "called" && a.verb != "released"),
            "{t}: {:#?}",
            s.attributions
        );
    }
    let t = "Ann Lee called the levy a tax on the poor.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "called"), Some("Ann Lee"));
}

#[test]
fn a_thing_called_by_its_name_reports_nothing() {
    for t in [
        "The campaign hired a firm called Gavel Analytics, which is owned by a donor.",
        "A new group called Ferry Riders Matter is trying to raise money.",
        "She helped to organize a party called Anti-Prom at a former mill.",
        "He set up a website called “Ferry Watch” that pitches the island.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions.iter().all(|a| a.verb != "called"),
            "{t}: {:#?}",
            s.attributions
        );
    }
    // A person so described, or a verdict after the name, still speaks.
    for (t, who) in [
        ("A spokesman called Harbor Watch a fraud.", None),
        (
            "A local union called Mayor Dunn a liar.",
            Some("local union"),
        ),
        (
            "A local union called Mayor Dunn's plan reckless.",
            Some("local union"),
        ),
        ("The mayor called Harbor Watch a fraud.", Some("the mayor")),
    ] {
        let s = extract(t);
        let a = (s.attributions.iter())
            .find(|a| a.verb == "called")
            .unwrap_or_else(|| panic!("{t}: {:#?}", s.attributions));
        assert_eq!(a.speaker.as_deref(), who, "{t}");
    }
}

#[test]
fn a_name_heading_a_short_list_item_is_no_speaker() {
    let t = "Goals for Tuesday's primary.\n\n\
             What each candidate needs from the Harwick vote.\n\n\
             Jane Moreno: Win in a walk.\n\n\
             Tom Price: A strong second place.\n\n\
             Moreno told reporters on Monday that she expected a close race.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != ":"),
        "{:#?}",
        s.attributions
    );
    // A clause after the colon is words said, a headline's too.
    let t = "Goals for Tuesday's primary.\n\n\
             What each candidate needs from the Harwick vote.\n\n\
             Jane Moreno: I will win in a walk.\n\n\
             Moreno told reporters on Monday that she expected a close race.";
    let s = extract(t);
    assert!(
        s.attributions.iter().any(|a| a.verb == ":"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn verbs_of_attack_in_words_report_their_object() {
    for (t, verb) in [
        (
            "Councillor Victor Lind lambasted the mayor for the delay.",
            "lambasted",
        ),
        (
            "Councillor Victor Lind spoke for an hour, rebuking the mayor over the budget.",
            "rebuking",
        ),
    ] {
        let s = extract(t);
        let a = (s.attributions.iter())
            .find(|a| a.verb == verb)
            .unwrap_or_else(|| panic!("{t}: {:#?}", s.attributions));
        assert_eq!(a.speaker.as_deref(), Some("Victor Lind"), "{t}");
    }
    // The one attacked does not speak.
    let s = extract("Councillor Victor Lind was lambasted for the delay.");
    assert!(
        s.attributions
            .iter()
            .all(|a| a.speaker.as_deref() != Some("Victor Lind")),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn keeping_a_lead_adding_to_a_mess_casting_ballots_or_plans_report_nothing() {
    for t in [
        "Mayor Ann Lee maintained a narrow lead over her rival in the county.",
        "The port maintains close ties with two shipping firms.",
        "Tom Hart maintained his brisk pace through the final lap.",
        "The late filing added to the confusion over the levy.",
        "The fees Owen Hale paid added up to a small fortune.",
        "Voters in the valley cast their ballots on Tuesday.",
        "Premiums for many county health plans rose by a third.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions.iter().all(|a| !matches!(
                a.verb.as_str(),
                "maintained" | "maintains" | "added" | "cast" | "plans"
            )),
            "{t}: {:#?}",
            s.attributions
        );
    }
    for (t, verb, who) in [
        (
            "Owen Hale maintained his innocence throughout the trial.",
            "maintained",
            "Owen Hale",
        ),
        (
            "Ann Lee has long maintained that the levy was fair.",
            "maintained",
            "Ann Lee",
        ),
        (
            "Tom Hart cast his ballot for the school levy.",
            "cast",
            "Tom Hart",
        ),
        (
            "Ann Lee cast two votes against the new levy.",
            "cast",
            "Ann Lee",
        ),
        (
            "Tom Hart plans to run for mayor next spring.",
            "plans",
            "Tom Hart",
        ),
    ] {
        let s = extract(t);
        assert_eq!(
            speaker_by_verb(&s, verb),
            Some(who),
            "{t}: {:#?}",
            s.attributions
        );
    }
}

#[test]
fn a_stance_word_right_after_its_subject_is_its_verb() {
    let t = "Ann Lee plans to run for the council. She calls for a new pier.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "plans"),
        Some("Ann Lee"),
        "{:#?}",
        s.attributions
    );
    assert_eq!(
        speaker_by_verb(&s, "calls"),
        Some("Ann Lee"),
        "{:#?}",
        s.attributions
    );
    // A determiner capitalised as it opens the sentence is no subject: the noun keeps
    // no holder, as it does inside a sentence.
    for (t, verb) in [
        (
            "The calls for a recount grew louder in the valley.",
            "calls",
        ),
        (
            "Such claims that the pier was unsafe spread online.",
            "claims",
        ),
        ("These fears that the mill will close spread fast.", "fears"),
    ] {
        let s = extract(t);
        let a = s.attributions.iter().find(|a| a.verb == verb);
        assert!(
            a.is_some_and(|a| a.speaker.is_none()),
            "{t}: {:#?}",
            s.attributions
        );
    }
    // An adjective of a party or a people before the noun names no speaker.
    let t = "The mayor faced Republican calls for a recount in the valley.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| a.speaker.as_deref() != Some("Republican")),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_share_of_residents_or_voters_speaks_as_their_group() {
    let t = "The water turned brown in May. Many residents said they had no warning. \
             Some voters said the mayor was to blame. Most economists say the levy is too low.";
    let s = extract(t);
    for (verb, who) in [("said", "residents"), ("say", "economists")] {
        let a = s.attributions.iter().find(|a| a.verb == verb).unwrap();
        assert_eq!(
            a.speaker.as_deref(),
            Some(who),
            "{verb}: {:#?}",
            s.attributions
        );
        assert_eq!(a.source_kind, SpeakerKind::Group, "{verb}");
    }
    let voters = one(&s, "voters");
    assert_eq!(voters.source_kind, SpeakerKind::Group);
    // Those on someone's side are not that someone.
    let t = "Mayor Ann Lee cut the levy. Supporters of the mayor said she acted fast.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker, None, "{:#?}", s.attributions);
    assert_eq!(a.source_kind, SpeakerKind::Anonymous);
    assert_eq!(a.cue.as_deref(), Some("Supporters of the mayor"));
}

#[test]
fn counted_plural_people_speak_as_a_group() {
    let t = "The orchard lost half its crop, said several growers. Two beekeepers said the \
             hives failed in May. “Nobody warned us,” said a handful of tenants. Dozens of \
             nurses say the night shift is short. The bridge will close, said three commuters \
             in Dover.";
    let s = extract(t);
    for (name, content) in [
        ("growers", "The orchard lost half its crop"),
        ("beekeepers", "the hives failed in May"),
        ("tenants", "Nobody warned us,"),
        ("nurses", "the night shift is short"),
        ("commuters", "The bridge will close"),
    ] {
        let a = one(&s, name);
        assert_eq!(a.source_kind, SpeakerKind::Group, "{name}");
        assert_eq!(span(t, a), content, "{name}");
    }
}

#[test]
fn counted_words_of_time_or_unnamed_sources_are_no_group() {
    let t = "The mill will stay open, she said several times. Two officials said the \
             talks had stalled. Two visitors offered a mild complaint to the clerk.";
    let s = extract(t);
    assert!(find(&s, "times").is_empty(), "{:#?}", s.attributions);
    let officials = by_cue(&s, "officials");
    assert_eq!(officials.source_kind, SpeakerKind::Anonymous);
    // "offered" is no verb of saying: a counted group speaks only by one.
    assert!(find(&s, "visitors").is_empty(), "{:#?}", s.attributions);
}

#[test]
fn an_honorific_names_only_a_person_of_its_gender() {
    let t = "Tom Hart toured the mill on Monday. Helen Hart spoke at the school. “We will \
             rebuild,” Mrs. Hart said. “The money is there,” Mr. Hart said. Ms. Hart said \
             the roof would be fixed first.";
    let s = extract(t);
    let helen = find(&s, "Helen Hart");
    assert_eq!(helen.len(), 2, "{:#?}", s.attributions);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Helen Hart"));
    let tom = one(&s, "Tom Hart");
    assert_eq!(span(t, tom), "The money is there,");
    // With only a man of that name known, "Mrs. Hart" is someone else.
    let t = "Tom Hart toured the mill on Monday. “We will rebuild,” Mrs. Hart said.";
    let s = extract(t);
    assert!(find(&s, "Tom Hart").is_empty(), "{:#?}", s.attributions);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Hart"));
}

#[test]
fn who_and_a_claim_after_a_name_and_its_description_report_for_the_name() {
    let t = "The ferry lost money again. Maria Lopez, who predicts that fares will double by \
             spring, runs the tour office. Dana Whitfield, an engineer at the port, who believes \
             the pier will not last, spoke on Monday.";
    let s = extract(t);
    let lopez = one(&s, "Maria Lopez");
    assert_eq!(span(t, lopez), "fares will double by spring");
    let whitfield = one(&s, "Dana Whitfield");
    assert_eq!(span(t, whitfield), "the pier will not last");
    assert_eq!(
        whitfield.affiliation.as_deref(),
        Some("an engineer at the port")
    );
    // A description ending in a person's name: "who" is that person.
    let t = "Tom Hart, agent for the singer Dana Roe, who claims she was never paid, sued.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "claims"), Some("Dana Roe"));
}

#[test]
fn a_time_then_a_participle_of_saying_is_no_report_of_the_verb() {
    let t = "The harbor master said on Tuesday, adding that the dredging would start in June.";
    let s = extract(t);
    let added = by_verb(&s, "adding");
    assert_eq!(span(t, added), "the dredging would start in June");
    // "said" reports neither the time nor the participle's words.
    assert!(
        s.attributions
            .iter()
            .filter(|a| a.verb != "adding")
            .all(|a| a.quote.as_deref().is_none_or(|q| !q.contains("dredging"))),
        "{:#?}",
        s.attributions
    );
    let t = "The pier is unsafe, the harbor master said on Tuesday, adding that repairs \
             would take a year.";
    let s = extract(t);
    let said = by_verb(&s, "said");
    assert_eq!(span(t, said), "The pier is unsafe");
    assert_eq!(span(t, by_verb(&s, "adding")), "repairs would take a year");
}

#[test]
fn a_plural_noun_of_stance_is_read_as_a_noun_by_the_word_before_it() {
    // After a preposition and an abbreviation: the holder is the abbreviation's, and
    // the plan is an intention held, not a verb of belief.
    let t = "Students in Dayton marched against U.S. plans to close the naval base.";
    let s = extract(t);
    let a = by_verb(&s, "plans");
    assert_eq!(a.speaker.as_deref(), Some("U.S."), "{:#?}", s.attributions);
    assert_eq!(a.content_kind, ContentKind::Indirect);
    assert_eq!(span(t, a), "to close the naval base");
    // After a verb whose object it is: the verb reports it, no second report.
    let t = "The ferry company announced plans to sell two of its boats.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "plans"),
        "{:#?}",
        s.attributions
    );
    assert_eq!(
        span(t, by_verb(&s, "announced")),
        "plans to sell two of its boats"
    );
    // After a determiner: no speaker is made of the words before it.
    let t = "Critics ignored the mayor’s own calls and pressed on.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "calls"),
        "{:#?}",
        s.attributions
    );
    // Before the verb of its own clause: a subject, not a verb.
    let t = "The port's pension claims have been ignored for years.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "claims"),
        "{:#?}",
        s.attributions
    );
    // "reports" filed, not said; with "that" the reports' claim is kept.
    let t = "The two ferry lines filed reports with the port board detailing their fares.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "reports"),
        "{:#?}",
        s.attributions
    );
    let t = "The Ledger reports that the pier will close.";
    let s = extract(t);
    assert_eq!(span(t, by_verb(&s, "reports")), "the pier will close");
    // "alongside" takes a noun phrase as "over" does.
    let t = "Alongside Green Party calls for a recount, the mayor asked for patience.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a
            .speaker
            .as_deref()
            .is_none_or(|n| !n.contains("Alongside"))),
        "{:#?}",
        s.attributions
    );
    // A name right before it is still its subject.
    let t = "The harbor board plans to vote on the dredging in June.";
    let s = extract(t);
    assert_eq!(
        span(t, by_verb(&s, "plans")),
        "to vote on the dredging in June"
    );
}

#[test]
fn how_often_it_was_said_is_no_part_of_the_report() {
    for how in [
        "several times",
        "repeatedly",
        "on several occasions",
        "publicly",
    ] {
        let t = format!("Mayor Ines Cole has said {how} that the ferry fare will not rise.");
        let s = extract(&t);
        let a = by_verb(&s, "said");
        assert_eq!(a.speaker.as_deref(), Some("Ines Cole"));
        assert_eq!(span(&t, a), "the ferry fare will not rise", "{how}");
    }
    // "that" of a time is no clause.
    let t = "Ines Cole said several times that day the fare was fixed.";
    let s = extract(t);
    assert!(span(t, by_verb(&s, "said")).contains("the fare was fixed"));
}

#[test]
fn an_organisation_before_a_comma_set_which_is_named_whole() {
    let t = "The Institute for Harbor Studies, which opposes the levy, said the fees would \
             drive ferries away.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "opposes"),
        Some("Institute for Harbor Studies"),
        "{:#?}",
        s.attributions
    );
    assert_eq!(
        speaker_by_verb(&s, "said"),
        Some("Institute for Harbor Studies")
    );
}

#[test]
fn a_prediction_in_a_relative_clause_is_its_subjects() {
    let t = "Tara Moreno, who predicts a close race, spent the weekend in Dayton.";
    let s = extract(t);
    let a = by_verb(&s, "predicts");
    assert_eq!(a.speaker.as_deref(), Some("Tara Moreno"));
    assert_eq!(span(t, a), "a close race");
    // An act in such a clause reports nothing.
    let t = "Tara Moreno, who visits Dayton often, spent the weekend there.";
    let s = extract(t);
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_restrictive_relative_before_the_verb_of_saying_is_no_part_of_either() {
    let t = "Speaking on a radio show, the developer who claims to be owed millions \
             admitted that he had never paid the builders.";
    let s = extract(t);
    let a = by_verb(&s, "admitted");
    assert_eq!(span(t, a), "he had never paid the builders");
    assert!(
        a.cue.as_deref().is_some_and(|c| c.contains("developer")),
        "{:#?}",
        s.attributions
    );
    // The relative clause's claim, if read, ends before the main verb.
    for a in s.attributions.iter().filter(|a| a.verb == "claims") {
        assert_eq!(span(t, a), "to be owed millions");
    }
}

#[test]
fn a_preposition_inside_a_name_does_not_make_a_noun_of_the_verb_after_it() {
    let t = "The House of Representatives plans to vote on the bill on Tuesday.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "plans"),
        Some("House of Representatives"),
        "{:#?}",
        s.attributions
    );
    // A person "of" an organisation, then "who": the person.
    let t = "Ann Lee of the Harbor Institute, who opposes the levy, said fares would rise.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "opposes"), Some("Ann Lee"));
    // A second verb of saying after the one in the "who" clause: its own subject.
    let t = "Two people who have spoken with Tom Hart this week said Hart said he would run.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .any(|a| a.speaker.as_deref() == Some("Tom Hart") && span(t, a) == "he would run"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_claim_whose_object_went_before_it_is_still_a_verb() {
    // The form of "be" or "have" after "claims" is the reported clause's verb.
    let t = "What the ferry company claims is a saving will cost riders more.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "claims"), Some("ferry company"));
    let t = "The riders blame Ann Lee, who he claims has misled the board.";
    let s = extract(t);
    assert!(
        s.attributions.iter().any(|a| a.verb == "claims"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_call_on_the_telephone_or_a_claim_for_money_names_no_speaker() {
    for t in [
        "Phone calls to the harbor office went unanswered on Friday.",
        "Calls to the ferry company were not returned.",
        "the phone calls to the harbor master went unanswered.",
        "Jobless claims in the valley fell for a third week.",
        "Insurance claims rose after the flood.",
        "Tax claims by the mill owner were rejected.",
    ] {
        let s = extract(t);
        assert!(s.attributions.is_empty(), "{t}: {:#?}", s.attributions);
    }
    // A name before the verb, or a call for something, still reports.
    for (t, verb, who) in [
        (
            "Dana Roe calls for a recount of the ballots.",
            "calls",
            "Dana Roe",
        ),
        (
            "Owen Hale claims the levy was never paid.",
            "claims",
            "Owen Hale",
        ),
    ] {
        let s = extract(t);
        assert_eq!(
            speaker_by_verb(&s, verb),
            Some(who),
            "{t}: {:#?}",
            s.attributions
        );
    }
    let t = "Calls for the harbor master to resign grew louder.";
    let s = extract(t);
    assert!(
        span(t, by_verb(&s, "calls")).starts_with("for the harbor master to resign"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn an_organisation_that_finds_people_or_things_reports_nothing() {
    for t in [
        "Police found the two boys hiding in a boathouse.",
        "The coast guard found the missing kayak near the pier.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions.iter().all(|a| a.verb != "found"),
            "{t}: {:#?}",
            s.attributions
        );
    }
    // A finding or a verdict is still the finder's.
    for (t, content) in [
        (
            "Police found that the two boys had left the boathouse.",
            "the two boys had left the boathouse",
        ),
        (
            "The court found the ferry company liable for the spill.",
            "the ferry company liable for the spill",
        ),
        (
            "Police found no sign of a break-in at the mill.",
            "no sign of a break-in at the mill",
        ),
    ] {
        let s = extract(t);
        assert_eq!(span(t, by_verb(&s, "found")), content, "{t}");
    }
    // A document finds what it reports.
    let t = "The audit found widespread waste at the port.";
    let s = extract(t);
    assert_eq!(
        span(t, by_verb(&s, "found")),
        "widespread waste at the port"
    );
}

#[test]
fn an_office_or_an_institution_that_plans_holds_the_intention() {
    for (t, content) in [
        (
            "The mayor plans to resign next month.",
            "to resign next month",
        ),
        (
            "The senator plans to vote against the levy.",
            "to vote against the levy",
        ),
        (
            "The agency plans to close two ferry piers.",
            "to close two ferry piers",
        ),
    ] {
        let s = extract(t);
        let a = by_verb(&s, "plans");
        assert_eq!(span(t, a), content, "{t}");
        assert_eq!(a.content_kind, ContentKind::Belief, "{t}");
        assert!(
            a.speaker.is_some() || a.source_kind != SpeakerKind::Unattributed,
            "{t}: {:#?}",
            s.attributions
        );
    }
    // Plans with no holder beside them, or of another kind, stay as they were.
    let t = "The plans to close two ferry piers drew protests.";
    let s = extract(t);
    let a = by_verb(&s, "plans");
    assert_eq!(a.speaker, None, "{:#?}", s.attributions);
    let t = "The county health plans cost more this year.";
    let s = extract(t);
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_modifier_opening_the_sentence_before_a_stance_noun_is_no_speaker() {
    for (t, verb, content) in [
        (
            "Growing calls for the harbor master to resign were ignored.",
            "calls",
            "for the harbor master to resign",
        ),
        (
            "Mounting fears that the levee could fail emptied the town.",
            "fears",
            "the levee could fail",
        ),
        (
            "New claims that the tally was wrong surfaced on Monday.",
            "claims",
            "the tally was wrong",
        ),
    ] {
        let s = extract(t);
        let a = by_verb(&s, verb);
        assert_eq!(a.speaker, None, "{t}: {:#?}", s.attributions);
        assert_eq!(a.source_kind, SpeakerKind::Unattributed, "{t}");
        assert!(
            span(t, a).starts_with(content),
            "{t}: {:#?}",
            s.attributions
        );
    }
    // A name opening the sentence is still the speaker.
    let t = "Greenberg calls for a recount of the harbor vote.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "calls"), Some("Greenberg"));
}

#[test]
fn a_stance_word_after_an_auxiliary_or_a_negation_is_its_subjects_verb() {
    for (t, verb, who, content) in [
        (
            "Owen Hale does not plan to sell the ferry.",
            "plan",
            "Owen Hale",
            "to sell the ferry",
        ),
        (
            "Dana Roe also plans to run for the council.",
            "plans",
            "Dana Roe",
            "to run for the council",
        ),
        (
            "Tom Hart still fears that the harbor vote was rigged.",
            "fears",
            "Tom Hart",
            "the harbor vote was rigged",
        ),
    ] {
        let s = extract(t);
        let a = by_verb(&s, verb);
        assert_eq!(
            a.speaker.as_deref(),
            Some(who),
            "{t}: {:#?}",
            s.attributions
        );
        assert_eq!(span(t, a), content, "{t}");
    }
    // "call" is read by no verb: its stance stays unattributed, not lost.
    let t = "Tom Hart will call for a recount of the harbor vote.";
    let s = extract(t);
    assert_eq!(
        span(t, by_verb(&s, "call")),
        "for a recount of the harbor vote"
    );
    // After a determiner the word is still a noun with no holder.
    let t = "Owen Hale ignored the plan to sell the ferry.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| a.speaker.as_deref() != Some("Owen Hale") || a.verb != "plan"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn no_answer_to_a_request_for_comment_reports_nothing() {
    for t in [
        "The ferry company did not respond to a request for comment.",
        "Owen Hale did not immediately respond to repeated messages on Friday.",
        "Dana Roe did not respond to attempts to reach her.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions.iter().all(|a| !a.verb.starts_with("respon")),
            "{t}: {:#?}",
            s.attributions
        );
    }
    // An answer to a charge is still what was said.
    let t = "Owen Hale responded to the charge that the pier was unsafe.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "responded"),
        Some("Owen Hale"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn the_department_and_it_stand_for_an_organisation_named_in_reach() {
    // "it" after an organisation named as the doer, not yet a speaker.
    let t = "The Harbor Ministry closed the east pier on Monday. It said repairs would \
             take a month.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(
        a.speaker.as_deref(),
        Some("Harbor Ministry"),
        "{:#?}",
        s.attributions
    );
    assert_eq!(a.source_kind, SpeakerKind::Organisation);
    // "the department" after "the Department of Transit" named as an object.
    let t = "Riders wrote to the Department of Transit about the fares. The department \
             said the fares would stay.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(
        a.speaker.as_deref(),
        Some("Department of Transit"),
        "{:#?}",
        s.attributions
    );
    // "the company" after a name ending in "Corp."
    let t = "Growers sued Lakeside Feed Corp. in May. The company said the suit was baseless.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(
        a.speaker.as_deref(),
        Some("Lakeside Feed Corp"),
        "{:#?}",
        s.attributions
    );
    // Literal twins: no organisation in reach, a document between, or the name only
    // heading a phrase of people: "it" stays an unnamed source.
    for t in [
        "The storm reached the harbor on Monday. It said the tides were high.",
        "The Harbor Ministry closed the pier after a report on Monday. It said repairs \
         would take a month.",
        "Harbor Ministry officials met on Monday. It said repairs would take a month.",
    ] {
        let s = extract(t);
        let a = by_verb(&s, "said");
        assert_eq!(a.speaker, None, "{t}: {:#?}", s.attributions);
    }
    // A name modifying a noun after it, or named two sentences back, is not "it".
    for t in [
        "The Harbor Ministry analyst Dana Roe met riders on Monday. It said repairs would \
         take a month.",
        "Growers sued Lakeside Feed Corp. in May. Riverside Mills hired more staff. The \
         company said the suit was baseless.",
    ] {
        let s = extract(t);
        let a = by_verb(&s, "said");
        assert_ne!(a.speaker.as_deref(), Some("Harbor Ministry"), "{t}");
        assert_ne!(a.speaker.as_deref(), Some("Lakeside Feed Corp"), "{t}");
    }
    // A headline's lone capitalised noun is no name for "the department".
    let t = "Riders Wrote To The Department\n\nRiders wrote to the mayor. The department said \
             the fares would stay.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "said"),
        Some("department"),
        "{:#?}",
        s.attributions
    );
    // "the department" with no department named stays as written.
    let t = "Riders wrote to the mayor about the fares. The department said the fares would stay.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "said"),
        Some("department"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_stance_clause_opening_the_sentence_ends_before_the_main_verb() {
    for (t, verb, content) in [
        (
            "Concern that the ferry fares will double grew on Monday among riders.",
            "concern",
            "the ferry fares will double",
        ),
        (
            "Fears that the levee would fail pushed the town to act.",
            "fears",
            "the levee would fail",
        ),
        (
            "Fears that the levee failed emptied the town.",
            "fears",
            "the levee failed",
        ),
    ] {
        let s = extract(t);
        let a = by_verb(&s, verb);
        assert_eq!(span(t, a), content, "{t}: {:#?}", s.attributions);
        // The main verb after the clause reports nothing of its own.
        assert_eq!(s.attributions.len(), 1, "{t}: {:#?}", s.attributions);
    }
    // A participle before "by" is inside the clause: "raised" is no main verb.
    let t = "Claims that the money raised by the club was stolen were false.";
    let s = extract(t);
    let a = by_verb(&s, "claims");
    assert_eq!(
        span(t, a),
        "the money raised by the club was stolen",
        "{:#?}",
        s.attributions
    );
    // A compound adjective in "-ed" is no main verb.
    let t = "On her claim that she kept all work-related notes, the clerk said little.";
    let s = extract(t);
    let a = by_verb(&s, "claim");
    assert_eq!(
        span(t, a),
        "she kept all work-related notes",
        "{:#?}",
        s.attributions
    );
    // A relative clause on "the only concern" reports nothing.
    let t = "The only concern that riders discussed was the fare.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "concern"),
        "{:#?}",
        s.attributions
    );
    // A literal "concern" with no clause reports nothing.
    let t = "Concern for the ferry riders grew on Monday.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| a.verb != "concern" || span(t, a) != "the ferry riders grew on Monday"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn lists_kept_and_answers_in_deeds_report_nothing() {
    for t in [
        "The agency keeps watch lists of suspected smugglers.",
        "The clerk checked the waiting lists of the clinic.",
        "The city responded to the flooding by building new levees.",
        "Mayor Dana Roe responded by firing the harbor master.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions
                .iter()
                .all(|a| a.verb != "lists" && !a.verb.starts_with("respon")),
            "{t}: {:#?}",
            s.attributions
        );
    }
    // Literal twins: a document that lists, an answer given in words.
    let t = "The audit lists three reasons for the delay.";
    let s = extract(t);
    assert!(
        s.attributions.iter().any(|a| a.verb == "lists"),
        "{:#?}",
        s.attributions
    );
    // A quotation after the answer in deeds is the answer's words.
    let t = "Mayor Dana Roe responded by recalling the flood. “We rebuilt in a month.”";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .any(|a| a.speaker.as_deref() == Some("Dana Roe") && a.direct),
        "{:#?}",
        s.attributions
    );
    let t = "Mayor Dana Roe responded by announcing that the levees were safe.";
    let s = extract(t);
    assert!(
        s.attributions.iter().any(|a| a.verb == "responded"),
        "{:#?}",
        s.attributions
    );
    let t = "Mayor Dana Roe responded by saying that the levees were safe.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .any(|a| a.speaker.as_deref() == Some("Dana Roe")
                && span(t, a).contains("the levees were safe")),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_noun_after_a_verb_of_voicing_is_no_verb_with_a_long_subject() {
    let t = "The ferry plan went ahead. Critics voiced growing fears that the plan would fail.";
    let s = extract(t);
    // One attribution, the critics', with no source "Critics voiced growing".
    assert!(
        s.attributions
            .iter()
            .all(|a| a.cue.as_deref() != Some("Critics voiced growing")),
        "{:#?}",
        s.attributions
    );
    let a = by_verb(&s, "voiced");
    assert_eq!(
        a.speaker.as_deref(),
        Some("critics"),
        "{:#?}",
        s.attributions
    );
    assert!(span(t, a).ends_with("the plan would fail"));
    // Literal twin: "fear" as the verb of the critics.
    let t = "The ferry plan went ahead. Critics fear that the plan would fail.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "fear"),
        Some("critics"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn an_agentless_charge_reports_only_its_clause() {
    // The writer's verdict after the charge is no part of it.
    for (t, want) in [
        (
            "Let us be clear: what the harbor master is accused of doing is awful.",
            "what the harbor master is accused of doing",
        ),
        (
            "Councillor Jo Pike is accused of hiding the ferry figures, which is shameful.",
            "Councillor Jo Pike is accused of hiding the ferry figures",
        ),
    ] {
        let s = extract(t);
        let a = s.attributions.iter().find(|a| a.verb == "is accused");
        let a = a.unwrap_or_else(|| panic!("{t}: {:#?}", s.attributions));
        assert_eq!(span(t, a), want, "{t}");
    }
    // Literal twins: a charge that runs to the sentence's end, or over a comma inside it.
    for (t, verb, kept) in [
        (
            "Councillor Jo Pike is accused of hiding the ferry figures from the board.",
            "is accused",
            "from the board",
        ),
        (
            "Councillor Jo Pike is accused of hiding two reports, in May and June, from the board.",
            "is accused",
            "from the board",
        ),
        (
            "The ferry levy was blamed for raising fares, and for emptying the pier.",
            "was blamed",
            "emptying the pier",
        ),
    ] {
        let s = extract(t);
        let a = s.attributions.iter().find(|a| a.verb == verb).unwrap();
        assert!(span(t, a).contains(kept), "{}", span(t, a));
    }
}

#[test]
fn seeing_the_light_holds_no_view() {
    let t = "After years of resistance, Mayor Dana Roe finally sees the light on ferry funding.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "sees"),
        "{:#?}",
        s.attributions
    );
    // Literal twin: seeing a thing as something is a view.
    let t = "Mayor Dana Roe sees the ferry levy as a mistake.";
    let s = extract(t);
    assert!(
        s.attributions.iter().any(|a| a.verb == "sees"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_verb_whose_object_stands_before_its_subject_reports_nothing_after_it() {
    for t in [
        "The ferry plan Mayor Dana Roe proposed would cut fares in half.",
        "The levy that Mayor Dana Roe announced will fund the new pier.",
        "When the board met on the day Mayor Dana Roe had proposed, the vote failed.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions
                .iter()
                .all(|a| !matches!(a.verb.as_str(), "proposed" | "announced")),
            "{t}: {:#?}",
            s.attributions
        );
    }
    // Literal twins: a verb taking a clause, and the object after the verb.
    let t = "The levy, which Mayor Dana Roe said would fund the pier, passed.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .any(|a| a.verb == "said" && span(t, a).contains("would fund the pier")),
        "{:#?}",
        s.attributions
    );
    let t = "Mayor Dana Roe proposed a plan that would cut fares in half.";
    let s = extract(t);
    assert!(
        s.attributions.iter().any(|a| a.verb == "proposed"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_verb_closing_an_opening_subordinate_clause_reports_nothing() {
    let t = "After Mayor Dana Roe testified, the board changed its focus.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "testified"),
        "{:#?}",
        s.attributions
    );
    // Literal twin: "as" opens a tag.
    let t = "As Mayor Dana Roe noted, the board changed its focus.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "noted").unwrap();
    assert_eq!(span(t, a), "the board changed its focus");
}

#[test]
fn a_description_before_a_name_keeps_no_verb() {
    let t = "The board agreed to meet on the day Harbor Director Jane Roe said fares would rise.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "said").unwrap();
    assert_eq!(a.speaker.as_deref(), Some("Jane Roe"));
    assert_eq!(a.affiliation.as_deref(), Some("Harbor Director"));
    // A description before a name and a comma: the "that" clause after the verb is
    // the report, not the description.
    let t = "A longtime aide to the mayor, Jane Roe warned that fares would rise.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "warned").unwrap();
    assert_eq!(span(t, a), "fares would rise");
    // Literal twins: a plain title, a tag after the clause.
    let t = "The longtime harbor director Jane Roe said fares would rise.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "said").unwrap();
    assert_eq!(a.affiliation.as_deref(), Some("longtime harbor director"));
    let t = "The fares will rise, Jane Roe said that day.";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "said").unwrap();
    assert_eq!(span(t, a), "The fares will rise");
}

#[test]
fn state_before_its_noun_and_all_told_report_nothing() {
    for t in [
        "However, most state parties release those delegates early.",
        "Roe so far has won the most state contests this spring.",
        "All told, up to five million riders could use the ferry.",
    ] {
        let s = extract(t);
        assert!(
            s.attributions
                .iter()
                .all(|a| a.verb != "state" && a.verb != "told"),
            "{t}: {:#?}",
            s.attributions
        );
    }
    // Literal twins: a verb "state", a teller.
    let t = "The ferry rules state that riders must buy tickets.";
    let s = extract(t);
    assert!(
        s.attributions.iter().any(|a| a.verb == "state"),
        "{:#?}",
        s.attributions
    );
    let t = "All told the board that the ferry was late.";
    let s = extract(t);
    assert!(
        s.attributions.iter().any(|a| a.verb == "told"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_quotation_after_a_colon_is_the_clause_subjects() {
    let t = "The harbor union said the levy was unfair. Councillor Jo Pike resisted: “Ferry \
             riders do not have the money to pay more.”";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.direct).unwrap();
    assert_eq!(
        a.speaker.as_deref(),
        Some("Jo Pike"),
        "{:#?}",
        s.attributions
    );
    let t = "The harbor union said the levy was unfair. Here is Mayor Dana Roe in May 2019: \
             “Our new direction must rest on the pier.”";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.direct).unwrap();
    assert_eq!(
        a.speaker.as_deref(),
        Some("Dana Roe"),
        "{:#?}",
        s.attributions
    );
    // Literal twins: a title after a colon, and a sentence opened by a preposition.
    let t = "Councillor Jo Pike read a book: “Ferry Tales.”";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != ":"),
        "{:#?}",
        s.attributions
    );
    // A second verb of saying after the subject's has its own speaker: the colon
    // gives none.
    let t = "Councillor Jo Pike said one harbor pilot turned to him and said, pointing at the \
             pier: “We cannot dock here any more.”";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != ":"),
        "{:#?}",
        s.attributions
    );
    let t = "Councillor Jo Pike spoke first. From the mayor's post: “We must move past the \
             levy and fix the pier.”";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| a.speaker.as_deref() != Some("Jo Pike") || !a.direct),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_trade_of_politics_or_money_is_a_role_that_points_back() {
    // "the pollster", "the billionaire": the person named with that title before.
    let t = "The campaign hired Republican pollster Dana Whitfield in March. \
             The pollster said the numbers were bad.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "said"),
        Some("Dana Whitfield"),
        "{:#?}",
        s.attributions
    );
    let t = "Ferry owner Carl Brandt, a shipping magnate, bought the pier in May. \
             The magnate told reporters that the fares would stay low.";
    let s = extract(t);
    assert_eq!(
        speaker_by_verb(&s, "told"),
        Some("Carl Brandt"),
        "{:#?}",
        s.attributions
    );
    // Twin: no one named with the title, so the pollster stays unnamed.
    let t = "The campaign hired Dana Whitfield in March. The pollster said the numbers were bad.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker, None, "{:#?}", s.attributions);
    assert_eq!(a.source_kind, SpeakerKind::Anonymous);
}

#[test]
fn plural_trades_speak_as_a_group_or_unnamed_never_as_a_surname() {
    // "Pollsters said" opening a sentence is no person called Pollsters.
    let t = "The race tightened in October. Pollsters said the turnout would decide it.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker, None, "{:#?}", s.attributions);
    assert_eq!(a.source_kind, SpeakerKind::Anonymous);
    // Twin: a real surname opening a sentence still names its speaker.
    let t = "Dana Pollard ran the count. Pollard said the turnout would decide it.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Dana Pollard"));
    // Under a party's name they speak for it.
    let t = "The bill passed on Tuesday. Republican donors warned that the party would split.";
    let s = extract(t);
    let a = by_verb(&s, "warned");
    assert_eq!(a.source_kind, SpeakerKind::Group, "{:#?}", s.attributions);
    assert_eq!(a.group.as_deref(), Some("Republicans"));
}

#[test]
fn a_stance_word_after_plural_people_is_their_verb() {
    let t = "The ferry plan went ahead. Some activists fear that the fares will rise.";
    let s = extract(t);
    let a = by_verb(&s, "fear");
    assert_eq!(
        a.source_kind,
        SpeakerKind::Anonymous,
        "{:#?}",
        s.attributions
    );
    assert_eq!(a.cue.as_deref(), Some("Some activists"));
    // Twin: "the fear that" is a noun, and whose it is goes unsaid.
    let t = "The ferry plan went ahead. The fear that the fares will rise is real.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| a.source_kind != SpeakerKind::Anonymous),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_relative_who_with_a_verb_of_saying_speaks_for_its_head() {
    // Object of a preposition, restrictive: people unnamed.
    let t = "The pier owner is under attack from women who say he cheated them.";
    let s = extract(t);
    let a = by_verb(&s, "say");
    assert_eq!(
        a.source_kind,
        SpeakerKind::Anonymous,
        "{:#?}",
        s.attributions
    );
    assert_eq!(a.cue.as_deref(), Some("women"));
    assert_eq!(a.quote.as_deref(), Some("he cheated them"));
    // Set off by a comma after one person described: that person, unnamed.
    let t = "The last question came from a young boy, who said his father drove him there.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(
        a.source_kind,
        SpeakerKind::Anonymous,
        "{:#?}",
        s.attributions
    );
    assert_eq!(a.cue.as_deref(), Some("a young boy"));
    assert_eq!(a.quote.as_deref(), Some("his father drove him there"));
    // Twin: a "who" clause with no verb of saying reports nothing.
    let t = "The last question came from a young boy, who rode a bus there.";
    let s = extract(t);
    assert!(s.attributions.is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_report_in_a_relative_clause_on_the_subject_ends_before_the_main_verb() {
    let t = "Senators who argued that the levy was too costly later voted for it.";
    let s = extract(t);
    let a = by_verb(&s, "argued");
    assert_eq!(a.quote.as_deref(), Some("the levy was too costly"));
    let t = "Voters who say the ferry is vital were split on the fare.";
    let s = extract(t);
    assert_eq!(
        by_verb(&s, "say").quote.as_deref(),
        Some("the ferry is vital")
    );
    // Twins: a verb of the report's own clause stays in it.
    let t = "Senators who argued that the levy had been passed too quickly voted for it.";
    let s = extract(t);
    assert_eq!(
        by_verb(&s, "argued").quote.as_deref(),
        Some("the levy had been passed too quickly")
    );
    let t = "Voters who say the ferry is slow and fares were raised want a change.";
    let s = extract(t);
    let q = by_verb(&s, "say").quote.clone().unwrap_or_default();
    assert!(
        q.starts_with("the ferry is slow and fares were raised"),
        "{q}"
    );
}

#[test]
fn a_participle_of_saying_after_a_comma_reports_for_itself() {
    for t in [
        "The mayor said the budget was balanced, warning that cuts would follow.",
        "The mayor said the budget was balanced, and warning that cuts would follow.",
    ] {
        let s = extract(t);
        let said = by_verb(&s, "said");
        assert_eq!(
            said.quote.as_deref(),
            Some("the budget was balanced"),
            "{t}"
        );
        let warning = by_verb(&s, "warning");
        assert_eq!(warning.speaker.as_deref(), Some("the mayor"), "{t}");
        assert_eq!(warning.quote.as_deref(), Some("cuts would follow"), "{t}");
    }
    // Twin: a participle that is no report of its own stays in the clause.
    let t = "The mayor said the budget, citing the audit, was balanced.";
    let s = extract(t);
    let q = by_verb(&s, "said").quote.clone().unwrap_or_default();
    assert!(q.ends_with("was balanced"), "{q}");
}

#[test]
fn proclaimed_reports_as_declared_does() {
    let t = "The governor proclaimed that the emergency was over.";
    let s = extract(t);
    let a = by_verb(&s, "proclaimed");
    assert_eq!(a.speaker.as_deref(), Some("the governor"));
    assert_eq!(a.quote.as_deref(), Some("the emergency was over"));
    let t = "“We are safe now,” Ana Ruiz proclaimed on Monday.";
    let s = extract(t);
    let a = one(&s, "Ana Ruiz");
    assert_eq!(a.verb, "proclaimed");
    assert!(a.direct);
    let t = "The senator spoke for an hour, proclaiming that the levy would pass.";
    let s = extract(t);
    let a = by_verb(&s, "proclaiming");
    assert_eq!(a.speaker.as_deref(), Some("the senator"));
    assert_eq!(a.quote.as_deref(), Some("the levy would pass"));
    // Twins: the adjective reports nothing ("self-proclaimed", "three proclaimed
    // supporters"), nor does "declared" so placed.
    for t in [
        "The mayor, a self-proclaimed reformer, opened the bridge.",
        "Three proclaimed supporters came to the rally.",
        "Three declared candidates came to the rally.",
    ] {
        assert!(extract(t).attributions.is_empty(), "{t}");
    }
}

#[test]
fn a_description_of_a_public_figure_is_the_person_the_story_is_about() {
    // Nobody in reach: a person shown by the description, not an anonymous source.
    let t = "Markets fell on Monday.\n\nThe billionaire businessman said the tariffs would help.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.source_kind, SpeakerKind::Person, "{:#?}", s.attributions);
    assert_eq!(a.speaker.as_deref(), Some("the billionaire businessman"));
    // Named in reach: the person the story names most there.
    let t = "Donald Trump spoke in Ohio on Monday. Trump met Ana Ruiz there.\n\n\
             The real estate mogul said the tariffs would help.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Donald Trump"));
    // Not one of the other gender than the noun says.
    let t = "Tom Hale met Ana Ruiz on Monday.\n\nThe businesswoman said the plant would stay.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Ana Ruiz"));
    // The person named in the sentence just before, not the one named most further back.
    let t = "Donald Trump spoke in Ohio. Trump praised the plant. Trump left early.\n\n\
             Aides said Tom Hale was fired on Monday. The former Wall Street financier \
             said the firing was unfair.";
    let s = extract(t);
    assert_eq!(
        s.attributions.last().and_then(|a| a.speaker.as_deref()),
        Some("Tom Hale"),
        "{:#?}",
        s.attributions
    );
    // Twin: a role many hold stays anonymous.
    let t = "Donald Trump spoke in Ohio.\n\nThe adviser said the tariffs would help.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "said").source_kind, SpeakerKind::Anonymous);
}

#[test]
fn a_number_or_a_length_of_time_opening_a_sentence_is_no_name() {
    let t = "Eight years after backing Obama, billionaire Tom Steyer said the party had \
             lost its way. Hours after backing the levy, Ana Ruiz said it would pass.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| !matches!(a.speaker.as_deref(), Some("Eight" | "Hours"))),
        "{:#?}",
        s.attributions
    );
    assert_eq!(one(&s, "Tom Steyer").verb, "said");
    assert_eq!(one(&s, "Ana Ruiz").verb, "said");
    // Twin: a surname opening its sentence still speaks.
    let t = "Tom Hale runs the mill.\n\nHale said the mill would stay open.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Tom Hale"));
}

#[test]
fn transcript_lines_are_the_speakers_own_words() {
    let t = "Dana Price runs the last mill in Harwick.\n\n\
             Q: Why did you stay when the others left?\n\n\
             A: Because the town needed the jobs, and I grew up here.\n\n\
             Q: What comes next?\n\n\
             A: A new line of paper towels, if the loan comes through.";
    let s = extract(t);
    let answers = find(&s, "Dana Price");
    assert_eq!(answers.len(), 2, "{:#?}", s.attributions);
    for a in answers {
        assert_eq!(a.content_kind, ContentKind::Direct);
        assert!(a.direct);
    }
    let t = "MORENO: The bridge will reopen in May.\n\nBERG: Not before the survey.\n\n\
             MORENO: The survey is done.";
    let s = extract(t);
    assert!(
        find(&s, "Moreno").iter().all(|a| a.direct),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_digest_item_s_name_and_colon_after_a_dash_speak_its_quote() {
    let t = "Mayor Tom Hale opened the ferry hearing on Monday.\n\n\
             RIDERSHIP FELL IN MAY - Ana Ruiz: “Fewer riders took the morning boats than in \
             any spring we have counted.”\n\n\
             More from Ruiz: “The evening boats held up better than we feared.”\n\n\
             Counters agree - Paul Tran and Lee Marsh: “The drop began well before the fares \
             went up.”";
    let s = extract(t);
    let ruiz = find(&s, "Ana Ruiz");
    assert_eq!(ruiz.len(), 2, "{:#?}", s.attributions);
    assert!(ruiz.iter().all(|a| a.direct), "{ruiz:#?}");
    assert_eq!(
        span(t, ruiz[1]),
        "The evening boats held up better than we feared."
    );
    let (a, b) = (one(&s, "Paul Tran"), one(&s, "Lee Marsh"));
    assert_eq!(a.quote, b.quote);
    assert!(a.quote.as_deref().unwrap().starts_with("The drop began"));
    // No quote runs on to the mayor named before the digest.
    assert!(
        find(&s, "Tom Hale").iter().all(|a| !a.direct),
        "{:#?}",
        s.attributions
    );
    // Twin: a name after other words than "More from" is no digest's speaker.
    let t = "Mayor Tom Hale opened the ferry hearing on Monday.\n\n\
             RIDERSHIP FELL IN MAY - A letter to Ana Ruiz: “Fewer riders took the morning \
             boats than in any spring we have counted.”";
    let s = extract(t);
    assert!(find(&s, "Ana Ruiz").is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_couple_sharing_a_surname_speaks_as_two_people() {
    let t = "Sheldon and Miriam Adelson said they would give more to the harbor fund.";
    let s = extract(t);
    let (a, b) = (one(&s, "Sheldon Adelson"), one(&s, "Miriam Adelson"));
    assert_eq!(a.quote, b.quote);
    assert_eq!(a.verb, "said");
    assert_eq!(s.attributions.len(), 2, "{:#?}", s.attributions);
    // Twin: a first name already borne by someone named before is that person, not a
    // spouse of the next: no "Ana Marsh".
    let t = "Ana Ruiz toured the dock on Monday. Ana and Lee Marsh said the pier was unsafe.";
    let s = extract(t);
    assert!(find(&s, "Ana Marsh").is_empty(), "{:#?}", s.attributions);
    assert_eq!(one(&s, "Lee Marsh").verb, "said");
}

#[test]
fn a_described_office_after_a_or_an_is_no_one_named_before() {
    let t = "Senator Tom Hale toured the dock on Monday. \
             A Democratic senator said the vote on the pier was rushed.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.source_kind, SpeakerKind::Anonymous, "{a:#?}");
    assert_eq!(a.cue.as_deref(), Some("Democratic senator"));
    // Twin: "the senator" is the senator named before.
    let t = "Senator Tom Hale toured the dock on Monday. \
             The senator said the vote on the pier was rushed.";
    let s = extract(t);
    assert_eq!(speaker_by_verb(&s, "said"), Some("Tom Hale"));
}

#[test]
fn a_state_after_its_town_is_no_speaker() {
    // The state closes a town set off by commas, in an apposition or after "of".
    let s =
        extract("Dana Pell, who drove to Millbrook, Ohio, on Friday, said the vote was rigged.");
    assert_eq!(speaker_by_verb(&s, "said"), Some("Dana Pell"));
    let s = extract("Dana Pell of Millbrook, South Carolina says the vote was rigged.");
    assert_eq!(speaker_by_verb(&s, "says"), Some("Dana Pell"));
    let s = extract(
        "Tom Hale, a nurse from Millbrook, New Jersey, who voted early, said it was rigged.",
    );
    assert_eq!(speaker_by_verb(&s, "said"), Some("Tom Hale"));
    // Twins: a town and state closed by a comma before the verb, and a first name
    // that is also a state's, read as before.
    let s = extract("Dana Pell of Millbrook, Ohio, said the vote was rigged.");
    assert_eq!(speaker_by_verb(&s, "said"), Some("Dana Pell"));
    let s = extract("Virginia Kettle said the vote was rigged.");
    assert_eq!(speaker_by_verb(&s, "said"), Some("Virginia Kettle"));
}

#[test]
fn a_state_named_in_two_words_is_one_place() {
    // "West Virginia", "New Hampshire": no "Virginia" or "Hampshire" speaks.
    let s = extract("West Virginia voted for the Democrat in 1988, supporting him by five points.");
    let a = s.attributions.iter().find(|a| a.verb == "voted").unwrap();
    assert_eq!(a.speaker.as_deref(), Some("West Virginia"));
    assert_eq!(a.source_kind, SpeakerKind::Organisation);
    let s = extract("New Hampshire hoped that the primary would stay first.");
    assert_eq!(speaker_by_verb(&s, "hoped"), Some("New Hampshire"));
}

#[test]
fn a_place_after_a_preposition_is_no_subject() {
    // The noun the place narrows is the subject: people described, or a thing.
    let s = extract("Party leaders in North Carolina noted that the judges were appointed late.");
    let a = s.attributions.iter().find(|a| a.verb == "noted").unwrap();
    assert_eq!(a.speaker, None, "{a:#?}");
    assert_eq!(a.source_kind, SpeakerKind::Anonymous);
    let s = extract("The rally in Moscow showed that the opposition was alive.");
    assert!(
        s.attributions
            .iter()
            .all(|a| a.speaker.as_deref() != Some("Moscow")),
        "{:#?}",
        s.attributions
    );
    let s = extract("Bo Lund spoke first. The senator from Vermont said the bill would pass.");
    assert_ne!(speaker_by_verb(&s, "said"), Some("Vermont"));
    // Twin: the place alone is the subject.
    let s = extract("Moscow said the talks would resume.");
    assert_eq!(speaker_by_verb(&s, "said"), Some("Moscow"));
}

#[test]
fn a_quote_runs_on_after_a_tag_with_clauses_of_its_own() {
    // A quote of two sentences before its tag, then a participle's clause: the next
    // sentence's quote is more of it.
    let t = "“How would anyone know? I was not there,” Mara Kettle told reporters, referring \
             to the flood at the harbor. “Ask the council what they did with the money.”";
    let s = extract(t);
    let a = s.attributions.iter().find(|a| a.verb == "told").unwrap();
    assert!(
        t[..a.quote_end.unwrap()].ends_with("with the money."),
        "{a:#?}"
    );
    assert!(
        s.attributions
            .iter()
            .filter(|a| a.verb == "referring")
            .all(|a| !a.quote_end.is_some_and(|e| t[..e].ends_with("money."))),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_short_or_plain_quote_closing_the_next_sentence_runs_on() {
    let t = "“This is silly,” Mara Kettle wrote on her blog. “Really?”";
    let a = one(&extract(t), "Mara Kettle").clone();
    assert!(t[..a.quote_end.unwrap()].ends_with("Really?"), "{a:#?}");
    let t = "“The harbor is a mess,” Mara Kettle said. Instead, “the council should fix it soon.”";
    let a = one(&extract(t), "Mara Kettle").clone();
    assert!(
        t[..a.quote_end.unwrap()].ends_with("fix it soon."),
        "{a:#?}"
    );
    // Twin: a one-word sign the writer describes is no more of the speech.
    let t = "“The harbor is a mess,” Mara Kettle said. The crowd waved signs reading “Resign.”";
    let a = one(&extract(t), "Mara Kettle").clone();
    assert!(t[..a.quote_end.unwrap()].ends_with("a mess,"), "{a:#?}");
}

#[test]
fn a_document_read_out_after_a_quote_names_itself() {
    let t = "“There are jellyfish with more backbone than this council,” reads a Thursday \
             editorial in The Harbor Gazette.";
    let s = extract(t);
    let a = by_verb(&s, "reads");
    assert_eq!(a.source_kind, SpeakerKind::Document, "{a:#?}");
    assert!(
        a.speaker.as_deref().unwrap().contains("editorial"),
        "{a:#?}"
    );
    // Twin: a sign read out is no document; the quote names no source.
    let s = extract("“Nobody asked us,” read the sign by the ferry gate.");
    assert!(
        s.attributions.iter().all(|a| a.verb != "read"),
        "{:#?}",
        s.attributions
    );
    assert!(
        s.attributions.iter().all(|a| a.speaker.is_none()),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_party_and_a_nation_may_stand_in_the_description_before_a_name_after_said() {
    let t = "“I don't know where he stands on that,” said undecided Republican voter Stephanie \
             Hale of Derry before the town meeting.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker.as_deref(), Some("Stephanie Hale"), "{a:#?}");
    // Twin: a party word with no name after it names nobody.
    let t = "“I don't know where he stands on that,” said undecided Republican voters at the \
             town meeting.";
    let s = extract(t);
    assert!(s
        .attributions
        .iter()
        .all(|a| a.speaker.as_deref() != Some("Stephanie Hale")));
    assert!(
        s.attributions
            .iter()
            .all(|a| a.source_kind != SpeakerKind::Person),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn an_outlet_written_with_a_capital_inside_is_an_organisation() {
    let s = extract("HarborPost reported that the council had delayed the vote.");
    let a = by_verb(&s, "reported");
    assert_eq!(a.speaker.as_deref(), Some("HarborPost"));
    assert_eq!(a.source_kind, SpeakerKind::Organisation, "{a:#?}");
    // Twins: a surname with a capital after a short prefix is a person's, and so is a
    // word the article gives a person as a surname.
    for (t, name) in [
        ("McCrory said the council had delayed the vote.", "McCrory"),
        (
            "MacArthur said the council had delayed the vote.",
            "MacArthur",
        ),
    ] {
        let s = extract(t);
        let a = by_verb(&s, "said");
        assert_eq!(a.speaker.as_deref(), Some(name));
        assert_eq!(a.source_kind, SpeakerKind::Person, "{a:#?}");
    }
    let s = extract(
        "Jim LeighHart, the paper's editor, opened the meeting. Later LeighHart said the \
         council had delayed the vote.",
    );
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker.as_deref(), Some("Jim LeighHart"), "{a:#?}");
    assert_eq!(a.source_kind, SpeakerKind::Person, "{a:#?}");
}

#[test]
fn an_ampersand_joins_a_firm_s_name_in_an_apposition() {
    let t = "The plan, said Ana Ruiz, a partner at Ernst & Young, was sound.";
    let s = extract(t);
    let a = one(&s, "Ana Ruiz");
    assert_eq!(
        a.affiliation.as_deref(),
        Some("a partner at Ernst & Young"),
        "{a:#?}"
    );
    // Twin: an ampersand between lowercase words joins no name.
    let t = "The plan, said Ana Ruiz, a partner at the bar & grill, was sound.";
    let s = extract(t);
    let a = one(&s, "Ana Ruiz");
    assert_ne!(
        a.affiliation.as_deref(),
        Some("a partner at the bar & grill"),
        "{a:#?}"
    );
}

#[test]
fn a_place_or_a_list_of_places_after_a_preposition_is_no_speaker() {
    let s = extract("Democrats in Ohio said they would back the plan.");
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker.as_deref(), Some("Democrats"), "{a:#?}");
    assert_eq!(a.source_kind, SpeakerKind::Group, "{a:#?}");
    let s = extract("Because exit polls in Iowa and New Hampshire showed the plan was unpopular, the council waited.");
    let a = by_verb(&s, "showed");
    assert_eq!(a.speaker.as_deref(), Some("exit polls"), "{a:#?}");
    let s = extract(
        "Most Republican voters in Alabama, Georgia and Virginia said they felt betrayed by \
         the council.",
    );
    let a = by_verb(&s, "said");
    assert!(
        !a.speaker.as_deref().is_some_and(|x| x.contains("Virginia")),
        "{a:#?}"
    );
    // Twins: two people joined by "and" still speak together, and a state's name
    // alone before a verb is still read as before.
    let s = extract("Ana Ruiz and Paul Tran said they would back the plan.");
    assert!(
        s.attributions
            .iter()
            .any(|a| a.speaker.as_deref() == Some("Ana Ruiz")),
        "{:#?}",
        s.attributions
    );
    let s = extract("The mayor of Riverton and Paul Tran said they would back the plan.");
    assert!(
        s.attributions.iter().any(|a| a.verb == "said"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn an_office_s_possessive_stance_is_the_office_s() {
    let t = "Mayor Ellen Park spoke first. The mayor's warning that fares would rise again drew \
             jeers.";
    let s = extract(t);
    let a = by_verb(&s, "warning");
    assert_eq!(a.speaker.as_deref(), Some("Ellen Park"), "{a:#?}");
    // Twin: a thing's possessive holds no stance of a person.
    let t = "Mayor Ellen Park spoke first. The storm's warning that fares would rise again drew \
             jeers.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| !(a.verb == "warning" && a.speaker.as_deref() == Some("Ellen Park"))),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_possessive_determiner_opens_a_description_after_said() {
    let t = "Mayor Ellen Park spoke first. “The cranes stay on,” added her deputy Tom Reyes.";
    let s = extract(t);
    let a = by_verb(&s, "added");
    assert_eq!(a.speaker.as_deref(), Some("Tom Reyes"), "{a:#?}");
    // With no name, the description is an unnamed source, as before the verb.
    let t = "Mayor Ellen Park spoke first. “The cranes stay on,” said her lawyer.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.kind, SourceKind::Anonymous, "{a:#?}");
    // Twin: after "told" the possessive names the listener, never the speaker.
    let t = "Tom Reyes spoke in Dover. Reyes did not name his rivals, but told his \
             supporters, “our port is in trouble. Why fight each other?”";
    let s = extract(t);
    let a = by_verb(&s, "told");
    assert_eq!(a.speaker.as_deref(), Some("Tom Reyes"), "{a:#?}");
}

#[test]
fn descriptions_joined_by_and_may_stand_before_a_name_after_said() {
    let t = "“We keep the channel open,” said longtime harbor pilot and union steward Maria \
             Ocampo.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker.as_deref(), Some("Maria Ocampo"), "{a:#?}");
    // Twin: one description, as always.
    let t = "“We keep the channel open,” said harbor pilot Maria Ocampo.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "said").speaker.as_deref(), Some("Maria Ocampo"));
}

#[test]
fn a_quote_with_a_described_tag_after_it_is_not_the_speech_before() {
    let t = "“The fees are too high,” Mayor Ellen Park said. “The port must cut them.”\n\n\
             “We are ready,” said one pilot who declined to be named for fear of losing work.";
    let s = extract(t);
    assert!(
        find(&s, "Ellen Park")
            .iter()
            .all(|a| !a.quote.as_deref().unwrap_or("").contains("ready")),
        "{:#?}",
        s.attributions
    );
    assert!(
        s.attributions
            .iter()
            .any(|a| a.quote.as_deref() == Some("We are ready,") && a.speaker.is_none()),
        "{:#?}",
        s.attributions
    );
    // A sign read out after a speaker's quote is not the speaker's.
    let t = "“Tolls up,” Mayor Ellen Park said. “Ferries free,” read the sign.";
    let s = extract(t);
    assert!(
        find(&s, "Ellen Park").iter().all(|a| !a
            .quote
            .as_deref()
            .unwrap_or("")
            .contains("Ferries")),
        "{:#?}",
        s.attributions
    );
    // Twin: a quote with no tag after it is more of the same speech.
    let t = "“The fees are too high,” Mayor Ellen Park said.\n\n“The port must cut them now.”";
    let s = extract(t);
    assert!(
        find(&s, "Ellen Park").iter().any(|a| a
            .quote
            .as_deref()
            .unwrap_or("")
            .contains("cut them")),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_short_subject_before_according_to_is_part_of_the_claim() {
    let t = "Ferry fares, according to the port authority, have doubled since June.";
    let s = extract(t);
    let a = by_verb(&s, "according to");
    let (qs, qe) = (a.quote_start.unwrap(), a.quote_end.unwrap());
    assert!(t[qs..qe].starts_with("Ferry fares"), "{}", &t[qs..qe]);
    assert!(t[qs..qe].ends_with("since June"), "{}", &t[qs..qe]);
    // Twin: a time phrase before the tag is no part of it.
    let t = "In 2014, according to the port authority, fares doubled.";
    let s = extract(t);
    let a = by_verb(&s, "according to");
    let (qs, qe) = (a.quote_start.unwrap(), a.quote_end.unwrap());
    assert_eq!(&t[qs..qe], "fares doubled");
}

#[test]
fn a_noun_of_people_before_two_names_leaves_both_speaking() {
    let t = "The report came out on Monday. “The deck is failing faster than expected,” \
             engineers Carla Moss and Peter Lind wrote.";
    let s = extract(t);
    for name in ["Carla Moss", "Peter Lind"] {
        let a = find(&s, name);
        assert!(
            a.iter()
                .any(|a| a.quote.as_deref() == Some("The deck is failing faster than expected,")),
            "{name}: {:#?}",
            s.attributions
        );
    }
    // Twin: the two names alone, as before.
    let t = "The report came out on Monday. “The deck is failing,” Carla Moss and Peter Lind \
             wrote.";
    let s = extract(t);
    assert_eq!(find(&s, "Carla Moss").len(), 1, "{:#?}", s.attributions);
    assert_eq!(find(&s, "Peter Lind").len(), 1, "{:#?}", s.attributions);
}

#[test]
fn a_name_after_a_possessive_description_with_no_comma_speaks() {
    let t = "The ferry line lost money in May. “We will cut costs everywhere,” said the \
             company's chief executive Tom Reyes.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker.as_deref(), Some("Tom Reyes"), "{a:#?}");
    // Twin: with the comma, as before.
    let t = "The ferry line lost money in May. “We will cut costs everywhere,” said the \
             company's chief executive, Tom Reyes.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "said").speaker.as_deref(), Some("Tom Reyes"));
    // Twin: a possessive description with no name stays unnamed.
    let t = "The ferry line lost money in May. “We will cut costs everywhere,” said the \
             company's chief executive.";
    let s = extract(t);
    assert!(
        by_verb(&s, "said").speaker.is_none(),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_friend_described_before_a_name_set_off_is_the_speaker() {
    let t = "Dana Cole ran the night shift for years. “She never missed a tide,” said her best \
             friend at Dover, Ann Marsh.";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker.as_deref(), Some("Ann Marsh"), "{a:#?}");
    // Twin: a relative, as before.
    let t = "Dana Cole ran the night shift for years. “She never missed a tide,” said her \
             sister at Dover, Ann Marsh.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "said").speaker.as_deref(), Some("Ann Marsh"));
    // The word stays out of the family nouns that other readers use alone.
    assert!(crate::features::english::is_tie_noun("friend"));
    assert!(!crate::features::english::is_kin_noun("friend"));
}

#[test]
fn a_claim_in_an_opening_phrase_leaves_a_verb_after_and_to_the_subject() {
    let t = "Asked whether the ferry would run in winter, Ana Ruiz shook her head and said, \
             “Not this year.”";
    let s = extract(t);
    assert_eq!(by_verb(&s, "said").speaker.as_deref(), Some("Ana Ruiz"));
    assert!(by_verb(&s, "asked").speaker.is_none());
    // Twin: a claim with no source spanning the sentence is no opening phrase; the
    // verb after "and" stays unsourced.
    let t = "The ferry reportedly lost money and said to be for sale.";
    let s = extract(t);
    assert!(
        by_verb(&s, "said").speaker.is_none(),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_title_word_after_mr_or_ms_is_a_surname() {
    let t = "The dock was quiet all week. “Nobody wants the night shift,” Mr. Bishop said.";
    let s = extract(t);
    assert_eq!(
        by_verb(&s, "said").speaker.as_deref(),
        Some("Bishop"),
        "{:#?}",
        s.attributions
    );
    let t = "The dock was quiet all week. Ms. Prince said nobody wanted the night shift.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "said").speaker.as_deref(), Some("Prince"));
    // Twin: an office addressed after the honorific names no one by surname.
    let t = "The dock was quiet all week. “Nobody wants the night shift,” Mr. Speaker said.";
    let s = extract(t);
    assert!(
        s.attributions
            .iter()
            .all(|a| a.speaker.as_deref() != Some("Speaker")),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_name_after_said_and_before_its_own_verb_is_no_inverted_speaker() {
    let t = "Ana Ruiz used to back the ferry plan, but now said Tom Reyes had “no chance at \
             all.”";
    let s = extract(t);
    let a = by_verb(&s, "said");
    assert_eq!(a.speaker.as_deref(), Some("Ana Ruiz"), "{a:#?}");
    assert!(span(t, a).starts_with("Tom Reyes had"), "{a:#?}");
    // Twin: a name set off after "said" is the speaker still.
    let t = "The ferry plan was popular once. Now, said Tom Reyes, “it has no chance at all.”";
    let s = extract(t);
    assert_eq!(by_verb(&s, "said").speaker.as_deref(), Some("Tom Reyes"));
}

#[test]
fn a_named_object_before_a_colon_speaks_the_quote() {
    let t = "Ferry fares rose again in May. That does not surprise pollster Dan Shaw: \
             “Riders have been angry for a year.”";
    let s = extract(t);
    let a = one(&s, "Dan Shaw");
    assert!(a.direct, "{a:#?}");
    // Twin: after a preposition the person named is the one spoken to.
    let t = "Ferry fares rose again in May. The mayor had a message for Dan Shaw: \
             “Riders have been angry for a year.”";
    let s = extract(t);
    assert!(find(&s, "Dan Shaw").is_empty(), "{:#?}", s.attributions);
    // Twin: a person opening the sentence may be the one speaking.
    let t = "Ferry fares rose again in May. She thanked Dan Shaw: \
             “Riders have been angry for a year.”";
    let s = extract(t);
    assert!(find(&s, "Dan Shaw").is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_past_verb_no_list_reads_tags_the_quote_beside_it() {
    let t = "Senator Tom Reed spoke at the rally. “We will win this fight,” exhorted the \
             senator. Later Sean Hannity went on air. “The country is lost,” Hannity started.";
    let s = extract(t);
    assert_eq!(by_verb(&s, "exhorted").speaker.as_deref(), Some("Tom Reed"));
    assert_eq!(
        by_verb(&s, "started").speaker.as_deref(),
        Some("Sean Hannity")
    );
    // Twin: a past verb whose words run on past its subject is no tag.
    let t = "Sean Hannity went on air. “The Long Road,” Hannity started the show with a \
             clip from the film.";
    let s = extract(t);
    assert!(
        s.attributions.iter().all(|a| a.verb != "started"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_report_heard_of_has_its_subject_for_speaker() {
    let t = "Mayor Ana Ruiz is reported to have called the levy “a tax on every family.” \
             Her office did not comment.";
    let s = extract(t);
    let a = by_verb(&s, "called");
    assert_eq!(a.speaker.as_deref(), Some("Ana Ruiz"), "{a:#?}");
    // Twin: the passive alone, with no verb of saying after it, names no speaker.
    let t = "Mayor Ana Ruiz is reported to have left the city on Friday.";
    let s = extract(t);
    assert!(find(&s, "Ana Ruiz").is_empty(), "{:#?}", s.attributions);
}

#[test]
fn a_quote_tagged_after_its_close_is_no_report_of_the_verb_before_it() {
    let t = "Polling shows that “voters are tired of the fighting,” said Jane Roe, a \
             strategist.";
    let s = extract(t);
    assert_eq!(s.attributions.len(), 1, "{:#?}", s.attributions);
    assert_eq!(s.attributions[0].speaker.as_deref(), Some("Jane Roe"));
    // Twin: with no tag after the quotation the poll reports it.
    let t = "Jane Roe is a strategist. Polling shows that “voters are tired of the fighting.”";
    let s = extract(t);
    assert!(
        s.attributions.iter().any(|a| a.verb == "shows"),
        "{:#?}",
        s.attributions
    );
}

#[test]
fn a_surname_title_after_a_first_name_names_the_person() {
    let t = "Erik Prince said the plan would work. Mary Judge said it would fail. Prince \
             added that it was cheap.";
    let s = extract(t);
    assert_eq!(find(&s, "Erik Prince").len(), 2, "{:#?}", s.attributions);
    assert_eq!(one(&s, "Mary Judge").verb, "said");
    assert_eq!(by_verb(&s, "added").speaker.as_deref(), Some("Erik Prince"));
    // Twin: before another name the word is a title still.
    let t = "The court met in Dover. Judge Ana Ruiz said the case would go on.";
    let s = extract(t);
    assert_eq!(one(&s, "Ana Ruiz").verb, "said");
}

#[test]
fn a_clause_of_when_it_was_said_follows_the_tag() {
    let t = "This is not about me, Mayor Ana Ruiz told her aides as she worked on the speech.";
    let s = extract(t);
    let a = by_verb(&s, "told");
    assert_eq!(a.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(span(t, a), "This is not about me", "{a:#?}");
}
