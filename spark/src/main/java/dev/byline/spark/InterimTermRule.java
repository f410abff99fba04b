package dev.byline.spark;

import dev.byline.corpus.Document;
import dev.byline.text.Sentence;
import dev.byline.text.Token;
import dev.byline.text.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import smile.nlp.dictionary.EnglishStopWords;

/**
 * INTERIM term rule, used until the toolkit's {@code dev.byline.terms} lands: word tokens of the
 * toolkit's tokenizer (numbers, punctuation and the possessive {@code ’s} dropped), their normal
 * form (lower case, straight apostrophes), Smile's default English stop words dropped, n-grams of
 * {@code n} kept words within one sentence.
 *
 * @param n         n-gram size (1 for single words)
 * @param stopWords drop Smile's default English stop words
 */
public record InterimTermRule(int n, boolean stopWords) implements TermRule {
    public InterimTermRule {
        if (n < 1) {
            throw new IllegalArgumentException("n-gram size must be at least 1, not " + n);
        }
    }

    @Override
    public Map<String, Long> count(Document document) {
        Map<String, Long> counts = new HashMap<>();
        List<Token> tokens = document.tokens();
        for (Sentence s : document.sentences()) {
            List<String> kept = new ArrayList<>();
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                Token t = tokens.get(k);
                if (t.kind() == TokenKind.WORD && !(stopWords && EnglishStopWords.DEFAULT.contains(t.norm()))) {
                    kept.add(t.norm());
                }
            }
            for (int i = 0; i + n <= kept.size(); i++) {
                counts.merge(n == 1 ? kept.get(i) : String.join(" ", kept.subList(i, i + n)), 1L, Long::sum);
            }
        }
        return counts;
    }
}
