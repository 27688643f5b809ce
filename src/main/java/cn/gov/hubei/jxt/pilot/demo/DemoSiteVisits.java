package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.calendar.CalendarNotLoadedException;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalDecision;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.sitevisit.ChecklistItem;
import cn.gov.hubei.jxt.pilot.sitevisit.Finding;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeam;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeams;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisit;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitConclusion;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitPlans;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 宜昌's site visits in the demo call: the inspection team 宜昌市核查组 (leader expert1, with expert2, the programme
 * office and 宜昌's recommender), a signed-off visit of one of 宜昌's applications that passed formal review, and one
 * planned visit. When the demo has no application of 宜昌 that passed formal review yet, the programme office passes
 * two of those with the province first; when another step passed some already, those are used.
 */
@Component
@Profile("!prod")
class DemoSiteVisits {

    static final String TEAM = "宜昌市核查组";

    private static final Logger log = LoggerFactory.getLogger(DemoSiteVisits.class);

    private final InspectionTeams teams;
    private final SiteVisitPlans plans;
    private final SiteVisitRecords records;
    private final FormalReviews formalReviews;
    private final ProjectApplications applications;
    private final UserAdministration users;
    private final WorkingDays workingDays;
    private final Clock clock;

    DemoSiteVisits(InspectionTeams teams, SiteVisitPlans plans, SiteVisitRecords records, FormalReviews formalReviews,
                   ProjectApplications applications, UserAdministration users, WorkingDays workingDays, Clock clock) {
        this.teams = teams;
        this.plans = plans;
        this.records = records;
        this.formalReviews = formalReviews;
        this.applications = applications;
        this.users = users;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    void ensure(CallSummary call) {
        CurrentUser officer = users.actingAs("officer").orElse(null);
        CurrentUser leader = users.actingAs("expert1").orElse(null);
        if (officer == null || leader == null) {
            log.warn("Demo data: no enabled officer or expert1 account; no site visits");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate past;
        LocalDate next;
        try {
            past = workingDays.nthWorkingDay(today.minusDays(14), 1);
            next = workingDays.nthWorkingDay(today.plusDays(7), 1);
        } catch (CalendarNotLoadedException e) {
            // nothing written yet: the step is tried again at the next start
            throw new IllegalStateException("the working-day calendar lacks " + e.year(), e);
        }
        List<ApplicationSummary> passed = passed(call);
        if (passed.size() < 2) {
            for (ApplicationSummary a : ofStatus(call, ApplicationStatus.RECOMMENDED)) {
                if (passed.size() >= 2) {
                    break;
                }
                formalReviews.decide(new FormalDecision(a.id(), a.lastVersionNo(), a.status(),
                        FormalReviewOutcome.PASS, List.of(), null, null), officer);
                passed = passed(call);
            }
        }
        passed = new ArrayList<>(passed(call));
        passed.removeIf(a -> plans.ofCall(call.id()).stream().anyMatch(v -> v.applicationId() == a.id()));
        if (passed.isEmpty()) {
            log.warn("Demo data: no application of 宜昌 passed formal review; no site visits");
            return;
        }
        InspectionTeam team = teams.ofCall(call.id()).stream().filter(t -> t.name().equals(TEAM)).findFirst()
                .orElseGet(() -> teams.create(call.id(), DemoRecommendations.YICHANG, TEAM, "expert1", officer));
        for (String member : List.of("expert2", "officer", DemoEnterprises.YICHANG_RECOMMENDER)) {
            if (users.findByUsername(member).isPresent()) {
                teams.addMember(team.id(), member, officer);
            }
        }
        signedOff(team, passed.get(0), past, officer, leader);
        if (passed.size() > 1) {
            plans.plan(team.id(), passed.get(1).id(), next, officer);
        }
        log.info("Demo data: 宜昌市 inspection team with a signed-off and a planned site visit");
    }

    private void signedOff(InspectionTeam team, ApplicationSummary application, LocalDate day, CurrentUser officer,
                           CurrentUser leader) {
        SiteVisit visit = plans.plan(team.id(), application.id(), day, officer);
        for (ChecklistItem item : records.read(visit.id(), leader).orElseThrow().items()) {
            boolean remark = item.source().equals("RECOMMENDATION") && item.number() == 2;
            records.recordFinding(visit.id(), item.id(), item.version(), remark ? Finding.MOSTLY_TRUE : Finding.TRUE,
                    remark ? "2025年资产负债率为58%，略高于申报书所列的55%，其余财务数据与审计报告一致。" : null, leader);
        }
        records.addAttendee(visit.id(), "陈建国", application.enterpriseName(), "总经理", leader);
        records.addAttendee(visit.id(), "刘芳", application.enterpriseName(), "信息化部部长", leader);
        records.addAttendee(visit.id(), "周涛", "宜昌市经济和信息化局", "装备工业科科长", leader);
        byte[] photo = new DemoImages().blockDiagram(List.of("总装车间", "智能仓储", "生产管控中心"), "现场照片");
        records.addPhoto(visit.id(), "总装车间.png", new ByteArrayInputStream(photo), "总装车间生产线现场",
                day.atTime(10, 20), leader);
        SiteVisit current = records.read(visit.id(), leader).orElseThrow().visit();
        SiteVisit concluded = records.conclude(visit.id(), current.version(),
                SiteVisitConclusion.CONFIRMED_WITH_REMARKS,
                "经现场核查，项目建设内容、智能制造装备和系统运行情况与申报材料基本一致；资产负债率略高于申报数据，已请企业说明。",
                leader);
        records.signOff(visit.id(), concluded.version(), leader);
    }

    private List<ApplicationSummary> passed(CallSummary call) {
        return ofStatus(call, ApplicationStatus.FORMAL_PASSED);
    }

    private List<ApplicationSummary> ofStatus(CallSummary call, ApplicationStatus status) {
        return applications.list(ApplicationQuery.in(ApplicationScope.division(DemoRecommendations.YICHANG))
                        .call(call.id()).status(status)).stream()
                .sorted(Comparator.comparing(ApplicationSummary::number)).toList();
    }
}
