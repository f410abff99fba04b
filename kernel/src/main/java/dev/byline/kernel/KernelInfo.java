package dev.byline.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.byline.kernel.protocol.KernelServer;

/** The {@code kernel_info_reply}: Java of the running JDK, with links to its API docs. */
final class KernelInfo {
    private KernelInfo() {
    }

    static JsonObject reply(String implementationVersion) {
        int feature = Runtime.version().feature();
        JsonObject language = new JsonObject();
        language.addProperty("name", "java");
        language.addProperty("version", Runtime.version().toString());
        language.addProperty("mimetype", "text/x-java");
        language.addProperty("file_extension", ".java");
        language.addProperty("codemirror_mode", "java");
        language.addProperty("pygments_lexer", "java");
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        c.addProperty("protocol_version", KernelServer.PROTOCOL_VERSION);
        c.addProperty("implementation", "byline");
        c.addProperty("implementation_version", implementationVersion);
        c.add("language_info", language);
        c.addProperty("banner", "Byline: Java " + Runtime.version() + " (JShell) with the Byline toolkit and Tablesaw");
        c.addProperty("debugger", false);
        JsonArray links = new JsonArray();
        links.add(link("Java " + feature + " API", "https://docs.oracle.com/en/java/javase/" + feature + "/docs/api/"));
        links.add(link("Tablesaw", "https://jtablesaw.github.io/tablesaw/"));
        c.add("help_links", links);
        return c;
    }

    private static JsonObject link(String text, String url) {
        JsonObject o = new JsonObject();
        o.addProperty("text", text);
        o.addProperty("url", url);
        return o;
    }
}
