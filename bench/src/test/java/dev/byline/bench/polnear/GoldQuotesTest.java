package dev.byline.bench.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gold quotations the bench derives from annotated contents, where the archive types its marks. */
class GoldQuotesTest {
    private static List<String> spans(String t) {
        return GoldQuotes.quotedSpans(t).stream().map(s -> t.substring(s[0], s[1])).toList();
    }

    @Test
    void threeApostrophesAfterAWordKeepTheInnerClosingMarkInTheQuotation() {
        assertEquals(List.of("I said, 'Eight years, no daylight,'"),
                spans("''I said, 'Eight years, no daylight,''' he recalled."));
    }

    @Test
    void threeApostrophesBeforeAWordOpenTheDoubleQuotationFirst() {
        assertEquals(List.of("'Sir, we stay,' he said,"), spans("He replied, '''Sir, we stay,' he said,'' she added."));
    }

    @Test
    void aYearsDroppedCenturyOpensNoQuotation() {
        assertEquals(List.of("It was a \u2018fair fight\u2019 all along,", "we won,"),
                spans("Ruiz said in \u201808 that the vote was close. \u201CIt was a \u2018fair fight\u2019 all along,"
                        + "\u201D she said. In the \u201890s she told \u2018we won,\u2019 as she tells it now."));
    }

    @Test
    void aRightMarkTypedForALeftOneBeforeAWordOpensAQuotation() {
        assertEquals(List.of("see the books,", "We stay!"),
                spans("It would not let them \u201Dsee the books,\u201D he said.\n\u202A\u201DWe stay!\u201D wrote Lind."));
    }

    @Test
    void aQuotationInsideTheQuotationTypedWithTheSameMarksIsPartOfIt() {
        assertEquals(List.of("They shouted \"go home!\" at us all night."),
                spans("Ruiz wrote, \"They shouted \"go home!\" at us all night.\" Berg said nothing."));
        assertEquals(List.of("We stay even when \u201Cthe board\u201D says no,"),
                spans("\u201CWe stay even when \u201Cthe board\u201D says no,\u201D she said."));
    }

    @Test
    void aQuotationLeftOpenBeforeTheNextOneStillEndsAtIt() {
        assertEquals(List.of("We stay, she said. "),
                spans("\u201CWe stay, she said. \u201CWe go.\u201D Berg left."));
    }

    @Test
    void aSingleQuotationOpeningOnAFigureStillOpens() {
        assertEquals(List.of("11 people lost their jobs,", "22.5% is too much."),
                spans("Ruiz said, \u201811 people lost their jobs,\u2019 and Berg said \u201822.5% is too much.\u2019"));
    }
}
