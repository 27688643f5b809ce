package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseRegistrations;
import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseRegistrations.Confirmation;
import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseRegistrations.ConfirmationOutcome;
import cn.gov.hubei.jxt.pilot.enterprise.internal.RegistrationRefusedException;
import cn.gov.hubei.jxt.pilot.enterprise.internal.RegistrationStatus;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicies;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicy;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.platform.RateLimitedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
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

/**
 * 企业注册, public: the registration form, the page after it, and the e-mail confirmation link. Security permits
 * {@code /register} and {@code /register/**} without login.
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

    static final String FORM = "registrationForm";

    private final EnterpriseRegistrations registrations;
    private final ReferenceCatalog catalog;
    private final PasswordPolicies policies;
    private final PublicLinks links;

    RegistrationController(EnterpriseRegistrations registrations, ReferenceCatalog catalog,
                           PasswordPolicies policies, PublicLinks links) {
        this.registrations = registrations;
        this.catalog = catalog;
        this.policies = policies;
        this.links = links;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute(FORM, RegistrationForm.blank());
        return page(model, false, false);
    }

    @PostMapping
    String register(@ModelAttribute(FORM) RegistrationForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        // values its record cannot hold (a check box that is neither true nor false) come only from a forged post
        if (binding.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            EnterpriseRegistrations.Receipt receipt = registrations.register(form.toInput(), links.base(),
                    request.getRemoteAddr());
            redirect.addFlashAttribute("email", receipt.email());
            redirect.addFlashAttribute("pending", receipt.status() == RegistrationStatus.PENDING);
            redirect.addFlashAttribute("expiresAt", receipt.linkExpiresAt());
            return "redirect:/register/submitted";
        } catch (RegistrationRefusedException e) {
            FormErrors.bind(e.violations(), binding, RegistrationForm.FIELDS);
            boolean divisionChoice = e.divisionChoiceNeeded()
                    || (form.divisionCode() != null && !form.divisionCode().isBlank());
            return page(model, e.pendingReviewOffered() || Boolean.TRUE.equals(form.acceptPendingReview()),
                    divisionChoice);
        } catch (RateLimitedException e) {
            throttled(e, response, model);
            return page(model, Boolean.TRUE.equals(form.acceptPendingReview()),
                    form.divisionCode() != null && !form.divisionCode().isBlank());
        }
    }

    @GetMapping("/submitted")
    String submitted(Model model) {
        if (!model.containsAttribute("email")) {
            return "redirect:/register";
        }
        return "enterprise/registered";
    }

    /**
     * Opening the link confirms the address. A mail scanner that opens it first does no harm: the address is then
     * confirmed, and the person who clicks afterwards is told so and sent to the login page.
     */
    @GetMapping("/confirm/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        Confirmation confirmation = registrations.confirm(token);
        ConfirmationOutcome outcome = confirmation.outcome();
        response.setStatus(switch (outcome) {
            case CONFIRMED, CONFIRMED_AWAITING_REVIEW -> HttpStatus.OK.value();
            case INVALID -> HttpStatus.NOT_FOUND.value();
            case ALREADY_USED, EXPIRED, REPLACED, REJECTED -> HttpStatus.GONE.value();
        });
        model.addAttribute("outcome", outcome.name());
        model.addAttribute("token", outcome == ConfirmationOutcome.EXPIRED ? token : null);
        return "enterprise/confirmation";
    }

    @PostMapping("/confirm/resend")
    String resend(@RequestParam(defaultValue = "") String token, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        boolean sent;
        try {
            sent = registrations.resend(token, links.base(), request.getRemoteAddr());
        } catch (RateLimitedException e) {
            throttled(e, response, model);
            sent = false;
        }
        model.addAttribute("outcome", sent ? "RESENT" : "NOT_RESENT");
        model.addAttribute("token", null);
        return "enterprise/confirmation";
    }

    /** 重新发送确认邮件: the registrant gives the address they registered with. */
    @GetMapping("/resend")
    String resendForm(Model model) {
        model.addAttribute("minutes", EnterpriseRegistrations.RESEND_INTERVAL.toMinutes());
        return "enterprise/resend";
    }

    /** The same answer whether or not the address belongs to a registration, and whether or not a mail went out. */
    @PostMapping("/resend")
    String resendTo(@RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        model.addAttribute("minutes", EnterpriseRegistrations.RESEND_INTERVAL.toMinutes());
        try {
            registrations.resendTo(email, links.base(), request.getRemoteAddr());
            model.addAttribute("done", true);
        } catch (RateLimitedException e) {
            throttled(e, response, model);
        }
        return "enterprise/resend";
    }

    /** 429 with Retry-After; the page says when to try again. */
    private void throttled(RateLimitedException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        model.addAttribute("throttledAt", e.retryAt());
        model.addAttribute("throttledMinutes", e.retryAfterMinutes());
    }

    private String page(Model model, boolean pendingReviewOffered, boolean divisionChoice) {
        PasswordPolicy policy = policies.current();
        model.addAttribute("pendingReviewOffered", pendingReviewOffered);
        model.addAttribute("divisionChoice", divisionChoice);
        model.addAttribute("divisions", catalog.divisions());
        model.addAttribute("policy", policy);
        model.addAttribute("linkHours", EnterpriseRegistrations.LINK_VALIDITY.toHours());
        return "enterprise/register";
    }
}
