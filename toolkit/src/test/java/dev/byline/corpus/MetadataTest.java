package dev.byline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetadataTest {
    /** The date of a sidecar row, read without a pattern, must be what the pattern and LocalDate.parse read. */
    @Test
    void parseDateReadsWhatTheIsoPatternReads() {
        Pattern iso = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
        String alphabet = "0123456789012345678901234567890123456789--- T:Z١x";
        Random random = new Random(3);
        int dates = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            if (random.nextInt(3) == 0) {
                b.append(String.format("%04d-%02d-%02d", random.nextInt(3000), random.nextInt(14), random.nextInt(33)));
            }
            for (int k = random.nextInt(14); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = random.nextInt(8) == 0 ? " " + b + "\t" : b.toString();
            Optional<LocalDate> expected;
            Matcher m = iso.matcher(s.strip());
            try {
                expected = m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
            } catch (DateTimeException e) {
                expected = Optional.empty();
            }
            dates += expected.isPresent() ? 1 : 0;
            assertEquals(expected, Metadata.parseDate(s), "for [" + s + "]");
        }
        assertEquals(Optional.empty(), Metadata.parseDate(null));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), Metadata.parseDate("2024-02-29T09:00:00Z"));
        assertEquals(Optional.empty(), Metadata.parseDate("2026-02-29"));
        assertEquals(true, dates > 10_000, dates + " valid dates drawn");
    }
}
