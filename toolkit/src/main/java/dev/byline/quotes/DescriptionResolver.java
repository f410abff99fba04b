package dev.byline.quotes;

import dev.byline.quotes.SpeakerMemory.Known;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A description speaker mention ("the Vermont senator", "a senior official") to the person it stands for, for
 * {@link SpeakerResolver}: the one person the article gave that role ({@link ArticleRoles}), the earlier speaker whose
 * role words it shares most, the one person the sentences before it are about ({@link DescribedSubjects}); else the
 * description as written, remembered so a later he, she or they can stand for it. Reads and adds to the resolver's
 * {@link SpeakerMemory}; call in reading order, as the resolver does.
 */
final class DescriptionResolver {
    private final TextView v;
    private final RoleStems stems;
    private final SpeakerMemory speakers;
    private final ArticleRoles roles;
    /** the person a description stands for when the sentence before it is about that one person */
    private final DescribedSubjects subjects;
    private final GenderEvidence genders;

    DescriptionResolver(TextView v, RoleStems stems, SpeakerMemory speakers, ArticleRoles roles,
            DescribedSubjects subjects, GenderEvidence genders) {
        this.v = v;
        this.stems = stems;
        this.speakers = speakers;
        this.roles = roles;
        this.subjects = subjects;
        this.genders = genders;
    }

    /** The person description {@code m} stands for, or the description as written (lower-cased "the …"). */
    String resolve(Mention m) {
        int start = TimeLeads.start(v, m);   // "long before White House officials": the officials
        m = start == m.first() ? m : new Mention(start, m.end(), Mention.Type.DESCRIPTION);
        String text = m.text(v);
        String first = v.norm(m.first());
        String head = head(m);
        // "The retired surgeon said …" after "Ivo Lind, a retired surgeon,": the one person the article gave that role
        String linked = roles.personFor(m);
        if (linked != null) {
            remember(ArticleRoles.known(linked, speakers.get(linked), stems.of(text), genders.of(linked)));
            return linked;
        }
        if ((first.equals("the") || first.equals("this")) && SpeakerResolver.PERSON_NOUNS.contains(head)) {
            // the role sharing the most stems, the head's counting twice; the most recent of equals
            List<String> stems = new ArrayList<>(this.stems.of(m.first() + 1, m.end()));
            int[] weights = new int[stems.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = stems.get(i).equals(RoleStems.stem(head)) ? 2 : 1;
            }
            Known best = speakers.bestMatch(stems, weights, 2, false, true);
            if (best != null) {
                remember(best);
                return best.name();
            }
        }
        // "Brandvik warned against a long count. “…,” the Vermont senator said.": the one person the sentence was about
        String subject = subjects.personFor(m, head);
        if (subject != null) {
            remember(ArticleRoles.known(subject, speakers.get(subject), stems.of(text), genders.of(subject)));
            return subject;
        }
        String described = SpeakerResolver.DETERMINERS_TO_LOWER.contains(first)
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
        // "a senior official … he added": a described person can be a he or she later
        remember(new Known(described, SpeakerResolver.PERSON_NOUNS.contains(head), stems.of(text), '?'));
        return described;
    }

    /**
     * A definite description left unresolved in reading order ("the head of Estonia’s foreign
     * intelligence service said" in a first sentence) may name a person introduced later; returns
     * that person's name if one later speaker's role matches it well, else null.
     */
    String resolveForward(Mention m) {
        String first = v.norm(m.first());
        String head = head(m);
        if (!(first.equals("the") || first.equals("this")) || !SpeakerResolver.PERSON_NOUNS.contains(head)) {
            return null;
        }
        // only named people (a description cannot resolve to another description), sharing three stems
        // or more; the first seen of equals
        List<String> stems = new ArrayList<>(this.stems.of(m.first() + 1, m.end()));
        int[] weights = new int[stems.size()];
        Arrays.fill(weights, 1);
        Known best = speakers.bestMatch(stems, weights, 3, true, false);
        return best == null ? null : best.name();
    }

    /** The head noun of a description: the word before "of" if there is one ("the head of …"), else the last. */
    private String head(Mention m) {
        for (int k = m.first() + 1; k < m.end(); k++) {
            if (v.norm(k).equals("of")) {
                return v.norm(k - 1);
            }
        }
        return v.norm(m.end() - 1);
    }

    private void remember(Known k) {
        speakers.remember(k);
    }
}
