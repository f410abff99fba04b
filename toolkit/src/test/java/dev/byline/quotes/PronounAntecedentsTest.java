package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who a "he" or "she" is when no speaker before it fits (fifteenth pass): a surname written after Mr., Mrs., Ms. or
 * Miss ("Mrs. Vosberg drew cheers as she …"), a name set off by an apposition or an age before its verb or "who"
 * ("Ms. Okafor, 21, who …"), and the subject after an opening phrase when an auxiliary or ", who" follows it
 * ("As star of the show, Lindqvist has been …"); never a name inside a quotation, never a company before "has".
 * Every sentence is written for this test.
 */
class PronounAntecedentsTest {
    @Test
    void aSurnameAfterAnHonorificIsAPersonWrittenOut() {
        List<Quote> qs = Q.in("Harbour votes in two weeks; voters in the valley backed Ada Vosberg.\n\nIn the Harbour race, "
                + "Mrs. Vosberg was set to win most of the delegates at stake. Smiling broadly throughout the "
                + "speech, Mrs. Vosberg drew cheers as she thanked the crowd and then boomed, \u201CToday you "
                + "proved there is no place like home.\u201D");
        assertEquals("Ada Vosberg", Q.exactly(qs, "Today you proved there is no place like home.").speaker());
    }

    @Test
    void aNameBeforeAnAgeAndWhoIsAPersonWrittenOut() {
        List<Quote> qs = Q.in("The rally in Drummond drew a large crowd on Friday.\n\nThe moment that Ms. Okafor, 21, who "
                + "studies nursing, held up her signs, the crowd turned on her. \u201CDid I enjoy being treated "
                + "like that? No, not at all,\u201D she said.");
        assertEquals("Okafor", Q.exactly(qs, "Did I enjoy being treated like that? No, not at all,").speaker());
    }

    @Test
    void theSubjectAfterAnOpeningPhraseAndAnAuxiliaryIsAPerson() {
        List<Quote> qs = Q.in("Veteran comedian Ivo Lindqvist hit another milestone with the 100th episode of his "
                + "series.\n\nAs star and producer of the show, Lindqvist has been able to insert a few partisan "
                + "lines into the script.\n\nDiscussing the success of the show, the actor explained the "
                + "differences between him and his character.\n\n\u201CI am not as well worded,\u201D he said.");
        assertEquals("Ivo Lindqvist", Q.exactly(qs, "I am not as well worded,").speaker());
    }

    @Test
    void theSubjectAfterAnOpeningPhraseAndWhoIsAPerson() {
        List<Quote> qs = Q.in("The refugee debate divides the country, including Chancellor Ada Vosberg.\n\nIn her New Year "
                + "speech, Vosberg, who has led the country since 2005, warned against the forces of hate.\n\nHer "
                + "countrymen, she said, should not listen to \u201Cthose with coldness in their hearts.\u201D");
        assertEquals("Ada Vosberg", Q.exactly(qs, "those with coldness in their hearts.").speaker());
    }

    @Test
    void aNameInsideTheSpeakersOwnSentenceIsNoSubject() {
        // passes before too: guards the auxiliary rule against the quotation's own "Ada Vosberg has done"
        List<Quote> qs = Q.in("Ivo Lindqvist spoke at the convention on Tuesday. \u201CAda Vosberg is unfit to lead,\u201D "
                + "Lindqvist said.\n\n\u201COver the years, Ada Vosberg has done a lot of things to show "
                + "why,\u201D he said.");
        assertEquals("Ivo Lindqvist", Q.exactly(qs, "Over the years, Ada Vosberg has done a lot of things to show why,")
                .speaker());
    }

    @Test
    void aCompanyBeforeAnAuxiliaryIsNoPerson() {
        List<Quote> qs = Q.in("The plant will close in 2019. In addition, United Harbour Technologies has offered to pay for "
                + "schooling. That is cold comfort to Ms. Bigsby, who is near retirement.\n\nShe will be 60 in "
                + "May. \u201CIf I were in my 40s, I would go back to school,\u201D she said.");
        assertEquals("Bigsby", Q.exactly(qs, "If I were in my 40s, I would go back to school,").speaker());
    }
}
