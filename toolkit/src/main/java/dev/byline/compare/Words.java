package dev.byline.compare;

import dev.byline.text.Document;
import dev.byline.text.Sentence;
import dev.byline.text.Token;
import dev.byline.text.LayoutDetector;
import dev.byline.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
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
        // One fold and stem per distinct form: a long text repeats its words, so they are made (and held) once.
        Map<String, Form> forms = new HashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.kind().isWordLike()) {
                continue;
            }
            Form f = forms.computeIfAbsent(t.norm(), norm -> Form.of(norm, stemmer));
            if (f.fold().isEmpty()) {
                continue;
            }
            int sentence = sentenceOf[k];
            out.add(new Word(t, out.size(), f.fold(), f.stem(), f.content(), sentence, sentences.get(sentence).paragraph()));
        }
        return Collections.unmodifiableList(out);
    }

    private record Form(String fold, String stem, boolean content) {
        static Form of(String norm, PorterStemmer stemmer) {
            String fold = Words.fold(norm);
            String contentStem = fold.isEmpty() ? null : contentStem(fold, stemmer);
            return new Form(fold, contentStem != null ? contentStem : fold, contentStem != null);
        }
    }

    /**
     * The stem of a folded word if it is a content word (no stop word, no single letter), else null: the
     * {@link Word#stem()} of a {@link Word#content()} word.
     */
    static String contentStem(String fold, PorterStemmer stemmer) {
        if (isStopWord(fold) || fold.length() == 1 && Character.isLetter(fold.charAt(0))) {
            return null;
        }
        return fold.chars().allMatch(Character::isLetter) ? stemmer.stem(fold) : fold;
    }

    /**
     * The distinct content stems of {@code doc}'s body, as {@link #of} would find them, tokenizing paragraph by
     * paragraph without splitting sentences or keeping a token list: for signatures of corpora too large to hold.
     */
    static Set<String> contentStems(Document doc, PorterStemmer stemmer) {
        Set<String> stems = new HashSet<>();
        for (int[] range : LayoutDetector.detect(doc).paragraphs()) {
            for (Token t : Tokenizer.tokenize(doc, range[0], range[1])) {
                if (t.kind().isWordLike()) {
                    String fold = fold(t.norm());
                    String stem = fold.isEmpty() ? null : contentStem(fold, stemmer);
                    if (stem != null) {
                        stems.add(stem);
                    }
                }
            }
        }
        return stems;
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
