package dev.byline.terms;

import dev.byline.corpus.DocumentStream;
import dev.byline.text.Document;
import dev.byline.text.NormalForms;
import dev.byline.text.Sentence;
import dev.byline.text.Token;
import dev.byline.text.TokenKind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How often each capitalised form occurs mid-sentence and each lower-case form occurs at all: the
 * evidence {@link CaseMode#KEEP_PROPER_NOUNS} decides with. Built in one pass over the documents.
 */
final class CaseProfile {
    private final Map<String, Integer> capitalisedMidSentence = new HashMap<>();
    private final Map<String, Integer> lowerCase = new HashMap<>();

    static CaseProfile of(Iterable<Document> documents) {
        CaseProfile p = new CaseProfile();
        for (Document d : documents) {
            p.add(d);
        }
        return p;
    }

    /**
     * The profile of the documents of {@code documents} that {@code keep} accepts, read on all processors (the counts
     * are sums, so the threads' profiles add up to the one-thread profile). If the pass met two documents with one id
     * (it kept whichever came first), it reads them again in path order, as {@link DocumentStream#stream()} does.
     */
    static CaseProfile of(DocumentStream documents, Predicate<Document> keep) {
        PerThread<CaseProfile> mine = new PerThread<>(CaseProfile::new);
        documents.stream().parallel().filter(keep).forEach(d -> mine.get().add(d));
        if (documents.skippedDuplicates()) {
            return of(documents.stream().filter(keep)::iterator);
        }
        CaseProfile p = new CaseProfile();
        for (CaseProfile part : mine.all()) {
            p.addAll(part);
        }
        return p;
    }

    /** Adds the counts of {@code other} (a profile of other documents) to this one. */
    void addAll(CaseProfile other) {
        other.capitalisedMidSentence.forEach((w, c) -> capitalisedMidSentence.merge(w, c, Integer::sum));
        other.lowerCase.forEach((w, c) -> lowerCase.merge(w, c, Integer::sum));
    }

    private void add(Document d) {
        List<Token> tokens = d.tokens();
        for (Sentence s : d.sentences()) {
            boolean first = true;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.NUMBER) {
                    continue;
                }
                observe(straight(t.text()), t.norm(), first ? 1 : 0, first ? 0 : 1);
                first = false;
            }
        }
    }

    /**
     * Records a word or number met {@code initial} times as the first word of its sentence and {@code later} times
     * after it: as written ({@code surface}, apostrophes straight), and its normal form.
     */
    void observe(String surface, String norm, int initial, int later) {
        if (surface.equals(norm)) {
            lowerCase.merge(norm, initial + later, Integer::sum);
        } else if (later > 0) {
            capitalisedMidSentence.merge(surface, later, Integer::sum);
        }
    }

    /**
     * The term for a word: lower-case unless it is a proper noun by the rule of {@link CaseMode#KEEP_PROPER_NOUNS}.
     *
     * @param surface         the word as written, apostrophes made straight
     * @param lower           its lower-case form
     * @param sentenceInitial true if it is the first word of its sentence
     */
    String decide(String surface, String lower, boolean sentenceInitial) {
        if (surface.equals(lower)) {
            return lower;
        }
        if (!sentenceInitial) {
            return surface;
        }
        int mid = capitalisedMidSentence.getOrDefault(surface, 0);
        return mid > 0 && mid >= lowerCase.getOrDefault(lower, 0) ? surface : lower;
    }

    /** The text with curly apostrophes and typographic hyphens made plain, case kept. */
    static String straight(String text) {
        return NormalForms.straight(text);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
