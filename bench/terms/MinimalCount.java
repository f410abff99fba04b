import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The least a JVM can do for a term count, as a floor for {@code byline terms}: read every .txt file under
 * DIR into a buffer, split it at ASCII whitespace, and count each distinct chunk in an open-addressing table
 * (one per thread, not merged). No layout (title, dateline, boilerplate), no tokenizer, no UTF-8 checks, no
 * stop words, no document frequencies, nothing printed but the totals. {@code run.sh} times it beside
 * {@code byline terms} with the launcher's JIT settings.
 *
 * <p>Usage: {@code java -XX:TieredStopAtLevel=1 bench/terms/MinimalCount.java DIR}. Its file reading is shared with
 * {@code SklearnJob.java}.
 */
public final class MinimalCount {
    private static final boolean[] WHITESPACE = new boolean[256];

    static {
        for (int c = 0; c < 128; c++) {
            WHITESPACE[c] = Character.isWhitespace(c);
        }
    }

    private static volatile Throwable failed;

    private int[] table = new int[4 << 19];   // {hash, length, offset in keys, count} per slot
    private byte[] keys = new byte[1 << 20];
    private int used;
    private int distinct;
    private long chunks;

    private void scan(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            while (i < length && WHITESPACE[b[i] & 0xFF]) {
                i++;
            }
            int start = i;
            int h = 0;
            while (i < length && !WHITESPACE[b[i] & 0xFF]) {
                h = 31 * h + b[i];
                i++;
            }
            if (i > start) {
                count(b, start, i - start, h);
            }
        }
    }

    private void count(byte[] b, int start, int length, int h) {
        chunks++;
        int mask = (table.length >> 2) - 1;
        int slot = (h * 0x9E3779B9 ^ (h * 0x9E3779B9) >>> 16) & mask;
        while (true) {
            int at = slot << 2;
            if (table[at + 1] == 0) {
                if (used + length > keys.length) {
                    keys = java.util.Arrays.copyOf(keys, keys.length * 2);
                }
                System.arraycopy(b, start, keys, used, length);
                table[at] = h;
                table[at + 1] = length;
                table[at + 2] = used;
                table[at + 3] = 1;
                used += length;
                if (++distinct * 2 > mask) {
                    grow();
                }
                return;
            }
            if (table[at] == h && table[at + 1] == length && same(keys, table[at + 2], b, start, length)) {
                table[at + 3]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Doubles the table when half full (a corpus of news has hundreds of thousands of distinct chunks). */
    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        int mask = (table.length >> 2) - 1;
        for (int at = 0; at < old.length; at += 4) {
            if (old[at + 1] != 0) {
                int h = old[at];
                int slot = (h * 0x9E3779B9 ^ (h * 0x9E3779B9) >>> 16) & mask;
                while (table[(slot << 2) + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, at, table, slot << 2, 4);
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

    /** A counter fed one file's bytes at a time by {@link #readAll}, on a thread of its own. */
    interface Scanner {
        void scan(byte[] bytes, int length);
    }

    /** The .txt files under {@code dir}, in path order. */
    static List<Path> textFiles(String dir) throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of(dir))) {
            return walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /**
     * Reads {@code files} on one thread per scanner (file k to scanner k mod n), each into a buffer of its thread;
     * false if a thread failed (its stack trace printed): a count that stopped half-way is no floor.
     */
    static boolean readAll(List<Path> files, Scanner[] scanners) throws InterruptedException {
        int threads = scanners.length;
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int mine = t;
            workers[t] = new Thread(() -> {
                byte[] buffer = new byte[1 << 20];
                for (int k = mine; k < files.size(); k += threads) {
                    try (FileChannel in = FileChannel.open(files.get(k))) {
                        if (in.size() >= buffer.length) {
                            buffer = new byte[(int) in.size() + 1];
                        }
                        ByteBuffer into = ByteBuffer.wrap(buffer);
                        while (in.read(into) > 0) {
                            // to the end of the file
                        }
                        scanners[mine].scan(buffer, into.position());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            workers[t].setUncaughtExceptionHandler((thread, e) -> {
                failed = e;
                e.printStackTrace();
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return failed == null;
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = textFiles(args[0]);
        MinimalCount[] counters = new MinimalCount[Runtime.getRuntime().availableProcessors()];
        for (int t = 0; t < counters.length; t++) {
            counters[t] = new MinimalCount();
        }
        if (!readAll(files, java.util.Arrays.stream(counters).map(c -> (Scanner) c::scan).toArray(Scanner[]::new))) {
            System.exit(1);
        }
        long chunks = 0;
        long distinct = 0;
        for (MinimalCount c : counters) {
            chunks += c.chunks;
            distinct += c.distinct;
        }
        System.out.println(files.size() + " files, " + chunks + " chunks, " + distinct + " distinct in the threads' tables");
    }
}
