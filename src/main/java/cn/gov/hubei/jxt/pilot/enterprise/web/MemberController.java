package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseMembers;
import cn.gov.hubei.jxt.pilot.enterprise.internal.MemberNotFoundException;
import cn.gov.hubei.jxt.pilot.enterprise.internal.MemberRuleException;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
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

/**
 * 成员管理: the enterprise's manager invites colleagues and disables them. Everything is scoped to the manager's own
 * enterprise: a member id of another enterprise is answered as if it did not exist.
 */
@Controller
@RequestMapping("/enterprise/members")
@PreAuthorize("@enterprisePermissions.isManager(authentication)")
class MemberController {

    static final String FORM = "inviteForm";

    private final EnterpriseMembers members;
    private final Enterprises enterprises;

    MemberController(EnterpriseMembers members, Enterprises enterprises) {
        this.members = members;
        this.enterprises = enterprises;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute(FORM, InviteForm.blank());
        return page(user, model);
    }

    @PostMapping("/invite")
    String invite(@AuthenticationPrincipal CurrentUser user, @ModelAttribute(FORM) InviteForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            EnterpriseMembers.Invitation invitation = members.invite(enterpriseOf(user), user.id(), form.toInput());
            // Shown once on the next page; only its hash is stored.
            redirect.addFlashAttribute("invitedUsername", invitation.username());
            redirect.addFlashAttribute("temporaryPassword", invitation.temporaryPassword());
            return "redirect:/enterprise/members";
        } catch (MemberRuleException e) {
            FormErrors.bind(e.violations(), binding, InviteForm.FIELDS);
            return page(user, model);
        }
    }

    @PostMapping("/{userId}/disable")
    String disable(@AuthenticationPrincipal CurrentUser user, @PathVariable long userId,
                   RedirectAttributes redirect) {
        return act(redirect, () -> members.disable(enterpriseOf(user), user.id(), userId),
                "enterprise.members.disabled");
    }

    @PostMapping("/{userId}/enable")
    String enable(@AuthenticationPrincipal CurrentUser user, @PathVariable long userId,
                  RedirectAttributes redirect) {
        return act(redirect, () -> members.enable(enterpriseOf(user), user.id(), userId),
                "enterprise.members.enabled");
    }

    private String act(RedirectAttributes redirect, Runnable action, String success) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", success);
        } catch (MemberNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (MemberRuleException e) {
            FieldProblem first = e.violations().get(0);
            redirect.addFlashAttribute("flashError", first.code());
        }
        return "redirect:/enterprise/members";
    }

    private String page(CurrentUser user, Model model) {
        long enterpriseId = enterpriseOf(user);
        model.addAttribute("enterprise", enterprises.find(enterpriseId).orElseThrow());
        model.addAttribute("members", members.list(enterpriseId));
        model.addAttribute("me", user.id());
        return "enterprise/members";
    }

    private static long enterpriseOf(CurrentUser user) {
        return user.enterpriseId().orElseThrow();
    }
}
