package dev.byline.bench.spin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixed split of a folder of articles (PolNeAR's train texts) by file-name hash, so the
 * counts, the tuning runs and the check runs never share an article: bucket = floorMod(hash of
 * the file name, 10); 0–6 counts, 7–8 tune, 9 check.
 */
enum Splits {
    COUNTS(0, 6), TUNE(7, 8), CHECK(9, 9);

    private final int from;
    private final int to;

    Splits(int from, int to) {
        this.from = from;
        this.to = to;
    }

    boolean holds(Path file) {
        int b = Math.floorMod(file.getFileName().toString().hashCode(), 10);
        return b >= from && b <= to;
    }

    /** The .txt files of {@code dir} in this split, sorted by name. */
    List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).filter(this::holds).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
