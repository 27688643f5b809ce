package cn.gov.hubei.jxt.pilot.recommendation.web;

import cn.gov.hubei.jxt.pilot.recommendation.RecommendationPermissions;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.files.DamagedFileException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.recommendation.internal.InvalidInputException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.ListDetails;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationMessages;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRefusedException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationService;
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

/**
 * The programme office's intake (推荐汇总): every division of the call, submitted or not, on time or late, with the
 * number recommended against the quota; each division's ranked list read-only with the stamped scan and the
 * submitted .docx/.xlsx; reopening a submitted list; and all recommended applications of the call with their rank.
 * A recommender may read its own division's list here too.
 */
@Controller
@RequestMapping("/recommendation")
class OverviewPageController {

    private final RecommendationService service;
    private final RecommendationMessages messages;
    private final ReferenceCatalog reference;

    OverviewPageController(RecommendationService service, RecommendationMessages messages,
                           ReferenceCatalog reference) {
        this.service = service;
        this.messages = messages;
        this.reference = reference;
    }

    @GetMapping("/overview")
    @PreAuthorize("@recommendationPermissions.isOfficer(authentication)")
    String overview(@RequestParam(required = false) Long call, Model model) {
        model.addAttribute("calls", service.calls());
        if (service.calls().isEmpty()) {
            return "recommendation/overview";
        }
        CallSummary selected = call(call);
        model.addAttribute("call", selected);
        model.addAttribute("rows", service.overview(selected.id()));
        model.addAttribute("recommended", service.recommended(selected.id()));
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
            service.reopen(call, division, form.reason(), form.deadlineInstant(), user.username());
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
        return Downloads.file(service.submittedFile(call(call).id(), division, which)
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
        ListDetails details = service.details(call, division);
        model.addAttribute("calls", service.calls());
        model.addAttribute("call", call);
        model.addAttribute("details", details);
        model.addAttribute("list", details.list());
        model.addAttribute("stranded", service.stranded(call.id(), division));
        model.addAttribute("officer", RecommendationPermissions.scope(user).kind()
                == cn.gov.hubei.jxt.pilot.application.ApplicationScope.Kind.PROVINCE);
        return "recommendation/list";
    }

    /** Another division's list, or a code that is no division, is "not found" for a recommender. */
    private void readable(CurrentUser user, String division) {
        if (reference.division(division).isEmpty() || !RecommendationPermissions.canReadList(user, division)) {
            throw new RecommendationPageController.NotFound();
        }
    }

    private CallSummary call(Long call) {
        return service.call(call).orElseThrow(RecommendationPageController.NotFound::new);
    }
}
