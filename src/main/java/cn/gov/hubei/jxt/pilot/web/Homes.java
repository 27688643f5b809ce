package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.PublicationPhase;
import cn.gov.hubei.jxt.pilot.designation.Publications;
import cn.gov.hubei.jxt.pilot.objection.Objections;
import cn.gov.hubei.jxt.pilot.publicity.ManagedNotice;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.NoticeStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueEntry;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueView;
import cn.gov.hubei.jxt.pilot.meeting.Invitation;
import cn.gov.hubei.jxt.pilot.meeting.InvitationState;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.Recommendations;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.NewTechnology;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.review.ScoreSheets;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisit;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitPlans;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each home page shows, read through the modules' public APIs and scoped to the caller: an applicant its own
 * enterprise's applications, a recommender its own division's work, the programme office every division's lists and
 * the formal reviews. Times are read from the injected clock.
 */
@Component
public class Homes {

    /** A call in these statuses is under way for filing or recommendation. */
    static final Set<CallStatus> UNDER_WAY = Set.of(CallStatus.PUBLISHED, CallStatus.FILING_OPEN,
            CallStatus.FILING_CLOSED);

    private final ProjectApplications applications;
    private final Calls calls;
    private final Recommendations recommendations;
    private final IntakeQueue intake;
    private final ReferenceCatalog reference;
    private final ReviewMeetings meetings;
    private final ScoreSheets sheets;
    private final SiteVisitPlans siteVisits;
    private final Publications designations;
    private final NoticeDrafts notices;
    private final Objections objections;
    private final Clock clock;

    Homes(ProjectApplications applications, Calls calls, Recommendations recommendations, IntakeQueue intake,
          ReferenceCatalog reference, ReviewMeetings meetings, ScoreSheets sheets, SiteVisitPlans siteVisits,
          Publications designations, NoticeDrafts notices, Objections objections, Clock clock) {
        this.notices = notices;
        this.objections = objections;
        this.sheets = sheets;
        this.siteVisits = siteVisits;
        this.designations = designations;
        this.applications = applications;
        this.calls = calls;
        this.recommendations = recommendations;
        this.intake = intake;
        this.reference = reference;
        this.meetings = meetings;
        this.clock = clock;
    }

    /**
     * A notice with work left for the office: a draft to release, a notice released or open, a closed one whose
     * publication (认定发文) is not recorded yet; with the objections not concluded.
     *
     * @param openObjections      objections received or accepted, not concluded
     * @param awaitingPublication closed, every objection concluded, the publication not recorded
     */
    public record OfficerNotice(long id, String title, NoticeStatus status, LocalDate startDate, LocalDate endDate,
                                long openObjections, boolean awaitingPublication) {
    }

    /** The notices with work left for the office, as {@link NoticeDrafts#all} orders them; empty for anyone else. */
    List<OfficerNotice> officerNotices(CurrentUser officer) {
        return notices.all(officer).stream().map(n -> {
            long open = n.status() == NoticeStatus.DRAFT ? 0 : objections.unconcluded(n.id());
            boolean closed = n.status() == NoticeStatus.CLOSED;
            PublicationPhase phase = closed ? designations.phase(n.id()) : null;
            if (closed && phase.published() && open == 0) {
                return null;
            }
            return new OfficerNotice(n.id(), n.notice().title(), n.status(), n.notice().startDate(),
                    n.notice().endDate(), open, closed && open == 0 && !phase.published());
        }).filter(Objects::nonNull).toList();
    }

    // ============================================================================================== expert

    /** The expert's open work: sheets to score, submitted, and seats waiting for acceptance or the pledge. */
    ScoreSheets.OpenWork expertWork(CurrentUser expert) {
        return sheets.openWork(expert);
    }

    // ============================================================================================== anonymous

    /** The programme (modes, new technologies from the reference catalogue) and the calls under way. */
    public record PublicHome(List<ManufacturingMode> modes, List<NewTechnology> technologies,
                             List<CallSummary> calls) {
    }

    PublicHome publicHome() {
        return new PublicHome(reference.modes().stream().filter(m -> !m.code().equals(ManufacturingMode.OTHER))
                .toList(), reference.newTechnologies(), underWay());
    }

    private List<CallSummary> underWay() {
        return calls.announced().stream().filter(c -> c.status().isIn(UNDER_WAY)).toList();
    }

    // ============================================================================================== applicant

    /** Who has an application now. */
    public enum Holder { ENTERPRISE, DIVISION, PROVINCE, NONE }

    /**
     * One application of the enterprise: where it stands, who has it, the deadline that applies to it now and what
     * to do next ({@code actionKey}, a link to the application; {@code primary} when the enterprise has work to do).
     */
    public record ApplicationRow(ApplicationSummary application, String callTitle, Holder holder,
                                 String divisionName, Deadline deadline, String actionKey, boolean primary) {
    }

    /** The enterprise's applications, newest first, and the calls in which it may start one now. */
    public record ApplicantHome(List<ApplicationRow> applications, List<CallSummary> openCalls) {
    }

    ApplicantHome applicant(long enterpriseId) {
        Instant now = clock.instant();
        Map<Long, Optional<CallSummary>> callsById = new HashMap<>();
        List<ApplicationRow> rows = applications.list(ApplicationQuery.in(ApplicationScope.enterprise(enterpriseId)))
                .stream()
                .map(a -> row(a, callsById.computeIfAbsent(a.callId(), calls::find).orElse(null), now))
                .toList();
        return new ApplicantHome(rows, calls.openForFiling());
    }

    /** The enterprise's designated projects, each with its standing (the certificates on /designations/mine). */
    List<DesignatedProject> designations(CurrentUser applicant) {
        return designations.mine(applicant);
    }

    ApplicationRow row(ApplicationSummary a, CallSummary call, Instant now) {
        String divisionName = reference.division(a.divisionCode()).map(Division::name).orElse(a.divisionCode());
        String title = call == null ? a.callTitle() : call.title();
        return switch (a.status()) {
            case DRAFT -> {
                Deadline closes = call == null ? null : Deadline.of("home.deadline.filing", call.filingClosesAt(), now);
                boolean open = closes != null && !closes.passed();
                yield new ApplicationRow(a, title, Holder.ENTERPRISE, divisionName, closes,
                        open ? "home.action.continue" : "home.action.view", open);
            }
            case RETURNED -> {
                Instant by = a.returnDeadline() != null ? a.returnDeadline()
                        : call == null ? null : call.filingClosesAt();
                Deadline deadline = Deadline.of("home.deadline.resubmit", by, now);
                boolean open = deadline == null || !deadline.passed();
                yield new ApplicationRow(a, title, Holder.ENTERPRISE, divisionName, deadline,
                        open ? "home.action.revise" : "home.action.view", open);
            }
            case CORRECTION_REQUESTED -> {
                Deadline deadline = Deadline.of("home.deadline.correction", a.returnDeadline(), now);
                boolean open = deadline == null || !deadline.passed();
                yield new ApplicationRow(a, title, Holder.ENTERPRISE, divisionName, deadline,
                        open ? "home.action.correct" : "home.action.view", open);
            }
            case SUBMITTED -> new ApplicationRow(a, title, Holder.DIVISION, divisionName,
                    call == null ? null : Deadline.of("home.deadline.recommendation", call.recommendationDeadline(),
                            now), "home.action.view", false);
            case RECOMMENDED, CORRECTED, FORMAL_PASSED -> new ApplicationRow(a, title, Holder.PROVINCE, divisionName,
                    null, "home.action.view", false);
            case WITHDRAWN, NOT_RECOMMENDED, FORMAL_FAILED -> new ApplicationRow(a, title, Holder.NONE, divisionName,
                    null, "home.action.view", false);
        };
    }

    // ============================================================================================ recommender

    /**
     * The division's open work in one call.
     *
     * @param toCheck   submitted applications that wait for the recommender's decision
     * @param returned  applications returned for revision that the enterprise has not submitted again
     * @param quota     the call's cap of recommendations; {@code null}: none
     * @param deadline  the division's deadline in force; {@code null} when a reopened list has none
     */
    public record RecommenderCall(CallSummary call, Deadline deadline, long toCheck, long returned,
                                  int recommended, Integer quota, boolean submitted, Instant submittedAt) {
    }

    /** The calls in which the division still works: under way, or its list open with its deadline not passed. */
    List<RecommenderCall> recommender(String divisionCode) {
        Instant now = clock.instant();
        ApplicationQuery division = ApplicationQuery.in(ApplicationScope.division(divisionCode));
        return calls.announced().stream().filter(c -> c.status() != CallStatus.CANCELLED)
                .map(call -> recommendations.list(call.id(), divisionCode).map(list -> {
                    if (!call.status().isIn(UNDER_WAY) && !openFor(list, now)) {
                        return null;
                    }
                    ApplicationQuery mine = division.call(call.id());
                    return new RecommenderCall(call, Deadline.of("home.deadline.recommendation", list.deadline(), now),
                            applications.count(mine.status(ApplicationStatus.SUBMITTED)),
                            applications.count(mine.status(ApplicationStatus.RETURNED)),
                            list.entries().size(), list.quota(), list.isSubmitted(), list.submittedAt());
                }).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    private static boolean openFor(RecommendationList list, Instant now) {
        return !list.isSubmitted() && (list.deadline() == null || now.isBefore(list.deadline()));
    }

    // ================================================================================================ officer

    /** A division's submitted list with how many of its applications wait for the formal review. */
    public record SubmittedList(String divisionCode, String divisionName, Instant submittedAt, int recommended,
                                long awaiting) {
    }

    /** A requested correction whose deadline passed without the enterprise submitting it. */
    public record OverdueCorrection(long applicationId, String number, String projectName, Deadline deadline) {
    }

    /**
     * The programme office's work in one call.
     *
     * @param lists       the submitted lists with applications that wait for the formal review
     * @param awaiting    applications waiting for a formal review (first or after a correction)
     * @param corrections applications waiting for the enterprise's correction, overdue ones included
     */
    public record OfficerCall(CallSummary call, Deadline filingCloses, Deadline recommendationDeadline,
                              long submittedLists, int divisions, List<SubmittedList> lists, int awaiting,
                              long corrections, List<OverdueCorrection> overdue) {
    }

    /** The calls under way and those with formal reviews or corrections still open. */
    List<OfficerCall> officer() {
        Instant now = clock.instant();
        return calls.announced().stream().filter(c -> c.status() != CallStatus.CANCELLED).map(call -> {
            QueueView queue = intake.queue(call.id(), IntakeQueue.QueueFilter.ALL);
            long corrections = queue.entries().stream()
                    .filter(e -> e.status() == ApplicationStatus.CORRECTION_REQUESTED).count();
            if (!call.status().isIn(UNDER_WAY) && queue.awaitingCount() == 0 && corrections == 0) {
                return null;
            }
            List<RecommendationList> lists = recommendations.lists(call.id());
            Map<String, Long> awaitingByDivision = queue.entries().stream().filter(QueueEntry::awaitingReview)
                    .collect(Collectors.groupingBy(QueueEntry::divisionCode, Collectors.counting()));
            List<SubmittedList> submitted = lists.stream().filter(RecommendationList::isSubmitted)
                    .filter(l -> awaitingByDivision.getOrDefault(l.divisionCode(), 0L) > 0)
                    .map(l -> new SubmittedList(l.divisionCode(), l.divisionName(), l.submittedAt(),
                            l.entries().size(), awaitingByDivision.get(l.divisionCode())))
                    .toList();
            List<OverdueCorrection> overdue = queue.entries().stream().filter(QueueEntry::overdue)
                    .map(e -> new OverdueCorrection(e.applicationId(), e.number(), e.projectName(),
                            Deadline.of("home.deadline.correction", e.correctionDeadline(), now)))
                    .toList();
            return new OfficerCall(call, Deadline.of("home.deadline.filing", call.filingClosesAt(), now),
                    Deadline.of("home.deadline.recommendation", call.recommendationDeadline(), now),
                    lists.stream().filter(RecommendationList::isSubmitted).count(), lists.size(), submitted,
                    queue.awaitingCount(), corrections, overdue);
        }).filter(Objects::nonNull).toList();
    }

    // ============================================================================================== expert

    /** An invitation that waits for the expert: to answer, or (accepted) to sign the meeting's pledge. */
    public record PendingInvitation(MeetingSummary meeting, Invitation invitation) {
    }

    /** The expert's invitations that wait for an answer or the pledge, meetings not yet started. */
    List<PendingInvitation> expert(long accountId) {
        return meetings.invitationsOf(accountId).stream()
                .filter(i -> i.state() == InvitationState.INVITED
                        || i.state() == InvitationState.ACCEPTED && !i.pledged())
                .map(i -> new PendingInvitation(meetings.find(i.meetingId()).orElseThrow(), i))
                .filter(p -> p.meeting().status() == MeetingStatus.DRAWN)
                .toList();
    }

    // ============================================================================================== site visits

    /** The visits of the teams this account is a member of that are planned or being recorded, by date. */
    List<SiteVisit> siteVisits(long accountId) {
        return siteVisits.ofMember(accountId).stream().filter(v -> v.status().open()).toList();
    }
}
