package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseRegistrations;
import cn.gov.hubei.jxt.pilot.enterprise.internal.Registration;
import cn.gov.hubei.jxt.pilot.enterprise.internal.RegistrationDecisionException;
import cn.gov.hubei.jxt.pilot.enterprise.internal.RegistrationStatus;
import cn.gov.hubei.jxt.pilot.reference.CreditCodeChecks;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * 注册审核: the programme office decides on registrations whose 统一社会信用代码 fails its check character (a few
 * genuine early codes do), approving or rejecting each with a recorded reason.
 */
@Controller
@RequestMapping("/enterprises/registrations")
@PreAuthorize("@enterprisePermissions.canReviewRegistrations(authentication)")
class RegistrationReviewController {

    static final String FORM = "decisionForm";
    static final int RECENT = 50;

    private final EnterpriseRegistrations registrations;
    private final CreditCodeChecks codes;
    private final ReferenceCatalog catalog;

    RegistrationReviewController(EnterpriseRegistrations registrations, CreditCodeChecks codes,
                                 ReferenceCatalog catalog) {
        this.registrations = registrations;
        this.codes = codes;
        this.catalog = catalog;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("pending", registrations.pending());
        model.addAttribute("decided", registrations.recentlyDecided(RECENT));
        model.addAttribute("divisions", divisionNames());
        return "enterprise/registrations";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute(FORM, DecisionForm.blank());
        return detailPage(load(id), model);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @ModelAttribute(FORM) DecisionForm form, BindingResult binding,
                   Authentication user, Model model, RedirectAttributes redirect) {
        return decide(id, form, binding, model, redirect, "enterprise.review.approved",
                () -> registrations.approve(id, form.reason(), CurrentUser.of(user).orElse(null)));
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @ModelAttribute(FORM) DecisionForm form, BindingResult binding,
                  Authentication user, Model model, RedirectAttributes redirect) {
        return decide(id, form, binding, model, redirect, "enterprise.review.rejected",
                () -> registrations.reject(id, form.reason(), CurrentUser.of(user).orElse(null)));
    }

    private String decide(long id, DecisionForm form, BindingResult binding, Model model,
                          RedirectAttributes redirect, String success, Runnable decision) {
        Registration registration = load(id);
        try {
            decision.run();
            redirect.addFlashAttribute("flash", success);
            return "redirect:/enterprises/registrations/" + id;
        } catch (RegistrationDecisionException e) {
            if (e.field() == null) {
                // Decided meanwhile (another officer, another tab): the page shows the decision that stands.
                redirect.addFlashAttribute("flashError", e.code());
                return "redirect:/enterprises/registrations/" + id;
            }
            binding.rejectValue(e.field(), e.code(),
                    new Object[]{String.valueOf(EnterpriseRegistrations.MAX_REASON)}, e.code());
            return detailPage(registration, model);
        }
    }

    private String detailPage(Registration registration, Model model) {
        model.addAttribute("registration", registration);
        model.addAttribute("codeCheck", codes.check(registration.creditCode()).message());
        model.addAttribute("divisionName", catalog.division(registration.divisionCode()).map(Division::name)
                .orElse(registration.divisionCode()));
        model.addAttribute("decidable", registration.status() == RegistrationStatus.PENDING);
        return "enterprise/registration";
    }

    private Registration load(long id) {
        return registrations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Map<String, String> divisionNames() {
        return catalog.divisions().stream().collect(Collectors.toMap(Division::code, Division::name));
    }
}
