package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.byline.quotes.SpeakerMemory.Known;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The speakers of an article are looked up through indexes; every answer must be the one a plain list of speakers in
 * order of their last mention gives. Many re-mentions of few names are what make the indexes drop dead entries, so
 * the operations below draw from a small cast.
 */
class SpeakerMemoryTest {
    private static final String[] NAMES = {"Ann Lee", "Lee", "Bo Chan", "the union", "a spokesman", "Dana Ruiz",
        "the ministry", "Eli Park", "the mayor", "Fay Oduya", "police", "Gil Stone"};
    private static final String[] STEMS = {"minist", "spokesm", "union", "mayor", "offici", "senior", "polic", "chief"};

    private static Set<String> stems(String role) {
        return role.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(role.split(" ")));
    }

    /** The reference: speakers in order of their last mention, read back whole for every question. */
    private static final class Plain {
        final LinkedHashMap<String, Known> inOrder = new LinkedHashMap<>();

        void remember(Known k) {
            inOrder.remove(k.name());
            inOrder.put(k.name(), k);
        }

        Known latest(java.util.function.Predicate<Known> p) {
            Known found = null;
            for (Known k : inOrder.values()) {
                if (p.test(k)) {
                    found = k;
                }
            }
            return found;
        }

        Known bestMatch(List<String> wanted, int[] weights, int minScore, boolean namedOnly, boolean newest) {
            Known best = null;
            int bestScore = -1;
            for (Known k : inOrder.values()) {
                if (namedOnly && !(k.person() && !Character.isLowerCase(k.name().codePointAt(0)))) {
                    continue;
                }
                Set<String> role = k.role();
                int score = 0;
                for (int i = 0; i < wanted.size(); i++) {
                    score += role.contains(wanted.get(i)) ? weights[i] : 0;
                }
                if (score >= minScore && (score > bestScore || score == bestScore && newest)) {
                    best = k;
                    bestScore = score;
                }
            }
            return best;
        }
    }

    @Test
    void everyLookupAgreesWithAPlainListOfSpeakersInOrderOfTheirLastMention() {
        for (long seed = 1; seed <= 30; seed++) {
            Random r = new Random(seed);
            SpeakerMemory memory = new SpeakerMemory();
            Plain plain = new Plain();
            for (int step = 0; step < 3000; step++) {
                String name = NAMES[r.nextInt(NAMES.length)];
                boolean person = Character.isUpperCase(name.charAt(0)) && name.contains(" ");
                StringBuilder role = new StringBuilder();
                for (String st : STEMS) {
                    if (r.nextInt(4) == 0) {
                        role.append(role.isEmpty() ? "" : " ").append(st);
                    }
                }
                Known k = new Known(name, person, stems(role.toString()), "mf?".charAt(r.nextInt(3)));
                memory.remember(k);
                plain.remember(k);

                String asked = NAMES[r.nextInt(NAMES.length)];
                assertEquals(plain.inOrder.get(asked), memory.get(asked), "get " + asked + ", seed " + seed);
                assertEquals(plain.latest(x -> !x.person()), memory.latestGroup(), "latest group, seed " + seed);
                char g = "mf?".charAt(r.nextInt(3));
                assertEquals(plain.latest(x -> x.person() && (x.gender() == '?' || x.gender() == g)),
                        memory.latestPerson(g), "latest person " + g + ", seed " + seed + ", step " + step);

                List<String> wanted = new ArrayList<>();
                for (String st : STEMS) {
                    if (r.nextInt(3) == 0) {
                        wanted.add(st);
                    }
                }
                int[] weights = wanted.stream().mapToInt(x -> 1 + r.nextInt(3)).toArray();
                int min = 1 + r.nextInt(3);
                boolean namedOnly = r.nextBoolean();
                boolean newest = r.nextBoolean();
                assertEquals(plain.bestMatch(wanted, weights, min, namedOnly, newest),
                        memory.bestMatch(wanted, weights, min, namedOnly, newest),
                        "best match for " + wanted + ", seed " + seed + ", step " + step);
            }
        }
    }

    @Test
    void aNameMentionedAgainIsTheLatestAndItsEarlierRoleIsForgotten() {
        SpeakerMemory memory = new SpeakerMemory();
        memory.remember(new Known("Ann Lee", true, Set.of("minist"), 'f'));
        memory.remember(new Known("Bo Chan", true, Set.of("mayor"), 'm'));
        memory.remember(new Known("Ann Lee", true, Set.of("senior"), 'f'));
        assertEquals("Ann Lee", memory.latestPerson('f').name());
        assertEquals("Bo Chan", memory.latestPerson('m').name());
        assertNull(memory.bestMatch(List.of("minist"), new int[] {1}, 1, false, true), "the old role is gone");
        assertEquals("Ann Lee", memory.bestMatch(List.of("senior"), new int[] {1}, 1, false, true).name());
        assertNull(memory.latestGroup());
    }
}
