package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification.Problem;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerifier;
import cn.gov.hubei.jxt.pilot.audit.AuditCheckpoint;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.notification.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a database administrator can do with plain SQL (triggers off, hashes recomputed) against the keyed chain and
 * its signed checkpoints. Every test runs in a transaction that is rolled back, so the shared chain stays as it was.
 */
@IntegrationTest
class KeyedAuditChainTest {

    private static final ChainKey KEY = ChainKey.ofHex(IntegrationTest.AUDIT_CHAIN_KEY);
    private static final ChainKey WRONG_KEY = ChainKey.ofHex("ff".repeat(32));

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    JdbcAuditCheckpoints checkpoints;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditSigningKey signingKey;
    @Autowired
    Mailbox mailbox;
    @Autowired
    MessageSource messages;

    @BeforeEach
    @AfterEach
    void clearRequestAndUser() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void newEntriesCarryHmacSm3WithTheKeyOutsideTheDatabase() {
        rolledBack(() -> {
            List<AuditEntry> three = recordThree("keyed");
            for (AuditEntry entry : three) {
                assertThat(entry.algorithm()).isEqualTo("hmac-sm3:" + KEY.id());
                assertThat(entry.hash()).isEqualTo(AuditChainHash.computeKeyed(KEY.secret(), KEY.algorithm(),
                        entry.seq(), entry.occurredAt(), entry.actor(), entry.role(), entry.clientAddress(),
                        entry.action(), entry.targetType(), entry.targetId(), entry.outcome(), entry.details(),
                        entry.prevHash()));
                assertThat(entry.hash()).isNotEqualTo(entry.plainHash()).isNotEqualTo(entry.keyedHash(WRONG_KEY));
            }
            assertThat(verifier.verify().intact()).isTrue();
        });
    }

    @Test
    void anEntryRewrittenWithPlainSm3HashesRecomputedIsDetectedAtThatEntry() {
        rolledBack(() -> {
            List<AuditEntry> three = recordThree("plain-sm3");
            AuditEntry middle = three.get(1);
            asDba("update audit_entry set actor = 'mallory' where seq = ?", middle.seq());
            rehashFrom(middle.seq(), (e) -> e.plainHash(), null);

            AuditChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(middle.seq());
            assertThat(result.problem()).isEqualTo(Problem.HASH_MISMATCH);
            assertThat(result.checkedEntries()).isEqualTo(middle.seq() - 1);
        });
    }

    @Test
    void entriesRelabelledAsPlainSm3AfterKeyedOnesAreADowngrade() {
        rolledBack(() -> {
            List<AuditEntry> three = recordThree("downgrade");
            AuditEntry middle = three.get(1);
            asDba("update audit_entry set actor = 'mallory', algorithm = 'sm3' where seq >= ?", middle.seq());
            rehashFrom(middle.seq(), (e) -> e.plainHash(), null);

            AuditChainVerification result = verifier.verify();
            assertThat(result.firstBrokenSeq()).isEqualTo(middle.seq());
            assertThat(result.problem()).isEqualTo(Problem.ALGORITHM_DOWNGRADE);
        });
    }

    @Test
    void anEntryRehashedWithAWrongKeyIsDetected() {
        rolledBack(() -> {
            List<AuditEntry> three = recordThree("wrong-key");
            AuditEntry middle = three.get(1);
            asDba("update audit_entry set details = '{\"i\":99}' where seq = ?", middle.seq());
            // The forger keeps the algorithm's key id but has another key.
            rehashFrom(middle.seq(), (e) -> AuditChainHash.computeKeyed(WRONG_KEY.secret(), e.algorithm(), e.seq(),
                    e.occurredAt(), e.actor(), e.role(), e.clientAddress(), e.action(), e.targetType(),
                    e.targetId(), e.outcome(), e.details(), e.prevHash()), null);
            AuditChainVerification kept = verifier.verify();
            assertThat(kept.firstBrokenSeq()).isEqualTo(middle.seq());
            assertThat(kept.problem()).isEqualTo(Problem.HASH_MISMATCH);

            // Naming its own key instead is a key this installation does not hold.
            rehashFrom(middle.seq(), (e) -> e.keyedHash(WRONG_KEY), WRONG_KEY.algorithm());
            AuditChainVerification named = verifier.verify();
            assertThat(named.firstBrokenSeq()).isEqualTo(middle.seq());
            assertThat(named.problem()).isEqualTo(Problem.UNKNOWN_KEY);
        });
    }

    @Test
    void deletingTheLastEntriesAfterACheckpointIsDetectedByTheCheckpointAndByItsFile() {
        clock.set(Instant.parse("2033-03-03T03:03:00Z"));
        rolledBack(() -> {
            List<AuditEntry> three = recordThree("cut-tail");
            AuditCheckpoint checkpoint = checkpoints.signNow().orElseThrow();
            assertThat(checkpoint.headSeq()).isEqualTo(three.get(2).seq());
            assertThat(checkpoint.headHash()).isEqualTo(three.get(2).hash());
            assertThat(checkpoint.period()).isEqualTo("manual-2033-03-03T03:03Z");
            appendInThisTransaction(AuditRecord.of("test.after-checkpoint").build());
            AuditChainVerification before = verifier.verify();
            assertThat(before.intact()).isTrue();
            assertThat(before.checkpointsChecked()).isGreaterThanOrEqualTo(1);

            // The administrator cuts the chain back to the first of the three and moves the head there.
            asDba("delete from audit_entry where seq >= ?", three.get(1).seq());
            asDba("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", three.get(0).seq(),
                    three.get(0).hash());
            AuditChainVerification cut = verifier.verify();
            assertThat(cut.intact()).isFalse();
            assertThat(cut.problem()).isEqualTo(Problem.CHECKPOINT_NOT_ON_CHAIN);
            assertThat(cut.firstBrokenSeq()).isEqualTo(three.get(2).seq());
            assertThat(cut.brokenCheckpoint()).isEqualTo(checkpoint.period());

            // And removes the checkpoint too: the database alone now looks intact, the auditor's file does not.
            asDba("delete from audit_checkpoint where id = ?", checkpoint.id());
            assertThat(verifier.verify().intact()).isTrue();
            AuditChainVerification withFile = verifier.verifyWith(List.of(checkpoint.fileText()));
            assertThat(withFile.intact()).isFalse();
            assertThat(withFile.problem()).isEqualTo(Problem.CHECKPOINT_NOT_ON_CHAIN);
            assertThat(withFile.brokenCheckpoint()).isEqualTo(checkpoint.period());
        });
    }

    @Test
    void aValidTrailPassesWithItsCheckpointsAndTheKeptFiles() {
        clock.set(Instant.parse("2033-04-04T04:04:00Z"));
        rolledBack(() -> {
            recordThree("valid");
            AuditCheckpoint checkpoint = checkpoints.signNow().orElseThrow();
            // A double click within the minute answers the same checkpoint.
            assertThat(checkpoints.signNow().orElseThrow().id()).isEqualTo(checkpoint.id());
            AuditChainVerification result = verifier.verifyWith(List.of(checkpoint.fileText(),
                    checkpoint.fileText().replace("\n", "\r\n")));
            assertThat(result.intact()).isTrue();
            assertThat(result.checkpointsChecked()).isEqualTo(count("select count(*) from audit_checkpoint") + 2);
            assertThat(result.brokenCheckpoint()).isNull();
        });
    }

    @Test
    void aCheckpointFileAlteredOrSignedWithAnotherKeyIsRefused() {
        clock.set(Instant.parse("2033-05-05T05:05:00Z"));
        rolledBack(() -> {
            List<AuditEntry> three = recordThree("forged-checkpoint");
            AuditCheckpoint checkpoint = checkpoints.signNow().orElseThrow();
            String altered = checkpoint.fileText().replace("seq: " + checkpoint.headSeq(),
                    "seq: " + three.get(0).seq()).replace(checkpoint.headHash(), three.get(0).hash());
            AuditChainVerification result = verifier.verifyWith(List.of(altered));
            assertThat(result.problem()).isEqualTo(Problem.CHECKPOINT_SIGNATURE_INVALID);
            assertThat(result.firstBrokenSeq()).isEqualTo(three.get(0).seq());

            assertThatThrownBy(() -> verifier.verifyWith(List.of("hello"))).isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void theHourlyCheckpointIsSignedOncePerHourWhicheverNodeAsks() {
        clock.set(Instant.parse("2033-06-06T06:07:00Z"));
        rolledBack(() -> {
            recordThree("hourly");
            AuditCheckpoint first = checkpoints.signScheduled().orElseThrow();
            assertThat(first.period()).isEqualTo("2033-06-06T06Z");
            assertThat(first.createdBy()).isEqualTo("system");
            // The head has not moved: nothing to sign.
            assertThat(checkpoints.signScheduled()).isEmpty();
            // The head moved, but this hour is signed already (another node, or this one).
            appendInThisTransaction(AuditRecord.of("test.hourly-more").build());
            assertThat(checkpoints.signScheduled()).isEmpty();
            assertThat(count("select count(*) from audit_checkpoint where period = '2033-06-06T06Z'")).isEqualTo(1);
            clock.set(Instant.parse("2033-06-06T07:07:00Z"));
            assertThat(checkpoints.signScheduled().orElseThrow().period()).isEqualTo("2033-06-06T07Z");
        });
    }

    @Test
    void aCheckpointIsWrittenAsAFileAndMailedToTheAuditor(@org.junit.jupiter.api.io.TempDir Path directory)
            throws Exception {
        clock.set(Instant.parse("2033-07-07T07:07:00Z"));
        JdbcAuditCheckpoints mailing = new JdbcAuditCheckpoints(jdbc, clock, signingKey, trail, mailbox, messages,
                transactions, directory.toString(), "auditor@example.cn");
        AuditCheckpoint[] signed = new AuditCheckpoint[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            recordThree("mailed");
            signed[0] = mailing.signScheduled().orElseThrow();
            assertThat(jdbc.sql("select subject from mail_outbox where recipient = 'auditor@example.cn' "
                            + "order by id desc limit 1").query(String.class).single())
                    .isEqualTo("审计日志检查点 2033-07-07T07Z");
            assertThat(jdbc.sql("select body from mail_outbox where recipient = 'auditor@example.cn' "
                    + "order by id desc limit 1").query(String.class).single()).endsWith(signed[0].fileText());
            status.setRollbackOnly();
        });
        // Written after commit only: this one was rolled back.
        assertThat(directory.resolve("audit-checkpoint-2033-07-07T07Z.txt")).doesNotExist();
        AuditCheckpoint committed = mailing.signNow().orElseThrow();
        assertThat(committed.fileName()).isEqualTo("audit-checkpoint-manual-2033-07-07T0707Z.txt");
        assertThat(Files.readString(directory.resolve(committed.fileName()))).isEqualTo(committed.fileText());
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aChangedKeyIsMarkedInTheChainAndVerifiesWithTheEarlierKeyKept(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path oldKeyFile = dir.resolve("old.key");
        Files.writeString(oldKeyFile, IntegrationTest.AUDIT_CHAIN_KEY + "\n");
        ChainKeys rotated = new ChainKeys("ab".repeat(32), "", List.of(oldKeyFile.toString()), dir.toString());
        JdbcAuditTrail afterRotation = new JdbcAuditTrail(jdbc, clock, transactions, rotated);
        rolledBack(() -> {
            AuditEntry last = recordThree("rotation").get(2);
            AuditEntry appended = afterRotation.append(AuditRecord.of("test.after-rotation").build());
            AuditEntry marker = entry(appended.seq() - 1);
            assertThat(marker.seq()).isEqualTo(last.seq() + 1);
            assertThat(marker.action()).isEqualTo("audit.chain-key-changed");
            assertThat(marker.actor()).isEqualTo("system");
            assertThat(marker.details()).isEqualTo("{\"from\":\"" + KEY.algorithm() + "\",\"to\":\""
                    + rotated.current().algorithm() + "\"}");
            assertThat(marker.algorithm()).isEqualTo(rotated.current().algorithm());
            assertThat(appended.algorithm()).isEqualTo(rotated.current().algorithm());

            JdbcAuditChainVerifier withBothKeys = new JdbcAuditChainVerifier(jdbc, clock, rotated, signingKey,
                    checkpoints);
            assertThat(withBothKeys.verify().intact()).isTrue();
            // An installation that was not given the new key cannot vouch for the entries written with it.
            AuditChainVerification withoutNewKey = verifier.verify();
            assertThat(withoutNewKey.problem()).isEqualTo(Problem.UNKNOWN_KEY);
            assertThat(withoutNewKey.firstBrokenSeq()).isEqualTo(marker.seq());
        });
    }

    @Test
    void theDatabaseKeepsEntriesSixMonthsAndNeverUpdatesOrDeletesOlderOnes() {
        rolledBack(() -> {
            AuditEntry young = recordThree("retention").get(0);
            String keptUntil = young.occurredAt().atZone(java.time.ZoneOffset.UTC).plusMonths(6).toLocalDate()
                    .toString();
            assertThat(refusal("delete from audit_entry where seq = " + young.seq()))
                    .isEqualTo("audit entry " + young.seq() + " is kept at least 6 months (until " + keptUntil
                            + "): DELETE is not allowed");
        });
        rolledBack(() -> {
            AuditEntry old = recordThree("retention-old").get(0);
            asDba("update audit_entry set occurred_at = timestamptz '2020-01-01 00:00:00Z' where seq = ?", old.seq());
            assertThat(refusal("delete from audit_entry where seq = " + old.seq()))
                    .isEqualTo("audit_entry is append-only: DELETE is not allowed");
            assertThat(refusal("update audit_entry set actor = 'x' where seq = " + old.seq()))
                    .isEqualTo("audit_entry is append-only: UPDATE is not allowed");
        });
        rolledBack(() -> {
            recordThree("checkpoint-immutable");
            clock.set(Instant.parse("2033-08-08T08:08:00Z"));
            AuditCheckpoint checkpoint = checkpoints.signNow().orElseThrow();
            assertThat(refusal("delete from audit_checkpoint where id = " + checkpoint.id()))
                    .isEqualTo("audit_checkpoint is append-only: DELETE is not allowed");
        });
        rolledBack(() -> assertThat(refusal("""
                insert into audit_entry (seq, occurred_at, actor, action, outcome, details, prev_hash, hash, algorithm)
                select last_seq + 1, now(), 'mallory', 'test.plain', 'SUCCESS', '{}', last_hash, repeat('f', 64), 'sm3'
                from audit_chain_head""")).endsWith("must be keyed (hmac-sm3), not plain sm3"));
    }

    // --- helpers

    /**
     * Appends at once in the test's transaction (which these tests roll back), where {@link AuditTrail#record} would
     * chain the entry only at a commit.
     */
    private void appendInThisTransaction(AuditRecord record) {
        ((JdbcAuditTrail) trail).append(record);
    }

    private void rolledBack(Runnable test) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                test.run();
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    /** A statement that the database refuses, run in a savepoint so that the test's transaction goes on. */
    private String refusal(String sql) {
        jdbc.sql("savepoint refusal").update();
        try {
            jdbc.sql(sql).update();
            throw new AssertionError("The database accepted: " + sql);
        } catch (DataAccessException e) {
            jdbc.sql("rollback to savepoint refusal").update();
            Throwable cause = e;
            while (cause != null && !(cause instanceof PSQLException)) {
                cause = cause.getCause();
            }
            return ((PSQLException) cause).getServerErrorMessage().getMessage();
        }
    }

    /** What a database administrator can do: switch the triggers off for the statement. */
    private void asDba(String sql, Object... params) {
        jdbc.sql("set local session_replication_role = replica").update();
        jdbc.sql(sql).params(params).update();
        jdbc.sql("set local session_replication_role = origin").update();
    }

    /** Recomputes every hash from {@code seq} to the head as the forger would, relinking the chain and its head. */
    private void rehashFrom(long seq, Function<AuditEntry, String> hashing, String algorithm) {
        List<AuditEntry> rest = jdbc.sql("select " + AuditEntryRowMapper.COLUMNS + " from audit_entry where seq >= ? "
                + "order by seq").param(seq).query(AuditEntryRowMapper.INSTANCE).list();
        String prev = entry(seq - 1).hash();
        for (AuditEntry e : rest) {
            AuditEntry relinked = new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.role(), e.clientAddress(),
                    e.action(), e.targetType(), e.targetId(), e.outcome(), e.details(), prev, null,
                    algorithm == null ? e.algorithm() : algorithm);
            String hash = hashing.apply(relinked);
            asDba("update audit_entry set prev_hash = ?, hash = ?, algorithm = ? where seq = ?", prev, hash,
                    relinked.algorithm(), e.seq());
            prev = hash;
        }
        asDba("update audit_chain_head set last_hash = ? where id = 1", prev);
    }

    private AuditEntry entry(long seq) {
        return jdbc.sql("select " + AuditEntryRowMapper.COLUMNS + " from audit_entry where seq = ?").param(seq)
                .query(AuditEntryRowMapper.INSTANCE).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private List<AuditEntry> recordThree(String what) {
        String action = "test." + what + "-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            appendInThisTransaction(AuditRecord.of(action).detail("i", i).build());
        }
        return jdbc.sql("select " + AuditEntryRowMapper.COLUMNS + " from audit_entry where action = ? order by seq")
                .param(action).query(AuditEntryRowMapper.INSTANCE).list();
    }
}
