package dev.byline.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * A short name the article writes out for two people or more ("Obama" with "Barack Obama" and "Michelle Obama"):
 * which one a mention means. Decided, in this order, by a title before it that the article gave one of them ("President
 * Obama" when only "President Barack Obama" was called president), a gendered honorific ("Mrs. Obama" when the article
 * showed only one of them as a woman, or the other as a man; else left as written), the one of them who last spoke before it, and the one
 * last written out before it (the first of them in that sentence: "Annika Berg, mother of Tomas Berg, said"); with none of these the name stays as written, never a guess at the longer name.
 */
final class SharedSurnames {
    private SharedSurnames() {
    }

    /** The token positions of a full name in the article, in reading order. */
    static final class Positions {
        private int[] at = new int[2];
        private int size;

        void add(int k) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = k;
        }

        /** The first position, or -1 if none. */
        int first() {
            return size == 0 ? -1 : at[0];
        }

        /** How many times the name is written out. */
        int size() {
            return size;
        }

        /** The first position at or after {@code k}, or -1. */
        int firstAtOrAfter(int k) {
            for (int i = 0; i < size; i++) {
                if (at[i] >= k) {
                    return at[i];
                }
            }
            return -1;
        }

        /** The last position before {@code k}, or -1. */
        int lastBefore(int k) {
            int last = -1;
            for (int i = 0; i < size && at[i] < k; i++) {
                last = at[i];
            }
            return last;
        }
    }

    /** The full names of {@code candidates} (one surname's, in order of first appearance) ending with " " + {@code name}. */
    static List<String> fuller(String name, List<String> candidates) {
        List<String> out = new ArrayList<>(0);
        for (String full : candidates) {
            if (full.length() > name.length() && full.endsWith(name)
                    && full.charAt(full.length() - name.length() - 1) == ' ') {
                out.add(full);
            }
        }
        return out;
    }

    /**
     * {@code names} grouped by person: two names are one person when one ends with the other ("Vries", "Marieke de
     * Vries") or both start with the same word ("Donald Trump", "Donald J. Trump"). Groups in order of first appearance.
     */
    static List<List<String>> people(List<String> names) {
        List<List<String>> out = new ArrayList<>(1);
        for (String n : names) {
            List<String> joined = null;
            for (int g = 0; g < out.size(); g++) {
                List<String> group = out.get(g);
                if (group.stream().anyMatch(o -> samePerson(n, o))) {
                    if (joined == null) {
                        group.add(n);
                        joined = group;
                    } else {
                        joined.addAll(group);   // n joins two groups into one
                        out.remove(g--);
                    }
                }
            }
            if (joined == null) {
                out.add(new ArrayList<>(List.of(n)));
            }
        }
        return out;
    }

    private static boolean samePerson(String a, String b) {
        return a.endsWith(" " + b) || b.endsWith(" " + a) || firstWord(a).equals(firstWord(b));
    }

    private static String firstWord(String n) {
        int sp = n.indexOf(' ');
        return sp < 0 ? n : n.substring(0, sp);
    }

    /** One person's fullest name: the longest, the first seen of equals. */
    static String fullest(List<String> group) {
        String best = group.get(0);
        for (String n : group) {
            if (n.length() > best.length()) {
                best = n;
            }
        }
        return best;
    }

    /**
     * The fullest name of the person among {@code people} a mention at token {@code first} means, or null if nothing
     * decides. {@code titles} are the words before the name in the mention (lower-cased), {@code fullAt} where each
     * full name is written out, {@code spokeAt} where each full name last was a speaker, {@code genderOf} a
     * full name's gender as the article shows it (m, f or ?), {@code roles} the roles the article gave its people and
     * {@code sentenceStart} the first token of a token's sentence.
     */
    static String choose(List<List<String>> people, List<String> titles, int first, Map<String, Positions> fullAt,
            Map<String, Integer> spokeAt, Function<String, Character> genderOf, ArticleRoles roles,
            IntUnaryOperator sentenceStart) {
        for (String t : titles) {
            char wanted = honorificGender(t);
            if (wanted != '?') {
                // an honorific that fits no one person the article showed is left as written: "Mrs. Clinton" given to
                // whoever spoke last was Bill Clinton, and every later "she" with it
                List<String> group = byGender(people, wanted, genderOf);
                return group == null ? null : fullest(group);
            } else if (!ArticleRoles.isHonorific(t)) {
                String w = ArticleRoles.roleWord(t);
                List<String> found = null;
                for (List<String> group : people) {
                    if (group.stream().anyMatch(n -> roles.gave(n, w, Integer.MAX_VALUE))) {
                        if (found != null) {
                            found = null;   // two people have that title: it does not say which
                            break;
                        }
                        found = group;
                    }
                }
                if (found != null) {
                    return fullest(found);
                }
            }
        }
        // the one who spoke last ("Clinton said" after "her husband, Bill Clinton," is still Hillary Clinton), else
        // the one written out last
        List<String> nearest = null;
        int at = -1;
        for (List<String> group : people) {
            for (String n : group) {
                Integer k = spokeAt.get(n);
                if (k != null && k < first && k > at) {
                    at = k;
                    nearest = group;
                }
            }
        }
        boolean spoke = nearest != null;
        for (int g = 0; nearest == null && g < people.size(); g++) {
            for (String n : people.get(g)) {
                Positions p = fullAt.get(n);
                int k = p == null ? -1 : p.lastBefore(first);
                if (k > at) {
                    at = k;
                    nearest = people.get(g);
                }
            }
        }
        if (nearest != null && !spoke) {
            // "Annika Berg, mother of the late Tomas Berg, rejected the claim. … Berg said": of two written out in one
            // sentence, the first is its subject, the other stands in a phrase about the subject
            int from = sentenceStart.applyAsInt(at);
            int earliest = at;
            for (List<String> group : people) {
                for (String n : group) {
                    Positions p = fullAt.get(n);
                    int k = p == null ? -1 : p.firstAtOrAfter(from);
                    if (k >= 0 && k < earliest) {
                        earliest = k;
                        nearest = group;
                    }
                }
            }
        }
        return nearest == null ? null : fullest(nearest);
    }

    /** The one person shown as {@code wanted}, else the one not shown as the other gender, else null. */
    private static List<String> byGender(List<List<String>> people, char wanted, Function<String, Character> genderOf) {
        List<String> shown = null;
        List<String> notOther = null;
        int shownCount = 0;
        int notOtherCount = 0;
        for (List<String> group : people) {
            boolean isWanted = false;
            boolean isOther = false;
            for (String n : group) {
                char g = genderOf.apply(n);
                isWanted |= g == wanted;
                isOther |= g != '?' && g != wanted;
            }
            if (isWanted && !isOther) {
                shown = group;
                shownCount++;
            }
            if (!isOther) {
                notOther = group;
                notOtherCount++;
            }
        }
        return shownCount == 1 ? shown : notOtherCount == 1 ? notOther : null;
    }

    /** m for Mr., Sir, Lord; f for Mrs., Ms., Miss, Dame; else ?. */
    private static char honorificGender(String norm) {
        String n = norm.endsWith(".") ? norm.substring(0, norm.length() - 1) : norm;
        return switch (n) {
            case "mr", "sir", "lord" -> 'm';
            case "mrs", "ms", "miss", "dame" -> 'f';
            default -> '?';
        };
    }
}
