package dev.byline.compare;

import dev.byline.corpus.Document;
import dev.byline.text.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A body sentence with its words, the unit passage alignment pairs up. */
record SentenceUnit(Sentence sentence, List<Word> words, Set<String> contentStems) {
    int start() {
        return sentence.start();
    }

    int end() {
        return sentence.end();
    }

    int index() {
        return sentence.index();
    }

    /** The sentences of {@code doc} that hold at least one word. */
    static List<SentenceUnit> of(Document doc, List<Word> words) {
        List<Sentence> sentences = doc.sentences();
        List<List<Word>> bySentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Word w : words) {
            bySentence.get(w.sentence()).add(w);
        }
        List<SentenceUnit> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Word> ws = bySentence.get(i);
            if (ws.isEmpty()) {
                continue;
            }
            Set<String> stems = new HashSet<>();
            for (Word w : ws) {
                if (w.content()) {
                    stems.add(w.stem());
                }
            }
            out.add(new SentenceUnit(sentences.get(i), List.copyOf(ws), Set.copyOf(stems)));
        }
        return List.copyOf(out);
    }

    /** Word-order similarity: 2·LCS / (|a| + |b|) over the fold forms. */
    static double orderedSimilarity(List<Word> a, List<Word> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        return 2.0 * lcs(a, b) / (a.size() + b.size());
    }

    static int lcs(List<Word> a, List<Word> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            String x = a.get(i - 1).fold();
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = x.equals(b.get(j - 1).fold()) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    /** Number of content stems the two sentences share. */
    static int sharedStems(SentenceUnit a, SentenceUnit b) {
        Set<String> small = a.contentStems.size() <= b.contentStems.size() ? a.contentStems : b.contentStems;
        Set<String> large = small == a.contentStems ? b.contentStems : a.contentStems;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
