package cn.gov.hubei.jxt.pilot.bench;

import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The deadline rush of {@code bench/rush.sh} (bench/README.md): against an application already running,
 *
 * <ul>
 *   <li>{@code setup BASE JDBC N FILE}: N enterprises, each with an applicant account, an API token and a draft
 *       application in the call open for filing, written to FILE (one line each). Enterprise, account, role,
 *       membership and token by SQL as {@code Enterprises.add}, {@code UserAdministration.create} and
 *       {@code ApiTokens.issue} write them (the token's SM3 hash); the application and its three files (a figure,
 *       the commitment, the credit report) through the JSON API, i.e. the application's own code.</li>
 *   <li>{@code run BASE FILE FROM COUNT CLIENTS ROUNDS ACKLOG LABEL}: COUNT enterprises from line FROM, one client
 *       each, CLIENTS at a time (closed loop): ROUNDS times every one of the eight sections saved with its optimistic
 *       version (If-Match), then submitted (Idempotency-Key). Each acknowledged answer is logged to ACKLOG; prints
 *       the figures as one tab-separated line.</li>
 *   <li>{@code check JDBC FILE FROM COUNT ACKLOG}: in SQL, every acknowledged save present exactly once (versions
 *       1..n acknowledged without gap or repetition, the last acknowledged content stored), every application
 *       submitted exactly once (one frozen version holding the last content, one status change, the status).</li>
 * </ul>
 */
public final class DeadlineRush {

    static final String[] SECTIONS = {"basic", "overview", "advancement", "implementation", "self-assessment", "plan",
            "scenarios", "attachments"};

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Applicant(long applicationId, String token, long figure, long commitment, long credit) {
        String line() {
            return applicationId + "\t" + token + "\t" + figure + "\t" + commitment + "\t" + credit;
        }

        static Applicant of(String line) {
            String[] f = line.split("\t");
            return new Applicant(Long.parseLong(f[0]), f[1], Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4]));
        }
    }

    /** The database account of setup and check: the embedded server's by default, another with BENCH_DB_USER. */
    static final String DB_USER = System.getenv().getOrDefault("BENCH_DB_USER", "postgres");
    static final String DB_PASSWORD = System.getenv().getOrDefault("BENCH_DB_PASSWORD", "postgres");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(args[1], args[2], Integer.parseInt(args[3]), Path.of(args[4]));
            case "run" -> run(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]), Path.of(args[7]), args[8],
                    args.length > 9 ? Long.parseLong(args[9]) : 0);
            case "check" -> System.exit(check(args[1], Path.of(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Path.of(args[5])) ? 0 : 1);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ------------------------------------------------------------------------------------------------------ setup

    static void setup(String base, String jdbcUrl, int count, Path file) throws Exception {
        List<String[]> accounts = new ArrayList<>();
        long callId;
        try (Connection db = DriverManager.getConnection(jdbcUrl, DB_USER, DB_PASSWORD)) {
            db.setAutoCommit(false);
            callId = openCall(db);
            String passwordHash = single(db, "select password_hash from user_account where username = 'applicant'");
            String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
            SecureRandom random = new SecureRandom();
            String[] divisions = {"420100", "420200", "420300", "420500", "420600", "420700", "420800", "420900",
                    "421000", "421100", "421200", "421300", "422800", "429004", "429005", "429006", "429021"};
            for (int i = 0; i < count; i++) {
                String division = divisions[i % divisions.length];
                String body = String.format("%08d", random.nextInt(100_000_000));
                String code = UnifiedSocialCreditCode.forEnterprise(division.substring(0, 4) + "02", body).value();
                long enterprise = insert(db, """
                                insert into enterprise (credit_code, name, division_code, created_at, status)
                                values (?, ?, ?, now(), 'ACTIVE') returning id""",
                        code, "冲刺测试智造企业" + run + "-" + i, division);
                String username = "rush-" + run + "-" + i;
                long user = insert(db, """
                                insert into user_account (username, display_name, enterprise_id, password_hash,
                                    must_change_password, password_changed_at, created_at, created_by, updated_at)
                                values (?, ?, ?, ?, false, now(), now(), 'bench', now()) returning id""",
                        username, "冲刺申报人" + i, enterprise, passwordHash);
                execute(db, "insert into user_role (user_id, role) values (?, 'APPLICANT')", user);
                execute(db, """
                        insert into enterprise_member (enterprise_id, user_id, manager, added_at, added_by)
                        values (?, ?, true, now(), 'bench')""", enterprise, user);
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                String token = "hbzz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
                execute(db, """
                        insert into api_token (user_id, token_hash, created_at, expires_at, client_address)
                        values (?, ?, now(), now() + interval '8 hours', '127.0.0.1')""", user, sm3(token));
                accounts.add(new String[]{token, username});
            }
            db.commit();
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Applicant>> made = new ArrayList<>();
        for (String[] account : accounts) {
            made.add(pool.submit(() -> draft(http, base, callId, account[0])));
        }
        List<String> lines = new ArrayList<>();
        for (Future<Applicant> f : made) {
            lines.add(f.get().line());
        }
        pool.shutdown();
        Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println("setup: " + count + " enterprises with accounts, tokens and drafts in call " + callId);
    }

    /** The call open for filing; its filing closes within the hour (the last hour before the deadline). */
    private static long openCall(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                select id from programme_call where status <> 'CANCELLED' and filing_opens_at <= now()
                and filing_closes_at > now() order by id desc limit 1""");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no call is open for filing");
            }
            long id = rs.getLong(1);
            execute(db, """
                    update programme_call set filing_closes_at = now() + interval '59 minutes'
                    where id = ? and filing_closes_at > now() + interval '59 minutes'""", id);
            return id;
        }
    }

    private static Applicant draft(HttpClient http, String base, long callId, String token) throws Exception {
        HttpResponse<String> created = http.send(request(base + "/api/v1/applications", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"callId\":" + callId + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("create: " + created.statusCode() + " " + created.body());
        }
        long id = JSON.readTree(created.body()).get("id").asLong();
        long figure = upload(http, base, token, id, "FIGURE", "架构图.png", "image/png", Filing.PNG);
        long commitment = upload(http, base, token, id, "COMMITMENT", "承诺.pdf", "application/pdf", Filing.PDF);
        long credit = upload(http, base, token, id, "CREDIT_REPORT", "信用.pdf", "application/pdf", Filing.PDF);
        return new Applicant(id, token, figure, commitment, credit);
    }

    private static long upload(HttpClient http, String base, String token, long id, String purpose, String name,
                               String type, byte[] content) throws Exception {
        String boundary = "----rush" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpResponse<String> answer = http.send(request(base + "/api/v1/applications/" + id
                        + "/attachments?purpose=" + purpose, token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("upload: " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body()).get("fileId").asLong();
    }

    // -------------------------------------------------------------------------------------------------------- run

    /** The content of a section in a round: complete, and marked with the round so that every save differs. */
    static String content(String section, Applicant a, int round) {
        String mark = "（第" + round + "轮）";
        Object value = switch (section) {
            case "basic" -> Filing.basic("数字化车间建设项目" + mark);
            case "overview" -> Filing.narrative("企业概述" + mark);
            case "advancement" -> Filing.narrative("先进性分析" + mark);
            case "implementation" -> Filing.implementation(a.figure());
            case "self-assessment" -> Filing.selfAssessment("75.5");
            case "plan" -> Filing.plan();
            case "scenarios" -> Filing.scenarios();
            case "attachments" -> Filing.attachments(a.commitment(), a.credit());
            default -> throw new IllegalArgumentException(section);
        };
        String json = JSON.writeValueAsString(value);
        return switch (section) {
            case "implementation" -> json.replace("第1项的实施情况说明。", "第1项的实施情况说明" + mark + "。");
            case "self-assessment" -> json.replace("已建成并运行，详见实施现状。", "已建成并运行，详见实施现状" + mark + "。");
            case "plan" -> json.replace("市场需求持续增长，项目具备良好的成长性。", "市场需求持续增长" + mark + "。");
            case "scenarios" -> json.replace("运输时间缩短40%", "运输时间缩短40%" + mark);
            case "attachments" -> json.replace("一种智能装配方法", "一种智能装配方法" + mark)
                    .replace("2031-03-01", java.time.LocalDate.now().minusDays(3).toString());
            default -> json;
        };
    }

    static String marker(int round) {
        return "（第" + round + "轮）";
    }

    /**
     * @param paceMillis 0: closed loop (a client sends its next request when the last one is answered); otherwise
     *                   each client's requests are due every {@code paceMillis}, and a request's time is counted from
     *                   when it was due, so a slow answer that delays the next requests counts against them too
     */
    static void run(String base, Path file, int from, int count, int clients, int rounds, Path ackLog, String label,
                    long paceMillis)
            throws Exception {
        List<Applicant> applicants = Files.readAllLines(file).stream().skip(from).limit(count).map(Applicant::of)
                .toList();
        // every body written before the clock starts: the harness runs on the machine under test, and its own work per
        // request is counted against the application (its processor time per request is the row's last column)
        Map<Applicant, byte[][]> bodies = new HashMap<>();
        for (Applicant a : applicants) {
            byte[][] each = new byte[rounds * SECTIONS.length][];
            for (int round = 1; round <= rounds; round++) {
                for (int s = 0; s < SECTIONS.length; s++) {
                    each[(round - 1) * SECTIONS.length + s] = content(SECTIONS[s], a, round)
                            .getBytes(StandardCharsets.UTF_8);
                }
            }
            bodies.put(a, each);
        }
        // one kept-alive connection per client thread (the JDK keeps 5 per host unless told)
        System.setProperty("http.maxConnections", String.valueOf(Math.max(clients, 5)));
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>(); // {nanos, kind 0 save 1 submit}
        ConcurrentLinkedQueue<String> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            // the clients' schedules spread over one pace, starting one pace from now (after their connections)
            long offset = paceMillis * 1_000_000L * (clients + c) / clients;
            done.add(pool.submit(() -> {
                if (paceMillis > 0) {
                    // a paced client is connected before its schedule starts: its first save is not its first
                    // connection (nor the harness's first request), as an applicant's page is loaded before it saves
                    send("GET", base + "/actuator/health", null, Map.of(), null);
                }
                Pace pace = new Pace(paceMillis * 1_000_000L, System.nanoTime() + offset);
                for (int i = next.getAndIncrement(); i < applicants.size(); i = next.getAndIncrement()) {
                    file(base, applicants.get(i), bodies.get(applicants.get(i)), rounds, pace, latencies, acks,
                            errors);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = processCpuNanos() - cpuStart;
        pool.shutdown();
        Files.write(ackLog, acks, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        long[] all = latencies.stream().mapToLong(l -> l[0]).sorted().toArray();
        long[] saves = latencies.stream().filter(l -> l[1] == 0).mapToLong(l -> l[0]).sorted().toArray();
        long[] submits = latencies.stream().filter(l -> l[1] == 1).mapToLong(l -> l[0]).sorted().toArray();
        errors.stream().limit(5).forEach(e -> System.err.println("error: " + e));
        // label, clients, requests, seconds, req/s, p50, p95, p99, max (ms), errors, saves p99, submits p50, p99,
        // the harness's own processor time per request (ms)
        System.out.printf("%s\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%.1f\t%.1f\t%.1f\t%.2f%n", label,
                clients, all.length, seconds, all.length / seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
                ms(all, 1.0), errors.size(), ms(saves, 0.99), ms(submits, 0.50), ms(submits, 0.99),
                all.length == 0 ? 0.0 : cpu / 1e6 / all.length);
    }

    /** A client's schedule: with a pace, each request is due a pace after the one before it. */
    static final class Pace {
        private final long nanos;
        private long due;

        Pace(long nanos, long first) {
            this.nanos = nanos;
            this.due = first;
        }

        /** Waits until the next request is due (at once in a closed loop) and returns the time it is counted from. */
        long start() {
            if (nanos == 0) {
                return System.nanoTime();
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            long from = due;
            due += nanos;
            return from;
        }
    }

    /** This process's processor time, all threads (the JVM's compilers and collector included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void file(String base, Applicant a, byte[][] bodies, int rounds, Pace pace,
                             ConcurrentLinkedQueue<long[]> latencies, ConcurrentLinkedQueue<String> acks,
                             ConcurrentLinkedQueue<String> errors) {
        Map<String, Integer> versions = new HashMap<>();
        String api = base + "/api/v1/applications/" + a.applicationId();
        for (int round = 1; round <= rounds; round++) {
            for (int s = 0; s < SECTIONS.length; s++) {
                String section = SECTIONS[s];
                int version = versions.getOrDefault(section, 0);
                byte[] body = bodies[(round - 1) * SECTIONS.length + s];
                long t = pace.start();
                try {
                    Answer answer = send("PUT", api + "/sections/" + section, a.token(),
                            Map.of("Content-Type", "application/json", "If-Match", "\"" + version + "\""), body);
                    latencies.add(new long[]{System.nanoTime() - t, 0});
                    if (answer.status() != 200) {
                        errors.add("save " + a.applicationId() + " " + section + ": " + answer.status() + " "
                                + abbreviate(answer.body()));
                        return;
                    }
                    int saved = Integer.parseInt(answer.etag().replace("\"", "").replace("W/", ""));
                    versions.put(section, saved);
                    acks.add("save\t" + a.applicationId() + "\t" + section + "\t" + saved + "\t" + round);
                } catch (IOException | RuntimeException e) {
                    latencies.add(new long[]{System.nanoTime() - t, 0});
                    errors.add("save " + a.applicationId() + " " + section + ": " + e);
                    return;
                }
            }
        }
        long t = pace.start();
        try {
            Answer answer = send("POST", api + "/submit", a.token(), Map.of("Idempotency-Key",
                    "rush-" + a.applicationId()), null);
            latencies.add(new long[]{System.nanoTime() - t, 1});
            if (answer.status() != 200) {
                errors.add("submit " + a.applicationId() + ": " + answer.status() + " " + abbreviate(answer.body()));
                return;
            }
            JsonNode body = JSON.readTree(answer.body());
            acks.add("submit\t" + a.applicationId() + "\t-\t" + body.get("versionNumber").asInt() + "\t" + rounds);
        } catch (IOException | RuntimeException e) {
            latencies.add(new long[]{System.nanoTime() - t, 1});
            errors.add("submit " + a.applicationId() + ": " + e);
        }
    }

    record Answer(int status, String etag, String body) {
    }

    /**
     * One request on the JDK's blocking HTTP client (keep-alive connections, reused by each client thread): far less
     * work per request on the machine under test than {@code java.net.http.HttpClient}, whose asynchronous machinery
     * took about half a core at 150 requests a second.
     */
    private static Answer send(String method, String url, String token, Map<String, String> headers, byte[] body)
            throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(10_000);
        c.setReadTimeout(60_000);
        if (token != null) {
            c.setRequestProperty("Authorization", "Bearer " + token);
        }
        c.setRequestProperty("Accept", "application/json");
        headers.forEach(c::setRequestProperty);
        if (body != null) {
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        } else if (!method.equals("GET")) {
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(0);
            c.getOutputStream().close();
        }
        int status = c.getResponseCode();
        InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
        String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (in != null) {
            in.close(); // the whole answer read: the connection goes back to the keep-alive cache
        }
        return new Answer(status, c.getHeaderField("ETag"), text);
    }

    // ------------------------------------------------------------------------------------------------------ check

    static boolean check(String jdbcUrl, Path file, int from, int count, Path ackLog) throws Exception {
        List<Applicant> applicants = Files.readAllLines(file).stream().skip(from).limit(count).map(Applicant::of)
                .toList();
        Map<String, List<int[]>> saves = new HashMap<>(); // app/section -> {version, round}
        Map<Long, Integer> submitted = new HashMap<>();
        int submitAcks = 0;
        for (String line : Files.readAllLines(ackLog, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f[0].equals("save")) {
                saves.computeIfAbsent(f[1] + "/" + f[2], k -> new ArrayList<>())
                        .add(new int[]{Integer.parseInt(f[3]), Integer.parseInt(f[4])});
            } else {
                submitted.merge(Long.parseLong(f[1]), Integer.parseInt(f[3]), (x, y) -> -1);
                submitAcks++;
            }
        }
        List<String> problems = new ArrayList<>();
        int checkedSaves = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, DB_USER, DB_PASSWORD)) {
            for (Applicant a : applicants) {
                Map<String, String[]> stored = new LinkedHashMap<>();
                try (PreparedStatement s = db.prepareStatement(
                        "select section_key, version, content from application_section where application_id = ?")) {
                    s.setLong(1, a.applicationId());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            stored.put(rs.getString(1).toLowerCase().replace('_', '-'),
                                    new String[]{rs.getString(2), rs.getString(3)});
                        }
                    }
                }
                for (String section : SECTIONS) {
                    List<int[]> acked = saves.getOrDefault(a.applicationId() + "/" + section, List.of());
                    checkedSaves += acked.size();
                    int[] versions = acked.stream().mapToInt(v -> v[0]).sorted().toArray();
                    for (int i = 0; i < versions.length; i++) {
                        if (versions[i] != i + 1) {
                            problems.add(a.applicationId() + "/" + section + ": acknowledged versions "
                                    + Arrays.toString(versions));
                            break;
                        }
                    }
                    String[] row = stored.get(section);
                    if (acked.isEmpty()) {
                        continue;
                    }
                    int[] last = acked.stream().max((x, y) -> Integer.compare(x[0], y[0])).orElseThrow();
                    if (row == null || Integer.parseInt(row[0]) != last[0]) {
                        problems.add(a.applicationId() + "/" + section + ": stored version "
                                + (row == null ? "none" : row[0]) + ", acknowledged " + last[0]);
                    } else if (!section.equals("implementation") && !row[1].contains(marker(last[1]))
                            || section.equals("implementation") && !row[1].contains(marker(last[1]))) {
                        problems.add(a.applicationId() + "/" + section + ": stored content is not round " + last[1]);
                    }
                }
                Integer version = submitted.get(a.applicationId());
                String status = single(db, "select status || '/' || last_version_no from project_application where id = "
                        + a.applicationId());
                int frozen = Integer.parseInt(single(db, "select count(*) from application_version where application_id = "
                        + a.applicationId()));
                int changes = Integer.parseInt(single(db, "select count(*) from application_status_history "
                        + "where application_id = " + a.applicationId() + " and to_status = 'SUBMITTED'"));
                String snapshotHasLast = single(db, "select coalesce(bool_and(position('企业概述" + marker(Math.max(1,
                        lastRound(saves, a))) + "' in snapshot) > 0), false)::text from application_version "
                        + "where application_id = " + a.applicationId());
                if (version == null) {
                    if (frozen != 0 || changes != 0) {
                        problems.add(a.applicationId() + ": submit not acknowledged, yet " + frozen + " versions");
                    }
                } else if (version != 1 || frozen != 1 || changes != 1 || !status.equals("SUBMITTED/1")
                        || !snapshotHasLast.equals("true")) {
                    problems.add(a.applicationId() + ": submit acknowledged as version " + version + "; stored "
                            + status + ", " + frozen + " frozen versions, " + changes + " status changes, last content "
                            + snapshotHasLast);
                }
            }
        }
        problems.stream().limit(20).forEach(p -> System.out.println("PROBLEM " + p));
        System.out.printf("check: %d applications, %d acknowledged saves, %d acknowledged submissions: %s%n",
                applicants.size(), checkedSaves, submitAcks,
                problems.isEmpty() ? "every acknowledged write present exactly once, no half-submission, "
                        + "no duplicate frozen version" : problems.size() + " PROBLEMS");
        return problems.isEmpty();
    }

    private static int lastRound(Map<String, List<int[]>> saves, Applicant a) {
        return saves.getOrDefault(a.applicationId() + "/overview", List.of()).stream().mapToInt(v -> v[1]).max()
                .orElse(1);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) : body;
    }

    static String sm3(String token) {
        SM3Digest digest = new SM3Digest();
        byte[] input = token.getBytes(StandardCharsets.UTF_8);
        digest.update(input, 0, input.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return Hex.toHexString(out);
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long insert(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void execute(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    @SuppressWarnings("unused")
    private static <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy);
        return copy;
    }

    private DeadlineRush() {
    }
}
