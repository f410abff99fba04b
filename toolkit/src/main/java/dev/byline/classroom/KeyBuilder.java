package dev.byline.classroom;

import dev.byline.corpus.Corpus;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds the answer key of a {@link QuestionSet} for a corpus: each question's answer is computed by
 * the tools its {@link Finding} names ({@link Findings}), then hashed. The same questions and corpus
 * give the same key, byte for byte, so a shipped key can be checked against a fresh build.
 *
 * <pre>{@code
 * KeyBuilder.Built b = KeyBuilder.build(QuestionSet.load(Path.of("questions.json")), Corpus.load("corpus"));
 * Files.writeString(Path.of("answers.json"), b.key().toJson());
 * b.answers();   // the teacher's table: question, finding, answer, evidence
 * }</pre>
 */
public final class KeyBuilder {
    /**
     * A built key with the answers in the clear, for the teacher.
     *
     * @param key      the hashed key
     * @param outcomes one per question, in question order
     */
    public record Built(AnswerKey key, List<Findings.Outcome> outcomes, QuestionSet questions) {
        /** The teacher's table: id, ask, finding, tools, answer, evidence (or why there is none). */
        public Table answers() {
            StringColumn id = StringColumn.create("id");
            StringColumn ask = StringColumn.create("ask");
            StringColumn finding = StringColumn.create("finding");
            StringColumn tools = StringColumn.create("tools");
            StringColumn answer = StringColumn.create("answer");
            StringColumn evidence = StringColumn.create("evidence");
            for (int i = 0; i < outcomes.size(); i++) {
                Question q = questions.questions().get(i);
                Findings.Outcome o = outcomes.get(i);
                id.append(q.id());
                ask.append(q.ask());
                finding.append(q.finding().label());
                tools.append(q.finding().tools());
                answer.append(o.answered() ? o.answer().shown() : "(none on this corpus)");
                evidence.append(o.answered() ? o.answer().evidence() : o.reason());
            }
            return Table.create("answers", id, ask, finding, tools, answer, evidence);
        }

        /** The questions the tools could not answer on this corpus, one line each. */
        public List<String> unanswered() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                if (!outcomes.get(i).answered()) {
                    out.add(questions.questions().get(i).id() + ": " + outcomes.get(i).reason());
                }
            }
            return out;
        }
    }

    private KeyBuilder() {
    }

    /** Computes every question's answer on {@code corpus} and hashes it. */
    public static Built build(QuestionSet questions, Corpus corpus) {
        return build(questions, Findings.of(corpus));
    }

    /** As {@link #build(QuestionSet, Corpus)}, reusing tool results already computed. */
    public static Built build(QuestionSet questions, Findings findings) {
        List<AnswerKey.Entry> entries = new ArrayList<>();
        List<Findings.Outcome> outcomes = new ArrayList<>();
        for (Question q : questions.questions()) {
            Findings.Outcome o = findings.answer(q.finding(), q.need());
            outcomes.add(o);
            if (o.answered()) {
                Answer a = o.answer();
                // a ONE form is a whole answer; a SOME form is one item, hashed as a one-item answer
                List<String> hashes = a.forms().stream().map(f -> AnswerForm.hashItems(q.id(), f)).toList();
                entries.add(new AnswerKey.Entry(q.id(), q.ask(), q.form(), a.kind(), a.need(), hashes, q.hints(), q.right(), ""));
            } else {
                entries.add(new AnswerKey.Entry(q.id(), q.ask(), q.form(), null, 0, List.of(), q.hints(), q.right(), o.reason()));
            }
        }
        Corpus c = findings.corpus();
        return new Built(new AnswerKey(questions.title(), AnswerKey.fingerprint(c), c.size(), entries), outcomes, questions);
    }
}
