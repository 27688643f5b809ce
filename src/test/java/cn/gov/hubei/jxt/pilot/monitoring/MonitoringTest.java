package cn.gov.hubei.jxt.pilot.monitoring;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.designation.DesignationStatus;
import cn.gov.hubei.jxt.pilot.designation.Designations;
import cn.gov.hubei.jxt.pilot.designation.Publications;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.ReviewWorld;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The dynamic adjustment end to end on the real database: three designated projects, a round opened on Monday
 * 2 November 2026 with its deadline on Monday 30 November; drafts refused with broken values and stale versions, the
 * report submitted with its changes computed by direction; the division comments, the office rates 合格, 限期整改 (then
 * the rectification concluded) and 剔除 (the designation revoked); reminders once per threshold; overdue drafts;
 * expiry notices and the expiry; a spot check; the figure the analytics read.
 */
@IntegrationTest
class MonitoringTest {

    static final LocalDate OPENS = LocalDate.of(2026, 11, 2);
    static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);

    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired ExpertPool pool;
    @Autowired Experts experts;
    @Autowired ReviewMeetings meetings;
    @Autowired Proposals proposals;
    @Autowired NoticeDrafts drafts;
    @Autowired PublicNotices notices;
    @Autowired Publications publications;
    @Autowired Designations designations;
    @Autowired ReportingRounds rounds;
    @Autowired MonitoringReports reports;
    @Autowired SpotChecks checks;
    @Autowired MonitoringFigures figures;
    @Autowired MessageSource messages;
    @Autowired JdbcClient jdbc;
    @Autowired cn.gov.hubei.jxt.pilot.monitoring.internal.MonitoringClockAccess monitoringClock;

    MonitoringWorld world;

    @BeforeEach
    void designated() {
        jdbc.sql("delete from monitoring_reminder").update();
        jdbc.sql("delete from monitoring_report_file").update();
        jdbc.sql("delete from monitoring_report").update();
        jdbc.sql("delete from monitoring_round").update();
        world = new MonitoringWorld(new ReviewWorld(calls, enterprises, users, clock, applications, recommendations,
                reviews, pool, experts, meetings), clock, proposals, drafts, notices, publications, 3);
        clock.set(OPENS.atTime(9, 0));
    }

    Round opened() {
        return rounds.open(2026, OPENS.toString(), DEADLINE.toString(), MonitoringWorld.officer());
    }

    Report reportOf(int i) {
        return reports.ofDesignation(world.project(i).id(), MonitoringWorld.officer()).get(0);
    }

    static ReportDraft complete(Report report, String operatingCost) {
        List<ReportDraft.Achieved> values = List.of(new ReportDraft.Achieved("OPERATING_COST", operatingCost),
                new ReportDraft.Achieved("DEVELOPMENT_CYCLE", "85"),
                new ReportDraft.Achieved("PRODUCTION_EFFICIENCY", "110"),
                new ReportDraft.Achieved("DEFECT_RATE", "1.2"),
                new ReportDraft.Achieved("ENERGY_UTILISATION", "90"));
        List<ReportDraft.Answer> answers = new ArrayList<>();
        for (Report.ConditionLine c : report.conditions()) {
            answers.add(new ReportDraft.Answer(c.modeCode(), c.number(), true, "设备联网率92%，见附件运行记录"));
        }
        return new ReportDraft(values, answers, "二期产线已于2026年9月投产。", List.of("基于数字孪生的产线调度"));
    }

    String message(FieldProblem p) {
        return messages.getMessage(p, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void openingARoundDueEveryValidDesignationOnceAYear() {
        assertThatThrownBy(() -> rounds.open(2026, OPENS.toString(), "2026-11-29", MonitoringWorld.officer()))
                .isInstanceOfSatisfying(MonitoringRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("deadline", "monitoring.field.deadline.not-working-day")));
        assertThatThrownBy(() -> rounds.open(2026, OPENS.toString(), DEADLINE.toString(),
                world.unit(0))).isInstanceOf(MonitoringRefusedException.class);
        Round round = opened();
        assertThat(round.title()).isEqualTo("2026年度报告");
        assertThat(round.phase()).isEqualTo(RoundPhase.OPEN);
        for (int i = 0; i < 3; i++) {
            assertThat(reports.ofDesignation(world.project(i).id(), MonitoringWorld.officer()))
                    .extracting(Report::status).containsExactly(ReportStatus.DRAFT);
        }
        assertThat(rounds.reports(round.id(), MonitoringWorld.officer())).extracting(Report::designationId)
                .contains(world.project(0).id(), world.project(1).id(), world.project(2).id());
        assertThatThrownBy(this::opened).isInstanceOfSatisfying(MonitoringRejectedException.class,
                e -> assertThat(message(e.problems().get(0))).isEqualTo("2026年度的报告轮次已经开启，每年一轮。"));
        assertThat(new AuditEntries(jdbc).forTarget("monitoring_round", round.id()))
                .extracting(AuditEntries.Entry::action)
                .containsExactly("monitoring.round-opened", "monitoring.round-started");
    }

    @Test
    void theUnitsReportRefusesNonsenseAndComputesTheChangesByDirection() {
        opened();
        Report report = reports.find(reportOf(0).id(), world.unit(0)).orElseThrow();
        assertThat(report.indicators()).extracting(Report.IndicatorLine::code, Report.IndicatorLine::baseline,
                        Report.IndicatorLine::target, Report.IndicatorLine::targetChange)
                .containsExactly(tuple("OPERATING_COST", "1000", "800", new BigDecimal("20.0")),
                        tuple("DEVELOPMENT_CYCLE", "120", "90", new BigDecimal("25.0")),
                        tuple("PRODUCTION_EFFICIENCY", "100", "125", new BigDecimal("25.0")),
                        tuple("DEFECT_RATE", "2.0", "1.5", new BigDecimal("25.0")),
                        tuple("ENERGY_UTILISATION", "80", "88", new BigDecimal("10.0")));
        assertThat(report.conditions()).isNotEmpty().allSatisfy(c -> assertThat(c.modeCode()).isEqualTo("DISCRETE"));

        ReportDraft nonsense = new ReportDraft(List.of(new ReportDraft.Achieved("OPERATING_COST", "很多"),
                new ReportDraft.Achieved("DEFECT_RATE", "-1")), List.of(), null, List.of());
        assertThatThrownBy(() -> reports.save(report.id(), nonsense, report.version(), world.unit(0)))
                .isInstanceOfSatisfying(MonitoringRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, this::message)
                        .containsExactly(tuple("indicators[OPERATING_COST]", "运营成本的实际值须为数字。"),
                                tuple("indicators[DEFECT_RATE]", "产品不良品率的实际值不能为负数。")));
        assertThat(reports.find(report.id(), world.unit(0)).orElseThrow().version()).isEqualTo(report.version());
        assertThatThrownBy(() -> reports.submit(report.id(), world.unit(0)))
                .isInstanceOfSatisfying(MonitoringRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("indicators[OPERATING_COST]", "progress"));

        Report saved = reports.save(report.id(), complete(report, "750"), report.version(), world.unit(0));
        assertThatThrownBy(() -> reports.save(report.id(), complete(report, "760"), report.version(),
                world.unit(0))).isInstanceOfSatisfying(MonitoringRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("monitoring.stale"));
        assertThat(saved.indicators()).extracting(Report.IndicatorLine::code, Report.IndicatorLine::change,
                        Report.IndicatorLine::reached)
                .containsExactly(tuple("OPERATING_COST", new BigDecimal("25.0"), true),
                        tuple("DEVELOPMENT_CYCLE", new BigDecimal("29.2"), true),
                        tuple("PRODUCTION_EFFICIENCY", new BigDecimal("10.0"), false),
                        tuple("DEFECT_RATE", new BigDecimal("40.0"), true),
                        tuple("ENERGY_UTILISATION", new BigDecimal("12.5"), true));
        assertThatThrownBy(() -> reports.find(report.id(), world.unit(1)).orElseThrow())
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> reports.save(report.id(), complete(report, "1"), saved.version(), world.unit(1)))
                .isInstanceOf(MonitoringNotFoundException.class);

        Report submitted = reports.submit(report.id(), world.unit(0));
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reports.submit(report.id(), world.unit(0)).version()).isEqualTo(submitted.version());
        assertThatThrownBy(() -> reports.save(report.id(), complete(report, "1"), submitted.version(),
                world.unit(0))).isInstanceOf(MonitoringRefusedException.class);
        assertThat(reports.find(report.id(), world.unit(0)).orElseThrow().indicators().get(0).achieved())
                .isEqualTo("750");
        assertThat(new AuditEntries(jdbc).forTarget("monitoring_report", report.id()))
                .extracting(AuditEntries.Entry::action).containsExactly("monitoring.report.submit");
    }

    Report submitted(int i) {
        Report r = reports.find(reportOf(i).id(), world.unit(i)).orElseThrow();
        reports.save(r.id(), complete(r, "780"), r.version(), world.unit(i));
        return reports.submit(r.id(), world.unit(i));
    }

    @Test
    void theDivisionCommentsThenTheOfficeRatesRectifiesAndRemoves() {
        opened();
        Report a = submitted(0);
        Report b = submitted(1);
        Report c = submitted(2);
        // another division's recommender does not see the report
        String other = "420500".equals(world.project(0).divisionCode()) ? "420100" : "420500";
        assertThat(reports.find(a.id(), new cn.gov.hubei.jxt.pilot.identity.CurrentUser(0, "r", "r",
                java.util.Set.of(Role.RECOMMENDER), null, other, false))).isEmpty();
        assertThatThrownBy(() -> reports.decide(a.id(), ReportTransition.QUALIFY, new Evaluation("", null),
                MonitoringWorld.officer())).isInstanceOfSatisfying(MonitoringRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("monitoring.qualify.refused"));
        assertThatThrownBy(() -> reports.decide(a.id(), ReportTransition.COMMENT, new Evaluation("", null),
                world.recommender(0))).isInstanceOf(MonitoringRejectedException.class);
        for (int i = 0; i < 3; i++) {
            reports.decide(List.of(a, b, c).get(i).id(), ReportTransition.COMMENT,
                    new Evaluation("经核实，报告内容属实。", null), world.recommender(i));
        }
        Report qualified = reports.decide(a.id(), ReportTransition.QUALIFY, new Evaluation("", null),
                MonitoringWorld.officer());
        assertThat(qualified.status()).isEqualTo(ReportStatus.QUALIFIED);
        assertThat(reports.decide(a.id(), ReportTransition.QUALIFY, new Evaluation("", null),
                MonitoringWorld.officer()).version()).isEqualTo(qualified.version());

        assertThatThrownBy(() -> reports.decide(b.id(), ReportTransition.ORDER_RECTIFICATION,
                new Evaluation("生产效率未达目标", "2026-12-05"), MonitoringWorld.officer()))
                .isInstanceOfSatisfying(MonitoringRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("monitoring.field.deadline.not-working-day"));
        Report rectifying = reports.decide(b.id(), ReportTransition.ORDER_RECTIFICATION,
                new Evaluation("生产效率未达目标", "2026-12-31"), MonitoringWorld.officer());
        assertThat(rectifying.status()).isEqualTo(ReportStatus.RECTIFYING);
        assertThat(rectifying.rectifyDeadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(figures.inRectificationByYear(null)).containsEntry(2026, 1L);
        assertThat(figures.inRectificationByYear(world.project(1).divisionCode())).containsEntry(2026, 1L);
        String otherOfB = "420500".equals(world.project(1).divisionCode()) ? "420100" : "420500";
        assertThat(figures.inRectificationByYear(otherOfB)).doesNotContainKey(2026);
        reports.decide(b.id(), ReportTransition.SUBMIT_RECTIFICATION,
                new Evaluation("新增两条自动化产线，效率提升至128件/小时。", null), world.unit(1));
        Report concluded = reports.decide(b.id(), ReportTransition.CONCLUDE_QUALIFIED, new Evaluation("", null),
                MonitoringWorld.officer());
        assertThat(concluded.status()).isEqualTo(ReportStatus.QUALIFIED);
        assertThat(figures.inRectificationByYear(null)).doesNotContainKey(2026);

        Report removed = reports.decide(c.id(), ReportTransition.REMOVE,
                new Evaluation("主要生产线已停产，不再满足要素条件。", null), MonitoringWorld.officer());
        assertThat(removed.status()).isEqualTo(ReportStatus.REMOVED);
        assertThat(designations.find(world.project(2).id()).orElseThrow().status())
                .isEqualTo(DesignationStatus.REVOKED);
        assertThat(designations.find(world.project(0).id()).orElseThrow().status())
                .isEqualTo(DesignationStatus.VALID);
        assertThat(new AuditEntries(jdbc).forTarget("monitoring_report", c.id()))
                .extracting(AuditEntries.Entry::action).containsExactly("monitoring.report.submit",
                        "monitoring.report.comment", "monitoring.report.remove");
        assertThat(new AuditEntries(jdbc).forTarget("designated_project", world.project(2).id()))
                .extracting(AuditEntries.Entry::action).contains("designation.revoked");
        String unit = users.holders(Role.APPLICANT, world.enterpriseOf(2), null).get(0).username();
        assertThat(jdbc.sql("select subject from notification_inbox where username = :u and kind = 'monitoring.remove'")
                .param("u", unit).query(String.class).list()).hasSize(1);
    }

    @Test
    void remindersOncePerThresholdNoneAfterSubmissionThenOverdue() {
        opened();
        Report a = reportOf(0);
        submitted(1);
        clock.set(DEADLINE.minusDays(20).atTime(8, 0));
        monitoringClock.remind();
        assertThat(monitoringClock.reminders(a.id())).isEmpty();
        clock.set(DEADLINE.minusDays(14).atTime(8, 0));
        monitoringClock.remind();
        assertThat(monitoringClock.remind()).isZero();
        assertThat(monitoringClock.reminders(a.id())).containsExactly(14);
        clock.set(DEADLINE.minusDays(10).atTime(8, 0));
        assertThat(monitoringClock.remind()).isZero();
        clock.set(DEADLINE.minusDays(7).atTime(8, 0));
        monitoringClock.remind();
        clock.set(DEADLINE.minusDays(1).atTime(8, 0));
        monitoringClock.remind();
        monitoringClock.remind();
        assertThat(monitoringClock.reminders(a.id())).containsExactly(14, 7, 1);
        assertThat(monitoringClock.reminders(reportOf(2).id())).containsExactly(14, 7, 1);
        String unit = users.holders(Role.APPLICANT, world.enterpriseOf(0), null).get(0).username();
        assertThat(jdbc.sql("select count(*) from notification_inbox where username = :u and kind = 'monitoring.reminder'")
                .param("u", unit).query(Long.class).single()).isEqualTo(3L);
        assertThat(monitoringClock.reminders(reportOf(1).id())).isEmpty();
        assertThatThrownBy(() -> reports.decide(a.id(), ReportTransition.REMOVE_UNREPORTED,
                new Evaluation("未按期报送年度报告。", null), MonitoringWorld.officer()))
                .isInstanceOfSatisfying(MonitoringRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("monitoring.remove-unreported.refused"));

        clock.set(DEADLINE.plusDays(1).atTime(8, 0));
        monitoringClock.markOverdue();
        assertThat(monitoringClock.markOverdue()).isZero();
        assertThat(reports.find(a.id(), world.unit(0)).orElseThrow().overdue()).isTrue();
        assertThat(reports.find(reportOf(1).id(), world.unit(1)).orElseThrow().overdue()).isFalse();
        assertThatThrownBy(() -> reports.submit(a.id(), world.unit(0)))
                .isInstanceOf(MonitoringRefusedException.class);
        Report removed = reports.decide(a.id(), ReportTransition.REMOVE_UNREPORTED,
                new Evaluation("未按期报送年度报告。", null), MonitoringWorld.officer());
        assertThat(removed.status()).isEqualTo(ReportStatus.REMOVED);
        assertThat(designations.find(world.project(0).id()).orElseThrow().status())
                .isEqualTo(DesignationStatus.REVOKED);
    }

    @Test
    void expiryNoticesNinetyAndThirtyDaysBeforeThenTheExpiryRecorded() {
        long id = world.project(0).id();
        clock.set(MonitoringWorld.VALID_UNTIL.minusDays(91).atTime(8, 0));
        monitoringClock.expiries();
        assertThat(monitoringClock.expiryNotices(id)).isEmpty();
        clock.set(MonitoringWorld.VALID_UNTIL.minusDays(90).atTime(8, 0));
        monitoringClock.expiries();
        monitoringClock.expiries();
        assertThat(monitoringClock.expiryNotices(id)).containsExactly("D90");
        clock.set(MonitoringWorld.VALID_UNTIL.minusDays(30).atTime(8, 0));
        monitoringClock.expiries();
        clock.set(MonitoringWorld.VALID_UNTIL.atTime(8, 0));
        monitoringClock.expiries();
        assertThat(monitoringClock.expiryNotices(id)).containsExactly("D90", "D30");
        assertThat(designations.find(id).orElseThrow().status()).isEqualTo(DesignationStatus.VALID);
        clock.set(MonitoringWorld.VALID_UNTIL.plusDays(1).atTime(0, 30));
        monitoringClock.expiries();
        monitoringClock.expiries();
        assertThat(monitoringClock.expiryNotices(id)).containsExactly("D90", "D30", "EXPIRED");
        assertThat(designations.find(id).orElseThrow().status()).isEqualTo(DesignationStatus.EXPIRED);
        assertThat(new AuditEntries(jdbc).forTarget("designated_project", id)).extracting(AuditEntries.Entry::action)
                .containsOnlyOnce("monitoring.designation-expired");
        String unit = users.holders(Role.APPLICANT, world.enterpriseOf(0), null).get(0).username();
        assertThat(jdbc.sql("select kind from notification_inbox where username = :u and kind like 'monitoring.%' "
                        + "order by id").param("u", unit).query(String.class).list())
                .containsExactly("monitoring.expiring", "monitoring.expiring", "monitoring.expired");
    }

    @Test
    void aSpotCheckWithTheSiteVisitChecklistCanRemove() {
        long id = world.project(0).id();
        List<SpotCheck.Item> items = checks.checklist(id, MonitoringWorld.officer());
        assertThat(items).filteredOn(i -> i.source().equals("RECOMMENDATION")).hasSize(8);
        assertThat(items).filteredOn(i -> i.source().equals("ELEMENT")).isNotEmpty();
        assertThatThrownBy(() -> checks.checklist(id, world.unit(0))).isInstanceOf(MonitoringNotFoundException.class);
        List<String> findings = items.stream().map(i -> "MET").toList();
        assertThatThrownBy(() -> checks.record(id, new NewSpotCheck(OPENS.toString(), findings, List.of(), "整体良好",
                "REMOVED", null, null, null, null, null), MonitoringWorld.officer()))
                .isInstanceOfSatisfying(MonitoringRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("reason"));
        SpotCheck check = checks.record(id, new NewSpotCheck(OPENS.toString(), findings, List.of(),
                "现场核查发现项目已整体搬迁外省。", "REMOVED", null, null, "项目已迁出湖北省。", null, null),
                MonitoringWorld.officer());
        assertThat(check.conclusion()).isEqualTo(SpotCheck.Conclusion.REMOVED);
        assertThat(check.items()).hasSize(items.size()).allSatisfy(i -> assertThat(i.finding()).isEqualTo("MET"));
        assertThat(designations.find(id).orElseThrow().status()).isEqualTo(DesignationStatus.REVOKED);
        assertThat(new AuditEntries(jdbc).forTarget("monitoring_check", check.id()))
                .extracting(AuditEntries.Entry::action).containsExactly("monitoring.check-recorded");
    }

    @Test
    void aSpotCheckOrderingRectificationIsFollowedUpOnceAndMayRemove() {
        long keptId = world.project(0).id();
        long removedId = world.project(1).id();
        List<String> kept = checks.checklist(keptId, MonitoringWorld.officer()).stream().map(i -> "PARTLY").toList();
        List<String> other = checks.checklist(removedId, MonitoringWorld.officer()).stream().map(i -> "NOT_MET")
                .toList();
        SpotCheck passed = checks.record(keptId, new NewSpotCheck(OPENS.toString(), kept, List.of(), "整体良好。",
                "QUALIFIED", null, null, null, null, null), MonitoringWorld.officer());
        SpotCheck a = checks.record(keptId, new NewSpotCheck(OPENS.toString(), kept, List.of(),
                "设备联网率低于要素条件。", "RECTIFYING", "2026-12-15", "提高关键设备联网率至90%以上。", null, null,
                null), MonitoringWorld.officer());
        SpotCheck b = checks.record(removedId, new NewSpotCheck(OPENS.toString(), other, List.of(),
                "主要生产线停产。", "RECTIFYING", "2026-12-15", "恢复生产线运行。", null, null, null),
                MonitoringWorld.officer());
        assertThat(a.awaitsFollowUp()).isTrue();
        assertThat(passed.awaitsFollowUp()).isFalse();

        // only the office, only after a 限期整改, with an outcome and a note
        assertThatThrownBy(() -> checks.followUp(a.id(), "QUALIFIED", "已整改。", world.unit(0)))
                .isInstanceOf(MonitoringNotFoundException.class);
        assertThatThrownBy(() -> checks.followUp(passed.id(), "QUALIFIED", "已整改。", MonitoringWorld.officer()))
                .isInstanceOfSatisfying(MonitoringRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("monitoring.check.follow-up.refused"));
        assertThatThrownBy(() -> checks.followUp(a.id(), "MAYBE", " ", MonitoringWorld.officer()))
                .isInstanceOfSatisfying(MonitoringRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, this::message)
                        .containsExactly(tuple("followUp", "请选择复查结论。"),
                                tuple("followUpNote", "请填写复查情况。")));
        assertThat(checks.find(a.id(), MonitoringWorld.officer()).orElseThrow().followUp()).isNull();

        clock.set(LocalDate.of(2026, 12, 16).atTime(10, 0));
        SpotCheck rectified = checks.followUp(a.id(), "QUALIFIED", "复查：关键设备联网率已达93%。",
                MonitoringWorld.officer());
        assertThat(rectified.followUp()).isEqualTo(SpotCheck.FollowUp.QUALIFIED);
        assertThat(rectified.followUpNote()).isEqualTo("复查：关键设备联网率已达93%。");
        assertThat(rectified.awaitsFollowUp()).isFalse();
        // a double click changes nothing; another outcome afterwards is refused
        assertThat(checks.followUp(a.id(), "QUALIFIED", "再次提交", MonitoringWorld.officer()).followUpNote())
                .isEqualTo("复查：关键设备联网率已达93%。");
        assertThatThrownBy(() -> checks.followUp(a.id(), "REMOVED", "改判", MonitoringWorld.officer()))
                .isInstanceOf(MonitoringRefusedException.class);
        assertThat(designations.find(keptId).orElseThrow().status()).isEqualTo(DesignationStatus.VALID);

        long inboxBefore = jdbc.sql("select coalesce(max(id), 0) from notification_inbox").query(Long.class).single();
        SpotCheck removed = checks.followUp(b.id(), "REMOVED", "复查：生产线仍未恢复，整改不到位。",
                MonitoringWorld.officer());
        assertThat(removed.followUp()).isEqualTo(SpotCheck.FollowUp.REMOVED);
        assertThat(designations.find(removedId).orElseThrow().status()).isEqualTo(DesignationStatus.REVOKED);
        assertThat(new AuditEntries(jdbc).forTarget("monitoring_check", a.id()))
                .extracting(AuditEntries.Entry::action)
                .containsExactly("monitoring.check-recorded", "monitoring.check-followed-up");
        assertThat(new AuditEntries(jdbc).forTarget("designated_project", removedId))
                .extracting(AuditEntries.Entry::action).contains("designation.revoked");
        // the unit and the division told: inbox entries after the follow-up
        assertThat(jdbc.sql("select count(*) from notification_inbox where kind = 'monitoring.check' and subject = :s "
                + "and id > :after").param("s", "整改复查后剔除：" + world.project(1).projectName())
                .param("after", inboxBefore).query(Integer.class).single()).isPositive();
    }
}
