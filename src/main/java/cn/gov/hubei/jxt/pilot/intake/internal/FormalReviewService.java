package cn.gov.hubei.jxt.pilot.intake.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.calendar.CalendarNotLoadedException;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import cn.gov.hubei.jxt.pilot.intake.DecisionProblem;
import cn.gov.hubei.jxt.pilot.intake.DecisionRejectedException;
import cn.gov.hubei.jxt.pilot.intake.FormalDecision;
import cn.gov.hubei.jxt.pilot.intake.FormalReview;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewDecided;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewRefusedException;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.intake.NotWithProvinceException;
import cn.gov.hubei.jxt.pilot.intake.StaleDecisionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Formal review decisions: guard (with the province, unchanged since the officer looked) → rules → status (awaiting
 * review, or an overdue correction to fail) → insert → the application's transition ({@link ProjectApplications#decide},
 * which joins this transaction, locks the application and writes its history) → audit entry → event. Any refusal
 * rolls all of it back.
 */
@Service
class FormalReviewService implements FormalReviews {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A due date ends with its last second: the enterprise may submit all that day. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    /** A deadline as people read it in a refusal, as the pages show it. */
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(SHANGHAI);
    /** The application's refusals that mean "someone changed the status meanwhile". */
    private static final Set<String> RACE_CODES = Set.of("application.transition.refused",
            "application.transition.conflict");

    private final FormalReviewRepository repository;
    private final ProvinceIntake intake;
    private final ProjectApplications applications;
    private final ReasonText reasonText;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    FormalReviewService(FormalReviewRepository repository, ProvinceIntake intake, ProjectApplications applications,
                        ReasonText reasonText, WorkingDays workingDays, AuditTrail audit,
                        ApplicationEventPublisher events, Clock clock, TransactionTemplate tx) {
        this.repository = repository;
        this.intake = intake;
        this.applications = applications;
        this.reasonText = reasonText;
        this.workingDays = workingDays;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tx = tx;
    }

    @Override
    public List<FormalReview> reviewsOf(long applicationId) {
        return repository.ofApplication(applicationId);
    }

    @Override
    public Optional<FormalReview> latest(long applicationId) {
        List<FormalReview> reviews = repository.ofApplication(applicationId);
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }

    @Override
    public List<DecisionProblem> check(FormalDecision decision) {
        return FormalDecisionRules.problems(decision, endOf(decision.correctionDueDate()), clock.instant());
    }

    @Override
    public FormalReview decide(FormalDecision decision, String officer) {
        long id = decision.applicationId();
        Instant deadline = endOf(decision.correctionDueDate());
        try {
            return tx.execute(status -> {
                ApplicationSummary application = intake.find(id).orElseThrow(() -> new NotWithProvinceException(id));
                if (decision.reviewedVersionNo() != null && decision.reviewedStatus() != null
                        && (decision.reviewedVersionNo() != application.lastVersionNo()
                        || decision.reviewedStatus() != application.status())) {
                    throw stale(application);
                }
                Instant now = clock.instant();
                List<DecisionProblem> problems = FormalDecisionRules.problems(decision, deadline, now);
                if (!problems.isEmpty()) {
                    throw new DecisionRejectedException(problems);
                }
                boolean overdueCorrection = admit(application, decision.outcome(), now);
                FormalDecisionRules.Checked checked = FormalDecisionRules.checked(decision, deadline);
                long reviewId = repository.insert(id, application.lastVersionNo(), decision.outcome(),
                        overdueCorrection, checked.reasons(), checked.text(), checked.deadline(), officer, now);
                String reason = reasonText.compose(decision.outcome(), checked.reasons(), checked.text());
                applications.decide(id, decision.outcome().transition(), reason, checked.deadline(), officer);
                audit.record(AuditRecord.of("intake.formal-review").target("application", id).actor(officer, null)
                        .detail("reviewId", reviewId)
                        .detail("outcome", decision.outcome().name())
                        .detail("reasons", checked.reasons().stream().map(Enum::name).toList())
                        .detail("versionNo", application.lastVersionNo())
                        .detail("deadline", checked.deadline() == null ? null : checked.deadline().toString())
                        .detail("overdueCorrection", overdueCorrection)
                        .build());
                events.publishEvent(new FormalReviewDecided(reviewId, id, application.callId(),
                        application.divisionCode(), application.lastVersionNo(), decision.outcome(),
                        checked.reasons(), checked.deadline(), officer, now));
                return new FormalReview(reviewId, id, application.lastVersionNo(), decision.outcome(),
                        overdueCorrection, checked.reasons(), checked.text(), checked.deadline(), officer, now, reason);
            });
        } catch (DuplicateKeyException e) {
            // Another request decided on this version (or closed the same overdue correction) between our guard and
            // our insert: the unique key caught it, everything was rolled back; say what is on record now.
            throw staleNow(id);
        } catch (ApplicationActionRefusedException e) {
            if (RACE_CODES.contains(e.code())) {
                // idem, caught by the application's row lock and transition table
                throw staleNow(id);
            }
            throw e;
        }
    }

    @Override
    public boolean correctionOverdue(ApplicationSummary application) {
        return ProvinceIntake.correctionOverdue(application, clock.instant());
    }

    @Override
    public List<FormalReviewOutcome> allowedOutcomes(ApplicationSummary application) {
        if (ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.contains(application.status())) {
            return List.of(FormalReviewOutcome.values());
        }
        return correctionOverdue(application) ? List.of(FormalReviewOutcome.FAIL) : List.of();
    }

    @Override
    public Optional<LocalDate> defaultCorrectionDueDate() {
        LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
        try {
            return Optional.of(workingDays.nthWorkingDay(today.plusDays(1), DEFAULT_CORRECTION_WORKING_DAYS));
        } catch (CalendarNotLoadedException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the application's status admits a decision with this outcome now (the rule of {@link #allowedOutcomes},
     * with the refusal that says why not); answers whether the decision closes an overdue correction.
     *
     * <p>While the enterprise may still submit its correction, nothing is decided: the correction comes back as a new
     * version for a re-review. Once the deadline has passed unanswered, the enterprise can no longer submit it (the
     * application module refuses a late correction), so the only conclusion left is 不通过; a pass or a new
     * correction request would reward or prolong a missed deadline.
     */
    private static boolean admit(ApplicationSummary application, FormalReviewOutcome outcome, Instant now) {
        if (ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.contains(application.status())) {
            return false;
        }
        if (application.status() == ApplicationStatus.CORRECTION_REQUESTED && application.returnDeadline() != null) {
            String due = DEADLINE.format(application.returnDeadline());
            if (!ProvinceIntake.correctionOverdue(application, now)) {
                throw new FormalReviewRefusedException("intake.decide.correction-pending", due);
            }
            if (outcome != FormalReviewOutcome.FAIL) {
                throw new FormalReviewRefusedException("intake.decide.overdue-fail-only", due);
            }
            return true;
        }
        throw new FormalReviewRefusedException("intake.decide.not-awaiting",
                "application.status." + application.status().name());
    }

    /** The last second of the day in Asia/Shanghai; {@code null} for none. */
    static Instant endOf(LocalDate day) {
        return day == null ? null : day.atTime(END_OF_DAY).atZone(SHANGHAI).toInstant();
    }

    private StaleDecisionException staleNow(long id) {
        return stale(applications.find(id, ApplicationScope.ALL).orElseThrow(() -> new NotWithProvinceException(id)));
    }

    private StaleDecisionException stale(ApplicationSummary application) {
        return new StaleDecisionException(application.id(), application.status(), application.lastVersionNo(),
                latest(application.id()).orElse(null));
    }
}
