package dev.byline.kernel.magics;

import dev.byline.kernel.eval.Completion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Java a cell holds, at the offsets it has in the cell, for completion, inspection and is_complete: magic lines
 * are blanked (line breaks kept), except the code {@code %time} and {@code %%time} run; a cell under any other
 * {@code %%} magic holds no Java. A cursor keeps its position, so JShell's answers need no mapping back.
 *
 * <pre>{@code
 * CellJava.of("%%time\nvar n = words.size();")   // "      \nvar n = words.size();"
 * CellJava.of("%time words.size()")              // "      words.size()"
 * CellJava.isJavaAt("%jars lib/*.jar", 9)         // false: the cursor is in the magic's arguments
 * }</pre>
 */
public final class CellJava {
    /** The magics that run their text as Java (IJava's {@code %time} and {@code %%time}). */
    private static final Set<String> RUN_JAVA = Set.of("time");

    private CellJava() {
    }

    /** The cell with everything that is not Java replaced by spaces. */
    public static String of(String cell) {
        boolean[] java = javaMask(cell);
        char[] out = cell.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (!java[i] && out[i] != '\n') {
                out[i] = ' ';
            }
        }
        return new String(out);
    }

    /**
     * Whether the cursor follows Java (or starts the cell, or a line of a cell that holds Java), not a magic's name or
     * arguments, nor the body of {@code %%html} or {@code %%markdown}.
     */
    public static boolean isJavaAt(String cell, int cursor) {
        int at = Math.min(cursor, cell.length()) - 1;
        return at < 0 || javaMask(cell)[at] && (cell.charAt(at) != '\n' || !of(cell).isBlank());
    }

    /**
     * The magics whose names complete the {@code %na} or {@code %%na} that starts the cursor's line (cell magics only
     * on a cell's first line), with their {@code %}s; empty when the cursor is not on such a name.
     */
    public static Optional<Completion> magicNames(String cell, int cursor, Magics magics) {
        int lineStart = cell.lastIndexOf('\n', Math.max(0, cursor - 1)) + 1;
        String typed = cell.substring(lineStart, cursor).stripLeading();
        if (!typed.matches("%%?\\w*")) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        magics.lineNames().forEach(n -> names.add("%" + n));
        if (cell.substring(0, lineStart).isBlank()) {
            magics.cellNames().forEach(n -> names.add("%%" + n));
        }
        List<String> matches = names.stream().filter(n -> n.startsWith(typed)).sorted().toList();
        return Optional.of(new Completion(matches, cursor - typed.length(), cursor));
    }

    /** For each character of the cell, whether it is Java; line breaks count as Java. */
    private static boolean[] javaMask(String cell) {
        boolean[] java = new boolean[cell.length()];
        Arrays.fill(java, true);
        String stripped = cell.stripLeading();
        if (stripped.startsWith("%%")) {
            int head = cell.length() - stripped.length();
            int eol = cell.indexOf('\n', head);
            int end = eol < 0 ? cell.length() : eol;
            notJava(java, cell, 0, RUN_JAVA.contains(nameAt(cell, head + 2, end)) ? end : cell.length());
            return java;
        }
        int lineStart = 0;
        while (lineStart <= cell.length()) {
            int eol = cell.indexOf('\n', lineStart);
            int end = eol < 0 ? cell.length() : eol;
            int first = lineStart;
            while (first < end && Character.isWhitespace(cell.charAt(first))) {
                first++;
            }
            if (first < end && cell.charAt(first) == '%') {
                String name = nameAt(cell, first + 1, end);
                notJava(java, cell, lineStart, RUN_JAVA.contains(name) ? first + 1 + name.length() : end);
            }
            lineStart = end + 1;
        }
        return java;
    }

    private static String nameAt(String cell, int from, int end) {
        int to = from;
        while (to < end && !Character.isWhitespace(cell.charAt(to))) {
            to++;
        }
        return cell.substring(from, to);
    }

    private static void notJava(boolean[] java, String cell, int from, int to) {
        for (int i = from; i < to; i++) {
            java[i] = cell.charAt(i) == '\n';
        }
    }
}
