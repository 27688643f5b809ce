package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.VersionInfo;
import cn.gov.hubei.jxt.pilot.call.CallNotFoundException;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.intake.DecisionRejectedException;
import cn.gov.hubei.jxt.pilot.intake.FormalReview;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewReason;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewRefusedException;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.intake.IntakePermissions;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueFilter;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueView;
import cn.gov.hubei.jxt.pilot.intake.NotWithProvinceException;
import cn.gov.hubei.jxt.pilot.intake.StaleDecisionException;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme office's intake pages: the calls, a call's queue, and the formal review of one application with its
 * decision form. An application that is not with the province answers 404, for reading and for deciding alike.
 */
@Controller
@RequestMapping("/intake")
@PreAuthorize("@intakePermissions.canReview(authentication)")
class IntakePageController {

    static final String FORM = "reviewForm";

    private final IntakeQueue queue;
    private final FormalReviews reviews;
    private final ProjectApplications applications;
    private final Calls calls;
    private final ReferenceCatalog reference;
    private final IntakeTexts texts;
    private final IntakePermissions permissions;

    IntakePageController(IntakeQueue queue, FormalReviews reviews, ProjectApplications applications, Calls calls,
                         ReferenceCatalog reference, IntakeTexts texts, IntakePermissions permissions) {
        this.queue = queue;
        this.reviews = reviews;
        this.applications = applications;
        this.calls = calls;
        this.reference = reference;
        this.texts = texts;
        this.permissions = permissions;
    }

    /** Without a call: the announced calls with their numbers; with one: its queue. */
    @GetMapping
    String queue(@RequestParam(required = false) Long call, @RequestParam(required = false) String division,
                 @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                 @RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user,
                 Model model) {
        if (call == null) {
            Map<Long, IntakeQueue.CallCount> counts = queue.countsByCall();
            model.addAttribute("calls", calls.announced().stream()
                    .map(c -> CallLine.of(c, counts.getOrDefault(c.id(), IntakeQueue.CallCount.NONE))).toList());
            return "intake/calls";
        }
        if (!calls.find(call).map(c -> permissions.canSeeQueue(user, c)).orElse(false)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        QueueView view;
        try {
            view = queue.queue(call, new QueueFilter(blankToNull(division), QueueStatusFilter.statuses(status), q,
                    page == null ? 0 : page - 1));
        } catch (CallNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("view", view);
        model.addAttribute("rows", view.entries().stream().map(e -> QueueRow.of(e, texts)).toList());
        model.addAttribute("division", blankToNull(division));
        model.addAttribute("pageNo", view.page() + 1);
        model.addAttribute("status", QueueStatusFilter.normalised(status));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("statusOptions", QueueStatusFilter.options());
        model.addAttribute("filtered", blankToNull(division) != null || QueueStatusFilter.normalised(status) != null
                || (q != null && !q.isBlank()));
        return "intake/queue";
    }

    @GetMapping("/applications/{id}")
    String review(@PathVariable long id, Model model) {
        ApplicationSummary application = load(id);
        if (reviews.correctionOverdue(application)) {
            model.addAttribute(FORM, FormalReviewForm.overdue(application.lastVersionNo(), application.status().name(),
                    texts.text("intake.review.overdue.default-text")));
        } else {
            Optional<String> due = reviews.defaultCorrectionDueDate().map(Object::toString);
            model.addAttribute(FORM, FormalReviewForm.blank(application.lastVersionNo(), application.status().name(),
                    due.orElse(null)));
        }
        return reviewPage(application, model);
    }

    @PostMapping("/applications/{id}/decision")
    String decide(@PathVariable long id, @Valid @ModelAttribute(FORM) FormalReviewForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        // values its record cannot hold (a version that is not a number) come only from a forged post
        if (binding.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        ApplicationSummary application = load(id);
        DecisionInput input = form.input(id);
        List<FieldProblem> problems = input.problems(reviews);
        if (binding.hasErrors() || !problems.isEmpty()) {
            reject(binding, problems);
            return reviewPage(application, model);
        }
        try {
            FormalReview review = reviews.decide(input.decision(), user);
            redirect.addFlashAttribute("success", texts.text("intake.decided." + review.outcome().name(),
                    review.versionNo()));
        } catch (DecisionRejectedException e) {
            reject(binding, e.problems());
            return reviewPage(application, model);
        } catch (StaleDecisionException e) {
            redirect.addFlashAttribute("warning", StaleMessage.of(e, form.reviewedVersionNo(), texts));
        } catch (FormalReviewRefusedException e) {
            redirect.addFlashAttribute("error", texts.text(e));
        } catch (NotWithProvinceException e) {
            // the recommender took its recommendation back meanwhile
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/intake/applications/" + id;
    }

    private String reviewPage(ApplicationSummary application, Model model) {
        List<FormalReview> earlier = reviews.reviewsOf(application.id());
        List<VersionInfo> versions = applications.versions(application.id(), ApplicationScope.ALL);
        FormalReview latest = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        boolean reReview = application.status() == ApplicationStatus.CORRECTED && latest != null
                && latest.versionNo() < application.lastVersionNo();
        model.addAttribute("app", application);
        model.addAttribute("projectLabel", application.projectName() != null ? application.projectName()
                : texts.text("intake.queue.unnamed"));
        model.addAttribute("divisionName", reference.division(application.divisionCode())
                .map(d -> d.name()).orElse(application.divisionCode()));
        model.addAttribute("lastVersion", versions.stream()
                .filter(v -> v.number() == application.lastVersionNo()).findFirst().orElse(null));
        model.addAttribute("reviewedBefore", reReview ? latest.versionNo() : null);
        model.addAttribute("awaiting", ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.contains(application.status()));
        model.addAttribute("reReview", application.status() == ApplicationStatus.CORRECTED);
        boolean correction = application.status() == ApplicationStatus.CORRECTION_REQUESTED;
        boolean overdue = reviews.correctionOverdue(application);
        model.addAttribute("correctionDeadline", correction ? application.returnDeadline() : null);
        // an overdue correction may only be failed: the form then offers 不通过 alone, without a deadline
        model.addAttribute("overdue", overdue);
        model.addAttribute("correctionPending", correction && !overdue);
        model.addAttribute("reviews", newestFirst(earlier.stream().map(r -> ReviewRow.of(r, texts)).toList()));
        model.addAttribute("history", newestFirst(applications.history(application.id(), ApplicationScope.ALL)));
        model.addAttribute("outcomes", reviews.allowedOutcomes(application));
        model.addAttribute("reasons", FormalReviewReason.values());
        model.addAttribute("defaultDueDate", reviews.defaultCorrectionDueDate().orElse(null));
        model.addAttribute("workingDays", FormalReviews.DEFAULT_CORRECTION_WORKING_DAYS);
        model.addAttribute("textLimit", FormalReviews.TEXT_LIMIT);
        return "intake/review";
    }

    private ApplicationSummary load(long id) {
        return queue.withProvince(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            // a field that already failed Bean Validation keeps that one message
            if (!binding.hasFieldErrors(problem.field())) {
                binding.rejectValue(problem.field(), problem.code(), problem.getArguments(), problem.code());
            }
        }
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> list = new ArrayList<>(oldestFirst);
        Collections.reverse(list);
        return list;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
