package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.TestDirectories;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification;
import cn.gov.hubei.jxt.pilot.audit.AuditCheckpoint;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.notification.Mailbox;
import cn.gov.hubei.jxt.pilot.platform.EmbeddedPostgresLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/backup.sh and scripts/restore.sh on the tests' running embedded database (the demo data and what the tests
 * wrote so far) and file store: the backup is restored into a fresh directory, a second embedded PostgreSQL starts on
 * it, and the copy must equal the original: the rows of every table, the digest of every stored file, and the audit
 * chain verified with its checkpoints to the same head. Needs psql (package postgresql-client; .ci/run installs it).
 */
@IntegrationTest
class BackupRestoreTest {

    private static final Logger log = LoggerFactory.getLogger(BackupRestoreTest.class);
    private static final Path DATA = TestDirectories.database();
    private static final Path FILES = TestDirectories.files();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcAuditCheckpoints checkpoints;
    @Autowired
    AuditSigningKey signingKey;
    @Autowired
    Mailbox mailbox;
    @Autowired
    MessageSource messages;
    @Autowired
    Clock clock;

    @Test
    void aRestoredCopyEqualsTheOriginal(@TempDir Path temp) throws Exception {
        trail.record(AuditRecord.of("test.before-backup").build());
        AuditCheckpoint checkpoint = checkpoints.signNow().orElseThrow();
        Map<String, Long> rows = rowCounts(jdbc);
        Map<String, String> files = digests(FILES);
        String head = jdbc.sql("select last_seq || ' ' || last_hash from audit_chain_head").query(String.class).single();
        assertThat(rows.get("audit_entry")).isGreaterThan(10);
        assertThat(files).isNotEmpty();

        Path backup = temp.resolve("backup");
        long backupMillis = run(List.of("bash", "scripts/backup.sh", backup.toString()),
                Map.of("DATA_DIR", DATA.toString(), "FILES_DIR", FILES.toString()));
        String manifest = Files.readString(backup.resolve("MANIFEST"));
        assertThat(manifest).contains("audit-head: " + head + "\n").contains("  keys.tar.gz\n")
                .contains("  files.tar.gz\n").contains("  audit-checkpoints.tar.gz\n");
        assertThat(rowCounts(jdbc)).as("nothing wrote while the backup ran").isEqualTo(rows);

        Path target = temp.resolve("restored");
        long restoreMillis = run(List.of("bash", "scripts/restore.sh", backup.toString(), target.toString()),
                Map.of());
        log.info("Backup of the test database took {} ms, restore {} ms ({} rows in {} tables, {} files)",
                backupMillis, restoreMillis, rows.values().stream().mapToLong(Long::longValue).sum(), rows.size(),
                files.size());

        assertThat(digests(target.resolve("files"))).isEqualTo(files);
        assertThat(Files.readString(target.resolve("keys/audit-signing-key.pem")))
                .isEqualTo(Files.readString(DATA.resolve("keys/audit-signing-key.pem")));
        assertThat(target.resolve("audit-checkpoints").resolve(checkpoint.fileName())).exists();

        try (EmbeddedPostgresLauncher.Running restored = new EmbeddedPostgresLauncher(target, 0, false).start()) {
            SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
                    restored.jdbcUrl());
            JdbcClient copy = JdbcClient.create(dataSource);
            assertThat(rowCounts(copy)).isEqualTo(rows);

            AuditSigningKey restoredKey = new AuditSigningKey("", target.resolve("keys").toString());
            assertThat(restoredKey.publicKeyId()).isEqualTo(signingKey.publicKeyId());
            JdbcAuditCheckpoints restoredCheckpoints = new JdbcAuditCheckpoints(copy, clock, restoredKey, trail,
                    mailbox, messages, new DataSourceTransactionManager(dataSource),
                    target.resolve("audit-checkpoints").toString(), "");
            JdbcAuditChainVerifier verifier = new JdbcAuditChainVerifier(copy, clock,
                    new ChainKeys(IntegrationTest.AUDIT_CHAIN_KEY, "", List.of(), target.resolve("keys").toString()),
                    restoredKey, restoredCheckpoints);
            AuditChainVerification result = verifier.verifyWith(List.of(Files.readString(
                    target.resolve("audit-checkpoints").resolve(checkpoint.fileName()))));
            assertThat(result.intact()).isTrue();
            assertThat(result.headSeq() + " " + result.headHash()).isEqualTo(head);
            assertThat(result.checkpointsChecked()).isEqualTo(rows.get("audit_checkpoint").intValue() + 1);
        }
    }

    /** Every table of the schema with its number of rows. */
    static Map<String, Long> rowCounts(JdbcClient db) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : db.sql("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' order by table_name").query(String.class).list()) {
            counts.put(table, db.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }

    /** SHA-256 of every file under the directory, by relative path. */
    static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                try {
                    digests.put(root.relativize(file).toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return digests;
    }

    /** Runs a script from the project directory; its output goes to the test's log. Answers how long it took. */
    private static long run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        log.info("{}:\n{}", command, output);
        assertThat(process.exitValue()).as(output).isZero();
        return millis;
    }
}
