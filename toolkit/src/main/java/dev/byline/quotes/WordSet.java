package dev.byline.quotes;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;

/**
 * An unmodifiable set of words for the rules' membership tests ("is this norm a modal?"), asked of nearly every
 * token of every sentence. {@code Set.of}'s table is half full and compares the asked word with {@code equals} at
 * every slot it passes, so a word in no set, most words, costs two or three string comparisons (calls, under the
 * launcher's C1 compiler). Here each slot keeps its word's hash too, the table is at most a quarter full, and a word
 * is compared only with a word of the same hash: a word in no set usually costs one hash read and no comparison.
 * Like {@code Set.of}: no null word (nor a null asked), no word twice; unlike it, iteration is in the order given.
 *
 * <pre>{@code
 * Set<String> modals = WordSet.of("would", "could");
 * modals.contains("could");   // true
 * modals.contains("said");    // false
 * }</pre>
 */
final class WordSet extends AbstractSet<String> {
    /** the words in the order given, for iteration */
    private final String[] words;
    /** open addressing: a word, or null for an empty slot; a power of two at least four times the words */
    private final String[] slots;
    /** per slot, its word's hash */
    private final int[] hashes;

    private WordSet(String[] words) {
        this.words = words;
        int size = Integer.highestOneBit(Math.max(1, words.length) * 4 - 1) << 1;
        this.slots = new String[size];
        this.hashes = new int[size];
        for (String w : words) {
            int h = w.hashCode();
            int i = slot(w, h);
            if (slots[i] != null) {
                throw new IllegalArgumentException("duplicate element: " + w);
            }
            slots[i] = w;
            hashes[i] = h;
        }
    }

    /** The set of {@code words}. @throws IllegalArgumentException if a word is given twice */
    static WordSet of(String... words) {
        String[] copy = words.clone();
        for (String w : copy) {
            Objects.requireNonNull(w);
        }
        return new WordSet(copy);
    }

    /** The slot holding {@code word} (hash {@code h}), or the empty slot where it would go. */
    private int slot(String word, int h) {
        int mask = slots.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        while (slots[i] != null && !(hashes[i] == h && slots[i].equals(word))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    @Override
    public boolean contains(Object o) {
        if (o instanceof String word) {
            int h = word.hashCode();
            int mask = slots.length - 1;
            for (int i = (h ^ (h >>> 16)) & mask; slots[i] != null; i = (i + 1) & mask) {
                if (hashes[i] == h && slots[i].equals(word)) {
                    return true;
                }
            }
            return false;
        }
        Objects.requireNonNull(o);
        return false;
    }

    @Override
    public int size() {
        return words.length;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(words).iterator();
    }
}
