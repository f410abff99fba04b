package dev.byline.bench.generate;

import dev.byline.bench.generate.Piece.Mention;
import dev.byline.bench.generate.Piece.Quoted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns an {@link Article} into raw text and records, as it writes, exactly where every quotation,
 * speaker mention and boilerplate line went.
 */
final class Renderer {
    private Renderer() {
    }

    static RenderedArticle render(Article a) {
        StringBuilder sb = new StringBuilder(8192);
        if (a.titleInText()) {
            sb.append(a.title()).append(a.paragraphBreak());
        }
        Map<Integer, int[]> quoteSpans = new TreeMap<>();   // id -> start, end, outerStart, outerEnd, paragraphs
        Map<Integer, int[]> mentions = new HashMap<>();
        Map<Integer, String> mentionText = new HashMap<>();
        List<int[]> boilerplate = new ArrayList<>();
        boolean firstBody = true;
        for (int p = 0; p < a.paragraphs().size(); p++) {
            Paragraph para = a.paragraphs().get(p);
            if (p > 0) {
                sb.append(a.paragraphBreak());
            }
            int paraStart = sb.length();
            if (para.role() == Paragraph.Role.BODY && firstBody) {
                sb.append(a.dateline());
                firstBody = false;
            }
            for (int s = 0; s < para.sentences().size(); s++) {
                if (s > 0) {
                    sb.append(' ');
                }
                for (Piece piece : para.sentences().get(s)) {
                    int at = sb.length();
                    sb.append(piece.text());
                    if (piece instanceof Quoted q) {
                        int start = at + q.open().length();
                        int end = start + q.words().length();
                        int[] span = quoteSpans.get(q.quote());
                        if (span == null) {
                            quoteSpans.put(q.quote(), new int[] {start, end, at, sb.length(), 1});
                        } else {
                            span[1] = end;
                            span[3] = sb.length();
                            span[4]++;
                        }
                    } else if (piece instanceof Mention m && !mentions.containsKey(m.group())) {
                        mentions.put(m.group(), new int[] {at, sb.length()});
                        mentionText.put(m.group(), m.text());
                    }
                }
            }
            if (para.role() == Paragraph.Role.BOILERPLATE) {
                boilerplate.add(new int[] {paraStart, sb.length()});
            }
        }
        sb.append('\n');
        String raw = sb.toString();
        List<PlantedQuote> quotes = new ArrayList<>();
        for (Map.Entry<Integer, int[]> e : quoteSpans.entrySet()) {
            QuoteSpec spec = a.quotes().get(e.getKey());
            int[] span = e.getValue();
            int[] mention = spec.speaker() == null ? null : mentions.get(spec.group());
            quotes.add(new PlantedQuote(spec.id(), span[0], span[1], span[2], span[3], raw.substring(span[0], span[1]),
                    mention == null ? null : spec.speaker(), mention == null ? null : mentionText.get(spec.group()),
                    mention == null ? -1 : mention[0], mention == null ? -1 : mention[1], spec.kind(),
                    spec.marks().label(), spec.pattern(), spec.group(), span[4]));
        }
        return new RenderedArticle(raw, quotes, boilerplate);
    }
}
