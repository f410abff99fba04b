package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;

import org.junit.jupiter.api.Test;

/**
 * Where a story ends on real pages: the body its publisher declares in microdata, a "related" heading that opens a
 * section of other stories, a call to follow, subscribe or share under the last paragraph. Each page is our own,
 * written in the shape such pages have.
 */
class StoryEndShapesTest {
    private static final String LEAD = "<p class=standfirst>Engineers found cracks in two piles of the western pier, and the"
            + " council says the repairs cannot wait for another winter to pass.</p>";

    @Test
    void whatFollowsTheDeclaredArticleBodyIsLeftOutAndTheLeadBeforeItStays() {
        read("<div class=wrap>" + LEAD + "<div itemprop=articleBody>" + STORY + "</div>"
                + "<div class=box><p>Jane Doe has covered the harbour and its ferries for the Gazette since 2009, and writes"
                + " a weekly column about boats and the people who mend them.</p></div></div>")
                .keeps("cannot wait for another winter", "temporary platform")
                .drops("weekly column");
    }

    @Test
    void relatedHeadingAfterTheStoryEndsItWithTheTeasersUnderIt() {
        read("<div class=wrap>" + STORY + "<h3>Mehr zum Thema</h3>"
                + "<p>Harbour dues rise for the first time in a decade, and fishermen say the increase will hit the smallest"
                + " boats hardest.</p><p>The old lighthouse reopens to visitors after a year of work on its lantern.</p></div>")
                .keeps("temporary platform")
                .drops("Mehr zum Thema", "Harbour dues rise");
    }

    private static final String LATER = "<p>Work on the eastern landing begins next week, the operator said, with a new"
            + " ramp for cars and a shelter for foot passengers that should stay in place once the pier reopens.</p>"
            + "<p>The harbour master said the closure was the first in forty years, and that the pier's oak piles had"
            + " outlasted two sets of steel ones put in beside them in the nineteen-seventies.</p>";

    @Test
    void relatedBoxInsideTheStoryIsLeftOutAndTheStoryGoesOnUnderIt() {
        // a plugin's box of related posts set after the first paragraphs; the story's own paragraphs go on beside it
        read("<div class=entry-content>" + STORY + "<h4 class=crp-title>Auch interessant</h4><div class=crp><ul>"
                + "<li><div class=cat>Harbour</div><div class=t><a href=/a>Dredging starts in June</a></div></li>"
                + "<li><div class=cat>Ferries</div><div class=t><a href=/b>New timetable for the islands</a></div></li>"
                + "</ul></div>" + LATER + "</div>")
                .keeps("temporary platform", "shelter for foot passengers", "oak piles")
                .drops("Auch interessant", "Dredging starts");
    }

    @Test
    void teasersWithLongExcerptsUnderARelatedHeadingStayOut() {
        // each excerpt stands under its own linked headline (a link line, left out): teasers, however long, not the
        // story going on
        read("<div class=wrap>" + STORY + "<h3>Mehr zum Thema</h3><div class=title><a href=/a>Eastern landing</a></div>"
                + LATER.replace("</p><p>", "</p><div class=title><a href=/b>Oak piles</a></div><p>") + "</div>")
                .keeps("temporary platform")
                .drops("shelter for foot passengers", "oak piles");
    }

    @Test
    void relatedWordsEarlyInTheStoryDoNotCutIt() {
        // a subheading that happens to read like a list's title, before most of the story: the story goes on
        read("<div class=wrap><h2>Read more</h2>" + STORY + "</div>")
                .keeps("temporary platform");
    }

    @Test
    void callsToFollowShareAndSubscribeUnderTheStoryAreLeftOut() {
        read("<div class=wrap>" + STORY + "<p>Follow The Harbour Gazette on Twitter and Instagram.</p>"
                + "<p>War der Artikel nützlich?</p><p>Sign up for our morning newsletter.</p></div>")
                .keeps("temporary platform")
                .drops("Follow The Harbour", "nützlich", "morning newsletter");
    }

    @Test
    void storyParagraphThatMentionsANewsletterStays() {
        String sentence = "The operator said it would announce the new timetable in its newsletter and asked passengers to"
                + " sign up for the newsletter at the ticket office, since many of the older travellers on the route do not"
                + " use the internet at all.";
        read("<div class=wrap>" + STORY + "<p>" + sentence + "</p></div>")
                .keeps("sign up for the newsletter at the ticket office");
    }

    @Test
    void headingWithNothingUnderItDoesNotEndTheStory() {
        read("<div class=wrap>" + STORY + "<h2>Our newsroom</h2></div>")
                .endsWith("next meeting in April.");
    }

    @Test
    void labelAnnouncingALeftOutEmbedDoesNotEndTheStory() {
        // the embedded card of another story under the label is a frame, taken out with the page's furniture
        read("<div class=wrap>" + STORY + "<p>The topic may interest you too:</p><iframe src=/other-story></iframe></div>")
                .endsWith("next meeting in April.");
    }

    @Test
    void signOffInvitingReadersToFollowAndWriteInIsLeftOutThoughItIsLong() {
        read("<div class=wrap>" + STORY + "<p>Follow the Harbour Gazette on Twitter and Instagram @HarbourGazette and on"
                + " Facebook @GazetteHarbour. Send us a message on WhatsApp at 555-0100-2200 or email us at"
                + " news@harbourgazette.example or letters@harbourgazette.example.</p></div>")
                .endsWith("next meeting in April.");
    }

    @Test
    void invitationToTheSitesMessengerChannelAfterTheStoryIsLeftOut() {
        read("<div class=wrap>" + STORY + "<p>¿Ya sabías que en la Gaceta tenemos canal de Telegram? Únete desde tu"
                + " celular en este enlace de invitación.</p></div>")
                .endsWith("next meeting in April.");
    }

    @Test
    void paragraphOfTheStoryThatEndsOnAColonBeforeItsListStays() {
        read("<div class=wrap>" + STORY + "<p>The council listed what the repairs will cover:</p><ul><li>two new piles"
                + " driven beside the cracked ones</li><li>a steel collar around the third pile</li></ul></div>")
                .keeps("what the repairs will cover:", "steel collar");
    }

    @Test
    void aSignOffNamingTheOutletsNetworksUnderTheStoryIsLeftOut() {
        read("<div class=wrap>" + STORY + "<p>Write to us at desk@gazette.example or find the Gazette on Facebook, Twitter"
                + " and Instagram, where we post the ferry timetables every morning.</p></div>")
                .keeps("temporary platform")
                .drops("desk@gazette.example");
    }

    @Test
    void aNewsletterBoxUnderTheStoryIsLeftOut() {
        read("<div class=wrap>" + STORY + "<h3>JOIN our free Harbour Gazette newsletter</h3><p>By entering your email address you"
                + " agree to receive a daily email from the Gazette. We respect your privacy and you can unsubscribe at any"
                + " time.</p></div>")
                .keeps("temporary platform")
                .drops("JOIN our", "By entering");
    }

    @Test
    void aNoteOnTheWriterInItalicsUnderTheStoryIsLeftOutAStorysLastSentenceAboutAFounderStays() {
        read("<div class=wrap>" + STORY + "<p><em>Jane Doe is a freelance reporter who has covered the harbour and its ferries"
                + " for ten years; her book on the western pier comes out in May.</em></p></div>")
                .keeps("temporary platform")
                .drops("freelance reporter");
        read("<div class=wrap>" + STORY + "<p>Tom Baker is the founder of the anglers' club, which has asked the council for a"
                + " platform since the pier first showed cracks in 2019.</p></div>")
                .keeps("founder of the anglers' club");
    }

    @Test
    void aRelatedHeadingAskingAQuestionEndsTheStory() {
        read("<div class=wrap>" + STORY + "<p><strong>Schon gelesen?</strong></p><p><a href=/x>Harbour dues rise</a> for the"
                + " first time in a decade.</p></div>")
                .keeps("temporary platform")
                .drops("Schon gelesen");
    }
}
