package cn.gov.hubei.jxt.pilot.bench;

import cn.gov.hubei.jxt.pilot.PilotApplication;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intake queue of a call with 3,000 recommended applications, measured through the real application: it starts
 * the application on a throwaway embedded database (any free ports), inserts the call's applications across the 17
 * divisions with their submitted lists and ranks by SQL, logs in as an officer over HTTP and times
 * {@code GET /intake?call=…} (the HTML page, rendered) and {@code GET /api/v1/intake/calls/{id}/queue} (JSON):
 * median and p95 over repeated requests after a warm-up. Not a test: run it as a main (see {@code docs/benchmarks.md}).
 *
 * <p>System properties: {@code bench.applications} (3000), {@code bench.warmup} (20), {@code bench.requests} (50).
 */
public final class IntakeQueueBenchmark {

    static final String PASSWORD = "Bench#2031queue";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private IntakeQueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int applications = Integer.getInteger("bench.applications", 3000);
        int warmup = Integer.getInteger("bench.warmup", 20);
        int requests = Integer.getInteger("bench.requests", 50);
        Path dir = Files.createTempDirectory("intake-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PilotApplication.class).run(
                "--server.port=0", "--app.embedded-db.port=0",
                "--app.embedded-db.directory=" + dir.resolve("db"), "--app.files.directory=" + dir.resolve("files"),
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            long callId = generate(context, applications);
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            login(http, base, "bench-officer");

            URI page = URI.create(base + "/intake?call=" + callId);
            URI json = URI.create(base + "/api/v1/intake/calls/" + callId + "/queue");
            System.out.printf("%d applications with the province in call %d%n", applications, callId);
            report("GET /intake?call=" + callId + " (HTML)", measure(http, page, warmup, requests));
            report("GET /api/v1/intake/calls/" + callId + "/queue (JSON)", measure(http, json, warmup, requests));
            String filtered = "&division=420500&q=" + URLEncoder.encode("项目", StandardCharsets.UTF_8);
            report("GET /intake?call=" + callId + filtered + " (HTML, filtered)",
                    measure(http, URI.create(page + filtered), warmup, requests));
        } finally {
            deleteQuietly(dir);
        }
    }

    /** A published call with {@code count} recommended applications (see {@link QueueData}) and an officer. */
    static long generate(ConfigurableApplicationContext context, int count) {
        long callId = QueueData.recommended(context.getBean(Calls.class), context.getBean(ReferenceCatalog.class),
                context.getBean(JdbcTemplate.class), context.getBean(Clock.class), count);
        context.getBean(JdbcTemplate.class).execute("analyze");
        context.getBean(UserAdministration.class).create(new NewAccount("bench-officer", "基准测试 处室人员", null, null,
                Set.of(Role.OFFICER), null, null), PASSWORD, false);
        return callId;
    }

    static void login(HttpClient http, String base, String username) throws IOException, InterruptedException {
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login failed: " + answer.statusCode() + " " + location);
        }
    }

    /** Milliseconds of each measured request (after {@code warmup} unmeasured ones); every answer must be 200. */
    static double[] measure(HttpClient http, URI uri, int warmup, int requests)
            throws IOException, InterruptedException {
        double[] millis = new double[requests];
        long bytes = 0;
        for (int i = 0; i < warmup + requests; i++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - started;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + answer.statusCode());
            }
            bytes = answer.body().length;
            if (i >= warmup) {
                millis[i - warmup] = took / 1_000_000.0;
            }
        }
        System.out.printf("  %s: %,d bytes%n", uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                bytes);
        return millis;
    }

    static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms (%d requests)%n", what,
                percentile(sorted, 50), percentile(sorted, 95), sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
