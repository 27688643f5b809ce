package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.call.CallFixtures;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalDecision;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.recommendation.SentToProvince;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The portal tests' world: a call of their own in 2026, applications of new enterprises with the typical scenarios a
 * test gives, submitted, recommended, sent to the province and (when asked) passed formal review; the people as the
 * services take them.
 */
public final class PortalFixtures {

    public static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 28, 10, 0);

    public final Filing filing;
    private final ProjectApplications applications;
    private final Calls calls;
    private final MutableClock clock;
    private final SentToProvince toProvince;
    private final FormalReviews reviews;
    private final UserAdministration users;

    public PortalFixtures(Calls calls, Enterprises enterprises, UserAdministration users, MutableClock clock,
                          ProjectApplications applications, RecommendationSteps recommendations,
                          FormalReviews reviews) {
        this.filing = new Filing(null, calls, enterprises, users, clock);
        this.toProvince = new SentToProvince(recommendations);
        this.applications = applications;
        this.calls = calls;
        this.clock = clock;
        this.reviews = reviews;
        this.users = users;
    }

    public CallSummary openCall() {
        clock.set(NOW);
        CallSummary call = calls.create(CallFixtures.aCallOpeningAt(NOW.minusDays(1)).quota(null).build(),
                "portal-test");
        return calls.publish(call.id(), "portal-test");
    }

    public static SectionContent.Scenario scenario(String name, String stage) {
        return new SectionContent.Scenario(name, stage, name + "：问题", name + "：方案", name + "：效果");
    }

    /** An application of a new enterprise of the division with these scenarios and modes, sent to the province. */
    public Filed recommended(long callId, String divisionCode, String projectName, List<String> modes,
                             List<SectionContent.Scenario> scenarios) {
        Enterprise enterprise = filing.enterprise(divisionCode);
        String applicant = filing.applicantOf(enterprise);
        long id = applications.create(callId, enterprise.id(), applicant).id();
        Filing.complete(applications, id, enterprise.id(), applicant, projectName);
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        SectionContent.Attachments a = (SectionContent.Attachments) applications.draft(id, scope)
                .section(SectionKey.ATTACHMENTS).content();
        Filing.save(applications, id, scope, SectionKey.ATTACHMENTS, new SectionContent.Attachments(a.equipment(),
                a.patents(), a.commitmentFileId(), a.creditReportFileId(), a.creditSource(), "2026-03-02",
                a.otherFileIds()), applicant);
        SectionContent.BasicInfo b = Filing.basic(projectName);
        Filing.save(applications, id, scope, SectionKey.BASIC, new SectionContent.BasicInfo(modes,
                modes.contains("OTHER") ? "数字孪生工厂" : null,
                b.technologies(), b.projectName(), divisionCode, b.address(), "2025-01-01", "2026-12-31",
                b.investment(), "项目概况：" + projectName), applicant);
        Filing.save(applications, id, scope, SectionKey.SCENARIOS, new SectionContent.Scenarios(scenarios), applicant);
        applications.submit(id, scope, "submit-" + id, applicant);
        toProvince.recommendAndSubmit(id, callId, divisionCode);
        return new Filed(id, enterprise, applicant);
    }

    /** As {@link #recommended}, then passed formal review (形式审查通过). */
    public Filed passed(long callId, String divisionCode, String projectName, List<String> modes,
                        List<SectionContent.Scenario> scenarios) {
        Filed filed = recommended(callId, divisionCode, projectName, modes, scenarios);
        reviews.decide(new FormalDecision(filed.id(), 1, ApplicationStatus.RECOMMENDED, FormalReviewOutcome.PASS,
                List.of(), null, null), officer());
        return filed;
    }

    public String account(Role role, Long enterpriseId, String divisionCode) {
        return filing.account(role, enterpriseId, divisionCode);
    }

    /** The person as the services take them, with the account's real id. */
    public CurrentUser user(String username) {
        var a = users.findByUsername(username).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.enterpriseId(), a.divisionCode(),
                false);
    }

    public static CurrentUser officer() {
        return new CurrentUser(0, "officer-portal", "officer-portal", Set.of(Role.OFFICER), null, null, false);
    }

    public record Filed(long id, Enterprise enterprise, String applicant) {
    }
}
