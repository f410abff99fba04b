package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * A verb outside the cue lexicon's inversions with its subject after it, right after a quotation that opens the
 * sentence: "“Sunk!” blared the front page of the Gazette.", "“No sale!” demanded another.", "“If a protester
 * starts shouting, …” begins a message read before every rally.", "“…,” concluded a study in the journal". The
 * quotation opens the sentence and the verb follows its closing mark, so nothing before the verb can be its subject:
 * the phrase after it is. Only with a quotation that closes on a comma or a full stop, question or exclamation mark, a verb in the
 * past ("-ed") or present ("-s") that is none of the verbs of being, seeming or meaning, and a description (or
 * "another", "one") that ends its phrase.
 */
final class InvertedVerbs {
    /** Verbs in "-s"/"-ed" after a quotation that say what the words are, not who said them. */
    private static final Set<String> NOT_SPEECH = Set.of("is", "was", "has", "does", "seems", "seemed", "appears",
            "appeared", "remains", "remained", "means", "meant", "marks", "marked", "sounds", "sounded", "looks",
            "looked", "becomes", "comes", "goes", "follows", "followed", "includes", "included", "refers", "referred",
            "sums", "summed", "captures", "captured", "reflects", "reflected", "echoes", "echoed", "proved", "proves",
            "suggests", "suggested", "raises", "raised", "prompted", "prompts", "sparked", "sparks", "angered",
            "drew", "earned", "earns", "gets", "got", "needs", "needed", "went", "became", "came", "as", "this",
            "us", "yes", "plus", "thus", "unless", "less", "perhaps", "whereas", "besides", "towards", "afterwards");
    /** Words that stand alone as the subject: "“No sale!” demanded another.", "read one." */
    private static final Set<String> ALONE = Set.of("another", "one", "others", "some", "many");
    /** Irregular past tenses that may stand in that place: "“America first!” read one.", "began a chant". */
    private static final Set<String> IRREGULAR = Set.of("read", "began", "sang", "rang", "spoke", "wrote");
    private static final int PHRASE = 14;

    private InvertedVerbs() {
    }

    /** The attribution to the phrase after the verb that follows quotation {@code s}; null unless the shape holds. */
    static Attribution after(TextView v, boolean[] quoted, MarkedSpan s) {
        if (s.close() < 0 || s.open() != v.sentenceStart(s.open()) || !v.isPunct(s.close() - 1, ",!?.")) {
            return null;
        }
        int verb = s.close() + 1;
        if (verb + 1 >= v.size() || quoted[verb] || v.paragraphOf(verb) != s.paragraph() || !isVerb(v, verb)) {
            return null;
        }
        int first = verb + 1;
        int stop = Math.min(v.size(), first + PHRASE);
        Mention m = null;
        String n = v.norm(first);
        if (v.isLowerWord(first) && ALONE.contains(n) && (first + 1 >= v.size() || v.isPunct(first + 1, ".,;"))) {
            m = new Mention(first, first + 1, Mention.Type.DESCRIPTION);
        } else if (v.isLowerWord(first) && NounPhrases.DETERMINERS.contains(n) && !n.equals("that")
                && !n.equals("this") && !n.equals("these") && !n.equals("those")) {
            m = NounPhrases.descriptionForward(v, first, stop);
            m = m == null ? null : DocumentPhrases.throughTitle(v, m, stop);   // "… the journal Trust and Civic Life"
        }
        if (m == null || SubjectPhrases.TIME_NOUNS.contains(v.norm(m.end() - 1))
                || !SpeakerAfterCue.endsPhrase(v, m.end(), stop) && !v.norm(m.end()).equals("that") && !participle(v, m.end())) {
            return null;
        }
        return new Attribution(m, verb, v.text(verb));
    }

    /** "a notice pinned at the gate", "a voice shouting from the crowd": a participle after the head. */
    private static boolean participle(TextView v, int k) {
        String n = v.norm(k);
        return v.isLowerWord(k) && n.length() > 4 && (n.endsWith("ed") || n.endsWith("ing"));
    }

    /** A lower-case word in "-ed" or "-s" that reads as a verb: "blared", "begins", "demanded", "warns". */
    private static boolean isVerb(TextView v, int k) {
        String n = v.norm(k);
        if (v.isLowerWord(k) && IRREGULAR.contains(n)) {
            return true;
        }
        return v.isLowerWord(k) && v.kind(k) == TokenKind.WORD && n.length() > 3 && !NOT_SPEECH.contains(n)
                && (n.endsWith("ed") && !n.endsWith("eed") || n.endsWith("s") && !n.endsWith("ss") && !n.endsWith("us"))
                && !NounPhrases.DETERMINERS.contains(n);
    }
}
