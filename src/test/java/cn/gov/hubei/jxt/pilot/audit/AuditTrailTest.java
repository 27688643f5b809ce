package cn.gov.hubei.jxt.pilot.audit;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditEntry;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditEntrySearch;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditQuery;
import cn.gov.hubei.jxt.pilot.audit.internal.ChainKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail against the real database. Other tests of this JVM write entries too, so every test looks only at
 * entries with its own unique action, and the tamper tests restore what they changed before they end (in a finally),
 * leaving the shared chain intact.
 */
@IntegrationTest
class AuditTrailTest {

    private static final ChainKey KEY = ChainKey.ofHex(IntegrationTest.AUDIT_CHAIN_KEY);

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    AuditEntrySearch search;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    PlatformTransactionManager transactions;

    /** The test framework puts a mock request on every test thread; these tests decide themselves whether there is one. */
    @BeforeEach
    @AfterEach
    void clearRequestAndUser() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void appendsAnEntryAndReadsBackExactlyWhatWasHashed() {
        clock.set(Instant.parse("2031-01-02T03:04:05.123456789Z"));
        String action = uniqueAction("read-back");
        trail.record(AuditRecord.of(action).target("application", "A-42").outcome(AuditOutcome.DENIED)
                .detail("b", 2).detail("a", "甲").actor("zhangsan", "RECOMMENDER").clientAddress("10.1.2.3").build());

        AuditEntry entry = single(action);
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2031-01-02T03:04:05.123456Z"));
        assertThat(entry.actor()).isEqualTo("zhangsan");
        assertThat(entry.role()).isEqualTo("RECOMMENDER");
        assertThat(entry.clientAddress()).isEqualTo("10.1.2.3");
        assertThat(entry.action()).isEqualTo(action);
        assertThat(entry.targetType()).isEqualTo("application");
        assertThat(entry.targetId()).isEqualTo("A-42");
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(entry.details()).isEqualTo("{\"a\":\"甲\",\"b\":2}");
        assertThat(entry.hash()).hasSize(64).isEqualTo(entry.keyedHash(KEY));
        assertThat(entry.prevHash()).isEqualTo(hashOf(entry.seq() - 1));
        assertThat(jdbc.sql("select occurred_at = timestamptz '2031-01-02 11:04:05.123456+08' from audit_entry where seq = ?")
                .param(entry.seq()).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select details::jsonb ->> 'a' from audit_entry where seq = ?")
                .param(entry.seq()).query(String.class).single()).isEqualTo("甲");
        assertThat(head()).isEqualTo(new Head(entry.seq(), entry.hash()));
        assertThat(search.knownActions()).contains(action);
    }

    @Test
    void takesActorRoleAndAddressFromTheLoggedInUserAndTheRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.20.30.40");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "wangwu", null, AuthorityUtils.createAuthorityList("PERMISSION_X", "ROLE_OFFICER", "ROLE_EXPERT")));
        String action = uniqueAction("defaults");

        trail.record(AuditRecord.of(action).build());

        AuditEntry entry = single(action);
        assertThat(entry.actor()).isEqualTo("wangwu");
        assertThat(entry.role()).isEqualTo("OFFICER");
        assertThat(entry.clientAddress()).isEqualTo("10.20.30.40");
        assertThat(entry.targetType()).isNull();
        assertThat(entry.targetId()).isNull();
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(entry.details()).isEqualTo("{}");
    }

    @Test
    void anExplicitActorWinsWithItsOwnRoleEvenANullOne() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.20.30.41");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "wangwu", null, AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
        String action = uniqueAction("explicit");

        trail.record(AuditRecord.of(action).actor("attempted-name", null).clientAddress("192.0.2.9")
                .outcome(AuditOutcome.FAILURE).build());

        AuditEntry entry = single(action);
        assertThat(entry.actor()).isEqualTo("attempted-name");
        assertThat(entry.role()).isNull();
        assertThat(entry.clientAddress()).isEqualTo("192.0.2.9");
    }

    @Test
    void aServiceThatNamesTheLoggedInUserAsActorRecordsTheRoleTheUserActedIn() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.20.30.42");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "wuhan-recommender", null, AuthorityUtils.createAuthorityList("ROLE_RECOMMENDER")));
        String action = uniqueAction("named-current-user");

        trail.record(AuditRecord.of(action).target("recommendation_list", "1-420100")
                .actor("wuhan-recommender", null).build());

        AuditEntry entry = single(action);
        assertThat(entry.actor()).isEqualTo("wuhan-recommender");
        assertThat(entry.role()).isEqualTo("RECOMMENDER");
        assertThat(entry.clientAddress()).isEqualTo("10.20.30.42");
    }

    @Test
    void isTheSystemOutsideARequestAndAnonymousInARequestWithoutLogin() {
        String background = uniqueAction("system");
        trail.record(AuditRecord.of(background).build());
        AuditEntry system = single(background);
        assertThat(system.actor()).isEqualTo("system");
        assertThat(system.role()).isNull();
        assertThat(system.clientAddress()).isNull();

        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.5");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key",
                "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        String publicAction = uniqueAction("anonymous");
        trail.record(AuditRecord.of(publicAction).build());
        AuditEntry anonymous = single(publicAction);
        assertThat(anonymous.actor()).isEqualTo("anonymous");
        assertThat(anonymous.role()).isNull();
        assertThat(anonymous.clientAddress()).isEqualTo("203.0.113.5");
    }

    @Test
    void makesTextThatPostgresqlCannotStoreStorableBeforeHashingIt() {
        String action = uniqueAction("nul");
        trail.record(AuditRecord.of(action).actor("ad\u0000min", null).detail("name", "x\u0000y").build());

        AuditEntry entry = single(action);
        assertThat(entry.actor()).isEqualTo("ad\uFFFDmin");
        assertThat(entry.details()).isEqualTo("{\"name\":\"x\\u0000y\"}");
        assertThat(entry.hash()).isEqualTo(entry.keyedHash(KEY));
    }

    @Test
    void aRolledBackDecisionLeavesNoEntry() {
        String action = uniqueAction("rollback");
        Head before = head();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(AuditRecord.of(action).build());
            assertThat(entries(action)).isEmpty(); // chained only when the caller's transaction commits
            status.setRollbackOnly();
        });
        assertThat(entries(action)).isEmpty();
        assertThat(head().seq()).isGreaterThanOrEqualTo(before.seq());
        assertThat(verifier.verifyFrom(before.seq() + 1).intact()).isTrue();
    }

    @Test
    void aCommittedDecisionCommitsItsEntryWithIt() {
        String action = uniqueAction("commit");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("select 1").query(Integer.class).single();
            trail.record(AuditRecord.of(action).build());
        });
        assertThat(entries(action)).hasSize(1);
    }

    @Test
    void aTransactionsEntriesAreChainedInTheOrderRecordedWhenItCommits() {
        String action = uniqueAction("in-order");
        Head before = head();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                trail.record(AuditRecord.of(action).detail("i", i).build());
            }
            assertThat(head()).isEqualTo(before);
        });
        List<AuditEntry> newestFirst = entries(action);
        assertThat(newestFirst).extracting(AuditEntry::details)
                .containsExactly("{\"i\":2}", "{\"i\":1}", "{\"i\":0}");
        assertThat(newestFirst.get(0).seq() - newestFirst.get(2).seq()).isEqualTo(2);
        assertThat(newestFirst.get(2).prevHash()).isEqualTo(hashOf(newestFirst.get(2).seq() - 1));
        assertThat(verifier.verifyFrom(newestFirst.get(2).seq()).intact()).isTrue();
    }

    /**
     * Two decisions, each recording its entry and taking one other lock, in opposite order: A records, then waits for
     * the lock B holds; B holds the lock, records and commits. When the entry took the chain's head at once and held
     * it to the commit, B waited for the head held by A, A for B's lock: a deadlock, one of them refused (or B refused
     * after its lock timeout). The head is now taken at the commit only: both commit, B first.
     */
    @Test
    void aDecisionThatRecordedItsEntryHoldsUpNoOtherUntilItCommits() throws Exception {
        String action = uniqueAction("no-deadlock");
        long otherLock = ThreadLocalRandom.current().nextLong(1L << 40);
        CountDownLatch aRecorded = new CountDownLatch(1);
        CountDownLatch bHoldsTheLock = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                trail.record(AuditRecord.of(action).target("decision", "A").build());
                aRecorded.countDown();
                await(bHoldsTheLock);
                jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", otherLock).query(Object.class).list();
            }));
            Future<?> b = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                await(aRecorded);
                jdbc.sql("set local lock_timeout = '5s'").update();
                jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", otherLock).query(Object.class).list();
                bHoldsTheLock.countDown();
                trail.record(AuditRecord.of(action).target("decision", "B").build());
            }));
            b.get(20, TimeUnit.SECONDS);
            a.get(20, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        List<AuditEntry> newestFirst = entries(action);
        assertThat(newestFirst).extracting(AuditEntry::targetId).containsExactly("A", "B");
        assertThat(verifier.verifyFrom(newestFirst.get(1).seq()).intact()).isTrue();
    }

    @Test
    void anEntryRecordedAfterItsTransactionCommittedIsAppendedInOneOfItsOwn() {
        String action = uniqueAction("after-commit");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(AuditRecord.of(action).target("when", "in").build());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    trail.record(AuditRecord.of(action).target("when", "after").build());
                }
            });
        });
        List<AuditEntry> newestFirst = entries(action);
        assertThat(newestFirst).extracting(AuditEntry::targetId).containsExactly("after", "in");
        assertThat(verifier.verifyFrom(newestFirst.get(1).seq()).intact()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReadOnlyCallerStillGetsItsEntryRecorded() {
        String action = uniqueAction("read-only");
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> trail.record(AuditRecord.of(action).build()));
        assertThat(entries(action)).hasSize(1);
    }

    @Test
    void concurrentWritersKeepOneLinearChainWithoutGaps() throws Exception {
        String action = uniqueAction("concurrent");
        int threads = 8;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String writer = "writer-" + t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        trail.record(AuditRecord.of(action).target("writer", writer).detail("i", i).build());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<AuditEntry> mine = entries(action);
        assertThat(mine).hasSize(threads * perThread);
        assertThat(mine.stream().map(AuditEntry::seq).distinct().count()).isEqualTo(threads * perThread);
        Map<String, Object> table = jdbc.sql("select count(*) as n, min(seq) as lo, max(seq) as hi from audit_entry")
                .query().singleRow();
        assertThat(((Number) table.get("lo")).longValue()).isEqualTo(1);
        assertThat(((Number) table.get("n")).longValue()).isEqualTo(((Number) table.get("hi")).longValue());
        AuditChainVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.firstBrokenSeq()).isNull();
        assertThat(result.checkedEntries()).isEqualTo(result.headSeq()).isGreaterThanOrEqualTo(threads * perThread);
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateEntries() {
        String action = uniqueAction("immutable");
        trail.record(AuditRecord.of(action).build());
        long seq = single(action).seq();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'mallory' where seq = ?").param(seq).update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(serverMessage(e)).isEqualTo("audit_entry is append-only: UPDATE is not allowed"));
        String keptUntil = single(action).occurredAt().atZone(java.time.ZoneOffset.UTC).plusMonths(6).toLocalDate()
                .toString();
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = ?").param(seq).update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(serverMessage(e)).isEqualTo("audit entry " + seq
                        + " is kept at least 6 months (until " + keptUntil + "): DELETE is not allowed"));
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(serverMessage(e)).isEqualTo("audit_entry is append-only: TRUNCATE is not allowed"));
        assertThatThrownBy(() -> jdbc.sql("update audit_chain_head set last_seq = last_seq - 1").update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(serverMessage(e))
                        .isEqualTo("audit_chain_head may only advance by one, to the entry just appended"));
        assertThat(single(action).actor()).isEqualTo("system");
    }

    @Test
    void theDatabaseRefusesAnEntryThatDoesNotContinueTheChain() {
        Head head = head();
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into audit_entry (seq, occurred_at, actor, action, outcome, details, prev_hash, hash)
                        values (?, now(), 'mallory', 'test.forged', 'SUCCESS', '{}', ?, ?)""")
                .params(head.seq() + 2, head.hash(), "f".repeat(64)).update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(serverMessage(e)).isEqualTo("audit entry " + (head.seq() + 2)
                        + " does not continue the chain at its head (seq " + head.seq() + ")"));
    }

    @Test
    void detectsAlteredDetailsAtExactlyThatEntry() {
        List<AuditEntry> three = recordThree("tamper-details");
        AuditEntry middle = three.get(1);
        try {
            changeWithTriggerDisabled("update audit_entry set details = '{\"i\":99}' where seq = ?", middle.seq());

            AuditChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(middle.seq());
            assertThat(result.problem()).isEqualTo(AuditChainVerification.Problem.HASH_MISMATCH);
            assertThat(result.checkedEntries()).isEqualTo(middle.seq() - 1);
            assertThat(result.fromSeq()).isEqualTo(1);
            assertThat(result.verifiedAt()).isEqualTo(clock.instant());
        } finally {
            changeWithTriggerDisabled("update audit_entry set details = cast('" + middle.details()
                    + "' as json) where seq = ?", middle.seq());
        }
        assertThat(verifier.verifyFrom(three.get(0).seq()).intact()).isTrue();
    }

    @Test
    void detectsAnAlteredActorAndAPlainSm3HashRecomputedWithoutTheKeyAtThatEntry() {
        List<AuditEntry> three = recordThree("tamper-actor");
        AuditEntry middle = three.get(1);
        try {
            changeWithTriggerDisabled("update audit_entry set actor = 'mallory' where seq = ?", middle.seq());
            AuditChainVerification altered = verifier.verifyFrom(three.get(0).seq());
            assertThat(altered.firstBrokenSeq()).isEqualTo(middle.seq());
            assertThat(altered.problem()).isEqualTo(AuditChainVerification.Problem.HASH_MISMATCH);
            assertThat(altered.checkedEntries()).isEqualTo(1);

            // A forger who recomputes the altered entry's hash without the chain key is caught at that entry.
            AuditEntry forged = new AuditEntry(middle.seq(), middle.occurredAt(), "mallory", middle.role(),
                    middle.clientAddress(), middle.action(), middle.targetType(), middle.targetId(), middle.outcome(),
                    middle.details(), middle.prevHash(), null, middle.algorithm());
            changeWithTriggerDisabled("update audit_entry set hash = '" + forged.plainHash() + "' where seq = ?",
                    middle.seq());
            AuditChainVerification relinked = verifier.verify();
            assertThat(relinked.firstBrokenSeq()).isEqualTo(middle.seq());
            assertThat(relinked.problem()).isEqualTo(AuditChainVerification.Problem.HASH_MISMATCH);
        } finally {
            changeWithTriggerDisabled("update audit_entry set actor = '" + middle.actor() + "', hash = '"
                    + middle.hash() + "' where seq = ?", middle.seq());
        }
        assertThat(verifier.verifyFrom(three.get(0).seq()).intact()).isTrue();
    }

    @Test
    void detectsADeletedEntryAsAGapAtItsSequenceNumber() {
        List<AuditEntry> three = recordThree("tamper-delete");
        AuditEntry middle = three.get(1);
        try {
            changeWithTriggerDisabled("delete from audit_entry where seq = ?", middle.seq());

            AuditChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(middle.seq());
            assertThat(result.problem()).isEqualTo(AuditChainVerification.Problem.SEQUENCE_GAP);
            assertThat(result.checkedEntries()).isEqualTo(middle.seq() - 1);
            AuditChainVerification fromAfterGap = verifier.verifyFrom(middle.seq() + 1);
            assertThat(fromAfterGap.firstBrokenSeq()).isEqualTo(middle.seq());
            assertThat(fromAfterGap.problem()).isEqualTo(AuditChainVerification.Problem.SEQUENCE_GAP);
        } finally {
            restore(middle);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void verifiesFromAGivenEntryAnchoredOnTheOneBeforeIt() {
        List<AuditEntry> three = recordThree("range");
        AuditChainVerification result = verifier.verifyFrom(three.get(1).seq());
        assertThat(result.intact()).isTrue();
        assertThat(result.fromSeq()).isEqualTo(three.get(1).seq());
        assertThat(result.checkedEntries()).isEqualTo(result.headSeq() - three.get(1).seq() + 1);
        assertThatThrownBy(() -> verifier.verifyFrom(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verifier.verifyFrom(result.headSeq() + 5)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- helpers

    private record Head(long seq, String hash) {
    }

    private static String uniqueAction(String what) {
        return "test." + what + "-" + UUID.randomUUID();
    }

    private List<AuditEntry> entries(String action) {
        return search.newestFirst(new AuditQuery(null, null, null, action, null, null, null), 0, 1000);
    }

    private AuditEntry single(String action) {
        List<AuditEntry> found = entries(action);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<AuditEntry> recordThree(String what) {
        String action = uniqueAction(what);
        for (int i = 0; i < 3; i++) {
            trail.record(AuditRecord.of(action).detail("i", i).build());
        }
        List<AuditEntry> oldestFirst = new ArrayList<>(entries(action));
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private Head head() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    private String hashOf(long seq) {
        return seq == 0 ? "0".repeat(64)
                : jdbc.sql("select hash from audit_entry where seq = ?").param(seq).query(String.class).single();
    }

    /** What a database administrator with owner rights could do: switch the protection off, change, switch it on. */
    private void changeWithTriggerDisabled(String sql, long seq) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
            jdbc.sql(sql).param(seq).update();
            jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
        });
    }

    private void restore(AuditEntry e) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_continues_chain").update();
            jdbc.sql("""
                            insert into audit_entry (seq, occurred_at, actor, role, client_address, action, target_type,
                                                     target_id, outcome, details, prev_hash, hash, algorithm)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), ?, ?, ?)""")
                    .params(e.seq(), OffsetDateTime.ofInstant(e.occurredAt(), java.time.ZoneOffset.UTC), e.actor(),
                            e.role(), e.clientAddress(), e.action(), e.targetType(), e.targetId(), e.outcome().name(),
                            e.details(), e.prevHash(), e.hash(), e.algorithm())
                    .update();
            jdbc.sql("alter table audit_entry enable trigger audit_entry_continues_chain").update();
        });
    }

    private static String serverMessage(Throwable e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof PSQLException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a PostgreSQL error").isNotNull();
        return ((PSQLException) cause).getServerErrorMessage().getMessage();
    }
}
