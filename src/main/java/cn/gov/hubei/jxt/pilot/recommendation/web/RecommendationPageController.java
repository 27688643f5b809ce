package cn.gov.hubei.jxt.pilot.recommendation.web;

import cn.gov.hubei.jxt.pilot.recommendation.RecommendationPermissions;
import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.recommendation.internal.InvalidInputException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationCondition;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationMessages;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRefusedException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Decisions;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Prechecks;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationLists;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Workspaces;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Review;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Verdict;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Workspace;
import cn.gov.hubei.jxt.pilot.recommendation.web.Forms.PrecheckForm;
import cn.gov.hubei.jxt.pilot.recommendation.web.Forms.ReasonForm;
import cn.gov.hubei.jxt.pilot.recommendation.web.Forms.ReturnForm;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;

/**
 * The recommender's workspace (推荐工作台) and the pre-check of one application with its outcomes: 推荐, 退回修改,
 * 不予推荐, 撤销决定. Every page and action is scoped to the recommender's own division; the programme office may read
 * a pre-check. Applications of another division answer 404, as an id that does not exist.
 */
@Controller
@RequestMapping("/recommendation")
class RecommendationPageController {

    private final RecommendationLists lists;
    private final Workspaces workspaces;
    private final Prechecks prechecks;
    private final Decisions decisions;
    private final RecommendationPermissions permissions;
    private final RecommendationMessages messages;
    private final Clock clock;

    RecommendationPageController(RecommendationLists lists, Workspaces workspaces, Prechecks prechecks,
                                 Decisions decisions, RecommendationPermissions permissions,
                                 RecommendationMessages messages, Clock clock) {
        this.lists = lists;
        this.workspaces = workspaces;
        this.prechecks = prechecks;
        this.decisions = decisions;
        this.permissions = permissions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    String workspace(@RequestParam(required = false) Long call, @RequestParam(required = false) String q,
                     @RequestParam(required = false) String status, @AuthenticationPrincipal CurrentUser user,
                     Model model) {
        List<CallSummary> calls = lists.calls();
        model.addAttribute("calls", calls);
        model.addAttribute("q", q);
        model.addAttribute("statusFilter", status);
        model.addAttribute("statuses",
                ApplicationStatusGroup.VISIBLE_TO_RECOMMENDER.statuses().stream().sorted().toList());
        if (calls.isEmpty()) {
            return "recommendation/workspace";
        }
        CallSummary selected = lists.call(call).orElseThrow(() -> new NotFound());
        ApplicationStatus filter = status == null || status.isBlank() ? null : parseStatus(status);
        Workspace workspace = workspaces.workspace(selected, user, q, filter);
        model.addAttribute("call", selected);
        model.addAttribute("ws", workspace);
        return "recommendation/workspace";
    }

    @GetMapping("/applications/{id}")
    @PreAuthorize("@recommendationPermissions.canRead(authentication)")
    String review(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Review review = prechecks.review(id, user);
        if (!model.containsAttribute("precheckForm")) {
            model.addAttribute("precheckForm", PrecheckForm.of(review.items()));
        }
        addForms(model);
        return page(review, user, model);
    }

    @PostMapping("/applications/{id}/precheck")
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    String precheck(@PathVariable long id, @ModelAttribute("precheckForm") PrecheckForm form, BindingResult binding,
                    @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            prechecks.save(id, form.inputs(), user);
            redirect.addFlashAttribute("success", messages.text("recommendation.precheck.saved"));
            return "redirect:/recommendation/applications/" + id;
        } catch (InvalidInputException e) {
            // the errors are shown on all eight conditions, also when fewer were posted
            PrecheckForm complete = form.complete();
            BindingResult errors = new BeanPropertyBindingResult(complete, "precheckForm");
            PageSupport.reject(errors, e, messages);
            model.addAttribute("precheckForm", complete);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "precheckForm", errors);
            addForms(model);
            return page(prechecks.review(id, user), user, model);
        } catch (RecommendationRefusedException | ApplicationActionRefusedException e) {
            redirect.addFlashAttribute("error", refusal(e));
            return "redirect:/recommendation/applications/" + id;
        }
    }

    @PostMapping("/applications/{id}/recommend")
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    String recommend(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return outcome(id, redirect, "recommendation.outcome.recommended",
                () -> decisions.recommend(id, user));
    }

    @PostMapping("/applications/{id}/return")
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    String returnForRevision(@PathVariable long id, @ModelAttribute("returnForm") ReturnForm form,
                             BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
                             RedirectAttributes redirect) {
        if (binding.getTarget() == null) {
            // a deadline that is no date and time: the page again with the reason as typed and the message
            // (typeMismatch.returnForm.deadline) next to the deadline
            ReturnForm kept = new ReturnForm(form != null ? form.reason()
                    : binding.getFieldValue("reason") instanceof String r ? r : null, null);
            BindingResult rebound = new BeanPropertyBindingResult(kept, "returnForm");
            rebound.addAllErrors(binding);
            model.addAttribute("returnForm", kept);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "returnForm", rebound);
        }
        if (binding.hasErrors()) {
            return again(id, user, model);
        }
        return decided(id, user, model, binding, redirect, "recommendation.outcome.returned",
                () -> decisions.returnForRevision(id, form.reason(), form.deadlineInstant(clock.getZone()), user));
    }

    @PostMapping("/applications/{id}/decline")
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    String decline(@PathVariable long id, @ModelAttribute("declineForm") ReasonForm form, BindingResult binding,
                   @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return decided(id, user, model, binding, redirect, "recommendation.outcome.declined",
                () -> decisions.decline(id, form.reason(), user));
    }

    @PostMapping("/applications/{id}/reconsider")
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    String reconsider(@PathVariable long id, @ModelAttribute("reconsiderForm") ReasonForm form,
                      BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
                      RedirectAttributes redirect) {
        return decided(id, user, model, binding, redirect, "recommendation.outcome.reconsidered",
                () -> decisions.reconsider(id, form.reason(), user));
    }

    /**
     * A decision taken with a form: done → back to the page with the success; the form's input refused → the page
     * again with the message beside the field and the input kept; the decision refused → back with the reason.
     */
    private String decided(long id, CurrentUser user, Model model, BindingResult binding,
                           RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", messages.text(successKey));
        } catch (InvalidInputException e) {
            PageSupport.reject(binding, e, messages);
            return again(id, user, model);
        } catch (RecommendationRefusedException | ApplicationActionRefusedException e) {
            redirect.addFlashAttribute("error", refusal(e));
        }
        return "redirect:/recommendation/applications/" + id;
    }

    @ExceptionHandler(ApplicationNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknownCall() {
        return "error/404";
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private String outcome(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", messages.text(successKey));
        } catch (RecommendationRefusedException | ApplicationActionRefusedException e) {
            redirect.addFlashAttribute("error", refusal(e));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", PageSupport.first(e, messages));
        }
        return "redirect:/recommendation/applications/" + id;
    }

    private String refusal(RuntimeException e) {
        return messages.text((MessageSourceResolvable) e);
    }

    /** The page again after a form's errors; the other forms start empty, the pre-check as saved. */
    private String again(long id, CurrentUser user, Model model) {
        Review review = prechecks.review(id, user);
        if (!model.containsAttribute("precheckForm")) {
            model.addAttribute("precheckForm", PrecheckForm.of(review.items()));
        }
        addForms(model);
        return page(review, user, model);
    }

    private static void addForms(Model model) {
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", ReturnForm.blank());
        }
        if (!model.containsAttribute("declineForm")) {
            model.addAttribute("declineForm", ReasonForm.blank());
        }
        if (!model.containsAttribute("reconsiderForm")) {
            model.addAttribute("reconsiderForm", ReasonForm.blank());
        }
    }

    private String page(Review review, CurrentUser user, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("app", review.application());
        model.addAttribute("facts", review.facts());
        model.addAttribute("conditions", List.of(RecommendationCondition.values()));
        model.addAttribute("verdicts", List.of(Verdict.values()));
        // the officer reads the pre-check; only the division's recommender acts on it, while its list is open
        boolean decides = permissions.canDecide(user, review.application(), review.list());
        model.addAttribute("acts", RecommendationPermissions.isRecommender(user));
        model.addAttribute("canPrecheck", decides && review.canPrecheck());
        model.addAttribute("canRecommend", decides && review.can(ApplicationTransition.RECOMMEND));
        model.addAttribute("canReturn", decides && review.can(ApplicationTransition.RETURN));
        model.addAttribute("canDecline", decides && review.can(ApplicationTransition.DECLINE));
        model.addAttribute("canReconsider", decides && review.can(ApplicationTransition.RECONSIDER));
        return "recommendation/review";
    }

    private static ApplicationStatus parseStatus(String status) {
        try {
            return ApplicationStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The call asked for is not one recommenders work in. */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("not found");
        }
    }
}
