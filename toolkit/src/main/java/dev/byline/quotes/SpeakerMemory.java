package dev.byline.quotes;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The speakers of one article so far, one per name, in order of their last mention, with indexes so
 * that a lookup does not read every earlier speaker: by name, by kind (group; person of unknown, male
 * or female gender) and by the stems of their role words. A long article names thousands of people;
 * reading them all back for every mention made {@code quotes} quadratic in the article's length.
 *
 * <p>Each speaker carries a stamp that grows with every {@link #remember}: "most recent" is the
 * highest stamp, as it was the last place in a list that a remembered speaker moved to. The indexes
 * are {@link StampList}s: stamps only ever grow, so each list is appended to in order, and a
 * speaker mentioned again leaves its old stamp behind as dead, skipped when read and dropped when
 * dead stamps outnumber live ones. (Sorted sets with a removal per mention took a third of
 * {@code quotes}' time on a 50 MB article.)
 */
final class SpeakerMemory {
    /**
     * A speaker: name, whether a person (not a group or organisation), the stems of its role words (what the
     * article has said about it: "regional chief", ", the head of …,"), gender m, f or ?.
     */
    record Known(String name, boolean person, Set<String> role, char gender) {
    }

    /** Past this many stems a description is scored against every speaker, as subsets would be too many. */
    private static final int MAX_SUBSET_STEMS = 12;

    private long clock;
    private final Object2LongOpenHashMap<String> stampOf = new Object2LongOpenHashMap<>();
    /** the live speakers by stamp; a stamp not here is dead */
    private final Long2ObjectOpenHashMap<Known> byStamp = new Long2ObjectOpenHashMap<>();
    private final StampList all = new StampList();
    private final StampList groups = new StampList();
    private final StampList unknownGender = new StampList();
    private final StampList male = new StampList();
    private final StampList female = new StampList();
    /** stamps of the speakers whose role has a stem, for any speaker and for named people only */
    private final Map<String, StampList> byStem = new HashMap<>();
    private final Map<String, StampList> namedByStem = new HashMap<>();

    SpeakerMemory() {
        stampOf.defaultReturnValue(-1);
    }

    /** Makes {@code k} the most recent speaker, replacing any earlier speaker of the same name. */
    void remember(Known k) {
        forget(k.name());
        long stamp = ++clock;
        stampOf.put(k.name(), stamp);
        byStamp.put(stamp, k);
        all.add(stamp);
        kind(k).add(stamp);
        boolean named = isNamedPerson(k);
        for (String st : k.role()) {
            byStem.computeIfAbsent(st, x -> new StampList()).add(stamp);
            if (named) {
                namedByStem.computeIfAbsent(st, x -> new StampList()).add(stamp);
            }
        }
    }

    private void forget(String name) {
        long stamp = stampOf.removeLong(name);
        if (stamp < 0) {
            return;
        }
        Known old = byStamp.remove(stamp);
        all.killed(byStamp);
        kind(old).killed(byStamp);
        boolean named = isNamedPerson(old);
        for (String st : old.role()) {
            byStem.get(st).killed(byStamp);
            if (named) {
                namedByStem.get(st).killed(byStamp);
            }
        }
    }

    /** The speaker of that name, or null. */
    Known get(String name) {
        long stamp = stampOf.getLong(name);
        return stamp < 0 ? null : byStamp.get(stamp);
    }

    /** The most recent group (not a person), or null. */
    Known latestGroup() {
        long last = groups.last(byStamp);
        return last < 0 ? null : byStamp.get(last);
    }

    /** The most recent person whose gender is unknown or {@code wanted} (m, f, or ? for unknown only). */
    Known latestPerson(char wanted) {
        long best = unknownGender.last(byStamp);
        StampList also = wanted == 'm' ? male : wanted == 'f' ? female : null;
        if (also != null) {
            best = Math.max(best, also.last(byStamp));
        }
        return best < 0 ? null : byStamp.get(best);
    }

    /**
     * The speaker whose role stems best match {@code stems}: the score is the sum of the weights of the
     * shared stems, at least {@code minScore}; among equal scores the most recent ({@code newest}) or the
     * earliest. With {@code namedOnly}, only people with a capitalised name count. Null if none scores enough.
     */
    Known bestMatch(List<String> stems, int[] weights, int minScore, boolean namedOnly, boolean newest) {
        Map<String, StampList> index = namedOnly ? namedByStem : byStem;
        // a stem no speaker has adds nothing to any score
        List<String> live = new ArrayList<>();
        List<Integer> liveWeights = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            StampList p = index.get(stems.get(i));
            if (p != null && p.live() > 0) {
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
    private long holdingAll(Map<String, StampList> index, List<String> stems, int mask, boolean newest) {
        StampList smallest = null;
        for (int i = 0; i < stems.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                StampList p = index.get(stems.get(i));
                if (smallest == null || p.live() < smallest.live()) {
                    smallest = p;
                }
            }
        }
        int n = smallest.size();
        for (int j = 0; j < n; j++) {
            long s = smallest.get(newest ? n - 1 - j : j);
            Known k = byStamp.get(s);
            if (k == null) {
                continue;   // dead: that speaker was mentioned again since
            }
            Set<String> role = k.role();
            boolean every = true;
            for (int i = 0; i < stems.size() && every; i++) {
                every = (mask & (1 << i)) == 0 || role.contains(stems.get(i));
            }
            if (every) {
                return s;
            }
        }
        return -1;
    }

    /** {@link #bestMatch} by reading every speaker, oldest first (for descriptions of very many words). */
    private Known scan(List<String> stems, List<Integer> weights, int minScore, boolean namedOnly, boolean newest) {
        Known best = null;
        int bestScore = minScore;
        for (int j = 0, n = all.size(); j < n; j++) {
            Known s = byStamp.get(all.get(j));
            if (s == null || namedOnly && !isNamedPerson(s)) {
                continue;
            }
            Set<String> role = s.role();
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

    private StampList kind(Known k) {
        if (!k.person()) {
            return groups;
        }
        return k.gender() == 'm' ? male : k.gender() == 'f' ? female : unknownGender;
    }
}
