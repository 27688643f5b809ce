package cn.gov.hubei.jxt.pilot.call;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries.Entry;
import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.gov.hubei.jxt.pilot.call.CallFixtures.aCall;
import static cn.gov.hubei.jxt.pilot.call.CallFixtures.aCallOpeningAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** The rules of a call's terms, and what may change in which status. */
@CallIntegrationTest
class CallRulesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDateTime OPENS = LocalDateTime.of(2032, 3, 1, 9, 0);

    @Autowired Calls calls;
    @Autowired MutableClock clock;
    @Autowired MessageSource messages;
    @Autowired JdbcClient jdbc;
    AuditEntries audit;

    @BeforeEach
    void beforeTheCall() {
        clock.set(OPENS.minusDays(10));
        audit = new AuditEntries(jdbc);
    }

    /** The broken rules as field → text a person reads. */
    Map<String, String> errorsOf(Runnable action) {
        try {
            action.run();
        } catch (CallValidationException e) {
            return e.violations().stream().collect(Collectors.toMap(FieldProblem::field,
                    v -> messages.getMessage(v, Locale.SIMPLIFIED_CHINESE), (a, b) -> a + " | " + b));
        }
        throw new AssertionError("expected the rules to refuse the terms");
    }

    @Test
    void everyRequiredTermIsNamedBesideItsField() {
        NewCall empty = new NewCall(null, "  ", null, null, null, null, null, null, null);

        assertThat(errorsOf(() -> calls.create(empty, "officer1"))).containsOnly(
                entry("year", "请填写遴选年度。"),
                entry("title", "请填写遴选名称。"),
                entry("filingOpensAt", "请填写申报开始时间。"),
                entry("filingClosesAt", "请填写申报截止时间。"),
                entry("recommendationDeadline", "请填写推荐截止时间。"),
                entry("elementConditionVersion", "请选择要素条件版本。"));
    }

    @Test
    void filingMustOpenBeforeItClosesAndCloseNoLaterThanTheRecommendersDeadline() {
        NewCall backwards = aCall().opening(OPENS).closing(OPENS).deadline(OPENS.minusMinutes(1)).build();

        assertThat(errorsOf(() -> calls.create(backwards, "officer1"))).containsOnly(
                entry("filingClosesAt", "申报截止时间应晚于申报开始时间。"),
                entry("recommendationDeadline", "推荐截止时间不能早于申报截止时间。"));
    }

    @Test
    void theRecommendersDeadlineMayEqualTheClosingTime() {
        NewCall call = aCall().opening(OPENS).closing(OPENS.plusDays(30)).deadline(OPENS.plusDays(30)).build();

        assertThat(calls.create(call, "officer1").status()).isEqualTo(CallStatus.DRAFT);
    }

    @Test
    void theYearMustMatchTheYearFilingOpensInAndLieWithinTheProgrammesRange() {
        assertThat(errorsOf(() -> calls.create(aCallOpeningAt(OPENS).year(2031).build(), "officer1")))
                .containsOnly(entry("year", "遴选年度（2031年）与申报开始时间所在年份（2032年）不一致。"));
        assertThat(errorsOf(() -> calls.create(aCallOpeningAt(OPENS).year(2019).build(), "officer1")))
                .containsOnly(entry("year", "遴选年度应在2020年至2100年之间。"));
    }

    @Test
    void theYearFollowsBeijingTimeNotUtc() {
        // 2033-01-01 00:30 in Shanghai is still 2032 in UTC.
        NewCall call = aCallOpeningAt(LocalDateTime.of(2033, 1, 1, 0, 30)).year(2033).build();

        assertThat(calls.create(call, "officer1").year()).isEqualTo(2033);
    }

    @Test
    void quotasAreWholeNumbersOfAtLeastOneOrEmpty() {
        assertThat(errorsOf(() -> calls.create(aCallOpeningAt(OPENS).quota(0).maxProjects(0).build(), "officer1")))
                .containsOnly(
                        entry("recommendationQuota", "推荐名额应为不小于1的整数；不限名额请留空。"),
                        entry("maxProjectsPerEnterprise", "每家企业限报项目数应为不小于1的整数；不限请留空。"));
        CallSummary unlimited = calls.create(aCallOpeningAt(OPENS).quota(null).maxProjects(null).build(), "officer1");
        assertThat(unlimited.recommendationQuota()).isNull();
        assertThat(unlimited.maxProjectsPerEnterprise()).isNull();
    }

    @Test
    void theElementConditionVersionMustBeOneTheCatalogueKnows() {
        assertThat(errorsOf(() -> calls.create(aCallOpeningAt(OPENS).elementConditionVersion("2019").build(),
                "officer1")))
                .containsOnly(entry("elementConditionVersion", "要素条件版本“2019”不存在，可选的版本：2020。"));
    }

    @Test
    void theTitleIsCountedInCharactersAsPeopleSeeThem() {
        String title200 = "智".repeat(199) + "𠀀"; // a supplementary character counts as one
        assertThat(calls.create(aCallOpeningAt(OPENS).title(title200).build(), "officer1").title()).isEqualTo(title200);

        assertThat(errorsOf(() -> calls.create(aCallOpeningAt(OPENS).title("智".repeat(201)).build(), "officer1")))
                .containsOnly(entry("title", "遴选名称不能超过200个字（现有201个字）。"));
    }

    @Test
    void textIsTrimmedAndABlankNoticeIsNoNotice() {
        CallSummary call = calls.create(aCallOpeningAt(OPENS).title("  2032年遴选（修剪）  ").notice("   ").build(),
                "officer1");

        assertThat(call.title()).isEqualTo("2032年遴选（修剪）");
        assertThat(call.notice()).isNull();
    }

    @Test
    void everyTermOfADraftOrPublishedCallMayChangeAndTheEditIsAuditedWithBeforeAndAfter() {
        CallSummary draft = calls.create(aCallOpeningAt(OPENS).build(), "officer1");
        CallSummary published = calls.publish(draft.id(), "officer1");

        CallChanges changes = new CallChanges(2032, "2032年遴选（已改名）", "新的通知", OPENS.plusDays(1)
                .atZone(SHANGHAI).toInstant(), OPENS.plusDays(40).atZone(SHANGHAI).toInstant(),
                OPENS.plusDays(50).atZone(SHANGHAI).toInstant(), 5, 3, "2020");
        CallSummary updated = calls.update(draft.id(), published.version(), changes, "officer2");

        assertThat(updated.title()).isEqualTo("2032年遴选（已改名）");
        assertThat(updated.maxProjectsPerEnterprise()).isEqualTo(3);
        assertThat(updated.updatedBy()).isEqualTo("officer2");
        assertThat(updated.version()).isEqualTo(published.version() + 1);
        List<Entry> entries = audit.forTarget("call", draft.id());
        assertThat(entries).extracting(Entry::action).containsExactly("call.create", "call.publish", "call.update");
        Entry edit = entries.get(2);
        assertThat(edit.actor()).isEqualTo("officer2");
        assertThat(edit.role()).as("the service names the actor, not the role").isNull();
        assertThat(edit.targetType()).isEqualTo("call");
        assertThat(edit.targetId()).isEqualTo(String.valueOf(draft.id()));
        assertThat(edit.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(edit.details()).isEqualTo(Map.of(
                "status", "PUBLISHED",
                "before", Map.of("title", draft.title(), "notice", "请各地按要求组织申报。",
                        "filingOpensAt", "2032-03-01T09:00+08:00", "filingClosesAt", "2032-04-30T09:00+08:00",
                        "recommendationDeadline", "2032-05-15T09:00+08:00", "recommendationQuota", "10",
                        "maxProjectsPerEnterprise", "2"),
                "after", Map.of("title", "2032年遴选（已改名）", "notice", "新的通知",
                        "filingOpensAt", "2032-03-02T09:00+08:00", "filingClosesAt", "2032-04-10T09:00+08:00",
                        "recommendationDeadline", "2032-04-20T09:00+08:00", "recommendationQuota", "5",
                        "maxProjectsPerEnterprise", "3")));
    }

    @Test
    void anEditThatChangesNothingWritesNothing() {
        CallSummary draft = calls.create(aCallOpeningAt(OPENS).build(), "officer1");

        CallSummary same = calls.update(draft.id(), draft.version(), CallChanges.of(draft), "officer2");

        assertThat(same.version()).isEqualTo(draft.version());
        assertThat(audit.forTarget("call", draft.id())).extracting(Entry::action).containsExactly("call.create");
    }

    @Test
    void whileFilingIsOpenOnlyTheClosingTimeDeadlineQuotaAndNoticeMayChange() {
        CallSummary call = openCall();
        CallChanges everything = new CallChanges(2033, "改名", "改通知", OPENS.plusHours(1).atZone(SHANGHAI).toInstant(),
                OPENS.plusDays(70).atZone(SHANGHAI).toInstant(), OPENS.plusDays(80).atZone(SHANGHAI).toInstant(),
                20, 5, "2020");

        assertThat(errorsOf(() -> calls.update(call.id(), call.version(), everything, "officer1"))).containsOnly(
                entry("year", "申报已开始，此项不能修改。"),
                entry("title", "申报已开始，此项不能修改。"),
                entry("filingOpensAt", "申报已开始，此项不能修改。"),
                entry("maxProjectsPerEnterprise", "申报已开始，此项不能修改。"));
    }

    @Test
    void whileFilingIsOpenTheWindowCanBeExtended() {
        CallSummary call = openCall();
        LocalDateTime extended = OPENS.plusDays(70);
        CallChanges extension = CallChanges.of(call)
                .withFilingClosesAt(extended.atZone(SHANGHAI).toInstant())
                .withRecommendationDeadline(extended.plusDays(10).atZone(SHANGHAI).toInstant())
                .withRecommendationQuota(12);

        CallSummary updated = calls.update(call.id(), call.version(), extension, "officer1");

        assertThat(updated.status()).isEqualTo(CallStatus.FILING_OPEN);
        assertThat(updated.filingClosesAt()).isEqualTo(extended.atZone(SHANGHAI).toInstant());
        assertThat(updated.recommendationQuota()).isEqualTo(12);
        List<Entry> extensions = audit.withAction("call.update", "call", call.id());
        assertThat(extensions).hasSize(1);
        assertThat(extensions.get(0).actor()).isEqualTo("officer1");
        assertThat(extensions.get(0).outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(extensions.get(0).details()).isEqualTo(Map.of(
                "status", "FILING_OPEN",
                "before", Map.of("filingClosesAt", "2032-04-30T09:00+08:00",
                        "recommendationDeadline", "2032-05-15T09:00+08:00", "recommendationQuota", "10"),
                "after", Map.of("filingClosesAt", "2032-05-10T09:00+08:00",
                        "recommendationDeadline", "2032-05-20T09:00+08:00", "recommendationQuota", "12")));
    }

    @Test
    void whileFilingIsOpenTheClosingTimeCannotBeMovedIntoThePast() {
        CallSummary call = openCall();
        clock.set(OPENS.plusDays(5));

        CallChanges early = CallChanges.of(calls.find(call.id()).orElseThrow())
                .withFilingClosesAt(OPENS.plusDays(4).atZone(SHANGHAI).toInstant());

        assertThat(errorsOf(() -> calls.update(call.id(), call.version(), early, "officer1")))
                .containsOnly(entry("filingClosesAt", "申报截止时间应晚于当前时间（2032-03-06 09:00）。"));
    }

    @Test
    void afterFilingClosesNothingMayChange() {
        CallSummary call = openCall();
        clock.set(OPENS.plusDays(60));
        CallSummary closed = calls.find(call.id()).orElseThrow();

        assertThatThrownBy(() -> calls.update(call.id(), closed.version(), CallChanges.of(closed).withTitle("新名称"),
                "officer1"))
                .isInstanceOfSatisfying(CallActionRefusedException.class, e -> assertThat(
                        messages.getMessage(e, Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("该遴选当前为“申报已截止，推荐中”，不能修改。"));
    }

    @Test
    void anEditBasedOnAnOldVersionIsAConflict() {
        CallSummary draft = calls.create(aCallOpeningAt(OPENS).build(), "officer1");
        calls.update(draft.id(), draft.version(), CallChanges.of(draft).withTitle("第一位的修改 " + draft.id()),
                "officer1");

        assertThatThrownBy(() -> calls.update(draft.id(), draft.version(),
                CallChanges.of(draft).withTitle("第二位的修改"), "officer2"))
                .isInstanceOfSatisfying(CallVersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(0);
                    assertThat(e.currentVersion()).isEqualTo(1);
                });
        assertThat(calls.find(draft.id()).orElseThrow().title()).isEqualTo("第一位的修改 " + draft.id());
    }

    @Test
    void anEditPreparedBeforeTheClockOpenedFilingIsAConflict() {
        CallSummary draft = calls.create(aCallOpeningAt(OPENS).build(), "officer1");
        CallSummary published = calls.publish(draft.id(), "officer1");
        clock.set(OPENS);

        assertThatThrownBy(() -> calls.update(draft.id(), published.version(),
                CallChanges.of(published).withTitle("改名"), "officer1"))
                .isInstanceOf(CallVersionConflictException.class);
    }

    @Test
    void movingThePublishedOpeningTimeIntoThePastOpensFilingAtOnce() {
        CallSummary published = calls.publish(calls.create(aCallOpeningAt(OPENS).build(), "officer1").id(),
                "officer1");
        LocalDateTime now = OPENS.minusDays(10);
        CallChanges earlier = new CallChanges(2032, published.title(), null, now.minusHours(1).atZone(SHANGHAI)
                .toInstant(), published.filingClosesAt(), published.recommendationDeadline(), null, null, "2020");

        CallSummary updated = calls.update(published.id(), published.version(), earlier, "officer1");

        assertThat(updated.status()).isEqualTo(CallStatus.FILING_OPEN);
    }

    private CallSummary openCall() {
        CallSummary draft = calls.create(aCallOpeningAt(OPENS).build(), "officer1");
        calls.publish(draft.id(), "officer1");
        clock.set(OPENS.plusMinutes(1));
        CallSummary open = calls.find(draft.id()).orElseThrow();
        assertThat(open.status()).isEqualTo(CallStatus.FILING_OPEN);
        return open;
    }
}
