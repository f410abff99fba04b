package dev.byline.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * British spellings and their American forms ({@code favour}/{@code favor}, {@code harmonise}/{@code harmonize},
 * {@code manoeuvre}/{@code maneuver}, {@code neighbouring}/{@code neighboring}), from the table
 * {@code spelling-variants.tsv} beside this class, which {@code bench/spin/build_spellings.py} derives from the
 * SCOWL word lists Debian ships as {@code wbritish} and {@code wamerican} (README-spelling-variants.md).
 *
 * <pre>{@code
 * Spellings.american("harmonise");   // "harmonize"
 * Spellings.american("senate");      // "senate": not a British spelling
 * Spellings.british("neighboring");  // "neighbouring"
 * }</pre>
 *
 * <p>Spin detection's counts and trigram model are American, so a British word is rare there and any neighbour of
 * it unseen: read as written, a plain British story looks spun. Its evidence reads each such word as its American
 * form. Words are lower case.
 */
public final class Spellings {
    private static volatile Spellings instance;

    private final Map<String, String> american = new HashMap<>();
    private final Map<String, String> british = new HashMap<>();

    private Spellings(BufferedReader lines) throws IOException {
        String line;
        int row = 0;
        while ((line = lines.readLine()) != null) {
            row++;
            if (line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalStateException("spelling-variants.tsv line " + row + ": not 'british TAB american'");
            }
            String b = line.substring(0, tab);
            String a = line.substring(tab + 1);
            american.put(b, a);
            british.putIfAbsent(a, b);   // the file is sorted by British spelling: the first one stands for the American
        }
    }

    private static Spellings table() {
        Spellings s = instance;
        if (s == null) {
            synchronized (Spellings.class) {
                if (instance == null) {
                    instance = read();
                }
                s = instance;
            }
        }
        return s;
    }

    private static Spellings read() {
        try (InputStream in = Spellings.class.getResourceAsStream("spelling-variants.tsv")) {
            if (in == null) {
                throw new IllegalStateException("spelling-variants.tsv is missing from the toolkit jar");
            }
            return new Spellings(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The American spelling of a lower-case British one, or the word itself when the table does not list it. */
    public static String american(String word) {
        return table().american.getOrDefault(word, word);
    }

    /** A British spelling of a lower-case American word, or the word itself when the table does not list it. */
    public static String british(String word) {
        return table().british.getOrDefault(word, word);
    }
}
