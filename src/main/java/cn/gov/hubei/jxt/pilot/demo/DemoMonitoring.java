package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.Designations;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.monitoring.Evaluation;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringReports;
import cn.gov.hubei.jxt.pilot.monitoring.Report;
import cn.gov.hubei.jxt.pilot.monitoring.ReportDraft;
import cn.gov.hubei.jxt.pilot.monitoring.ReportTransition;
import cn.gov.hubei.jxt.pilot.monitoring.ReportingRounds;
import cn.gov.hubei.jxt.pilot.monitoring.Round;
import cn.gov.hubei.jxt.pilot.platform.PastTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's reporting round of 2026 ({@value #OPENS_ON} to {@value #DEADLINE}) for the five designations of 2025
 * ({@link DemoYear2025}), written through the monitoring's own services as of the days it happened ({@link PastTime}),
 * its reports in mixed states: 新能源汽车电机控制器… (qiye-wh1) rated 合格 after 武汉's comment; 精密齿轮热处理…
 * (qiye-wh2) commented by 武汉, awaiting the office; 汽车转向器壳体… (qiye-yc1) submitted, awaiting 宜昌; 驱动电机定转子…
 * (qiye-yc2) a draft with some values; 铝合金压铸… (qiye-yc3) not started. Loaded once after the 2025 year; skipped when a
 * round of 2026 exists already.
 */
@Component
@Profile("!prod")
class DemoMonitoring {

    static final int YEAR = 2026;
    static final String OPENS_ON = "2026-11-16";
    static final String DEADLINE = "2026-12-31";

    private static final Logger log = LoggerFactory.getLogger(DemoMonitoring.class);

    private final ReportingRounds rounds;
    private final MonitoringReports reports;
    private final Designations designations;
    private final UserAdministration users;

    DemoMonitoring(ReportingRounds rounds, MonitoringReports reports, Designations designations,
                   UserAdministration users) {
        this.rounds = rounds;
        this.reports = reports;
        this.designations = designations;
        this.users = users;
    }

    /** The 2025 designations by the username of their enterprise's demo applicant. */
    Map<String, DesignatedProject> designated() {
        Map<String, DesignatedProject> byApplicant = new LinkedHashMap<>();
        for (String username : DemoYear2025.APPLICANTS) {
            String project = DemoYear2025.PROJECTS.get(username);
            designations.all().stream().filter(d -> DemoYear2025.DOCUMENT_NUMBER.equals(d.documentNumber())
                    && project.equals(d.projectName())).findFirst().ifPresent(d -> byApplicant.put(username, d));
        }
        return byApplicant;
    }

    void ensure() {
        CurrentUser officer = users.actingAs("officer").orElseThrow(() -> missing("officer"));
        if (rounds.all(officer).stream().anyMatch(r -> r.year() == YEAR)) {
            log.info("Demo data: a reporting round of {} exists; the demo round is not written", YEAR);
            return;
        }
        Map<String, DesignatedProject> designated = designated();
        if (designated.size() != DemoYear2025.APPLICANTS.size()) {
            log.info("Demo data: the designations of {} are not all there; the demo round is not written",
                    DemoYear2025.YEAR);
            return;
        }
        CurrentUser wuhan = users.actingAs("wuhan").orElseThrow(() -> missing("wuhan"));
        Round round = PastTime.at(DemoYear2025.at(OPENS_ON + "T09:00"),
                () -> rounds.open(YEAR, OPENS_ON, DEADLINE, officer));

        // qiye-wh1: submitted, commented by 武汉, rated 合格
        PastTime.run(DemoYear2025.at("2026-11-18T10:00"), () -> file("qiye-wh1", designated, true, "680"));
        PastTime.run(DemoYear2025.at("2026-11-19T15:00"), () -> decide("qiye-wh1", designated,
                ReportTransition.COMMENT, "经现场核实，数字化车间运行正常，报告数据属实。", wuhan));
        PastTime.run(DemoYear2025.at("2026-11-25T10:00"), () -> decide("qiye-wh1", designated,
                ReportTransition.QUALIFY, "", officer));
        // qiye-wh2: submitted, commented by 武汉, awaiting the office
        PastTime.run(DemoYear2025.at("2026-11-23T10:00"), () -> file("qiye-wh2", designated, true, "760"));
        PastTime.run(DemoYear2025.at("2026-11-26T16:00"), () -> decide("qiye-wh2", designated,
                ReportTransition.COMMENT, "热处理生产线运行稳定；生产效率提升略低于预期，建议关注。", wuhan));
        // qiye-yc1: submitted, awaiting 宜昌
        PastTime.run(DemoYear2025.at("2026-11-24T10:00"), () -> file("qiye-yc1", designated, true, "720"));
        // qiye-yc2: a draft with some values
        PastTime.run(DemoYear2025.at("2026-11-20T10:00"), () -> file("qiye-yc2", designated, false, "800"));
        // qiye-yc3: not started
        log.info("Demo data: the reporting round {} ({} to {}) with the reports of the designations of {}",
                round.title(), OPENS_ON, DEADLINE, DemoYear2025.YEAR);
    }

    private Report reportOf(String username, Map<String, DesignatedProject> designated) {
        CurrentUser officer = users.actingAs("officer").orElseThrow(() -> missing("officer"));
        return reports.ofDesignation(designated.get(username).id(), officer).stream()
                .filter(r -> r.roundTitle().equals(YEAR + "年度报告")).findFirst()
                .orElseThrow(() -> missing("the report of " + username));
    }

    /** The unit's report: complete and submitted, or a draft with the first indicators only. */
    private void file(String username, Map<String, DesignatedProject> designated, boolean submit,
                      String operatingCost) {
        CurrentUser unit = users.actingAs(username).orElseThrow(() -> missing(username));
        Report report = reports.find(reportOf(username, designated).id(), unit)
                .orElseThrow(() -> missing("the report of " + username));
        List<ReportDraft.Achieved> values = new ArrayList<>();
        values.add(new ReportDraft.Achieved("OPERATING_COST", operatingCost));
        values.add(new ReportDraft.Achieved("DEVELOPMENT_CYCLE", "85"));
        if (!submit) {
            reports.save(report.id(), new ReportDraft(values, List.of(), "设备安装调试中，预计12月中旬完成联调。",
                    List.of()), report.version(), unit);
            return;
        }
        values.add(new ReportDraft.Achieved("PRODUCTION_EFFICIENCY", "118"));
        values.add(new ReportDraft.Achieved("DEFECT_RATE", "1.1"));
        values.add(new ReportDraft.Achieved("ENERGY_UTILISATION", "91"));
        List<ReportDraft.Answer> answers = new ArrayList<>();
        for (Report.ConditionLine c : report.conditions()) {
            answers.add(new ReportDraft.Answer(c.modeCode(), c.number(), true,
                    "关键工序数控化率与设备联网率均保持在要求以上，见年度运行记录。"));
        }
        reports.save(report.id(), new ReportDraft(values, answers,
                "按实施计划完成二期设备联网与数据采集，MES与ERP集成上线，年度投资完成率96%。",
                List.of("基于工业互联网平台的设备预测性维护")), report.version(), unit);
        reports.submit(report.id(), unit);
    }

    private void decide(String username, Map<String, DesignatedProject> designated, ReportTransition transition,
                        String text, CurrentUser person) {
        reports.decide(reportOf(username, designated).id(), transition, new Evaluation(text, null), person);
    }

    private static IllegalStateException missing(String what) {
        return new IllegalStateException("Demo data: " + what + " is missing");
    }
}
