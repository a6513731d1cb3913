//! The document pass: an article read once, then shared by every feature block.
//!
//! [`Document::read`] takes a headline and a body and cuts them into words, each
//! with its byte span, the id of its surface form and the facts every block tests
//! ([`words`]). The word table behind the ids keeps each distinct word's lowercase
//! form and stem. Sentences (with their paragraph numbers) and quotation spans are
//! worked out on first use, at most once per article. Feature blocks
//! (`features::FeatureBlock`) then measure the document; none re-reads the text.
//!
//! A document is per-thread scratch space: reading the next article reuses its
//! room, and its word table carries over so that each distinct word is worked out
//! once per thread.

pub mod words;

pub use words::{Describe, Facts, WordAt, WordFlags, WordInfo, WordTable};

use crate::limits::WORD_CACHE_WORDS;
use crate::text::{blank_furniture, split_sentences_into, Furniture, Sentence};
use std::cell::{OnceCell, RefCell};

// The quote finder still lives with the attribution finder, its first user.
use crate::text::quotes::{find_quotes_into, QuoteSpan};

/// One article as the feature blocks read it (one per thread, refilled by [`Document::read`]).
#[derive(Debug)]
pub struct Document {
    table: WordTable,
    title: String,
    body: String,
    title_words: Vec<WordAt>,
    words: Vec<WordAt>,
    sentences: OnceCell<Vec<Sentence>>,
    quotes: OnceCell<Vec<QuoteSpan>>,
    /// The lists of the article before, their room reused for the next one's
    /// sentences and quotes.
    spare_sentences: RefCell<Vec<Sentence>>,
    spare_quotes: RefCell<Vec<QuoteSpan>>,
    /// The page furniture blanked in the last body (room reused).
    furniture: Vec<Furniture>,
    /// Room for the name cards' spans.
    cards: Vec<(usize, usize)>,
}

impl Document {
    /// An empty document whose words are described by `describe` (the feature
    /// stage's word knowledge: see `features::words::describe`).
    pub fn new(describe: Describe) -> Document {
        Document {
            table: WordTable::new(describe),
            title: String::new(),
            body: String::new(),
            title_words: Vec::new(),
            words: Vec::new(),
            sentences: OnceCell::new(),
            quotes: OnceCell::new(),
            spare_sentences: RefCell::default(),
            spare_quotes: RefCell::default(),
            furniture: Vec::new(),
            cards: Vec::new(),
        }
    }

    /// Reads an article: cuts the headline and the body into words, once, for
    /// every block. Page furniture scraped into the body (name cards, captions,
    /// prompts, link lines, notes: [`crate::text::find_furniture`]) is blanked with
    /// spaces first, so no block reads it and every offset still points into the body
    /// as given ([`Document::furniture`]). Empties the word table first when it has grown past
    /// [`WORD_CACHE_WORDS`] words, so memory stays bounded over any corpus, and
    /// then returns true: per-word caches kept beside the table must be emptied too.
    pub fn read(&mut self, title: Option<&str>, body: &str) -> bool {
        let emptied = self.table.is_full(WORD_CACHE_WORDS);
        if emptied {
            self.table.clear();
        }
        self.title.clear();
        self.title.push_str(title.unwrap_or(""));
        self.body.clear();
        self.body.push_str(body);
        blank_furniture(&mut self.body, &mut self.furniture, &mut self.cards);
        self.table.read(&self.title, &mut self.title_words);
        self.table.read(&self.body, &mut self.words);
        if let Some(sentences) = self.sentences.take() {
            *self.spare_sentences.get_mut() = sentences;
        }
        if let Some(quotes) = self.quotes.take() {
            *self.spare_quotes.get_mut() = quotes;
        }
        emptied
    }

    /// The headline ("" when the article has none).
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The body.
    pub fn body(&self) -> &str {
        &self.body
    }

    /// The page furniture blanked in the body, in text order: each span's kind and
    /// bytes (the body as given holds the furniture's text there).
    pub fn furniture(&self) -> &[Furniture] {
        &self.furniture
    }

    /// The words of the headline.
    pub fn title_words(&self) -> &[WordAt] {
        &self.title_words
    }

    /// The words of the body.
    pub fn words(&self) -> &[WordAt] {
        &self.words
    }

    /// The table of distinct words the ids point into: each word's surface and
    /// lowercase forms and its stem.
    pub fn table(&self) -> &WordTable {
        &self.table
    }

    /// The body's sentences, each with its paragraph number.
    pub fn sentences(&self) -> &[Sentence] {
        self.sentences.get_or_init(|| {
            let mut sentences = self.spare_sentences.take();
            split_sentences_into(&self.body, &mut sentences);
            sentences
        })
    }

    /// The body's quotations, in text order.
    pub(crate) fn quotes(&self) -> &[QuoteSpan] {
        self.quotes.get_or_init(|| {
            let mut quotes = self.spare_quotes.take();
            find_quotes_into(&self.body, &mut quotes);
            quotes
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_holds_the_words_sentences_and_quotes_of_the_last_article() {
        let mut doc = Document::new(words::describe_nothing);
        let body = "Tax cuts passed. “It is a win,” she said.\n\nMore later.";
        assert!(!doc.read(Some("Tax vote"), body));
        assert_eq!((doc.title(), doc.body()), ("Tax vote", body));
        let surfaces: Vec<&str> = doc.words().iter().map(|w| &body[w.start..w.end]).collect();
        assert_eq!(surfaces[..4], ["Tax", "cuts", "passed", "It"]);
        assert_eq!(doc.title_words().len(), 2);
        assert_eq!(doc.title_words()[0].word, doc.words()[0].word);
        assert_eq!(doc.table().lower(doc.words()[0].word), "tax");
        let paragraphs: Vec<usize> = doc.sentences().iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 0, 1]);
        let q = doc.quotes();
        assert_eq!(q.len(), 1);
        assert_eq!(&body[q[0].inner_start..q[0].inner_end], "It is a win,");
        // The next article replaces every part, the lazily found ones included.
        doc.read(None, "No quotes. Two sentences.");
        assert_eq!((doc.title(), doc.title_words().len()), ("", 0));
        assert!(doc.quotes().is_empty());
        assert_eq!(doc.sentences().len(), 2);
    }

    #[test]
    fn a_name_card_is_not_read_and_offsets_stay() {
        let mut doc = Document::new(words::describe_nothing);
        let body = "Mayor Ann Vale Ann Marie ValeCouncil says “no” MORE said it passed.";
        doc.read(None, body);
        assert_eq!(doc.body().len(), body.len());
        let surfaces: Vec<&str> = doc.words().iter().map(|w| &body[w.start..w.end]).collect();
        assert_eq!(surfaces, ["Mayor", "Ann", "Vale", "said", "it", "passed"]);
        assert!(
            doc.quotes().is_empty(),
            "the card's quotation is not the article's"
        );
    }

    #[test]
    fn a_caption_is_not_read_and_the_document_says_what_was_blanked() {
        let mut doc = Document::new(words::describe_nothing);
        let body =
            "Rain fell (AP Photo/Jo Park) on “the city,” she said.\nAdvertisement\nIt ended.";
        doc.read(None, body);
        let surfaces: Vec<&str> = doc.words().iter().map(|w| &body[w.start..w.end]).collect();
        assert_eq!(
            surfaces,
            ["Rain", "fell", "on", "the", "city", "she", "said", "It", "ended"]
        );
        let blanked: Vec<(&str, &str)> = (doc.furniture().iter())
            .map(|f| (f.kind.name(), &body[f.start..f.end]))
            .collect();
        assert_eq!(
            blanked,
            [("caption", "(AP Photo/Jo Park)"), ("ad", "Advertisement")]
        );
        assert_eq!(doc.quotes().len(), 1);
    }

    #[test]
    fn the_word_table_is_emptied_between_articles_once_full() {
        let mut doc = Document::new(words::describe_nothing);
        let many: String = (0..=WORD_CACHE_WORDS).map(|i| format!("w{i} ")).collect();
        assert!(!doc.read(None, &many));
        assert!(
            doc.read(None, "w1 w2"),
            "the next read empties the full table"
        );
        assert_eq!(doc.table().len(), 2);
        assert_eq!(doc.table().surface(doc.words()[1].word), "w2");
    }
}
