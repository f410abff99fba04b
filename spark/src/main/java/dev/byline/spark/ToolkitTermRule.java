package dev.byline.spark;

import dev.byline.corpus.Corpus;
import dev.byline.terms.Stemming;
import dev.byline.terms.TermOptions;
import dev.byline.terms.Terms;
import dev.byline.text.Document;
import dev.byline.text.Parts;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * The toolkit's term rules ({@code dev.byline.terms}) for one document at a time: the counts are
 * those of {@link Terms#count(Corpus, TermOptions)} for that document, so Spark and the toolkit
 * agree by construction. {@link TermOptions} is not serializable, so its settings travel as fields
 * and the options are rebuilt in each task.
 *
 * <pre>{@code
 * TermRule rule = ToolkitTermRule.of(TermOptions.defaults().withNgrams(1, 2));   // serializable settings
 * }</pre>
 *
 * @param maxN           n-grams of 1..maxN terms
 * @param stemming       stemmer
 * @param keepStopWords  keep Smile's default stop words
 * @param extraStopWords more stop words
 * @param numbers        count numbers
 * @param minLength      shortest word kept
 * @param title          read each document's headline too ({@link Parts#TITLE_AND_BODY}), as the toolkit does by
 *                       default; false for the body alone ({@code --no-title})
 */
public record ToolkitTermRule(int maxN, Stemming stemming, boolean keepStopWords, Set<String> extraStopWords,
                              boolean numbers, int minLength, boolean title) implements TermRule {
    public ToolkitTermRule {
        extraStopWords = new TreeSet<>(extraStopWords);   // a serializable, ordered copy
        options(maxN, stemming, keepStopWords, extraStopWords, numbers, minLength, title);   // fail early on bad settings
    }

    /** These settings, the headline read too. */
    public ToolkitTermRule(int maxN, Stemming stemming, boolean keepStopWords, Set<String> extraStopWords,
                           boolean numbers, int minLength) {
        this(maxN, stemming, keepStopWords, extraStopWords, numbers, minLength, true);
    }

    /** The toolkit's defaults: lower-cased words, stop words dropped, no stemming, single words, headlines read. */
    public static ToolkitTermRule defaults() {
        return new ToolkitTermRule(1, Stemming.NONE, false, Set.of(), false, 1, true);
    }

    /** The toolkit's options for these settings. */
    public TermOptions options() {
        return options(maxN, stemming, keepStopWords, extraStopWords, numbers, minLength, title);
    }

    private static TermOptions options(int maxN, Stemming stemming, boolean keepStopWords, Set<String> extra,
                                       boolean numbers, int minLength, boolean title) {
        TermOptions o = TermOptions.defaults().withNgrams(1, maxN).withStemming(stemming).withNumbers(numbers)
                .withMinLength(minLength).withExtraStopWords(extra)
                .withParts(title ? Parts.TITLE_AND_BODY : Parts.BODY);
        return keepStopWords ? o.keepingStopWords() : o;
    }

    @Override
    public Map<String, Long> count(Document document) {
        Table t = Terms.count(Corpus.of(document), options());
        Map<String, Long> out = new HashMap<>(t.rowCount() * 2);
        for (int i = 0; i < t.rowCount(); i++) {
            out.put(t.stringColumn("term").get(i), (long) t.intColumn("count").getInt(i));
        }
        return out;
    }
}
