//! `slant train-words`: fit the word-level loadedness model and save it atomically.

use super::args::TrainWordsArgs;
use anyhow::Result;
use slant::features::loaded_model::WordModel;
use slant::features::loaded_train::{read_pairs, read_word_lists, train, WordTrainParams};
use slant::model::{check_output, write_atomically};

pub fn run(args: &TrainWordsArgs) -> Result<()> {
    check_output(&args.out)?;
    let pairs = read_pairs(&args.pairs)?;
    let lists = read_word_lists(&args.lexicons)?;
    let params = WordTrainParams {
        alpha: args.alpha,
        max_iterations: args.iterations,
        seed: args.seed,
        beta: args.beta,
        min_precision: args.min_precision,
        min_threshold: args.min_threshold,
    };
    let file = train(&pairs, lists, params)?;
    // The file must load as it is written.
    let model = WordModel::from_file(file.clone(), &args.out.display().to_string())?;
    write_atomically(&args.out, &file.to_json())?;
    let t = &file.training;
    eprintln!(
        "trained on {} pairs ({} words, {} loaded); threshold {:.2} chosen by {}-fold \
         cross-validation for the F-beta of the flags, beta {}, precision at least {}, \
         threshold at least {}: precision {:.3}, recall {:.3}, F1 {:.3}; wrote {}",
        t.pairs,
        t.words,
        t.loaded_words,
        model.threshold(),
        t.folds,
        t.beta,
        t.min_precision,
        t.min_threshold,
        t.cv_precision,
        t.cv_recall,
        t.cv_f1,
        args.out.display()
    );
    Ok(())
}
