package dev.byline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FittedWeightsTest {
    private static FittedWeights read(String text) throws Exception {
        return FittedWeights.read(new BufferedReader(new StringReader(text)), "m.tsv", List.of("a", "b"),
                Set.of("intercept"), "input", "fit.py");
    }

    @Test
    void weightsFollowTheInputsAndConstantsMayStandAnywhere() throws Exception {
        FittedWeights f = read("# fitted on the tune split\na\t0.5\nintercept\t-1\n\nb\t 2\n");
        assertArrayEquals(new double[] {0.5, 2.0}, f.weights());
        assertEquals(-1.0, f.constant("intercept"));
        assertTrue(Double.isNaN(f.constant("margin")));
    }

    @Test
    void aFileForOtherInputsAMissingInputOrALineWithoutATabIsRefusedByName() {
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> read("a\t1\nc\t2\n"));
        assertEquals("m.tsv: input 2 is 'c', expected 'b' (refit with fit.py)", wrong.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> read("a\t1\n"));
        assertEquals("m.tsv: 1 of 2 inputs (refit with fit.py)", missing.getMessage());
        IllegalStateException noTab = assertThrows(IllegalStateException.class, () -> read("a 1\n"));
        assertEquals("m.tsv: line 'a 1' has no tab", noTab.getMessage());
    }
}
