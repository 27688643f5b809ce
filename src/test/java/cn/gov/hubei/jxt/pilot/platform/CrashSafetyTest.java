package cn.gov.hubei.jxt.pilot.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety, as production meets it: the application runs as a separate JVM (the main classes and their
 * libraries, the demo data loaded) on a PostgreSQL this test starts and stops; clients with bearer tokens autosave
 * sections of a draft (optimistic version in If-Match) and submit applications again and again (the recommender
 * returns each one, the enterprise resubmits it with an Idempotency-Key).
 * <ol>
 *     <li>{@code kill -9} of the application mid-flight, then a restart: every write a client saw acknowledged (2xx)
 *     is in the database, and every submission is whole — its frozen version, its status history, its audit entry and
 *     the recommenders' notice, or none of them.</li>
 *     <li>PostgreSQL stopped in immediate mode (the postmaster's SIGQUIT, as {@code pg_ctl stop -m immediate}) under
 *     load, then started again: the requests in between are answered 503 with the Chinese problem within the pool's
 *     connection timeout (never 500, never a hang), the application serves again by itself, and nothing acknowledged
 *     is lost.</li>
 * </ol>
 * The bearer tokens issued before the crash still work after it: the state of a client lives in the database, as
 * the sessions do, which is what lets several nodes serve one client (docs/deployment.md).
 */
class CrashSafetyTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final String PASSWORD = "Demo#2020";

    @TempDir Path work;

    private EmbeddedPostgresLauncher.Running postgres;
    private Process app;
    private int appPort;
    private int pgPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What the clients saw acknowledged: section key → (version, text); application id → version numbers. */
    private final Map<String, Saved> savedSections = new ConcurrentHashMap<>();
    private final Map<Long, Set<Integer>> acknowledgedSubmissions = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

    record Saved(int version, String text) {
    }

    record Answer(long startedAt, long millis, int status, String body) {
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (app != null) {
            app.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        closeQuietly(postgres);
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void acknowledgedWritesSurviveAKilledApplicationAndAStoppedDatabase() throws Exception {
        pgPort = freePort();
        appPort = freePort();
        postgres = new EmbeddedPostgresLauncher(work.resolve("pg"), pgPort, true).start();
        startApp(1);

        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (String user : List.of("applicant", "qiye-wh1", "qiye-wh2", "wuhan")) {
            tokens.put(user, token(user));
        }
        long draft = applicationsOf(tokens.get("applicant"), "DRAFT").get(0);
        Map<String, Long> submitted = new java.util.LinkedHashMap<>();
        for (String user : List.of("applicant", "qiye-wh1", "qiye-wh2")) {
            applicationsOf(tokens.get(user), "SUBMITTED").stream().findFirst().ifPresent(id -> submitted.put(user, id));
        }
        assertThat(submitted).as("the demo's submitted applications of 武汉").isNotEmpty();

        // 1. kill -9 in the middle of saves and submissions
        Clients clients = new Clients(tokens, draft, submitted);
        clients.runFor(Duration.ofSeconds(6));
        app.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        clients.stop();
        assertThat(savedSections).as("saves acknowledged before the kill").isNotEmpty();
        assertThat(acknowledgedSubmissions.values().stream().mapToInt(Set::size).sum())
                .as("submissions acknowledged before the kill").isPositive();

        startApp(2);
        assertEveryAcknowledgedWriteIsPresent();
        assertNoHalfSubmission(submitted.values());
        assertThat(get("/api/v1/me", tokens.get("applicant")).statusCode()).as("a token of before the crash").isEqualTo(200);

        // 2. the database stopped in immediate mode under load, then started again
        answers.clear();
        clients = new Clients(tokens, draft, submitted);
        clients.start();
        Thread.sleep(2_000);
        long stoppedAt = System.nanoTime();
        stopPostgresImmediately();
        Thread.sleep(9_000);
        postgres = new EmbeddedPostgresLauncher(work.resolve("pg"), pgPort, true).start();
        long restartedAt = System.nanoTime();
        awaitHealthy(Duration.ofSeconds(30));
        Thread.sleep(3_000);
        clients.stop();

        List<Answer> during = answers.stream().filter(a -> a.startedAt() > stoppedAt && a.startedAt() < restartedAt).toList();
        List<Answer> after = answers.stream().filter(a -> a.startedAt() > restartedAt + TimeUnit.SECONDS.toNanos(2)).toList();
        assertThat(during).as(() -> "requests while the database was away; the application's log says:\n" + appErrors())
                .isNotEmpty()
                // 409: a save whose commit met the server's going away was answered 503 but written; the client's next
                // save on the version it knew is then a conflict, the right answer (it reads the version again)
                .allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(200, 201, 409, 503));
        assertThat(during).filteredOn(a -> a.status() == 503).isNotEmpty().allSatisfy(a -> {
            assertThat(a.body()).contains("\"status\":503").contains("系统暂时无法使用").contains("数据库暂时无法连接");
            assertThat(a.millis()).as("answered within the pool's connection timeout").isLessThan(12_000);
        });
        assertThat(answers).as(() -> "no 500 at any time; the application's log says:\n" + appErrors()).noneMatch(a -> a.status() >= 500 && a.status() != 503);
        assertThat(after).as("served again by itself").isNotEmpty().anyMatch(a -> a.status() == 200);
        assertThat(after).filteredOn(a -> a.status() == 503).isEmpty();

        assertEveryAcknowledgedWriteIsPresent();
        assertNoHalfSubmission(submitted.values());
    }

    // ------------------------------------------------------------------------------------------------ the clients

    /** Two autosaving clients (one section each) and one submitting client per enterprise, each a thread. */
    private final class Clients {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();

        Clients(Map<String, String> tokens, long draft, Map<String, Long> submitted) {
            for (String section : List.of("overview", "advancement")) {
                threads.add(new Thread(() -> autosave(tokens.get("applicant"), draft, section), "autosave-" + section));
            }
            submitted.forEach((user, id) -> threads.add(new Thread(
                    () -> resubmit(tokens.get(user), tokens.get("wuhan"), id), "submit-" + user)));
        }

        void start() {
            threads.forEach(Thread::start);
        }

        void runFor(Duration duration) throws InterruptedException {
            start();
            Thread.sleep(duration.toMillis());
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(30_000);
            }
        }

        private void autosave(String token, long id, String section) {
            String path = "/api/v1/applications/" + id + "/sections/" + section;
            int version = -1;
            int n = 0;
            while (running.get()) {
                try {
                    if (version < 0) {
                        HttpResponse<String> read = get(path, token);
                        if (read.statusCode() != 200) {
                            pause();
                            continue;
                        }
                        version = JSON.readTree(read.body()).get("version").asInt();
                    }
                    String text = "自动保存 " + section + " 第" + (++n) + "次 " + UUID.randomUUID();
                    HttpResponse<String> saved = send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text)))));
                    if (saved.statusCode() == 200) {
                        version = JSON.readTree(saved.body()).get("version").asInt();
                        savedSections.put(id + "/" + section, new Saved(version, text));
                    } else if (saved.statusCode() == 409) {
                        version = -1; // an unacknowledged save went through before a crash: read the version again
                    } else {
                        pause();
                    }
                } catch (IOException e) {
                    version = -1;
                    pause();
                }
            }
        }

        private void resubmit(String applicant, String recommender, long id) {
            String base = "/api/v1/applications/" + id;
            while (running.get()) {
                try {
                    HttpResponse<String> read = get(base, applicant);
                    if (read.statusCode() != 200) {
                        pause();
                        continue;
                    }
                    String status = JSON.readTree(read.body()).get("application").get("status").asString();
                    if (status.equals("SUBMITTED")) {
                        send(HttpRequest.newBuilder(uri("/api/v1/recommendation/applications/" + id + "/return"))
                                .header("Authorization", "Bearer " + recommender).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"请补充项目实施现状的数据来源。\"}")));
                    } else if (status.equals("RETURNED")) {
                        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(base + "/submit?confirmUnchanged=true"))
                                .header("Authorization", "Bearer " + applicant)
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .POST(HttpRequest.BodyPublishers.noBody()));
                        if (answer.statusCode() == 200) {
                            int number = JSON.readTree(answer.body()).get("versionNumber").asInt();
                            acknowledgedSubmissions.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(number);
                        }
                    } else {
                        pause();
                    }
                } catch (IOException e) {
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------------------------ the checks

    private void assertEveryAcknowledgedWriteIsPresent() throws SQLException {
        try (Connection db = database(); Statement sql = db.createStatement()) {
            for (Map.Entry<String, Saved> saved : savedSections.entrySet()) {
                String[] key = saved.getKey().split("/");
                try (ResultSet row = sql.executeQuery("select version, content from application_section where "
                        + "application_id = " + key[0] + " and section_key = '" + key[1] + "'")) {
                    assertThat(row.next()).as(saved.getKey()).isTrue();
                    int version = row.getInt(1);
                    // the acknowledged save, or one sent after it whose answer was lost in the crash
                    assertThat(version).as(saved.getKey()).isGreaterThanOrEqualTo(saved.getValue().version());
                    if (version == saved.getValue().version()) {
                        assertThat(row.getString(2)).as(saved.getKey()).contains(saved.getValue().text());
                    }
                }
            }
            for (Map.Entry<Long, Set<Integer>> submissions : acknowledgedSubmissions.entrySet()) {
                for (int number : submissions.getValue()) {
                    try (ResultSet row = sql.executeQuery("select count(*) from application_version where "
                            + "application_id = " + submissions.getKey() + " and number = " + number)) {
                        row.next();
                        assertThat(row.getInt(1)).as("version %d of %d", number, submissions.getKey()).isEqualTo(1);
                    }
                }
            }
        }
    }

    /** Each frozen version has its number in sequence, its history row, its audit entry and its notices. */
    private void assertNoHalfSubmission(java.util.Collection<Long> applications) throws SQLException {
        try (Connection db = database(); Statement sql = db.createStatement()) {
            for (long id : applications) {
                int versions = count(sql, "select count(*) from application_version where application_id = " + id);
                int last = count(sql, "select last_version_no from project_application where id = " + id);
                int history = count(sql, "select count(*) from application_status_history where application_id = " + id
                        + " and transition = 'submit'");
                int audited = count(sql, "select count(*) from audit_entry where action = 'application.submit' "
                        + "and target_id = '" + id + "'");
                int numbered = count(sql, "select count(*) from project_application where id = " + id
                        + " and number is not null");
                assertThat(List.of(versions, history, audited)).as("application %d", id).containsOnly(last);
                assertThat(numbered).isEqualTo(1);
            }
            int versions = count(sql, "select count(*) from application_version v join project_application a on "
                    + "a.id = v.application_id where a.division_code = '420100'");
            int audited = count(sql, "select count(*) from audit_entry e join project_application a on "
                    + "e.target_id = a.id::text where e.action = 'application.submit' and a.division_code = '420100'");
            int noticed = count(sql, "select count(*) from notification_inbox where username = 'wuhan' "
                    + "and kind = 'application.submit'");
            assertThat(audited).isEqualTo(versions);
            assertThat(noticed).as("one notice to the recommender for each submission").isEqualTo(versions);
        }
    }

    private static int count(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            assertThat(row.next()).as(query).isTrue();
            return row.getInt(1);
        }
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres", "postgres");
    }

    // -------------------------------------------------------------------------------------- the process and HTTP

    private void startApp(int run) throws Exception {
        String classpath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                "cn.gov.hubei.jxt.pilot.PilotApplication",
                "--server.port=" + appPort,
                "--spring.datasource.url=jdbc:postgresql://localhost:" + pgPort + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--app.embedded-db.directory=" + work.resolve("data"),
                "--app.files.directory=" + work.resolve("files"),
                "--app.crypto.generated-keys-file=" + work.resolve("crypto/keys.properties"),
                "--spring.lifecycle.timeout-per-shutdown-phase=1s");
        app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "crash-safety-app-" + run + ".log").toFile()).start();
        awaitReady(START_TIMEOUT);
    }

    /** Ready: started, the runners done (the demo data loaded). */
    private void awaitReady(Duration timeout) throws Exception {
        await("/actuator/health/readiness", timeout);
    }

    /** Healthy: the database answers too. */
    private void awaitHealthy(Duration timeout) throws Exception {
        await("/actuator/health", timeout);
    }

    private void await(String health, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            assertThat(app.isAlive()).as("the application is running (target/crash-safety-app-*.log)").isTrue();
            try {
                if (get(health, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException ignored) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not become healthy within " + timeout);
    }

    /** As {@code pg_ctl stop -m immediate}: SIGQUIT to the postmaster, no checkpoint, crash recovery at the next start. */
    private void stopPostgresImmediately() throws Exception {
        Path pidFile = new EmbeddedPostgresLauncher(work.resolve("pg"), pgPort, true).clusterDirectory()
                .resolve("postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        new ProcessBuilder("kill", "-QUIT", String.valueOf(pid)).inheritIO().start().waitFor();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(20, TimeUnit.SECONDS).join());
        closeQuietly(postgres);
        postgres = null;
    }

    private String token(String user) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("token").asString();
    }

    private List<Long> applicationsOf(String token, String status) throws Exception {
        HttpResponse<String> answer = get("/api/v1/applications", token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (JsonNode application : JSON.readTree(answer.body())) {
            if (application.get("status").asString().equals(status)) {
                ids.add(application.get("id").asLong());
            }
        }
        return ids;
    }

    private HttpResponse<String> get(String path, String token) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            answers.add(new Answer(started, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    response.statusCode(), response.body()));
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + appPort + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void closeQuietly(EmbeddedPostgresLauncher.Running running) {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (Exception ignored) {
            // stopped already
        }
    }

    /** The errors the application logged (its output goes to target/crash-safety-app-*.log), for a failure's message. */
    static String appErrors() {
        StringBuilder out = new StringBuilder();
        try (var logs = java.nio.file.Files.newDirectoryStream(Path.of("target"), "crash-safety-app-*.log")) {
            for (Path log : logs) {
                java.nio.file.Files.readAllLines(log).stream()
                        .filter(l -> l.contains(" ERROR ") || l.startsWith("Caused by") || l.contains("Exception:"))
                        .limit(60).forEach(l -> out.append(log.getFileName()).append(": ").append(l).append('\n'));
            }
        } catch (java.io.IOException | RuntimeException e) {
            out.append("(the log could not be read: ").append(e).append(')');
        }
        return out.toString();
    }
}
