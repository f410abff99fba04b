package dev.byline.bench.generate;

/**
 * A run of article text as the generator builds it: plain words, the words inside a quotation, or
 * the mention of a speaker. Rendering turns pieces into raw text and remembers where each quotation
 * and mention landed, which is how truth.jsonl gets exact offsets.
 */
public sealed interface Piece {
    /** The characters this piece contributes to the raw text. */
    String text();

    /** Plain text (it carries its own spaces and punctuation). */
    record Plain(String text) implements Piece {
    }

    /**
     * Quoted words of quotation {@code quote}; {@code close} is empty when the quotation runs on into the
     * next paragraph (wire style: the next paragraph opens again and only the last one closes).
     */
    record Quoted(int quote, String open, String words, String close) implements Piece {
        @Override
        public String text() {
            return open + words + close;
        }

        Quoted withWords(String newWords) {
            return new Quoted(quote, open, newWords, close);
        }
    }

    /** The words that name the speaker of {@code group} (a name, a surname or a pronoun). */
    record Mention(int group, String text) implements Piece {
    }
}
