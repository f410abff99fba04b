package dev.byline.bench.accuracy;

/** A planted quotation, as truth.jsonl describes it (see {@code /work/bench-data/README.txt}). */
public record TruthQuote(String doc, int quote, int start, int end, int outerStart, int outerEnd, String text,
                         String speaker, String speakerMention, int speakerStart, int speakerEnd, String kind,
                         String marks, String pattern, int group, int paragraphs) {
}
