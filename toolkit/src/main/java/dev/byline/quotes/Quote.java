package dev.byline.quotes;

import dev.byline.text.Document;
import dev.byline.text.Span;
import dev.byline.text.TextSpan;
import java.util.Optional;

/**
 * One quotation in a document: where it is, what kind it is and who said it.
 *
 * <p>{@code [start, end)} is the quoted text itself, without its quotation marks (the marks are in
 * {@link #marks()}); for {@link QuoteKind#INDIRECT} it is the reported clause. A quotation that
 * runs over several paragraphs (each reopened with “) is one quote whose text includes the breaks.
 *
 * <pre>{@code
 * for (Quote q : Quotes.find(doc)) {
 *     System.out.println(q.kind().label() + " " + q.speaker() + ": " + q.text());
 * }
 * }</pre>
 *
 * @param document      the document pointed into
 * @param start         first character of the quoted text
 * @param end           one past its last character
 * @param kind          full, partial, term or indirect
 * @param speaker       the speaker, resolved to the fullest name the article gives, or a description
 *                      ("a White House official"); null when nobody is named or described
 * @param speakerMention where the speaker is mentioned for this quote (a name, a pronoun, a description), or null
 * @param verb          the cue verb as written ("said", "told", "according to"), or null
 * @param marks         the opening and closing marks as written ({@code “”}, {@code «»}, {@code "”}); one mark if
 *                      the quote was never closed; empty for indirect speech
 * @param paragraph     index of the paragraph where the quote starts
 */
public record Quote(Document document, int start, int end, QuoteKind kind, String speaker, Span speakerMention,
                    String verb, String marks, int paragraph) implements TextSpan {
    /** @throws IllegalArgumentException if the offsets are outside the text or the kind is missing */
    public Quote {
        TextSpan.checkBounds(document, start, end);
        if (kind == null) {
            throw new IllegalArgumentException("a quote needs a kind");
        }
        if (speakerMention != null && speakerMention.document() != document) {
            throw new IllegalArgumentException("the speaker mention must be in the same document");
        }
        marks = marks == null ? "" : marks;
    }

    /** The speaker, if anyone is named or described. */
    public Optional<String> speakerName() {
        return Optional.ofNullable(speaker);
    }

    /** Where the speaker is mentioned for this quote, if anywhere. */
    public Optional<Span> speakerSpan() {
        return Optional.ofNullable(speakerMention);
    }

    /** Number of words (and numbers) in the quoted text. */
    public int words() {
        // the words of tokensIn(start, end, CONTRACT), counted on the token table: no token records made
        return document.tokenTable().wordsIn(start, end);
    }

    @Override
    public String toString() {
        return "Quote[" + document.id() + " " + start + ".." + end + " " + kind.label()
                + (speaker == null ? "" : " by " + speaker) + " \"" + text() + "\"]";
    }
}
