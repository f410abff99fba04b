package dev.byline.bench.generate;

import dev.byline.bench.generate.Piece.Plain;
import dev.byline.bench.generate.Piece.Quoted;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways one article becomes another in the news: an exact copy under another outlet, a rewrite
 * (sentences reordered and reworded, paragraphs dropped and added, credit line and dateline removed,
 * the new outlet's quotation marks), a quote edit (one word of one quotation dropped or changed) and
 * a spun copy (synonym substitution throughout, quotations included).
 */
final class Derivations {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final ArticleWriter writer;
    private final SpinThesaurus thesaurus;
    private final Vocabulary vocabulary;

    Derivations(ArticleWriter writer, SpinThesaurus thesaurus, Vocabulary vocabulary) {
        this.writer = writer;
        this.thesaurus = thesaurus;
        this.vocabulary = vocabulary;
    }

    /** The same text under another outlet; only the page furniture may differ. */
    Derived copy(Article a, Outlet outlet, SplittableRandom r) {
        List<Paragraph> body = new ArrayList<>(a.paragraphs().stream()
                .filter(p -> p.role() != Paragraph.Role.BOILERPLATE).toList());
        if (r.nextInt(3) == 0) {
            body.add(new Paragraph(List.of(ArticleWriter.plain("Published: undefined")), Paragraph.Role.BOILERPLATE, false));
        }
        Article b = new Article(a.title(), a.titleInText(), a.dateline(), body, a.quotes(), outlet.name(),
                a.date().plusDays(r.nextInt(2)), a.url().replaceFirst("//[^/]+/", "//" + outlet.domain() + "/"),
                a.marks(), a.paragraphBreak());
        return new Derived(b, "copy", Map.of());
    }

    /** A rewrite by another outlet. */
    Derived rewrite(Article a, Topic topic, Outlet outlet, SplittableRandom r, double reword) {
        List<Paragraph> out = new ArrayList<>();
        int dropped = 0;
        int reordered = 0;
        int added = 0;
        boolean creditRemoved = false;
        for (Paragraph p : a.paragraphs()) {
            if (p.role() == Paragraph.Role.CREDIT) {
                creditRemoved = true;
                continue;
            }
            if (p.role() == Paragraph.Role.BOILERPLATE) {
                continue;
            }
            if (!p.locked() && !out.isEmpty() && r.nextInt(100) < 25) {
                dropped++;
                continue;
            }
            List<List<Piece>> sentences = new ArrayList<>(p.sentences());
            if (!p.locked() && sentences.size() > 1 && r.nextBoolean()) {
                sentences.add(0, sentences.remove(sentences.size() - 1));
                reordered++;
            }
            List<List<Piece>> reworded = new ArrayList<>();
            for (List<Piece> s : sentences) {
                reworded.add(mapPlain(s, text -> reword(text, topic, r, reword)));
            }
            out.add(new Paragraph(reworded, p.role(), p.locked()));
            if (r.nextInt(100) < 12) {
                out.add(Paragraph.body(List.of(ArticleWriter.plain(writer.sentences().sentence(r, topic)))));
                added++;
            }
        }
        Article b = remark(a, outlet).withParagraphs(recolor(out, outlet.marks()));
        b = new Article(writer.title(r, topic), b.titleInText(), r.nextBoolean() ? "" : b.dateline(), b.paragraphs(),
                b.quotes(), outlet.name(), a.date().plusDays(r.nextInt(3)),
                "https://" + outlet.domain() + "/news/" + Long.toHexString(r.nextLong()), outlet.marks(),
                outlet.paragraphBreak());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("paragraphs_dropped", dropped);
        changes.put("paragraphs_added", added);
        changes.put("paragraphs_reordered", reordered);
        changes.put("credit_removed", creditRemoved);
        changes.put("reword_rate", reword);
        return new Derived(b, "rewrite", changes);
    }

    /**
     * A light rewrite in which one quotation of at least four words loses a word or has one changed;
     * null when the article has no such quotation.
     */
    Derived quoteEdit(Article a, Topic topic, Outlet outlet, SplittableRandom r) {
        List<int[]> candidates = new ArrayList<>();   // paragraph, sentence, piece
        for (int p = 0; p < a.paragraphs().size(); p++) {
            List<List<Piece>> ss = a.paragraphs().get(p).sentences();
            for (int s = 0; s < ss.size(); s++) {
                for (int k = 0; k < ss.get(s).size(); k++) {
                    if (ss.get(s).get(k) instanceof Quoted q && q.words().split(" ").length >= 4
                            && a.quotes().get(q.quote()).speaker() != null) {
                        candidates.add(new int[] {p, s, k});
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int[] at = candidates.get(r.nextInt(candidates.size()));
        Quoted q = (Quoted) a.paragraphs().get(at[0]).sentences().get(at[1]).get(at[2]);
        String[] words = q.words().split(" ");
        int w = 1 + r.nextInt(words.length - 2);   // never the first or last word, which carry punctuation
        boolean drop = r.nextBoolean();
        String before = words[w];
        String after = drop ? "" : vocabulary.wordInRanks(r, 200, 8000);
        List<String> edited = new ArrayList<>(List.of(words));
        if (drop) {
            edited.remove(w);
        } else {
            edited.set(w, after);
        }
        List<Paragraph> paragraphs = new ArrayList<>(a.paragraphs());
        Paragraph para = paragraphs.get(at[0]);
        List<List<Piece>> ss = new ArrayList<>(para.sentences());
        List<Piece> sentence = new ArrayList<>(ss.get(at[1]));
        sentence.set(at[2], q.withWords(String.join(" ", edited)));
        ss.set(at[1], sentence);
        // locked, so the light rewrite cannot drop the paragraph that carries the edit
        paragraphs.set(at[0], new Paragraph(ss, para.role(), true));
        Derived light = rewrite(a.withParagraphs(paragraphs), topic, outlet, r, 0.04);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("quote", q.quote());
        changes.put("edit", drop ? "dropped" : "changed");
        changes.put("word", before);
        changes.put("replacement", after);
        changes.put("original", q.words());
        changes.put("edited", String.join(" ", edited));
        return new Derived(light.article(), "quote-edit", changes);
    }

    /** A spun copy: synonyms swapped everywhere, quotations included; names are left alone. */
    Derived spin(Article a, Outlet outlet, SplittableRandom r) {
        int[] swaps = new int[1];
        UnaryOperator<String> spinText = text -> {
            Matcher m = WORD.matcher(text);
            StringBuilder sb = new StringBuilder(text.length() + 16);
            while (m.find()) {
                String s = thesaurus.swap(m.group(), r);
                if (s != null) {
                    swaps[0]++;
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(s == null ? m.group() : s));
            }
            m.appendTail(sb);
            return sb.toString();
        };
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            if (p.role() == Paragraph.Role.BOILERPLATE) {
                continue;
            }
            List<List<Piece>> ss = new ArrayList<>();
            for (List<Piece> s : p.sentences()) {
                List<Piece> pieces = new ArrayList<>();
                for (Piece piece : s) {
                    pieces.add(switch (piece) {
                        case Plain pl -> new Plain(spinText.apply(pl.text()));
                        case Quoted q -> q.withWords(spinText.apply(q.words()));
                        case Piece.Mention mention -> mention;
                    });
                }
                ss.add(pieces);
            }
            out.add(new Paragraph(ss, p.role(), p.locked()));
        }
        Article b = new Article(spinText.apply(a.title()), a.titleInText() && r.nextBoolean(), "", out, a.quotes(),
                outlet.name(), a.date().plusDays(1 + r.nextInt(5)),
                "https://" + outlet.domain() + "/p/" + Long.toHexString(r.nextLong()), a.marks(), "\n");
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("substitutions", swaps[0]);
        return new Derived(b, "spin", changes);
    }

    private String reword(String text, Topic topic, SplittableRandom r, double rate) {
        Matcher m = WORD.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String w = m.group();
            String rep = w;
            if (Character.isLowerCase(w.charAt(0))) {
                if (!Vocabulary.isFunctionWord(w) && r.nextDouble() < rate) {
                    rep = r.nextInt(4) == 0 ? topic.words().get(r.nextInt(topic.words().size())) : vocabulary.word(r);
                } else if (Vocabulary.isFunctionWord(w) && r.nextDouble() < rate / 3) {
                    // rewriters restructure clauses too, so even the small words shift
                    rep = vocabulary.wordAt(r.nextInt(60));
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static List<Piece> mapPlain(List<Piece> sentence, UnaryOperator<String> f) {
        List<Piece> out = new ArrayList<>(sentence.size());
        for (Piece p : sentence) {
            out.add(p instanceof Plain pl ? new Plain(f.apply(pl.text())) : p);
        }
        return out;
    }

    /** The article's quotation specs with the new outlet's marks. */
    private static Article remark(Article a, Outlet outlet) {
        List<QuoteSpec> specs = a.quotes().stream().map(q -> new QuoteSpec(q.id(), q.speaker(), q.kind(),
                outlet.marks(), q.pattern(), q.group())).toList();
        return new Article(a.title(), a.titleInText(), a.dateline(), a.paragraphs(), specs, a.outlet(), a.date(),
                a.url(), outlet.marks(), a.paragraphBreak());
    }

    /** Swaps every quotation's marks for {@code marks}, keeping the punctuation inside the words. */
    private static List<Paragraph> recolor(List<Paragraph> paragraphs, MarkStyle marks) {
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            List<List<Piece>> ss = new ArrayList<>();
            for (List<Piece> s : p.sentences()) {
                List<Piece> pieces = new ArrayList<>();
                for (Piece piece : s) {
                    pieces.add(piece instanceof Quoted q
                            ? new Quoted(q.quote(), marks.open(), q.words(), q.close().isEmpty() ? "" : marks.close())
                            : piece);
                }
                ss.add(pieces);
            }
            out.add(new Paragraph(ss, p.role(), p.locked()));
        }
        return out;
    }
}
