package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.recommendation.SentToProvince;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
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
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The intake tests' world: a call of their own whose filing is open, applications filed completely and recommended,
 * officers and other people with real logins.
 *
 * <p>The tests run in 2026, whose State Council holiday arrangement ships with the calendar (later years may or may
 * not be loaded by other tests), on Tuesday 2026-04-28 10:00: five working days later, counted over the 劳动节 days
 * off (05-01..05-05), is Friday 2026-05-08.
 */
final class IntakeFixtures {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 28, 10, 0);
    static final LocalDate DEFAULT_DUE_DATE = LocalDate.of(2026, 5, 8);

    final Filing filing;
    private final ProjectApplications applications;
    private final Calls calls;
    private final MutableClock clock;

    private final SentToProvince toProvince;

    IntakeFixtures(MockMvc mvc, Calls calls, Enterprises enterprises, UserAdministration users, MutableClock clock,
                   ProjectApplications applications, RecommendationSteps recommendations) {
        this.filing = new Filing(mvc, calls, enterprises, users, clock);
        this.toProvince = new SentToProvince(recommendations);
        this.applications = applications;
        this.calls = calls;
        this.clock = clock;
    }

    /** Sets the clock to {@link #NOW} and publishes a call whose filing opened a day before (for 60 days). */
    CallSummary openCall() {
        clock.set(NOW);
        CallSummary call = calls.create(CallFixtures.aCallOpeningAt(NOW.minusDays(1)).quota(null).build(),
                "intake-test");
        return calls.publish(call.id(), "intake-test");
    }

    /** An application of a new enterprise of the division, filed completely and submitted as version 1. */
    Filed submitted(long callId, String divisionCode, String projectName) {
        Enterprise enterprise = filing.enterprise(divisionCode);
        String applicant = filing.applicantOf(enterprise);
        long id = applications.create(callId, enterprise.id(), applicant).id();
        Filing.complete(applications, id, enterprise.id(), applicant, projectName);
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        // the fixture's credit check is dated 2031; a check cannot lie after "today" (2026 here)
        SectionContent.Attachments a = (SectionContent.Attachments) applications.draft(id, scope)
                .section(SectionKey.ATTACHMENTS).content();
        Filing.save(applications, id, scope, SectionKey.ATTACHMENTS, new SectionContent.Attachments(a.equipment(),
                a.patents(), a.commitmentFileId(), a.creditReportFileId(), a.creditSource(), "2026-03-02",
                a.otherFileIds()), applicant);
        applications.submit(id, scope, "submit-" + id, applicant);
        return new Filed(id, enterprise, applicant);
    }

    /**
     * As {@link #submitted}, then pre-checked and recommended by the division's recommender and sent to the province
     * with the division's list: with the province, awaiting review.
     */
    Filed recommended(long callId, String divisionCode, String projectName) {
        Filed filed = submitted(callId, divisionCode, projectName);
        toProvince.recommendAndSubmit(filed.id(), callId, divisionCode);
        return filed;
    }

    String officer() {
        return filing.account(Role.OFFICER, null, null);
    }

    String account(Role role, Long enterpriseId, String divisionCode) {
        return filing.account(role, enterpriseId, divisionCode);
    }

    Cookie login(String username) throws Exception {
        return filing.login(username);
    }

    /** A person acting for the programme office, as the service takes it (the name is recorded as the officer). */
    static CurrentUser officer(String username) {
        return new CurrentUser(0, username, username, Set.of(Role.OFFICER), null, null, false);
    }

    static FormalDecision pass(long id, int version, cn.gov.hubei.jxt.pilot.application.ApplicationStatus status) {
        return new FormalDecision(id, version, status, FormalReviewOutcome.PASS, List.of(), null, null);
    }

    static FormalDecision correction(long id, int version, cn.gov.hubei.jxt.pilot.application.ApplicationStatus status,
                                     String text, LocalDate due, String... reasons) {
        return new FormalDecision(id, version, status, FormalReviewOutcome.REQUEST_CORRECTION, List.of(reasons), text,
                due);
    }

    static FormalDecision fail(long id, int version, cn.gov.hubei.jxt.pilot.application.ApplicationStatus status,
                               String text, String... reasons) {
        return new FormalDecision(id, version, status, FormalReviewOutcome.FAIL, List.of(reasons), text, null);
    }

    /** A filed application, its enterprise and the applicant's user name (password {@link Filing#PASSWORD}). */
    record Filed(long id, Enterprise enterprise, String applicant) {

        ApplicationScope scope() {
            return ApplicationScope.enterprise(enterprise.id());
        }
    }
}
