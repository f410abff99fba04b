package dev.byline.web;

import static dev.byline.web.StoryPage.read;
import static dev.byline.web.StoryPage.readPage;

import org.junit.jupiter.api.Test;

/**
 * PHP's warnings written into a page by a faulty plugin ({@link ServerMessages}): in a sidebar they drew the choice of
 * the story's container away from a short post; over the story they were read as its first paragraph. And a tutorial
 * that quotes such a message keeps it. The pages are our own, in the shape of old WordPress blogs.
 */
class ServerMessageShapesTest {
    private static final String WARNING = "<b>Warning</b>: Use of undefined constant replies - assumed 'replies' (this"
            + " will throw an Error in a future version of PHP) in <b>/home/site/htdocs/wp-content/plugins/latest-replies/"
            + "latest-replies.php</b> on line <b>%d</b><br>";

    private static String warnings(int first, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(String.format(WARNING, first + i));
        }
        return out.toString();
    }

    @Test
    void aSidebarOfWarningsIsNotTheStorysContainer() {
        String post = "<div id=content><div class=post><h2>Number two</h2><div class=entry><p>It is some time since the"
                + " first one came; a few days ago the second made it too.</p><p>This is how it looked when they met.</p>"
                + "<p>=)</p></div></div></div>";
        String sidebar = "<div id=sidebar><ul><li id=latest><h3>Latest replies</h3>" + warnings(928, 2) + "<br>"
                + warnings(940, 2) + "<ul><li><a href=/r1>Anna</a>: so sweet...</li><li><a href=/r2>Ben</a>: welcome...</li>"
                + "</ul></li></ul></div>";
        // a blog's post page says it is an article, as the short post is one
        readPage("<html><head><meta property=\"og:type\" content=\"article\"></head><body>" + post + sidebar + "</body></html>")
                .keeps("a few days ago the second made it too", "This is how it looked")
                .drops("undefined constant", "so sweet");
    }

    @Test
    void aWarningOverTheStoryIsNoParagraphOfIt() {
        String html = "<div class=post><h2>May in the library</h2><div class=entry><p>" + String.format(WARNING, 299)
                + "</p><p>The reading room opened again in May after the roof was mended, and the first week brought more"
                + " visitors than any week of the year before, the librarian said.</p><p>The new shelves for the local"
                + " history collection arrive in June, and the old card catalogue goes to the town museum.</p></div></div>";
        read(html)
                .keeps("The reading room opened again", "old card catalogue")
                .drops("undefined constant");
    }

    @Test
    void aTutorialQuotingTheMessageKeepsIt() {
        String html = "<article><h1>Fixing an old plugin</h1><p>After the server moved to a newer PHP, every page of the"
                + " blog showed a line like the one below above its sidebar, and the list of replies was empty.</p>"
                + "<pre>Warning: Use of undefined constant replies - assumed 'replies' in /home/site/latest-replies.php"
                + " on line 928</pre><p>The cause is a constant written without quotes; putting the word in quotes in line"
                + " 928 of the plugin makes the warning go away and brings the list back.</p>"
                + "<p><code>Notice: Undefined index: id in /var/www/index.php on line 12</code></p></article>";
        read(html)
                .keeps("assumed 'replies' in /home/site/latest-replies.php on line 928", "Undefined index: id",
                        "putting the word in quotes");
    }
}
