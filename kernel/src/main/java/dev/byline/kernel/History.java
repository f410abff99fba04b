package dev.byline.kernel;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The inputs of this session, for Jupyter's history requests (tail, range, search). */
final class History {
    private static final int SESSION = 1;

    private record Entry(int line, String input, String output) {
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(int line, String input) {
        entries.add(new Entry(line, input, null));
    }

    /** Records the text/plain of the line's result, for requests with {@code output: true}. */
    synchronized void setOutput(int line, String output) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).line() == line) {
                entries.set(i, new Entry(line, entries.get(i).input(), output));
                return;
            }
        }
    }

    /** The last {@code n} entries; with {@code output}, each input paired with its result's text. */
    synchronized JsonArray tail(int n, boolean output) {
        return json(output, entries.subList(Math.max(0, entries.size() - n), entries.size()));
    }

    /** Entries with {@code start <= line < stop} (stop ≤ 0 means to the end). */
    synchronized JsonArray range(int start, int stop, boolean output) {
        return json(output, entries.stream().filter(e -> e.line() >= start && (stop <= 0 || e.line() < stop)).toList());
    }

    /** Entries whose input matches a glob ({@code *} and {@code ?}), the last {@code n}, optionally unique. */
    synchronized JsonArray search(String glob, int n, boolean unique, boolean output) {
        Pattern p = Pattern.compile(globToRegex(glob), Pattern.DOTALL);
        List<Entry> hits = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (p.matcher(e.input()).matches() && (!unique || seen.add(e.input()))) {
                hits.add(0, e);
            }
        }
        return json(output, n > 0 ? hits.subList(Math.max(0, hits.size() - n), hits.size()) : hits);
    }

    private static String globToRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> sb.append(".*");
                case '?' -> sb.append('.');
                default -> sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    private static JsonArray json(boolean output, List<Entry> list) {
        JsonArray a = new JsonArray();
        for (Entry e : list) {
            JsonArray row = new JsonArray();
            row.add(SESSION);
            row.add(e.line());
            if (output) {
                JsonArray pair = new JsonArray();
                pair.add(e.input());
                pair.add(e.output());
                row.add(pair);
            } else {
                row.add(e.input());
            }
            a.add(row);
        }
        return a;
    }
}
