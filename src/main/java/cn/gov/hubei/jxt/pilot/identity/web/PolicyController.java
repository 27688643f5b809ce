package cn.gov.hubei.jxt.pilot.identity.web;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.identity.AccountRuleException;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicies;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 密码与锁定策略: the security administrator's page. */
@Controller
@RequestMapping("/admin/policy")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class PolicyController {

    record PolicyForm(
            @NotNull @Min(8) @Max(64) Integer minLength,
            @NotNull @Min(1) @Max(4) Integer minCharacterClasses,
            boolean forbidUsername,
            @NotNull @Min(3) @Max(20) Integer maxFailures,
            @NotNull @Min(1) @Max(1440) Integer failureWindowMinutes,
            @NotNull @Min(1) @Max(1440) Integer lockMinutes,
            @NotNull @Min(5) @Max(480) Integer idleTimeoutMinutes,
            @NotNull Integer version) {

        static PolicyForm of(PasswordPolicy p) {
            return new PolicyForm(p.minLength(), p.minCharacterClasses(), p.forbidUsername(), p.maxFailures(),
                    p.failureWindowMinutes(), p.lockMinutes(), p.idleTimeoutMinutes(), p.version());
        }

        PasswordPolicy toPolicy() {
            return new PasswordPolicy(minLength, minCharacterClasses, forbidUsername, maxFailures, failureWindowMinutes,
                    lockMinutes, idleTimeoutMinutes, version);
        }
    }

    /** The unlock form: an optional reason, nothing else. */
    record UnlockForm(String reason) {
    }

    private final PasswordPolicies policies;
    private final UserAdministration users;

    PolicyController(PasswordPolicies policies, UserAdministration users) {
        this.policies = policies;
        this.users = users;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("form", PolicyForm.of(policies.current()));
        return page(model);
    }

    @PostMapping
    String update(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PolicyForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model);
        }
        try {
            policies.update(form.toPolicy(), form.version(), user.username());
        } catch (AccountRuleException e) {
            Problems.bind(e, binding);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "policy.saved");
        return "redirect:/admin/policy";
    }

    /** Ends the lock of an account that failed logins locked; the reason, if given, goes into the audit trail. */
    @PostMapping("/locked/{id}/unlock")
    String unlock(@PathVariable long id, UnlockForm form, RedirectAttributes redirect) {
        AccountView account = users.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            users.unlock(id, form.reason());
            redirect.addFlashAttribute("flash", "policy.locked.unlocked");
            redirect.addFlashAttribute("flashArgument", account.username());
        } catch (AccountRuleException e) {
            redirect.addFlashAttribute("flashError", e.problems().get(0).code());
        }
        return "redirect:/admin/policy#locked";
    }

    private String page(Model model) {
        model.addAttribute("locked", users.locked().stream()
                .map(a -> new LockedAccount(a.id(), a.username(), a.displayName(), a.lockedUntil())).toList());
        model.addAttribute("history", policies.history(200));
        return "identity/policy";
    }

    /** A locked account as the security administrator sees it: who, and until when; no business data. */
    record LockedAccount(long id, String username, String displayName, java.time.OffsetDateTime lockedUntil) {
    }
}
