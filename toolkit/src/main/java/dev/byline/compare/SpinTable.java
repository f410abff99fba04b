package dev.byline.compare;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The spin table over a corpus ({@link SpinDetector#table}): each document's verdict and listed phrases, or, for a
 * document the compare table calls a {@code spun-copy} of another in the corpus, its swaps read off the alignment with
 * that source ({@link SpinDetector#against}). The detector decides; this class only lays its answers out.
 */
final class SpinTable {
    private SpinTable() {
    }

    /**
     * The words of {@code spun} swapped from {@code source}, read off their alignment
     * ({@link SpunSwaps}): each with the source's word as its likely original, signal "alignment".
     */
    static List<SpinPhrase> against(Document spun, Document source) {
        PassageAlignment al = PassageAligner.align(source, spun);
        List<SpinPhrase> out = new ArrayList<>();
        for (SpunSwaps.Swap s : SpunSwaps.of(al).swaps()) {
            out.add(new SpinPhrase(spun, s.bStart(), s.bEnd(), source.raw().substring(s.aStart(), s.aEnd()), "alignment",
                    Double.NaN, "source"));
        }
        return out;
    }

    /**
     * A new table over the corpus: doc, doc_score, doc_flagged, start, end, phrase, likely_original,
     * signal — one row per flagged phrase, and one row with empty phrase columns for a document with
     * none. A document the compare table finds to be a {@code spun-copy} of another in the corpus
     * lists its swaps by alignment with that source instead.
     */
    static Table of(SpinDetector detector, Corpus corpus) {
        Map<String, Document> sourceOf = new HashMap<>();
        if (corpus.size() <= Similarity.ALL_PAIRS_LIMIT && corpus.size() > 1) {
            Table pairs = Similarity.table(corpus);
            Map<String, Document> byId = new HashMap<>();
            corpus.forEach(d -> byId.put(d.id(), d));
            for (int r = 0; r < pairs.rowCount(); r++) {
                if (pairs.stringColumn("relation").get(r).equals(Relation.SPUN_COPY.label())) {
                    String src = pairs.stringColumn("source").get(r);
                    String a = pairs.stringColumn("doc_a").get(r);
                    String spun = src.equals(a) ? pairs.stringColumn("doc_b").get(r) : a;
                    if (!src.isEmpty()) {
                        sourceOf.putIfAbsent(spun, byId.get(src));
                    }
                }
            }
        }
        StringColumn doc = StringColumn.create("doc");
        DoubleColumn score = DoubleColumn.create("doc_score");
        BooleanColumn flagged = BooleanColumn.create("doc_flagged");
        IntColumn start = IntColumn.create("start");
        IntColumn end = IntColumn.create("end");
        StringColumn phrase = StringColumn.create("phrase");
        StringColumn original = StringColumn.create("likely_original");
        StringColumn signal = StringColumn.create("signal");
        DoubleColumn margins = DoubleColumn.create("margin");
        StringColumn from = StringColumn.create("thesaurus");
        for (Document d : corpus) {
            SpinReport r = detector.analyse(d);
            List<SpinPhrase> phrases = sourceOf.containsKey(d.id()) ? against(d, sourceOf.get(d.id())) : r.phrases();
            if (phrases.isEmpty()) {
                doc.append(d.id());
                score.append(r.score());
                flagged.append(r.flagged());
                start.appendMissing();
                end.appendMissing();
                phrase.append("");
                original.append("");
                signal.append("");
                margins.appendMissing();
                from.append("");
            }
            for (SpinPhrase p : phrases) {
                doc.append(d.id());
                score.append(r.score());
                flagged.append(r.flagged() || sourceOf.containsKey(d.id()));
                start.append(p.start());
                end.append(p.end());
                phrase.append(p.text());
                original.append(p.likelyOriginal());
                signal.append(p.signal());
                if (Double.isNaN(p.margin())) {
                    margins.appendMissing();
                } else {
                    margins.append(p.margin());
                }
                from.append(p.thesaurus());
            }
        }
        return Table.create("spin", doc, score, flagged, start, end, phrase, original, signal, margins, from);
    }
}
