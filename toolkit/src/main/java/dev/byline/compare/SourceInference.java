package dev.byline.compare;

import dev.byline.text.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which side of a derived pair is the likely source. Evidence, each a vote:
 * <ul>
 * <li>credit (2 votes): one text names the other's outlet ("told The Associated Press" in one,
 *     "AP" or "Associated Press" in the other) — the named one is the source;</li>
 * <li>date (2 votes): both dated and one earlier;</li>
 * <li>fuller (1 vote): more words (by 10% or more) — copies trim;</li>
 * <li>coverage (1 vote): more of the other text comes from it than the reverse;</li>
 * <li>first-hand reporting (1 vote): more marks such as "told the AP" or a contributor line.</li>
 * </ul>
 * A tie goes to the longer text.
 */
final class SourceInference {
    private SourceInference() {
    }

    static SourceGuess infer(PairScore s, List<Word> aw, List<Word> bw) {
        Document a = s.a();
        Document b = s.b();
        int va = 0;
        int vb = 0;
        List<String> why = new ArrayList<>();
        Optional<String> bCreditsA = Credits.creditIn(b, a);
        Optional<String> aCreditsB = Credits.creditIn(a, b);
        if (bCreditsA.isPresent() && aCreditsB.isEmpty()) {
            va += 2;
            why.add(b.id() + " names " + bCreditsA.get());
        } else if (aCreditsB.isPresent() && bCreditsA.isEmpty()) {
            vb += 2;
            why.add(a.id() + " names " + aCreditsB.get());
        }
        Optional<LocalDate> da = a.date();
        Optional<LocalDate> db = b.date();
        if (da.isPresent() && db.isPresent() && !da.get().equals(db.get())) {
            boolean aFirst = da.get().isBefore(db.get());
            va += aFirst ? 2 : 0;
            vb += aFirst ? 0 : 2;
            why.add("dated " + da.get() + " vs " + db.get());
        } else if (da.isPresent() != db.isPresent()) {
            why.add((da.isPresent() ? a.id() : b.id()) + " is dated, the other is not");
        }
        if (aw.size() >= 1.1 * bw.size()) {
            va++;
            why.add("fuller: " + aw.size() + " vs " + bw.size() + " words");
        } else if (bw.size() >= 1.1 * aw.size()) {
            vb++;
            why.add("fuller: " + bw.size() + " vs " + aw.size() + " words");
        }
        if (s.coverageB() > s.coverageA() + 0.05) {
            va++;
            why.add(pct(s.coverageB()) + " of " + b.id() + " aligns to " + a.id() + ", " + pct(s.coverageA()) + " the other way");
        } else if (s.coverageA() > s.coverageB() + 0.05) {
            vb++;
            why.add(pct(s.coverageA()) + " of " + a.id() + " aligns to " + b.id() + ", " + pct(s.coverageB()) + " the other way");
        }
        int ma = Credits.ownReportingMarks(a);
        int mb = Credits.ownReportingMarks(b);
        if (ma != mb) {
            if (ma > mb) {
                va++;
            } else {
                vb++;
            }
            why.add("first-hand reporting marks " + ma + " vs " + mb);
        }
        boolean aIsSource = va != vb ? va > vb : aw.size() >= bw.size();
        Document source = aIsSource ? a : b;
        Document derived = aIsSource ? b : a;
        Optional<String> credit = aIsSource ? bCreditsA : aCreditsB;
        java.util.Set<String> names = Credits.ownNames(source);
        why.add(credit.map(c -> derived.id() + " names " + c)
                .orElse(names.isEmpty() ? "the source's outlet is unknown (no metadata, no \"told the …\" line)"
                        : derived.id() + " names none of " + String.join(", ", names)));
        return new SourceGuess(source, derived, credit.isPresent(), credit.orElse(""), String.join("; ", why));
    }

    private static String pct(double x) {
        return Math.round(x * 100) + "%";
    }
}
