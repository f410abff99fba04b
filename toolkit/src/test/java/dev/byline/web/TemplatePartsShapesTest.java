package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;
import static dev.byline.web.StoryPage.readPage;

import org.junit.jupiter.api.Test;

/**
 * Parts of a site's template that sit inside the story's container on real pages: a log-in pop-up set in an
 * {@code <article>}, disclaimers, affiliate notes and donation pitches, the author's box and the press contact under
 * the story, a table of contents above it. Each page is our own, written in the shape such pages have.
 */
class TemplatePartsShapesTest {
    @Test
    void logInPopUpSetInAnArticleIsNotTheStory() {
        // a broadcaster's page: its log-in and sign-up dialogs are <article>s with more text than a short report
        String dialog = "<article class=\"login-modal dark-modal panel\"><h2>Log in</h2>"
                + "<p>Log in to your account to save programmes to your list, get recommendations picked for you and carry on"
                + " watching on every device where you left off, wherever you are in the world.</p>"
                + "<p>Forgotten your password? Enter the e-mail address you registered with and we will send you a link to"
                + " choose a new one; the link is valid for twenty-four hours from the time it was sent.</p>"
                + "<p>No account yet? Registering is free and takes a minute: choose a name, a password and the newsletters"
                + " you would like to receive, then confirm your address from the message we send you.</p></article>";
        read(dialog + "<div class=report>" + STORY + "</div>")
                .keeps("temporary platform")
                .drops("Forgotten your password");
    }

    @Test
    void disclaimersAffiliateNotesAndDonationPitchesInsideTheStoryAreLeftOut() {
        read("<div class=entry-content><p><em>This post contains affiliate links: if you buy through them, we"
                + " may earn a small commission.</em></p>" + STORY
                + "<p>Alle Angaben ohne Gewähr.</p>"
                + "<p>The views expressed in this column are the author's own.</p>"
                + "<p>Support independent journalism: become a member of the Harbour Gazette today.</p></div>")
                .keeps("council voted", "temporary platform")
                .drops("affiliate", "Gewähr", "author's own", "become a member");
    }

    @Test
    void storyParagraphAboutCommissionsAndDonationsStays() {
        String sentence = "Harbour traders said they would support our work on the pier's history by opening their records,"
                + " and the museum, which may earn a small commission on each guided tour sold through the ferry operator,"
                + " will donate today's takings to the repair fund, its director said at the meeting on Tuesday evening, when"
                + " the council also heard from the ferry operator about the cost of moving its ticket office for three weeks.";
        read("<div class=wrap>" + STORY + "<p>" + sentence + "</p></div>")
                .keeps("donate today's takings");
    }

    @Test
    void authorBoxAndPressContactUnderTheStoryEndIt() {
        read("<div class=wrap>" + STORY + "<h3>About the author</h3>"
                + "<p>Jane Doe has written about the harbour for twenty years and keeps a small boat of her own.</p></div>")
                .keeps("temporary platform")
                .drops("About the author", "small boat");
        read("<div class=wrap>" + STORY + "<p><strong>Pressekontakt:</strong></p>"
                + "<p>Stadtverwaltung Hafenstadt, Pressestelle, Am Kai 1, 12345 Hafenstadt, Telefon 0123 45678</p></div>")
                .keeps("temporary platform")
                .drops("Pressestelle");
    }

    @Test
    void contactHeadingEarlyInTheStoryDoesNotCutIt() {
        // a story about a contact office opens with its name as a subheading: the story goes on
        read("<div class=wrap><h2>Contact</h2>" + STORY + "</div>")
                .keeps("temporary platform");
    }

    @Test
    void leadAboveTheStorysContainerThatThePageDescribesItselfWithIsKept() {
        // a newspaper's layout: the standfirst sits in the page's top part, among the section links, apart from the
        // container of the paragraphs; the page's description repeats it
        String lead = "Engineers found cracks in two piles of the western pier, and the council says the repairs cannot"
                + " wait for another winter to pass.";
        String html = "<html><head><meta name=description content=\"" + lead + "\"></head><body>"
                + "<div class=top><div class=sections><a href=/local>Local news</a> <a href=/harbour>Harbour and ferries</a>"
                + " <a href=/council>Council and politics</a> <a href=/weather>Weather</a> <a href=/sport>Sport and leisure</a>"
                + " <a href=/business>Business and the port</a> <a href=/letters>Letters to the editor</a></div>"
                + "<h1>Western pier to close for repairs</h1><p class=intro>" + lead + "</p></div>"
                + "<div class=text>" + STORY + "</div></body></html>";
        readPage(html)
                .startsWith("Engineers found cracks")
                .keeps("temporary platform")
                .drops("Harbour and ferries");
    }

    @Test
    void paragraphAboveTheStoryThatThePageDoesNotDescribeItselfWithStaysOut() {
        String html = "<html><head><meta name=description content=\"The council voted to close the western ferry pier for"
                + " repairs.\"></head><body><div class=top><div class=sections><a href=/local>Local news</a>"
                + " <a href=/harbour>Harbour and ferries</a> <a href=/council>Council and politics</a></div>"
                + "<p class=promo>Read the Gazette on your phone: our app brings the harbour's news to you every morning"
                + " before the first ferry sails.</p></div><div class=text>" + STORY + "</div></body></html>";
        readPage(html)
                .startsWith("The council voted")
                .drops("our app");
    }

    @Test
    void tableOfContentsAboveTheStoryIsLeftOut() {
        read("<div class=entry-content><h2>Inhaltsverzeichnis</h2><ul>"
                + "<li><a href=\"#vote\">The council's vote on the pier</a></li>"
                + "<li><a href=\"#ferries\">Where the ferries will land</a></li>"
                + "<li><a href=\"#fishing\">What anglers asked for</a></li></ul>"
                + "<h2 id=vote>The council's vote on the pier</h2>" + STORY + "</div>")
                .keeps("temporary platform")
                .drops("Inhaltsverzeichnis", "Where the ferries will land");
    }

    @Test
    void aSignUpFormInsideTheStoryIsLeftOutAPageSetInOneFormIsRead() {
        // a blog theme sets its newsletter box inside the post's text, in a part named as the blog's
        String signUp = "<form id=subscribe-blog class=blog-subscribe><p>Missing out on the latest from the harbour? Leave your"
                + " address below and each new post will come to you by mail on the morning it is published, together with"
                + " the week's tide tables and the ferry timetable for the weekend.</p>"
                + "<p><input type=email name=email placeholder=\"Your address\"><button>Go</button></p></form>";
        read("<div class=\"entry blog-entry\">" + STORY + signUp + "</div>")
                .keeps("temporary platform")
                .drops("Missing out");
        // a petition page: the demand is a paragraph inside the form that collects signatures and addresses
        read("<div class=story>" + STORY + "<form class=petition><p>We ask the council to build a temporary platform for"
                + " anglers beside the western pier while the repairs last, to keep the pier's lights on at night, and to"
                + " publish the engineers' report on the cracked piles in full, so that everyone who uses the pier can see"
                + " what was found and when the work will end.</p><input type=email name=email><button>Sign</button></form>"
                + "</div>")
                .keeps("publish the engineers' report");
        // an ASP.NET page: the whole page is one form, its search box asks for mail alerts too
        read("<form id=aspnetForm><input type=text name=alertMail><div class=story>" + STORY + "</div></form>")
                .keeps("western ferry pier", "temporary platform");
    }
}
