package dev.mockhost.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The load benchmark's table: for each target the median of its rounds, the ratio to the static file measured in the
 * same run, and the targets, each said met or not.
 */
final class Report {

    private final Map<LoadBenchmark.Target, List<LoadBenchmark.Wrk.Result>> results;
    private final LoadBenchmark.LoadResult load;

    Report(Map<LoadBenchmark.Target, List<LoadBenchmark.Wrk.Result>> results, LoadBenchmark.LoadResult load) {
        this.results = results;
        this.load = load;
    }

    void print(int seconds, int rounds, int connections) {
        List<LoadBenchmark.Target> targets = new ArrayList<>(results.keySet());
        LoadBenchmark.Target statik = targets.get(0);
        double staticRate = median(statik, LoadBenchmark.Wrk.Result::requestsPerSecond);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nwrk -t1 -c%d, %d alternating rounds of %d s on 127.0.0.1, Tomcat "
                + "10.1 -Xmx1g, Java %s, %d cores; medians of the rounds%n%n", connections, rounds, seconds,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        out.append("| target | req/s | of the static file | mean latency | median | p99 |\n|---|---|---|---|---|---|\n");
        for (LoadBenchmark.Target target : targets) {
            double rate = median(target, LoadBenchmark.Wrk.Result::requestsPerSecond);
            out.append(String.format(Locale.ROOT, "| %s | %,.0f | %.0f%% | %.2f ms | %.2f ms | %.2f ms |%n",
                    target.label(), rate, 100 * rate / staticRate,
                    median(target, LoadBenchmark.Wrk.Result::averageMillis),
                    median(target, LoadBenchmark.Wrk.Result::p50Millis),
                    median(target, LoadBenchmark.Wrk.Result::p99Millis)));
        }
        out.append(String.format(Locale.ROOT, "%n100,000 examples (%.0f MB): served %.1f s after the file landed in a "
                        + "Tomcat of -Xmx512m; retained heap %.0f MB (%.2f KB an example); a new version served %.1f s "
                        + "after it landed, with %,d calls answered meanwhile, %d of them failed or wrong%n%n",
                load.fileBytes() / 1e6, load.loadSeconds(), load.retainedBytes() / 1e6,
                load.retainedBytes() / 1024.0 / 100_000, load.reloadSeconds(), load.answeredDuringReload(),
                load.failedDuringReload()));
        targets(out, targets, staticRate);
        System.out.println(out);
    }

    private void targets(StringBuilder out, List<LoadBenchmark.Target> targets, double staticRate) {
        out.append("Targets:\n");
        LoadBenchmark.Target ten = find(targets, "10 examples");
        LoadBenchmark.Target miss = find(targets, "matching nothing");
        for (LoadBenchmark.Target target : targets) {
            if (target.label().startsWith("10,000") || target.label().startsWith("100,000")) {
                double share = median(target, LoadBenchmark.Wrk.Result::requestsPerSecond) / staticRate;
                verdict(out, String.format(Locale.ROOT, "%s: %.0f%% of the static file's req/s (at least 70%%)",
                        target.label(), 100 * share), share >= 0.70);
            }
            if (target.label().startsWith("100,000")) {
                double ratio = pairedRatio(target, ten, LoadBenchmark.Wrk.Result::p50Millis);
                verdict(out, String.format(Locale.ROOT, "%s: %.2fx the median latency of 10 examples in the same "
                        + "round (at most 1.2x; mean latency %.2fx)", target.label(), ratio, pairedRatio(target, ten,
                        LoadBenchmark.Wrk.Result::averageMillis)), ratio <= 1.2);
            }
        }
        LoadBenchmark.Target hit = find(targets, "100,000 examples, numeric");
        double missRatio = pairedRatio(miss, hit, LoadBenchmark.Wrk.Result::p50Millis);
        verdict(out, String.format(Locale.ROOT, "no match: %.2fx the median latency of a hit on the same mock in the "
                + "same round (at most 1x)", missRatio), missRatio <= 1.0);
        verdict(out, String.format(Locale.ROOT, "100,000 examples load in %.1f s within -Xmx512m (at most 5 s)",
                load.loadSeconds()), load.loadSeconds() <= 5);
        verdict(out, String.format(Locale.ROOT, "no failed or wrong answer during the reload (%d)",
                load.failedDuringReload()), load.failedDuringReload() == 0);
    }

    private static void verdict(StringBuilder out, String what, boolean met) {
        out.append(met ? "  met      " : "  NOT MET  ").append(what).append('\n');
    }

    private static LoadBenchmark.Target find(List<LoadBenchmark.Target> targets, String label) {
        return targets.stream().filter(t -> t.label().contains(label)).findFirst().orElseThrow();
    }

    /**
     * The median over rounds of {@code target}'s value divided by {@code baseline}'s in the same round: rounds
     * alternate, so each pair shares what the machine was doing then.
     */
    private double pairedRatio(LoadBenchmark.Target target, LoadBenchmark.Target baseline,
                               ToDoubleFunction<LoadBenchmark.Wrk.Result> value) {
        List<LoadBenchmark.Wrk.Result> of = results.get(target);
        List<LoadBenchmark.Wrk.Result> base = results.get(baseline);
        double[] ratios = new double[of.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = value.applyAsDouble(of.get(i)) / value.applyAsDouble(base.get(i));
        }
        java.util.Arrays.sort(ratios);
        int middle = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
    }

    private double median(LoadBenchmark.Target target, ToDoubleFunction<LoadBenchmark.Wrk.Result> value) {
        double[] values = results.get(target).stream().mapToDouble(value).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
