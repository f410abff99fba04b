package dev.byline.quotes;

/**
 * A set of words for the per-document indexes of {@link TextView}: open addressing in one array, no node per
 * word. Built once per document from every token, where a {@code HashSet}'s node allocations and pointer chasing
 * were a measurable share of {@code byline quotes}.
 *
 * <pre>{@code
 * WordSet s = new WordSet(100);
 * s.add("facing");
 * s.contains("facing"); // true
 * }</pre>
 */
final class WordSet {
    private String[] slots;
    private int size;

    WordSet(int expected) {
        slots = new String[Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1];
    }

    void add(String word) {
        int i = index(word);
        if (slots[i] != null) {
            return;
        }
        slots[i] = word;
        if (++size * 2 > slots.length) {
            String[] old = slots;
            slots = new String[old.length * 2];
            for (String w : old) {
                if (w != null) {
                    slots[index(w)] = w;
                }
            }
        }
    }

    boolean contains(String word) {
        return slots[index(word)] != null;
    }

    /** The slot holding {@code word}, or the empty slot where it would go. */
    private int index(String word) {
        int h = word.hashCode();
        int mask = slots.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        String s;
        while ((s = slots[i]) != null && !s.equals(word)) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
