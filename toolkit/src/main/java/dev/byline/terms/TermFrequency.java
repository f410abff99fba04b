package dev.byline.terms;

/**
 * One row of a frequency table: a term, how often it occurs, in how many documents, its relative
 * frequency per 10,000 terms of its size (unigrams against unigrams, bigrams against bigrams) and its
 * rank (1, 2, 2, 4: equal counts share a rank). The row form of {@link Terms#frequencies}, for callers
 * that print or stream rows without building a table.
 */
public record TermFrequency(String term, long count, int docs, double per10k, int rank) {
}
