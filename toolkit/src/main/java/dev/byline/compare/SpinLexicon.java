package dev.byline.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known spinner substitutions ("tortured phrases"), read from {@code spin-lexicon.tsv} beside
 * this class: spun phrase → likely original. Matching is over folded words, longest entry first.
 */
final class SpinLexicon {
    /** One entry: the spun words (folded) and the phrase they probably replace. */
    record Entry(List<String> spun, String original) {
    }

    private final Map<String, List<Entry>> byFirstWord;

    private SpinLexicon(Map<String, List<Entry>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static SpinLexicon empty() {
        return new SpinLexicon(Map.of());
    }

    static SpinLexicon builtIn() {
        try (InputStream in = SpinLexicon.class.getResourceAsStream("spin-lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("spin-lexicon.tsv is missing from the toolkit jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpinLexicon parse(List<String> lines) {
        Map<String, List<Entry>> map = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalArgumentException("spin lexicon line needs two tab-separated columns: " + line);
            }
            List<String> words = new ArrayList<>();
            for (String w : cols[0].trim().split("\\s+")) {
                words.add(Words.fold(w));
            }
            map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry(List.copyOf(words), cols[1].trim()));
        }
        map.values().forEach(l -> l.sort((x, y) -> Integer.compare(y.spun().size(), x.spun().size())));
        return new SpinLexicon(map);
    }

    int size() {
        return byFirstWord.values().stream().mapToInt(List::size).sum();
    }

    /** The longest entry matching the words from {@code i} on, or null. */
    Entry match(List<Word> words, int i) {
        List<Entry> candidates = byFirstWord.get(words.get(i).fold());
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            if (i + e.spun().size() <= words.size() && sameSentence(words, i, e.spun().size())) {
                boolean ok = true;
                for (int k = 0; k < e.spun().size() && ok; k++) {
                    ok = words.get(i + k).fold().equals(e.spun().get(k));
                }
                if (ok) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean sameSentence(List<Word> words, int i, int n) {
        return words.get(i).sentence() == words.get(i + n - 1).sentence();
    }
}
