package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.byline.text.Document;
import org.junit.jupiter.api.Test;

class SpellingsTest {
    @Test
    void aBritishSpellingReadsAsItsAmericanOneAndOtherWordsAsThemselves() {
        assertEquals("harmonize", Spellings.american("harmonise"));
        assertEquals("favor", Spellings.american("favour"));
        assertEquals("neighboring", Spellings.american("neighbouring"));
        assertEquals("maneuver", Spellings.american("manoeuvre"));
        assertEquals("traveled", Spellings.american("travelled"));
        assertEquals("senate", Spellings.american("senate"));
        assertEquals("scoured", Spellings.american("scoured"), "not 'scored': two words");
        assertEquals("singeing", Spellings.american("singeing"), "not 'singing'");
        assertEquals("neighbouring", Spellings.british("neighboring"));
        assertEquals("organised", Spellings.british("organized"));
        assertEquals("senate", Spellings.british("senate"));
    }

    @Test
    void aBritishStoryScoresAsItsAmericanSpellingDoes() {
        // Written for this test: a plain local story from a British paper, and the same story spelt the American way.
        // The counts and the trigram model are American; the spelling alone must not move the verdict.
        String british = """
                The council's new scheme to modernise the town centre will prioritise cycle lanes, and the mayor said it \
                would minimise disruption for neighbouring shops during the works.

                Residents criticised the plan at a crowded meeting on Tuesday, saying the consultation had been organised \
                in a hurry and that the labour costs were never itemised. Several said the colour of the new paving was \
                chosen without asking anyone who lives there.

                The council apologised for the short notice and said a revised plan would be finalised by the autumn, \
                after a review of the traffic modelling and of the bus routes that travelled through the square.
                """;
        String american = british.replace("modernise", "modernize").replace("centre", "center").replace("prioritise", "prioritize")
                .replace("minimise", "minimize").replace("neighbouring", "neighboring").replace("criticised", "criticized")
                .replace("organised", "organized").replace("labour", "labor").replace("itemised", "itemized")
                .replace("colour", "color").replace("apologised", "apologized").replace("finalised", "finalized")
                .replace("modelling", "modeling").replace("travelled", "traveled");
        SpinReport uk = SpinDetector.defaults().analyse(Document.of("uk", british));
        SpinReport us = SpinDetector.defaults().analyse(Document.of("us", american));
        assertEquals(us.score(), uk.score(), 1e-9);
        assertFalse(uk.flagged(), "score " + uk.score());
    }

    @Test
    void aSpunBritishStoryListsWhatItsAmericanSpellingLists() {
        // Written for this test: a spun story from a British outlet, and the same story spelt the American way. A
        // British neighbour ("Ministry of Defence", "would organise extra lighting") once moved the likely originals.
        String british = """
                The Ministry of Defence aforesaid the coalition must onslaught the militant aggroup, and the \
                defence secretary enunciate new patrols near the city centre on Tuesday.

                The governor enunciate the colour of the new uniforms would help the public recognise the patrols \
                at the stations, and the neighbouring councils aforesaid they would organise extra lighting near the market.
                """;
        String american = british.replace("Defence", "Defense").replace("defence", "defense").replace("centre", "center")
                .replace("colour", "color").replace("recognise", "recognize").replace("organise", "organize")
                .replace("neighbouring", "neighboring");
        SpinDetector all = SpinDetector.defaults().allPhrases();
        assertEquals(listing(all.analyse(Document.of("us", american))), listing(all.analyse(Document.of("uk", british))));
    }

    private static java.util.List<String> listing(SpinReport r) {
        return r.phrases().stream().map(p -> p.likelyOriginal() + " " + p.margin()).toList();
    }
}
