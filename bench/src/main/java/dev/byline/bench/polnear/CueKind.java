package dev.byline.bench.polnear;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The kind of an annotated cue, for recall by cue: say/tell, according to, statement nouns, other speech, not speech. */
enum CueKind {
    SAY_TELL("say/tell"), ACCORDING_TO("according to"), STATEMENT_NOUN("statement/report noun"),
    OTHER_SPEECH("other speech verb"), NOT_SPEECH("not speech");

    final String label;

    CueKind(String label) {
        this.label = label;
    }

    private static final Set<String> SAY_TELL_FORMS = Set.of("say", "says", "said", "saying", "tell", "tells", "told",
            "telling");
    private static final Set<String> NOUNS = Set.of("statement", "statements", "report", "reports", "release",
            "announcement", "remarks", "interview", "speech", "letter", "memo", "testimony", "post", "tweet", "email",
            "op-ed", "filing", "complaint", "lawsuit", "press");
    /**
     * Stems of verbs of communication (questions excluded: "asked" reports no claim), matched
     * against the start of each cue word so every form counts ("argue", "argued", "arguing").
     */
    private static final List<String> SPEECH_STEMS = List.of("add", "wrote", "write", "writing", "note", "noting",
            "report", "announc", "argu", "tweet", "continu", "explain", "declar", "acknowledg", "claim", "insist",
            "stated", "state ", "states", "stating", "warn", "predict", "confirm", "deni", "deny", "admit", "suggest",
            "stress", "emphasi", "repl", "respond", "conced", "contend", "counter", "promis", "vow", "pledg", "boast",
            "complain", "remark", "recall", "maintain", "jok", "quip", "allege", "reiterat", "repeat", "mention",
            "agree", "conclud", "assur", "remind", "inform", "instruct", "call", "describ", "label", "dub", "brand",
            "urg", "accus", "criticiz", "criticis", "prais", "testif", "shout", "yell", "chant", "exclaim", "retort",
            "recount", "elaborat", "comment", "observ", "caution", "post", "wrote", "told", "speak", "spoke",
            "declin", "dismiss", "blast", "slam", "mock", "lament", "thank", "apologiz");

    static CueKind of(String cue) {
        String c = cue.toLowerCase(Locale.ROOT).replace('’', '\'').trim();
        if (c.contains("according to")) {
            return ACCORDING_TO;
        }
        boolean sayTell = false;
        boolean speech = false;
        boolean noun = false;
        for (String w : c.split("[^a-z'-]+")) {
            sayTell |= SAY_TELL_FORMS.contains(w);
            noun |= NOUNS.contains(w);
            for (String stem : SPEECH_STEMS) {
                speech |= !w.isEmpty() && (w + " ").startsWith(stem);
            }
        }
        if (sayTell) {
            return SAY_TELL;
        }
        if (noun) {
            return STATEMENT_NOUN;
        }
        return speech ? OTHER_SPEECH : NOT_SPEECH;
    }
}
