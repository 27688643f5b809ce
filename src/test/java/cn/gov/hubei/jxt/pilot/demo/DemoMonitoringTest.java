package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringReports;
import cn.gov.hubei.jxt.pilot.monitoring.Report;
import cn.gov.hubei.jxt.pilot.monitoring.ReportStatus;
import cn.gov.hubei.jxt.pilot.monitoring.ReportingRounds;
import cn.gov.hubei.jxt.pilot.monitoring.Round;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's reporting round of 2026 on the five designations of 2025, exactly: one report not started, one draft,
 * one submitted awaiting 宜昌, one commented by 武汉 awaiting the office, one rated 合格; loading it again changes
 * nothing. The monitoring's own tests (same database) replace rounds with theirs, so when the demo's round is gone by
 * now it is written again by the step's loader before the states are read.
 */
@IntegrationTest
class DemoMonitoringTest {

    @Autowired DemoMonitoring demoMonitoring;
    @Autowired DemoSteps steps;
    @Autowired ReportingRounds rounds;
    @Autowired MonitoringReports reports;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void theDemoRound() {
        assertThat(steps.loaded("monitoring")).isTrue();
        Round round = round2026();
        if (round == null || !round.opensOn().equals(LocalDate.parse(DemoMonitoring.OPENS_ON))) {
            jdbc.sql("delete from monitoring_reminder").update();
            jdbc.sql("delete from monitoring_report_file").update();
            jdbc.sql("delete from monitoring_report").update();
            jdbc.sql("delete from monitoring_round").update();
            demoMonitoring.ensure();
        }
    }

    @Test
    void theRoundOf2026HoldsTheFiveReportsInMixedStates() {
        Round round = round2026();
        assertThat(round.title()).isEqualTo("2026年度报告");
        assertThat(round.opensOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(round.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(states()).containsExactly(
                Map.entry("qiye-wh1", ReportStatus.QUALIFIED),
                Map.entry("qiye-wh2", ReportStatus.COMMENTED),
                Map.entry("qiye-yc1", ReportStatus.SUBMITTED),
                Map.entry("qiye-yc2", ReportStatus.DRAFT),
                Map.entry("qiye-yc3", ReportStatus.DRAFT));

        Report draft = report("qiye-yc2");
        assertThat(draft.indicators()).extracting(Report.IndicatorLine::achieved)
                .containsExactly("800", "85", null, null, null);
        assertThat(draft.submittedAt()).isNull();
        Report notStarted = report("qiye-yc3");
        assertThat(notStarted.indicators()).extracting(Report.IndicatorLine::achieved)
                .containsExactly(null, null, null, null, null);
        assertThat(notStarted.progress()).isNull();

        Report commented = report("qiye-wh2");
        assertThat(commented.comment()).isEqualTo("热处理生产线运行稳定；生产效率提升略低于预期，建议关注。");
        assertThat(commented.indicators()).extracting(Report.IndicatorLine::achieved)
                .containsExactly("760", "85", "118", "1.1", "91");
        Report qualified = report("qiye-wh1");
        assertThat(qualified.comment()).isEqualTo("经现场核实，数字化车间运行正常，报告数据属实。");
        assertThat(qualified.decidedBy()).isEqualTo("officer");
        // the unit reads its own report; the division's recommender the submitted one
        assertThat(reports.mine(user("qiye-yc1"))).extracting(Report::id).contains(report("qiye-yc1").id());
        assertThat(reports.find(report("qiye-yc1").id(), user("yichang"))).isPresent();
        assertThat(reports.find(report("qiye-yc1").id(), user("wuhan"))).isEmpty();
    }

    @Test
    void loadingAgainChangesNothing() {
        Map<String, ReportStatus> before = states();
        long count = jdbc.sql("select count(*) from monitoring_report").query(Long.class).single();
        demoMonitoring.ensure();
        assertThat(states()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from monitoring_report").query(Long.class).single()).isEqualTo(count);
    }

    private Round round2026() {
        return rounds.all(user("officer")).stream().filter(r -> r.year() == DemoMonitoring.YEAR).findFirst()
                .orElse(null);
    }

    private Map<String, ReportStatus> states() {
        Map<String, ReportStatus> states = new LinkedHashMap<>();
        for (String applicant : DemoYear2025.APPLICANTS) {
            states.put(applicant, report(applicant).status());
        }
        return states;
    }

    private Report report(String applicant) {
        DesignatedProject d = demoMonitoring.designated().get(applicant);
        List<Report> of = reports.ofDesignation(d.id(), user("officer"));
        assertThat(of).as(applicant).hasSize(1);
        return reports.find(of.get(0).id(), user("officer")).orElseThrow();
    }

    private CurrentUser user(String username) {
        return users.actingAs(username).orElseThrow();
    }
}
