package dev.byline.classroom;

import dev.byline.compare.QuoteDrift;
import dev.byline.compare.Similarity;
import dev.byline.compare.SpinDetector;
import dev.byline.corpus.Corpus;
import dev.byline.quotes.Quotes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * Computes each {@link Finding} on one corpus with the toolkit calls the finding names, running each
 * tool once however many questions use it. Nothing here knows any corpus: the answers are whatever
 * the tools say today, so the key follows the tools as they improve.
 *
 * <pre>{@code
 * Findings f = Findings.of(Corpus.load("corpus"));
 * f.answer(Finding.MOST_QUOTED, 1).answer().shown();   // the name, and its surname
 * }</pre>
 */
public final class Findings {
    /** Relations that do not make two documents one story. */
    private static final Set<String> NOT_A_STORY = Set.of("related", "unrelated", "");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those");

    /** A pair compare ties as one story, with the source it names (may be empty). */
    record StoryPair(String a, String b, String relation, String source, double cosine, String evidence) {
        /** The pair's other document when the source is one of the two, else "". */
        String other() {
            return source.equals(a) ? b : source.equals(b) ? a : "";
        }
    }

    /** The outcome of one finding: an answer, or why the tools give none on this corpus. */
    public record Outcome(Answer answer, String reason) {
        /** Whether the tools answered. */
        public boolean answered() {
            return answer != null;
        }
    }

    private final Corpus corpus;
    private Table compare;
    private List<StoryPair> pairs;
    private Table spin;

    private Findings(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Findings over {@code corpus}; tools run on first use. */
    public static Findings of(Corpus corpus) {
        return new Findings(corpus);
    }

    /** The corpus the findings are about. */
    public Corpus corpus() {
        return corpus;
    }

    /** The answer the tools give to {@code finding} ({@code need}: items needed for a many-item finding). */
    public Outcome answer(Finding finding, int need) {
        return switch (finding) {
            case RELATED_PAIR -> relatedPair();
            case PAIR_SOURCE -> pairSource();
            case MOST_QUOTED -> mostQuoted();
            case DROPPED_VOICE -> droppedVoice();
            case MADE_A_QUOTE -> madeAQuote();
            case SPUN_ARTICLE -> spunArticle();
            case SPUN_PHRASES -> spunPhrases(need);
        };
    }

    /**
     * The tool outputs a student reads to answer {@code finding}, as tables named by the call that made
     * them, in an order that does not put the answer first (speakers by name, pairs by id).
     */
    public List<Table> views(Finding finding) {
        return switch (finding) {
            case RELATED_PAIR, PAIR_SOURCE -> List.of(compare().copy().setName("Similarity.table(corpus)"));
            case MOST_QUOTED -> List.of(Quotes.speakersAcross(corpus).sortAscendingOn("speaker")
                    .setName("Quotes.speakersAcross(corpus)"));
            case DROPPED_VOICE -> List.of(Quotes.speakers(corpus).sortAscendingOn("doc", "speaker")
                    .setName("Quotes.speakers(corpus)"));
            case MADE_A_QUOTE -> {
                List<Table> out = new ArrayList<>();
                for (StoryPair p : pairs()) {
                    if (!p.other().isEmpty()) {
                        out.add(QuoteDrift.table(corpus.get(p.source()), corpus.get(p.other()))
                                .setName("QuoteDrift.table(" + p.source() + ", " + p.other() + ")"));
                    }
                }
                yield out;
            }
            // the detector's guesses stay out of the page: the students say what each phrase probably was
            case SPUN_ARTICLE, SPUN_PHRASES -> List.of(spin().selectColumns("doc", "doc_score", "doc_flagged", "start", "end", "phrase")
                    .setName("SpinDetector.defaults().table(corpus), without likely_original"));
        };
    }

    Table compare() {
        if (compare == null) {
            compare = Similarity.table(corpus);
        }
        return compare;
    }

    List<StoryPair> pairs() {
        if (pairs == null) {
            Table t = compare();
            List<StoryPair> out = new ArrayList<>();
            for (int r = 0; r < t.rowCount(); r++) {
                String relation = text(t, "relation", r);
                if (!NOT_A_STORY.contains(relation)) {
                    out.add(new StoryPair(text(t, "doc_a", r), text(t, "doc_b", r), relation, text(t, "source", r),
                            t.numberColumn("cosine").getDouble(r), text(t, "evidence", r)));
                }
            }
            out.sort((x, y) -> Double.compare(y.cosine(), x.cosine()));
            pairs = List.copyOf(out);
        }
        return pairs;
    }

    private Table spin() {
        if (spin == null) {
            spin = SpinDetector.defaults().table(corpus);
        }
        return spin;
    }

    private Outcome relatedPair() {
        if (pairs().isEmpty()) {
            return none("compare relates no two documents more closely than 'related'");
        }
        List<List<String>> forms = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (StoryPair p : pairs()) {
            forms.add(List.of(p.a(), p.b()));
            shown.add(p.a() + " + " + p.b() + ": " + p.relation() + ", cosine " + String.format(Locale.ROOT, "%.2f", p.cosine()));
        }
        return new Outcome(Answer.one(forms, String.join("; ", shown)), "");
    }

    private Outcome pairSource() {
        List<List<String>> forms = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (StoryPair p : pairs()) {
            if (!p.source().isEmpty()) {
                forms.add(List.of(p.source()));
                shown.add(p.source() + " (" + p.a() + " + " + p.b() + "): " + p.evidence());
            }
        }
        return forms.isEmpty() ? none("compare names no source for any pair it ties as one story")
                : new Outcome(Answer.one(forms, String.join("; ", shown)), "");
    }

    private Outcome mostQuoted() {
        Table s = Quotes.speakersAcross(corpus);
        int most = 0;
        for (int r = 0; r < s.rowCount(); r++) {
            most = Math.max(most, s.intColumn("quotes").getInt(r));
        }
        List<List<String>> forms = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int r = 0; r < s.rowCount(); r++) {
            if (most > 0 && s.intColumn("quotes").getInt(r) == most) {
                String name = text(s, "speaker", r);
                namesOf(name).forEach(n -> forms.add(List.of(n)));
                shown.add(name + " (" + most + " quotes)");
            }
        }
        return forms.isEmpty() ? none("no quotation has a speaker") : new Outcome(Answer.one(forms, String.join("; ", shown)), "");
    }

    private Outcome droppedVoice() {
        List<List<String>> forms = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (StoryPair p : pairs()) {
            if (p.other().isEmpty()) {
                continue;
            }
            Set<String> inOther = new LinkedHashSet<>();
            speakerNames(p.other()).forEach(n -> inOther.addAll(namesOf(n)));
            for (String name : speakerNames(p.source())) {
                if (namesOf(name).stream().noneMatch(inOther::contains)) {
                    namesOf(name).forEach(n -> forms.add(List.of(n)));
                    shown.add(name + " (quoted in " + p.source() + ", not in " + p.other() + ")");
                }
            }
        }
        return forms.isEmpty() ? none("no pair with a named source, or its other document quotes every speaker of the source")
                : new Outcome(Answer.one(forms, String.join("; ", shown)), "");
    }

    private Outcome madeAQuote() {
        List<List<String>> forms = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (StoryPair p : pairs()) {
            if (p.other().isEmpty()) {
                continue;
            }
            Table d = QuoteDrift.table(corpus.get(p.source()), corpus.get(p.other()));
            for (int r = 0; r < d.rowCount(); r++) {
                if (!text(d, "change", r).equals("made-a-quote")) {
                    continue;
                }
                addedWords(text(d, "a_text", r), text(d, "b_text", r)).forEach(w -> forms.add(List.of(w)));
                shown.add("“" + text(d, "b_text", r) + "” in " + p.other() + " from “" + text(d, "a_text", r) + "” in " + p.source());
            }
        }
        return forms.isEmpty() ? none("QuoteDrift finds no made-a-quote row between a source and its derived document")
                : new Outcome(Answer.one(forms, String.join("; ", shown)), "");
    }

    private Outcome spunArticle() {
        Table t = spin();
        Map<String, Double> flagged = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.booleanColumn("doc_flagged").get(r)) {
                flagged.put(text(t, "doc", r), t.doubleColumn("doc_score").getDouble(r));
            }
        }
        if (flagged.isEmpty()) {
            return none("the spin detector flags no document");
        }
        List<List<String>> forms = flagged.keySet().stream().map(List::of).toList();
        return new Outcome(Answer.one(forms, flagged.entrySet().stream()
                .map(e -> e.getKey() + " (doc_score " + String.format(Locale.ROOT, "%.2f", e.getValue()) + ")").toList().toString()), "");
    }

    private Outcome spunPhrases(int need) {
        Table t = spin();
        List<String> items = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String phrase = text(t, "phrase", r);
            String original = text(t, "likely_original", r);
            if (t.booleanColumn("doc_flagged").get(r) && !phrase.isBlank() && !original.isBlank()) {
                items.add(phrase + " = " + original);
            }
        }
        if (items.isEmpty()) {
            return none("the spin detector flags no phrase with a likely original");
        }
        Answer a = Answer.some(items, need, items.size() + " flagged phrases");
        return new Outcome(a, "");
    }

    private List<String> speakerNames(String doc) {
        Table s = Quotes.speakers(corpus.select(doc));
        List<String> out = new ArrayList<>();
        for (int r = 0; r < s.rowCount(); r++) {
            out.add(text(s, "speaker", r));
        }
        return out;
    }

    /**
     * The forms a speaker can be named by: the label, and for a personal name (two or more words, the first
     * and the last capitalised, the first no determiner) each of its endings, so "Rosin" answers for
     * "Kaupo Rosin" and "de Vries" or "Vries" for "Marieke de Vries".
     */
    static List<String> namesOf(String speaker) {
        String[] parts = speaker.strip().split("\\s+");
        List<String> out = new ArrayList<>(List.of(AnswerForm.item(speaker)));
        boolean personal = parts.length >= 2 && !DETERMINERS.contains(parts[0].toLowerCase(Locale.ROOT))
                && Character.isUpperCase(parts[0].codePointAt(0)) && Character.isUpperCase(parts[parts.length - 1].codePointAt(0));
        for (int i = 1; personal && i < parts.length; i++) {
            out.add(AnswerForm.item(String.join(" ", List.of(parts).subList(i, parts.length))));
        }
        return out;
    }

    /**
     * The words of {@code quotation} (three letters or more, in normal form, in order) that {@code sentence}
     * does not have: what a made-up quotation put in the speaker's mouth.
     */
    static List<String> addedWords(String sentence, String quotation) {
        Set<String> before = words(sentence);
        return words(quotation).stream().filter(w -> w.length() >= 3 && !before.contains(w)).toList();
    }

    private static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(AnswerForm.item(m.group()));
        }
        return out;
    }

    private static String text(Table t, String column, int row) {
        if (!t.columnNames().contains(column)) {
            return "";
        }
        Object v = t.column(column).get(row);
        return v == null ? "" : v.toString();
    }

    private static Outcome none(String reason) {
        return new Outcome(null, reason);
    }
}
