package dev.byline.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.RealCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worksheet's inline script and the Java key agree: every right answer the tools give, typed in another
 * form (upper case, reversed order, a file extension, an arrow), is "right" in a real browser with no network,
 * a wrong one is "wrong", and a question with no answer says so. Needs a headless Chromium on the PATH
 * ({@code apt-get install chromium}); without one the test is skipped with a banner, never passed.
 */
class WorksheetInBrowserTest {
    private static final Pattern RESULT = Pattern.compile("<li data-case=\"(\\d+)\">([a-z]+)</li>");

    @TempDir
    Path dir;

    @Test
    void theScriptInThePageGivesTheVerdictsOfTheJavaKey() throws Exception {
        Optional<Path> chromium = chromium();
        if (chromium.isEmpty()) {
            System.err.println("""
                    ************************************************************
                    WorksheetInBrowserTest SKIPPED: no chromium on the PATH,
                    so the worksheet's script was not run (apt-get install chromium)
                    ************************************************************""");
            Assumptions.abort("no chromium on the PATH");
        }
        QuestionSet questions = QuestionSet.load(ClassroomKeyTest.NOTEBOOKS.resolve("questions.json"));
        Findings findings = Findings.of(RealCorpus.load());
        KeyBuilder.Built built = KeyBuilder.build(questions, findings);
        List<String[]> cases = new ArrayList<>();   // question, typed text, expected verdict
        for (int i = 0; i < questions.questions().size(); i++) {
            String id = questions.questions().get(i).id();
            Findings.Outcome o = built.outcomes().get(i);
            if (!o.answered()) {
                cases.add(new String[] {id, "anything", "none"});
                continue;
            }
            if (o.answer().kind() == Answer.Kind.ONE) {
                for (List<String> form : o.answer().forms()) {
                    cases.add(new String[] {id, String.join("; ", form.reversed().stream().map(x -> " " + x.toUpperCase() + ".TXT ").toList()), "right"});
                }
            } else {
                List<String> items = o.answer().forms().stream().map(f -> f.get(0).replace("=>", " → ").toUpperCase()).toList();
                cases.add(new String[] {id, String.join("\n", items.subList(0, o.answer().need())), "right"});
                cases.add(new String[] {id, items.get(0), o.answer().need() > 1 ? "partly" : "right"});
            }
            cases.add(new String[] {id, "no such answer zzz", "wrong"});
        }
        StringBuilder script = new StringBuilder("<script>(function(){var cases=[");
        for (String[] c : cases) {
            script.append("[").append(js(c[0])).append(",").append(js(c[1])).append("],");
        }
        script.append("];var out=[];cases.forEach(function(c,i){var r=window.bylineWorksheet.check(c[0],c[1]);")
                .append("out.push('<li data-case=\"'+i+'\">'+r[0]+'</li>');});")
                .append("document.body.insertAdjacentHTML('beforeend','<ol id=results>'+out.join('')+'</ol>');})();</script>");
        String page = Worksheet.html(questions, built.key(), findings).replace("</body>", script + "</body>");
        Path file = Files.writeString(dir.resolve("sheet.html"), page, StandardCharsets.UTF_8);
        String dom = dumpDom(chromium.get(), file);
        Matcher m = RESULT.matcher(dom);
        List<String> verdicts = new ArrayList<>();
        while (m.find()) {
            verdicts.add(m.group(2));
        }
        assertEquals(cases.size(), verdicts.size(), "every case ran in the browser");
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i)[2], verdicts.get(i), cases.get(i)[0] + " typed as " + cases.get(i)[1]);
        }
        assertTrue(cases.size() >= 10, cases.size() + " cases");
    }

    private static String dumpDom(Path chromium, Path page) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--proxy-server=127.0.0.1:9", "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish in 120 s");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Optional<Path> chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static String js(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.append('"').toString();
    }
}
