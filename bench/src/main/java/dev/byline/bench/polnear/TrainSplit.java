package dev.byline.bench.polnear;

import dev.byline.BylineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the TRAIN split of PolNeAR (networkdynamics/PolNeAR) and nothing else: the dev and test
 * splits are held out, so this loader refuses any directory that is not {@code data/train} (given
 * as the repository's root, its {@code data} folder or the {@code train} folder itself).
 *
 * <p>An article annotated by several annotators is read from its first annotation file in name
 * order. The train articles are divided once, by a hash of the file name fixed before any result
 * was looked at, into a {@link Part#DEV dev part} (about two thirds, the one rules are developed
 * on) and a {@link Part#CHECK check part} (the rest, only reported).
 */
final class TrainSplit {
    /** The two parts of the train split. */
    enum Part { DEV, CHECK }

    private TrainSplit() {
    }

    /** The {@code train} folder under {@code root}, or a BylineException saying why there is none. */
    static Path trainFolder(Path root) {
        Path r = root.toAbsolutePath().normalize();
        for (Path candidate : List.of(r.resolve("data").resolve("train"), r.resolve("train"), r)) {
            if (candidate.getFileName() != null && candidate.getFileName().toString().equals("train")
                    && Files.isDirectory(candidate.resolve("text")) && Files.isDirectory(candidate.resolve("attributions"))) {
                return candidate;
            }
        }
        throw new BylineException(root + ": not PolNeAR's train split (expected data/train/text and "
                + "data/train/attributions; the dev and test splits are held out and never read)");
    }

    /** The part an article belongs to: SHA-1 of its file name, first byte mod 3 == 0 → check. */
    static Part partOf(String name) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(name.getBytes(StandardCharsets.UTF_8));
            return (h[0] & 0xff) % 3 == 0 ? Part.CHECK : Part.DEV;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every train article with its attributions, in file-name order. */
    static List<GoldArticle> load(Path root) {
        Path train = trainFolder(root);
        Map<String, Path> annotations = new TreeMap<>();
        try (Stream<Path> s = Files.list(train.resolve("attributions"))) {
            for (Path p : s.sorted().toList()) {
                String f = p.getFileName().toString();
                if (f.endsWith(".ann") && f.lastIndexOf('_') > 0) {
                    annotations.putIfAbsent(f.substring(0, f.lastIndexOf('_')), p);
                }
            }
        } catch (IOException e) {
            throw new BylineException(train + ": " + e.getMessage());
        }
        List<GoldArticle> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(train.resolve("text"))) {
            for (Path p : s.sorted().toList()) {
                String f = p.getFileName().toString();
                if (!f.endsWith(".txt")) {
                    continue;
                }
                String name = f.substring(0, f.length() - 4);
                Path ann = annotations.get(name);
                if (ann == null) {
                    continue;
                }
                String text = Files.readString(p, StandardCharsets.UTF_8);
                out.add(new GoldArticle(name, text, ann.getFileName().toString(), parse(ann, text), partOf(name)));
            }
        } catch (IOException e) {
            throw new BylineException(train + ": " + e.getMessage());
        }
        return out;
    }

    /** The attributions of one brat standoff file (T lines for spans, E lines linking them). */
    static List<GoldAttribution> parse(Path ann, String text) throws IOException {
        Map<String, int[]> spans = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            lineNo++;
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            if (f[0].startsWith("T")) {
                String[] typeAndRanges = f[1].split(" ", 2);
                int lo = Integer.MAX_VALUE;
                int hi = -1;
                for (String range : typeAndRanges[1].split(";")) {
                    String[] ab = range.trim().split(" ");
                    try {
                        lo = Math.min(lo, index(text, Integer.parseInt(ab[0])));
                        hi = Math.max(hi, index(text, Integer.parseInt(ab[1])));
                    } catch (RuntimeException e) {
                        throw new BylineException(ann + ":" + lineNo + ": bad span '" + range + "'");
                    }
                }
                spans.put(f[0], new int[] {lo, hi});
                texts.put(f[0], f.length > 2 ? f[2] : "");
            } else if (f[0].startsWith("E")) {
                events.add(f[1].split(" "));
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] e : events) {
            String source = null;
            String cue = null;
            List<String> contents = new ArrayList<>();
            for (String part : e) {
                String[] kv = part.split(":", 2);
                if (kv.length < 2) {
                    continue;
                }
                switch (kv[0]) {
                    case "Source" -> source = kv[1];
                    case "Cue" -> cue = kv[1];
                    default -> {
                        // "Content:T35 Content2:T39": brat numbers a role's second argument, here the second part of
                        // a content the cue splits ("“…,” Zucker said. “…”"); each part is the same attribution's
                        if (isContentRole(kv[0])) {
                            contents.add(kv[1]);
                        }
                    }
                }
            }
            int[] s = source == null ? null : spans.get(source);
            for (String content : contents) {
                int[] c = spans.get(content);
                if (c == null) {
                    continue;
                }
                out.add(new GoldAttribution(s == null ? -1 : s[0], s == null ? -1 : s[1],
                        cue == null ? "" : texts.getOrDefault(cue, ""), c[0], c[1]));
            }
        }
        out.sort(java.util.Comparator.comparingInt(GoldAttribution::contentStart));
        return out;
    }

    /** "Content", or "Content2", "Content3" …: brat's names for a role's first, second … argument. */
    static boolean isContentRole(String role) {
        if (!role.startsWith("Content")) {
            return false;
        }
        for (int i = 7; i < role.length(); i++) {
            if (!Character.isDigit(role.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** brat offsets count code points; Java strings count UTF-16 units. */
    private static int index(String text, int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }
}
