package dev.byline.bench.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the annotators' brat files: every part of a content the cue splits in two. */
class TrainSplitTest {
    @TempDir
    Path dir;

    @Test
    void aContentsSecondPartIsTheSameAttributionsContent() throws Exception {
        String text = "\u201CThe port stays open,\u201D Ruiz said. \u201CWe will pay everyone.\u201D Berg left.";
        int c1 = text.indexOf('\u201C');
        int c1End = text.indexOf('\u201D') + 1;
        int src = text.indexOf("Ruiz");
        int cue = text.indexOf("said");
        int c2 = text.indexOf("\u201CWe");
        int c2End = text.indexOf("\u201D", c2) + 1;
        Path ann = dir.resolve("a.ann");
        Files.writeString(ann, String.join("\n",
                "T1\tContent " + c1 + " " + c1End + "\t" + text.substring(c1, c1End),
                "T2\tSource " + src + " " + (src + 4) + "\tRuiz",
                "T3\tCue " + cue + " " + (cue + 4) + "\tsaid",
                "T4\tAttribution " + cue + " " + (cue + 4) + "\tsaid",
                "E1\tAttribution:T4 Cue:T3 Source:T2 Content:T1 Content2:T5",
                "T5\tContent " + c2 + " " + c2End + "\t" + text.substring(c2, c2End), ""), StandardCharsets.UTF_8);
        List<GoldAttribution> as = TrainSplit.parse(ann, text);
        assertEquals(2, as.size());
        assertEquals(c1, as.get(0).contentStart());
        assertEquals(c2, as.get(1).contentStart());
        assertEquals(c2End, as.get(1).contentEnd());
        assertEquals(src, as.get(1).sourceStart());
        assertEquals("said", as.get(1).cue());
        GoldArticle a = new GoldArticle("a", text, "a.ann", as, TrainSplit.Part.DEV);
        assertEquals(List.of("The port stays open,", "We will pay everyone."),
                GoldQuotes.of(a).stream().map(g -> text.substring(g.start(), g.end())).toList());
    }

    @Test
    void rolesNamedContentAndANumberAreContents() {
        assertEquals(true, TrainSplit.isContentRole("Content"));
        assertEquals(true, TrainSplit.isContentRole("Content2"));
        assertEquals(false, TrainSplit.isContentRole("ContentX"));
        assertEquals(false, TrainSplit.isContentRole("Cue"));
    }
}
