package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;
import static dev.byline.web.StoryPage.readPage;

import org.junit.jupiter.api.Test;

/**
 * Calls to action set inside the story's container, named as nothing the cleaner knows: a short box that ends in a
 * button (a course's "learn more", an app's store badges, a one-click purchase). Pages of our own, in the shapes page
 * builders and publishers' themes give them.
 */
class CallToActionShapesTest {
    @Test
    void shortBoxEndingInAButtonIsLeftOut() {
        // a page builder's box: a heading, one line, a link styled as a button, all named as layout only
        read("<article><h1>Pier to close for repairs</h1><div class=entry>" + STORY
                + "<section class=\"vc-row box-3\"><div class=inner><h2>Harbour safety</h2><p>In our two-day course you"
                + " learn to inspect piers and landings yourself.</p><div class=actions><a class=\"vc-btn3 size-md\""
                + " href=https://courses.example.org/harbour-safety>Learn more</a></div></div></section>"
                + "</div></article>")
                .keeps("cracks were found", "temporary platform")
                .drops("two-day course", "Learn more");
    }

    @Test
    void storeBadgesUnderAPitchAreLeftOut() {
        // image links in a part named for buttons, leading to the app stores
        read("<article><h1>Pier to close for repairs</h1><section class=content>" + STORY
                + "<div class=apps><p>Read the Gazette on your phone: in our app for iPhone and Android, or in print.</p>"
                + "<div class=buttons><a href=https://apps.example.com/gazette><img src=/badges/appstore.png></a>"
                + "<a href=https://play.example.com/gazette><img src=/badges/play.png></a></div></div>"
                + "</section></article>")
                .keeps("temporary platform")
                .drops("Read the Gazette on your phone");
    }

    @Test
    void oneClickPurchaseFormIsLeftOut() {
        // a form that asks for nothing: hidden fields and a submit button
        read("<article><h1>Pier to close for repairs</h1><div class=main-text>" + STORY
                + "<div class=box><h3>Buy this report</h3><p>The engineers' full survey as a PDF. 12,00 EUR incl. VAT</p>"
                + "<form action=/cart method=post><input type=hidden name=item value=4711>"
                + "<input type=submit value=Buy></form></div></div></article>")
                .keeps("cracks were found")
                .drops("Buy this report", "full survey");
    }

    @Test
    void newsletterPitchAroundItsSignUpFormIsLeftOut() {
        // the cleaner takes the form out; its heading and pitch, in a box named as layout only, go with it
        read("<article><h1>Pier to close for repairs</h1><div class=entry>" + STORY
                + "<div class=\"box box--light\"><h3>The Harbour Letter</h3><p>Every Friday: the week on the coast, in"
                + " five minutes.</p><form action=/letter><input type=email name=address placeholder=\"Your address\">"
                + "<input type=checkbox name=agree><button type=submit>Sign me up</button></form></div>"
                + "</div></article>")
                .keeps("temporary platform")
                .drops("The Harbour Letter", "five minutes");
    }

    @Test
    void linkWithTheButtonRoleIsAButton() {
        read("<article><h1>Pier to close for repairs</h1><div class=entry>" + STORY
                + "<div class=box-2><p>Walk the coast with our guides this summer, from the pier to the lighthouse.</p>"
                + "<a role=button href=https://walks.example.org/coast>Book a walk</a></div></div></article>")
                .keeps("temporary platform")
                .drops("Walk the coast");
    }

    @Test
    void buttonInsideASentenceIsTheSentences() {
        // a paragraph's link styled as a button: the paragraph is story
        String more = "<p>The council has published the engineers' survey, which anyone can read"
                + " <a class=btn href=/docs/pier-survey.pdf>here</a>, and it will take questions at the April meeting.</p>";
        read("<article><h1>Pier to close for repairs</h1><div class=entry>" + STORY + more + "</div></article>")
                .keeps("anyone can read", "April meeting");
    }

    @Test
    void buttonThatOpensTheRestOfTheStoryCallsToNothing() {
        // a collapsed story: the lead and a "read on" button that opens the rest on the page itself
        read("<article><h1>Pier to close for repairs</h1><div class=lead><p>Engineers found cracks in two piles of the"
                + " western pier, and the council says the work cannot wait.</p><a class=\"btn more\" href=#rest>Read on</a>"
                + "</div><div id=rest>" + STORY + "</div></article>")
                .keeps("cannot wait", "temporary platform");
    }

    @Test
    void shareButtonsBesideTheStandfirstAreNoCall() {
        // the standfirst shares a box with the share buttons, which lead to a network's share page
        read("<article><h1>Pier to close for repairs</h1><div class=head-extra><p class=standfirst>Two cracked piles, a"
                + " winter ahead and no time to lose.</p><a class=button href=https://social.example.com/share?u=pier>Post"
                + "</a><a class=button href=mailto:?subject=pier>Mail</a></div><div class=body>" + STORY
                + "</div></article>")
                .keeps("no time to lose", "temporary platform");
    }

    @Test
    void bylineStyledAsAButtonIsTheBylines() {
        // the theme styles the writer's name as a button; the standfirst beside it is the story's
        readPage("<html><head><meta name=author content=\"Jane Doe\"></head><body><article><h1>Pier to close for"
                + " repairs</h1><div class=head-extra><div class=dek>Two cracked piles, a winter ahead and no time to lose.</div>"
                + "<p class=by>By <a class=\"byline-link button\" href=/writers/jane-doe>Jane Doe</a></p></div>"
                + "<div class=body>" + STORY + "</div></article></body></html>")
                .keeps("no time to lose", "temporary platform");
    }
}
