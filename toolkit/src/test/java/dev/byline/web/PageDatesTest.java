package dev.byline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDatesTest {
    @Test
    void offsetsAreKeptAndNothingIsInvented() {
        assertEquals(Optional.of("2026-03-03T09:15+01:00"), PageDates.iso("2026-03-03 09:15:00+0100"));
        assertEquals(Optional.of("2026-03-03T08:15Z"), PageDates.iso("2026-03-03T08:15:00Z"));
        assertEquals(Optional.of("2026-03-03T09:15"), PageDates.iso("2026-03-03T09:15:00"));
        assertEquals(Optional.of("2026-03-03"), PageDates.iso("2026-03-03"));
        assertEquals(Optional.of("2026-03-03T08:15Z"), PageDates.iso("Tue, 3 Mar 2026 08:15:00 GMT"));
        assertEquals(Optional.empty(), PageDates.iso("yesterday"));
    }
}
