package cn.gov.hubei.jxt.pilot.call.internal;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries.Entry;
import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.call.CallActionRefusedException;
import cn.gov.hubei.jxt.pilot.call.CallIntegrationTest;
import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallStatusChange;
import cn.gov.hubei.jxt.pilot.call.CallStatusChanged;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.CallTransition;
import cn.gov.hubei.jxt.pilot.call.Calls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static cn.gov.hubei.jxt.pilot.call.CallFixtures.aCallOpeningAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The call's workflow: every row of the transition table, the refusals, and the clock. */
@CallIntegrationTest
class CallWorkflowTest {

    static final LocalDateTime OPENS = LocalDateTime.of(2031, 3, 1, 9, 0);
    static final LocalDateTime CLOSES = OPENS.plusDays(60);
    static final LocalDateTime DEADLINE = OPENS.plusDays(75);

    @Autowired Calls calls;
    @Autowired CallClockJob job;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;
    @Autowired ApplicationEvents events;
    @Autowired CallService service;
    @Autowired CallRepository repository;
    AuditEntries audit;

    @BeforeEach
    void beforeTheCall() {
        clock.set(OPENS.minusDays(10));
        audit = new AuditEntries(jdbc);
    }

    long draft() {
        return calls.create(aCallOpeningAt(OPENS).build(), "officer1").id();
    }

    String text(CallActionRefusedException refusal) {
        return messages.getMessage(refusal, Locale.SIMPLIFIED_CHINESE);
    }

    /** The actions the audit trail holds about one call, oldest first. */
    List<String> auditedActions(long id) {
        return audit.forTarget("call", id).stream().map(Entry::action).toList();
    }

    @Test
    void aNewCallIsADraftWithItsCreationAudited() {
        long id = draft();

        CallSummary call = calls.find(id).orElseThrow();
        assertThat(call.status()).isEqualTo(CallStatus.DRAFT);
        assertThat(call.version()).isZero();
        assertThat(call.createdBy()).isEqualTo("officer1");
        assertThat(call.publishedAt()).isNull();
        List<Entry> entries = audit.forTarget("call", id);
        assertThat(entries).extracting(Entry::action).containsExactly("call.create");
        Entry created = entries.get(0);
        assertThat(created.actor()).isEqualTo("officer1");
        assertThat(created.role()).isNull();
        assertThat(created.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(created.details()).isEqualTo(Map.of(
                "year", "2031",
                "title", call.title(),
                "notice", "请各地按要求组织申报。",
                "filingOpensAt", "2031-03-01T09:00+08:00",
                "filingClosesAt", "2031-04-30T09:00+08:00",
                "recommendationDeadline", "2031-05-15T09:00+08:00",
                "recommendationQuota", "10",
                "maxProjectsPerEnterprise", "2",
                "elementConditionVersion", "2020"));
    }

    @Test
    void publishingBeforeOpensAtLeavesThePublishedCallWaitingForTheClock() {
        long id = draft();

        CallSummary call = calls.publish(id, "officer1");

        assertThat(call.status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(call.publishedAt()).isEqualTo(clock.instant());
        assertThat(call.version()).isEqualTo(1);
        assertThat(calls.isFilingOpen(id)).isFalse();
        List<Entry> entries = audit.forTarget("call", id);
        assertThat(entries).extracting(Entry::action).containsExactly("call.create", "call.publish");
        Entry published = entries.get(1);
        assertThat(published.actor()).isEqualTo("officer1");
        assertThat(published.role()).isNull();
        assertThat(published.targetType()).isEqualTo("call");
        assertThat(published.targetId()).isEqualTo(String.valueOf(id));
        assertThat(published.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(published.details()).isEqualTo(Map.of("from", "DRAFT", "to", "PUBLISHED"));
        assertThat(events.stream(CallStatusChanged.class).filter(e -> e.callId() == id))
                .containsExactly(new CallStatusChanged(id, 2031, CallTransition.PUBLISH, CallStatus.DRAFT,
                        CallStatus.PUBLISHED, clock.instant(), "officer1"));
    }

    @Test
    void theClockOpensClosesAndEndsRecommendationAtEachMilestone() {
        long id = draft();
        calls.publish(id, "officer1");

        clock.set(OPENS.minusSeconds(1));
        job.advanceCalls();
        assertThat(calls.find(id).orElseThrow().status()).isEqualTo(CallStatus.PUBLISHED);

        clock.set(OPENS);
        job.advanceCalls();
        assertThat(calls.find(id).orElseThrow().status()).isEqualTo(CallStatus.FILING_OPEN);
        assertThat(calls.isFilingOpen(id)).isTrue();
        assertThat(calls.openForFiling()).extracting(CallSummary::id).contains(id);

        clock.set(CLOSES);
        job.advanceCalls();
        assertThat(calls.find(id).orElseThrow().status()).isEqualTo(CallStatus.FILING_CLOSED);
        assertThat(calls.isFilingOpen(id)).isFalse();
        assertThat(calls.openForFiling()).extracting(CallSummary::id).doesNotContain(id);

        clock.set(DEADLINE);
        job.advanceCalls();
        assertThat(calls.find(id).orElseThrow().status()).isEqualTo(CallStatus.RECOMMENDATION_CLOSED);

        List<Entry> entries = audit.forTarget("call", id);
        assertThat(entries).extracting(Entry::action).containsExactly("call.create", "call.publish",
                "call.open-filing", "call.close-filing", "call.close-recommendation");
        assertThat(entries.subList(2, 5)).allSatisfy(byTheClock -> {
            assertThat(byTheClock.actor()).isEqualTo("system");
            assertThat(byTheClock.role()).isEqualTo("system");
            assertThat(byTheClock.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
        assertThat(entries.get(2).details()).isEqualTo(Map.of("from", "PUBLISHED", "to", "FILING_OPEN",
                "milestone", "2031-03-01 09:00"));
        assertThat(entries.get(3).details()).isEqualTo(Map.of("from", "FILING_OPEN", "to", "FILING_CLOSED",
                "milestone", "2031-04-30 09:00"));
        assertThat(entries.get(4).details()).isEqualTo(Map.of("from", "FILING_CLOSED", "to", "RECOMMENDATION_CLOSED",
                "milestone", "2031-05-15 09:00"));
        assertThat(calls.history(id)).extracting(CallStatusChange::transition).containsExactly(
                CallTransition.PUBLISH, CallTransition.OPEN_FILING, CallTransition.CLOSE_FILING,
                CallTransition.CLOSE_RECOMMENDATION);
        assertThat(events.stream(CallStatusChanged.class).filter(e -> e.callId() == id).map(CallStatusChanged::to))
                .containsExactly(CallStatus.PUBLISHED, CallStatus.FILING_OPEN, CallStatus.FILING_CLOSED,
                        CallStatus.RECOMMENDATION_CLOSED);
    }

    @Test
    void eachClockTransitionIsAuditedOnceEvenWhenTheJobRunsTwice() {
        long id = draft();
        calls.publish(id, "officer1");
        clock.set(OPENS.plusMinutes(1));

        job.advanceCalls();
        job.advanceCalls();
        calls.find(id);

        assertThat(auditedActions(id)).containsExactly("call.create", "call.publish", "call.open-filing");
        assertThat(calls.history(id)).hasSize(2);
        assertThat(calls.find(id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void readingOneSecondAfterTheClosingTimeNeverShowsFilingOpen() {
        long id = draft();
        calls.publish(id, "officer1");
        clock.set(OPENS);
        assertThat(calls.find(id).orElseThrow().status()).isEqualTo(CallStatus.FILING_OPEN);

        clock.set(CLOSES.minusSeconds(1));
        assertThat(calls.isFilingOpen(id)).isTrue();
        clock.set(CLOSES.plusSeconds(1));

        // no job run: the read itself applies the due transition
        assertThat(calls.isFilingOpen(id)).isFalse();
        assertThat(calls.find(id).orElseThrow().status()).isEqualTo(CallStatus.FILING_CLOSED);
    }

    @Test
    void aReadLongAfterAllMilestonesAppliesEveryDueTransitionInOrder() {
        long id = draft();
        calls.publish(id, "officer1");
        clock.set(DEADLINE.plusDays(1));

        assertThat(calls.all()).filteredOn(c -> c.id() == id).extracting(CallSummary::status)
                .containsExactly(CallStatus.RECOMMENDATION_CLOSED);
        assertThat(calls.history(id)).extracting(CallStatusChange::to).containsExactly(CallStatus.PUBLISHED,
                CallStatus.FILING_OPEN, CallStatus.FILING_CLOSED, CallStatus.RECOMMENDATION_CLOSED);
    }

    @Test
    void publishingACallWhoseWindowHasOpenedMovesItToFilingOpenAtOnce() {
        long id = draft();
        clock.set(OPENS.plusDays(2));

        CallSummary call = calls.publish(id, "officer1");

        assertThat(call.status()).isEqualTo(CallStatus.FILING_OPEN);
        assertThat(calls.isFilingOpen(id)).isTrue();
        assertThat(auditedActions(id)).containsExactly("call.create", "call.publish", "call.open-filing");
    }

    @Test
    void publishingTwiceIsRefusedWithAPlainMessage() {
        long id = draft();
        calls.publish(id, "officer1");

        assertThatThrownBy(() -> calls.publish(id, "officer1"))
                .isInstanceOfSatisfying(CallActionRefusedException.class,
                        e -> assertThat(text(e)).isEqualTo("该遴选已发布，不能再次发布。"));
        assertThat(auditedActions(id)).containsExactly("call.create", "call.publish");
    }

    @Test
    void publishingAfterTheWindowClosedIsRefused() {
        long id = draft();
        clock.set(CLOSES);

        assertThatThrownBy(() -> calls.publish(id, "officer1"))
                .isInstanceOfSatisfying(CallActionRefusedException.class, e -> assertThat(text(e))
                        .isEqualTo("申报截止时间（2031-04-30 09:00）已过，不能发布；请先修改申报截止时间。"));
        assertThat(calls.find(id).orElseThrow().status()).isEqualTo(CallStatus.DRAFT);
    }

    @Test
    void publishingIsRefusedOnceFilingHasOpened() {
        long id = draft();
        calls.publish(id, "officer1");
        clock.set(OPENS);

        assertThatThrownBy(() -> calls.publish(id, "officer1"))
                .isInstanceOfSatisfying(CallActionRefusedException.class,
                        e -> assertThat(text(e)).isEqualTo("该遴选当前为“申报中”，只有草稿可以发布。"));
    }

    @Test
    void aDraftCanBeCancelledWithAReason() {
        long id = draft();

        CallSummary call = calls.cancel(id, "  年度计划调整  ", "officer1");

        assertThat(call.status()).isEqualTo(CallStatus.CANCELLED);
        assertThat(call.cancelReason()).isEqualTo("年度计划调整");
        assertThat(call.cancelledAt()).isEqualTo(clock.instant());
        List<Entry> cancellations = audit.withAction("call.cancel", "call", id);
        assertThat(cancellations).hasSize(1);
        assertThat(cancellations.get(0).actor()).isEqualTo("officer1");
        assertThat(cancellations.get(0).outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(cancellations.get(0).details()).isEqualTo(
                Map.of("from", "DRAFT", "to", "CANCELLED", "reason", "年度计划调整"));
        assertThat(calls.history(id)).containsExactly(new CallStatusChange(CallTransition.CANCEL, CallStatus.DRAFT,
                CallStatus.CANCELLED, clock.instant(), "officer1", "年度计划调整"));
    }

    @Test
    void aPublishedCallCanBeCancelledBeforeFilingOpensAndTheClockThenLeavesItAlone() {
        long id = draft();
        calls.publish(id, "officer1");

        calls.cancel(id, "政策调整，本年度暂停遴选", "officer1");
        clock.set(OPENS.plusDays(1));
        job.advanceCalls();

        assertThat(calls.find(id).orElseThrow().status()).isEqualTo(CallStatus.CANCELLED);
        assertThat(calls.isFilingOpen(id)).isFalse();
        assertThat(auditedActions(id)).containsExactly("call.create", "call.publish", "call.cancel");
    }

    @Test
    void cancellingWithoutAReasonIsRefused() {
        long id = draft();

        assertThatThrownBy(() -> calls.cancel(id, "   ", "officer1"))
                .isInstanceOfSatisfying(CallActionRefusedException.class,
                        e -> assertThat(text(e)).isEqualTo("请填写撤销原因。"));
        assertThat(calls.find(id).orElseThrow().status()).isEqualTo(CallStatus.DRAFT);
    }

    @Test
    void cancellingTwiceIsRefused() {
        long id = draft();
        calls.cancel(id, "重复创建", "officer1");

        assertThatThrownBy(() -> calls.cancel(id, "重复创建", "officer1"))
                .isInstanceOfSatisfying(CallActionRefusedException.class,
                        e -> assertThat(text(e)).isEqualTo("该遴选已撤销，不能再次撤销。"));
    }

    @Test
    void cancellingIsRefusedOnceFilingHasOpenedEvenIfNoJobHasRunYet() {
        long id = draft();
        calls.publish(id, "officer1");
        clock.set(OPENS.plusSeconds(1));

        assertThatThrownBy(() -> calls.cancel(id, "来不及了", "officer1"))
                .isInstanceOfSatisfying(CallActionRefusedException.class, e -> assertThat(text(e))
                        .isEqualTo("该遴选当前为“申报中”，只有草稿或尚未开始申报的遴选可以撤销。"));
    }

    @Test
    void aCancelledCallCannotBePublished() {
        long id = draft();
        calls.cancel(id, "重复创建", "officer1");

        assertThatThrownBy(() -> calls.publish(id, "officer1"))
                .isInstanceOfSatisfying(CallActionRefusedException.class,
                        e -> assertThat(text(e)).isEqualTo("该遴选当前为“已撤销”，只有草稿可以发布。"));
    }

    @Test
    void theClockRefusesATransitionBeforeItsMilestone() {
        long id = draft();
        calls.publish(id, "officer1");

        assertThat(service.transition(id, CallTransition.OPEN_FILING, clock.instant(), "system", null)).isEmpty();
        assertThat(calls.find(id).orElseThrow().status()).isEqualTo(CallStatus.PUBLISHED);
    }

    @Test
    void everyIllegalTransitionIsRefusedWithItsOwnMessage() {
        record Case(CallStatus status, CallTransition transition, String message) {
        }
        List<Case> cases = List.of(
                new Case(CallStatus.DRAFT, CallTransition.OPEN_FILING, "该遴选当前为“草稿”，不能开始申报。"),
                new Case(CallStatus.FILING_OPEN, CallTransition.OPEN_FILING, "该遴选已开始申报。"),
                new Case(CallStatus.PUBLISHED, CallTransition.CLOSE_FILING, "该遴选当前为“已发布，待开始申报”，不能截止申报。"),
                new Case(CallStatus.FILING_CLOSED, CallTransition.CLOSE_FILING, "该遴选的申报已截止。"),
                new Case(CallStatus.FILING_OPEN, CallTransition.CLOSE_RECOMMENDATION, "该遴选当前为“申报中”，不能截止推荐。"),
                new Case(CallStatus.RECOMMENDATION_CLOSED, CallTransition.CLOSE_RECOMMENDATION, "该遴选的推荐已截止。"),
                new Case(CallStatus.FILING_CLOSED, CallTransition.CANCEL, "该遴选当前为“申报已截止，推荐中”，只有草稿或尚未开始申报的遴选可以撤销。"),
                new Case(CallStatus.RECOMMENDATION_CLOSED, CallTransition.PUBLISH, "该遴选当前为“推荐已截止”，只有草稿可以发布。"));
        for (Case c : cases) {
            ProgrammeCall call = new ProgrammeCall(1L, 2031, "t", null, OPENS.atZone(MutableClock.SHANGHAI).toInstant(),
                    CLOSES.atZone(MutableClock.SHANGHAI).toInstant(), DEADLINE.atZone(MutableClock.SHANGHAI).toInstant(),
                    null, null, "2020", c.status(), 3, null, null, null, "a", null, "a", null);
            assertThat(call.refusalOf(c.transition(), DEADLINE.plusDays(1).atZone(MutableClock.SHANGHAI).toInstant(), MutableClock.SHANGHAI,
                    "reason")).as(c.toString()).hasValueSatisfying(e -> assertThat(text(e)).isEqualTo(c.message()));
        }
    }

    @Test
    void aNodeThatLostTheRaceToTheSameTransitionWritesNothing() {
        long id = draft();
        calls.publish(id, "officer1");
        clock.set(OPENS);
        // Two nodes read the call as PUBLISHED at the same version ...
        ProgrammeCall readByBoth = repository.find(id).orElseThrow();
        ProgrammeCall next = readByBoth.after(CallTransition.OPEN_FILING, clock.instant(), "system", null);

        // ... only the first conditional write matches a row.
        assertThat(repository.changeStatus(next, readByBoth.status(), readByBoth.version())).isTrue();
        assertThat(repository.changeStatus(next, readByBoth.status(), readByBoth.version())).isFalse();
        assertThat(service.transition(id, CallTransition.OPEN_FILING, clock.instant(), "system", null)).isEmpty();
        assertThat(calls.find(id).orElseThrow().version()).isEqualTo(2);
        // the winner here wrote through the repository alone, so any entry would be the loser's
        assertThat(audit.withAction("call.open-filing", "call", id)).isEmpty();
    }
}
