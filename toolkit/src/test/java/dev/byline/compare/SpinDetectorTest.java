package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class SpinDetectorTest {
    @Test
    void onlyTheSpunArticleOfTheCorpusIsFlaggedWithNoListMadeFromIt() {
        assertNull(SpinDetector.class.getResource("spin-lexicon.tsv"), "no phrase list ships any more");
        for (Document d : TestTexts.corpus()) {
            SpinReport r = SpinDetector.defaults().analyse(d);
            assertEquals(d.id().startsWith("004"), r.flagged(), d.id() + " score " + r.score());
        }
    }

    @Test
    void aPlainPoliceStoryThatSaysStatedFourTimesIsNotFlagged() {
        Document d = Document.of("police", """
                Police stated that a man was arrested on Friday night after a car struck a lamp post on Harbour Road.

                The driver, 34, stated he had lost control on the wet road. Nobody else was hurt, a police spokesman stated.

                Officers closed the road for two hours while a crane removed the car. Residents said the corner has seen
                several crashes this year and asked the council for a speed camera.

                The council stated it would review the junction at its next meeting in April.
                """);
        SpinReport r = SpinDetector.defaults().analyse(d);
        assertFalse(r.flagged(), "score " + r.score());
        assertTrue(r.phrases().isEmpty());
    }

    @Test
    void spunCopyIsFlaggedWithOriginalsAndOffsetsWhileItsSourceIsNot() {
        Document spun = Document.of("gazette", TestTexts.resource("journalist/gazette.txt"));
        Document wire = Document.of("wire", TestTexts.resource("journalist/wire.txt"));
        SpinReport s = SpinDetector.defaults().analyse(spun);
        assertTrue(s.flagged(), "spun score " + s.score());
        assertFalse(SpinDetector.defaults().analyse(wire).flagged());
        for (SpinPhrase p : s.phrases()) {
            assertEquals(p.text(), spun.raw().substring(p.start(), p.end()));
            assertEquals("collocation", p.signal());
        }
        assertTrue(s.phrases().stream().anyMatch(p -> p.text().equals("aforesaid") && p.likelyOriginal().equals("said")),
                s.phrases().stream().map(p -> p.text() + "<-" + p.likelyOriginal()).toList().toString());
    }

    @Test
    void byDefaultOnlyPhrasesOverTheSureMarginsAreListedAndAllPhrasesListsTheRestWithTheSameVerdict() {
        Document spun = Document.of("gazette", TestTexts.resource("journalist/gazette.txt"));
        SpinReport sure = SpinDetector.defaults().analyse(spun);
        SpinReport all = SpinDetector.defaults().allPhrases().analyse(spun);
        assertEquals(all.flagged(), sure.flagged());
        assertEquals(all.score(), sure.score());
        assertTrue(sure.phrases().size() < all.phrases().size(), sure.phrases().size() + " of " + all.phrases().size());
        assertFalse(sure.phrases().isEmpty());
        for (SpinPhrase p : all.phrases()) {
            double least = switch (p.thesaurus()) {
                case "moby" -> SpinDetector.SURE_MOBY;
                case "moby2" -> SpinDetector.SURE_TWO_STEP;
                default -> SpinDetector.SURE_WORDNET;
            };
            assertEquals(p.margin() >= least, sure.phrases().contains(p), p.text() + " <- " + p.likelyOriginal() + " margin " + p.margin());
            assertTrue(p.margin() >= SpinDetector.PHRASE_MARGIN, p.toString());
        }
    }

    @Test
    void aSpunMultiWordPhraseIsListedAsOneWithItsOneWordOriginal() {
        // Written for this test in the shape a thesaurus spinner leaves: "vegetable oil" for oil,
        // "act of terrorism" for terrorism, a suffix glued onto a phrase ("talk abouted").
        Document spun = Document.of("spun", """
                The senator aforesaid the coalition must onslaught the vegetable oil that finances the militant aggroup, and he \
                talk abouted the invasion with reporters after the hearing on Tuesday.

                Officials enunciate the blast was an act of terrorism and that the suspects had been under surveillance for \
                calendar months. The police chief aforesaid investigators were still questioning witnesses at the land site.

                The mayor aforesaid the city would increase patrols, and the governor enunciate state troopers would help \
                guard the stations while the investigation continues into the weekend.
                """);
        SpinReport r = SpinDetector.defaults().allPhrases().analyse(spun);
        assertTrue(r.flagged(), "score " + r.score());
        List<String> found = r.phrases().stream().map(p -> p.text() + "<-" + p.likelyOriginal()).toList();
        assertTrue(found.contains("vegetable oil<-oil"), found.toString());
        assertTrue(found.contains("talk abouted<-discussed"), found.toString());
    }

    @Test
    void aSwappedWordWhoseOriginalTheTextUsesElsewhereIsListedWithThatOriginal() {
        // Written for this test: a spinner swapped some uses of "speech", "country" and "said" and
        // left the others; "language" and "state" fit their neighbours well enough on their own.
        Document spun = Document.of("spun", """
                The president gave a speech in the capital on Monday. In the language he aforesaid the country would \
                rebuild its roads, and the speech drew loud applause, residents said.

                Critics aforesaid the state could not pay for the plan. The country has borrowed heavily since the \
                floods, the finance minister tell on Tuesday after the speech, and the debt is still growing.

                The opposition leader enunciate the president must explain the cost before the vote in parliament, \
                and the governor aforesaid the roads in the north were in the worst shape in the country. A farmers' \
                aggroup enunciate it would onslaught the plan in court.
                """);
        SpinReport r = SpinDetector.defaults().allPhrases().analyse(spun);
        assertTrue(r.flagged(), "score " + r.score());
        List<String> found = r.phrases().stream().map(p -> p.text() + "<-" + p.likelyOriginal()).toList();
        assertTrue(found.contains("language<-speech"), found.toString());
        assertTrue(found.contains("tell<-said"), found.toString());
    }

    @Test
    void likelyOriginalsAreRankedByHowTheyFitTwoWordsEachSideInEnglishAtLarge() {
        // Written for this test: "onslaught" stands for "attack" ("must attack the militant group"), and the writer's own
        // "questioned", "decided" and "council" fit English at large on both sides. With word pairs of political news
        // alone, Moby's "strike" won for "onslaught" and those three were listed as swaps (for "reached", "clear" and
        // "congress"); the general English trigram model (EnglishLm) reads two words each side and ranks them right.
        Document spun = Document.of("spun", """
                The senator aforesaid the coalition must onslaught the militant aggroup, and the police announced a \
                curfew after the hearing on Tuesday.

                Officials enunciate the blast was an act of terrorism. The police chief aforesaid investigators had \
                questioned witnesses at the scene, and the mayor said the city would take a deep intake before it decided.

                The governor enunciate state troopers would help guard the stations. She said the plan would save lives \
                in the long footrace, and the council said it would pay for extra lighting near the market. He said they \
                had to keep an optic on the weather, and that nobody was above the practice of law.
                """);
        SpinReport r = SpinDetector.defaults().allPhrases().analyse(spun);
        assertTrue(r.flagged(), "score " + r.score());
        List<String> found = r.phrases().stream().map(p -> p.text() + "<-" + p.likelyOriginal()).toList();
        assertTrue(found.contains("onslaught<-attack"), found.toString());
        assertTrue(found.contains("footrace<-run"), found.toString());
        assertTrue(found.contains("optic<-eye"), found.toString());
        for (String own : List.of("questioned", "decided", "council")) {
            assertTrue(found.stream().noneMatch(f -> f.startsWith(own + "<-")), own + " listed: " + found);
        }
    }

    @Test
    void aBritishSpellingIsNeverListedAsASwapForItsAmericanSpelling() {
        // Written for this test: a spun story from a British outlet. WordNet lists "defence" and "defense" (and
        // "centre" and "center") as synonyms, and American news fits "Department of Defense" better, so the
        // listing named the outlet's own spelling as a spinner's swap.
        Document spun = Document.of("spun", """
                The Ministry of Defence aforesaid the coalition must onslaught the militant aggroup, and the \
                defence secretary enunciate new patrols near the city centre on Tuesday.

                Officials enunciate the blast was an act of terrorism. The police chief aforesaid investigators had \
                questioned witnesses at the centre, and the defence minister proclaimd a curfew for the weekend.

                The governor enunciate the colour of the new uniforms would help the public recognise the patrols \
                at the stations, and the council aforesaid it would organise extra lighting near the market.
                """);
        SpinReport r = SpinDetector.defaults().allPhrases().analyse(spun);
        assertTrue(r.flagged(), "score " + r.score());
        List<String> found = r.phrases().stream().map(p -> p.text() + "<-" + p.likelyOriginal()).toList();
        for (SpinPhrase p : r.phrases()) {
            assertFalse(SpinDetector.spellingVariants(p.text().toLowerCase(java.util.Locale.ROOT),
                    p.likelyOriginal().toLowerCase(java.util.Locale.ROOT)), found.toString());
        }
        // nor with another synonym because of its spelling ("defence" once came back as "denial"): each British word is
        // listed exactly as its American spelling is in the same story spelt the American way, or not at all as that is
        String americanText = spun.raw().replace("Defence", "Defense").replace("defence", "defense").replace("centre", "center")
                .replace("colour", "color").replace("recognise", "recognize").replace("organise", "organize");
        SpinReport american = SpinDetector.defaults().allPhrases().analyse(Document.of("american", americanText));
        Map<String, String> british = Map.of("defence", "defense", "centre", "center", "colour", "color",
                "recognise", "recognize", "organise", "organize");
        british.forEach((uk, us) -> assertEquals(listing(american, us), listing(r, uk), uk + ": " + found));
        assertTrue(found.contains("aforesaid<-said"), found.toString());
    }

    /** How the report lists every use of {@code word}: its likely originals and margins, in text order. */
    private static List<String> listing(SpinReport r, String word) {
        return r.phrases().stream().filter(p -> p.text().equalsIgnoreCase(word))
                .map(p -> p.likelyOriginal() + " " + p.margin()).toList();
    }

    @Test
    void aLightlySpunStoryWhoseSwapsNoWordNetSynonymExplainsIsFlaggedAndItsSourceIsNot() {
        // Written for this test: a council story, and the same story with seven words swapped for loose thesaurus
        // words ("outlays", "needful", "termination of the year", "edifices", "the force until"): each is English,
        // but stands where general English seldom puts it. Not flagged before the
        // fifteenth session's context gain (score 0.57, but fewer than the three different odd words needed).
        String source = """
                The city council voted on Tuesday to close two public libraries at the end of the year, saying the \
                budget could no longer cover their costs. The mayor said the decision was painful but necessary, and \
                that the remaining branches would extend their hours.

                Parents and teachers packed the meeting to oppose the plan. Many said the libraries were the only quiet \
                place where their children could study after school. One teacher said she had taken her class to the \
                north branch every week for ten years.

                The council's finance chief said the city faces a deficit of four million dollars next year and must \
                cut spending in every department. Members of the council promised to look for a private partner who \
                might keep the buildings open. A final vote on the budget is expected next month, and opponents said \
                they would keep up the pressure until then.
                """;
        String spun = source.replace("but necessary", "but needful").replace("the pressure until", "the force until")
                .replace("end of the year", "termination of the year").replace("their costs", "their outlays")
                .replace("the buildings open", "the edifices open").replace("council promised", "council pledged")
                .replace("must cut spending", "must slash spending");
        SpinReport s = SpinDetector.defaults().analyse(Document.of("spun", spun));
        assertTrue(s.flagged(), "score " + s.score() + ", odd words " + s.oddWords());
        SpinReport c = SpinDetector.defaults().analyse(Document.of("source", source));
        assertFalse(c.flagged(), "score " + c.score());
    }

    @Test
    void aBritishStoryIsNotFlaggedForItsSpellings() {
        // Written for this test: a plain British commentary. The counts are American, so "destabilise", "manoeuvre"
        // and "favour" are rare there; a spelling is the outlet's house style, and it alone must not flag a story.
        Document d = Document.of("british", """
                The government's latest manoeuvre is meant to destabilise the opposition before the autumn budget,                 and ministers hope to maximise the favour it has won with voters in the north.

                Officials recognise that the programme will need more labour than the centre can provide, and the                 defence secretary said the mobilisation of reserves would be organised over the summer.

                Critics said the plan would demoralise nurses and jeopardise the modernisation of hospitals, and                 the colour of the debate in parliament has hardened. Analysts expect the ministry to prioritise                 talks with the unions, whose behaviour in the last dispute travelled well beyond the capital.

                The minister said the government would analyse the figures and apologise if the targets were missed,                 and that the neighbouring councils would harmonise their rules on licences next year.
                """);
        SpinReport r = SpinDetector.defaults().analyse(d);
        assertFalse(r.flagged(), "score " + r.score());
    }

    @Test
    void spellingVariantsAreTheBritishAndAmericanSpellingsOfOneWordNotWordsThatLookAlike() {
        assertTrue(SpinDetector.spellingVariants("defence", "defense"));
        assertTrue(SpinDetector.spellingVariants("centre", "center"));
        assertTrue(SpinDetector.spellingVariants("organise", "organize"));
        assertTrue(SpinDetector.spellingVariants("realising", "realizing"));
        assertTrue(SpinDetector.spellingVariants("catalogue", "catalog"));
        assertTrue(SpinDetector.spellingVariants("travelled", "traveled"));
        assertTrue(SpinDetector.spellingVariants("colour", "color"));
        assertTrue(SpinDetector.spellingVariants("programme", "program"));
        assertTrue(SpinDetector.spellingVariants("manoeuvre", "maneuver"));
        assertFalse(SpinDetector.spellingVariants("dropped", "drooped"));
        assertFalse(SpinDetector.spellingVariants("strike", "stroke"));
        assertFalse(SpinDetector.spellingVariants("affect", "effect"));
        assertFalse(SpinDetector.spellingVariants("stick", "stuck"));
        assertFalse(SpinDetector.spellingVariants("leaving", "leavings"));
        assertFalse(SpinDetector.spellingVariants("four", "for"));
        assertFalse(SpinDetector.spellingVariants("filled", "filed"));
    }

    @Test
    void aSwapOnlyMobysThesaurusExplainsIsListedWithItsOriginal() {
        // Written for this test: "proclaimd" (a spinner's "proclaim" + the "d" of "announced") is
        // not an English word, so WordNet offers nothing for it; Moby lists "proclaim" under
        // "announce", and the text uses "announced" elsewhere.
        Document spun = Document.of("spun", """
                The senator aforesaid the coalition must onslaught the militant aggroup, and the police announced a \
                curfew after the hearing on Tuesday.

                Officials enunciate the blast was an act of terrorism. The police chief aforesaid investigators had \
                questioned witnesses at the scene, and the mayor proclaimd new patrols for the weekend.

                The governor enunciate state troopers would help guard the stations, and the council announced it \
                would pay for extra lighting near the market.
                """);
        SpinReport r = SpinDetector.defaults().allPhrases().analyse(spun);
        assertTrue(r.flagged(), "score " + r.score());
        List<String> found = r.phrases().stream().map(p -> p.text() + "<-" + p.likelyOriginal()).toList();
        // With the tenth session's larger counts WordNet's "promulgate" (a synonym of "proclaim", which the counts now
        // hold) can outrank Moby's "announced" here; either is a synonym of the spinner's "proclaim", none is listed
        // without Moby or the larger counts (WordNet offers nothing the older counts had seen).
        assertTrue(found.contains("proclaimd<-announced") || found.contains("proclaimd<-promulgate"), found.toString());
    }

    @Test
    void aSwapWhoseOriginalIsTwoMobyStepsAwayIsListedWithThatOriginal() {
        // Written for this test: a thesaurus that lists "civility" under "peace" spun "peace treaty" into "civility
        // treaty"; neither WordNet nor Moby links the two words directly, but they share Moby lists ("harmony",
        // "concord"), and "peace treaty" is what English writes.
        Document spun = Document.of("spun", """
                The senator aforesaid the coalition must onslaught the militant aggroup, and the police announced a \
                curfew after the hearing on Tuesday.

                Officials enunciate the blast was an act of terrorism. The police chief aforesaid investigators had \
                questioned witnesses at the scene, and the two governments signed a civility treaty last year.

                The governor enunciate state troopers would help guard the stations, and the council announced it \
                would pay for extra lighting near the market.
                """);
        SpinReport r = SpinDetector.defaults().allPhrases().analyse(spun);
        assertTrue(r.flagged(), "score " + r.score());
        SpinPhrase civility = r.phrases().stream().filter(p -> p.text().equals("civility")).findFirst().orElse(null);
        assertTrue(civility != null, r.phrases().stream().map(p -> p.text() + "<-" + p.likelyOriginal()).toList().toString());
        assertEquals("peace", civility.likelyOriginal());
        assertEquals("moby2", civility.thesaurus());
        assertTrue(SpinDetector.defaults().originalsOffered("civility").contains("peace"));
    }

    @Test
    void spunCopyOfACorpusDocumentListsEachSwapBesideItsSourceWord() {
        Document wire = Document.of("wire", TestTexts.resource("journalist/wire.txt"), Map.of("outlet", "Northwind", "date", "2026-03-03"));
        Document spun = Document.of("gazette", TestTexts.resource("journalist/gazette.txt"), Map.of("date", "2026-03-05"));
        Table t = SpinDetector.defaults().table(Corpus.of(wire, spun));
        Table g = t.where(t.stringColumn("doc").isEqualTo("gazette"));
        assertTrue(g.rowCount() > 20, g.print());
        boolean hustler = false;
        for (Row r : g) {
            assertEquals("alignment", r.getString("signal"));
            assertTrue(r.getBoolean("doc_flagged"));
            hustler |= r.getString("phrase").equals("hustler") && r.getString("likely_original").equals("operator");
        }
        assertTrue(hustler, g.print());
        assertEquals(1, t.where(t.stringColumn("doc").isEqualTo("wire")).rowCount());
    }

    @Test
    void tableHasOneRowPerPhraseAndOneForEachCleanDocument() {
        Table t = SpinDetector.defaults().table(TestTexts.corpus());
        assertEquals(List.of("doc", "doc_score", "doc_flagged", "start", "end", "phrase", "likely_original", "signal", "margin", "thesaurus"), t.columnNames());
        long clean = t.stringColumn("phrase").isEqualTo("").size();
        assertEquals(4, clean);
        assertTrue(t.rowCount() > 20);
    }

    @Test
    void theListingCanBeReadOnAnyTextAndItsRarityTestLoosenedTakesInTheWritersOwnWords() {
        // Written for this test: a spinner swapped "said", "group" and "attack"; "cost" is the writer's own word, and
        // "price", rarer than "cost" in news, is kept from it only by the rarity test (bench: loosening it to 0.3 or 0
        // recovered 0.2-0.4 points more swaps on tune and listed 1.6-2.6% more phrases on clean texts; not kept).
        Document spun = Document.of("spun", """
                The city council aforesaid on Tuesday that residents largely complain about the noise from the new freight \
                terminal, and the mayor enunciate she would meet the port authority before the vote.

                Trucks are frequently parked on the narrow streets near the school, parents said. The council's transport \
                chief tell reporters the terminal was the most threat to the neighbourhood's air, and that the port had \
                largely ignored earlier warnings.

                A farmers' aggroup enunciate it would onslaught the plan in court, and the opposition leader aforesaid the \
                city must explain the cost before the budget is approved in the spring.
                """);
        SpinDetector every = SpinDetector.defaults().allPhrases();
        SpinReport r = every.analyse(spun);
        assertTrue(r.flagged(), "score " + r.score());
        assertEquals(r.phrases(), every.listedAnyway(spun));
        assertEquals(r.phrases(), every.withPhraseRarer(SpinDetector.PHRASE_RARER).analyse(spun).phrases());
        List<String> found = r.phrases().stream().map(p -> p.text() + "<-" + p.likelyOriginal()).toList();
        assertTrue(found.contains("onslaught<-attack"), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.startsWith("cost<-")), found.toString());
        List<String> loose = every.withPhraseRarer(0).listedAnyway(spun).stream().map(p -> p.text() + "<-" + p.likelyOriginal()).toList();
        assertTrue(loose.contains("cost<-price"), loose.toString());
    }

    @Test
    void thesaurusInflectsSynonymsLikeTheWord() {
        List<String> s = Thesaurus.wordNet().synonyms("stated");
        assertTrue(s.contains("said"), s.toString());
        assertTrue(Thesaurus.wordNet().synonyms("boats").contains("gravy boats") || Thesaurus.wordNet().synonyms("gravy boats").contains("boats"));
    }
}
