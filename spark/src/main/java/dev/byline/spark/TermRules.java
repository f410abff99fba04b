package dev.byline.spark;

/** The term rule the jobs use, so that every job and the toolkit count the same terms. */
final class TermRules {
    private TermRules() {
    }

    /** Single words ({@code n = 1}) or n-grams within sentences, stop words dropped. */
    static TermRule of(int n) {
        return new InterimTermRule(n, true);
    }
}
