package dev.byline.bench.accuracy;

/** A generated document: its topic, family (the original it derives from, or itself) and role. */
public record TruthDoc(String doc, int topic, String family, String role, String source, String outlet) {
}
