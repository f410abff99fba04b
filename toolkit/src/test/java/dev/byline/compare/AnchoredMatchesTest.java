package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Matches found from their anchors are the matches a find() loop gives, match for match. */
class AnchoredMatchesTest {
    private static final Pattern TOLD = Pattern.compile("\\b(?i:told|according to)\\s+(?i:the)\\s+([A-Z]\\w*(?: [A-Z]\\w*)*)");
    private static final Pattern TITLE = Pattern.compile("\\b(?:Mr|Mrs|Ms)\\.?[ \\t]+([A-Z][\\p{Ll}]+)\\b");

    private static List<String> viaFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1));
        }
        return out;
    }

    private static List<String> viaAnchors(Pattern p, String text, List<String> anchors, boolean ignoreCase) {
        List<String> out = new ArrayList<>();
        for (MatchResult m : AnchoredMatches.in(text, anchors).matches(p, anchors, ignoreCase)) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1));
        }
        return out;
    }

    @Test
    void caseFoldedAnchorsWordBoundariesAndOverlappingAnchorsGiveTheFindLoopsMatches() {
        String text = "She TOLD the Associated Press. He foretold the End. According To The Hill, Mrs. Lobo and Mr Hale "
                + "spoke; Mrs.Lobo did not. told the told the Times. Mr. Mrs. Lobo";
        assertEquals(viaFind(TOLD, text), viaAnchors(TOLD, text, List.of("told", "according to"), true));
        assertEquals(viaFind(TITLE, text), viaAnchors(TITLE, text, List.of("Mr", "Mrs", "Ms"), false));
        assertEquals(3, viaAnchors(TOLD, text, List.of("told", "according to"), true).size(), "TOLD, According To and told the Times");
    }

    @Test
    void creditPatternsAgreeOnTheCorpusArticles() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "corpus"))) {
            for (Path f : files.sorted().toList()) {
                if (f.toString().endsWith(".txt") || f.toString().endsWith(".md")) {
                    texts.add(Files.readString(f));
                }
            }
        }
        assertEquals(true, texts.size() >= 5, "corpus articles read: " + texts.size());
        String all = String.join("\n\n", texts);
        for (String text : List.of(all, all.replace("said", "told the Courier"), all.toUpperCase())) {
            assertEquals(viaFind(TOLD, text), viaAnchors(TOLD, text, List.of("told", "according to"), true));
            assertEquals(viaFind(TITLE, text), viaAnchors(TITLE, text, List.of("Mr", "Mrs", "Ms"), false));
        }
    }
}
