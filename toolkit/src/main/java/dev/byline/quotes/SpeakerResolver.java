package dev.byline.quotes;

import dev.byline.quotes.SpeakerMemory.Known;
import dev.byline.text.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns speaker mentions into speakers, in reading order: short names become the fullest name the
 * article gives ("Rosin" → "Kaupo Rosin"), titles are dropped ("Russian President Vladimir Putin"
 * → "Vladimir Putin"), pronouns go to the most recent compatible named speaker, and a definite
 * description ("the official") goes to the earlier speaker it best matches; otherwise a
 * description stays as written ("a former senior Russian official").
 *
 * <p>Stateful: call {@link #resolve} in the order the mentions appear in the text.
 */
final class SpeakerResolver {
    /** Words that make what follows them a name and themselves a title. */
    static final Set<String> TITLES = WordSet.of("president", "minister", "secretary", "senator", "sen",
            "rep", "gov", "governor", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "envoy", "aide",
            "chancellor", "king", "queen", "prince", "princess", "pope", "general", "gen", "col", "colonel", "lt",
            "sgt", "ambassador", "judge", "justice", "mayor", "commissioner", "spokesman", "spokeswoman",
            "spokesperson", "director", "chief", "chairman", "chairwoman", "ceo", "premier", "sheikh",
            "emir", "cardinal", "bishop", "rabbi", "imam", "coach", "captain", "capt", "officer", "adviser",
            "advisor", "analyst", "reporter", "correspondent", "editor", "founder", "head", "deputy", "vice",
            "special", "presidential", "prime", "foreign", "defence", "defense", "interior", "finance", "admiral",
            "lord", "lady", "sir", "dame", "rev", "father", "sister", "brother", "pastor", "sergeant", "major",
            "lieutenant", "attorney", "counsel", "economist", "fellow", "researcher", "councillor", "councilman",
            "councilwoman", "councilor", "alderman", "mp", "mep", "mk", "assemblyman", "assemblywoman", "speaker",
            "leader", "whip", "delegate", "congressman", "congresswoman", "representative", "commander",
            "backbencher", "quarterback", "striker", "goalkeeper", "manager", "pitcher", "defender", "midfielder",
            "winger", "skipper", "executive", "activist", "lawyer", "teacher", "nurse", "doctor", "novelist",
            "author", "singer", "actor", "actress", "chef", "entrepreneur", "investor", "banker", "historian",
            "scientist", "physicist", "journalist", "photographer", "candidate", "nominee");
    /** True for a title word without its full stop: "gov", "senator", "chairman". */
    static boolean isTitle(String norm) {
        return TITLES.contains(norm);
    }

    static final Set<String> CALENDAR = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
            "sep.", "sept.", "oct.", "nov.", "dec.");

    private final TextView v;
    /** the stems of role words, made once per word of the article */
    private final RoleStems stems;
    /** the names the article writes out, read once */
    private final ArticleNames names;
    /** speakers so far, indexed so that no lookup reads them all */
    private final SpeakerMemory speakers = new SpeakerMemory();

    /** by full name of a surname the article writes out for two people or more: where it last was a speaker */
    private final Map<String, Integer> spokeAt = new HashMap<>();

    /** where the article writes out its names, for a he or she no speaker before it fits */
    private final WrittenPeople written;

    /** gender as the article itself shows it, read once all full names are known */
    private final GenderEvidence genders;

    SpeakerResolver(TextView v) {
        this.v = v;
        this.stems = new RoleStems(v);
        this.written = new WrittenPeople(v);
        this.names = new ArticleNames(v, written);
        this.genders = GenderEvidence.of(v, this::resolveQuietly);
        this.roles = new ArticleRoles(v, this::resolveQuietly);
        this.descriptions = new DescriptionResolver(v, stems, speakers, roles,
                new DescribedSubjects(v, this::resolveQuietly, this::genderOf, haveSpoken::contains, roles), genders);
    }

    /** the roles the article gives the people it names, read when a description first asks */
    private final ArticleRoles roles;

    /** definite and other descriptions, to the person they stand for */
    private final DescriptionResolver descriptions;

    /** The speaker for a mention, or null if it cannot be resolved to anyone. */
    String resolve(Mention m) {
        return switch (m.type()) {
            case NAME -> resolveName(m);
            case PRONOUN -> resolvePronoun(m);
            case DESCRIPTION -> {
                Mention named = AppositiveNames.nameBefore(v, m);   // "Lind, a harbour pilot who writes …"
                named = named != null ? named : AppositiveNames.nameAfter(v, m);   // "said the pilot, Ivo Lind."
                String name = named == null ? null : resolveName(named);
                yield name != null ? name : descriptions.resolve(m);
            }
        };
    }

    /**
     * {@link #resolve}, noting whether the mention is a quotation's speaker ({@code spoken}) or a sentence subject
     * only observed: a description may stand for a person named just before it only if that person has spoken.
     */
    String resolve(Mention m, boolean spoken) {
        String name = resolve(m);
        if (spoken && name != null && m.type() == Mention.Type.NAME) {
            haveSpoken.add(name);
        }
        return name;
    }

    /** the names resolved for quotations' speakers so far */
    private final Set<String> haveSpoken = new HashSet<>();

    private String resolveName(Mention m) {
        // "… of Oslo's Institute for Coastal and Harbour Studies": the organisation's whole name, not its tail
        Mention organisation = OrganisationNames.whole(v, m);
        // "Rep. Ada Vos of Nebraska said": the speaker is Ada Vos, not the state
        Mention owner = organisation != null ? OfOwners.ownerBefore(v, organisation.first(), this::nameStart)
                : OfOwners.owner(v, m, this::nameStart);
        // "Ada Vos, the director for the Harbour Party said", "Lind's Ohio state director, Ada Vos,": the person
        owner = owner != null ? owner : RoleOwners.owner(v, m, this::nameStart);
        if (owner != null) {
            return resolveName(owner);
        }
        if (organisation != null) {
            String whole = organisation.text(v);
            remember(new Known(whole, false, stems.of(whole), '?'));
            return whole;
        }
        // "Aides to Mr. Vos said": the aides
        Mention agents = RepresentedNames.of(v, m);
        agents = agents != null ? agents : RepresentedNames.possessed(v, m);   // "Vos's aides cast …"
        if (agents != null) {
            String described = agents.text(v);
            described = DETERMINERS_TO_LOWER.contains(v.norm(agents.first()))
                    ? Character.toLowerCase(described.charAt(0)) + described.substring(1) : described;
            remember(new Known(described, !RepresentedNames.plural(v, agents), stems.of(described), '?'));
            return described;
        }
        // "Putin and Trump": resolve each
        List<String> parts = new ArrayList<>();
        int from = m.first();
        boolean joined = false;
        for (int k = m.first(); k <= m.end(); k++) {
            boolean and = k < m.end() && v.norm(k).equals("and");
            joined |= and;
            if (k == m.end() || and) {
                if (k > from) {
                    String part = stripTitles(new Mention(from, k, Mention.Type.NAME));
                    if (part != null) {
                        String full = fullestAt(part, from, k, from == m.first());
                        parts.add(full);
                        if (names.surnameShared(full)) {
                            spokeAt.put(full, from);
                        }
                    }
                }
                from = k + 1;
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String name = String.join(" and ", parts);
        // the whole mention's name, as resolveQuietly gives it: the one part's when no "and" joins two
        String quiet = joined ? resolveQuietly(m) : name;
        char gender = honorificGender(m, quiet);
        // "the RNC", "Another", "Syrians": no one person a later he or she stands for
        boolean person = parts.size() == 1 && !OnePersonNames.notOnePerson(v, name, gender);
        remember(new Known(name, person, role(m, quiet), gender));
        return name;
    }

    /**
     * he/she: the most recent named person not known to be of the other gender (learnt from earlier
     * pronouns and honorifics); they/we: the most recent group or description ("regional
     * authorities", "the company"); it: the most recent non-person speaker. Null if none fits.
     */
    private String resolvePronoun(Mention m) {
        String p = v.norm(m.first());
        p = NounPhrases.subjectPronoun(p) != null ? NounPhrases.subjectPronoun(p) : p;   // "he’d" is a he
        char wanted = p.equals("he") ? 'm' : p.equals("she") ? 'f' : '?';
        boolean plural = p.equals("they") || p.equals("we");
        boolean neuter = p.equals("it");
        if (plural || neuter) {
            Known s = speakers.latestGroup();
            if (s != null) {
                remember(s);
                return s.name();
            }
            return null;
        }
        Mention topic = wanted == '?' ? null : TopicLeads.topic(v, m);   // "As for Lind, he said …"
        topic = topic != null || wanted == '?' ? topic : RelativeClausePronouns.antecedent(v, m);   // "Lind, who said he"
        if (topic != null) {
            String name = resolveQuietly(topic);
            char g = genderOf(name);
            if (!name.isEmpty() && (g == '?' || g == wanted)) {
                Known earlier = speakers.get(name);
                remember(new Known(name, true, earlier == null ? Set.of() : earlier.role(), wanted));
                return name;
            }
        }
        Mention subject = wanted == '?' ? null : SentenceSubjects.nameBefore(v, m);   // "Mrs. Vos …, as she put it"
        String part = subject == null ? null : stripTitles(subject);
        if (part != null && part.indexOf(" and ") < 0) {
            // the person that mention names (of two sharing its surname, the one it means), of the pronoun's gender
            String name = fullestAt(part, subject.first(), subject.end(), true);
            if (honorificGender(subject, name) == wanted) {
                Known earlier = speakers.get(name);
                remember(new Known(name, true, earlier == null ? Set.of() : earlier.role(), wanted));
                return name;
            }
        }
        Known s = speakers.latestPerson(wanted);
        if (s != null) {
            remember(new Known(s.name(), true, s.role(), wanted));
            return s.name();
        }
        // no one before fits: "Democratic presidential candidate Ivo Lind promised …. “…,” he said."
        int near = wanted == '?' ? -1 : written.personBefore(m.first(), i -> {
            char g = written.honorific(i);
            if (g == '?' && written.name(i).indexOf(' ') < 0 && fullest(written.name(i)).indexOf(' ') < 0) {
                return false;   // "President Bashar al-Assad": a word after a title, no name the article writes out
            }
            g = g != '?' ? g : genderOf(writtenName(i));
            return g == '?' || g == wanted;
        });
        if (near >= 0) {
            String name = writtenName(near);
            remember(new Known(name, true, Set.of(), wanted));
            return name;
        }
        return null;
    }

    /** The person {@link WrittenPeople} entry {@code i} is: its fullest name, as decided where it is written. */
    private String writtenName(int i) {
        return fullestAt(written.name(i), written.runFirst(i), written.end(i), true);
    }

    /** Heads of descriptions that can stand for a named person ("the official", "the intelligence chief"). */
    static final Set<String> PERSON_NOUNS = WordSet.of("official", "chief", "head", "director", "minister",
            "spokesman", "spokeswoman", "spokesperson", "expert", "analyst", "adviser", "advisor", "envoy", "diplomat",
            "officer", "commander", "leader", "president", "source", "negotiator", "aide", "professor", "researcher",
            "fellow", "economist", "lawmaker", "senator", "ambassador", "secretary", "general", "tycoon",
            "executive", "founder", "chairman", "chairwoman", "man", "woman", "specialist", "scholar", "politician",
            "premier", "governor", "mayor", "lawyer", "judge", "prosecutor", "activist", "spy", "veteran", "nominee",
            "candidate", "congressman", "congresswoman", "representative", "strategist", "pollster", "manager",
            "businessman", "businesswoman", "billionaire", "frontrunner", "host", "anchor", "reporter", "attorney");

    /** {@link DescriptionResolver#resolveForward}. */
    String resolveForward(Mention m) {
        return descriptions.resolveForward(m);
    }

    static final Set<String> DETERMINERS_TO_LOWER = Set.of("a", "an", "the", "this", "that", "one");

    private void remember(Known k) {
        speakers.remember(k);
    }

    /**
     * The stems of the role words around a name mention: "regional chief" before it, ", the head of …," after it,
     * titles inside it, and what earlier mentions said about the person (a set, so a person named a thousand
     * times keeps a role of bounded size). The stems of each word are read from the token, never from a role text
     * put together and split again.
     */
    private Set<String> role(Mention m, String quiet) {
        Set<String> out = new HashSet<>();
        Known earlier = speakers.get(quiet);
        if (earlier != null) {
            out.addAll(earlier.role());
        }
        int k = m.first() - 1;
        while (k >= 0 && v.isLowerWord(k) && m.first() - k <= 4) {
            stems.add(k, out);
            k--;
        }
        if (k >= 0 && v.isPunct(k, ",") && k == m.first() - 1) {
            // "The Democratic nominee, Maria Costa, …": the description the name stands in apposition to
            int d = k - 1;
            while (d >= 0 && k - d <= 6 && v.kind(d) == TokenKind.WORD && d >= v.sentenceStart(k)) {
                stems.add(d, out);
                d--;
            }
        }
        if (m.end() < v.size() && v.isPunct(m.end(), ",")) {
            int j = m.end() + 1;
            while (j < v.size() && j < m.end() + 16 && !v.isPunct(j, ",.") && v.kind(j) != TokenKind.QUOTE) {
                stems.add(j, out);
                j++;
            }
        }
        for (int t = m.first(); t < m.end(); t++) {
            stems.add(t, out);   // titles inside the name ("Estonian intelligence chief X")
        }
        return out;
    }

    private String resolveQuietly(Mention m) {
        String n = stripTitles(m);
        return n == null ? "" : fullest(n);
    }

    /** {@code quiet} is {@link #resolveQuietly} of {@code m}. */
    private char honorificGender(Mention m, String quiet) {
        int k = m.first();
        String n = v.norm(k).replace(".", "");
        if (n.equals("mr") || n.equals("sir") || n.equals("lord")) {
            return 'm';
        }
        if (n.equals("ms") || n.equals("mrs") || n.equals("miss") || n.equals("lady") || n.equals("dame")) {
            return 'f';
        }
        String name = quiet;
        char evidence = genders.of(name);
        if (evidence != '?') {
            return evidence;
        }
        Known s = speakers.get(name);
        return s == null ? '?' : s.gender();
    }

    /** {@link ArticleNames#stripTitles}. */
    String stripTitles(Mention m) {
        return names.stripTitles(m);
    }

    /** {@link ArticleNames#nameStart}. */
    int nameStart(int first, int end) {
        return names.nameStart(first, end);
    }

    /** {@link ArticleNames#fullest}. */
    String fullest(String name) {
        return names.fullest(name);
    }

    /** True if {@code name} has a space or the article writes out a fuller name ending with it. */
    boolean hasFullForm(String name) {
        return names.hasFullForm(name);
    }

    /**
     * {@link #fullest} of the name {@code name} of the mention of tokens {@code first} to {@code end}; when the article
     * writes out two people of that name, the one that mention means ({@link SharedSurnames#choose}), else the name
     * as written. {@code opening} is true when the mention's first token starts the whole mention (a title word before
     * it counts only then).
     */
    private String fullestAt(String name, int first, int end, boolean opening) {
        String one = fullest(name);
        List<List<String>> people = names.sharedBy(name);
        if (people == null) {
            return one;   // one person of that name, or no fuller name at all
        }
        int nameFrom = nameStart(first, end);
        List<String> titles = new ArrayList<>();
        if (opening && first > 0 && v.isLowerWord(first - 1) && isTitle(v.norm(first - 1))) {
            titles.add(v.norm(first - 1));   // "first lady Obama", "former president Obama"
        }
        for (int k = first; k < nameFrom; k++) {
            if (v.isWord(k)) {
                titles.add(v.norm(k));
            }
        }
        String chosen = SharedSurnames.choose(people, titles, first, names.fullAt(), spokeAt, this::genderOf, roles,
                v::sentenceStart);
        return chosen == null ? name : chosen;
    }

    /** m or f as the article shows it for a full name (honorifics, its cues' pronouns, earlier pronouns), else ?. */
    private char genderOf(String full) {
        char g = genders.of(full);
        if (g != '?') {
            return g;
        }
        Known s = speakers.get(full);
        return s == null ? '?' : s.gender();
    }
}
