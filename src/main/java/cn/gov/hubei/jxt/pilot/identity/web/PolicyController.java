package cn.gov.hubei.jxt.pilot.identity.web;

import cn.gov.hubei.jxt.pilot.identity.AccountRuleException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicies;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

    private final PasswordPolicies policies;

    PolicyController(PasswordPolicies policies) {
        this.policies = policies;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("form", PolicyForm.of(policies.current()));
        return "identity/policy";
    }

    @PostMapping
    String update(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PolicyForm form,
                  BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "identity/policy";
        }
        try {
            policies.update(form.toPolicy(), form.version(), user.username());
        } catch (AccountRuleException e) {
            Problems.bind(e, binding);
            return "identity/policy";
        }
        redirect.addFlashAttribute("flash", "policy.saved");
        return "redirect:/admin/policy";
    }
}
