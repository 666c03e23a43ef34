package org.kisti.loan.schedule.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link ScheduleBenchmark} briefly (about a minute) and prints ops/s and ratios to the baselines. */
public final class ScheduleBenchmarkMain {

    private ScheduleBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(ScheduleBenchmark.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(2))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> scores = new TreeMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            scores.put(name, new double[] {result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScoreError()});
        }
        double dueDates = scores.get("baselineDueDates46")[0];
        double sum = scores.get("baselineSumOfTotals46")[0];
        System.out.println();
        System.out.printf("%-45s %15s %12s %14s %14s%n", "benchmark", "ops/s", "± (99.9%)", "x dueDates46",
                "x sumTotals46");
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            double score = e.getValue()[0];
            System.out.printf("%-45s %15.0f %12.0f %14.1f %14.1f%n", e.getKey(), score, e.getValue()[1],
                    dueDates / score, sum / score);
        }
        System.out.println("(x columns: how many baseline operations fit in the time of one benchmark operation)");
    }
}
