package dev.byline.compare;

import dev.byline.text.Document;
import dev.byline.text.Sentence;
import dev.byline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import smile.nlp.dictionary.EnglishStopWords;
import smile.nlp.stemmer.PorterStemmer;

/** Turns a document's body tokens into the {@link Word} list every comparison works on. */
final class Words {
    private Words() {
    }

    /** The body words (word and number tokens) of {@code doc}, in order. */
    static List<Word> of(Document doc) {
        PorterStemmer stemmer = new PorterStemmer();
        List<Token> tokens = doc.tokens();
        List<Sentence> sentences = doc.sentences();
        int[] sentenceOf = new int[tokens.size()];
        for (Sentence s : sentences) {
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                sentenceOf[k] = s.index();
            }
        }
        List<Word> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.kind().isWordLike()) {
                continue;
            }
            String fold = fold(t.norm());
            if (fold.isEmpty()) {
                continue;
            }
            boolean content = !isStopWord(fold) && !(fold.length() == 1 && Character.isLetter(fold.charAt(0)));
            String stem = content && fold.chars().allMatch(Character::isLetter) ? stemmer.stem(fold) : fold;
            int sentence = sentenceOf[k];
            out.add(new Word(t, out.size(), fold, stem, content, sentence, sentences.get(sentence).paragraph()));
        }
        return List.copyOf(out);
    }

    /** The comparison form of a token's normal form. */
    static String fold(String norm) {
        String s = norm.toLowerCase(Locale.ROOT).replace("’", "'").replace(".", "");
        return s.endsWith("'s") && s.length() > 2 ? s.substring(0, s.length() - 2) : s;
    }

    static boolean isStopWord(String fold) {
        return EnglishStopWords.DEFAULT.contains(fold);
    }
}
