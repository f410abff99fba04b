package dev.byline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code byline-bench jmh [JMH options]}: the inner-loop benchmarks, Byline and a peer in the same run. */
@Command(name = "jmh", description = "Run the JMH benchmarks (TokenizerBenchmark, SentenceBenchmark, LoadBenchmark: "
        + "Byline and a peer on the same generated text). Options go to JMH: e.g. -f 1 -wi 3 -i 5 -w 1s -r 1s, "
        + "a regex to choose benchmarks, -h for JMH's own help.")
public final class JmhCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "JMH_ARGS", description = "passed to JMH")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        org.openjdk.jmh.Main.main(args.toArray(String[]::new));
        return 0;
    }
}
