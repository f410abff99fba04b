package dev.byline.compare;

import dev.byline.text.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which side of a derived pair is the likely source. Dates rule: a document dated later
 * is never named the source of an earlier one. Otherwise the evidence votes:
 * <ul>
 * <li>credit (4 votes, more than the rest together): one text names the other's outlet, agency or author ("told The
 *     Associated Press" in one, "AP" in the other) — the named one is the source;</li>
 * <li>fuller (1 vote): more words (by 10% or more) — copies trim;</li>
 * <li>coverage (1 vote): more of the other text comes from it than the reverse;</li>
 * <li>first-hand reporting (1 vote): more marks such as "told the AP" or a contributor line.</li>
 * </ul>
 * When the dates are missing or equal and the votes tie, no source is named and the evidence
 * says so; when both texts credit one agency that is neither's own outlet, they are pickups of
 * one wire story and no source is named either (see {@link Siblings}).
 *
 * <p>Credit: {@link Credit#YES} when the derived text names the source's outlet, agency or
 * author; {@link Credit#NO} when one of those is known and not named; {@link Credit#UNKNOWN}
 * when nothing says who the source is.
 */
final class SourceInference {
    /**
     * Credit outvotes the other signals together: a text that names the other's outlet says where it took its
     * material, while fuller, coverage and first-hand marks are circumstance, and the first two read one thing twice
     * (the longer text). On scraped pages the copy is often the longer (its page kept more chrome): a CNN story
     * and a station's copy under the CNN byline, 696 against 460 words (real pairs, bench/provenance).
     */
    private static final int CREDIT_VOTES = 4;
    private SourceInference() {
    }

    static SourceGuess infer(PairScore s, List<Word> aw, List<Word> bw) {
        Document a = s.a();
        Document b = s.b();
        int va = 0;
        int vb = 0;
        List<String> why = new ArrayList<>();
        Optional<String> bCreditsA = OutletCredit.creditIn(b, a);
        Optional<String> aCreditsB = OutletCredit.creditIn(a, b);
        if (bCreditsA.isPresent() && aCreditsB.isEmpty()) {
            va += CREDIT_VOTES;
            why.add(b.id() + " names " + bCreditsA.get());
        } else if (aCreditsB.isPresent() && bCreditsA.isEmpty()) {
            vb += CREDIT_VOTES;
            why.add(a.id() + " names " + aCreditsB.get());
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
        Optional<LocalDate> da = a.date();
        Optional<LocalDate> db = b.date();
        boolean dated = da.isPresent() && db.isPresent() && !da.get().equals(db.get());
        if (dated) {
            boolean aFirst = da.get().isBefore(db.get());
            String later = aFirst ? b.id() : a.id();
            boolean votesDisagree = aFirst ? vb > va : va > vb;
            why.add(0, "dated " + da.get() + " vs " + db.get() + (votesDisagree
                    ? ": the other evidence points to " + later + ", which a later date rules out" : ""));
            va = aFirst ? 1 : 0;
            vb = aFirst ? 0 : 1;
        } else if (da.isPresent() != db.isPresent()) {
            why.add((da.isPresent() ? a.id() : b.id()) + " is dated, the other is not");
        } else if (da.isPresent()) {
            why.add("both dated " + da.get());
        }
        Optional<String> agency = OutletCredit.commonAgency(a, b);
        if (agency.isPresent()) {
            why.add("both credit " + agency.get() + ", neither's own outlet: two takes on one " + agency.get()
                    + " text that is not in this corpus, so neither is named the other's source");
            return new SourceGuess(Optional.empty(), Optional.empty(), Credit.UNKNOWN, "", true, String.join("; ", why));
        }
        if (va == vb) {
            why.add((da.isPresent() && db.isPresent() ? "the dates are equal" : "the dates are missing")
                    + " and the evidence is symmetric: no direction");
            return new SourceGuess(Optional.empty(), Optional.empty(), Credit.UNKNOWN, "", false, String.join("; ", why));
        }
        boolean aIsSource = va > vb;
        Document source = aIsSource ? a : b;
        Document derived = aIsSource ? b : a;
        Optional<String> credit = aIsSource ? bCreditsA : aCreditsB;
        // A pickup is no source: when the text the evidence points to credits a wire for its material and the other
        // does not name it, the other may as well have the wire's text — two takes on one parent, neither accused.
        Optional<String> wire = OutletCredit.wireCredited(source);
        if (credit.isEmpty() && wire.isPresent() && !sameOutlet(derived, wire.get())) {
            why.add(source.id() + " credits " + wire.get() + " for its text and " + derived.id() + " does not name "
                    + source.id() + ": both may be takes on one " + wire.get() + " text, so neither is named the other's source");
            return new SourceGuess(Optional.empty(), Optional.empty(), Credit.UNKNOWN, "", true, String.join("; ", why));
        }
        Set<String> names = OutletCredit.ownNames(source);
        // An outlet re-running its own story (web then print, an update) owes itself no credit.
        Optional<String> sameOutlet = source.outlet().map(String::strip)
                .filter(o -> derived.outlet().filter(d -> OutletNames.sameOutlet(o, d)).isPresent());
        Credit verdict = credit.isPresent() ? Credit.YES : names.isEmpty() || sameOutlet.isPresent() ? Credit.UNKNOWN : Credit.NO;
        why.add(switch (verdict) {
            case YES -> "credit: " + derived.id() + " names " + credit.get();
            case UNKNOWN -> sameOutlet.isPresent() ? "credit unknown: both are " + sameOutlet.get() + "'s, an outlet re-running its own text"
                    : "credit unknown: the source's outlet is unknown (no outlet or agency metadata, no dateline"
                    + " or byline agency, no \"told …\" line)";
            case NO -> "credit: " + derived.id() + " names none of " + String.join(", ", names);
        });
        return new SourceGuess(Optional.of(source), Optional.of(derived), verdict, credit.orElse(""), false,
                String.join("; ", why));
    }

    /**
     * The label a derived pair carries once its source is weighed: a pair with no direction is
     * {@code sibling} when both credit one agency or their alignment is symmetric (a copy with no
     * direction stays a copy: identical texts say nothing of a common parent unless they credit one).
     */
    static Relation refine(Relation r, SourceGuess g) {
        if (g == null || g.source().isPresent()) {
            return r;
        }
        return g.commonText() || r != Relation.COPY ? Relation.SIBLING : r;
    }

    /** Whether the document's outlet is the named one (an agency re-running its own copy owes it no credit). */
    private static boolean sameOutlet(Document d, String name) {
        return d.outlet().filter(o -> OutletNames.sameOutlet(o, name)).isPresent();
    }

    private static String pct(double x) {
        return Math.round(x * 100) + "%";
    }
}
