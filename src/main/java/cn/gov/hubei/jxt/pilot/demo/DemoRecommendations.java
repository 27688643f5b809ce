package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.RankedEntry;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.Recommendations;
import cn.gov.hubei.jxt.pilot.recommendation.RecommenderDesk;
import cn.gov.hubei.jxt.pilot.recommendation.RecommenderDesk.ConditionVerdict;
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
 * 宜昌's recommender has done its work in the demo call: every submitted application of 宜昌's demo enterprises
 * pre-checked, recommended (in the order of {@value DemoEnterprises#FILE}) and the list submitted to the province with
 * the stamped scan, so that the officer's formal review has work at once. 武汉's applications stay with its
 * recommender, for the demo user to try. Done once: a 宜昌 list that was ever submitted is left as it is.
 */
@Component
@Profile("!prod")
class DemoRecommendations {

    static final String YICHANG = "420500";

    private static final Logger log = LoggerFactory.getLogger(DemoRecommendations.class);

    private final Recommendations recommendations;
    private final RecommenderDesk desk;
    private final ProjectApplications applications;
    private final UserAdministration users;
    private final Clock clock;

    DemoRecommendations(Recommendations recommendations, RecommenderDesk desk, ProjectApplications applications,
                        UserAdministration users, Clock clock) {
        this.recommendations = recommendations;
        this.desk = desk;
        this.applications = applications;
        this.users = users;
        this.clock = clock;
    }

    void ensure(CallSummary call, List<DemoEnterprises.DemoEnterprise> described) {
        RecommendationList list = recommendations.list(call.id(), YICHANG).orElse(null);
        if (list == null || list.submittedAt() != null || !list.entries().isEmpty()) {
            return;
        }
        List<String> order = described.stream().filter(d -> YICHANG.equals(d.divisionCode()))
                .map(DemoEnterprises.DemoEnterprise::projectName).toList();
        List<ApplicationSummary> submitted = applications.list(ApplicationQuery.in(ApplicationScope.division(YICHANG))
                        .call(call.id()).status(ApplicationStatus.SUBMITTED)).stream()
                .filter(a -> order.contains(a.projectName()))
                .sorted(Comparator.comparingInt(a -> order.indexOf(a.projectName())))
                .toList();
        if (submitted.isEmpty()) {
            return;
        }
        CurrentUser recommender = users.actingAs(DemoEnterprises.YICHANG_RECOMMENDER).orElse(null);
        if (recommender == null) {
            log.warn("Demo data: no enabled account {} to recommend for 宜昌市", DemoEnterprises.YICHANG_RECOMMENDER);
            return;
        }
        for (ApplicationSummary a : submitted) {
            desk.precheck(a.id(), verdicts(), recommender);
            desk.recommend(a.id(), recommender);
        }
        RecommendationList ranked = recommendations.list(call.id(), YICHANG).orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        for (RankedEntry e : ranked.entries()) {
            rows.add(List.of(e.projectName(), e.enterpriseName(), nullToEmpty(e.contactName()),
                    nullToEmpty(e.contactPhone()), nullToEmpty(e.remark())));
        }
        byte[] scan = new DemoImages().summaryScanPdf(
                call.year() + "年湖北省智能制造试点示范推荐项目汇总表", ranked.divisionName(), rows,
                LocalDate.now(clock).toString());
        desk.submitList(call.id(), "demo-data-" + call.id() + "-" + YICHANG, "宜昌市推荐汇总表（盖章）.pdf",
                new ByteArrayInputStream(scan), recommender);
        log.info("Demo data: 宜昌市 recommended {} applications and submitted its list to the province",
                submitted.size());
    }

    /** Every condition met; the notes a careful recommender writes. */
    private static List<ConditionVerdict> verdicts() {
        List<ConditionVerdict> verdicts = new ArrayList<>();
        for (int c = 1; c <= 8; c++) {
            verdicts.add(new ConditionVerdict(c, "MET", c == 3 ? "已查询信用中国，无失信记录。" : null));
        }
        return verdicts;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

}
