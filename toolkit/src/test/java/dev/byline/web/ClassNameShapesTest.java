package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;
import static dev.byline.web.StoryPage.readPage;

import org.junit.jupiter.api.Test;

/**
 * How class names, ids and layout tags of real pages are read: which ones hide furniture and which ones only look
 * like it (a utility class, a framework's root, a negated word, a page whose markup nests the story in its banner).
 */
class ClassNameShapesTest {

    private static String paragraphs(String what, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            out.append("<p>").append(what).append(' ').append(i).append(" is set out here at some length, so that the")
                    .append(" block is as long as the notes a site keeps hidden until a reader clicks on a badge.</p>");
        }
        return out.toString();
    }

    @Test
    void longBlockWhoseClassHidesItIsLeftOut() {
        // a comment system's help texts, written into the page and hidden by a class until asked for
        read("<article>" + STORY + "</article><div class=\"badgetext hide hidden\">"
                + paragraphs("Badge note", 12) + "</div>")
                .keeps("western ferry pier")
                .drops("Badge note");
    }

    @Test
    void hiddenAsPartOfAUtilityOrLabelClassDoesNotHideTheStory() {
        read("<div class=\"relative overflow-hidden\"><div class=\"field field--label-hidden field__item\">"
                + STORY + "</div></div>")
                .keeps("western ferry pier");
    }

    @Test
    void hiddenOnPhonesButShownOnDesktopsStays() {
        read("<div class=\"hidden md:block\">" + STORY + "</div>")
                .keeps("temporary platform");
    }

    @Test
    void negatedFurnitureWordDoesNotMakeFurniture() {
        read("<section class=\"row non-paywall\"><div class=freemium-preview>" + STORY + "</div></section>")
                .keeps("western ferry pier");
    }

    @Test
    void longCommentIsLeftOutThoughItOutweighsTheStory() {
        StringBuilder thread = new StringBuilder("<div class=\"comments comment-wrapper\"><div id=comments>");
        for (int i = 1; i <= 4; i++) {
            thread.append("<div class=\"clear-block comment comment-by-anonymous\"><h3>Anonymous</h3><div class=text-area>")
                    .append(paragraphs("Reader " + i + "'s complaint", 4 * i)).append("</div></div>");
        }
        read("<div class=node><div class=article-body>" + STORY + "</div>" + thread + "</div></div></div>")
                .keeps("western ferry pier")
                .drops("complaint");
    }

    @Test
    void storySetInAnAsideIsRead() {
        read("<main><aside class=\"pa pa-direct-content\"><section itemtype=\"http://schema.org/Article\">"
                + STORY + STORY + STORY + "</section></aside><aside class=rail><p>Short sidebar note on the weather."
                + "</p></aside></main>")
                .keeps("western ferry pier")
                .drops("sidebar note");
    }

    @Test
    void storyNestedInAnUnclosedBannerIsRead() {
        // two <header role=banner> tags opened and never closed: the parser puts the rest of the page inside them
        readPage("<html><body><header id=header role=banner><a href=/>Home</a>"
                + "<header id=header role=banner><nav><a href=/a>A</a></nav><main><article><div class=article-body>" + STORY
                + "</div></article></main></body></html>")
                .keeps("western ferry pier");
    }

    @Test
    void frameworkRootWithAFurnitureWordInItsIdIsThePage() {
        // Next.js renders the whole page into <div id="__next">; "next" also names pagination links
        read("<div id=__next><div id=wrapper><div class=article-body><div>" + STORY.replace("<p>", "<div>")
                .replace("</p>", "</div>") + "</div></div></div><div class=next><a href=/2>Next page</a></div></div>")
                .keeps("western ferry pier")
                .drops("Next page");
    }

    @Test
    void teaserCardsWhoseHeadlineOpensWithAKickerAreLeftOut() {
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            cards.append("<div class=story-block><h4><strong>Kicker of the week ").append(i).append("</strong> <a href=/opinion/").append(i)
                    .append(">Another columnist's headline number ").append(i).append("</a></h4><p class=standfirst>A")
                    .append(" columnist's opening line about something else entirely, number ").append(i).append(", which runs on for")
                    .append(" a while about the state of the roads and the price of bread in the town this winter.</p></div>");
        }
        read("<div id=story><div class=story-body>" + STORY + "</div><div class=group>" + cards + "</div></div>")
                .keeps("western ferry pier")
                .drops("opening line");
    }

    @Test
    void linkedSubheadingsAmongTheStorysParagraphsStay() {
        StringBuilder story = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            story.append("<h3>").append(i).append(") <a href=/film/").append(i).append(">Film number ").append(i)
                    .append("</a></h3>").append(STORY);
        }
        read("<div class=entry>" + story + "</div>")
                .keeps("Film number 3");
    }

    @Test
    void storyStatedOnlyInTheJsonLdIsRead() {
        // an app page: the markup holds the headline and a caption, the story comes in the page's data
        String story = STORY.replace("<p>", "").replace("</p>", "\\n");
        String html = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Pier to close\",\"articleBody\":\"" + story + "\"}</script></head><body><h1>Pier to close</h1>"
                + "<p>The council's decision follows an engineers' report on the state of the piles.</p></body></html>";
        readPage(html)
                .keeps("temporary platform", "Ferry services will move");
    }

    @Test
    void authorBoxAfterTheStoryIsLeftOut() {
        read("<div class=entry-content>" + STORY + "<div id=author class=\"herald-author row\"><div class=col-10>"
                + "<p>Jane Doe is a medical student, a father of two and a former sprinter who writes about running shoes"
                + " and the races he still enters every spring.</p></div></div></div>")
                .keeps("western ferry pier")
                .drops("medical student");
    }

    @Test
    void documentTitleThatTheParserPutInTheBodyIsNotAParagraph() {
        // a saved page whose style sheet lost its opening tag: the stray text before <title> opens the body early
        readPage("<html>.icon { color: red }</style><title>Pier to close - The Harbour News</title></head><body>"
                + "<article>" + STORY + "</article></body></html>")
                .startsWith("The council voted");
    }

    @Test
    void storyPartInsideAWrapperNamedForTheShareBarIsRead() {
        // a blog theme sets the whole post inside its sticky social-icons bar
        read("<div class=site><div id=socialicons-sticky><div id=entry-content class=entry-content>" + STORY
                + "</div></div><div class=widget><p>Archive: March, April</p></div></div>")
                .keeps("western ferry pier");
    }

    @Test
    void contentPartOfAReadersCommentDoesNotSaveTheThread() {
        read("<article>" + STORY + "</article><div class=\"share social-box\"><div id=comments><div class=comment>"
                + "<div class=content>" + paragraphs("Reader comment", 3) + "</div></div></div></div>")
                .keeps("western ferry pier")
                .drops("Reader comment");
    }

    @Test
    void storyNestedThousandsDeepInContentWrappersIsRead() {
        // a page builder's wrappers, each named as content, 5,000 deep: each wrapper asks whether a story is under it,
        // which must be worked out once for the page (bench/RESULTS.md times it), and the story at the bottom is read
        // though the parser stops nesting at 512
        int depth = 5000;
        read("<div class=\"content\">".repeat(depth) + STORY + "</div>".repeat(depth))
                .keeps("western ferry pier", "temporary platform");
    }
}
