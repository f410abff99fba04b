package dev.byline.spark;

import dev.byline.compare.MinHashLsh;
import java.nio.ByteBuffer;

/**
 * The compact forms the near-duplicates job shuffles instead of objects: a MinHash signature as the
 * big-endian bytes of its longs, and a document's unit TF-IDF vector as (term key, weight) pairs
 * sorted by key, so a pair's cosine is one merge of two arrays. A Spark SQL binary column holds
 * either as it is, with no serialiser involved.
 *
 * <pre>{@code
 * byte[] v = Packed.vector(new long[] {3, 9}, new double[] {0.6, 0.8});   // keys ascending
 * Packed.cosine(v, v);                                                    // 1.0
 * }</pre>
 */
final class Packed {
    private static final int ENTRY = Long.BYTES + Double.BYTES;

    private Packed() {
    }

    /** The signature's longs as bytes. */
    static byte[] signature(long[] signature) {
        ByteBuffer b = ByteBuffer.allocate(signature.length * Long.BYTES);
        b.asLongBuffer().put(signature);
        return b.array();
    }

    /** The longs of a packed signature. */
    static long[] signature(byte[] packed) {
        long[] s = new long[packed.length / Long.BYTES];
        ByteBuffer.wrap(packed).asLongBuffer().get(s);
        return s;
    }

    /**
     * One byte per signature row (its lowest bits: MinHash values are hash values, uniform there).
     * Rows that are equal have equal sketch bytes, so sketches agree on at least as many rows as
     * their signatures do.
     */
    static byte[] sketch(long[] signature) {
        byte[] s = new byte[signature.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (byte) signature[i];
        }
        return s;
    }

    /**
     * False only if the signatures behind two sketches cannot agree on enough rows for the toolkit
     * to keep the pair ({@link MinHashLsh#DEFAULT_MIN_ESTIMATE}, computed as its estimate is): a
     * sifting with no false negatives, before the full signatures decide.
     */
    static boolean mayKeep(byte[] a, byte[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return a.length != 0 && (double) same / a.length >= MinHashLsh.DEFAULT_MIN_ESTIMATE;
    }

    /** A vector of {@code keys} (strictly ascending) and their weights. */
    static byte[] vector(long[] keys, double[] weights) {
        ByteBuffer b = ByteBuffer.allocate(keys.length * ENTRY);
        for (int i = 0; i < keys.length; i++) {
            if (i > 0 && keys[i] <= keys[i - 1]) {
                throw new IllegalArgumentException("vector keys must ascend: " + keys[i - 1] + " then " + keys[i]);
            }
            b.putLong(keys[i]).putDouble(weights[i]);
        }
        return b.array();
    }

    /** The dot product of two packed vectors: the cosine when both are unit vectors. */
    static double cosine(byte[] a, byte[] b) {
        ByteBuffer x = ByteBuffer.wrap(a);
        ByteBuffer y = ByteBuffer.wrap(b);
        int i = 0;
        int j = 0;
        double dot = 0;
        while (i < a.length && j < b.length) {
            long kx = x.getLong(i);
            long ky = y.getLong(j);
            if (kx == ky) {
                dot += x.getDouble(i + Long.BYTES) * y.getDouble(j + Long.BYTES);
                i += ENTRY;
                j += ENTRY;
            } else if (kx < ky) {
                i += ENTRY;
            } else {
                j += ENTRY;
            }
        }
        return dot;
    }

    /**
     * A 64-bit key for a term (FNV-1a over its chars, then a finaliser that spreads the bits); a
     * different {@code seed} gives independent keys, for when two of a corpus's terms collide.
     */
    static long termKey(String term, long seed) {
        long h = 0xcbf29ce484222325L ^ seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < term.length(); i++) {
            h = (h ^ term.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
