package dev.byline.bench.generate;

import dev.byline.BylineException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * A Zipf-distributed vocabulary built from a real English word list.
 *
 * <p>Ranks: English function words first (in their real frequency order, so "the", "of", "and" are as
 * common as in news copy), then common news words, then every other lower-case word of the list,
 * shorter words first with seeded jitter (short words are the frequent ones: Zipf's law of
 * abbreviation). Word {@code k} is drawn with probability proportional to {@code 1/(k+1)}.
 * Capitalised entries of the list become the pool of names.
 *
 * <pre>{@code
 * Vocabulary v = Vocabulary.load(Vocabulary.DEBIAN_WORDS, 42);
 * String w = v.word(random);
 * }</pre>
 */
public final class Vocabulary {
    /** The Debian {@code wamerican} word list. */
    public static final Path DEBIAN_WORDS = Path.of("/usr/share/dict/american-english");
    /** The English dictionary inside Smile (a Maven Central artifact), used when the Debian list is absent. */
    public static final String SMILE_WORDS = "smile/nlp/dictionary/dictionary_en.txt";

    static final List<String> FUNCTION_WORDS = List.of(
            "the", "of", "and", "to", "a", "in", "that", "is", "for", "on", "it", "with", "was", "as", "at",
            "by", "he", "said", "be", "from", "has", "have", "are", "his", "an", "not", "but", "they", "this",
            "were", "had", "who", "will", "its", "been", "would", "their", "or", "after", "she", "more", "than",
            "which", "one", "about", "also", "we", "there", "over", "up", "her", "new", "all", "out", "can",
            "when", "last", "into", "two", "if", "other", "no", "could", "some", "year", "what", "first",
            "them", "so", "our", "did", "before", "while", "because", "most", "people", "years", "any",
            "only", "against", "now", "those", "time", "how", "since", "under", "told", "says", "being",
            "made", "where", "between", "just", "during", "should", "may", "three", "through", "still",
            "week", "both", "back", "government", "officials", "according", "percent", "state", "many");

    static final List<String> NEWS_WORDS = List.of(
            "war", "president", "minister", "country", "police", "talks", "report", "security", "foreign",
            "military", "support", "help", "important", "however", "public", "groups", "attack", "forces",
            "leader", "leaders", "agreement", "peace", "deal", "election", "party", "court", "law", "money",
            "economy", "market", "prices", "company", "companies", "workers", "health", "city", "region",
            "border", "troops", "statement", "meeting", "crisis", "plan", "future", "power", "national",
            "international", "political", "economic", "financial", "officials", "spokesman", "spokeswoman",
            "announced", "reported", "expected", "continue", "including", "recent", "already", "several",
            "million", "billion", "around", "despite", "support", "decision", "policy", "vote", "campaign",
            "intelligence", "service", "ministry", "department", "agency", "analysts", "experts", "data",
            "energy", "oil", "gas", "trade", "sanctions", "aid", "funding", "budget", "tax", "rates", "bank",
            "victims", "residents", "families", "children", "hospital", "schools", "reporters", "briefing",
            "negotiations", "ceasefire", "conflict", "allies", "threat", "warning", "progress", "pressure");

    private static final Pattern LOWER = Pattern.compile("[a-z]{2,16}");
    /** Capitalised entries that read as people's names: not plurals, creeds or nationalities. */
    private static final Pattern NAME = Pattern.compile("[A-Z][a-z]{2,12}");
    private static final Pattern NOT_A_NAME = Pattern.compile(".*(s|ism|ity|ian|ese|ist|ic)");
    /** Slurs and profanity the Debian list carries; a generated corpus is read by people. */
    private static final Pattern OFFENSIVE = Pattern.compile(
            "(fuck|shit|cunt|nigg|fag|dyke|kike|spic|chink|retard|whore|slut|bitch|bastard|cock|dick|pussy|twat"
            + "|wank|piss|tits|rape|rapist|transsex|homo|gook|wop|coon|negro|jew|queer|tranny|crap|damn|arse|ass"
            + "|porn|sex|nazi|hitler|penis|vagina|anal|anus|boob|butt|dildo|orgasm|semen|sperm|nude|naked).*");

    private final String[] words;
    private final double[] cumulative;
    private final String[] names;
    private final String source;

    private Vocabulary(List<String> ranked, List<String> names, String source) {
        this.words = ranked.toArray(String[]::new);
        this.cumulative = new double[words.length];
        double sum = 0;
        for (int k = 0; k < words.length; k++) {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        for (int k = 0; k < words.length; k++) {
            cumulative[k] /= sum;
        }
        this.names = names.toArray(String[]::new);
        this.source = source;
    }

    /**
     * The vocabulary from {@code wordList}, or, when that file does not exist, from Smile's English
     * dictionary. {@code seed} fixes the rank order of the long tail.
     *
     * @throws BylineException if the list cannot be read or holds too few words
     */
    public static Vocabulary load(Path wordList, long seed) {
        List<String> lines;
        String source;
        try {
            if (wordList != null && Files.isReadable(wordList)) {
                lines = Files.readAllLines(wordList, StandardCharsets.UTF_8);
                source = wordList.toString();
            } else {
                lines = readResource(SMILE_WORDS);
                source = "smile-nlp:" + SMILE_WORDS;
            }
        } catch (IOException e) {
            throw new BylineException("cannot read the word list " + wordList + ": " + e.getMessage());
        }
        return fromLines(lines, seed, source);
    }

    static Vocabulary fromLines(List<String> lines, long seed, String source) {
        Set<String> ranked = new LinkedHashSet<>(FUNCTION_WORDS);
        ranked.addAll(NEWS_WORDS);
        List<String> tail = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (String line : lines) {
            String w = line.strip();
            if (OFFENSIVE.matcher(w.toLowerCase(java.util.Locale.ROOT)).matches()) {
                continue;
            }
            if (LOWER.matcher(w).matches()) {
                if (!ranked.contains(w)) {
                    tail.add(w);
                }
            } else if (NAME.matcher(w).matches() && !NOT_A_NAME.matcher(w).matches()) {
                names.add(w);
            }
        }
        tail = new ArrayList<>(new LinkedHashSet<>(tail));
        if (tail.size() < 5_000 || names.size() < 200) {
            throw new BylineException("the word list " + source + " has too few words (" + tail.size()
                    + " lower-case words, " + names.size() + " names); need 5,000 and 200");
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Set<String> common = commonWords();
        double[] keys = new double[tail.size()];
        for (int k = 0; k < keys.length; k++) {
            // words Smile's smaller dictionary also lists are the everyday ones: they rank first
            keys[k] = (common.contains(tail.get(k)) ? 0 : 100) + tail.get(k).length() + random.nextDouble() * 4.0;
        }
        Integer[] order = new Integer[tail.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (x, y) -> Double.compare(keys[x], keys[y]));
        for (Integer k : order) {
            ranked.add(tail.get(k));
        }
        return new Vocabulary(new ArrayList<>(ranked), new ArrayList<>(names), source);
    }

    private static Set<String> commonWords() {
        try {
            return Set.copyOf(readResource(SMILE_WORDS).stream().map(String::strip).toList());
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static List<String> readResource(String name) throws IOException {
        InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("no " + name + " on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    /** A word drawn from the Zipf distribution. */
    public String word(SplittableRandom random) {
        double u = random.nextDouble();
        int k = Arrays.binarySearch(cumulative, u);
        if (k < 0) {
            k = -k - 1;
        }
        return words[Math.min(k, words.length - 1)];
    }

    /** A word of rank in {@code [from, to)}, uniformly: content words for topics. */
    public String wordInRanks(SplittableRandom random, int from, int to) {
        int hi = Math.min(to, words.length);
        return words[from + random.nextInt(hi - from)];
    }

    /** The word of rank {@code k} (0 is the most frequent). */
    public String wordAt(int k) {
        return words[k];
    }

    /** A capitalised name from the list. */
    public String name(SplittableRandom random) {
        return names[random.nextInt(names.length)];
    }

    /** True for the function words at the head of the ranking. */
    public static boolean isFunctionWord(String w) {
        return FUNCTION_SET.contains(w);
    }

    private static final Set<String> FUNCTION_SET = Set.copyOf(FUNCTION_WORDS);

    /** Number of distinct words. */
    public int size() {
        return words.length;
    }

    /** Number of distinct names. */
    public int nameCount() {
        return names.length;
    }

    /** Where the words came from (a path, or the Smile resource). */
    public String source() {
        return source;
    }
}
