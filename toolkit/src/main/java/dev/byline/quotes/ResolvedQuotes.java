package dev.byline.quotes;

import dev.byline.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second half of {@link QuoteFinder}: once every quotation and report has its draft attribution, resolves the
 * spoken mentions in reading order (with the article's sentence subjects read in between, people a later pronoun
 * may point to) and makes the quotes, letting a floating quotation inherit its neighbour's speaker.
 */
final class ResolvedQuotes {
    private ResolvedQuotes() {
    }

    /**
     * Multi-word names at the start of a sentence, followed by a comma or a lower-case word (a verb),
     * and indefinite descriptions there ("A spokesperson for one delegation rejected …").
     */
    private static List<Mention> sentenceSubjects(TextView v, SpeakerResolver resolver) {
        List<Mention> out = new ArrayList<>();
        for (var s : v.sentences) {
            int a = s.firstToken();
            a = a + 1 < s.endToken() && v.isPunct(a, "(") ? a + 1 : a;   // "(Ivo Lind defended his mother …)"
            // "Some backed the plan, but Lind, who …, does not mince words": the later subject, read too
            Mention joined = OpeningClauseSubjects.coordinated(v, a, s.endToken());
            if (joined != null && (joined.end() - joined.first() >= 2 || resolver.hasFullForm(joined.text(v)))) {
                out.add(joined);
            }
            if (a < s.endToken() && (v.norm(a).equals("the") || v.norm(a).equals("this"))) {
                // "The Democratic nominee, Maria Costa, spoke …": the name in apposition is the subject
                Mention d = NounPhrases.descriptionForward(v, a, s.endToken());
                if (d != null && d.end() + 1 < s.endToken() && v.isPunct(d.end(), ",")
                        && NounPhrases.isNameWord(v, d.end() + 1)) {
                    Mention m = NounPhrases.nameForward(v, d.end() + 1, s.endToken());
                    if (m.end() < s.endToken() && v.isPunct(m.end(), ",")) {
                        out.add(m);
                    }
                }
                continue;
            }
            if (a < s.endToken() && (v.norm(a).equals("a") || v.norm(a).equals("an"))) {
                Mention d = NounPhrases.descriptionForward(v, a, s.endToken());
                if (d != null && d.end() < s.endToken() && NounPhrases.looksLikeVerb(v, d.end())) {
                    out.add(d);
                }
                continue;
            }
            if (a < s.endToken() && NounPhrases.isNameWord(v, a)) {
                Mention m = NounPhrases.nameForward(v, a, s.endToken());
                // "South Carolina, he said, was …": the name before a parenthetical pronoun and cue is what the
                // speaker talks about, never the person that pronoun stands for
                boolean aside = m.end() + 2 < s.endToken() && v.isPunct(m.end(), ",")
                        && NounPhrases.SUBJECT_PRONOUNS.contains(v.norm(m.end() + 1)) && v.isLowerWord(m.end() + 1)
                        && CueVerbs.cue(v.norm(m.end() + 2)) != null;
                // the place after the name first: a one-word name's fullest form is a string and a look-up
                boolean person = m.end() - m.first() >= 2 || resolver.hasFullForm(m.text(v));
                int after = OpeningClauseSubjects.afterAside(v, m.end(), s.endToken());   // "Ada Vos (D-Ore.) joked"
                if (!aside && after < s.endToken() && (v.isPunct(after, ",") || v.isLowerWord(after)) && person) {
                    out.add(m);
                }
                if (person || aside) {
                    continue;
                }
                // "Days after the arrest, Nega volunteered": one capitalised word that names no one opens the phrase
            }
            // "Although the inquiry went on, Attorney General Ilse Brandt closed it": the main clause's subject
            Mention m = OpeningClauseSubjects.of(v, a, s.endToken());
            if (m != null && (m.end() - m.first() >= 2 || resolver.hasFullForm(m.text(v)))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Resolves mentions in reading order, then lets floating quotes inherit their neighbour's speaker. */
    static List<Quote> resolve(TextView v, List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        Map<Mention, String> names = new HashMap<>();
        Set<Mention> spoken = new java.util.LinkedHashSet<>();
        boolean[] inMention = new boolean[v.size()];
        for (Draft d : drafts) {
            if (d.attribution() != null && spoken.add(d.attribution().mention())) {
                for (int k = d.attribution().mention().first(); k < d.attribution().mention().end(); k++) {
                    inMention[k] = true;
                }
            }
        }
        if (!spoken.isEmpty()) {
            // no mention to resolve, no speaker to name: the resolver's reading of the whole article is not needed
            resolveMentions(v, spoken, inMention, names);
        }
        return quotes(v, drafts, names);
    }

    /** Resolves the spoken mentions, with the article's sentence subjects read in between, into {@code names}. */
    private static void resolveMentions(TextView v, Set<Mention> spoken, boolean[] inMention, Map<Mention, String> names) {
        SpeakerResolver resolver = new SpeakerResolver(v);
        // Named subjects that open sentences ("Marta Ruiz, a nurse, spoke …") are people a later
        // "she" may point to even before they are quoted; they are observed, not reported.
        List<Mention> all = new ArrayList<>(spoken);
        for (Mention m : sentenceSubjects(v, resolver)) {
            if (!inMention[m.first()]) {
                all.add(m);
            }
        }
        all.sort(Comparator.comparingInt(Mention::first));
        for (Mention m : all) {
            String name = resolver.resolve(m, spoken.contains(m));
            if (spoken.contains(m)) {
                names.put(m, name);
            }
        }
        names.replaceAll((m, name) -> {
            // only a description still written as one may become a later-named person
            boolean open = m.type() == Mention.Type.DESCRIPTION && name != null
                    && !Character.isUpperCase(name.codePointAt(0));
            String later = open ? resolver.resolveForward(m) : null;
            return later != null ? later : name;
        });
    }

    /** The quotations, with their resolved speakers ({@code names}) and the floating quotes' inherited ones. */
    private static List<Quote> quotes(TextView v, List<Draft> drafts, Map<Mention, String> names) {
        List<Quote> out = new ArrayList<>();
        Quote previousDirect = null;
        Quote previousReported = null;
        for (Draft d : drafts) {
            Attribution a = d.attribution();
            String speaker = a == null ? null : names.get(a.mention());
            Span mention = a == null ? null : Span.of(v.doc, a.mention().start(v), a.mention().stop(v));
            String verb = a == null ? null : a.verb();
            if (a == null && d.kind() == QuoteKind.FULL && previousDirect != null && previousDirect.speaker() != null
                    && d.paragraph() - previousDirect.paragraph() <= 1) {
                // a floating quote: no cue in its sentence, right after a quote of a known speaker
                speaker = previousDirect.speaker();
                mention = previousDirect.speakerMention();
            } else if (a == null && d.kind() == QuoteKind.FULL && previousReported != null
                    && previousReported.speaker() != null && d.paragraph() - previousReported.paragraph() == 1
                    && (previousDirect == null || previousDirect.start() < previousReported.start())) {
                // "Carter said that … ¶ “That’s because …”": a quote opening the paragraph after a report
                speaker = previousReported.speaker();
                mention = previousReported.speakerMention();
            }
            if (a != null && speaker == null && a.mention().type() == Mention.Type.PRONOUN) {
                // an unresolved "he" still says a person spoke; an unresolved "it" says nothing
                String p = a.mention().text(v).toLowerCase(java.util.Locale.ROOT);
                if (p.equals("it")) {
                    a = null;
                    mention = null;
                    verb = null;
                } else {
                    speaker = p;
                }
            }
            Quote q = new Quote(v.doc, d.start(), d.end(), d.kind(), speaker, mention, verb, d.marks(), d.paragraph());
            out.add(q);
            if (q.kind().isDirectSpeech()) {
                previousDirect = q;
            } else if (q.kind() == QuoteKind.INDIRECT) {
                previousReported = q;
            }
        }
        return List.copyOf(out);
    }
}
