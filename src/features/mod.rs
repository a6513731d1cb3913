//! Features: turn analysed text into the vector the model reads.
//!
//! Bag-of-words terms (vocabulary fitted on training rows, TF-IDF weighted) come
//! first, then small dense blocks measured from the text (loaded language,
//! sourcing), each feature with a stable name so reports can explain it.

pub mod sourcing;
