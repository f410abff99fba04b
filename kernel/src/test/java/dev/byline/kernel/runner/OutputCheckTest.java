package dev.byline.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputCheckTest {

    static JsonObject nb(String output, int count) {
        return JsonParser.parseString("{\"nbformat\":4,\"cells\":[{\"cell_type\":\"code\",\"execution_count\":" + count
                + ",\"metadata\":{},\"source\":\"x\",\"outputs\":[" + output + "]}]}").getAsJsonObject();
    }

    @Test
    void identicalOutputsWithDifferentCountsTimingsAndHashesPass() {
        JsonObject a = nb("{\"output_type\":\"stream\",\"name\":\"stdout\",\"text\":\"took 12 ms, obj@1a2b3c4d\"}", 1);
        JsonObject b = nb("{\"output_type\":\"stream\",\"name\":\"stdout\",\"text\":[\"took 9.5 ms, \",\"obj@9f8e7d6c\"]}", 7);
        assertEquals(List.of(), OutputCheck.compare(a, b));
    }

    @Test
    void changedTextIsReportedAsADiffNamingTheCell() {
        JsonObject a = nb("{\"output_type\":\"execute_result\",\"execution_count\":1,\"metadata\":{},\"data\":{\"text/plain\":\"Putin 12\\nRosin 9\"}}", 1);
        JsonObject b = nb("{\"output_type\":\"execute_result\",\"execution_count\":1,\"metadata\":{},\"data\":{\"text/plain\":\"Putin 12\\nRosin 10\"}}", 1);
        List<String> d = OutputCheck.compare(a, b);
        assertEquals(1, d.size());
        assertTrue(d.get(0).startsWith("code cell 1 (x) changed:"), d.get(0));
        assertTrue(d.get(0).contains("  -     Rosin 9") && d.get(0).contains("  +     Rosin 10"), d.get(0));
    }

    @Test
    void aNewErrorIsReported() {
        JsonObject a = nb("", 1);
        JsonObject b = nb("{\"output_type\":\"error\",\"ename\":\"CompileError\",\"evalue\":\"cannot find symbol\",\"traceback\":[]}", 1);
        assertTrue(OutputCheck.compare(a, b).get(0).contains("[error] CompileError: cannot find symbol"));
    }

    @Test
    void pngBytesMayDifferButSvgMayNot() {
        JsonObject a = nb("{\"output_type\":\"display_data\",\"metadata\":{},\"data\":{\"image/png\":\"AAAA\",\"image/svg+xml\":\"<svg>1</svg>\"}}", 1);
        JsonObject b = nb("{\"output_type\":\"display_data\",\"metadata\":{},\"data\":{\"image/png\":\"BBBB\",\"image/svg+xml\":\"<svg>1</svg>\"}}", 1);
        assertEquals(List.of(), OutputCheck.compare(a, b));
        JsonObject c = nb("{\"output_type\":\"display_data\",\"metadata\":{},\"data\":{\"image/png\":\"BBBB\",\"image/svg+xml\":\"<svg>2</svg>\"}}", 1);
        assertEquals(1, OutputCheck.compare(a, c).size());
    }
}
