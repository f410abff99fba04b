package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;
import static dev.byline.web.StoryPage.readPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Pages whose story the first reading misses: a story of a line or two, a story whose theme names every section as
 * furniture, a standfirst in the article's own header, annotations over the words. All written for these tests.
 */
class ShortStoryShapesTest {

    private static final String NAV = "<div id=sidebar-menu><ul><li><a href=/a>Home</a></li><li><a href=/b>Archive</a></li>"
            + "<li><a href=/c>About this blog</a></li><li>Categories</li><li><a href=/d>Walks</a></li>"
            + "<li><a href=/e>Recipes</a></li><li><a href=/f>Photographs from the coast</a></li>"
            + "<li><a href=/g>Letters to the harbour master</a></li><li><a href=/h>Tide tables and timetables</a></li>"
            + "<li><a href=/i>Contact</a></li><li><a href=/j>Imprint and privacy</a></li></ul></div>";

    private static String page(String ogType, String bodyHtml) {
        return "<html><head><title>A note</title><meta property=\"og:type\" content=\"" + ogType + "\"></head><body>"
                + bodyHtml + "</body></html>";
    }

    @Test
    void shortPostOfAPageThatDeclaresItselfAnArticleIsItsStory() {
        String post = "<div class=post><h2><a href=/note>On the pier</a></h2><p>The ferry was late again this morning, and"
                + " the gulls had the whole landing to themselves until the first cars came down.</p></div>";
        Extraction article = ArticleExtractor.extract(page("article", NAV + post), "");
        assertTrue(article.article().orElseThrow().text().contains("the gulls had the whole landing"), article.reason());
        // the same text on a page that says it is a website (a home page, an index) is a teaser, not a story
        assertTrue(ArticleExtractor.extract(page("website", NAV + post), "").article().isEmpty());
    }

    @Test
    void dialogueOfOneLongLineAndShortRepliesKeepsTheReplies() {
        String post = "<div class=post><h2><a href=/note>Overheard</a></h2>"
                + "<p>\u201eI know I should not say this, but the new timetable is the worst one they have printed yet\u2026\u201c</p>"
                + "<p>\u2013 \u201eThen don't say it.\u201c</p><p>\u2013 \u201eFine.\u201c</p>"
                + "<p><a href=/tag/ferry>ferry</a> <a href=/tag/talk>talk</a> <a href=/tag/town>town</a></p></div>";
        readPage(page("article", NAV + post))
                .keeps("worst one they have printed", "Then don't say it.", "Fine.")
                .drops("ferry talk town");   // a line of tag links beside it is not the story's
    }

    @Test
    void storyWhoseThemeNamesEverySectionAsAGalleryIsStillRead() {
        StringBuilder sections = new StringBuilder("<article class=post><div class=gallery-wrap><h1>Things to pack</h1>");
        String[] paragraphs = STORY.split("(?<=</p>)");
        for (int i = 0; i < paragraphs.length; i++) {
            sections.append("<div class=\"gallery-section\" id=section-").append(i).append('>').append(paragraphs[i])
                    .append("<div class=gallery-credit>example.org</div></div>");
        }
        sections.append("</div></article>");
        read(sections.toString())
                .keeps("western ferry pier", "temporary platform");
    }

    @Test
    void cookieNoticeIsNotTakenForAShortStoryWhenNamesAreSetAside() {
        String post = "<div class=post><p>The ferry was late again this morning, and the gulls had the landing to themselves."
                + "</p></div>";
        String cookies = "<div class=\"widget cookie-law-widget\"><form><p>Privacy and cookies: this site uses cookies. By"
                + " continuing to use this site you agree to their use. To find out more, including how to control cookies,"
                + " see our cookie policy, which explains every cookie we set and why we set it.</p></form></div>";
        readPage(page("article", NAV + post + cookies))
                .keeps("the gulls had the landing")
                .drops("cookie policy");
    }

    @Test
    void standfirstInTheArticlesOwnHeaderIsPartOfTheStory() {
        String html = "<header class=site><a href=/>The Courier</a><p>Your local paper since 1901</p></header><main><article>"
                + "<header><h1>Pier to close for repairs</h1><p class=lead>Cracks in two piles mean the western pier shuts"
                + " next week, and the ferries move to the eastern landing.</p></header><div class=body>" + STORY
                + "</div></article></main>";
        read(html)
                .startsWith("Cracks in two piles mean")
                .drops("Your local paper");
    }

    @Test
    void readingsWrittenOverTheWordsAreLeftOut() {
        // ruby annotations (furigana) give the reading of each word in small type above it
        String story = STORY.replaceFirst("<p>", "<p><ruby>\u5e02<rt>\u3057</rt>\u8b70\u4f1a<rt>\u304e\u304b\u3044</rt></ruby> ");
        String text = read(story)
                .startsWith("\u5e02\u8b70\u4f1a The council")
                .text();
        assertEquals(-1, text.indexOf('\u3057'), text);
    }
}
