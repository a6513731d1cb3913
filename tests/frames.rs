//! Frames: the shipped frame model through `slant score`, its exact explanations,
//! and `slant train --multi-label`.

mod common;

use common::{assert_no_raw_escapes, slant};
use slant::features::Scratch;
use slant::frames::FRAMES;
use slant::model::multi::{MultiLabelModel, MultiLabelSet, MultiTrainParams, MultiTrainingInfo};
use slant::model::Silent;
use std::path::Path;

/// A hand-written article about a border-security bill (written for this test).
const BORDER_BILL: &str = "Senate Republicans on Tuesday advanced a border security bill \
that would send 3,000 more National Guard troops to the southern border and fund new \
surveillance towers, calling the measure vital to national security. Democrats said the \
bill was unconstitutional and vowed to challenge it in federal court, arguing that the \
Constitution gives Congress, not the president, the power over military deployments at \
home. The vote split the chamber along party lines ahead of the midterm elections, and \
the governor of Texas, a Republican, praised the senators who backed it. Lawyers for \
the state said a judge could block the law before it takes effect. “Our border is not \
secure,” the senator said at a campaign rally in El Paso.";

fn shipped() -> MultiLabelModel {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/frames.json.gz");
    MultiLabelModel::load(&path).expect("the shipped frame model loads")
}

#[test]
fn a_border_security_bill_is_framed_as_security_legality_and_politics() {
    let out = slant()
        .args(["score", "--format", "json", "-"])
        .write_stdin(BORDER_BILL)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    let frames = v["frames"].as_array().expect("frames");
    let ids: Vec<&str> = frames
        .iter()
        .map(|f| f["frame"].as_str().unwrap())
        .collect();
    assert_eq!(ids, FRAMES.to_vec(), "every frame, in codebook order");
    let present = |id: &str| {
        frames
            .iter()
            .find(|f| f["frame"] == id)
            .is_some_and(|f| f["present"] == true)
    };
    for id in [
        "security_and_defense",
        "legality_constitutionality_and_jurisprudence",
        "political",
    ] {
        assert!(present(id), "{id} should be present: {frames:#?}");
    }
    for f in frames {
        let p = f["probability"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&p));
        for e in f["evidence"].as_array().unwrap() {
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert!(BORDER_BILL.is_char_boundary(s) && BORDER_BILL.is_char_boundary(t));
            assert_eq!(&BORDER_BILL[s..t], e["text"].as_str().unwrap());
            assert!(e["weight"].as_f64().unwrap() > 0.0);
        }
        for x in f["sentences"].as_array().unwrap() {
            let (s, t) = (
                x["start"].as_u64().unwrap() as usize,
                x["end"].as_u64().unwrap() as usize,
            );
            assert!(s < t && BORDER_BILL.get(s..t).is_some());
        }
    }
    // The security frame's evidence points at real words of the article.
    let security = frames
        .iter()
        .find(|f| f["frame"] == "security_and_defense")
        .unwrap();
    let words: Vec<String> = security["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap().to_lowercase())
        .collect();
    assert!(
        words
            .iter()
            .any(|w| w.contains("border") || w.contains("troops") || w.contains("security")),
        "{words:?}"
    );
    assert!(!security["sentences"].as_array().unwrap().is_empty());
}

#[test]
fn frame_contributions_and_intercept_add_up_to_each_logit() {
    let model = shipped();
    let v = model.vector(Some("Border bill"), BORDER_BILL, &mut Scratch::default());
    let logits = model.logits(&v);
    let contributions = model.contributions(&v);
    assert!(contributions.len() > 10);
    for (k, &z) in logits.iter().enumerate() {
        let sum: f64 =
            model.intercept()[k] as f64 + contributions.iter().map(|c| c.2[k]).sum::<f64>();
        assert!((sum - z).abs() < 1e-9, "{k}: {sum} vs {z}");
    }
    // The cue block saw the article's security and legal words.
    assert!(v
        .cue_hits
        .iter()
        .any(|h| FRAMES[h.frame as usize] == "security_and_defense"));
    for h in &v.cue_hits {
        let src = if h.span.in_title {
            "Border bill"
        } else {
            BORDER_BILL
        };
        assert!(src.get(h.span.start..h.span.end).is_some());
    }
}

#[test]
fn the_same_text_reads_the_same_with_a_warm_or_a_cold_cache() {
    let model = shipped();
    let mut warm = Scratch::default();
    let _ = model.vector(None, "Troops at the border; the court ruled.", &mut warm);
    let a = model.probabilities(&model.vector(None, BORDER_BILL, &mut warm));
    let b = model.probabilities(&model.vector(None, BORDER_BILL, &mut Scratch::default()));
    assert_eq!(a, b);
}

#[test]
fn tsv_rows_gain_one_frame_column_per_frame_at_the_end() {
    let run = |extra: &[&str]| {
        let out = slant()
            .args(["score", "--format", "tsv"])
            .args(extra)
            .arg("-")
            .write_stdin(BORDER_BILL)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let with = run(&[]);
    let without = run(&["--no-frames"]);
    let (h1, h0) = (
        with.lines().next().unwrap(),
        without.lines().next().unwrap(),
    );
    let expected: String = FRAMES.iter().map(|f| format!("\tp_{f}")).collect();
    assert_eq!(h1, format!("{h0}{expected}"));
    let (r1, r0) = (
        with.lines().nth(1).unwrap(),
        without.lines().nth(1).unwrap(),
    );
    assert!(r1.starts_with(r0), "the existing columns keep their values");
    let cells: Vec<&str> = r1.split('\t').collect();
    assert_eq!(cells.len(), h1.split('\t').count());
}

#[test]
fn reports_show_the_frames_present_and_html_escapes_them() {
    let text = String::from_utf8(
        slant()
            .args(["score", "-"])
            .write_stdin(BORDER_BILL)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    assert!(text.contains("frames present:"), "{text}");
    assert!(text.contains("security and defense"), "{text}");
    let html = String::from_utf8(
        slant()
            .args(["score", "--format", "html", "-"])
            .write_stdin(format!("{BORDER_BILL} <script>alert(1)</script> troops."))
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    assert!(html.contains("<h3>Frames</h3>"));
    assert!(!html.contains("<script>alert"));
}

/// A small multi-label corpus written by the test: three codes with their own words.
fn coded_corpus(dir: &Path) -> std::path::PathBuf {
    let rows = [
        (
            &["money"][..],
            "the budget deficit and taxes hurt the economy and wages",
        ),
        (
            &["money"][..],
            "prices rose as the market fell and jobs were lost",
        ),
        (
            &["law"][..],
            "the court ruled the statute unconstitutional on appeal",
        ),
        (
            &["law"][..],
            "a judge heard the lawsuit and the attorney filed a motion",
        ),
        (
            &["money", "law"][..],
            "the court struck down the tax law and the budget",
        ),
        (
            &["war"][..],
            "troops crossed the border as the army attacked",
        ),
        (
            &["war"][..],
            "missiles and soldiers defended the nation from invasion",
        ),
        (
            &["war", "money"][..],
            "the war cost billions in taxes and wages",
        ),
        (&[][..], "the weather was mild and the festival drew crowds"),
    ];
    let mut lines = String::new();
    for i in 0..6 {
        for (j, (codes, text)) in rows.iter().enumerate() {
            let row = serde_json::json!({
                "id": format!("r{i}-{j}"),
                "text": format!("{text} in week {i}"),
                "codes": codes,
                "source": format!("s{}", (i * 9 + j) % 4),
            });
            lines.push_str(&row.to_string());
            lines.push('\n');
        }
    }
    let path = dir.join("coded.jsonl");
    std::fs::write(&path, lines).unwrap();
    path
}

#[test]
fn multi_label_training_is_deterministic_and_learns_the_codes() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = coded_corpus(dir.path());
    let train = |out: &str| {
        slant()
            .args([
                "train",
                "--multi-label",
                "--labels-field",
                "codes",
                "--group-field",
                "source",
            ])
            .args(["--min-df", "2", "--cv", "2", "-q", "--corpus"])
            .arg(&corpus)
            .arg("--out")
            .arg(dir.path().join(out))
            .assert()
            .success();
        std::fs::read(dir.path().join(out)).unwrap()
    };
    let (a, b) = (train("a.json"), train("b.json"));
    assert_eq!(a, b, "same corpus and seed give the same bytes");
    let model = MultiLabelModel::from_bytes(&a, "a.json").unwrap();
    assert_eq!(model.labels(), ["law", "money", "war"]);
    let p = model.probabilities(&model.vector(
        None,
        "the judge and the court heard the appeal",
        &mut Scratch::default(),
    ));
    assert!(p[0] > p[1] && p[0] > p[2], "{p:?}");
    let cv = model.training.cv.as_ref().expect("cross-validated");
    assert_eq!(cv.per_label.len(), 3);
}

#[test]
fn a_label_nobody_could_code_does_not_count_against_it() {
    // Rows coded only for "a" say nothing about "b": "b" learns from its own rows.
    let mut data = MultiLabelSet {
        label_names: vec!["a".into(), "b".into()],
        ..Default::default()
    };
    for i in 0..12 {
        let (text, labels, known) = match i % 3 {
            0 => ("storm flood rain", 0b01, 0b01),
            1 => ("storm flood rain", 0b00, 0b01),
            _ => ("vote ballot party", 0b10, 0b11),
        };
        data.ids.push(format!("{i}"));
        data.titles.push(None);
        data.texts.push(text.into());
        data.labels.push(labels);
        data.known.push(known);
        data.groups.push(format!("g{}", i % 4));
    }
    let mut params = MultiTrainParams::default();
    params.features.vocabulary.min_df = 1;
    params.folds = 0;
    let model = params
        .fit(&data, MultiTrainingInfo::default(), &Silent)
        .unwrap();
    assert_eq!(model.training.known, vec![12, 4]);
    assert_eq!(model.training.positives, vec![4, 4]);
    // Every row coded for "b" has it, so the storm rows (never coded for "b") do not
    // teach that storms lack "b": its probability stays high on them.
    let p = model.probabilities(&model.vector(None, "storm flood rain", &mut Scratch::default()));
    assert!(p[1] > 0.5, "{p:?}");
    // Trained with the storm rows as negatives, "b" reads low on them.
    data.known = vec![0b11; 12];
    let unmasked = params
        .fit(&data, MultiTrainingInfo::default(), &Silent)
        .unwrap();
    let q =
        unmasked.probabilities(&unmasked.vector(None, "storm flood rain", &mut Scratch::default()));
    assert!(q[1] < 0.5, "{q:?}");
}

#[test]
fn a_bad_multi_label_row_names_its_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("bad.jsonl");
    std::fs::write(
        &corpus,
        "{\"text\": \"a\", \"codes\": [\"x\"]}\n{\"text\": \"b\", \"codes\": {\"x\": 1}}\n",
    )
    .unwrap();
    let out = slant()
        .args([
            "train",
            "--multi-label",
            "--labels-field",
            "codes",
            "-q",
            "--corpus",
        ])
        .arg(&corpus)
        .arg("--out")
        .arg(dir.path().join("m.json"))
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(
        err.contains("bad.jsonl:2") && err.contains("array of labels"),
        "{err}"
    );
    assert!(!dir.path().join("m.json").exists());
}

/// A hand-written article on a climate bill: a fight in the legislature and its cost.
const CLIMATE_FIGHT: &str = "Lawmakers clashed bitterly on Thursday over the climate bill, \
with Republicans accusing Democrats of waging a war on coal and Democrats attacking their \
opponents for blocking any action. The fight split the committee along party lines. The \
plan would cost taxpayers $40 billion over ten years, raise electricity prices for \
households and businesses, and hit coal jobs in three states, economists said. \
Supporters said the investment would create jobs and boost the economy.";

#[test]
fn the_generic_model_reads_its_own_five_frames_in_every_format() {
    let run = |format: &str, extra: &[&str]| {
        let out = slant()
            .args(["score", "--format", format])
            .args(extra)
            .arg("-")
            .write_stdin(CLIMATE_FIGHT)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let generic = ["--frames-model", "generic"];
    let five = [
        "conflict",
        "resolution",
        "economic",
        "human_interest",
        "morality",
    ];
    let v: serde_json::Value = serde_json::from_str(&run("json", &generic)).unwrap();
    let frames = v["frames"].as_array().unwrap();
    let ids: Vec<&str> = frames
        .iter()
        .map(|f| f["frame"].as_str().unwrap())
        .collect();
    assert_eq!(ids, five, "the generic model's own ids, in its order");
    let present: Vec<&str> = frames
        .iter()
        .filter(|f| f["present"] == true)
        .map(|f| f["frame"].as_str().unwrap())
        .collect();
    assert!(
        present.contains(&"conflict") && present.contains(&"economic"),
        "{present:?}"
    );
    // TSV: one p_<frame> column per generic frame, after the same columns as without frames.
    let tsv = run("tsv", &generic);
    let plain = run("tsv", &["--no-frames"]);
    let expected: String = five.iter().map(|f| format!("\tp_{f}")).collect();
    assert_eq!(
        tsv.lines().next().unwrap(),
        format!("{}{expected}", plain.lines().next().unwrap())
    );
    let row = tsv.lines().nth(1).unwrap();
    assert!(row.starts_with(plain.lines().nth(1).unwrap()));
    assert_eq!(
        row.split('\t').count(),
        tsv.lines().next().unwrap().split('\t').count()
    );
    // The reports name the generic frames and none of the policy ones.
    for format in ["text", "md", "html"] {
        let out = run(format, &generic);
        assert!(out.contains("conflict"), "{format}: {out}");
        assert!(!out.contains("security and defense"), "{format}: {out}");
    }
}

#[test]
fn policy_names_the_default_frame_model() {
    let run = |extra: &[&str]| {
        slant()
            .args(["score", "--format", "json"])
            .args(extra)
            .arg("-")
            .write_stdin(BORDER_BILL)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    assert_eq!(run(&[]), run(&["--frames-model", "policy"]));
    assert_ne!(run(&[]), run(&["--frames-model", "generic"]));
}

#[test]
fn a_chosen_top_k_is_the_best_rule_on_the_rule_rows() {
    // Short rows carry one code each; the rule rows (long articles) carry all three,
    // so marking every code present is perfect there.
    let mut data = MultiLabelSet {
        label_names: vec!["a".into(), "b".into(), "c".into()],
        ..Default::default()
    };
    let texts = [
        "storm flood rain river",
        "vote ballot party senate",
        "court judge appeal ruling",
    ];
    for i in 0..30 {
        let rule = i % 5 == 0;
        let (text, labels) = if rule {
            (
                "the weekly report on the town and its people".to_string(),
                0b111,
            )
        } else {
            (format!("{} week {}", texts[i % 3], i / 3), 1u64 << (i % 3))
        };
        data.ids.push(format!("{i}"));
        data.titles.push(None);
        data.texts.push(text);
        data.labels.push(labels);
        data.known.push(0b111);
        data.groups.push(format!("g{}", i % 6));
        data.rule_rows.push(rule);
    }
    let mut params = MultiTrainParams::default();
    params.features.vocabulary.min_df = 1;
    params.folds = 3;
    params.cues = false;
    params.choose_top_k = Some(3);
    let model = params
        .fit(&data, MultiTrainingInfo::default(), &Silent)
        .unwrap();
    let cv = model.training.cv.as_ref().unwrap();
    assert_eq!(cv.rule_rows, 6);
    let ks: Vec<usize> = cv.rule.iter().map(|r| r.top_k).collect();
    assert_eq!(ks, [0, 1, 2, 3]);
    let all = &cv.rule[3];
    assert_eq!((all.micro_f1, all.macro_f1), (1.0, 1.0));
    let mean = |r: &slant::model::multi::RuleFigures| (r.micro_f1 + r.macro_f1) / 2.0;
    let best = cv.rule.iter().map(mean).fold(f64::MIN, f64::max);
    let chosen = cv.rule.iter().position(|r| mean(r) == best).unwrap();
    assert_eq!(cv.top_k, chosen, "the smallest k with the best mean");
    assert_eq!(model.top_k(), cv.top_k);
    // Without --cv there is nothing to choose k by.
    params.folds = 0;
    assert!(params
        .fit(&data, MultiTrainingInfo::default(), &Silent)
        .is_err());
}

#[test]
fn rule_rows_without_top_k_auto_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = coded_corpus(dir.path());
    let out = slant()
        .args([
            "train",
            "--multi-label",
            "--labels-field",
            "codes",
            "--cv",
            "2",
        ])
        .args(["--rule-rows", "source=s1", "-q", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(dir.path().join("m.json"))
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(out).unwrap().contains("--top-k auto"));
}

/// Hand-written articles for the comparison: three crime reports from one outlet, three
/// on fairness and equal treatment from another.
const CRIME_AND_FAIRNESS: [(&str, &str); 6] = [
    ("Courier <b>", "Police arrested three men on Friday after a string of burglaries in the east end, and prosecutors charged them with armed robbery. The district attorney said the suspects face up to twenty years in prison if convicted. Detectives linked the men to the break-ins through fingerprints and stolen jewellery found in a car."),
    ("Courier <b>", "A jury found the former city treasurer guilty of fraud and theft on Tuesday, and the judge set sentencing for next month. Prosecutors said he stole more than a million dollars from the pension fund. The police chief said officers would keep investigating other officials tied to the crime."),
    ("Courier <b>", "Officers arrested a teenager suspected in the shooting outside the mall, police said, and he was charged with attempted murder. Crime in the neighbourhood has risen this year, and the sheriff promised more patrols and tougher punishment for gang violence. The victim remains in hospital."),
    ("Ledger", "Women in the city's public workforce still earn far less than men in the same jobs, a report found, and advocates called the pay gap a matter of basic fairness. Civil rights groups said the disparity hits Black and Hispanic women hardest and demanded equal pay for equal work."),
    ("Ledger", "Tenants' groups said the new housing rules discriminate against families with children and people with disabilities, denying them equal access to apartments. Advocates for equality asked the council to end the unfair treatment and protect the civil rights of renters."),
    ("Ledger", "Parents said the school district's admissions policy is unequal and unjust, leaving poorer students and minority children behind. Equality advocates called for equal opportunity for every child and an end to discrimination in which schools students can attend."),
];

/// Runs `slant compare` on the six articles (written to `dir`) with `extra` options.
fn compare_outlets(dir: &Path, format: &str, extra: &[&str]) -> String {
    let mut cmd = slant();
    cmd.args(["compare", "--format", format]).args(extra);
    for (i, (outlet, text)) in CRIME_AND_FAIRNESS.iter().enumerate() {
        let path = dir.join(format!("article-{i}.txt"));
        std::fs::write(&path, text).unwrap();
        cmd.arg(&path).args(["--outlet", outlet]);
    }
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn compare_shows_each_outlets_frame_profile_and_says_how_they_differ() {
    let dir = tempfile::tempdir().unwrap();
    let v: serde_json::Value =
        serde_json::from_str(&compare_outlets(dir.path(), "json", &[])).unwrap();
    let f = &v["frames"];
    assert_eq!(f["frames"].as_array().unwrap().len(), FRAMES.len());
    let profile = |k: usize, frame: &str| {
        f["outlets"][k]["frames"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["frame"] == frame)
            .unwrap()
            .clone()
    };
    assert_eq!(f["outlets"][0]["outlet"], "Courier <b>");
    assert_eq!(f["outlets"][0]["articles"], 3);
    assert_eq!(profile(0, "crime_and_punishment")["present"], 3);
    assert_eq!(profile(1, "crime_and_punishment")["present"], 0);
    assert_eq!(f["leading"][0]["frame"], "crime_and_punishment");
    assert_eq!(f["leading"][1]["frame"], "fairness_and_equality");
    // The profile counts what `slant score` marks present, article by article.
    for (k, range) in [(0usize, 0..3), (1, 3..6)] {
        let mut present = vec![0u64; FRAMES.len()];
        let mut probability = vec![0f64; FRAMES.len()];
        for i in range {
            let out = slant()
                .args(["score", "--format", "json"])
                .arg(dir.path().join(format!("article-{i}.txt")))
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            let s: serde_json::Value = serde_json::from_slice(&out).unwrap();
            for (j, x) in s["frames"].as_array().unwrap().iter().enumerate() {
                present[j] += x["present"].as_bool().unwrap() as u64;
                probability[j] += x["probability"].as_f64().unwrap() / 3.0;
            }
        }
        for (j, frame) in FRAMES.iter().enumerate() {
            let u = profile(k, frame);
            assert_eq!(u["present"].as_u64().unwrap(), present[j], "{frame}");
            assert!((u["mean_probability"].as_f64().unwrap() - probability[j]).abs() < 1e-9);
        }
    }
    let verdict = v["verdict"]["text"].as_str().unwrap();
    assert!(
        verdict.contains(
            "Courier <b> frames this as crime and punishment (3 of 3 articles; the others 0 of 3 articles); Ledger as fairness and equality (3 of"
        ),
        "{verdict}"
    );
    // The test is named with its correction, and every test's adjusted p is at least its p.
    assert!(f["method"]
        .as_str()
        .unwrap()
        .contains("Fisher's exact test"));
    for t in f["tests"].as_array().unwrap() {
        assert!(t["p_holm"].as_f64().unwrap() >= t["p_value"].as_f64().unwrap());
    }

    let text = compare_outlets(dir.path(), "text", &[]);
    assert!(text.contains("frames (articles where present"), "{text}");
    assert!(text.contains("crime and punishment"), "{text}");
    let md = compare_outlets(dir.path(), "md", &[]);
    assert!(md.contains("### Frames"), "{md}");
    assert!(md.contains("| crime and punishment | 3/3"), "{md}");
    let html = compare_outlets(dir.path(), "html", &[]);
    assert!(
        html.contains("Frames each outlet uses most above the others"),
        "{html}"
    );
    assert!(html.contains("Courier &lt;b&gt;") && !html.contains("Courier <b>"));
}

#[test]
fn compare_follows_the_frame_model_or_leaves_frames_out() {
    let dir = tempfile::tempdir().unwrap();
    let v: serde_json::Value = serde_json::from_str(&compare_outlets(
        dir.path(),
        "json",
        &["--frames-model", "generic"],
    ))
    .unwrap();
    let ids: Vec<&str> = v["frames"]["frames"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "conflict",
            "resolution",
            "economic",
            "human_interest",
            "morality"
        ]
    );
    let off: serde_json::Value =
        serde_json::from_str(&compare_outlets(dir.path(), "json", &["--no-frames"])).unwrap();
    assert!(off.get("frames").is_none());
    assert!(!off["verdict"]["text"]
        .as_str()
        .unwrap()
        .contains("frames this as"));
    // Frames add to the comparison; the other figures stay as they were.
    let on: serde_json::Value =
        serde_json::from_str(&compare_outlets(dir.path(), "json", &[])).unwrap();
    assert_eq!(on["outlets"], off["outlets"]);
    assert!(on["verdict"]["text"]
        .as_str()
        .unwrap()
        .starts_with(off["verdict"]["text"].as_str().unwrap()));
}

/// `slant score --format json` of `text` with `extra` options, parsed.
fn score_json(text: &str, extra: &[&str]) -> serde_json::Value {
    let out = slant()
        .args(["score", "--format", "json"])
        .args(extra)
        .arg("-")
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("JSON")
}

/// Each frame's (probability, present), in the model's order.
fn readings(v: &serde_json::Value) -> Vec<(f64, bool)> {
    v["frames"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["probability"].as_f64().unwrap(), f["present"] == true))
        .collect()
}

/// Frame indices from most to least likely, ties to the first.
fn by_probability(r: &[(f64, bool)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..r.len()).collect();
    order.sort_by(|&a, &b| r[b].0.total_cmp(&r[a].0).then(a.cmp(&b)));
    order
}

#[test]
fn frames_top_k_marks_the_n_most_likely_frames_and_changes_nothing_else() {
    let thresholds = shipped().thresholds().to_vec();
    let default = score_json(BORDER_BILL, &[]);
    for n in [0usize, 3, 6, 15, 20] {
        // With no floor (the shipped rule has one), the n most likely are present.
        let v = score_json(
            BORDER_BILL,
            &[
                "--frames-top-k",
                &n.to_string(),
                "--frames-min-probability",
                "0",
            ],
        );
        let r = readings(&v);
        let order = by_probability(&r);
        let top: Vec<usize> = order.iter().copied().take(n).collect();
        for (j, &(p, present)) in r.iter().enumerate() {
            let expected = top.contains(&j) || p >= thresholds[j] as f64;
            assert_eq!(present, expected, "top-{n}, frame {j} (p {p})");
        }
        assert!(r.iter().filter(|x| x.1).count() >= n.min(FRAMES.len()));
        // Present frames by rank come in probability order: none is less likely than
        // a frame left out.
        let lowest_present = r.iter().filter(|x| x.1).map(|x| x.0).fold(1.0, f64::min);
        let highest_absent = r.iter().filter(|x| !x.1).map(|x| x.0).fold(0.0, f64::max);
        assert!(n == 0 || lowest_present >= highest_absent, "top-{n}: {r:?}");
        // The rule decides `present` only: probabilities, logits, evidence and the
        // sentences that carry each frame are those of the model's own rule, and the
        // rest of the report is unchanged.
        let (a, b) = (
            default["frames"].as_array().unwrap(),
            v["frames"].as_array().unwrap(),
        );
        for (x, y) in a.iter().zip(b) {
            for key in ["frame", "probability", "logit", "evidence", "sentences"] {
                assert_eq!(x[key], y[key], "top-{n}: {key}");
            }
            let z = y["logit"].as_f64().unwrap();
            let p = y["probability"].as_f64().unwrap();
            assert!((1.0 / (1.0 + (-z).exp()) - p).abs() < 1e-12);
        }
        let strip = |v: &serde_json::Value| {
            let mut v = v.clone();
            v.as_object_mut().unwrap().remove("frames");
            v
        };
        assert_eq!(strip(&default), strip(&v));
    }
}

#[test]
fn frames_min_probability_keeps_unlikely_frames_out_of_the_top_k() {
    let thresholds = shipped().thresholds().to_vec();
    let r = readings(&score_json(BORDER_BILL, &[]));
    let order = by_probability(&r);
    // A floor between the 5th and 6th most likely frames.
    let floor = (r[order[4]].0 + r[order[5]].0) / 2.0;
    let v = score_json(
        BORDER_BILL,
        &[
            "--frames-top-k",
            "15",
            "--frames-min-probability",
            &format!("{floor}"),
        ],
    );
    for (j, &(p, present)) in readings(&v).iter().enumerate() {
        assert_eq!(
            present,
            p >= floor || p >= thresholds[j] as f64,
            "frame {j}"
        );
    }
    assert!(readings(&v).iter().filter(|x| x.1).count() >= 5);
    // A floor no frame reaches leaves only the thresholds: the rule of top-0.
    let none = score_json(
        BORDER_BILL,
        &["--frames-top-k", "15", "--frames-min-probability", "1"],
    );
    assert_eq!(
        readings(&none),
        readings(&score_json(BORDER_BILL, &["--frames-top-k", "0"]))
    );
    // Out of range, or with frames off: a usage error.
    for bad in [
        &["--frames-min-probability", "1.5"][..],
        &["--frames-min-probability", "-0.1"],
        &["--frames-min-probability", "NaN"],
        &["--frames-top-k", "2", "--no-frames"],
    ] {
        slant()
            .arg("score")
            .args(bad)
            .arg("-")
            .write_stdin(BORDER_BILL)
            .assert()
            .code(1);
    }
}

/// Three rows coded with policy frames, written for this test.
fn policy_coded_rows(dir: &Path) -> std::path::PathBuf {
    let rows = [
        (BORDER_BILL, vec!["security_and_defense", "political"]),
        (CLIMATE_FIGHT, vec!["economic"]),
        (
            "The city council voted to raise bus fares and cut two routes to close a budget gap.",
            vec!["economic", "capacity_and_resources"],
        ),
    ];
    let mut lines = String::new();
    for (i, (text, frames)) in rows.iter().enumerate() {
        lines.push_str(&serde_json::json!({"id": i, "text": text, "frames": frames}).to_string());
        lines.push('\n');
    }
    let path = dir.join("coded-policy.jsonl");
    std::fs::write(&path, lines).unwrap();
    path
}

#[test]
fn eval_multi_label_reads_with_the_rule_it_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = policy_coded_rows(dir.path());
    let eval = |extra: &[&str], format: &str| {
        let out = slant()
            .args(["eval", "--multi-label", "--format", format, "--corpus"])
            .arg(&corpus)
            .args(extra)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let all: serde_json::Value = serde_json::from_str(&eval(
        &["--frames-top-k", "15", "--frames-min-probability", "0"],
        "json",
    ))
    .unwrap();
    for l in all["per_label"].as_array().unwrap() {
        assert_eq!(l["predicted"], 3, "every frame of every row: {l}");
    }
    // `--top-k` is the same option.
    assert_eq!(
        eval(&["--frames-top-k", "2"], "json"),
        eval(&["--top-k", "2"], "json")
    );
    let text = eval(
        &["--frames-top-k", "4", "--frames-min-probability", "0.25"],
        "text",
    );
    assert!(
        text.contains("decision rule: top-4 (each at least 0.25) plus thresholds"),
        "{text}"
    );
    // A floor of 1 marks by threshold only, as top-0 does.
    assert_eq!(
        eval(
            &["--frames-top-k", "4", "--frames-min-probability", "1"],
            "json"
        ),
        eval(&["--frames-top-k", "0"], "json")
    );
}

#[test]
fn compare_profiles_follow_the_frames_top_k() {
    let dir = tempfile::tempdir().unwrap();
    let v: serde_json::Value = serde_json::from_str(&compare_outlets(
        dir.path(),
        "json",
        &["--frames-top-k", "15", "--frames-min-probability", "0"],
    ))
    .unwrap();
    for outlet in v["frames"]["outlets"].as_array().unwrap() {
        for u in outlet["frames"].as_array().unwrap() {
            assert_eq!(u["present"], outlet["articles"], "{u}");
        }
    }
    let none: serde_json::Value = serde_json::from_str(&compare_outlets(
        dir.path(),
        "json",
        &["--frames-top-k", "0", "--frames-min-probability", "1"],
    ))
    .unwrap();
    let default: serde_json::Value =
        serde_json::from_str(&compare_outlets(dir.path(), "json", &[])).unwrap();
    // Only the frame figures change with the rule.
    assert_eq!(none["outlets"], default["outlets"]);
}

#[test]
fn set_rule_rewrites_the_rule_and_keeps_the_weights() {
    let dir = tempfile::tempdir().unwrap();
    let shipped_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/frames.json.gz");
    let out = dir.path().join("rule.json.gz");
    let set = |model: &Path, out: &Path| {
        slant()
            .args(["set-rule", "--top-k", "3", "--min-probability", "0.1"])
            .args(["--reason", "three frames an article in our codebook"])
            .arg("--model")
            .arg(model)
            .arg("--out")
            .arg(out)
            .assert()
            .success();
    };
    set(&shipped_path, &out);
    let model = MultiLabelModel::load(&out).unwrap();
    let before = shipped();
    assert_eq!((model.top_k(), model.min_probability()), (3, 0.1));
    // The rule training chose is kept, through any earlier change.
    let trained = before
        .training
        .rule_change
        .as_ref()
        .map_or((before.top_k(), before.min_probability()), |c| {
            (c.previous_top_k, c.previous_min_probability)
        });
    let change = model.training.rule_change.as_ref().expect("recorded");
    assert_eq!(
        (change.previous_top_k, change.previous_min_probability),
        trained
    );
    assert_eq!(change.reason, "three frames an article in our codebook");
    assert_eq!(model.thresholds(), before.thresholds());
    let read = |m: &MultiLabelModel| {
        m.probabilities(&m.vector(None, BORDER_BILL, &mut Scratch::default()))
    };
    assert_eq!(read(&model), read(&before), "the weights are untouched");
    // Scoring with the rewritten file is scoring with the rule given at score time.
    let file = out.to_str().unwrap();
    assert_eq!(
        score_json(BORDER_BILL, &["--frames-model", file]),
        score_json(
            BORDER_BILL,
            &["--frames-top-k", "3", "--frames-min-probability", "0.1"]
        )
    );
    // Setting the same rule again gives the same bytes; the training's rule stays recorded.
    let again = dir.path().join("again.json.gz");
    set(&out, &again);
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&again).unwrap());
    // No reason, or an output that is a directory: a usage error, nothing written.
    for (reason, target) in [
        ("", dir.path().join("x.json")),
        ("why", dir.path().to_path_buf()),
    ] {
        slant()
            .args(["set-rule", "--top-k", "2", "--reason", reason, "--model"])
            .arg(&shipped_path)
            .arg("--out")
            .arg(&target)
            .assert()
            .code(1);
    }
    assert!(!dir.path().join("x.json").exists());
}

#[test]
fn a_model_file_with_a_floor_out_of_range_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut v: serde_json::Value = serde_json::from_slice(&shipped().to_json()).unwrap();
    // A floor is written as a field; a model without one has none and reads as 0.
    let floor = shipped().min_probability();
    assert_eq!(
        v.get("min_probability")
            .and_then(|p| p.as_f64())
            .map(|p| p as f32),
        (floor > 0.0).then_some(floor)
    );
    v.as_object_mut().unwrap().remove("min_probability");
    let path = dir.path().join("no-floor.json");
    std::fs::write(&path, v.to_string()).unwrap();
    let model = MultiLabelModel::load(&path).unwrap();
    assert_eq!(model.min_probability(), 0.0);
    let back: serde_json::Value = serde_json::from_slice(&model.to_json()).unwrap();
    assert!(back.get("min_probability").is_none(), "no floor, no field");
    v["min_probability"] = serde_json::json!(1.5);
    let path = dir.path().join("floor.json");
    std::fs::write(&path, v.to_string()).unwrap();
    let err = slant()
        .args(["score", "--frames-model"])
        .arg(&path)
        .arg("-")
        .write_stdin(BORDER_BILL)
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(err).unwrap();
    assert!(
        err.contains("floor.json") && err.contains("between 0 and 1"),
        "{err}"
    );
    // In range, it is read and written back.
    v["min_probability"] = serde_json::json!(0.25);
    std::fs::write(&path, v.to_string()).unwrap();
    let model = MultiLabelModel::load(&path).unwrap();
    assert_eq!(model.min_probability(), 0.25);
    let back: serde_json::Value = serde_json::from_slice(&model.to_json()).unwrap();
    assert_eq!(back["min_probability"], 0.25);
}

#[test]
fn out_of_fold_probabilities_are_written_for_every_row_and_leave_the_model_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = coded_corpus(dir.path());
    let train = |out: &str, extra: &[&str]| {
        slant()
            .args(["train", "--multi-label", "--labels-field", "codes"])
            .args(["--group-field", "source", "--min-df", "2", "-q", "--corpus"])
            .arg(&corpus)
            .arg("--out")
            .arg(dir.path().join(out))
            .args(extra)
            .assert()
    };
    let oof = dir.path().join("oof.jsonl");
    train("a.json", &["--cv", "2"]).success();
    train(
        "b.json",
        &["--cv", "2", "--out-of-fold", oof.to_str().unwrap()],
    )
    .success();
    assert_eq!(
        std::fs::read(dir.path().join("a.json")).unwrap(),
        std::fs::read(dir.path().join("b.json")).unwrap()
    );
    let model = MultiLabelModel::load(&dir.path().join("a.json")).unwrap();
    let rows: Vec<serde_json::Value> = std::fs::read_to_string(&oof)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let corpus_rows: Vec<serde_json::Value> = std::fs::read_to_string(&corpus)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&serde_json::Value> = rows.iter().map(|r| &r["id"]).collect();
    let corpus_ids: Vec<&serde_json::Value> = corpus_rows.iter().map(|r| &r["id"]).collect();
    assert_eq!(ids, corpus_ids, "one row per corpus row, in order");
    let mut labels = model.labels().to_vec();
    labels.sort();
    for r in &rows {
        let p = r["probabilities"].as_object().unwrap();
        assert_eq!(p.keys().cloned().collect::<Vec<_>>(), labels);
        assert!(p
            .values()
            .all(|v| (0.0..=1.0).contains(&v.as_f64().unwrap())));
    }
    // Out of fold is not in sample: the first row's fold was fitted without it.
    let text = corpus_rows[0]["text"].as_str().unwrap();
    let in_sample = model.probabilities(&model.vector(None, text, &mut Scratch::default()));
    let first: Vec<f64> = model
        .labels()
        .iter()
        .map(|l| rows[0]["probabilities"][l].as_f64().unwrap())
        .collect();
    assert_ne!(first, in_sample);
    // Without cross-validation there is nothing out of fold: a usage error, nothing written.
    let none = dir.path().join("none.jsonl");
    train("c.json", &["--out-of-fold", none.to_str().unwrap()]).code(1);
    assert!(!none.exists() && !dir.path().join("c.json").exists());
}

#[test]
fn a_per_label_rule_is_trained_into_the_file_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = coded_corpus(dir.path());
    let train = |out: &str, extra: &[&str]| {
        slant()
            .args(["train", "--multi-label", "--labels-field", "codes"])
            .args([
                "--group-field",
                "source",
                "--min-df",
                "2",
                "--cv",
                "2",
                "-q",
            ])
            .arg("--corpus")
            .arg(&corpus)
            .arg("--out")
            .arg(dir.path().join(out))
            .args(extra)
            .assert()
    };
    let rule = [
        "--rule",
        "per-label",
        "--top-k",
        "2",
        "--max-labels",
        "2",
        "--min-ratio",
        "0.3",
        "--min-probability",
        "0.05",
    ];
    train("a.json", &rule).success();
    train("b.json", &rule).success();
    let bytes = std::fs::read(dir.path().join("a.json")).unwrap();
    assert_eq!(bytes, std::fs::read(dir.path().join("b.json")).unwrap());
    let model = MultiLabelModel::from_bytes(&bytes, "a.json").unwrap();
    let per = model.per_label().expect("a per-label rule");
    assert_eq!((per.max_labels, per.min_ratio), (2, 0.3));
    assert_eq!((model.top_k(), model.min_probability()), (2, 0.05));
    // The file says it; a model without the rule has no such field.
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(v["per_label_rule"]["max_labels"], 2);
    train("plain.json", &[]).success();
    let plain: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("plain.json")).unwrap()).unwrap();
    assert!(plain.get("per_label_rule").is_none());
    // Weights and thresholds do not depend on the rule.
    assert_eq!(plain["weights"], v["weights"]);
    assert_eq!(plain["thresholds"], v["thresholds"]);
    // Scoring applies it: never more than 2 codes, ranked by probability over threshold.
    let text = "the court struck down the war tax law and the budget as troops crossed";
    let p = model.probabilities(&model.vector(None, text, &mut Scratch::default()));
    let present = model.decide(&p);
    assert!(present.iter().filter(|&&b| b).count() <= 2);
    let t = model.thresholds();
    let ratio = |i: usize| p[i] / t[i] as f64;
    for i in (0..p.len()).filter(|&i| present[i]) {
        for j in (0..p.len()).filter(|&j| !present[j]) {
            assert!(ratio(i) >= ratio(j), "{p:?} {t:?} {present:?}");
        }
    }
    // The eval report names the rule.
    let out = slant()
        .args([
            "eval",
            "--multi-label",
            "--labels-field",
            "codes",
            "--corpus",
        ])
        .arg(&corpus)
        .arg("--frames-model")
        .arg(dir.path().join("a.json"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("per label: top-2 by p/threshold"), "{out}");
    // The per-label options without the rule, or a cap of 0: usage errors, nothing written.
    for (extra, name) in [
        (&["--max-labels", "3"][..], "x.json"),
        (&["--min-ratio", "0.2"][..], "y.json"),
        (&["--rule", "per-label", "--max-labels", "0"][..], "z.json"),
        (&["--rule", "per-label", "--top-k", "auto"][..], "w.json"),
    ] {
        train(name, extra).code(1);
        assert!(!dir.path().join(name).exists(), "{extra:?}");
    }
}

#[test]
fn set_rule_sets_a_per_label_rule_and_back_keeping_the_weights() {
    let dir = tempfile::tempdir().unwrap();
    let shipped_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/frames.json.gz");
    let set = |model: &Path, out: &Path, extra: &[&str]| {
        slant()
            .args(["set-rule", "--reason", "per-label trial"])
            .arg("--model")
            .arg(model)
            .arg("--out")
            .arg(out)
            .args(extra)
            .assert()
    };
    let per = dir.path().join("per.json.gz");
    set(
        &shipped_path,
        &per,
        &[
            "--rule",
            "per-label",
            "--top-k",
            "3",
            "--max-labels",
            "4",
            "--min-labels",
            "2",
            "--min-probability",
            "0.99",
        ],
    )
    .success();
    let model = MultiLabelModel::load(&per).unwrap();
    let rule = model.per_label().expect("set");
    assert_eq!(
        (
            rule.max_labels,
            rule.min_ratio,
            rule.min_labels,
            model.top_k()
        ),
        (4, 0.0, 2, 3)
    );
    assert_eq!(model.thresholds(), shipped().thresholds());
    // The rule training chose stays recorded: the shipped file's record, else its rule.
    let before = shipped();
    let trained = before
        .training
        .rule_change
        .as_ref()
        .map_or(before.per_label(), |c| c.previous_per_label);
    let change = model.training.rule_change.as_ref().unwrap();
    assert_eq!(change.previous_per_label, trained);
    // Scoring reads the rule from the file: at most 4 frames present, and at least 2
    // though the floor of 0.99 keeps every frame under its threshold out of the top 3.
    let v = score_json(BORDER_BILL, &["--frames-model", per.to_str().unwrap()]);
    let marked = readings(&v).iter().filter(|r| r.1).count();
    assert!((2..=4).contains(&marked), "{marked}");
    // Back to a rule ranked by probability: the field goes, the weights stay.
    let back = dir.path().join("back.json.gz");
    set(&per, &back, &["--top-k", "2"]).success();
    let back = MultiLabelModel::load(&back).unwrap();
    assert!(back.per_label().is_none());
    let read = |m: &MultiLabelModel| {
        m.probabilities(&m.vector(None, BORDER_BILL, &mut Scratch::default()))
    };
    assert_eq!(read(&back), read(&shipped()));
    // --min-ratio or --min-labels without --rule per-label, or a minimum over the cap: usage
    // errors, nothing written.
    let bad = dir.path().join("bad.json");
    for extra in [
        &["--top-k", "2", "--min-ratio", "0.3"][..],
        &["--top-k", "2", "--min-labels", "2"][..],
        &[
            "--rule",
            "per-label",
            "--top-k",
            "2",
            "--max-labels",
            "3",
            "--min-labels",
            "4",
        ][..],
    ] {
        set(&shipped_path, &bad, extra).code(1);
        assert!(!bad.exists(), "{extra:?}");
    }
}

#[test]
fn repeating_rare_positives_is_deterministic_recorded_and_changes_the_rare_codes_fit() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = coded_corpus(dir.path());
    let train = |out: &str, extra: &[&str]| {
        slant()
            .args(["train", "--multi-label", "--labels-field", "codes"])
            .args([
                "--group-field",
                "source",
                "--min-df",
                "2",
                "--cv",
                "2",
                "-q",
            ])
            .arg("--corpus")
            .arg(&corpus)
            .arg("--out")
            .arg(dir.path().join(out))
            .args(extra)
            .assert()
    };
    // "law" is on 3 of the 9 row kinds, "money" on 4, "war" on 3: a share of 0.7 gives
    // money's positives 2 copies, law's and war's 4; 0.3 is reached by all, so none.
    train("a.json", &["--positive-share", "0.7"]).success();
    train("b.json", &["--positive-share", "0.7"]).success();
    train("none.json", &[]).success();
    train("low.json", &["--positive-share", "0.3"]).success();
    let read = |n: &str| std::fs::read(dir.path().join(n)).unwrap();
    assert_eq!(
        read("a.json"),
        read("b.json"),
        "same corpus and share, same bytes"
    );
    let a = MultiLabelModel::from_bytes(&read("a.json"), "a").unwrap();
    let none = MultiLabelModel::from_bytes(&read("none.json"), "none").unwrap();
    let low = MultiLabelModel::from_bytes(&read("low.json"), "low").unwrap();
    assert_eq!(a.training.positive_share, 0.7);
    assert_ne!(a.intercept(), none.intercept());
    // More weight on the positives raises every code's intercept.
    for (x, y) in a.intercept().iter().zip(none.intercept()) {
        assert!(x > y, "{:?} {:?}", a.intercept(), none.intercept());
    }
    // A share every code already reaches repeats nothing: the fit is the plain one.
    assert_eq!(low.intercept(), none.intercept());
    let plain: serde_json::Value = serde_json::from_slice(&read("none.json")).unwrap();
    assert!(plain["training"].get("positive_share").is_none());
    train("bad.json", &["--positive-share", "1"]).code(1);
    assert!(!dir.path().join("bad.json").exists());
}

#[test]
fn eval_multi_label_reads_the_model_given_with_model() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = coded_corpus(dir.path());
    let model = dir.path().join("codes.json");
    slant()
        .args(["train", "--multi-label", "--labels-field", "codes"])
        .args(["--min-df", "2", "-q", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(&model)
        .assert()
        .success();
    let eval = |model_flag: &str| {
        slant()
            .args(["eval", "--multi-label", "--labels-field", "codes"])
            .args(["--format", "json", "--corpus"])
            .arg(&corpus)
            .arg(model_flag)
            .arg(&model)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    // `--model` is the model evaluated, as `--frames-model` is: not the embedded one.
    let with_model = eval("--model");
    assert_eq!(with_model, eval("--frames-model"));
    let v: serde_json::Value = serde_json::from_slice(&with_model).expect("JSON");
    let mut codes: Vec<&str> = v["per_label"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["label"].as_str().unwrap())
        .collect();
    codes.sort_unstable();
    assert_eq!(codes, ["law", "money", "war"], "{v}");
    // Both at once would leave one unread: refused.
    slant()
        .args([
            "eval",
            "--multi-label",
            "--labels-field",
            "codes",
            "--corpus",
        ])
        .arg(&corpus)
        .arg("--model")
        .arg(&model)
        .arg("--frames-model")
        .arg(&model)
        .assert()
        .failure()
        .stderr(predicates::str::contains("--frames-model"));
}

#[test]
fn codes_holding_escape_sequences_are_escaped_in_multi_label_train_and_eval_text() {
    let dir = tempfile::tempdir().unwrap();
    let plain = std::fs::read_to_string(coded_corpus(dir.path())).unwrap();
    let corpus = dir.path().join("escaped.jsonl");
    std::fs::write(
        &corpus,
        plain.replace("\"law\"", "\"\\u001b[31mlaw\\u202e\""),
    )
    .unwrap();
    let model = dir.path().join("m.json");
    let out = slant()
        .args(["train", "--multi-label", "--labels-field", "codes"])
        .args(["--group-field", "source", "--min-df", "2", "--cv", "2"])
        .arg("--corpus")
        .arg(&corpus)
        .arg("--out")
        .arg(&model)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let eval = slant()
        .args(["eval", "--multi-label", "--labels-field", "codes"])
        .arg("--frames-model")
        .arg(&model)
        .arg("--corpus")
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(eval.status.success(), "{eval:?}");
    for (what, bytes) in [("train", &out.stderr), ("eval", &eval.stdout)] {
        assert_no_raw_escapes(what, bytes);
        let s = String::from_utf8_lossy(bytes);
        assert!(s.contains("\\u{1b}[31mlaw\\u{202e}"), "{what}: {s}");
    }
}
