package dev.byline.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * An RSS or Atom feed (ROME): each item an article with its title, link, date, authors and text: the full
 * content ({@code content:encoded}, Atom {@code <content>}) when the item has it, else its description. The feed's
 * title is the outlet and its language the items'. The XML's own encoding declaration decides the charset.
 *
 * <pre>{@code
 * WebRead items = FeedFile.read(Path.of("newsroom.rss"));
 * }</pre>
 */
public final class FeedFile {
    private FeedFile() {
    }

    /** Reads {@code file}'s items; a file that is not a feed is one problem. */
    public static WebRead read(Path file) {
        return read(() -> java.nio.file.Files.newInputStream(file), file.getFileName().toString());
    }

    /** Reads a feed from {@code opener}'s bytes; {@code name} ending in {@code .gz} says they are gzipped. */
    public static WebRead read(PageFile.Opener opener, String name) {
        WebRead.Collector out = new WebRead.Collector();
        byte[] bytes = WebBytes.readOrTell(opener::open, name, out);
        if (bytes == null) {
            return out.result();
        }
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            feed = new SyndFeedInput().build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            out.problem(new WebRead.Problem("", "not an RSS or Atom feed (" + firstLine(e) + ")"));
            return out.result();
        }
        String outlet = text(feed.getTitle());
        String language = text(feed.getLanguage());
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            String where = "item " + (i + 1);
            List<String> paragraphs = paragraphs(e);
            if (paragraphs.isEmpty()) {
                out.problem(new WebRead.Problem(where, "no content or description"
                        + (e.getTitle() == null ? "" : " ('" + text(e.getTitle()) + "')")));
                continue;
            }
            Article a = new Article(text(e.getLink()), text(e.getTitle()), authors(e), date(e.getPublishedDate(), e.getUpdatedDate()),
                    date(e.getUpdatedDate(), null), outlet, language, "", e.getDescription() == null ? ""
                    : Jsoup.parse(e.getDescription().getValue()).text(), paragraphs);
            out.article(new WebRead.Found(where, i + 1, a, ""));
        }
        return out.result();
    }

    private static List<String> paragraphs(SyndEntry e) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                html.append(markup(c)).append('\n');
            }
        }
        if (html.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
            html.append(markup(e.getDescription()));
        }
        if (html.toString().isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (TextBlocks.Block b : TextBlocks.of(Jsoup.parseBodyFragment(html.toString()).body())) {
            out.add(b.text());
        }
        return out;
    }

    /** Content as HTML: plain text is escaped so that its line breaks still part its paragraphs. */
    private static String markup(SyndContent c) {
        String type = c.getType() == null ? "" : c.getType();
        if (type.contains("html")) {
            return c.getValue();
        }
        StringBuilder out = new StringBuilder("<p>");
        for (String para : c.getValue().split("\\n\\s*\\n")) {
            out.append(org.jsoup.nodes.Entities.escape(para)).append("</p><p>");
        }
        return out.append("</p>").toString();
    }

    private static List<String> authors(SyndEntry e) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson p : e.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                names.add(p.getName().strip());
            }
        }
        if (names.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
            names.add(e.getAuthor().strip());
        }
        return List.copyOf(names);
    }

    private static String date(Date first, Date second) {
        Date d = first != null ? first : second;
        return d == null ? "" : d.toInstant().toString();
    }

    private static String text(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
