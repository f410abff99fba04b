package dev.byline.bench.spin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * A second, differently built spinner for the bench, so that the detector is not only ever measured on the spinner
 * it was developed against ({@link ThesaurusSpinner}). Its choices differ on every axis that one fixes:
 * <ul>
 * <li>two-word phrases that are WordNet entries ("take place", "look into", "White House" is capitalised and kept)
 *     are swapped as one unit, for any lemma of their synsets;</li>
 * <li>adjectives are left alone (nouns, verbs and adverbs only);</li>
 * <li>the sense is picked by how often the word is used in it (WordNet use counts + 1), but within the sense the
 *     <em>rarer</em> words are preferred (weight 1 / (use count + 1)), as a spinner bent on looking different would;</li>
 * <li>its own inflection: WordNet's morphology finds the base form, and -s/-es/-ies, -ed/-ied, -ing with a doubled
 *     final consonant are put back.</li>
 * </ul>
 * Seeded: same input, seed and rate, same output. It shares no code with the detector or the other spinner.
 */
final class PhraseSpinner implements Spinner {
    private static final Pattern WORD = Pattern.compile("\\b[a-z]{3,}\\b");
    private static final POS[] SWAPPED = {POS.NOUN, POS.VERB, POS.ADVERB};

    private final Dictionary dictionary;
    private final double rate;

    PhraseSpinner(Dictionary dictionary, double rate) {
        this.dictionary = dictionary;
        this.rate = rate;
    }

    @Override
    public ThesaurusSpinner.Spun spin(String text, long seed) throws JWNLException {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        List<ThesaurusSpinner.Swap> swaps = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int last = 0;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            // A two-word entry, when the next word follows after one space.
            if (i + 1 < words.size() && words.get(i + 1)[0] == w[1] + 1 && text.charAt(w[1]) == ' ') {
                String phrase = text.substring(w[0], words.get(i + 1)[1]);
                if (random.nextDouble() < rate) {
                    String r = replacement(phrase, random);
                    if (r != null) {
                        out.append(text, last, w[0]);
                        swaps.add(new ThesaurusSpinner.Swap(out.length(), out.length() + r.length(), phrase, r));
                        out.append(r);
                        last = words.get(i + 1)[1];
                        i++;
                        continue;
                    }
                }
            }
            String word = text.substring(w[0], w[1]);
            if (ThesaurusSpinner.isFunction(word) || random.nextDouble() >= rate) {
                continue;
            }
            String r = replacement(word, random);
            if (r != null) {
                out.append(text, last, w[0]);
                swaps.add(new ThesaurusSpinner.Swap(out.length(), out.length() + r.length(), word, r));
                out.append(r);
                last = w[1];
            }
        }
        out.append(text.substring(last));
        return new ThesaurusSpinner.Spun(out.toString(), swaps);
    }

    private String replacement(String surface, Random random) throws JWNLException {
        List<IndexWord> entries = new ArrayList<>();
        for (POS pos : SWAPPED) {
            IndexWord iw = lookup(pos, surface);
            if (iw != null) {
                entries.add(iw);
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        IndexWord iw = entries.get(random.nextInt(entries.size()));
        // The sense: by the word's own use count in it.
        List<Synset> senses = iw.getSenses();
        int[] senseWeight = new int[senses.size()];
        int total = 0;
        for (int s = 0; s < senses.size(); s++) {
            int use = 0;
            for (Word x : senses.get(s).getWords()) {
                if (x.getLemma().equalsIgnoreCase(iw.getLemma())) {
                    use = x.getUseCount();
                }
            }
            senseWeight[s] = use + 1;
            total += senseWeight[s];
        }
        int pick = random.nextInt(total);
        Synset sense = senses.get(senses.size() - 1);
        for (int s = 0; s < senses.size(); s++) {
            pick -= senseWeight[s];
            if (pick < 0) {
                sense = senses.get(s);
                break;
            }
        }
        // The word: rarer preferred.
        List<String> options = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double sum = 0;
        for (Word x : sense.getWords()) {
            String l = x.getLemma().toLowerCase(Locale.ROOT);
            if (!l.equals(iw.getLemma().toLowerCase(Locale.ROOT)) && l.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
                double wgt = 1.0 / (x.getUseCount() + 1);
                options.add(l);
                weights.add(wgt);
                sum += wgt;
            }
        }
        if (options.isEmpty()) {
            return null;
        }
        double r = random.nextDouble() * sum;
        String chosen = options.get(options.size() - 1);
        for (int i = 0; i < options.size(); i++) {
            r -= weights.get(i);
            if (r < 0) {
                chosen = options.get(i);
                break;
            }
        }
        return inflect(chosen, surface, iw.getLemma(), iw.getPOS());
    }

    /**
     * The index entry for a word or a two-word phrase. A phrase counts only when its entry is a phrase (WordNet's
     * morphology would otherwise read "the government" as government, "was spent" as WA).
     */
    private IndexWord lookup(POS pos, String surface) throws JWNLException {
        boolean phrase = surface.contains(" ");
        IndexWord exact = dictionary.getIndexWord(pos, surface);
        if (exact != null && (!phrase || exact.getLemma().contains(" "))) {
            return exact;
        }
        List<String> bases = dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, surface);
        for (String b : bases) {
            IndexWord iw = dictionary.getIndexWord(pos, b);
            if (iw != null && (!phrase || iw.getLemma().contains(" "))) {
                return iw;
            }
        }
        return null;
    }

    /** The chosen lemma in the surface word's form, by the surface word's ending relative to its base. */
    private static String inflect(String lemma, String surface, String base, POS pos) {
        if (surface.equalsIgnoreCase(base) || lemma.contains(" ") && pos != POS.VERB) {
            return lemma;
        }
        // For a phrase, inflect its first word (the verb of "look into").
        int space = lemma.indexOf(' ');
        String head = space < 0 ? lemma : lemma.substring(0, space);
        String tail = space < 0 ? "" : lemma.substring(space);
        String s = surface.contains(" ") ? surface.substring(0, surface.indexOf(' ')) : surface;
        String inflected;
        if (s.endsWith("ing")) {
            inflected = ing(head);
        } else if (s.endsWith("ed")) {
            inflected = head.endsWith("e") ? head + "d" : head.endsWith("y") && !vowel(head.charAt(head.length() - 2)) ? head.substring(0, head.length() - 1) + "ied" : head + "ed";
        } else if (s.endsWith("s")) {
            inflected = head.endsWith("y") && !vowel(head.charAt(head.length() - 2)) ? head.substring(0, head.length() - 1) + "ies"
                    : head.matches(".*(s|x|z|ch|sh)") ? head + "es" : head + "s";
        } else {
            inflected = head;
        }
        return inflected + tail;
    }

    private static String ing(String v) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        if (v.endsWith("e") && !v.endsWith("ee")) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        int n = v.length();
        if (n >= 3 && !vowel(v.charAt(n - 1)) && vowel(v.charAt(n - 2)) && !vowel(v.charAt(n - 3)) && "wxy".indexOf(v.charAt(n - 1)) < 0) {
            return v + v.charAt(n - 1) + "ing";
        }
        return v + "ing";
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
