package cn.gov.hubei.jxt.pilot.decision;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.notification.Inbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decisions recorded now and released later together, on the real database: invisible outside the programme office
 * until released, replaced with history while pending, released at one instant with one event (and one notice) per
 * decision inside the release transaction, rolled back whole when a listener fails, released once however often or
 * concurrently asked, closed after release, withdrawn before.
 */
@IntegrationTest
class PendingDecisionsTest {

    static final CurrentUser OFFICER = user(1, "officer", Set.of(Role.OFFICER), null, null);
    static final CurrentUser SECOND_OFFICER = user(2, "officer-2", Set.of(Role.OFFICER), null, null);
    static final CurrentUser APPLICANT = user(3, "applicant", Set.of(Role.APPLICANT), 77L, null);
    static final CurrentUser RECOMMENDER = user(4, "recommender", Set.of(Role.RECOMMENDER), null, "420100");
    static final CurrentUser EXPERT = user(5, "expert", Set.of(Role.EXPERT), null, null);
    static final CurrentUser SYSTEM_ADMIN = user(6, "sysadmin", Set.of(Role.SYSTEM_ADMIN), null, null);
    static final CurrentUser AUDIT_ADMIN = user(7, "auditor", Set.of(Role.AUDIT_ADMIN), null, null);
    /** Holds the officer role but is one of the three administrators: does not act for the office. */
    static final CurrentUser OFFICER_AND_ADMIN = user(8, "officer-admin", Set.of(Role.OFFICER, Role.SECURITY_ADMIN),
            null, null);
    static final List<CurrentUser> OUTSIDE_THE_OFFICE = List.of(APPLICANT, RECOMMENDER, EXPERT, SYSTEM_ADMIN,
            AUDIT_ADMIN, OFFICER_AND_ADMIN);

    @Autowired Decisions decisions;
    @Autowired ReleaseListener listener;
    @Autowired Inbox inbox;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;

    BatchKey batch;
    long first;
    long second;
    long third;

    @BeforeEach
    void newBatch() {
        batch = BatchKey.of("review", "t-" + UUID.randomUUID().toString().substring(0, 8));
        long base = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        first = base;
        second = base + 1;
        third = base + 2;
        clock.set(LocalDateTime.of(2026, 12, 5, 9, 0));
    }

    @Test
    void aRecordedDecisionExistsOnlyForTheProgrammeOfficeUntilReleased() {
        Decision pass = decisions.record(decision(first, "PASS", "符合条件"), OFFICER);
        decisions.record(decision(second, "FAIL", "材料不实"), OFFICER);

        assertThat(pass.status()).isEqualTo(DecisionStatus.PENDING);
        assertThat(pass.revision()).isEqualTo(1);
        assertThat(pass.recordedBy()).isEqualTo("officer");
        assertThat(pass.recordedAt()).isEqualTo(LocalDateTime.of(2026, 12, 5, 9, 0).atZone(MutableClock.SHANGHAI)
                .toInstant());
        assertThat(pass.subject()).isEqualTo(DecisionSubject.of("review", "application", first));
        assertThat(pass.batch()).isEqualTo(batch);

        for (CurrentUser viewer : OUTSIDE_THE_OFFICE) {
            assertThat(decisions.find(pass.id(), viewer)).as(viewer.username()).isEmpty();
            assertThat(decisions.ofSubject(subject(first), viewer)).as(viewer.username()).isEmpty();
            assertThat(decisions.released(subject(first), "review.outcome", viewer)).as(viewer.username()).isEmpty();
            assertThat(decisions.ofBatch(batch, viewer)).as(viewer.username()).isEmpty();
            assertThat(decisions.count(batch, viewer)).as(viewer.username()).isEqualTo(DecisionCounts.NONE);
            assertThat(decisions.batch(batch, viewer)).as(viewer.username()).isEmpty();
            assertThat(decisions.history(pass.id(), viewer)).as(viewer.username()).isEmpty();
        }

        assertThat(decisions.find(pass.id(), OFFICER)).contains(pass);
        assertThat(decisions.ofSubject(subject(first), SECOND_OFFICER)).containsExactly(pass);
        assertThat(decisions.ofBatch(batch, OFFICER)).extracting(Decision::outcome).containsExactly("PASS", "FAIL");
        assertThat(decisions.count(batch, OFFICER)).isEqualTo(new DecisionCounts(2, 0, 0));
        DecisionBatch open = decisions.batch(batch, OFFICER).orElseThrow();
        assertThat(open.released()).isFalse();
        assertThat(open.counts()).isEqualTo(new DecisionCounts(2, 0, 0));
        // the office's view of what is released: nothing yet
        assertThat(decisions.released(subject(first), "review.outcome", OFFICER)).isEmpty();

        // notices go out on release, never on recording
        assertThat(listener.releasedIn(batch)).isEmpty();
        assertThat(inbox.count(ReleaseListener.recipient(batch, first), false)).isZero();
        assertThat(inbox.count(ReleaseListener.recipient(batch, second), false)).isZero();
    }

    @Test
    void recordingAgainBeforeReleaseReplacesTheDecisionAndKeepsItsHistory() {
        Decision recorded = decisions.record(decision(first, "PASS", "符合条件"), OFFICER);
        clock.advance(Duration.ofMinutes(10));
        Decision replaced = decisions.record(new NewDecision(batch, subject(first), "review.outcome", "FAIL",
                "现场核查不符", "{\"score\": 58}"), SECOND_OFFICER);

        assertThat(replaced.id()).isEqualTo(recorded.id());
        assertThat(replaced.revision()).isEqualTo(2);
        assertThat(replaced.outcome()).isEqualTo("FAIL");
        assertThat(replaced.reason()).isEqualTo("现场核查不符");
        assertThat(replaced.payload()).isEqualTo("{\"score\": 58}");
        assertThat(replaced.recordedBy()).isEqualTo("officer-2");
        assertThat(replaced.status()).isEqualTo(DecisionStatus.PENDING);
        assertThat(decisions.count(batch, OFFICER)).isEqualTo(new DecisionCounts(1, 0, 0));

        assertThat(decisions.history(recorded.id(), OFFICER))
                .extracting(DecisionChange::revision, DecisionChange::change, DecisionChange::outcome,
                        DecisionChange::reason, DecisionChange::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, DecisionChange.Kind.RECORDED, "PASS", "符合条件",
                                "officer"),
                        org.assertj.core.groups.Tuple.tuple(2, DecisionChange.Kind.REPLACED, "FAIL", "现场核查不符",
                                "officer-2"));

        // audited, without telling the auditor the outcome before its release
        List<Map<String, Object>> audit = jdbc.sql("""
                        select action, actor, details::text as details from audit_entry
                         where target_type = 'decision' and target_id = :id order by seq""")
                .param("id", String.valueOf(recorded.id())).query().listOfRows();
        assertThat(audit).extracting(r -> r.get("action")).containsExactly("decision.recorded", "decision.replaced");
        assertThat(audit).extracting(r -> r.get("actor")).containsExactly("officer", "officer-2");
        assertThat(audit).allSatisfy(r -> assertThat((String) r.get("details"))
                .contains("\"contentSha256\"", "review/application/" + first, batch.toString())
                .doesNotContain("PASS", "FAIL", "符合条件", "现场核查不符"));
    }

    @Test
    void releaseMakesEveryDecisionVisibleAtOneInstantWithOneEventAndOneNoticePerDecision() {
        Decision a = decisions.record(decision(first, "PASS", null), OFFICER);
        Decision b = decisions.record(decision(second, "FAIL", "不符合条件"), OFFICER);
        Decision c = decisions.record(new NewDecision(batch, subject(third), "review.outcome", "PASS", null,
                "{\"rank\": 1}"), OFFICER);
        clock.set(LocalDateTime.of(2026, 12, 5, 10, 30));
        Instant releasedAt = LocalDateTime.of(2026, 12, 5, 10, 30).atZone(MutableClock.SHANGHAI).toInstant();

        BatchRelease release = decisions.release(batch, SECOND_OFFICER);

        assertThat(release).isEqualTo(new BatchRelease(batch, true, releasedAt, "officer-2", 3));
        for (CurrentUser viewer : List.of(APPLICANT, RECOMMENDER, OFFICER)) {
            Decision seen = decisions.released(subject(second), "review.outcome", viewer).orElseThrow();
            assertThat(seen.id()).isEqualTo(b.id());
            assertThat(seen.outcome()).isEqualTo("FAIL");
            assertThat(seen.reason()).isEqualTo("不符合条件");
            assertThat(seen.releasedAt()).isEqualTo(releasedAt);
            assertThat(seen.releasedBy()).isEqualTo("officer-2");
        }
        assertThat(decisions.ofBatch(batch, APPLICANT))
                .extracting(Decision::id, Decision::status, Decision::releasedAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(a.id(), DecisionStatus.RELEASED, releasedAt),
                        org.assertj.core.groups.Tuple.tuple(b.id(), DecisionStatus.RELEASED, releasedAt),
                        org.assertj.core.groups.Tuple.tuple(c.id(), DecisionStatus.RELEASED, releasedAt));
        assertThat(decisions.count(batch, EXPERT)).isEqualTo(new DecisionCounts(0, 3, 0));
        DecisionBatch closed = decisions.batch(batch, RECOMMENDER).orElseThrow();
        assertThat(closed.releasedAt()).isEqualTo(releasedAt);
        assertThat(closed.releasedBy()).isEqualTo("officer-2");

        assertThat(listener.releasedIn(batch)).extracting(DecisionReleased::decisionId)
                .containsExactly(a.id(), b.id(), c.id());
        DecisionReleased third = listener.releasedIn(batch).get(2);
        assertThat(third).isEqualTo(new DecisionReleased(c.id(), batch, subject(this.third), "review.outcome", "PASS",
                null, "{\"rank\": 1}", 1, "officer", c.recordedAt(), "officer-2", releasedAt));
        assertThat(listener.batchesReleased(batch)).containsExactly(
                new BatchReleased(closed.id(), batch, List.of(a.id(), b.id(), c.id()), "officer-2", releasedAt));
        for (long subject : List.of(first, second, this.third)) {
            assertThat(inbox.count(ReleaseListener.recipient(batch, subject), false)).as("notices of " + subject)
                    .isEqualTo(1);
        }
        assertThat(decisions.history(a.id(), OFFICER)).extracting(DecisionChange::change)
                .containsExactly(DecisionChange.Kind.RECORDED, DecisionChange.Kind.RELEASED);

        Map<String, Object> audit = jdbc.sql("""
                        select actor, details::text as details from audit_entry
                         where action = 'decision.batch-released' and target_id = :id""")
                .param("id", String.valueOf(closed.id())).query().singleRow();
        assertThat(audit.get("actor")).isEqualTo("officer-2");
        assertThat((String) audit.get("details")).contains("\"decisions\":3");
    }

    @Test
    void aListenerThatFailsRollsTheWholeReleaseBackAndNothingIsTold() {
        Decision a = decisions.record(decision(first, "PASS", null), OFFICER);
        decisions.record(decision(second, "FAIL", "不符合条件"), OFFICER);
        listener.failOn.add(batch.name());

        assertThatThrownBy(() -> decisions.release(batch, OFFICER))
                .isInstanceOf(IllegalStateException.class).hasMessage("the owning module's listener failed");

        assertThat(decisions.count(batch, OFFICER)).isEqualTo(new DecisionCounts(2, 0, 0));
        assertThat(decisions.batch(batch, OFFICER).orElseThrow().released()).isFalse();
        assertThat(decisions.find(a.id(), APPLICANT)).isEmpty();
        assertThat(decisions.history(a.id(), OFFICER)).extracting(DecisionChange::change)
                .containsExactly(DecisionChange.Kind.RECORDED);
        assertThat(inbox.count(ReleaseListener.recipient(batch, first), false)).isZero();
        assertThat(inbox.count(ReleaseListener.recipient(batch, second), false)).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'decision.batch-released' and details::text like :b")
                .param("b", "%" + batch.name() + "%").query(Long.class).single()).isZero();

        // still open: recording goes on, and once the listener works the release goes through
        listener.failOn.remove(batch.name());
        decisions.record(decision(third, "PASS", null), OFFICER);
        assertThat(decisions.release(batch, OFFICER).decisions()).isEqualTo(3);
        assertThat(inbox.count(ReleaseListener.recipient(batch, first), false)).isEqualTo(1);
    }

    @Test
    void twoOfficersReleasingAtOnceReleaseTheBatchOnce() throws Exception {
        decisions.record(decision(first, "PASS", null), OFFICER);
        decisions.record(decision(second, "FAIL", "不符合条件"), OFFICER);
        ReleaseListener.Hold hold = new ReleaseListener.Hold();
        listener.holdOn.put(batch.name(), hold); // the first release waits inside its transaction, holding the lock

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<BatchRelease> releaseByOfficer = () -> {
                start.await();
                return decisions.release(batch, OFFICER);
            };
            Callable<BatchRelease> releaseBySecondOfficer = () -> {
                start.await();
                return decisions.release(batch, SECOND_OFFICER);
            };
            Future<BatchRelease> one = pool.submit(releaseByOfficer);
            Future<BatchRelease> two = pool.submit(releaseBySecondOfficer);
            start.countDown();
            assertThat(hold.entered.await(30, TimeUnit.SECONDS)).isTrue();
            awaitWaitingForTheBatchLock(); // the other release is at the batch's row lock now
            hold.gate.countDown();
            List<BatchRelease> answers = List.of(one.get(30, TimeUnit.SECONDS), two.get(30, TimeUnit.SECONDS));

            assertThat(answers).filteredOn(BatchRelease::releasedNow).hasSize(1);
            BatchRelease winner = answers.stream().filter(BatchRelease::releasedNow).findFirst().orElseThrow();
            BatchRelease loser = answers.stream().filter(r -> !r.releasedNow()).findFirst().orElseThrow();
            assertThat(loser).isEqualTo(new BatchRelease(batch, false, winner.releasedAt(), winner.releasedBy(), 2));
        } finally {
            hold.gate.countDown();
            pool.shutdownNow();
        }
        assertThat(listener.releasedIn(batch)).hasSize(2);
        assertThat(listener.batchesReleased(batch)).hasSize(1);
        assertThat(inbox.count(ReleaseListener.recipient(batch, first), false)).isEqualTo(1);
        assertThat(inbox.count(ReleaseListener.recipient(batch, second), false)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'decision.batch-released' and details::text like :b")
                .param("b", "%" + batch.name() + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRecordingThatMeetsARunningReleaseWaitsForItAndIsRefused() throws Exception {
        decisions.record(decision(first, "PASS", null), OFFICER);
        ReleaseListener.Hold hold = new ReleaseListener.Hold();
        listener.holdOn.put(batch.name(), hold);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<BatchRelease> release = pool.submit(() -> decisions.release(batch, OFFICER));
            assertThat(hold.entered.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Decision> late = pool.submit(() -> decisions.record(decision(second, "PASS", null), SECOND_OFFICER));
            awaitWaitingForTheBatchLock();
            hold.gate.countDown();

            assertThat(release.get(30, TimeUnit.SECONDS).decisions()).isEqualTo(1);
            assertThatThrownBy(() -> late.get(30, TimeUnit.SECONDS))
                    .cause().isInstanceOf(DecisionRefusedException.class).hasMessage("decision.record.batch-released");
        } finally {
            hold.gate.countDown();
            pool.shutdownNow();
        }
        assertThat(decisions.ofBatch(batch, OFFICER)).extracting(d -> d.subject().id()).containsExactly(first);
        assertThat(inbox.count(ReleaseListener.recipient(batch, second), false)).isZero();
    }

    @Test
    void aReleasedBatchIsClosedAndASecondReleaseChangesNothing() {
        Decision a = decisions.record(decision(first, "PASS", null), OFFICER);
        clock.set(LocalDateTime.of(2026, 12, 5, 10, 30));
        BatchRelease release = decisions.release(batch, OFFICER);
        clock.set(LocalDateTime.of(2026, 12, 6, 8, 0));

        BatchRelease again = decisions.release(batch, SECOND_OFFICER);
        assertThat(again).isEqualTo(new BatchRelease(batch, false, release.releasedAt(), "officer", 1));
        assertThat(listener.releasedIn(batch)).hasSize(1);
        assertThat(listener.batchesReleased(batch)).hasSize(1);

        assertThatThrownBy(() -> decisions.record(decision(first, "FAIL", "改判"), OFFICER))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("decision.record.batch-released");
                    assertThat(messages.getMessage(e, Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("该批次的决定已于 2026-12-05 10:30 发布，批次已关闭，不能再记录或修改决定。");
                });
        assertThatThrownBy(() -> decisions.record(decision(second, "PASS", null), OFFICER))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessage("decision.record.batch-released");
        assertThat(decisions.ofBatch(batch, OFFICER)).extracting(Decision::id, Decision::outcome, Decision::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), "PASS", DecisionStatus.RELEASED));
        assertThat(inbox.count(ReleaseListener.recipient(batch, first), false)).isEqualTo(1);
    }

    @Test
    void aPendingDecisionIsWithdrawnBeforeReleaseWithAReasonAndNeverTold() {
        Decision kept = decisions.record(decision(first, "PASS", null), OFFICER);
        Decision dropped = decisions.record(decision(second, "FAIL", "不符合条件"), OFFICER);

        assertThatThrownBy(() -> decisions.withdraw(dropped.id(), "  ", OFFICER))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(
                        messages.getMessage(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo("撤回决定须说明理由。"));
        clock.advance(Duration.ofMinutes(5));
        Decision withdrawn = decisions.withdraw(dropped.id(), "企业已撤回申报", SECOND_OFFICER);

        assertThat(withdrawn.status()).isEqualTo(DecisionStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawnBy()).isEqualTo("officer-2");
        assertThat(withdrawn.withdrawalReason()).isEqualTo("企业已撤回申报");
        assertThat(withdrawn.withdrawnAt()).isEqualTo(LocalDateTime.of(2026, 12, 5, 9, 5)
                .atZone(MutableClock.SHANGHAI).toInstant());
        assertThat(decisions.count(batch, OFFICER)).isEqualTo(new DecisionCounts(1, 0, 1));
        assertThat(decisions.ofSubject(subject(second), OFFICER)).isEmpty();
        assertThat(decisions.history(dropped.id(), OFFICER))
                .extracting(DecisionChange::change, DecisionChange::reason, DecisionChange::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DecisionChange.Kind.RECORDED, "不符合条件", "officer"),
                        org.assertj.core.groups.Tuple.tuple(DecisionChange.Kind.WITHDRAWN, "企业已撤回申报",
                                "officer-2"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'decision.withdrawn' and target_id = :id")
                .param("id", String.valueOf(dropped.id())).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> decisions.withdraw(dropped.id(), "再次撤回", OFFICER))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(
                        messages.getMessage(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo("该决定已撤回，不能再撤回。"));

        assertThat(decisions.release(batch, OFFICER).decisions()).isEqualTo(1);

        assertThat(listener.releasedIn(batch)).extracting(DecisionReleased::decisionId).containsExactly(kept.id());
        assertThat(inbox.count(ReleaseListener.recipient(batch, second), false)).isZero();
        assertThat(decisions.find(dropped.id(), APPLICANT)).isEmpty();
        assertThat(decisions.find(dropped.id(), OFFICER).orElseThrow().status()).isEqualTo(DecisionStatus.WITHDRAWN);
        assertThat(decisions.count(batch, APPLICANT)).isEqualTo(new DecisionCounts(0, 1, 0));
        assertThatThrownBy(() -> decisions.withdraw(Long.MAX_VALUE, "理由", OFFICER))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(
                        messages.getMessage(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo("未找到该决定。"));
        assertThatThrownBy(() -> decisions.withdraw(kept.id(), "发布后撤回", OFFICER))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(
                        messages.getMessage(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo("该决定已发布，不能再撤回。"));
    }

    @Test
    void aWithdrawnDecisionMayBeRecordedAfreshWhileTheBatchIsOpen() {
        Decision dropped = decisions.record(decision(first, "FAIL", "不符合条件"), OFFICER);
        decisions.withdraw(dropped.id(), "误录", OFFICER);

        Decision fresh = decisions.record(decision(first, "PASS", null), OFFICER);

        assertThat(fresh.id()).isNotEqualTo(dropped.id());
        assertThat(fresh.revision()).isEqualTo(1);
        assertThat(decisions.count(batch, OFFICER)).isEqualTo(new DecisionCounts(1, 0, 1));
    }

    @Test
    void onlyAPersonActingForTheProgrammeOfficeRecordsReleasesOrWithdraws() {
        Decision pending = decisions.record(decision(first, "PASS", null), OFFICER);
        for (CurrentUser user : OUTSIDE_THE_OFFICE) {
            assertThatThrownBy(() -> decisions.record(decision(second, "PASS", null), user)).as(user.username())
                    .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(
                            messages.getMessage(e, Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("只有省经信厅项目办的工作人员可以记录、发布或撤回决定。"));
            assertThatThrownBy(() -> decisions.release(batch, user)).as(user.username())
                    .isInstanceOf(DecisionRefusedException.class).hasMessage("decision.not-officer");
            assertThatThrownBy(() -> decisions.withdraw(pending.id(), "理由", user)).as(user.username())
                    .isInstanceOf(DecisionRefusedException.class).hasMessage("decision.not-officer");
        }
        assertThatThrownBy(() -> decisions.release(batch, null)).isInstanceOf(DecisionRefusedException.class);
        assertThat(decisions.ofBatch(batch, OFFICER)).extracting(Decision::id, Decision::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(pending.id(), DecisionStatus.PENDING));
        assertThat(decisions.batch(batch, OFFICER).orElseThrow().released()).isFalse();
    }

    @Test
    void aPayloadIsAJsonObjectAndAReasonHasALimit() {
        assertThatThrownBy(() -> decisions.record(new NewDecision(batch, subject(first), "review.outcome", "PASS", null,
                "[1, 2]"), OFFICER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decisions.record(new NewDecision(batch, subject(first), "review.outcome", "PASS", null,
                "{\"score\":"), OFFICER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decisions.record(decision(first, "PASS", "长".repeat(2001)), OFFICER))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(
                        messages.getMessage(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo("理由不能超过 2000 个字符。"));
        assertThat(decisions.batch(batch, OFFICER)).isEmpty();
    }

    /** Waits until another connection waits for the lock of a batch's row (behind the release the test holds). */
    private void awaitWaitingForTheBatchLock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("""
                        select count(*) from pg_stat_activity
                         where wait_event_type = 'Lock' and query like '%decision_batch%'""")
                .query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("nobody waits for the batch's lock").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private NewDecision decision(long subjectId, String outcome, String reason) {
        return new NewDecision(batch, subject(subjectId), "review.outcome", outcome, reason, null);
    }

    private static DecisionSubject subject(long id) {
        return DecisionSubject.of("review", "application", id);
    }

    private static CurrentUser user(long id, String username, Set<Role> roles, Long enterpriseId, String division) {
        return new CurrentUser(id, username, username, roles, enterpriseId, division, false);
    }
}
