package dev.byline.terms;

/**
 * One row of a TF-IDF table: a document, the term's rank in it by weight (1 = most distinctive), the term,
 * its count in the document and its TF-IDF weight (scikit-learn's default: smooth idf, rows L2-normalised).
 * The row form of {@link Terms#tfidf} and {@link Terms#distinctive}, for callers that print rows without
 * building a table.
 */
public record TermWeight(String doc, int rank, String term, int count, double tfIdf) {
}
