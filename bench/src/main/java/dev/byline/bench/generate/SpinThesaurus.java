package dev.byline.bench.generate;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The synonym table of an article spinner: the swaps such tools are known for (said → mentioned,
 * war → struggle, Financial Times → Monetary Occasions) plus, like a spinner's big thesaurus, a fixed
 * seeded pairing of about two thirds of the ordinary vocabulary with other words. One table per corpus,
 * so every spun copy is spun by the same "tool".
 */
final class SpinThesaurus {
    private static final String[][] KNOWN = {
            {"said", "mentioned"}, {"says", "mentions"}, {"war", "struggle"}, {"financial", "monetary"},
            {"times", "occasions"}, {"people", "individuals"}, {"government", "authorities"},
            {"country", "nation"}, {"help", "assist"}, {"important", "necessary"}, {"however", "nevertheless"},
            {"officials", "officers"}, {"plan", "scheme"}, {"support", "assist"}, {"military", "army"},
            {"attack", "assault"}, {"leader", "chief"}, {"leaders", "chiefs"}, {"agreement", "settlement"},
            {"security", "safety"}, {"report", "document"}, {"prices", "costs"}, {"talks", "negotiations"},
            {"first", "preliminary"}, {"last", "final"}, {"new", "brand new"}, {"week", "week's time"},
            {"year", "12 months"}, {"years", "years and years"}, {"still", "nonetheless"}, {"most", "most"},
            {"because", "as a result of"}, {"about", "roughly"}, {"during", "throughout"},
            {"against", "in opposition to"}, {"between", "amongst"}, {"expected", "anticipated"},
            {"including", "together with"}, {"recent", "current"}, {"already", "already"}, {"several", "a number of"},
            {"despite", "regardless of"}, {"decision", "resolution"}, {"threat", "menace"}, {"warning", "caution"},
            {"progress", "development"}, {"pressure", "strain"}, {"power", "energy"}, {"future", "future"},
            {"crisis", "disaster"}, {"meeting", "assembly"}, {"forces", "forces"}, {"troops", "troopers"},
            {"border", "frontier"}, {"city", "metropolis"}, {"region", "area"}, {"workers", "staff"},
            {"company", "firm"}, {"market", "market"}, {"economy", "financial system"}, {"money", "cash"},
            {"court", "courtroom"}, {"election", "ballot"}, {"deal", "deal"}, {"peace", "tranquility"},
            {"allies", "allies"}, {"conflict", "battle"}, {"negotiations", "talks"}, {"aid", "help"},
            {"Times", "Occasions"}, {"Financial", "Monetary"}, {"Post", "Submit"}, {"Herald", "Messenger"},
            {"Journal", "Diary"}, {"Press", "Push"}, {"Standard", "Customary"}, {"Review", "Evaluate"},
            {"Daily", "Day by day"}, {"National", "Nationwide"}, {"Global", "World"}, {"Evening", "Night"},
            {"Chronicle", "Chronicle"}, {"Dispatch", "Despatch"}, {"Ledger", "Register"}, {"Observer", "Observer"}};

    private final Map<String, String> known = new HashMap<>();
    private final Map<String, String> pairs = new HashMap<>();

    SpinThesaurus(Vocabulary vocabulary, long seed) {
        for (String[] k : KNOWN) {
            if (!k[0].equals(k[1])) {
                known.put(k[0], k[1]);
            }
        }
        SplittableRandom r = new SplittableRandom(seed ^ 0x5B1A5L);
        int from = Math.min(150, vocabulary.size() - 1);
        int to = Math.min(20_000, vocabulary.size());
        for (int k = from; k < to; k++) {
            String w = vocabulary.wordAt(k);
            if (!known.containsKey(w) && r.nextInt(3) < 2) {
                pairs.put(w, vocabulary.wordAt(from + r.nextInt(to - from)));
            }
        }
    }

    /** The spun form of {@code word}, or null to leave it; known swaps win, and fire more often. */
    String swap(String word, SplittableRandom r) {
        String k = known.get(word);
        if (k != null) {
            return r.nextInt(20) < 17 ? k : null;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String p = pairs.get(lower);
        if (p == null || r.nextInt(10) >= 7) {
            return null;
        }
        return Character.isUpperCase(word.charAt(0)) ? SentenceWriter.capitalise(p) : p;
    }
}
