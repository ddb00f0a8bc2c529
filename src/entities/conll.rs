//! Reads CoNLL-2003 files (`TOKEN POS CHUNK NER` lines, IOB tags, `-DOCSTART-` documents) for
//! training and evaluation. Only compiled for the command-line tools.

use super::tags::type_index;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sentence {
    pub words: Vec<String>,
    /// Names as `(start, end, type index)` token spans, end exclusive.
    pub spans: Vec<(usize, usize, usize)>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub sentences: Vec<Sentence>,
    /// Type indices (bit k = type k) this source never marks: training does not count a guess
    /// of such a type where the gold says O as an error (GUM marks no MISC, WNUT no NORP).
    pub unmarked: u8,
}

/// Parses a whole file. IOB1 and IOB2 are both accepted: a name starts at `B-`, or at `I-`
/// after `O` or another type.
pub fn parse(text: &str) -> Vec<Document> {
    let mut docs: Vec<Document> = Vec::new();
    let mut doc = Document::default();
    let mut sentence = Sentence::default();
    let mut open: Option<(usize, usize)> = None;
    let close = |sentence: &mut Sentence, open: &mut Option<(usize, usize)>| {
        if let Some((s, k)) = open.take() {
            sentence.spans.push((s, sentence.words.len(), k));
        }
    };
    for line in text.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() || cols[0] == "-DOCSTART-" {
            close(&mut sentence, &mut open);
            if !sentence.words.is_empty() {
                doc.sentences.push(std::mem::take(&mut sentence));
            }
            if cols.first() == Some(&"-DOCSTART-") && !doc.sentences.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        let word = cols[0];
        let tag = cols.last().copied().unwrap_or("O");
        let (prefix, kind) = match tag.split_once('-') {
            Some((p, k)) => (p, type_index(k)),
            None => ("O", None),
        };
        let i = sentence.words.len();
        match kind {
            None => close(&mut sentence, &mut open),
            Some(k) => {
                let continues = prefix == "I" && open.is_some_and(|(_, ok)| ok == k);
                if !continues {
                    close(&mut sentence, &mut open);
                    open = Some((i, k));
                }
            }
        }
        sentence.words.push(word.to_string());
    }
    close(&mut sentence, &mut open);
    if !sentence.words.is_empty() {
        doc.sentences.push(sentence);
    }
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_documents_and_spans() {
        let text = "-DOCSTART- -X- -X- O\n\nAda NNP B-NP B-PER\nMarlow NNP I-NP I-PER\nvisits VBZ B-VP O\nLisbon NNP B-NP B-LOC\n\nOK UH O O\n-DOCSTART- -X- -X- O\n\nRome NNP B-NP I-LOC\nBerlin NNP B-NP B-LOC\n";
        let docs = parse(text);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences.len(), 2);
        assert_eq!(docs[0].sentences[0].spans, vec![(0, 2, 0), (3, 4, 2)]);
        assert_eq!(docs[1].sentences[0].spans, vec![(0, 1, 2), (1, 2, 2)]);
    }
}
