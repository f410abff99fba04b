package dev.byline.bench.spin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * A plain thesaurus spinner, as article "rewriters" work: each lower-case content word is, with
 * probability {@code rate}, replaced by another word of one of its WordNet synsets — any sense,
 * picked at random ({@code weighted}: senses and words weighted by WordNet's use counts + 1,
 * as a spinner preferring common synonyms would) — with a naive suffix copied over (-s, -ed,
 * -ing). Names (capitalised words), numbers and function words stay. Seeded: same input, seed
 * and settings, same output. Written for the bench; it shares no code with the detector.
 */
final class ThesaurusSpinner implements Spinner {
    private static final Pattern WORD = Pattern.compile("\\b[a-z]{3,}\\b");
    private static final Set<String> FUNCTION = Set.of("the", "and", "for", "are", "was", "were", "has", "have", "had", "not",
            "but", "with", "that", "this", "from", "they", "their", "there", "which", "who", "whom", "will", "would", "can",
            "could", "should", "been", "being", "his", "her", "its", "our", "your", "you", "she", "him", "them", "than", "then",
            "also", "into", "onto", "upon", "about", "after", "before", "over", "under", "more", "most", "some", "any", "all",
            "each", "other", "such", "only", "very", "what", "when", "where", "why", "how", "does", "did", "doing", "done",
            "may", "might", "must", "shall", "these", "those", "just", "because", "while", "out", "off", "yet", "nor", "both",
            "own", "same", "too", "one", "two", "three", "here", "now", "even", "much", "many", "well", "still", "since");

    /** One substitution: the replacement at [start, end) of the spun text, and the word it replaced. */
    record Swap(int start, int end, String original, String replacement) {
    }

    record Spun(String text, List<Swap> swaps) {
    }

    private final Dictionary dictionary;
    private final double rate;
    private final boolean weighted;

    ThesaurusSpinner(Dictionary dictionary, double rate, boolean weighted) {
        this.dictionary = dictionary;
        this.rate = rate;
        this.weighted = weighted;
    }

    /** Whether the word is on the spinners' list of function words, which they never swap. */
    static boolean isFunction(String w) {
        return FUNCTION.contains(w);
    }

    @Override
    public Spun spin(String text, long seed) throws JWNLException {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        List<Swap> swaps = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            String w = m.group();
            out.append(text, last, m.start());
            last = m.end();
            String r = FUNCTION.contains(w) || random.nextDouble() >= rate ? null : replacement(w, random);
            if (r == null) {
                out.append(w);
            } else {
                swaps.add(new Swap(out.length(), out.length() + r.length(), w, r));
                out.append(r);
            }
        }
        out.append(text.substring(last));
        return new Spun(out.toString(), swaps);
    }

    private String replacement(String w, Random random) throws JWNLException {
        IndexWord[] iws = dictionary.lookupAllIndexWords(w).getIndexWordArray();
        if (iws.length == 0) {
            return null;
        }
        IndexWord iw = iws[random.nextInt(iws.length)];
        List<Synset> senses = iw.getSenses();
        List<String> options = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (Synset s : senses) {
            for (Word x : s.getWords()) {
                String l = x.getLemma().toLowerCase(Locale.ROOT);
                if (!l.equals(iw.getLemma()) && l.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
                    options.add(l);
                    weights.add(weighted ? x.getUseCount() + 1 : 1);
                }
            }
        }
        if (options.isEmpty()) {
            return null;
        }
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        int pick = random.nextInt(total);
        String chosen = options.get(options.size() - 1);
        for (int i = 0; i < options.size(); i++) {
            pick -= weights.get(i);
            if (pick < 0) {
                chosen = options.get(i);
                break;
            }
        }
        return suffixLike(chosen, w, iw.getLemma());
    }

    private static String suffixLike(String lemma, String word, String base) {
        if (word.equals(base)) {
            return lemma;
        }
        if (word.endsWith("ing")) {
            return (lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma) + "ing";
        }
        if (word.endsWith("ed")) {
            return lemma + (lemma.endsWith("e") ? "d" : "ed");
        }
        if (word.endsWith("s")) {
            return lemma + (lemma.endsWith("s") ? "es" : "s");
        }
        return lemma;
    }
}
