package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThesaurusTest {
    @Test
    void aSuffixGluedOntoTheLastWordOfAPhraseIsReadAsThatPhraseInflected() {
        Thesaurus t = Thesaurus.wordNet();
        assertTrue(t.isPhrase("talk abouted"));
        assertTrue(t.synonyms("talk abouted").contains("discussed"), t.synonyms("talk abouted").toString());
        assertTrue(t.synonyms("point outs").contains("remarks"), t.synonyms("point outs").toString());
    }

    @Test
    void onlyAWholePhraseIsAPhraseNotAPhraseFoundInsideLongerText() {
        Thesaurus t = Thesaurus.wordNet();
        assertTrue(t.isPhrase("missionary stations"));
        assertFalse(t.isPhrase("those missionary stations with"));
        assertTrue(t.synonyms("those missionary stations with").isEmpty());
    }

    @Test
    void aBareLemmaMayStandForAnIrregularFormOfItsSynonymThatASpinnerCouldNotInflect() {
        Thesaurus t = Thesaurus.wordNet();
        assertTrue(t.uninflectedOriginals("tell").contains("said"), t.uninflectedOriginals("tell").toString());
        assertTrue(t.uninflectedOriginals("told").isEmpty(), "an inflected form carries its own inflection");
    }
}
