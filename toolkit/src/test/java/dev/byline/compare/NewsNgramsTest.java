package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewsNgramsTest {
    @Test
    void aCommonCollocationFitsBetterThanItsThesaurusSwap() {
        NewsNgrams n = NewsNgrams.builtIn();
        assertTrue(n.fit("the", new String[] {"operator"}, "said") > n.fit("the", new String[] {"hustler"}, "said") + 5.0);
        assertTrue(n.fit("officials", new String[] {"said"}, NewsNgrams.EDGE) > n.fit("officials", new String[] {"aforesaid"}, NewsNgrams.EDGE));
        assertTrue(n.count("said") > 1000, "counts loaded");
    }
}
