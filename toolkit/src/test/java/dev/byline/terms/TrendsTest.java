package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.Document;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TrendsTest {
    @Test
    void relativeFrequencyPerMonthAndPerOutlet() {
        Corpus c = Corpus.of(
                Document.of("a", "Peace talks resumed. Peace.", Map.of("date", "2026-01-05", "outlet", "AP")),
                Document.of("b", "War returned.", Map.of("date", "2026-01-20", "outlet", "FT")),
                Document.of("c", "Peace held.", Map.of("date", "2026-02-01", "outlet", "AP")),
                Document.of("d", "No date here, peace."));
        Table t = Trends.of(c, List.of("Peace"), TrendBy.MONTH, TermOptions.defaults());
        assertEquals(List.of("month", "term", "count", "docs", "terms", "per_10k"), t.columnNames());
        assertEquals(List.of("2026-01", "2026-02"), t.stringColumn("month").asList());
        assertEquals(List.of(2L, 1L), t.longColumn("count").asList());
        assertEquals(List.of(6L, 2L), t.longColumn("terms").asList());   // peace talks resumed peace war returned | peace held
        assertEquals(2 * 10_000.0 / 6, t.doubleColumn("per_10k").get(0), 1e-9);
        Table byOutlet = Trends.of(c, List.of("peace", "war"), TrendBy.OUTLET, TermOptions.defaults());
        assertEquals(List.of("AP", "AP", "FT", "FT"), byOutlet.stringColumn("outlet").asList());
        assertEquals(List.of(3L, 0L, 0L, 1L), byOutlet.longColumn("count").asList());
        assertThrows(BylineException.class,
                () -> Trends.of(Corpus.of(Document.of("x", "Peace.")), List.of("peace"), TrendBy.DATE, TermOptions.defaults()));
    }
}
