package dev.byline.quotes;

import dev.byline.text.Document;
import dev.byline.text.Sentence;
import dev.byline.text.Token;
import dev.byline.text.TokenKind;
import java.util.List;

/**
 * The document's tokens with the indexes the quote rules need: which sentence and paragraph each
 * token is in, and where each paragraph's tokens begin and end. Built once per document.
 */
final class TextView {
    final Document doc;
    final String raw;
    final List<Token> tokens;
    final List<Sentence> sentences;
    /** sentence index of each token */
    final int[] sentenceOf;
    /** first token of each paragraph, and one past its last */
    final int[] paragraphFirst;
    final int[] paragraphEnd;

    TextView(Document doc) {
        this.doc = doc;
        this.raw = doc.raw();
        this.tokens = doc.tokens();
        this.sentences = doc.sentences();
        this.sentenceOf = new int[tokens.size()];
        int paragraphs = doc.paragraphs().size();
        this.paragraphFirst = new int[paragraphs];
        this.paragraphEnd = new int[paragraphs];
        java.util.Arrays.fill(paragraphFirst, -1);
        for (Sentence s : sentences) {
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                sentenceOf[k] = s.index();
            }
            if (paragraphFirst[s.paragraph()] < 0) {
                paragraphFirst[s.paragraph()] = s.firstToken();
            }
            paragraphEnd[s.paragraph()] = s.endToken();
        }
        for (int p = 0; p < paragraphs; p++) {
            if (paragraphFirst[p] < 0) {
                paragraphFirst[p] = p == 0 ? 0 : paragraphEnd[p - 1];
                paragraphEnd[p] = paragraphFirst[p];
            }
        }
    }

    private java.util.Set<String> lowerWords;

    /**
     * True if the article also writes this word in lower case somewhere: a capitalised sentence
     * opener it also writes in lower case ("Facing", "Between") is not a name. Built once, on first use.
     */
    boolean seenInLowerCase(String norm) {
        if (lowerWords == null) {
            lowerWords = new java.util.HashSet<>();
            for (int k = 0; k < size(); k++) {
                if (isLowerWord(k)) {
                    lowerWords.add(norm(k));
                }
            }
        }
        return lowerWords.contains(norm);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String text(int i) {
        return tokens.get(i).text();
    }

    String norm(int i) {
        return tokens.get(i).norm();
    }

    TokenKind kind(int i) {
        return tokens.get(i).kind();
    }

    Sentence sentence(int tokenIndex) {
        return sentences.get(sentenceOf[tokenIndex]);
    }

    int paragraphOf(int tokenIndex) {
        return sentence(tokenIndex).paragraph();
    }

    /** First token of the token's sentence. */
    int sentenceStart(int tokenIndex) {
        return sentence(tokenIndex).firstToken();
    }

    /** One past the last token of the token's sentence. */
    int sentenceEnd(int tokenIndex) {
        return sentence(tokenIndex).endToken();
    }

    boolean isWord(int i) {
        return kind(i) == TokenKind.WORD;
    }

    /** A word that starts with a capital letter (or a digit-free acronym such as US). */
    boolean isCapitalised(int i) {
        if (i < 0 || i >= size() || kind(i) != TokenKind.WORD) {
            return false;
        }
        return Character.isUpperCase(raw.codePointAt(token(i).start()));   // no substring: this runs per token
    }

    boolean isLowerWord(int i) {
        if (i < 0 || i >= size() || kind(i) != TokenKind.WORD) {
            return false;
        }
        return Character.isLowerCase(raw.codePointAt(token(i).start()));
    }

    /** A one-character punctuation token that is one of {@code chars}. */
    boolean isPunct(int i, String chars) {
        if (i < 0 || i >= size() || kind(i) != TokenKind.PUNCT) {
            return false;
        }
        Token t = token(i);
        return t.end() - t.start() == 1 && chars.indexOf(raw.charAt(t.start())) >= 0;
    }
}
