package dev.byline.kernel.runner;

import java.util.ArrayList;
import java.util.List;

/** A small line diff (longest common subsequence) printed with - and + markers, for --check reports. */
final class LineDiff {
    private static final int MAX_LINES = 2000;

    private LineDiff() {
    }

    private static final int MAX_WIDTH = 160;

    private static String clip(String line) {
        return line.length() <= MAX_WIDTH ? line : line.substring(0, MAX_WIDTH - 1) + "…";
    }

    static String unified(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
            return "  (outputs too long to diff: " + a.size() + " vs " + b.size() + " lines)";
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("  + " + clip(b.get(j++)));
            } else {
                out.add("  - " + clip(a.get(i++)));
            }
        }
        return String.join("\n", out);
    }
}
