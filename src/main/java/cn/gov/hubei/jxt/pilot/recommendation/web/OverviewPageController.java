package cn.gov.hubei.jxt.pilot.recommendation.web;

import cn.gov.hubei.jxt.pilot.recommendation.RecommendationPermissions;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.files.DamagedFileException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.recommendation.internal.InvalidInputException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.ListDetails;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationMessages;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRefusedException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Overview;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationLists;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Reopening;
import cn.gov.hubei.jxt.pilot.recommendation.internal.WaitingApplications;
import cn.gov.hubei.jxt.pilot.recommendation.internal.SubmittedFile;
import cn.gov.hubei.jxt.pilot.recommendation.web.Forms.ReopenForm;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

/**
 * The programme office's intake (推荐汇总): every division of the call, submitted or not, on time or late, with the
 * number recommended against the quota; each division's ranked list read-only with the stamped scan and the
 * submitted .docx/.xlsx; reopening a submitted list; and all recommended applications of the call with their rank.
 * A recommender may read its own division's list here too.
 */
@Controller
@RequestMapping("/recommendation")
class OverviewPageController {

    private final RecommendationLists lists;
    private final Overview overview;
    private final Reopening reopening;
    private final WaitingApplications waiting;
    private final RecommendationPermissions permissions;
    private final RecommendationMessages messages;
    private final ReferenceCatalog reference;
    private final Clock clock;

    OverviewPageController(RecommendationLists lists, Overview overview, Reopening reopening,
                           WaitingApplications waiting, RecommendationPermissions permissions,
                           RecommendationMessages messages, ReferenceCatalog reference, Clock clock) {
        this.lists = lists;
        this.overview = overview;
        this.reopening = reopening;
        this.waiting = waiting;
        this.permissions = permissions;
        this.messages = messages;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping("/overview")
    @PreAuthorize("@recommendationPermissions.isOfficer(authentication)")
    String overview(@RequestParam(required = false) Long call, Model model) {
        model.addAttribute("calls", lists.calls());
        if (lists.calls().isEmpty()) {
            return "recommendation/overview";
        }
        CallSummary selected = call(call);
        model.addAttribute("call", selected);
        model.addAttribute("rows", overview.overview(selected.id()));
        model.addAttribute("recommended", overview.recommended(selected.id()));
        return "recommendation/overview";
    }

    @GetMapping("/lists/{division}")
    @PreAuthorize("@recommendationPermissions.canRead(authentication)")
    String list(@PathVariable String division, @RequestParam(required = false) Long call,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        CallSummary selected = call(call);
        readable(user, division);
        if (!model.containsAttribute("reopenForm")) {
            model.addAttribute("reopenForm", ReopenForm.blank());
        }
        return page(selected, division, user, model);
    }

    @PostMapping("/lists/{division}/reopen")
    @PreAuthorize("@recommendationPermissions.isOfficer(authentication)")
    String reopen(@PathVariable String division, @RequestParam long call,
                  @ModelAttribute("reopenForm") ReopenForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        CallSummary selected = call(call);
        readable(user, division);
        if (binding.hasErrors()) {
            return page(selected, division, user, model);
        }
        try {
            reopening.reopen(call, division, form.reason(), form.deadlineInstant(clock.getZone()), user);
            redirect.addFlashAttribute("success", messages.text("recommendation.reopen.done"));
        } catch (InvalidInputException e) {
            PageSupport.reject(binding, e, messages);
            return page(selected, division, user, model);
        } catch (RecommendationRefusedException e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/recommendation/lists/" + division + "?call=" + call;
    }

    @GetMapping("/lists/{division}/files/{role}")
    @PreAuthorize("@recommendationPermissions.canRead(authentication)")
    ResponseEntity<byte[]> file(@PathVariable String division, @PathVariable String role,
                                @RequestParam long call, @AuthenticationPrincipal CurrentUser user) {
        readable(user, division);
        SubmittedFile.Role which = SubmittedFile.Role.of(role);
        if (which == null) {
            throw new RecommendationPageController.NotFound();
        }
        return Downloads.file(overview.submittedFile(call(call).id(), division, which)
                .orElseThrow(RecommendationPageController.NotFound::new));
    }

    @ExceptionHandler(RecommendationPageController.NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(DamagedFileException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String damaged() {
        return "error/500";
    }

    private String page(CallSummary call, String division, CurrentUser user, Model model) {
        ListDetails details = overview.details(call, division);
        model.addAttribute("calls", lists.calls());
        model.addAttribute("call", call);
        model.addAttribute("details", details);
        model.addAttribute("list", details.list());
        model.addAttribute("stranded", waiting.stranded(call.id(), division));
        model.addAttribute("officer", RecommendationPermissions.isOfficer(user));
        model.addAttribute("canReopen", permissions.canReopen(user, details.list()));
        return "recommendation/list";
    }

    /** Another division's list, or a code that is no division, is "not found" for a recommender. */
    private void readable(CurrentUser user, String division) {
        if (reference.division(division).isEmpty() || !RecommendationPermissions.canReadList(user, division)) {
            throw new RecommendationPageController.NotFound();
        }
    }

    private CallSummary call(Long call) {
        return lists.call(call).orElseThrow(RecommendationPageController.NotFound::new);
    }
}
