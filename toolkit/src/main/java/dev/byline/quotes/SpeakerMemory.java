package dev.byline.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The speakers of one article so far, one per name, in order of their last mention, with indexes so
 * that a lookup does not read every earlier speaker: by name, by kind (group; person of unknown, male
 * or female gender) and by the stems of their role words. A long article names thousands of people;
 * reading them all back for every mention made {@code quotes} quadratic in the article's length.
 *
 * <p>Each speaker carries a stamp that grows with every {@link #remember}: "most recent" is the
 * highest stamp, as it was the last place in a list that a remembered speaker moved to.
 */
final class SpeakerMemory {
    /** A speaker: name, whether a person (not a group or organisation), role words, gender m, f or ?. */
    record Known(String name, boolean person, String role, char gender) {
    }

    /** Past this many stems a description is scored against every speaker, as subsets would be too many. */
    private static final int MAX_SUBSET_STEMS = 12;

    private final Function<String, Set<String>> stemsOf;
    private long clock;
    private final Map<String, Long> stampOf = new HashMap<>();
    private final TreeMap<Long, Known> byStamp = new TreeMap<>();
    private final TreeSet<Long> groups = new TreeSet<>();
    private final TreeSet<Long> unknownGender = new TreeSet<>();
    private final TreeSet<Long> male = new TreeSet<>();
    private final TreeSet<Long> female = new TreeSet<>();
    /** stamps of the speakers whose role has a stem, for any speaker and for named people only */
    private final Map<String, TreeSet<Long>> byStem = new HashMap<>();
    private final Map<String, TreeSet<Long>> namedByStem = new HashMap<>();

    /** {@code stemsOf} gives the stems of a role text (cached by the caller). */
    SpeakerMemory(Function<String, Set<String>> stemsOf) {
        this.stemsOf = stemsOf;
    }

    /** Makes {@code k} the most recent speaker, replacing any earlier speaker of the same name. */
    void remember(Known k) {
        forget(k.name());
        long stamp = ++clock;
        stampOf.put(k.name(), stamp);
        byStamp.put(stamp, k);
        kind(k).add(stamp);
        boolean named = isNamedPerson(k);
        for (String st : stemsOf.apply(k.role())) {
            byStem.computeIfAbsent(st, x -> new TreeSet<>()).add(stamp);
            if (named) {
                namedByStem.computeIfAbsent(st, x -> new TreeSet<>()).add(stamp);
            }
        }
    }

    private void forget(String name) {
        Long stamp = stampOf.remove(name);
        if (stamp == null) {
            return;
        }
        Known old = byStamp.remove(stamp);
        kind(old).remove(stamp);
        for (String st : stemsOf.apply(old.role())) {
            byStem.get(st).remove(stamp);
            if (isNamedPerson(old)) {
                namedByStem.get(st).remove(stamp);
            }
        }
    }

    /** The speaker of that name, or null. */
    Known get(String name) {
        Long stamp = stampOf.get(name);
        return stamp == null ? null : byStamp.get(stamp);
    }

    /** The most recent group (not a person), or null. */
    Known latestGroup() {
        return groups.isEmpty() ? null : byStamp.get(groups.last());
    }

    /** The most recent person whose gender is unknown or {@code wanted} (m, f, or ? for unknown only). */
    Known latestPerson(char wanted) {
        long best = unknownGender.isEmpty() ? -1 : unknownGender.last();
        TreeSet<Long> also = wanted == 'm' ? male : wanted == 'f' ? female : null;
        if (also != null && !also.isEmpty()) {
            best = Math.max(best, also.last());
        }
        return best < 0 ? null : byStamp.get(best);
    }

    /**
     * The speaker whose role stems best match {@code stems}: the score is the sum of the weights of the
     * shared stems, at least {@code minScore}; among equal scores the most recent ({@code newest}) or the
     * earliest. With {@code namedOnly}, only people with a capitalised name count. Null if none scores enough.
     */
    Known bestMatch(List<String> stems, int[] weights, int minScore, boolean namedOnly, boolean newest) {
        Map<String, TreeSet<Long>> index = namedOnly ? namedByStem : byStem;
        // a stem no speaker has adds nothing to any score
        List<String> live = new ArrayList<>();
        List<Integer> liveWeights = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            TreeSet<Long> p = index.get(stems.get(i));
            if (p != null && !p.isEmpty()) {
                live.add(stems.get(i));
                liveWeights.add(weights[i]);
            }
        }
        if (live.size() > MAX_SUBSET_STEMS) {
            return scan(live, liveWeights, minScore, namedOnly, newest);
        }
        // A speaker's score is the weight of the stems it shares. At the highest weight w that some subset
        // of stems all held by one speaker reaches, the speakers holding such a subset are exactly those of
        // the best score w, so the answer is the newest (or earliest) of them.
        int n = live.size();
        int[] weightOf = new int[1 << n];
        int top = 0;
        for (int mask = 1; mask < weightOf.length; mask++) {
            int low = Integer.numberOfTrailingZeros(mask);
            weightOf[mask] = weightOf[mask & (mask - 1)] + liveWeights.get(low);
            top = Math.max(top, weightOf[mask]);
        }
        for (int w = top; w >= minScore; w--) {
            long found = -1;
            for (int mask = 1; mask < weightOf.length; mask++) {
                if (weightOf[mask] != w) {
                    continue;
                }
                long s = holdingAll(index, live, mask, newest);
                if (s >= 0 && (found < 0 || (newest ? s > found : s < found))) {
                    found = s;
                }
            }
            if (found >= 0) {
                return byStamp.get(found);
            }
        }
        return null;
    }

    /** The newest (or earliest) stamp whose role has every stem of {@code mask}, or -1. */
    private long holdingAll(Map<String, TreeSet<Long>> index, List<String> stems, int mask, boolean newest) {
        TreeSet<Long> smallest = null;
        for (int i = 0; i < stems.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                TreeSet<Long> p = index.get(stems.get(i));
                if (smallest == null || p.size() < smallest.size()) {
                    smallest = p;
                }
            }
        }
        NavigableSet<Long> order = newest ? smallest.descendingSet() : smallest;
        for (Iterator<Long> it = order.iterator(); it.hasNext();) {
            long s = it.next();
            Set<String> role = stemsOf.apply(byStamp.get(s).role());
            boolean all = true;
            for (int i = 0; i < stems.size() && all; i++) {
                all = (mask & (1 << i)) == 0 || role.contains(stems.get(i));
            }
            if (all) {
                return s;
            }
        }
        return -1;
    }

    /** {@link #bestMatch} by reading every speaker, oldest first (for descriptions of very many words). */
    private Known scan(List<String> stems, List<Integer> weights, int minScore, boolean namedOnly, boolean newest) {
        Known best = null;
        int bestScore = minScore;
        for (Known s : byStamp.values()) {
            if (namedOnly && !isNamedPerson(s)) {
                continue;
            }
            Set<String> role = stemsOf.apply(s.role());
            int score = 0;
            for (int i = 0; i < stems.size(); i++) {
                if (role.contains(stems.get(i))) {
                    score += weights.get(i);
                }
            }
            if (score > bestScore || score == bestScore && (best == null || newest)) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean isNamedPerson(Known k) {
        return k.person() && !Character.isLowerCase(k.name().codePointAt(0));
    }

    private TreeSet<Long> kind(Known k) {
        if (!k.person()) {
            return groups;
        }
        return k.gender() == 'm' ? male : k.gender() == 'f' ? female : unknownGender;
    }
}
