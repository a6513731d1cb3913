//! What the user typed: clap structs, validated only. Library configs are built
//! from them by each command.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// slant: how a news article frames its story, how balanced its sourcing is,
/// and which words drove that judgement.
#[derive(Debug, Parser)]
#[command(name = "slant", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score articles: label probabilities, slant, and the terms that drove them.
    Score(ScoreArgs),
    /// Train a model on a labelled JSONL corpus.
    Train(Box<TrainArgs>),
    /// Compare coverage of one event across outlets (files, or a corpus with --where or --events).
    Compare(CompareArgs),
    /// Evaluate a model on labelled rows: accuracy, macro-F1, confusion, calibration.
    Eval(EvalArgs),
    /// Train the word-level loadedness model on before/after edit pairs.
    TrainWords(TrainWordsArgs),
    /// Print the article found in web pages and WARC crawls: title, byline, date, body.
    Extract(ExtractArgs),
    /// Set a multi-label (frame) model's decision rule without refitting its weights.
    SetRule(SetRuleArgs),
}

/// How a multi-label rule ranks codes for its top K.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RuleKind {
    /// By probability; every code over its threshold is present too.
    TopK,
    /// By probability over the code's own threshold, with a cap on codes present.
    PerLabel,
}

/// Parses a ratio floor: a number, 0 or more.
fn parse_ratio(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(r) if r.is_finite() && r >= 0.0 => Ok(r),
        _ => Err(format!("expected a number, 0 or more, got \"{s}\"")),
    }
}

/// Parses a cap on codes present: 1 or more.
fn parse_max_labels(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("0 would mark no code; give 1 or more".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

/// Parses a positive share: a number from 0 to below 1.
fn parse_share(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(r) if (0.0..1.0).contains(&r) => Ok(r),
        _ => Err(format!("expected a number from 0 to below 1, got \"{s}\"")),
    }
}

/// `slant set-rule`: a multi-label model's decision rule, rewritten in its file.
#[derive(Debug, Args)]
pub struct SetRuleArgs {
    /// The multi-label model file to read (from `slant train --multi-label`).
    #[arg(long, value_name = "FILE")]
    pub model: PathBuf,
    /// Mark each article's N most likely codes present, besides any code over its threshold.
    #[arg(long, value_name = "N")]
    pub top_k: usize,
    /// A code among the N most likely is present only when its probability is at least P.
    #[arg(long, value_name = "P", default_value_t = 0.0, value_parser = parse_probability)]
    pub min_probability: f32,
    /// How codes are ranked: `top-k` (by probability) or `per-label` (by probability
    /// over the code's threshold, at most --max-labels present in all).
    #[arg(long, value_enum, default_value_t = RuleKind::TopK)]
    pub rule: RuleKind,
    /// With --rule per-label: most codes present in an article (default: N of --top-k).
    #[arg(long, value_name = "N", value_parser = parse_max_labels)]
    pub max_labels: Option<usize>,
    /// With --rule per-label: a top-N code under its threshold needs probability over
    /// threshold at least R (default 0).
    #[arg(long, value_name = "R", value_parser = parse_ratio)]
    pub min_ratio: Option<f32>,
    /// With --rule per-label: the first N codes by probability over threshold are present
    /// whatever their probability (default 0).
    #[arg(long, value_name = "N")]
    pub min_labels: Option<usize>,
    /// Why the rule is set (the evidence), recorded in the model's training record.
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Where to write the model (may be --model itself; .gz to compress). Replaced atomically.
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// HTML pages (.html, .htm, also gzip) and WARC crawls (.warc, .warc.gz).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    pub format: ExtractFormat,
    /// Largest page (or WARC record) read, in bytes; a larger one is skipped.
    #[arg(long, value_name = "BYTES", default_value_t = slant::corpus::DEFAULT_MAX_ARTICLE_BYTES,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub max_article_bytes: usize,
}

/// Output formats of `slant extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One JSON object per article: {id, url, title, byline, date, text, dropped_chars}.
    Json,
    /// The title, a line of byline and date, then the body, articles separated by a rule.
    Text,
}

#[derive(Debug, Args)]
pub struct TrainWordsArgs {
    /// JSONL edit pairs {id, biased, neutral} (e.g. wnc_pairs.jsonl); the training half is read.
    #[arg(long)]
    pub pairs: PathBuf,
    /// Directory of the research word lists (npov_lexicon.txt, hedges_hyland2005.txt, ...).
    #[arg(long)]
    pub lexicons: PathBuf,
    /// Where to write the word model (JSON). Replaced atomically.
    #[arg(long)]
    pub out: PathBuf,
    /// Picks the cross-validation folds that choose the threshold; recorded with the model.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// L2 penalty on the summed loss (about 1/C in scikit-learn's terms).
    #[arg(long, default_value_t = 3.0)]
    pub alpha: f64,
    /// L-BFGS iterations at most.
    #[arg(long, default_value_t = 300)]
    pub iterations: u64,
    /// The threshold maximises cross-validated F-beta (below 1: precision counts more).
    #[arg(long, default_value_t = slant::features::loaded_train::BETA)]
    pub beta: f64,
    /// The cross-validated precision the threshold's flags must reach (the best
    /// F-beta among those that do; among all when none does).
    #[arg(long, default_value_t = slant::features::loaded_train::MIN_PRECISION)]
    pub min_precision: f64,
    /// The lowest threshold that may be chosen (a floor on the cut, 0 to 1; 0: none).
    #[arg(long, default_value_t = 0.0)]
    pub min_threshold: f64,
}

/// Output formats for evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    /// For a person at a terminal.
    Text,
    /// One JSON object.
    Json,
}

/// How `slant eval --fit-offsets` fits the logit offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OffsetRuleArg {
    /// The offsets that make the rows' labels most likely (the mean predicted
    /// probabilities come out at the rows' label shares).
    Likelihood,
    /// The offsets that make the rows' mean predicted probabilities equal across labels;
    /// the labels are not read (what scripts/train-default.sh ships: it carries to
    /// unseen publishers, where the likelihood rule's offsets do not).
    Uniform,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Model file; the embedded default model when absent. With --multi-label, a file
    /// trained with `slant train --multi-label` (like --frames-model).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Labelled JSONL corpus (plain or gzip), or web pages (.html) and web archives
    /// (.warc, .warc.gz) labelled by --label-map; several may follow one --corpus.
    #[arg(long, required = true, num_args = 1..)]
    pub corpus: Vec<PathBuf>,
    /// Labels by host, URL or article id: a TSV file of key, a tab, and the label (e.g.
    /// `nytimes.com<TAB>left`). Needed for HTML and WARC input; given, it labels JSONL
    /// rows too (by id, `url` field or outlet, over their label field). Articles left
    /// without a label are skipped and counted on stderr.
    #[arg(long, value_name = "FILE")]
    pub label_map: Option<PathBuf>,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Field that selects the rows to evaluate (with --split-values).
    #[arg(long)]
    pub split_field: Option<String>,
    /// Values of --split-field to evaluate on, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "test")]
    pub split_values: Vec<String>,
    /// The labels in their natural order, to report the mean absolute error (e.g. left,center,right).
    #[arg(long, value_delimiter = ',')]
    pub ordinal: Vec<String>,
    /// Also fit per-label logit offsets (a class-prior shift, for `slant train
    /// --logit-offsets`) by --offset-rule and report the figures with them.
    #[arg(long, conflicts_with = "multi_label")]
    pub fit_offsets: bool,
    /// How --fit-offsets fits them: `likelihood` makes these rows' labels most likely;
    /// `uniform` makes the mean predicted probability of every label equal, without
    /// reading the labels.
    #[arg(long, value_enum, default_value_t = OffsetRuleArg::Likelihood, requires = "fit_offsets")]
    pub offset_rule: OffsetRuleArg,
    /// Field for per-group accuracy (worst first).
    #[arg(long, default_value = "outlet")]
    pub group_field: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EvalFormat::Text)]
    pub format: EvalFormat,
    /// Skip malformed JSONL lines instead of stopping.
    #[arg(long)]
    pub skip_bad: bool,
    /// Evaluate a multi-label (frame) model against the codes in --labels-field:
    /// per-code precision, recall, F1 and Krippendorff's alpha, micro and macro F1.
    /// The model is --frames-model (or --model, a file trained with `slant train
    /// --multi-label`), else the embedded frame model.
    #[arg(long)]
    pub multi_label: bool,
    /// Multi-label model (with --multi-label): a file, or `policy` / `generic` for an
    /// embedded frame model (default: policy).
    #[arg(
        long,
        value_name = "FILE|generic|policy",
        requires = "multi_label",
        conflicts_with = "model"
    )]
    pub frames_model: Option<PathBuf>,
    /// Field listing each row's codes (with --multi-label).
    #[arg(long, default_value = "frames")]
    pub labels_field: String,
    /// Field listing the codes each row was coded for (default: all the model's codes).
    #[arg(long, requires = "multi_label")]
    pub known_field: Option<String>,
    /// Decision rule: mark the N most likely codes present (ranked by probability)
    /// besides those over their threshold (default: the model's own rule).
    #[arg(long, value_name = "N", alias = "top-k", requires = "multi_label")]
    pub frames_top_k: Option<usize>,
    /// Decision rule: a code among the N most likely is present only when its
    /// probability is at least P (0 to 1; default: the model's own).
    #[arg(long, value_name = "P", requires = "multi_label", value_parser = parse_probability)]
    pub frames_min_probability: Option<f32>,
}

/// Parses a probability: a number from 0 to 1.
fn parse_probability(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(p) if (0.0..=1.0).contains(&p) => Ok(p),
        Ok(p) => Err(format!(
            "{p} is not a probability; give a number from 0 to 1"
        )),
        Err(e) => Err(format!("{e}; give a number from 0 to 1")),
    }
}

/// Output formats of `slant compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For a person at a terminal.
    Text,
    /// One JSON object for the comparison (with --events, one per event: JSON Lines).
    Json,
    /// Markdown, for pasting into notes.
    Md,
    /// One self-contained HTML page.
    Html,
}

/// Output formats of `slant score`: the report formats, or one figures row per article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    /// For a person at a terminal.
    Text,
    /// One JSON object per article (JSON Lines).
    Json,
    /// Markdown, for pasting into notes.
    Md,
    /// One self-contained HTML page (every article in it, with a table of contents).
    Html,
    /// Tab-separated figures, one line per article after a header: probabilities,
    /// slant, loaded-language density, sourcing figures (no explanation; fastest).
    Tsv,
}

impl ScoreFormat {
    /// The report format, or `None` for TSV rows.
    pub fn report(self) -> Option<Format> {
        match self {
            ScoreFormat::Text => Some(Format::Text),
            ScoreFormat::Json => Some(Format::Json),
            ScoreFormat::Md => Some(Format::Md),
            ScoreFormat::Html => Some(Format::Html),
            ScoreFormat::Tsv => None,
        }
    }
}

/// Field names of a JSONL corpus.
#[derive(Debug, Clone, Args)]
pub struct FieldArgs {
    /// JSON field holding the article body.
    #[arg(long, default_value = "text")]
    pub text_field: String,
    /// JSON field holding the headline (used when present).
    #[arg(long, default_value = "title")]
    pub title_field: String,
    /// JSON field holding the label.
    #[arg(long, default_value = "label")]
    pub label_field: String,
    /// JSON field holding the article id.
    #[arg(long, default_value = "id")]
    pub id_field: String,
    /// JSON field holding the outlet name.
    #[arg(long, default_value = "outlet")]
    pub outlet_field: String,
    /// Largest article read, in bytes: a text file, stdin, or one JSONL line.
    #[arg(long, value_name = "BYTES", default_value_t = slant::corpus::DEFAULT_MAX_ARTICLE_BYTES,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub max_article_bytes: usize,
}

impl FieldArgs {
    pub fn fields(&self) -> slant::corpus::Fields {
        slant::corpus::Fields {
            text: self.text_field.clone(),
            title: self.title_field.clone(),
            label: self.label_field.clone(),
            id: self.id_field.clone(),
            outlet: self.outlet_field.clone(),
            max_article_bytes: self.max_article_bytes,
        }
    }
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Plain-text articles, JSONL corpora (.jsonl, .jsonl.gz), web pages (.html, .htm),
    /// web archives (.warc, .warc.gz), or - for stdin.
    #[arg(required = true, value_name = "ARTICLE")]
    pub inputs: Vec<PathBuf>,
    /// Model file; the embedded default model when absent.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ScoreFormat::Text)]
    pub format: ScoreFormat,
    /// Terms to list toward each label.
    #[arg(long, default_value_t = slant::score::DEFAULT_TOP)]
    pub top: usize,
    /// JSON file mapping speakers or affiliations to sides
    /// ({"sides": {"Kremlin": "Russia", "White House": "US government"}}); the report
    /// then gives each side's share of the voices.
    #[arg(long, value_name = "FILE")]
    pub sides: Option<PathBuf>,
    /// Worker threads for JSONL input (default: all cores; at most 4 per core).
    #[arg(long, value_parser = parse_threads)]
    pub threads: Option<usize>,
    /// Frame model: `policy` (the embedded 15 policy frames, the default), `generic`
    /// (the embedded 5 generic news frames), or a file from `slant train --multi-label`
    /// (write ./generic for a file of that name).
    #[arg(long, value_name = "FILE|generic|policy", conflicts_with = "no_frames")]
    pub frames_model: Option<PathBuf>,
    /// Frames: mark each article's N most likely frames present (ranked by probability),
    /// besides any frame over its threshold (default: the frame model's own rule; see models/README.md).
    #[arg(long, value_name = "N", conflicts_with = "no_frames")]
    pub frames_top_k: Option<usize>,
    /// Frames: a frame among the N most likely is present only when its probability is
    /// at least P (0 to 1; default: the frame model's own).
    #[arg(long, value_name = "P", conflicts_with = "no_frames", value_parser = parse_probability)]
    pub frames_min_probability: Option<f32>,
    /// Do not score frames.
    #[arg(long)]
    pub no_frames: bool,
    /// How to read stdin (-): one text article, a JSONL corpus, or auto: JSONL when its
    /// first non-blank line is a JSON object holding the text field as a string.
    #[arg(long, value_enum, default_value_t = StdinFormat::Auto)]
    pub stdin_format: StdinFormat,
    /// Replace invalid UTF-8 instead of refusing the input.
    #[arg(long)]
    pub lossy: bool,
    /// Skip malformed JSONL lines (counted on stderr) instead of stopping.
    #[arg(long)]
    pub skip_bad: bool,
    #[command(flatten)]
    pub fields: FieldArgs,
}

/// How `slant score -` reads stdin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StdinFormat {
    /// JSONL when the first non-blank line is a JSON object with the text field, else text.
    Auto,
    /// One plain-text article.
    Text,
    /// A JSONL corpus, one article per line.
    Jsonl,
}

/// Threads per core allowed by `--threads`: more only add memory (a scorer each).
const THREADS_PER_CORE: usize = 4;

/// Parses `--threads`, refusing more than [`THREADS_PER_CORE`] per core.
fn parse_threads(value: &str) -> Result<usize, String> {
    let n: usize = value
        .parse()
        .map_err(|e| format!("{e}; give a number of threads"))?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let max = THREADS_PER_CORE * cores;
    if n > max {
        return Err(format!(
            "at most {max} threads ({THREADS_PER_CORE} per core, {cores} cores here); \
             more would only use memory"
        ));
    }
    Ok(n)
}

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Labelled JSONL corpus (plain or gzip), or web pages (.html) and web archives
    /// (.warc, .warc.gz) labelled by --label-map; several may follow one --corpus.
    #[arg(long, required = true, num_args = 1..)]
    pub corpus: Vec<PathBuf>,
    /// Labels by host, URL or article id: a TSV file of key, a tab, and the label (e.g.
    /// `nytimes.com<TAB>left`). Needed for HTML and WARC input; given, it labels JSONL
    /// rows too (by id, `url` field or outlet, over their label field). Articles left
    /// without a label are skipped and counted on stderr.
    #[arg(long, value_name = "FILE")]
    pub label_map: Option<PathBuf>,
    /// Where to write the model (JSON; .gz to compress). Replaced atomically.
    #[arg(long)]
    pub out: PathBuf,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Field that selects the training rows (with --train-values).
    #[arg(long)]
    pub split_field: Option<String>,
    /// Values of --split-field to train on, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "train")]
    pub train_values: Vec<String>,
    /// Values of --split-field to evaluate on after training (figures saved in the model).
    #[arg(long, value_delimiter = ',')]
    pub holdout_values: Vec<String>,
    /// Field naming each row's group (e.g. publisher), for --min-groups.
    #[arg(long)]
    pub group_field: Option<String>,
    /// A term must appear in at least this many groups to be a feature.
    #[arg(long, default_value_t = 1)]
    pub min_groups: u32,
    /// Offsets added to labels' intercepts after fitting, e.g. left=-0.4,right=-0.8
    /// (as fitted on held-out outlets by `slant eval --fit-offsets`).
    #[arg(long, value_delimiter = ',', value_name = "LABEL=OFFSET")]
    pub logit_offsets: Vec<String>,
    /// Train on at most this many rows of each group (--group-field), chosen by --seed,
    /// so that the largest outlets do not dominate.
    #[arg(long, value_name = "N")]
    pub max_per_group: Option<usize>,
    /// Number of term features to keep.
    #[arg(long, default_value_t = 20_000)]
    pub features: usize,
    /// Minimum number of training documents a term must appear in.
    #[arg(long, default_value_t = 5)]
    pub min_df: u32,
    /// Longest n-gram (1 or 2).
    #[arg(long, default_value_t = 2)]
    pub ngrams: usize,
    /// L2 penalty (the loss is summed over rows; 1/C in scikit-learn's terms).
    #[arg(long, default_value_t = 1.0)]
    pub alpha: f32,
    /// L-BFGS iterations.
    #[arg(long, default_value_t = 100)]
    pub iterations: u64,
    /// Seed: picks the rows --max-per-group keeps and the --cv folds; recorded with the model.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Leave out the dense blocks (loaded language, sourcing): terms only.
    #[arg(long)]
    pub no_blocks: bool,
    /// Leave outlet fingerprints out of the terms (outlet names, datelines, bylines, photo
    /// credits, boilerplate, "Mr."/"Ms.", publisher-bound words: data/fingerprints.txt).
    #[arg(long)]
    pub fingerprint_filter: bool,
    /// Leave the words of direct quotations, transcript turns and embedded posts out of the
    /// terms (a source's words are the source's, as loaded language reads them); the dense
    /// blocks read the whole article.
    #[arg(long)]
    pub terms_outside_quotes: bool,
    /// Dense sourcing figures that do not drift with length: counts as rates per 1,000
    /// words, shares over attributions smoothed.
    #[arg(long)]
    pub length_neutral: bool,
    /// Weigh each training row 1 / (rows of its --group-field group)^P, so that P = 1 counts
    /// every publisher alike and a few large ones do not teach their house style (0: off).
    #[arg(long, default_value_t = 0.0)]
    pub group_balance: f32,
    /// Shift each label's term weights by a constant so that the terms' logit does not
    /// drift with how many distinct terms an article uses (its length).
    #[arg(long)]
    pub residualise_length: bool,
    /// The dense blocks' L2 penalty as a multiple of --alpha (above 1 shrinks loaded-language
    /// and sourcing figures against the terms).
    #[arg(long, default_value_t = 1.0)]
    pub block_penalty: f32,
    /// Fit ln(words) as a nuisance feature beside the others, so that their weights are
    /// fitted net of article length; scoring holds it at its training mean (it adds nothing).
    #[arg(long)]
    pub adjust_length: bool,
    /// How the term block's TF-IDF vector is scaled: l2 (unit length) or l1 (the same sum for
    /// every article, the training rows' mean L2 mass, whatever the article's length).
    #[arg(long, value_enum, default_value_t = TermNormArg::L2)]
    pub term_norm: TermNormArg,
    /// The term block's term frequency: sublinear (1 + ln count) or binary (1 when present).
    #[arg(long, value_enum, default_value_t = TermTfArg::Sublinear)]
    pub term_tf: TermTfArg,
    /// How many times a term in the headline counts in its term frequency (body: once).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub title_weight: u32,
    /// How the vocabulary ranks candidate terms: chi2 (chi-square against the label),
    /// chi2-eta (chi-square times the label's share of the term's variation across
    /// --group-field groups) or group-f (that analysis of variance's F statistic).
    #[arg(long, value_enum, default_value_t = RankingArg::Chi2)]
    pub ranking: RankingArg,
    /// Drop a term when more than this share of the training rows holding it come from
    /// one --group-field group (outlet names, bylines, page furniture); 1 keeps all.
    #[arg(long, default_value_t = 1.0)]
    pub max_group_share: f64,
    /// Grouped K-fold cross-validation on the training rows before the final fit.
    #[arg(long, value_name = "K")]
    pub cv: Option<usize>,
    /// Field whose groups never straddle a cross-validation split (with --cv).
    #[arg(long, default_value = "publisher")]
    pub group_by: String,
    /// Skip malformed JSONL lines instead of stopping.
    #[arg(long)]
    pub skip_bad: bool,
    /// No progress bars.
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub multi: MultiLabelArgs,
}

pub use slant::train::multi::{TopK, AUTO_TOP_K_MAX};

fn parse_top_k(s: &str) -> Result<TopK, String> {
    if s == "auto" {
        return Ok(TopK::Auto(AUTO_TOP_K_MAX));
    }
    s.parse()
        .map(TopK::Fixed)
        .map_err(|_| format!("expected a whole number or \"auto\", got \"{s}\""))
}

/// `slant train --multi-label`: one logistic regression per code of a codebook.
#[derive(Debug, Args)]
pub struct MultiLabelArgs {
    /// Train a multi-label model (one-vs-rest): each row lists any number of codes in
    /// --labels-field (e.g. frames). The model is read by `slant score --frames-model`.
    #[arg(long)]
    pub multi_label: bool,
    /// Field listing each row's codes (an array of strings).
    #[arg(long, default_value = "frames", requires = "multi_label")]
    pub labels_field: String,
    /// Field listing the codes each row was coded for (default: every code): a row
    /// coded with a smaller codebook is not evidence against codes it could not give.
    #[arg(long, requires = "multi_label")]
    pub known_field: Option<String>,
    /// The codes, in order (default: every code seen, sorted).
    #[arg(long, value_delimiter = ',', requires = "multi_label")]
    pub labels: Vec<String>,
    /// Decision rule: the K most likely codes of an article are present, besides any
    /// code whose probability reaches its cross-validated threshold; `auto` chooses K
    /// (0 to 6) by the cross-validation (--cv) on the --rule-rows rows.
    #[arg(long, value_name = "K|auto", default_value = "0", value_parser = parse_top_k, requires = "multi_label")]
    pub top_k: TopK,
    /// With --top-k auto: the rows K is chosen on, FIELD=VALUE,VALUE (e.g.
    /// source=narrative,allsides: full articles, not sentences); default every row.
    #[arg(long, value_name = "FIELD=VALUES", requires = "multi_label")]
    pub rule_rows: Option<String>,
    /// Leave out the frame-cue block (data/frames.txt): terms only.
    #[arg(long, requires = "multi_label")]
    pub no_frame_cues: bool,
    /// How codes are ranked for the top K: `top-k` (by probability) or `per-label` (by
    /// probability over the code's threshold, at most --max-labels present in all).
    #[arg(long, value_enum, default_value_t = RuleKind::TopK, requires = "multi_label")]
    pub rule: RuleKind,
    /// With --rule per-label: most codes present in an article (default: K of --top-k).
    #[arg(long, value_name = "N", requires = "multi_label", value_parser = parse_max_labels)]
    pub max_labels: Option<usize>,
    /// With --rule per-label: a top-K code under its threshold needs probability over
    /// threshold at least R (default 0).
    #[arg(long, value_name = "R", requires = "multi_label", value_parser = parse_ratio)]
    pub min_ratio: Option<f32>,
    /// With --rule per-label: the first N codes by probability over threshold are present
    /// whatever their probability (default 0).
    #[arg(long, value_name = "N", requires = "multi_label")]
    pub min_labels: Option<usize>,
    /// A top-K code is present only when its probability is at least P (0 to 1).
    #[arg(long, value_name = "P", default_value_t = 0.0, requires = "multi_label",
          value_parser = parse_probability)]
    pub min_probability: f32,
    /// Repeat the positive rows of each code whose positives are less than this share
    /// of its coded rows, in whole copies, toward the share (0 to below 1; 0: never).
    #[arg(long, value_name = "S", default_value_t = 0.0, requires = "multi_label",
          value_parser = parse_share)]
    pub positive_share: f32,
    /// With --cv: also write each row's out-of-fold probabilities to this JSONL file
    /// ({"id", "probabilities": {code: p}}, rows in corpus order), to measure other
    /// decision rules without refitting.
    #[arg(long, value_name = "FILE", requires = "multi_label")]
    pub out_of_fold: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Articles, one outlet each: plain text or web pages (.html, .htm: the article is extracted). Or use --corpus.
    #[arg(value_name = "ARTICLE", conflicts_with = "corpus")]
    pub inputs: Vec<PathBuf>,
    /// Outlet name of each ARTICLE, in order (default: the file stem).
    #[arg(long = "outlet", value_name = "NAME")]
    pub outlets: Vec<String>,
    /// JSONL corpus (plain or gzip) to compare from, with --where or --events.
    #[arg(long)]
    pub corpus: Option<PathBuf>,
    /// Compare the corpus articles matching field=value[,field=value...]; articles
    /// of one outlet are pooled.
    #[arg(
        long = "where",
        value_name = "FILTER",
        requires = "corpus",
        conflicts_with = "events"
    )]
    pub filter: Option<String>,
    /// List the events of the corpus that two or more outlets covered, most divergent first.
    #[arg(long, requires = "corpus")]
    pub events: bool,
    /// Fields whose values make an event, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "topic,date")]
    pub group_by: Vec<String>,
    /// Show at most this many events (1 or more; all when absent).
    #[arg(long, requires = "events", value_parser = at_least_one)]
    pub limit: Option<usize>,
    /// Benchmark: on events with exactly one left, one center and one right article
    /// (--label-field), how often the model orders them correctly by slant.
    #[arg(long, requires = "corpus", conflicts_with = "events", hide = true)]
    pub ordering_accuracy: bool,
    /// Model file; the embedded default model when absent.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Frame model for the frame profiles: `policy` (default), `generic`, or a file.
    #[arg(long, value_name = "FILE|generic|policy", conflicts_with = "no_frames")]
    pub frames_model: Option<PathBuf>,
    /// Frames: mark each article's N most likely frames present (ranked by probability),
    /// besides any frame over its threshold (default: the frame model's own rule).
    #[arg(long, value_name = "N", conflicts_with = "no_frames")]
    pub frames_top_k: Option<usize>,
    /// Frames: a frame among the N most likely is present only when its probability is
    /// at least P (0 to 1; default: the frame model's own).
    #[arg(long, value_name = "P", conflicts_with = "no_frames", value_parser = parse_probability)]
    pub frames_min_probability: Option<f32>,
    /// Compare no frames.
    #[arg(long)]
    pub no_frames: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Distinctive terms to list per outlet.
    #[arg(long, default_value_t = slant::compare::DEFAULT_TERMS)]
    pub terms: usize,
    /// Total prior mass a0 of the log-odds Dirichlet prior (default: the number of
    /// terms counted, so each term's prior is its pooled count).
    #[arg(long)]
    pub prior_mass: Option<f64>,
    /// Replace invalid UTF-8 in ARTICLE files instead of refusing them.
    #[arg(long)]
    pub lossy: bool,
    #[command(flatten)]
    pub fields: FieldArgs,
}

/// `--limit`: 1 or more. 0 would list no event, which reads as "none was covered twice".
fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => {
            Err("0 would show no event; give 1 or more, or leave --limit out to show all".into())
        }
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

/// `slant train --ranking`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RankingArg {
    Chi2,
    Chi2Eta,
    GroupF,
}

/// `--term-norm`: see `slant::features::TermNorm`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TermNormArg {
    L2,
    L1,
}

/// `--term-tf`: see `slant::features::TermTf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TermTfArg {
    Sublinear,
    Binary,
}
