package dev.byline.bench.polnear;

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
    /** Verbs that report speech (questions excluded: "asked" reports no claim). */
    private static final Set<String> SPEECH_VERBS = Set.of("added", "adding", "adds", "wrote", "writes", "writing",
            "noted", "noting", "notes", "reported", "reports", "announced", "announces", "argued", "argues", "arguing",
            "tweeted", "tweets", "continued", "explained", "explains", "declared", "acknowledged", "acknowledges",
            "claimed", "claims", "insisted", "insists", "stated", "states", "warned", "warns", "predicted",
            "confirmed", "denied", "denies", "admitted", "suggested", "suggests", "stressed", "emphasized", "replied",
            "responded", "conceded", "contended", "countered", "insisting", "declaring", "promised", "vowed",
            "pledged", "boasted", "complained", "remarked", "recalled", "maintained", "joked", "quipped", "alleged",
            "alleges", "explaining", "warning", "claiming", "announcing", "reiterated", "repeated", "mentioned");

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
            speech |= SPEECH_VERBS.contains(w);
            noun |= NOUNS.contains(w);
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
