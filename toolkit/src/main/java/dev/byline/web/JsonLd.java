package dev.byline.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org description of a page's article from its {@code <script type="application/ld+json">} blocks:
 * the first object typed as an article ({@code NewsArticle}, {@code Article}, {@code BlogPosting}, …), looked for
 * at the top, in arrays and in {@code @graph}; a {@code WebPage} serves when no article is described. Blocks that
 * are not JSON are passed over (pages ship broken ones).
 */
final class JsonLd {
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "report", "scholarlyarticle", "techarticle", "socialmediaposting", "posting");

    /**
     * What the description says; empty strings where it says nothing. {@code typedArticle} is true when an object typed
     * as an article was found (not only a {@code WebPage}).
     */
    record Found(String headline, List<String> authors, String published, String modified, String publisher,
            String language, String section, String description, String url, String articleBody, boolean typedArticle) {
        static final Found NONE = new Found("", List.of(), "", "", "", "", "", "", "", "", false);
    }

    private JsonLd() {
    }

    static Found read(org.jsoup.nodes.Document page) {
        JsonObject article = null;
        JsonObject webPage = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonElement root;
            try {
                root = JsonParser.parseString(script.data().strip());
            } catch (JsonParseException | IllegalStateException e) {
                continue;
            }
            List<JsonObject> objects = new ArrayList<>();
            collect(root, objects, 0);
            for (JsonObject o : objects) {
                if (article == null && hasType(o, ARTICLE_TYPES)) {
                    article = o;
                } else if (webPage == null && hasType(o, Set.of("webpage"))) {
                    webPage = o;
                }
            }
        }
        JsonObject o = article != null ? article : webPage;
        if (o == null) {
            return Found.NONE;
        }
        String url = string(o.get("url"));
        if (url.isEmpty() && o.get("mainEntityOfPage") != null) {
            JsonElement main = o.get("mainEntityOfPage");
            url = main.isJsonObject() ? string(main.getAsJsonObject().get("@id")) : string(main);
        }
        return new Found(first(string(o.get("headline")), string(o.get("name"))), names(o.get("author")),
                string(o.get("datePublished")), string(o.get("dateModified")), name(o.get("publisher")),
                string(o.get("inLanguage")), firstOf(o.get("articleSection")), string(o.get("description")), url,
                string(o.get("articleBody")), o == article);
    }

    private static void collect(JsonElement e, List<JsonObject> out, int depth) {
        if (e == null || depth > 4) {
            return;
        }
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                collect(x, out, depth + 1);
            }
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            out.add(o);
            collect(o.get("@graph"), out, depth + 1);
            collect(o.get("mainEntity"), out, depth + 1);
        }
    }

    private static boolean hasType(JsonObject o, Set<String> types) {
        JsonElement t = o.get("@type");
        if (t == null) {
            return false;
        }
        List<JsonElement> all = new ArrayList<>();
        if (t.isJsonArray()) {
            t.getAsJsonArray().forEach(all::add);
        } else {
            all.add(t);
        }
        for (JsonElement x : all) {
            if (x.isJsonPrimitive()) {
                String name = x.getAsString();
                name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                if (types.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Author names: a string, an object with a name, or an array of either; organisations' names are kept too. */
    private static List<String> names(JsonElement e) {
        Set<String> out = new LinkedHashSet<>();
        if (e == null) {
            return List.of();
        }
        JsonArray items = new JsonArray();
        if (e.isJsonArray()) {
            items = e.getAsJsonArray();
        } else {
            items.add(e);
        }
        for (JsonElement x : items) {
            String n = x.isJsonObject() ? name(x) : string(x);
            if (!n.isBlank() && !n.startsWith("http")) {
                out.add(n.strip());
            }
        }
        return List.copyOf(out);
    }

    private static String name(JsonElement e) {
        if (e == null) {
            return "";
        }
        if (e.isJsonArray()) {
            return e.getAsJsonArray().isEmpty() ? "" : name(e.getAsJsonArray().get(0));
        }
        return e.isJsonObject() ? string(e.getAsJsonObject().get("name")) : string(e);
    }

    private static String firstOf(JsonElement e) {
        if (e != null && e.isJsonArray()) {
            return e.getAsJsonArray().isEmpty() ? "" : string(e.getAsJsonArray().get(0));
        }
        return string(e);
    }

    private static String string(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "";
        }
        if (e.isJsonPrimitive()) {
            return org.jsoup.parser.Parser.unescapeEntities(e.getAsString(), false).strip();
        }
        if (e.isJsonObject() && e.getAsJsonObject().has("@value")) {
            return string(e.getAsJsonObject().get("@value"));
        }
        return "";
    }

    private static String first(String a, String b) {
        return a.isEmpty() ? b : a;
    }
}
