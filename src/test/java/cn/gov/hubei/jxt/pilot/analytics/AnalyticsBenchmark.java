package cn.gov.hubei.jxt.pilot.analytics;

import cn.gov.hubei.jxt.pilot.PilotApplication;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Every dashboard query on 10 calls × 3,000 applications of synthetic data ({@link AnalyticsData}, seeded): it starts
 * the application on a throwaway embedded database (any free ports), generates the data, refreshes the materialised
 * views (timed), then runs each chart's query through {@link Dashboards#chart} — for the office (the province) and
 * for a recommender (one division), for one call and for every call — after a warm-up, and prints p50, p95 and max
 * per query. Not a test: run it as a main (docs/benchmarks.md).
 *
 * <p>System properties: {@code bench.calls} (10), {@code bench.applications} (3000 per call), {@code bench.warmup}
 * (20), {@code bench.runs} (100).
 */
public final class AnalyticsBenchmark {

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = Integer.getInteger("bench.calls", 10);
        int perCall = Integer.getInteger("bench.applications", 3000);
        int warmup = Integer.getInteger("bench.warmup", 20);
        int runs = Integer.getInteger("bench.runs", 100);
        Path dir = Files.createTempDirectory("analytics-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PilotApplication.class).run(
                "--server.port=0", "--app.embedded-db.port=0", "--app.scheduling.enabled=false",
                "--app.embedded-db.directory=" + dir.resolve("db"), "--app.files.directory=" + dir.resolve("files"),
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Dashboards dashboards = context.getBean(Dashboards.class);
            long start = System.nanoTime();
            List<Long> ids = new AnalyticsData(jdbc, context.getBean(JsonMapper.class))
                    .generate(calls, perCall, 20261205L, 2020);
            System.out.printf("generated %d calls x %d applications in %.1f s%n", calls, perCall,
                    (System.nanoTime() - start) / 1e9);
            jdbc.execute("analyze");
            for (int i = 0; i < 3; i++) {
                start = System.nanoTime();
                dashboards.refresh();
                System.out.printf("refresh of the materialised views (concurrently): %.0f ms%n",
                        (System.nanoTime() - start) / 1e6);
            }
            jdbc.execute("analyze");
            System.out.printf("rows: applications %d, indicator targets %d, designations %d%n",
                    jdbc.queryForObject("select count(*) from analytics_application_fact", Long.class),
                    jdbc.queryForObject("select count(*) from analytics_indicator_fact", Long.class),
                    jdbc.queryForObject("select count(*) from analytics_designation", Long.class));
            CurrentUser office = new CurrentUser(1, "bench-officer", "bench", Set.of(Role.OFFICER), null, null, false);
            CurrentUser wuhan = new CurrentUser(2, "bench-wuhan", "bench", Set.of(Role.RECOMMENDER), null, "420100",
                    false);
            long lastCall = ids.get(ids.size() - 1);
            System.out.printf("%-18s %-10s %-9s %8s %8s %8s%n", "chart", "scope", "filter", "p50 ms", "p95 ms",
                    "max ms");
            double worst = 0;
            for (Chart chart : Chart.values()) {
                for (CurrentUser user : List.of(office, wuhan)) {
                    for (AnalyticsFilter filter : List.of(new AnalyticsFilter(lastCall, null), AnalyticsFilter.all())) {
                        double[] ms = measure(() -> dashboards.chart(user, chart, filter), warmup, runs);
                        worst = Math.max(worst, ms[2]);
                        System.out.printf("%-18s %-10s %-9s %8.1f %8.1f %8.1f%n", chart.key(),
                                user == office ? "province" : "420100",
                                filter.callId() == null ? "all" : "one call", ms[0], ms[1], ms[2]);
                    }
                }
            }
            double[] whole = measure(() -> dashboards.dashboard(office, new AnalyticsFilter(lastCall, null)), 5, 30);
            System.out.printf("%-18s %-10s %-9s %8.1f %8.1f %8.1f%n", "whole dashboard", "province", "one call",
                    whole[0], whole[1], whole[2]);
            System.out.printf("slowest single query (max): %.1f ms%n", worst);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** p50, p95 and max in milliseconds. */
    static double[] measure(Runnable query, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            query.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return new double[]{times[runs / 2], times[(int) Math.ceil(runs * 0.95) - 1], times[runs - 1]};
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
