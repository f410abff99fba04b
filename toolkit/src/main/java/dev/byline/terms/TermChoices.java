package dev.byline.terms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The term choices every front end offers in the same words (the command line's term commands and
 * the Spark jobs): a stemmer by name, {@code --stem} meaning Porter, and extra stop words read from
 * a file. Each front end keeps its own option syntax and error reporting.
 *
 * <pre>{@code
 * TermChoices.stemming(false, "Lancaster");                  // LANCASTER
 * TermChoices.stemming(true, null);                          // PORTER
 * TermChoices.stemmerProblem("snowball");                    // "unknown stemmer 'snowball' (porter or lancaster)"
 * Set<String> extra = TermChoices.readStopWords(file);       // one a line, # starts a comment
 * }</pre>
 */
public final class TermChoices {
    private TermChoices() {
    }

    /** The stemmer a name means ("porter" or "lancaster", any case), if any. */
    public static Optional<Stemming> stemmerNamed(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "porter" -> Optional.of(Stemming.PORTER);
            case "lancaster" -> Optional.of(Stemming.LANCASTER);
            default -> Optional.empty();
        };
    }

    /** What is wrong with a stemmer name, in words for the user; null if it names one (or is null: none asked for). */
    public static String stemmerProblem(String name) {
        return name == null || stemmerNamed(name).isPresent() ? null : "unknown stemmer '" + name + "' (porter or lancaster)";
    }

    /**
     * The stemming chosen: the named stemmer if a name is given, else Porter if {@code stem}, else none.
     *
     * @throws IllegalArgumentException if {@code stemmer} names no stemmer (check {@link #stemmerProblem} first)
     */
    public static Stemming stemming(boolean stem, String stemmer) {
        if (stemmer != null) {
            return stemmerNamed(stemmer).orElseThrow(() -> new IllegalArgumentException(stemmerProblem(stemmer)));
        }
        return stem ? Stemming.PORTER : Stemming.NONE;
    }

    /** The words of a stop-word list file (UTF-8): one a line, blank lines skipped, {@code #} starts a comment. */
    public static Set<String> readStopWords(Path file) throws IOException {
        Set<String> words = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            String w = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
