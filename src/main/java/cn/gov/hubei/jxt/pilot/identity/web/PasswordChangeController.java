package cn.gov.hubei.jxt.pilot.identity.web;

import cn.gov.hubei.jxt.pilot.identity.AccountRuleException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.PasswordChanges;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: the holder changes their own password; forced after first login and after a reset. */
@Controller
class PasswordChangeController {

    /** The form: three fields and nothing else is bound. */
    record PasswordForm(String currentPassword, String newPassword, String confirmation) {
    }

    private final PasswordChanges changes;
    private final PasswordPolicies policies;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordChangeController(PasswordChanges changes, PasswordPolicies policies) {
        this.changes = changes;
        this.policies = policies;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return page(user, model);
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") PasswordForm form,
                  BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            changes.change(user, form.currentPassword(), form.newPassword(), form.confirmation());
        } catch (AccountRuleException e) {
            Problems.bind(e, binding);
            return page(user, model);
        }
        CurrentUser updated = user.withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.authorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("flash", "password.change.done");
        return "redirect:/";
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("policy", policies.current());
        model.addAttribute("forced", user.mustChangePassword());
        return "identity/password";
    }
}
