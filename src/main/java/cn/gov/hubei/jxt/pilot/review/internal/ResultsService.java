package cn.gov.hubei.jxt.pilot.review.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.VersionInfo;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.MeetingApplication;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.PanelSeat;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import cn.gov.hubei.jxt.pilot.recommendation.ListRanks;
import cn.gov.hubei.jxt.pilot.review.MeetingResults;
import cn.gov.hubei.jxt.pilot.review.Proposal;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.ResultRow;
import cn.gov.hubei.jxt.pilot.review.ReviewNotFoundException;
import cn.gov.hubei.jxt.pilot.review.ReviewPermissions;
import cn.gov.hubei.jxt.pilot.review.ReviewRejectedException;
import cn.gov.hubei.jxt.pilot.review.ReviewResults;
import cn.gov.hubei.jxt.pilot.review.Rubric;
import cn.gov.hubei.jxt.pilot.review.Rubrics;
import cn.gov.hubei.jxt.pilot.review.ScoreSheet;
import cn.gov.hubei.jxt.pilot.review.internal.ScoreAggregation.Entry;
import cn.gov.hubei.jxt.pilot.review.internal.ScoreAggregation.Row;
import cn.gov.hubei.jxt.pilot.review.internal.ScoreAggregation.Seat;
import cn.gov.hubei.jxt.pilot.review.internal.ScoreAggregation.Sheet;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitOutcome;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A meeting's results: the agenda and seats ({@link Panels}), the submitted sheets, the cities' ranks
 * ({@link ListRanks}), the signed-off site visits ({@link SiteVisits}, when the module provides them) and the pending
 * proposals, put through {@link ScoreAggregation}.
 */
@Service
class ResultsService implements ReviewResults {

    /** The thresholds of a meeting the officer has not set: max − min above 20 points is flagged. */
    static final BigDecimal DEFAULT_RANGE = new BigDecimal("20.00");

    private final ReviewRepository repository;
    private final ReviewPermissions permissions;
    private final Panels panels;
    private final Rubrics rubrics;
    private final ProjectApplications applications;
    private final ListRanks ranks;
    private final ObjectProvider<SiteVisits> siteVisits;
    private final Proposals proposals;
    private final AuditTrail audit;
    private final Clock clock;

    ResultsService(ReviewRepository repository, ReviewPermissions permissions, Panels panels, Rubrics rubrics,
                   ProjectApplications applications, ListRanks ranks, ObjectProvider<SiteVisits> siteVisits,
                   @Lazy Proposals proposals, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.panels = panels;
        this.rubrics = rubrics;
        this.applications = applications;
        this.ranks = ranks;
        this.siteVisits = siteVisits;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public MeetingResults results(long meetingId, CurrentUser viewer) {
        MeetingSummary meeting = panels.meeting(meetingId)
                .filter(m -> permissions.canSeeResults(viewer, m))
                .orElseThrow(() -> new ReviewNotFoundException("meeting " + meetingId));
        Rubric rubric = rubrics.current(meeting.callId());
        List<MeetingApplication> agenda = panels.applications(meetingId);
        List<Long> ids = agenda.stream().map(MeetingApplication::applicationId).toList();
        Map<Long, Integer> cityRanks = ids.isEmpty() ? Map.of() : ranks.ranksOf(ids);
        SiteVisits visits = siteVisits.getIfAvailable();
        Map<Long, SiteVisitOutcome> outcomes = visits == null || ids.isEmpty() ? Map.of() : visits.signedOff(ids);
        Map<Long, ApplicationSummary> summaries = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (MeetingApplication a : agenda) {
            Optional<ApplicationSummary> summary = applications.find(a.applicationId(), ApplicationScope.ALL);
            summary.ifPresent(s -> summaries.put(s.id(), s));
            Instant submittedAt = applications.versions(a.applicationId(), ApplicationScope.ALL).stream()
                    .map(VersionInfo::submittedAt).filter(java.util.Objects::nonNull)
                    .max(Instant::compareTo).orElse(null);
            entries.add(new Entry(a.applicationId(), summary.map(ApplicationSummary::number).orElse(null),
                    summary.map(ApplicationSummary::projectName).orElse(null), a.groupId(), a.groupName(),
                    a.groupPosition(), cityRanks.get(a.applicationId()), submittedAt));
        }
        List<PanelSeat> panelSeats = panels.seats(meetingId);
        List<Seat> seats = panelSeats.stream().map(s -> new Seat(s.applicationId(), s.expertId(), s.expertName()))
                .toList();
        List<Sheet> submitted = repository.sheetsOfMeeting(meetingId).stream().filter(ScoreSheet::submitted)
                .filter(s -> panelSeats.stream().anyMatch(p -> p.applicationId() == s.applicationId()
                        && p.expertId() == s.expertId()))
                .map(s -> new Sheet(s.applicationId(), s.expertId(), s.total(), s.scores().stream()
                        .filter(c -> c.score() != null)
                        .collect(Collectors.toMap(ScoreSheet.CriterionScore::code,
                                ScoreSheet.CriterionScore::score))))
                .toList();
        ReviewRepository.Thresholds thresholds = repository.thresholds(meetingId)
                .orElse(new ReviewRepository.Thresholds(DEFAULT_RANGE, null));
        ScoreAggregation.Result result = ScoreAggregation.aggregate(new ScoreAggregation.Input(entries, seats,
                submitted, thresholds.range(), thresholds.sd(), rubric.tieBreak()));
        Map<Long, Proposal> proposed = proposals.of(meetingId, viewer);
        boolean late = meeting.status() == MeetingStatus.CLOSED;
        List<ResultRow> rows = new ArrayList<>();
        for (Row r : result.rows()) {
            Entry e = r.entry();
            ApplicationSummary s = summaries.get(e.applicationId());
            SiteVisitOutcome outcome = outcomes.get(e.applicationId());
            rows.add(new ResultRow(e.applicationId(), e.number(), e.projectName(),
                    s == null ? null : s.enterpriseName(), s == null ? null : s.divisionCode(), e.groupId(),
                    e.groupName(), e.groupPosition(), e.cityRank(), outcome == null ? null : outcome.conclusion(),
                    r.seats(), r.submitted(), r.score(), r.min(), r.max(), r.range(), r.standardDeviation(),
                    r.rangeFlagged(), r.sdFlagged(), r.normalised(),
                    r.missing().stream().map(Seat::expertName).toList(), late && !r.missing().isEmpty(), r.rank(),
                    r.groupRank(), proposed.get(e.applicationId())));
        }
        return new MeetingResults(meeting, rubric, rows, thresholds.range(), thresholds.sd());
    }

    @Override
    @Transactional
    public void setThresholds(long meetingId, String range, String standardDeviation, CurrentUser officer) {
        MeetingSummary meeting = panels.meeting(meetingId)
                .filter(m -> permissions.canSeeResults(officer, m))
                .orElseThrow(() -> new ReviewNotFoundException("meeting " + meetingId));
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal r = threshold(range, "rangeThreshold", problems);
        BigDecimal sd = threshold(standardDeviation, "sdThreshold", problems);
        if (!problems.isEmpty()) {
            throw new ReviewRejectedException(problems);
        }
        repository.saveThresholds(meeting.id(), r, sd, officer.username(), clock.instant());
        audit.record(AuditRecord.of("review.thresholds-set").target("review-meeting", meetingId)
                .actor(officer.username(), null).detail("range", r == null ? null : r.toPlainString())
                .detail("standardDeviation", sd == null ? null : sd.toPlainString()).build());
    }

    private static BigDecimal threshold(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value = ScoreParsing.parse(text);
        if (value == null || value.compareTo(new BigDecimal("100")) > 0) {
            problems.add(FieldProblem.invalid(field, "review.threshold.invalid"));
        }
        return value;
    }
}
