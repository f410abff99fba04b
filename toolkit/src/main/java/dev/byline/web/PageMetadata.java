package dev.byline.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article, read from the most explicit source that says it: schema.org JSON-LD, then
 * OpenGraph and {@code article:*} properties, then other {@code <meta>} conventions (Dublin Core, Parse.ly,
 * {@code author}, {@code byl}), then microdata and {@code <time>}, then the visible byline, and for the date the
 * line written beside the headline ({@link WrittenDates}). Read before the page is cleaned, since the cleaning removes
 * the head's scripts.
 */
final class PageMetadata {
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|door|di|av)\\s+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:;|\\||\\s+and\\s+|\\s+&\\s+|\\s+und\\s+|\\s+et\\s+|\\s+y\\s+)\\s*");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00bb\u00b7/]\\s+");

    private PageMetadata() {
    }

    /** The metadata of {@code page}, read from {@code url} (used when the page names no canonical URL). */
    static Article read(org.jsoup.nodes.Document page, String url) {
        return read(page, url, JsonLd.read(page));
    }

    /** As {@link #read(org.jsoup.nodes.Document, String)}, with the page's JSON-LD already read. */
    static Article read(org.jsoup.nodes.Document page, String url, JsonLd.Found ld) {
        String title = first(ld.headline(), meta(page, "og:title"), meta(page, "twitter:title"),
                meta(page, "dc.title"), titleElement(page), firstH1(page));
        List<String> authors = !ld.authors().isEmpty() ? ld.authors() : authors(page);
        String published = date(ld.published(), meta(page, "article:published_time"), meta(page, "og:published_time"),
                meta(page, "datePublished"), meta(page, "parsely-pub-date"), meta(page, "sailthru.date"),
                meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "publish-date"), meta(page, "date"),
                meta(page, "dc.date.issued"), meta(page, "dc.date"), meta(page, "dcterms.created"),
                meta(page, "article.published"), timeElement(page));
        String modified = date(ld.modified(), meta(page, "article:modified_time"), meta(page, "og:updated_time"),
                meta(page, "dateModified"), meta(page, "dc.date.modified"), meta(page, "last-modified"));
        String outlet = first(meta(page, "og:site_name"), ld.publisher(), meta(page, "application-name"),
                meta(page, "publisher"), meta(page, "dc.publisher"));
        String language = first(page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang"),
                ld.language(), meta(page, "content-language"), meta(page, "dc.language"),
                meta(page, "og:locale").replace('_', '-'));
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String link = first(canonical == null ? "" : canonical.absUrl("href"), meta(page, "og:url"), ld.url(), url);
        String section = first(meta(page, "article:section"), ld.section(), meta(page, "section"),
                meta(page, "parsely-section"));
        String description = first(meta(page, "og:description"), meta(page, "description"), ld.description(),
                meta(page, "twitter:description"));
        if (published.isEmpty()) {
            // no date in the markup: the one the page writes beside its headline, or in its address
            published = WrittenDates.near(page, clean(title), link).orElse("");
        }
        return new Article(link, clean(title), authors, published, modified, clean(outlet), language.strip(), clean(section),
                clean(description), List.of());
    }

    /** The value of a {@code <meta>} whose name, property or itemprop is {@code key} (ignoring case), or "". */
    static String meta(org.jsoup.nodes.Document page, String key) {
        for (Element m : page.getElementsByTag("meta")) {
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                if (m.attr(attr).equalsIgnoreCase(key)) {
                    String v = m.hasAttr("content") ? m.attr("content") : m.attr("value");
                    if (!v.isBlank()) {
                        return v.strip();
                    }
                }
            }
        }
        return "";
    }

    private static List<String> authors(org.jsoup.nodes.Document page) {
        List<String> raw = new ArrayList<>();
        for (String key : new String[] {"author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                "citation_author", "byl"}) {
            for (Element m : page.getElementsByTag("meta")) {
                if (m.attr("name").equalsIgnoreCase(key) || m.attr("property").equalsIgnoreCase(key)) {
                    String v = m.attr("content").strip();
                    if (!v.isEmpty() && !v.startsWith("http")) {
                        raw.add(v);
                    }
                }
            }
            if (!raw.isEmpty()) {
                return split(raw);
            }
        }
        for (Element e : page.select("[itemprop=author] [itemprop=name], [itemprop=author][content], [itemprop=author]")) {
            String v = e.hasAttr("content") ? e.attr("content") : e.text();
            if (!v.isBlank() && v.length() < 100) {
                raw.add(v);
                break;
            }
        }
        if (raw.isEmpty()) {
            // the names only: templates set the post's date, age or a label in the byline's element
            visibleByline(page).map(BylineNames::of).filter(names -> !names.isEmpty()).ifPresent(raw::add);
        }
        return split(raw);
    }

    /** The visible byline: a short element marked as the author's or the byline. */
    static Optional<String> visibleByline(org.jsoup.nodes.Document page) {
        for (Element e : page.select("[rel=author], .byline, .author, [class*=byline], [class*=author-name], "
                + "[class*=authorname], address, [id*=byline]")) {
            String v = e.text().strip();
            if (!v.isEmpty() && v.length() <= 100 && Character.isLetter(v.charAt(0))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static List<String> split(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            String v = BY.matcher(r.strip()).replaceFirst("");
            for (String part : NAME_SEPARATORS.split(v)) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("and ")) {
                    p = p.substring(4);
                }
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return List.copyOf(out);
    }

    private static String titleElement(org.jsoup.nodes.Document page) {
        String title = page.title().strip();
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        // "Headline | Site": prefer the part an h1 repeats, else the longest part
        for (Element h1 : page.getElementsByTag("h1")) {
            for (String p : parts) {
                if (h1.text().strip().equalsIgnoreCase(p.strip())) {
                    return p.strip();
                }
            }
        }
        String best = "";
        for (String p : parts) {
            if (p.strip().length() > best.length()) {
                best = p.strip();
            }
        }
        return best.split("\\s+").length >= 3 ? best : title;
    }

    private static String firstH1(org.jsoup.nodes.Document page) {
        Element h1 = page.selectFirst("h1");
        return h1 == null ? "" : h1.text();
    }

    private static String timeElement(org.jsoup.nodes.Document page) {
        Element t = page.selectFirst("time[pubdate][datetime], [itemprop=datePublished][datetime], time[datetime]");
        return t == null ? "" : t.attr("datetime");
    }

    private static String date(String... values) {
        for (String v : values) {
            Optional<String> iso = PageDates.iso(v);
            if (iso.isPresent()) {
                return iso.get();
            }
        }
        return "";
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
