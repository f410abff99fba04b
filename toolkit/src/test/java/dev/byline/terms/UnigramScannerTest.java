package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class UnigramScannerTest {
    private static final String[] PIECES = {
        "Estonia’s", "Estonia's", "U.S.", "U.S.-brokered", "4-year-old", "J.", "Smith", "No.", "5", "no.", "Dr.", "Jan.",
        "they’ll", "don't", "O’Brien", "’em", "’90s", "rock", "’n’", "roll", "2.8", "1,000", "24/7", "AT&T", "e.g.",
        "https://example.com/a.", "www.example.org", "@handle", "#tag", "—", "--", "-", "…", "...", "“Quote", "said.”",
        "(AP)", "[sic]", "peace,", "talks;", "war:", "end?", "now!", "A.", "B", "x.", "Ms.", "vs.", "St.", "Mr.", "café",
        "naïve", "Zürich", "\u00A0", "I.", "US.", "Inc.", "Putin", "putin", "PUTIN", "the", "The", "a", "S.", "no", "No",
        "(“Estonia’s,”", "Kyiv’s.", "talks.”", "[Putin", "No.,", "J.”", "www.", "WWW.", "“Dr.", "Talks'S", "\u2003", "\u2028",
        "\u3000", "\u1680", "\u2007", "x\u200By", "\uD83D\uDE00", "€5", "said,’",
        // plain chunks whose word is looked up without its marks, and near misses that must go to the tokenizer
        "Dr.,", "Estonia’s.", "ab.", "x's.", "“(Kyiv", "said”.", "Kyiv”),", "Putin’", "Putin'", "talks'", "Zelensky’s”",
        "www.,", "Inc.”", "No.”", "2026.", "Kyiv’S,", "(\"talks\")", "peace\u2028talks", "war\u2003,", "Kyiv’t", "Kyiv's’",
        // words on either side of eight bytes (ShortWords keeps those of up to eight), in both cases, with marks
        "Zelensky", "zelensky”", "Zelenskyy", "ZELENSKYY,", "12345678", "123456789", "diplomat.", "diplomats", "(Diplomats",
        "ceasefire’s", "Ceasefir", "abcdefgh.", "Abcdefghi.", "walks", "stalks", "02345678", "23456789", "Zelenskiy", "elenskyy",
        // words on either side of sixteen bytes (MidWords keeps those of nine to sixteen), sharing their last eight bytes
        "negotiations", "Negotiations,", "NEGOTIATIONS.", "internationally", "Internationalisation", "abcdefghijklmnop",
        "bbcdefghijklmnop", "Abcdefghijklmnop’s", "abcdefghijklmnopq", "Xijklmnop", "ijklmnop", "1234567890123456",
        "12345678901234567", "counterproposals", "Counterproposal.", "uncounterproposals",
        // what may follow a chunk that reads past its end (J., No., U.S.): a capital or a digit outside ASCII, other marks
        "Émile", "\u0663", "Ö.", "(Smith", "7th", "\u0663.", "j.", "N.", "U.N.",
        // a word read eight bytes at once, next to the bytes just outside a letter's or a digit's range, and outside ASCII
        "ab@cd", "Ab[cd", "ab`Cd", "ab{cd", "ab/cd", "ab:cd", "x\u0010y", "x\u0019", "Abcdefgé", "abcdefghé", "AZaz09",
        "zZ@", "abcdefg”", "Ab’s", "ABCDEFGH’S", "abcdefgh-ij", "a1b2c3d4e",
        // chunks without a letter: numbers and marks (no term unless numbers or punctuation are counted), and the
        // apostrophes that make a word of digits
        "80,740", "23.6%", "$5", "(2015).", "1/2", "#1", "@5", "5'", "'90", "'90s", "’90", "`90", "''", "``", "--", "...",
        "1.2.3", "5.", "-5", "+1", "5:30", "[3]", "~", "_5", "\"5\"", "1,000.”", "№5", "²", "5٣", "(1)-(2)", "3'",
        // guillemets around a word (a plain chunk's marks) and around what is not one
        "«Stamen", "banners»,", "«born", "in».", "«4-year-old,", "«a", "«Dr.", "No.»", "«J.", "«'90", "«Estonia’s»,", "»talks«",
        "«»", "‹talks›"
    };

    /**
     * The same random text as files, read by the streamed counter (plain-text files as UTF-8 bytes, their layout
     * found on the bytes): it counts exactly what the token list of the loaded documents gives, including the files
     * that must be decoded (a no-break space ending a line, a Markdown file) and with BOMs and CRLF line ends.
     */
    @Test
    void streamedBytesCountExactlyWhatTheTokenListOfTheLoadedDocumentsGives(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        Random random = new Random(43);
        for (int d = 0; d < 60; d++) {
            StringBuilder b = new StringBuilder(d % 7 == 0 ? "\uFEFF" : "");
            if (d % 3 == 0) {
                b.append("A Title Line For ").append(d).append("\n\n");
            }
            if (d % 4 == 0) {
                b.append("KYIV, Ukraine (AP) — ");
            }
            String eol = d % 5 == 0 ? "\r\n" : "\n";
            for (int p = 0; p < 6; p++) {
                for (int w = 0; w < 40; w++) {
                    b.append(PIECES[random.nextInt(PIECES.length)]);
                    b.append(random.nextInt(10) == 0 ? "  " : random.nextInt(20) == 0 ? "\t" : " ");
                }
                b.append(p == 2 ? "Share: Facebook" + eol : "").append(".").append(d % 11 == 0 ? "\u00A0" : "").append(eol).append(eol);
            }
            java.nio.file.Files.writeString(dir.resolve(String.format("%02d.%s", d, d % 13 == 0 ? "md" : "txt")), b.toString());
        }
        for (TermOptions o : List.of(TermOptions.defaults(), TermOptions.defaults().keepingStopWords().withNumbers(true),
                TermOptions.defaults().withPunctuation(true).withCase(CaseMode.KEEP))) {
            FrequencyAccumulator slow = new FrequencyAccumulator();
            TermCounter counter = new TermCounter(o, null);
            for (Document doc : Corpus.load(dir)) {
                slow.add(counter.countByTokens(doc));
            }
            Table streamed = Terms.frequencies(dev.byline.corpus.DocumentStream.of(dev.byline.corpus.LoadOptions.defaults(), dir), o);
            assertEquals(slow.table("frequencies").print(Integer.MAX_VALUE), streamed.print(Integer.MAX_VALUE), o.toString());
        }
    }

    /**
     * Random text of the tricky pieces: the scanner must count exactly what the token list gives, with case folded or
     * kept (its word caches are keyed by the lower-cased word only when case is folded), and in paragraphs longer than
     * the words it looks up together.
     */
    @Test
    void scannerCountsExactlyWhatTheTokenListGives() {
        Random random = new Random(42);
        List<Document> docs = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            StringBuilder b = new StringBuilder();
            for (int p = 0; p < 5; p++) {
                for (int w = 0; w < (p == 1 ? 700 : 60); w++) {
                    b.append(PIECES[random.nextInt(PIECES.length)]);
                    b.append(random.nextInt(10) == 0 ? "  " : random.nextInt(20) == 0 ? "\t" : " ");
                }
                b.append(".\n\n");
            }
            docs.add(Document.of(String.format("%02d", d), b.toString()));
        }
        Corpus corpus = Corpus.of(docs);
        for (TermOptions o : List.of(TermOptions.defaults(), TermOptions.defaults().keepingStopWords().withNumbers(true),
                TermOptions.defaults().withPunctuation(true).withCase(CaseMode.KEEP),
                TermOptions.defaults().withCase(CaseMode.KEEP).keepingStopWords(),
                TermOptions.defaults().withStemming(Stemming.PORTER).withMinLength(3))) {
            FrequencyAccumulator slow = new FrequencyAccumulator();
            TermCounter counter = new TermCounter(o, null);
            UnigramScanner fast = new UnigramScanner(o);
            UnigramScanner forgetful = new UnigramScanner(o, 16);   // starts its cache afresh many times
            for (Document d : corpus) {
                slow.add(counter.countByTokens(d));
                fast.add(d);
                forgetful.add(d);
            }
            String expected = slow.table("f").print(Integer.MAX_VALUE);
            assertEquals(expected, FrequencyAccumulator.table("f", fast.rows()).print(Integer.MAX_VALUE), o.toString());
            assertEquals(expected, FrequencyAccumulator.table("f", forgetful.rows()).print(Integer.MAX_VALUE), o.toString());
        }
    }

    @Test
    void mergedScannersAddUpCountsAndDocumentFrequencies() {
        TermOptions o = TermOptions.defaults();
        UnigramScanner a = new UnigramScanner(o);
        UnigramScanner b = new UnigramScanner(o);
        a.add(Document.of("1", "Peace talks. Peace."));
        b.add(Document.of("2", "Talks failed."));
        b.add(Document.of("3", "Peace returned."));
        a.merge(b);
        Table t = FrequencyAccumulator.table("f", a.rows());
        assertEquals(List.of("peace", "talks", "failed", "returned"), t.stringColumn("term").asList());
        assertEquals(List.of(3L, 2L, 1L, 1L), t.longColumn("count").asList());
        assertEquals(List.of(2, 2, 1, 1), t.intColumn("docs").asList());
    }

    /** The chunk cache takes at most an eighth of the heap, so counting runs in a small heap too. */
    @Test
    void chunkCacheIsSizedByTheHeap() {
        long mb = 1 << 20;
        assertEquals(UnigramScanner.MAX_CACHED_CHUNKS, UnigramScanner.cacheLimit(6144 * mb, 2));
        int small = UnigramScanner.cacheLimit(64 * mb, 2);
        org.junit.jupiter.api.Assertions.assertTrue(small >= 4096 && small * 120L * 2 <= 64 * mb / 8, "limit " + small);
        org.junit.jupiter.api.Assertions.assertTrue(UnigramScanner.cacheLimit(64 * mb, 8) < small, "more threads, less each");
    }

    /** One document's counts from the scanner are the token-based counts, document by document, cache warm or cold. */
    @Test
    void perDocumentCountsEqualTheTokenBasedOnes() {
        Random random = new Random(9);
        for (TermOptions o : List.of(TermOptions.defaults(), TermOptions.defaults().keepingStopWords().withNumbers(true),
                TermOptions.defaults().withStemming(Stemming.PORTER), TermOptions.defaults().withCase(CaseMode.KEEP))) {
            TermCounter byTokens = new TermCounter(o, null);
            UnigramScanner scanner = new UnigramScanner(o, 64);
            for (int d = 0; d < 60; d++) {
                StringBuilder b = new StringBuilder();
                boolean oneLongParagraph = d % 10 == 0;
                for (int w = 0; w < (oneLongParagraph ? 700 : 80); w++) {
                    b.append(PIECES[random.nextInt(PIECES.length)]).append(w % 17 == 16 && !oneLongParagraph ? ".\n\n" : " ");
                }
                Document doc = Document.of("d" + d, b.toString());
                java.util.Map<String, Integer> expected = new java.util.TreeMap<>();
                byTokens.countByTokens(doc).forEach((t, c) -> expected.put(t, c.value));
                java.util.Map<String, Integer> actual = new java.util.TreeMap<>();
                scanner.countsOf(doc).forEach((t, c) -> actual.put(t, c.value));
                assertEquals(expected, actual, o + " on " + doc.raw());
            }
        }
    }

    @Test
    void aChunkReadsPastItsPeriodAfterOneLetterOrDigitAsCharacterSaysForEveryAsciiChar() {
        for (char c = 0; c < 128; c++) {
            for (String chunk : new String[] {c + ".", "(" + c + ".", "x" + c + ".", "N" + c + ".", "\u00E9" + c + "."}) {
                byte[] b = chunk.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                int before = b.length - 2;   // the byte before the period is c
                int letters = 0;
                for (int k = chunk.length() - 2; k >= 0 && letters < 3 && Character.isLetterOrDigit(chunk.charAt(k)); k--) {
                    letters++;
                }
                boolean no = letters == 2 && chunk.substring(chunk.length() - 3, chunk.length() - 1).equalsIgnoreCase("no");
                assertEquals(letters == 1 || no, ChunkTerms.readsPastEnd(b, 0, b.length), "[" + chunk + "] " + before);
            }
        }
    }
}
