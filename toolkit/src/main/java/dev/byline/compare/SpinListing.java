package dev.byline.compare;

import dev.byline.text.Document;
import dev.byline.text.Token;
import dev.byline.text.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The listing half of {@link SpinDetector}: once a document is flagged, the phrases a thesaurus spinner likely put in
 * and the word each likely replaced. Every word (and WordNet phrase of up to {@value #MAX_PHRASE} words) that could be a
 * swap is weighed against the words a thesaurus would have offered in its place: WordNet's synonyms, Moby's originals
 * ({@link MobyThesaurus}) and the words two Moby steps away ({@link TwoStepOriginals}); the candidate that fits the
 * neighbours ({@link SpinDetector#contextFit}) far better than the word seen is its likely original.
 */
final class SpinListing {
    private final Thesaurus thesaurus;
    private final NewsNgrams news;
    private final OriginalRanker ranker;

    SpinListing(Thesaurus thesaurus, NewsNgrams news, OriginalRanker ranker) {
        this.thesaurus = thesaurus;
        this.news = news;
        this.ranker = ranker;
    }

    /**
     * How many times as common in news (plus one) a two-step original the text does not use must be as the word seen
     * ({@link SpinDetector#RARER}: spinners reach for rare words). Tune split, rate 0.15 seed 3, aiksaurus / MyThes spinners: 1 →
     * 18.2 / 28.2% of swaps recovered, listed phrases on a swap 36.0 / 38.8%, 133 / 145 CPU-s per run; 20 → 17.9 /
     * 28.2%, 36.4 / 39.2%, 86 / 100 CPU-s (16.7 / 27.7%, 37.3 / 40.3%, 38 / 45 CPU-s without the two-step originals).
     */
    static final double TWO_STEP_RARER = SpinDetector.RARER;

    /**
     * Extra margin (natural log, on top of {@link SpinDetector#PHRASE_MARGIN}) a candidate two Moby steps away
     * ({@link TwoStepOriginals}) must fit by, and by which it must outrank a WordNet or Moby candidate: Moby's one-step
     * extra margin ({@link #MOBY_MARGIN}), not tuned further.
     */
    static final double TWO_STEP_MARGIN = 5.0;

    /** Two-step originals of a word as candidates (word → the list size its channel weight amounts to), one-step ones left out. */
    private static Map<String, Integer> twoStep(String word, java.util.Set<String> wordNet, java.util.Set<String> moby) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        TwoStepOriginals.builtIn().originals(word).forEach((o, w) -> {
            if (!wordNet.contains(o) && !moby.contains(o) && !SpinDetector.spellingVariants(word, o)) {
                out.put(o, (int) Math.min(Integer.MAX_VALUE, Math.round(1 / w)));
            }
        });
        return out;
    }

    List<SpinPhrase> scan(Document doc, List<Token> tokens, String[] keys, Map<String, Integer> inDoc, double margin, double rarer) {
        return scan(doc, tokens, keys, inDoc, margin, rarer, Map.of(), 0);
    }

    /**
     * The listing, a single word's margin lowered by {@code perLogRatio} per nat of its evidence ({@link SpinEvidence}'s
     * ln LR, {@code logRatios} by the word's start offset; only a positive one lowers it): a word the verdict already
     * finds odd needs less of a better fit to be taken for a swap.
     */
    List<SpinPhrase> scan(Document doc, List<Token> tokens, String[] keys, Map<String, Integer> inDoc, double margin, double rarer,
            Map<Integer, Double> logRatios, double perLogRatio) {
        List<SpinPhrase> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            SpinPhrase hit = null;
            for (int n = MAX_PHRASE; n >= 2 && hit == null; n--) {
                hit = phraseAt(tokens, keys, i, n) ? judge(doc, tokens, keys, inDoc, i, n, margin, rarer) : null;
            }
            if (hit == null && SpinDetector.candidate(tokens, keys, i)) {
                double lr = logRatios.getOrDefault(tokens.get(i).start(), 0.0);
                hit = judge(doc, tokens, keys, inDoc, i, 1, margin - perLogRatio * Math.max(0, lr), rarer);
            }
            if (hit != null) {
                found.add(hit);
                while (i + 1 < tokens.size() && tokens.get(i + 1).start() < hit.end()) {
                    i++;
                }
            }
        }
        return List.copyOf(found);
    }


    /** Longest WordNet entry, in words, tried as one swapped phrase ("be known as", "act of terrorism"). */
    static final int MAX_PHRASE = 4;

    /**
     * Whether the {@code n} tokens at {@code i} can be one thesaurus phrase: words of letters in
     * lower case (the first may open a sentence), not all stop words, that WordNet lists as one
     * entry, directly or with a naive suffix glued to the last word ("talk abouted").
     */
    private boolean phraseAt(List<Token> tokens, String[] keys, int i, int n) {
        if (i + n > tokens.size()) {
            return false;
        }
        boolean content = false;
        for (int k = i; k < i + n; k++) {
            Token t = tokens.get(k);
            if (t.kind() != TokenKind.WORD || !SpinDetector.allLetters(keys[k])
                    || k > i && !Character.isLowerCase(t.text().charAt(0))) {
                return false;
            }
            content |= !Words.isStopWord(keys[k]);
        }
        return content && (Character.isLowerCase(tokens.get(i).text().charAt(0)) || SpinDetector.candidate(tokens, keys, i))
                && thesaurus.isPhrase(String.join(" ", java.util.Arrays.copyOfRange(keys, i, i + n)));
    }

    /**
     * The phrase of {@code n} words at {@code i} if a synonym fits its neighbours far better in
     * news, else null. A single word's candidates are WordNet's synonyms and Moby's originals
     * ({@link MobyThesaurus}), ranked together by how well each fits both neighbours; Moby's longer
     * lists need a wider margin ({@link #MOBY_MARGIN}) for the same confidence, and a Moby candidate
     * is chosen over a WordNet one only when it outranks it by that margin too.
     */
    private SpinPhrase judge(Document doc, List<Token> tokens, String[] keys, Map<String, Integer> inDoc, int i, int n, double margin, double rarer) {
        Sources src = sources(keys, inDoc, i, n);
        // Whether the phrase is a swap at all: the best candidate of each source by the noisy channel must fit by that
        // source's margin (Moby's longer lists need a wider one for the same confidence).
        Choice best = choose(src.at(), src.wordNet(), SpinDetector.WORDNET, margin, rarer, NOISY);
        if (n == 1) {
            best = better(best, choose(src.at(), src.moby(), SpinDetector.MOBY, margin + MOBY_MARGIN, rarer, NOISY));
            best = better(best, choose(src.at(), src.twoStep(), SpinDetector.MOBY_TWO_STEP, margin + TWO_STEP_MARGIN,
                    Math.max(rarer, TWO_STEP_RARER), NOISY));
            Choice named = best == null ? null : name(src, margin, rarer);
            if (named != null) {
                best = named;   // which original it replaced: the fitted ranking over every source's candidates that fit by the margin
            }
        }
        if (best == null) {
            return null;
        }
        // An original only the links of a rare word offer is told apart: its margin is read against a word news hardly knows.
        String from = best.thesaurus().equals(SpinDetector.MOBY) && src.rare().contains(best.word()) ? SpinDetector.MOBY_RARE : best.thesaurus();
        return new SpinPhrase(doc, tokens.get(i).start(), tokens.get(i + n - 1).end(),
                matchCase(best.word(), tokens.get(i).text()), "collocation", Math.round(best.margin() * 10) / 10.0, from);
    }

    /** The ranking the listing decides by whether a word is a swap, and names a phrase's original by. */
    private static final OriginalRanker NOISY = new OriginalRanker(OriginalRanker.NOISY_CHANNEL);

    /** The candidate {@link #ranker} ranks first among those of every source that fit by {@code margin} at least; null if none does. */
    private Choice name(Sources src, double margin, double rarer) {
        double own = ownFit(src.at());
        Choice best = null;
        for (int k = 0; k < 3; k++) {
            String source = k == 0 ? SpinDetector.WORDNET : k == 1 ? SpinDetector.MOBY : SpinDetector.MOBY_TWO_STEP;
            Map<String, Integer> cs = k == 0 ? src.wordNet() : k == 1 ? src.moby() : src.twoStep();
            for (OriginalRanker.Candidate c : candidates(src.at(), cs, source, k == 2 ? Math.max(rarer, TWO_STEP_RARER) : rarer)) {
                double score = ranker.score(c.features());
                if (c.fit() - own >= margin && (best == null || score > best.score())) {
                    best = new Choice(c.word(), c.fit() - own, score, source);
                }
            }
        }
        return best;
    }

    /**
     * Every candidate original of the word at {@code i} that passes its source's rarity test, with its features (no
     * margin test): what the ranking chooses among. The bench fits {@link OriginalRanker}'s weights on these.
     */
    List<OriginalRanker.Candidate> candidatesAt(String[] keys, Map<String, Integer> inDoc, int i) {
        Sources src = sources(keys, inDoc, i, 1);
        double rarer = SpinDetector.PHRASE_RARER;   // as the listing weighs them (SpinDetector.analyse)
        List<OriginalRanker.Candidate> out = new ArrayList<>(candidates(src.at(), src.wordNet(), SpinDetector.WORDNET, rarer));
        out.addAll(candidates(src.at(), src.moby(), SpinDetector.MOBY, rarer));
        out.addAll(candidates(src.at(), src.twoStep(), SpinDetector.MOBY_TWO_STEP, Math.max(rarer, TWO_STEP_RARER)));
        return out;
    }

    /** The candidates of the phrase at {@code i} by source (word → size of the list it is drawn from; 0: ask WordNet). */
    private record Sources(Context at, Map<String, Integer> wordNet, Map<String, Integer> moby, Map<String, Integer> twoStep,
                           Set<String> rare) {
    }

    private Sources sources(String[] keys, Map<String, Integer> inDoc, int i, int n) {
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(keys, i, i + n));
        Map<String, Integer> wordNet = new LinkedHashMap<>();
        thesaurus.synonyms(phrase).forEach(s -> wordNet.put(s, 0));
        Set<String> irregular = new HashSet<>();
        if (n == 1) {
            // A base form may stand for an irregular form the spinner could not inflect ("said" → "tell").
            for (String s : thesaurus.uninflectedOriginals(phrase)) {
                if (wordNet.putIfAbsent(s, 0) == null) {
                    irregular.add(s);
                }
            }
        }
        // A British spelling is rare in the American news the fits are counted from, so any synonym would seem to fit
        // "recognise" better than it does: the word is weighed as its American spelling when WordNet lists that one
        // ("defence"/"defense"), and that spelling is no candidate.
        String weighed = phrase;
        String american = SpinDetector.american(phrase);
        if (!american.equals(phrase) && frequency(american) > frequency(phrase)) {
            weighed = american;   // "organise": WordNet does not list "organize", the news counts do
        }
        for (String s : List.copyOf(wordNet.keySet())) {
            if (SpinDetector.spellingVariants(phrase, s)) {
                wordNet.remove(s);
                if (frequency(s) > frequency(weighed)) {
                    weighed = s;   // never the rarer spelling: "theater" stays "theater"
                }
            }
        }
        if (n > 1) {
            return new Sources(new Context(phrase, weighed, keys, inDoc, i, n, irregular, Set.of()), wordNet, Map.of(), Map.of(), Set.of());
        }
        Set<String> mobyAll = new HashSet<>();
        Set<String> rare = new HashSet<>();
        Map<String, Integer> more = mobyOriginals(phrase, wordNet.keySet(), mobyAll, rare);
        return new Sources(new Context(phrase, weighed, keys, inDoc, i, n, irregular, mobyAll), wordNet, more,
                twoStep(phrase, wordNet.keySet(), more.keySet()), rare);
    }

    /**
     * Every word the listing would weigh as the likely original of {@code word} (lower case, one word): WordNet's
     * synonyms inflected alike, the irregular forms a suffix-copying spinner could not make, and Moby's originals
     * (never a function word). Whether a spinner's original is among them says whether the listing could name it.
     *
     * <pre>{@code
     * SpinDetector.defaults().originalsOffered("proclaimed");   // [announced, declared, stated, …]
     * }</pre>
     */
    java.util.Set<String> originalsOffered(String word) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>(thesaurus.synonyms(word));
        out.addAll(thesaurus.uninflectedOriginals(word));
        for (MobyThesaurus.Original o : MobyThesaurus.builtIn().originals(word)) {
            if (!Words.isStopWord(o.word())) {
                out.add(o.word());
            }
        }
        for (String o : MobyRareWords.builtIn().originals(word).keySet()) {
            if (!Words.isStopWord(o)) {
                out.add(o);
            }
        }
        out.addAll(twoStepOffered(word));
        return out;
    }

    /** The likely originals of {@code word} (lower case, one word) two Moby steps away ({@link TwoStepOriginals}), highest channel weight first. */
    java.util.Set<String> twoStepOffered(String word) {
        return new java.util.LinkedHashSet<>(TwoStepOriginals.builtIn().originals(word).keySet());
    }

    /**
     * Extra margin (natural log) a candidate from Moby's thesaurus must fit by, on top of
     * {@link SpinDetector#PHRASE_MARGIN}: Moby offers a hundred words where WordNet offers a few, and the best
     * fit of many candidates beats the word seen by chance. Chosen on the bench's tune split
     * (aiksaurus and weighted WordNet spinners at 15%, bench/spin/README.md): 0 → 11.9% of the
     * Moby-drawn spinner's swaps recovered, 24.1% of the listed phrases on a WordNet spinner's
     * swaps; 5 → 10.6%, 31.9%; 8 → 9.5%, 36.1%; without Moby 2.1%, 42.7%.
     */
    static final double MOBY_MARGIN = 5.0;

    /** Where a candidate is weighed: the phrase seen (as written and as weighed), the text's keys and uses, the position. */
    private record Context(String phrase, String weighed, String[] keys, Map<String, Integer> inDoc, int i, int n,
                           Set<String> irregular, Set<String> moby) {
    }

    /**
     * Moby's originals of a word WordNet does not offer (word → size of the list it would be drawn from), no function
     * word; every word Moby links to it goes into {@code linked}.
     */
    private static Map<String, Integer> mobyOriginals(String phrase, Set<String> wordNet, Set<String> linked, Set<String> rare) {
        MobyThesaurus moby = MobyThesaurus.builtIn();
        Map<String, Integer> more = new LinkedHashMap<>();
        for (MobyThesaurus.Original o : moby.originals(phrase)) {
            linked.add(o.word());
            // A function word is never a thesaurus swap's original (Moby lists "or" under "chief").
            if (!wordNet.contains(o.word()) && !Words.isStopWord(o.word())) {
                more.putIfAbsent(o.word(), moby.size(o.head()));
            }
        }
        // A rare word is no key of the pruned lists: its original comes from the links the pruning left out.
        MobyRareWords.builtIn().originals(phrase).forEach((o, size) -> {
            linked.add(o);
            if (!wordNet.contains(o) && !Words.isStopWord(o) && more.putIfAbsent(o, size) == null) {
                rare.add(o);
            }
        });
        more.keySet().removeIf(w -> SpinDetector.spellingVariants(phrase, w));
        return more;
    }

    /** The higher-ranked of two choices (either may be null). */
    private static Choice better(Choice a, Choice b) {
        return b != null && (a == null || b.score() > a.score()) ? b : a;
    }

    /**
     * The candidate (word → size of the thesaurus entry it would have been picked from; 0: ask WordNet) of one source
     * ranked first by {@code by}, if it fits the neighbours by at least {@code margin} better than the phrase
     * does; else null.
     */
    private Choice choose(Context at, Map<String, Integer> candidates, String source, double margin, double rarer,
                          OriginalRanker by) {
        Choice best = null;
        for (OriginalRanker.Candidate c : candidates(at, candidates, source, rarer)) {
            double score = by.score(c.features());
            if (best == null || score > best.score()) {
                best = new Choice(c.word(), c.fit(), score, source);
            }
        }
        if (best == null) {
            return null;
        }
        double won = best.margin() - ownFit(at);
        return won < margin ? null : new Choice(best.word(), won, best.score(), source);
    }

    private double ownFit(Context at) {
        return SpinDetector.contextFit(news, at.keys(), at.i(), at.n(), at.weighed().split(" "))
                + cache(at.inDoc().getOrDefault(ownStem(at), 1) - 1);
    }

    private static String ownStem(Context at) {
        // The document's uses are counted by Porter stem ("#stem"), so "speeches" elsewhere backs "speech".
        return at.n() == 1 ? "#" + new smile.nlp.stemmer.PorterStemmer().stem(at.weighed()) : at.weighed();
    }

    /** The candidates of one source that pass the rarity test, with their features and fits. */
    private List<OriginalRanker.Candidate> candidates(Context at, Map<String, Integer> candidates, String source, double rarer) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        smile.nlp.stemmer.PorterStemmer stemmer = new smile.nlp.stemmer.PorterStemmer();
        String ownStem = ownStem(at);
        int ownCount = frequency(at.weighed());
        String[] keys = at.keys();
        String left = at.i() > 0 ? keys[at.i() - 1] : NewsNgrams.EDGE;
        String right = at.i() + at.n() < keys.length ? keys[at.i() + at.n()] : NewsNgrams.EDGE;
        String seenForm = OriginalRanker.inflection(at.phrase().substring(at.phrase().lastIndexOf(' ') + 1));
        List<OriginalRanker.Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Integer> c : candidates.entrySet()) {
            String syn = c.getKey();
            String synStem = syn.contains(" ") ? syn : "#" + stemmer.stem(syn);
            int seen = at.inDoc().getOrDefault(synStem, 0) - (synStem.equals(ownStem) ? 1 : 0);
            // A candidate the document itself uses elsewhere needs no rarity test: a spinner that
            // prefers common synonyms swaps in words as common as the one it replaced.
            int count = frequency(syn);
            if (seen <= 0 && count < rarer * (ownCount + 1)) {
                continue;   // not enough commoner than the word seen to be its original: no fit to weigh
            }
            String[] words = syn.split(" ");
            double bigram = news.fit(left, words, right);
            double bigramLeft = news.pairFit(left, words[0]);
            double trigram = EnglishLm.builtIn().window(keys, at.i(), at.n(), words, SpinDetector.LM_AFTER);
            double fit = (1 - SpinDetector.LM_WEIGHT) * bigram + SpinDetector.LM_WEIGHT * trigram + cache(seen);
            // Choosing among candidates, a noisy channel: the synonym that fits, weighed by the
            // chance a thesaurus offering its synonyms would have picked the word seen here.
            int offered = c.getValue() > 0 ? c.getValue() : thesaurus.synonyms(syn).size();
            double[] f = new double[OriginalRanker.FEATURES.size()];
            f[OriginalRanker.BIGRAM_LEFT] = bigramLeft;
            f[OriginalRanker.BIGRAM_RIGHT] = bigram - bigramLeft;
            f[OriginalRanker.TRIGRAM] = trigram;
            f[OriginalRanker.CACHE_USES] = Math.log1p(Math.max(0, seen));
            f[OriginalRanker.LOG_CHANNEL] = Math.log(Math.max(1, offered));
            f[OriginalRanker.MOBY] = source.equals(SpinDetector.MOBY) ? 1 : 0;
            f[OriginalRanker.MOBY2] = source.equals(SpinDetector.MOBY_TWO_STEP) ? 1 : 0;
            f[OriginalRanker.FORM_DIFFERS] = OriginalRanker.inflection(words[words.length - 1]).equals(seenForm) ? 0 : 1;
            f[OriginalRanker.IRREGULAR] = at.irregular().contains(syn) ? 1 : 0;
            f[OriginalRanker.TWO_PATHS] = source.equals(SpinDetector.WORDNET) && at.moby().contains(syn) ? 1 : 0;
            f[OriginalRanker.LOG_COMMONER] = Math.log((count + 1.0) / (ownCount + 1.0));
            out.add(new OriginalRanker.Candidate(syn, source, f, fit));
        }
        return out;
    }

    /** A likely original, the margin by which it fits the neighbours better than the phrase seen, and its ranking score. */
    private record Choice(String word, double margin, double score, String thesaurus) {
    }

    /**
     * Weight, in natural-log units per {@code log(1 + uses)}, of the document's own use of a
     * candidate original when listing phrases (a cache language model): a spinner swaps only some
     * uses of a word, so the original usually stands elsewhere in the same text. Fitted on the
     * bench's tune split (1 → 50.1%, 2 → 51.8%, 3 → 53.3% of weighted-spinner swaps recovered;
     * listed phrases on a swap 66.0 / 64.5 / 62.4%); 2 keeps the listing's precision.
     */
    static final double CACHE = 2.0;

    private static double cache(int seen) {
        return CACHE * Math.log1p(seen);
    }

    /** How often news has the word, or the two words of a phrase together. */
    private int frequency(String phrase) {
        int space = phrase.indexOf(' ');
        return space < 0 ? news.count(phrase) : phrase.indexOf(' ', space + 1) < 0
                ? news.count(phrase.substring(0, space), phrase.substring(space + 1)) : 0;
    }

    private static String matchCase(String word, String like) {
        return Character.isUpperCase(like.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }
}
