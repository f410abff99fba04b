import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * scikit-learn's job, hand-written for the JVM: a second floor for {@code byline terms}. Where
 * {@link MinimalCount} only splits at whitespace, this does what {@code sklearn_counts.py} asks of
 * {@code CountVectorizer(stop_words="english")}, and prints the same table: tokens are runs of two or more
 * word characters ({@code (?u)\b\w\w+\b}), lower-cased, scikit-learn's English stop words left out, each
 * term's count and document frequency, most frequent first (ties by term), as CSV.
 *
 * <p>Written for speed, not generality: files read into a buffer per thread and never decoded (a non-ASCII
 * character is decoded only to ask whether it is a word character), one open-addressing table of lower-cased
 * token bytes per thread, merged at the end. Only ASCII letters are lower-cased (so {@code É} and {@code é}
 * stay apart); {@code run.sh} compares its table with scikit-learn's and prints how many rows differ.
 * No layout, no possessives, no curly-apostrophe rule, no Unicode normalisation: less than Byline does.
 *
 * <p>Usage: {@code javac -d OUT MinimalCount.java SklearnJob.java && java -XX:TieredStopAtLevel=1 -cp OUT SklearnJob
 * DIR STOPWORDS} (one word a line); it reads files as {@link MinimalCount} does.
 */
public final class SklearnJob {
    /** 1 for an ASCII word character ([A-Za-z0-9_]). */
    private static final byte[] WORD = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            WORD[c] = (byte) (Character.isLetterOrDigit(c) || c == '_' ? 1 : 0);
        }
    }

    // slot: {hash, length, offset in keys, count, docs, last document, stop word (1) or not (0), unused}
    private static final int SLOT = 8;
    private int[] table = new int[SLOT << 16];
    private byte[] keys = new byte[1 << 20];
    private int used;
    private int distinct;
    private int document;
    private final byte[] token = new byte[1 << 16];
    private final Set<String> stop;

    SklearnJob(Set<String> stop) {
        this.stop = stop;
    }

    private void scan(byte[] b, int length) {
        document++;
        int i = 0;
        while (i < length) {
            // to the next word character
            int c = b[i];
            if (c >= 0) {
                if (WORD[c] == 0) {
                    i++;
                    continue;
                }
            } else if (!wordAt(b, i, length)) {
                i += width(c);
                continue;
            }
            // the run of word characters: lower-cased into token, hashed, its characters counted
            int n = 0;
            int chars = 0;
            int h = 0;
            while (i < length) {
                c = b[i];
                if (c >= 0) {
                    if (WORD[c] == 0) {
                        break;
                    }
                    byte lower = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
                    if (n < token.length) {
                        token[n++] = lower;
                    }
                    h = 31 * h + lower;
                    i++;
                } else {
                    if (!wordAt(b, i, length)) {
                        break;
                    }
                    int w = Math.min(width(c), length - i);
                    for (int k = 0; k < w; k++) {
                        if (n < token.length) {
                            token[n++] = b[i + k];
                        }
                        h = 31 * h + b[i + k];
                    }
                    i += w;
                }
                chars++;
            }
            if (chars >= 2) {
                count(n, h);
            }
        }
    }

    private static int width(int lead) {
        int u = lead & 0xFF;
        return u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : u >= 0xC0 ? 2 : 1;
    }

    /** True if the UTF-8 character at i is a word character to Python's re: alphanumeric (str.isalnum). */
    private static boolean wordAt(byte[] b, int i, int length) {
        int w = width(b[i]);
        if (w == 1 || i + w > length) {
            return false;
        }
        int cp = switch (w) {
            case 2 -> (b[i] & 0x1F) << 6 | b[i + 1] & 0x3F;
            case 3 -> (b[i] & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
            default -> (b[i] & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
        };
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private void count(int length, int h) {
        int mask = (table.length / SLOT) - 1;
        int slot = (h * 0x9E3779B9 ^ (h * 0x9E3779B9) >>> 16) & mask;
        while (true) {
            int at = slot * SLOT;
            if (table[at + 1] == 0) {
                insert(at, length, h);
                return;
            }
            if (table[at] == h && table[at + 1] == length && same(keys, table[at + 2], token, 0, length)) {
                if (table[at + 6] == 0) {
                    table[at + 3]++;
                    if (table[at + 5] != document) {
                        table[at + 5] = document;
                        table[at + 4]++;
                    }
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void insert(int at, int length, int h) {
        if (used + length > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, used + length));
        }
        System.arraycopy(token, 0, keys, used, length);
        boolean isStop = stop.contains(new String(token, 0, length, StandardCharsets.UTF_8));
        table[at] = h;
        table[at + 1] = length;
        table[at + 2] = used;
        table[at + 3] = isStop ? 0 : 1;
        table[at + 4] = isStop ? 0 : 1;
        table[at + 5] = document;
        table[at + 6] = isStop ? 1 : 0;
        used += length;
        if (++distinct * 2 > table.length / SLOT) {
            grow();
        }
    }

    /** Doubles the table when half full. */
    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        int mask = (table.length / SLOT) - 1;
        for (int at = 0; at < old.length; at += SLOT) {
            if (old[at + 1] != 0) {
                int h = old[at];
                int slot = (h * 0x9E3779B9 ^ (h * 0x9E3779B9) >>> 16) & mask;
                while (table[slot * SLOT + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, at, table, slot * SLOT, SLOT);
            }
        }
    }

    /** Adds other's counts into this table (the threads' documents are distinct, so document frequencies add up). */
    private void merge(SklearnJob other) {
        for (int at = 0; at < other.table.length; at += SLOT) {
            int[] o = other.table;
            if (o[at + 1] == 0 || o[at + 6] == 1) {
                continue;
            }
            int length = o[at + 1];
            System.arraycopy(other.keys, o[at + 2], token, 0, length);
            int h = o[at];
            int mask = (table.length / SLOT) - 1;
            int slot = (h * 0x9E3779B9 ^ (h * 0x9E3779B9) >>> 16) & mask;
            while (true) {
                int mine = slot * SLOT;
                if (table[mine + 1] == 0) {
                    insert(mine, length, h);
                    table[mine + 3] = o[at + 3];
                    table[mine + 4] = o[at + 4];
                    break;
                }
                if (table[mine] == h && table[mine + 1] == length && same(keys, table[mine + 2], token, 0, length)) {
                    table[mine + 3] += o[at + 3];
                    table[mine + 4] += o[at + 4];
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    private static boolean same(byte[] a, int from, byte[] b, int start, int length) {
        for (int k = 0; k < length; k++) {
            if (a[from + k] != b[start + k]) {
                return false;
            }
        }
        return true;
    }

    private static int compareKeys(byte[] keys, int a, int aLength, int b, int bLength) {
        return Arrays.compareUnsigned(keys, a, a + aLength, keys, b, b + bLength);
    }

    /** Prints the table: term,count,docs, most frequent first, ties in term order (UTF-8 byte order is code point order). */
    private void print(OutputStream out) throws IOException {
        int[] rows = new int[distinct];
        int n = 0;
        for (int at = 0; at < table.length; at += SLOT) {
            if (table[at + 1] != 0 && table[at + 6] == 0) {
                rows[n++] = at;
            }
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = rows[k];
        }
        int[] t = table;
        Arrays.sort(order, (x, y) -> t[y + 3] != t[x + 3] ? Integer.compare(t[y + 3], t[x + 3])
                : compareKeys(keys, t[x + 2], t[x + 1], t[y + 2], t[y + 1]));
        out.write("term,count,docs\n".getBytes(StandardCharsets.US_ASCII));
        for (int at : order) {
            out.write(keys, t[at + 2], t[at + 1]);
            out.write((',' + Integer.toString(t[at + 3]) + ',' + t[at + 4] + '\n').getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = MinimalCount.textFiles(args[0]);
        Set<String> stop = new HashSet<>(Files.readAllLines(Path.of(args[1])));
        SklearnJob[] counters = new SklearnJob[Runtime.getRuntime().availableProcessors()];
        for (int t = 0; t < counters.length; t++) {
            counters[t] = new SklearnJob(stop);
        }
        if (!MinimalCount.readAll(files, Arrays.stream(counters).map(c -> (MinimalCount.Scanner) c::scan)
                .toArray(MinimalCount.Scanner[]::new))) {
            System.exit(1);
        }
        for (int t = 1; t < counters.length; t++) {
            counters[0].merge(counters[t]);
        }
        counters[0].print(new BufferedOutputStream(System.out, 1 << 16));
    }
}
