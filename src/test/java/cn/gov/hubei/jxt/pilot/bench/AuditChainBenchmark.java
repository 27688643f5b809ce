package cn.gov.hubei.jxt.pilot.bench;

import cn.gov.hubei.jxt.pilot.PilotApplication;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerifier;
import cn.gov.hubei.jxt.pilot.audit.AuditCheckpoints;
import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditChainHash;
import org.bouncycastle.util.encoders.Hex;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The audit trail's figures (docs/benchmarks.md), on the real application over a throwaway embedded database:
 * <ol>
 *   <li>the backup and the restore of the demo database with its file store and keys ({@code scripts/backup.sh},
 *   {@code scripts/restore.sh}), just after the demo data was loaded;</li>
 *   <li>the time to verify a keyed chain of {@code bench.entries} (100,000) entries with its checkpoints: the entries
 *   are loaded by SQL with their HMAC-SM3 computed as the trail does, then {@link AuditChainVerifier#verify()} runs
 *   {@code bench.runs} (5) times after one unmeasured run.</li>
 * </ol>
 * A Java main in the test sources (not JMH: each run takes seconds and reads the database), run as the README says.
 */
public final class AuditChainBenchmark {

    private static final String KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    private AuditChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = Integer.getInteger("bench.entries", 100_000);
        int runs = Integer.getInteger("bench.runs", 5);
        Path dir = Files.createTempDirectory("audit-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PilotApplication.class).run(
                "--server.port=0", "--app.embedded-db.port=0", "--app.scheduling.enabled=false",
                "--app.embedded-db.directory=" + dir.resolve("db"), "--app.files.directory=" + dir.resolve("db/files"),
                "--app.audit.chain-key=" + KEY,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            context.getBean(AuditCheckpoints.class).signScheduled();

            System.out.printf("Demo database: %d rows in %d tables, %d stored files%n",
                    jdbc.sql("select sum((xpath('/row/c/text()', query_to_xml('select count(*) as c from public.'"
                            + " || quote_ident(table_name), false, true, '')))[1]::text::bigint) from "
                            + "information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
                            .query(Long.class).single(),
                    jdbc.sql("select count(*) from information_schema.tables where table_schema = 'public' "
                            + "and table_type = 'BASE TABLE'").query(Long.class).single(),
                    countFiles(dir.resolve("db/files")));
            long backup = script(List.of("bash", "scripts/backup.sh", dir.resolve("backup").toString()), dir);
            long restore = script(List.of("bash", "scripts/restore.sh", dir.resolve("backup").toString(),
                    dir.resolve("restored").toString()), dir);
            System.out.printf("Backup: %d ms (%s), restore: %d ms%n", backup,
                    humanSize(sizeOf(dir.resolve("backup"))), restore);

            load(context, jdbc, entries);
            context.getBean(AuditCheckpoints.class).signNow();
            AuditChainVerifier verifier = context.getBean(AuditChainVerifier.class);
            AuditChainVerification first = verifier.verify();
            if (!first.intact()) {
                throw new IllegalStateException("The loaded chain does not verify: " + first);
            }
            double[] seconds = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                AuditChainVerification result = verifier.verify();
                seconds[i] = (System.nanoTime() - start) / 1e9;
                if (!result.intact()) {
                    throw new IllegalStateException("Verification failed: " + result);
                }
            }
            Arrays.sort(seconds);
            System.out.printf("Verify %d entries and %d checkpoints: median %.2f s, min %.2f s, max %.2f s "
                            + "(%d runs after one unmeasured), %.0f entries/s%n", first.checkedEntries(),
                    first.checkpointsChecked(), seconds[runs / 2], seconds[0], seconds[runs - 1], runs,
                    first.checkedEntries() / seconds[runs / 2]);
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Appends {@code count} keyed entries after the head, as the trail would have (batches of 1000 statements). */
    private static void load(ConfigurableApplicationContext context, JdbcClient jdbc, int count) {
        JdbcTemplate template = context.getBean(JdbcTemplate.class);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        byte[] key = Hex.decode(KEY);
        String algorithm = jdbc.sql("select algorithm from audit_entry order by seq desc limit 1")
                .query(String.class).single();
        long startMillis = System.currentTimeMillis();
        transaction.executeWithoutResult(status -> {
            long seq = jdbc.sql("select last_seq from audit_chain_head").query(Long.class).single();
            String prev = jdbc.sql("select last_hash from audit_chain_head").query(String.class).single();
            Instant time = Instant.now().truncatedTo(ChronoUnit.MICROS);
            template.execute("set local session_replication_role = replica");
            List<Object[]> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                seq++;
                Instant at = time.plusMillis(i);
                String actor = "user" + (i % 50);
                String action = i % 3 == 0 ? "identity.login" : "application.section-saved";
                String targetId = String.valueOf(1000 + i % 997);
                String details = "{\"i\":" + i + ",\"section\":\"BASIC\",\"version\":" + (i % 7) + "}";
                String hash = AuditChainHash.computeKeyed(key, algorithm, seq, at, actor, "APPLICANT", "10.0.0.1",
                        action, "application", targetId, AuditOutcome.SUCCESS, details, prev);
                batch.add(new Object[]{seq, Timestamp.from(at), actor, "APPLICANT", "10.0.0.1", action, "application",
                        targetId, "SUCCESS", details, prev, hash, algorithm});
                prev = hash;
                if (batch.size() == 1000 || i == count - 1) {
                    template.batchUpdate("""
                            insert into audit_entry (seq, occurred_at, actor, role, client_address, action, target_type,
                                                     target_id, outcome, details, prev_hash, hash, algorithm)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), ?, ?, ?)""", batch);
                    batch.clear();
                }
            }
            template.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, prev);
        });
        System.out.printf("Loaded %d entries in %d ms%n", count, System.currentTimeMillis() - startMillis);
    }

    private static long script(List<String> command, Path dir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("DATA_DIR", dir.resolve("db").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed");
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static long countFiles(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).count();
        }
    }

    private static long sizeOf(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String humanSize(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
