package dev.byline.bench.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BritishCopyTest {
    @Test
    void americanSpellingsAreRespeltTheBritishWayCaseKeptOtherWordsLeft() {
        assertEquals("The Centre organised a neighbouring CENTRE's talks; Senate leaders travelled 3 miles.",
                BritishCopy.of("The Center organized a neighboring CENTER's talks; Senate leaders traveled 3 miles."));
    }
}
