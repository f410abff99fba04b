package dev.byline.quotes;

import dev.byline.text.Document;
import dev.byline.text.QuoteMarks;
import dev.byline.text.Sentence;
import dev.byline.text.Token;
import dev.byline.text.TokenKind;
import dev.byline.text.TokenTable;
import java.util.List;

/**
 * The document's tokens with the indexes the quote rules need: which sentence and paragraph each
 * token is in, and where each paragraph's tokens begin and end. Built once per document.
 */
final class TextView {
    final Document doc;
    final String raw;
    /** the document's tokens as columns: the rules read them by index, and a record is made only when asked for */
    private final TokenTable table;
    private Token[] records;
    final List<Sentence> sentences;
    /** sentence index of each token */
    final int[] sentenceOf;
    /** first token of each paragraph, and one past its last */
    final int[] paragraphFirst;
    final int[] paragraphEnd;

    /**
     * first token, one past the last, and paragraph of each sentence, by sentence index: sentences.get(s) without the
     * lookups (one int per token, {@link #sentenceOf}, is all the view writes per token for them)
     */
    private final int[] sentenceFirst;
    private final int[] sentenceEnd;
    private final int[] sentenceParagraph;
    /** per token: its {@link WordClasses}, looked up once */
    private final int[] classes;

    /** One past the last character of the text model's dateline, or -1 when the document has none. */
    final int datelineEnd;

    TextView(Document doc) {
        this.doc = doc;
        // the text model reads wire datelines ("WASHINGTON, Dec. 8 (UPI) —"); their words are never a subject
        this.datelineEnd = doc.layout().dateline().map(d -> d.span().end()).orElse(-1);
        this.raw = doc.raw();
        this.table = doc.tokenTable();
        this.sentences = doc.sentences();
        int n = table.size();
        this.sentenceOf = new int[n];
        this.sentenceFirst = new int[sentences.size()];
        this.sentenceEnd = new int[sentences.size()];
        this.sentenceParagraph = new int[sentences.size()];
        this.classes = new int[n];
        int[] classOfWord = new int[table.wordCount()];
        for (int w = 0; w < classOfWord.length; w++) {
            // once per distinct word, not per token, with the hash the table made as it read the word
            classOfWord[w] = WordClasses.of(table.word(w), table.wordHash(w), table.wordHasFullStop(w));
        }
        for (int i = 0; i < n; i++) {
            classes[i] = classOfWord[table.wordId(i)];
        }
        int paragraphs = doc.paragraphs().size();
        this.paragraphFirst = new int[paragraphs];
        this.paragraphEnd = new int[paragraphs];
        java.util.Arrays.fill(paragraphFirst, -1);
        for (Sentence s : sentences) {
            java.util.Arrays.fill(sentenceOf, s.firstToken(), s.endToken(), s.index());
            sentenceFirst[s.index()] = s.firstToken();
            sentenceEnd[s.index()] = s.endToken();
            sentenceParagraph[s.index()] = s.paragraph();
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

    /**
     * by token: true for a lone apostrophe that makes a plural or s-ending name possessive ("Sanders’ campaign",
     * "Cross' speech"); null until {@link #readPossessives} and when the document has none. The tokenizer leaves such
     * an apostrophe a quotation mark (it cannot tell it from a single mark closing a quotation), so once the marks are
     * paired the rules read it as the clitic 's it stands for.
     */
    private boolean[] possessives;

    /**
     * Reads as the clitic 's every apostrophe glued to a word ending in s or z and followed by a space and a word that
     * opens or closes none of the quotations {@code spans} (the marks as paired, so a single quotation closing on
     * "…the Joneses' " keeps its mark), and not between two capitalised words (a name's own possessive, "Veterans’
     * Affairs", which the name readers read as part of the name). Called once, after the marks are paired.
     */
    void readPossessives(List<MarkedSpan> spans) {
        boolean[] marks = new boolean[classes.length];
        for (MarkedSpan s : spans) {
            marks[s.open()] = true;
            if (s.close() >= 0) {
                marks[s.close()] = true;
            }
        }
        boolean[] out = null;
        for (int k = 1; k + 1 < classes.length; k++) {
            if (table.kind(k) != TokenKind.QUOTE || table.end(k) - table.start(k) != 1 || marks[k]) {
                continue;
            }
            char c = raw.charAt(table.start(k));
            int after = table.end(k);
            String word = table.norm(k - 1);
            boolean possessive = (c == '\'' || c == '\u2019') && table.kind(k - 1) == TokenKind.WORD
                    && table.end(k - 1) == table.start(k) && (word.endsWith("s") || word.endsWith("z"))
                    && after + 1 < raw.length() && raw.charAt(after) == ' '
                    && table.kind(k + 1) == TokenKind.WORD && table.start(k + 1) == after + 1
                    && !(isCapitalised(k - 1) && isCapitalised(k + 1));
            if (possessive) {
                if (out == null) {
                    out = new boolean[classes.length];
                }
                out[k] = true;
            }
        }
        possessives = out;
    }

    /** by word id ({@link TokenTable#wordId}): true if some token of the word is written in lower case */
    private boolean[] lowerWords;

    /**
     * True if the article also writes this word in lower case somewhere: a capitalised sentence
     * opener it also writes in lower case ("Facing", "Between") is not a name. Built once, on first use.
     */
    boolean seenInLowerCase(String norm) {
        int id = table.wordIdOf(norm);
        return id >= 0 && lowerWords()[id];
    }

    /** {@link #seenInLowerCase(String)} of token {@code i}'s normal form, by its word id: no look-up by string. */
    boolean seenInLowerCaseAt(int i) {
        return lowerWords()[table.wordId(i)];
    }

    private boolean[] lowerWords() {
        if (lowerWords == null) {
            lowerWords = new boolean[table.wordCount()];
            for (int k = 0; k < size(); k++) {
                if (isLowerWord(k)) {
                    lowerWords[table.wordId(k)] = true;
                }
            }
        }
        return lowerWords;
    }

    /** by word id: true if some token of the word is capitalised other than alone at a sentence's start */
    private boolean[] capitalisedInside;

    /**
     * True if the article writes this word capitalised somewhere other than alone at a sentence's
     * start: inside a sentence, or opening it as part of a longer name ("Rina Moss met …"). A word
     * capitalised only because it opens sentences ("Hours later, …", "Hastily …") is no name.
     */
    boolean capitalisedInside(String norm) {
        if (capitalisedInside == null) {
            capitalisedInside = new boolean[table.wordCount()];
            for (int k = 0; k < size(); k++) {
                if (isCapitalised(k) && (k != sentenceStart(k) || isCapitalised(k + 1))) {
                    capitalisedInside[table.wordId(k)] = true;
                }
            }
        }
        int id = table.wordIdOf(norm);
        return id >= 0 && capitalisedInside[id];
    }

    /** The id of token {@code i}'s word in the document's word table: equal ids, equal normal forms. */
    int wordId(int i) {
        return table.wordId(i);
    }

    /** How many distinct words the document has (word ids run from 0 to this, exclusive). */
    int wordCount() {
        return table.wordCount();
    }

    int size() {
        return classes.length;
    }

    /** Token {@code i} as a record, made on first use and kept. */
    Token token(int i) {
        if (records == null) {
            records = new Token[classes.length];
        }
        Token t = records[i];
        if (t == null) {
            t = table.token(i);
            records[i] = t;
        }
        return t;
    }

    /** Offset of token {@code i}'s first character in the raw text. */
    int start(int i) {
        return table.start(i);
    }

    /** One past token {@code i}'s last character. */
    int end(int i) {
        return table.end(i);
    }

    String text(int i) {
        return table.text(i);
    }

    /** The canonical character of mark token {@code i} ({@link QuoteMarks#canonical(String)}), no substring made. */
    char mark(int i) {
        return QuoteMarks.canonical(raw, table.start(i), table.end(i));
    }

    /** True if mark token {@code i} opens a quotation ({@link QuoteMarks#isOpening}). */
    boolean opensQuotation(int i) {
        return QuoteMarks.isOpening(raw, table.start(i), table.end(i));
    }

    /** True if mark token {@code i} closes a quotation ({@link QuoteMarks#isClosing}). */
    boolean closesQuotation(int i) {
        return QuoteMarks.isClosing(raw, table.start(i), table.end(i));
    }

    String norm(int i) {
        return table.norm(i);
    }

    /** Token {@code i}'s kind; a possessive apostrophe ("Sanders’ campaign") reads as a {@link TokenKind#CLITIC}. */
    TokenKind kind(int i) {
        return possessives != null && possessives[i] ? TokenKind.CLITIC : table.kind(i);
    }

    Sentence sentence(int tokenIndex) {
        return sentences.get(sentenceOf[tokenIndex]);
    }

    int paragraphOf(int tokenIndex) {
        return sentenceParagraph[sentenceOf[tokenIndex]];
    }

    /** First token of the token's sentence. */
    int sentenceStart(int tokenIndex) {
        return sentenceFirst[sentenceOf[tokenIndex]];
    }

    /** One past the last token of the token's sentence. */
    int sentenceEnd(int tokenIndex) {
        return sentenceEnd[sentenceOf[tokenIndex]];
    }

    /** True if token {@code i}'s norm is in the word class {@code wordClass} (a {@link WordClasses} bit). */
    boolean has(int i, int wordClass) {
        return (classes[i] & wordClass) != 0;
    }

    boolean isWord(int i) {
        return table.kind(i) == TokenKind.WORD;
    }

    /** A word that starts with a capital letter (or a digit-free acronym such as US). */
    boolean isCapitalised(int i) {
        return i >= 0 && i < classes.length && table.initialCase(i) > 0;
    }

    boolean isLowerWord(int i) {
        return i >= 0 && i < classes.length && table.initialCase(i) < 0;
    }

    /** A one-character punctuation token that is one of {@code chars}. */
    boolean isPunct(int i, String chars) {
        if (i < 0 || i >= classes.length || table.kind(i) != TokenKind.PUNCT) {
            return false;
        }
        return table.norm(i).length() == 1 && chars.indexOf(raw.charAt(table.start(i))) >= 0;
    }

    /**
     * A full stop glued between two words, as in a web address written as a name ("fivethirtyeight.com",
     * "riverwatch.org"): part of the word, never the end of a sentence or a phrase.
     */
    boolean isInnerDot(int i) {
        return isPunct(i, ".") && i > 0 && i + 1 < size() && isWord(i - 1) && isLowerWord(i + 1)
                && end(i - 1) == start(i) && end(i) == start(i + 1);
    }
}
