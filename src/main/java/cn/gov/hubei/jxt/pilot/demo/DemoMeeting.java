package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalDecision;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.meeting.MeetingParameters;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSeat;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.meeting.SeatState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A review meeting of the demo call: 宜昌's applications with the province but one pass formal review (as the office
 * would), go on the agenda grouped by their first mode, and the experts are drawn with a recorded seed; {@code expert1}
 * accepts and signs the pledge, so the demo expert finds the assigned applications. Done once per database.
 *
 * <p>The seed is the first of 2026052001, 2026052002, … whose draw seats {@code expert1} (a draw that does not is
 * cancelled at once and the next seed tried): every draw is in the audit trail with its seed and digest.
 */
@Component
class DemoMeeting {

    static final String YICHANG = "420500";
    static final long FIRST_SEED = 2026052001L;

    private static final Logger log = LoggerFactory.getLogger(DemoMeeting.class);

    private final ProjectApplications applications;
    private final FormalReviews reviews;
    private final ReviewMeetings meetings;
    private final Panels panels;
    private final Experts experts;
    private final UserAdministration users;
    private final Clock clock;

    DemoMeeting(ProjectApplications applications, FormalReviews reviews, ReviewMeetings meetings, Panels panels,
                Experts experts, UserAdministration users, Clock clock) {
        this.applications = applications;
        this.reviews = reviews;
        this.meetings = meetings;
        this.panels = panels;
        this.experts = experts;
        this.users = users;
        this.clock = clock;
    }

    void ensure(CallSummary call) {
        if (!panels.ofCall(call.id()).isEmpty()) {
            return;
        }
        CurrentUser officer = users.actingAs("officer").orElse(null);
        CurrentUser expert1 = users.actingAs("expert1").orElse(null);
        if (officer == null || expert1 == null) {
            log.warn("Demo data: no officer or expert1 account for the demo review meeting");
            return;
        }
        Optional<Expert> expert = experts.byAccount(expert1.id());
        if (expert.isEmpty()) {
            log.warn("Demo data: expert1 is not an expert of the pool; no demo review meeting");
            return;
        }
        passFormalReview(call, officer);
        MeetingSummary meeting = meetings.create(call.id(), new MeetingParameters(
                call.year() + "年智能制造试点示范项目专家评审会（第一场）", LocalDate.now(clock),
                "湖北省经济和信息化厅三楼会议室", 5, 3, 3, 2), officer);
        int added = meetings.autoGroup(meeting.id(), officer);
        if (added == 0) {
            log.warn("Demo data: no application passed formal review for the demo review meeting");
            return;
        }
        for (long seed = FIRST_SEED; seed < FIRST_SEED + 30; seed++) {
            try {
                meetings.draw(meeting.id(), seed, officer);
            } catch (RuntimeException e) {
                log.warn("Demo data: the demo review meeting could not be drawn: {}", e.getMessage());
                return;
            }
            boolean seated = meetings.seats(meeting.id()).stream()
                    .anyMatch(s -> s.state() == SeatState.ACTIVE && s.expertId() == expert.get().id());
            if (seated) {
                meetings.accept(meeting.id(), expert1);
                meetings.pledge(meeting.id(), expert1);
                log.info("Demo data: review meeting {} drawn with seed {}; expert1 accepted and pledged on {} "
                        + "applications", meeting.id(), seed, meetings.seats(meeting.id()).stream()
                        .filter(s -> s.expertId() == expert.get().id()).map(MeetingSeat::applicationId).count());
                return;
            }
            meetings.cancelDraw(meeting.id(), officer);
        }
        log.warn("Demo data: no seed of the demo review meeting seated expert1; the meeting stays planned");
    }

    /**
     * 宜昌's applications with the province pass formal review but the last (by number), which stays in the office's
     * queue; nothing is done when some of the call passed already.
     */
    private void passFormalReview(CallSummary call, CurrentUser officer) {
        boolean anyPassed = !applications.list(ApplicationQuery.in(ApplicationScope.ALL).call(call.id())
                .status(ApplicationStatus.FORMAL_PASSED)).isEmpty();
        if (anyPassed) {
            return;
        }
        List<ApplicationSummary> withProvince = applications.list(ApplicationQuery.in(ApplicationScope.ALL)
                        .call(call.id()).division(YICHANG).status(ApplicationStatus.RECOMMENDED)).stream()
                .sorted(Comparator.comparing(ApplicationSummary::number)).toList();
        // the last one stays with the office's formal review, so that the officer's home has work there too
        int passing = withProvince.size() > 1 ? withProvince.size() - 1 : withProvince.size();
        for (ApplicationSummary a : withProvince.subList(0, passing)) {
            reviews.decide(new FormalDecision(a.id(), a.lastVersionNo(), a.status(), FormalReviewOutcome.PASS,
                    List.of(), null, null), officer);
        }
    }
}
