package dev.byline.terms;

import dev.byline.text.Document;
import dev.byline.text.Parts;
import dev.byline.text.Sentence;
import dev.byline.text.Token;
import dev.byline.text.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-word counts under {@link CaseMode#KEEP_PROPER_NOUNS} in one pass over the documents, where the general way
 * reads them twice (the {@link CaseProfile} first, then the counts). A word's term is known on sight except for a
 * capitalised word that opens a sentence ({@code Peace talks resumed.}): whether it stays capitalised depends on the
 * whole corpus's profile. So those are counted apart, per form, with what their document frequency needs either
 * way: in how many documents the form occurs without the capitalised term, and in how many without the lower-case
 * one; once every thread's profile is added up, each form joins the term it decides for. The rows equal those of
 * {@link TermCounter#countByTokens} with the finished profile, document frequencies included.
 *
 * <p>Memory: the vocabulary, the forms, and a few ids per document for the rare document that opens sentences
 * with two different capitalised forms of one term that it never has otherwise ({@code Talks} and {@code Talking},
 * stemmed to {@code talk}).
 *
 * <p>Not thread-safe: one per thread, then {@link #rowsOf}.
 */
final class ProperNounCounter {
    private final TermExtractor folded;
    private final CaseProfile profile = new CaseProfile();
    // every distinct token (its kind and text) met, worked out once: open addressing, the text's hash beside each slot
    private Seen[] seenSlots = new Seen[1 << 12];
    private int[] seenHashes = new int[1 << 12];
    private int seenCount;
    // the terms: name -> id, and per id its count, document frequency and the serial of the last document that had
    // it (only occurrences whose term is known on sight: a sentence-opening form touches none of them)
    private final Map<String, Integer> ids = new HashMap<>();
    private String[] names = new String[1024];
    private long[] counts = new long[1024];
    private int[] docs = new int[1024];
    private int[] lastDocument = new int[1024];
    private int vocabulary;
    // the sentence-opening capitalised forms: (surface, norm) -> form; per form its two candidate terms (the surface
    // kept, or the lower-case term, stemmed if asked), its count, and the documents it was in without each
    private final Map<String, Integer> forms = new HashMap<>();
    private String[] surfaces = new String[256];
    private String[] norms = new String[256];
    private int[] keptTerm = new int[256];
    private int[] lowerTerm = new int[256];
    private long[] formCounts = new long[256];
    private int[] withoutKept = new int[256];
    private int[] withoutLower = new int[256];
    private int[] formLastDocument = new int[256];
    private int formCount;
    // the current document's forms, its terms that they could add it to ({term, form, 1 if kept else 0} each), and the
    // documents' groups of forms that could each add their document to one term
    private int[] documentForms = new int[16];
    private int documentFormCount;
    private int[] candidates = new int[48];
    private final List<int[]> sharedTerm = new ArrayList<>();
    private int documents;

    ProperNounCounter(TermOptions options) {
        if (!handles(options)) {
            throw new IllegalArgumentException("the proper-noun counter counts single words with KEEP_PROPER_NOUNS");
        }
        this.folded = new TermExtractor(options.withCase(CaseMode.FOLD), null);
        this.parts = options.parts();
    }

    /** The parts of a document counted: its headline and body, or its body. */
    private final Parts parts;

    /** True if these options can be counted in one pass by this counter. */
    static boolean handles(TermOptions options) {
        return options.caseMode() == CaseMode.KEEP_PROPER_NOUNS && options.minN() == 1 && options.maxN() == 1;
    }

    /**
     * What a token's text counts as, worked out on first sight (its terms numbered), with how often it was met
     * opening a sentence and after that, for the profile.
     */
    private static final class Seen {
        final TokenKind kind;
        final String text;
        final String surface;   // apostrophes and hyphens straight, case kept
        final String norm;
        final boolean lowerCase;   // written as its normal form
        int term = -1;   // the term of a token that is not a word (a number, punctuation), or -1 for none
        int lowerTerm = -1;   // a word's lower-case term (stemmed if asked), or -1 if the word is dropped
        int keptTerm = -1;   // a capitalised word's term as written
        int form = -1;   // a capitalised word's form, once met opening a sentence
        int initial;
        int later;

        Seen(TokenKind kind, String text, String surface, String norm) {
            this.kind = kind;
            this.text = text;
            this.surface = surface;
            this.norm = norm;
            this.lowerCase = surface.equals(norm);
        }
    }

    /** Counts one document's body, and its headline when the options read it. */
    void add(Document document) {
        int serial = ++documents;
        for (Document part : parts.of(document)) {
            addPart(part, serial);
        }
        endDocument(serial);
    }

    private void addPart(Document document, int serial) {
        List<Token> tokens = document.tokens();
        // a headline's capitals say nothing of a word (Title Case): it adds no evidence to the case profile, and
        // each capitalised word of it is decided as a sentence's first word is
        boolean headline = document.isHeadline();
        for (Sentence s : document.sentences()) {
            boolean first = true;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                Seen k = seen(t);
                boolean wordLike = k.kind == TokenKind.WORD || k.kind == TokenKind.NUMBER;
                if (headline) {
                    first = true;
                } else if (wordLike) {
                    if (first) {
                        k.initial++;
                    } else {
                        k.later++;
                    }
                }
                if (k.kind != TokenKind.WORD) {
                    if (k.term >= 0) {
                        count(k.term, serial);
                    }
                } else if (k.lowerTerm < 0) {
                    // too short or a stop word, whatever its case
                } else if (k.lowerCase) {
                    count(k.lowerTerm, serial);
                } else if (!first) {
                    count(k.keptTerm, serial);   // capitalised mid-sentence: a proper noun, never stemmed
                } else {
                    opening(k, serial);
                }
                first &= !wordLike;
            }
        }
    }

    /**
     * What the token's text counts as: looked up on the document's text itself, without making the token's string
     * (a word's hash and kind beside each slot, so that most slots of other words are passed over unread).
     */
    private Seen seen(Token t) {
        String raw = t.document().raw();
        int start = t.start();
        int length = t.end() - start;
        int hash = 0;
        for (int k = start; k < start + length; k++) {
            hash = 31 * hash + raw.charAt(k);
        }
        int mask = seenSlots.length - 1;
        int slot = mix(hash) & mask;
        TokenKind kind = t.kind();
        for (Seen k = seenSlots[slot]; k != null; k = seenSlots[slot]) {
            if (seenHashes[slot] == hash && k.kind == kind && k.text.length() == length
                    && raw.regionMatches(start, k.text, 0, length)) {
                return k;
            }
            slot = (slot + 1) & mask;
        }
        String text = raw.substring(start, start + length);
        Seen k = new Seen(kind, text, CaseProfile.straight(text), t.norm());
        if (kind == TokenKind.WORD) {
            String lower = folded.word(t.norm(), null, false);
            if (lower != null) {
                k.lowerTerm = id(lower);
                k.keptTerm = k.lowerCase ? k.lowerTerm : id(k.surface);
            }
        } else {
            String term = folded.term(t, false);
            k.term = term == null ? -1 : id(term);
        }
        seenSlots[slot] = k;
        seenHashes[slot] = hash;
        if (++seenCount * 2 > seenSlots.length) {
            growSeen();
        }
        return k;
    }

    private void growSeen() {
        Seen[] oldSlots = seenSlots;
        int[] oldHashes = seenHashes;
        seenSlots = new Seen[oldSlots.length * 2];
        seenHashes = new int[oldSlots.length * 2];
        int mask = seenSlots.length - 1;
        for (int k = 0; k < oldSlots.length; k++) {
            if (oldSlots[k] != null) {
                int slot = mix(oldHashes[k]) & mask;
                while (seenSlots[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                seenSlots[slot] = oldSlots[k];
                seenHashes[slot] = oldHashes[k];
            }
        }
    }

    private static int mix(int h) {
        int m = h * 0x9E3779B9;
        return m ^ (m >>> 16);
    }

    /** A capitalised word opening a sentence: counted on its form until the profile decides its term. */
    private void opening(Seen k, int serial) {
        if (k.form < 0) {
            k.form = form(k.surface, k.norm, names[k.lowerTerm]);
        }
        int f = k.form;
        formCounts[f]++;
        if (formLastDocument[f] != serial) {
            formLastDocument[f] = serial;
            if (documentFormCount == documentForms.length) {
                documentForms = Arrays.copyOf(documentForms, documentFormCount * 2);
            }
            documentForms[documentFormCount++] = f;
        }
    }

    /**
     * The document's forms, now that its known terms are all counted. A form could add the document to the frequency
     * of either of its terms, if the document lacks that term: counted on the form, as without-kept or
     * without-lower, when no other form of the document could add it to the same term; otherwise the forms that could
     * are kept as a group, to be settled once decided (the document counts once if any of them decides for the term).
     */
    private void endDocument(int serial) {
        int n = 0;
        for (int k = 0; k < documentFormCount; k++) {
            int f = documentForms[k];
            for (int kept = 0; kept <= 1; kept++) {
                int term = kept == 1 ? keptTerm[f] : lowerTerm[f];
                if (lastDocument[term] != serial) {
                    if (3 * n + 3 > candidates.length) {
                        candidates = Arrays.copyOf(candidates, candidates.length * 2);
                    }
                    candidates[3 * n] = term;
                    candidates[3 * n + 1] = f;
                    candidates[3 * n + 2] = kept;
                    n++;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            int term = candidates[3 * k];
            if (term < 0) {
                continue;
            }
            int group = 1;
            for (int j = k + 1; j < n; j++) {
                group += candidates[3 * j] == term ? 1 : 0;
            }
            if (group == 1) {
                int f = candidates[3 * k + 1];
                if (candidates[3 * k + 2] == 1) {
                    withoutKept[f]++;
                } else {
                    withoutLower[f]++;
                }
                continue;
            }
            // {term, form, kept, form, kept, ...}
            int[] shared = new int[1 + 2 * group];
            shared[0] = term;
            for (int j = k, m = 1; j < n; j++) {
                if (candidates[3 * j] == term) {
                    shared[m++] = candidates[3 * j + 1];
                    shared[m++] = candidates[3 * j + 2];
                    candidates[3 * j] = -1;   // settled with this group
                }
            }
            sharedTerm.add(shared);
        }
        documentFormCount = 0;
    }

    private void count(int id, int serial) {
        counts[id]++;
        if (lastDocument[id] != serial) {
            lastDocument[id] = serial;
            docs[id]++;
        }
    }

    private int id(String term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        if (vocabulary == names.length) {
            int n = vocabulary * 2;
            names = Arrays.copyOf(names, n);
            counts = Arrays.copyOf(counts, n);
            docs = Arrays.copyOf(docs, n);
            lastDocument = Arrays.copyOf(lastDocument, n);
        }
        names[vocabulary] = term;
        ids.put(term, vocabulary);
        return vocabulary++;
    }

    /** The form of a sentence-opening capitalised word, made on first sight (with its two candidate terms, uncounted). */
    private int form(String surface, String norm, String lower) {
        String key = surface + '\u0000' + norm;
        Integer known = forms.get(key);
        if (known != null) {
            return known;
        }
        if (formCount == surfaces.length) {
            int n = formCount * 2;
            surfaces = Arrays.copyOf(surfaces, n);
            norms = Arrays.copyOf(norms, n);
            keptTerm = Arrays.copyOf(keptTerm, n);
            lowerTerm = Arrays.copyOf(lowerTerm, n);
            formCounts = Arrays.copyOf(formCounts, n);
            withoutKept = Arrays.copyOf(withoutKept, n);
            withoutLower = Arrays.copyOf(withoutLower, n);
            formLastDocument = Arrays.copyOf(formLastDocument, n);
        }
        int f = formCount++;
        surfaces[f] = surface;
        norms[f] = norm;
        keptTerm[f] = id(surface);
        lowerTerm[f] = id(lower);
        forms.put(key, f);
        return f;
    }

    /** Adds the words and numbers seen to the profile (once, when counting is over). */
    private void profileOfSeen() {
        for (Seen k : seenSlots) {
            if (k != null && k.initial + k.later > 0) {
                profile.observe(k.surface, k.norm, k.initial, k.later);
                k.initial = 0;
                k.later = 0;
            }
        }
    }

    /** Adds {@code other}'s counts, forms and profile (of other documents) into this counter. */
    private void merge(ProperNounCounter other) {
        int[] term = new int[other.vocabulary];
        for (int t = 0; t < other.vocabulary; t++) {
            term[t] = id(other.names[t]);
            counts[term[t]] += other.counts[t];
            docs[term[t]] += other.docs[t];
        }
        int[] form = new int[other.formCount];
        for (int f = 0; f < other.formCount; f++) {
            int mine = form(other.surfaces[f], other.norms[f], other.names[other.lowerTerm[f]]);
            form[f] = mine;
            formCounts[mine] += other.formCounts[f];
            withoutKept[mine] += other.withoutKept[f];
            withoutLower[mine] += other.withoutLower[f];
        }
        for (int[] shared : other.sharedTerm) {
            int[] renumbered = shared.clone();
            renumbered[0] = term[shared[0]];
            for (int k = 1; k < shared.length; k += 2) {
                renumbered[k] = form[shared[k]];
            }
            sharedTerm.add(renumbered);
        }
        profile.addAll(other.profile);
        documents += other.documents;
    }

    /**
     * The first {@code limit} frequency rows of the threads' {@code counters} together, as
     * {@link FrequencyAccumulator#rows()} orders them; none if there is no counter.
     */
    static List<TermFrequency> rowsOf(List<ProperNounCounter> counters, int limit) {
        if (counters.isEmpty()) {
            return List.of();
        }
        for (ProperNounCounter c : counters) {
            c.profileOfSeen();
        }
        ProperNounCounter into = counters.get(0);
        for (int c = 1; c < counters.size(); c++) {
            into.merge(counters.get(c));
        }
        return into.rows(limit);
    }

    private List<TermFrequency> rows(int limit) {
        long[] rowCounts = Arrays.copyOf(counts, vocabulary);
        long[] rowDocs = new long[vocabulary];
        for (int t = 0; t < vocabulary; t++) {
            rowDocs[t] = docs[t];
        }
        boolean[] kept = new boolean[formCount];
        for (int f = 0; f < formCount; f++) {
            kept[f] = !profile.decide(surfaces[f], norms[f], true).equals(norms[f]);
            int t = kept[f] ? keptTerm[f] : lowerTerm[f];
            rowCounts[t] += formCounts[f];
            rowDocs[t] += kept[f] ? withoutKept[f] : withoutLower[f];
        }
        for (int[] shared : sharedTerm) {
            boolean any = false;
            for (int k = 1; k < shared.length; k += 2) {
                any |= kept[shared[k]] == (shared[k + 1] == 1);
            }
            if (any) {
                rowDocs[shared[0]]++;
            }
        }
        long[] totals = new long[2];
        for (int t = 0; t < vocabulary; t++) {
            int size = TermCounter.sizeOf(names[t]);
            if (size >= totals.length) {
                totals = Arrays.copyOf(totals, size + 1);
            }
            totals[size] += rowCounts[t];
        }
        return FrequencyAccumulator.rows(names, rowCounts, rowDocs, vocabulary, totals, limit);
    }
}
