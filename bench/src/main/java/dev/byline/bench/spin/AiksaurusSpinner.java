package dev.byline.bench.spin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fifth bench spinner, kept out of all tuning AND out of the detector's resources: Aiksaurus's English thesaurus
 * (Debian package {@code libaiksaurus-1.2-data}, {@code /usr/share/aiksaurus/}), which comes from a different line
 * than WordNet and LibreOffice's thesaurus (both of which the detector reads). A meaning of the word is picked
 * uniformly, then any term of that meaning; words without an entry are looked up by a naive base form (-s, -es,
 * -ed, -d, -ing stripped) and the suffix glued back on. Seeded: same input, seed and rate, same output.
 *
 * <p>The data: {@code words.dat} holds each word (NUL-terminated, ':' for a space) followed by the 16-bit
 * big-endian ids of its meanings, ended by 0xFFFF; {@code meanings.dat} holds each meaning as 16-bit word ids ended
 * by 0xFFFF, its first two being the meaning's title words (which also stand in its list).
 */
final class AiksaurusSpinner {
    /** Where Debian's libaiksaurus-1.2-data puts the thesaurus. */
    static final Path DEFAULT = Path.of("/usr/share/aiksaurus");

    private AiksaurusSpinner() {
    }

    /** The spinner over the thesaurus in {@code dir}: word → its meanings, each the terms offered (lower-case only, never the word). */
    static Spinner of(Path dir, double rate) throws IOException {
        return new MeaningListSpinner(read(dir.resolve("words.dat"), dir.resolve("meanings.dat")), rate);
    }

    private static Map<String, List<List<String>>> read(Path wordsFile, Path meaningsFile) throws IOException {
        if (!Files.isRegularFile(wordsFile) || !Files.isRegularFile(meaningsFile)) {
            throw new IOException(wordsFile.getParent() + " has no words.dat / meanings.dat: install Debian's libaiksaurus-1.2-data");
        }
        ByteBuffer w = ByteBuffer.wrap(Files.readAllBytes(wordsFile));
        List<String> words = new ArrayList<>();
        List<int[]> meaningsOf = new ArrayList<>();
        while (w.hasRemaining()) {
            int start = w.position();
            while (w.get() != 0) {
                // the word's bytes
            }
            words.add(new String(w.array(), start, w.position() - start - 1, StandardCharsets.ISO_8859_1).replace(':', ' '));
            List<Integer> ids = new ArrayList<>();
            for (int v = w.getShort() & 0xffff; v != 0xffff; v = w.getShort() & 0xffff) {
                ids.add(v);
            }
            meaningsOf.add(ids.stream().mapToInt(Integer::intValue).toArray());
        }
        ByteBuffer m = ByteBuffer.wrap(Files.readAllBytes(meaningsFile));
        List<List<String>> meanings = new ArrayList<>();
        List<String> current = new ArrayList<>();
        while (m.remaining() >= 2) {
            int v = m.getShort() & 0xffff;
            if (v == 0xffff) {
                meanings.add(current.size() > 2 ? current.subList(2, current.size()) : List.of());
                current = new ArrayList<>();
            } else if (v < words.size()) {
                current.add(words.get(v));
            }
        }
        Map<String, List<List<String>>> out = new HashMap<>(1 << 16);
        for (int k = 0; k < words.size(); k++) {
            String head = words.get(k);
            List<List<String>> ms = new ArrayList<>();
            for (int id : meaningsOf.get(k)) {
                if (id >= meanings.size()) {
                    continue;
                }
                List<String> terms = new ArrayList<>();
                for (String t : meanings.get(id)) {
                    if (!t.equals(head) && !terms.contains(t) && t.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == ' ')) {
                        terms.add(t);
                    }
                }
                if (!terms.isEmpty()) {
                    ms.add(terms);
                }
            }
            if (!ms.isEmpty()) {
                out.put(head, ms);
            }
        }
        return out;
    }
}
