package cn.gov.hubei.jxt.pilot.identity.web;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.identity.AccountRuleException;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.EnterpriseDirectory;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** 账号管理: the system administrator's pages for accounts. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class UserAdminController {

    /** Create or edit an account. Only these fields are bound. */
    record AccountForm(String username, String displayName, String email, String mobile, List<Role> roles,
                       String enterpriseCode, String divisionCode, String password, Integer version) {

        Set<Role> roleSet() {
            return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        }
    }

    private final UserAdministration admin;
    private final EnterpriseDirectory enterprises;
    private final ReferenceCatalog reference;

    UserAdminController(UserAdministration admin, EnterpriseDirectory enterprises, ReferenceCatalog reference) {
        this.admin = admin;
        this.enterprises = enterprises;
        this.reference = reference;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
                @RequestParam(defaultValue = "0") int page, Model model) {
        int size = 50;
        model.addAttribute("accounts", admin.search(q, role, size + 1, Math.max(page, 0) * size));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("size", size);
        model.addAttribute("allRoles", Role.values());
        return "identity/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new AccountForm("", "", "", "", List.of(), "", "", "", null));
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        // values its record cannot hold (a role or a version that is not one) come only from a forged post
        if (binding.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Long enterpriseId = enterpriseId(form, binding);
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            AccountView created = admin.create(new NewAccount(form.username(), form.displayName(), form.email(),
                    form.mobile(), form.roleSet(), enterpriseId, form.divisionCode()), form.password(), true);
            redirect.addFlashAttribute("flash", "account.created");
            return "redirect:/admin/users/" + created.id();
        } catch (AccountRuleException e) {
            Problems.bind(e, binding, java.util.Map.of("enterpriseId", "enterpriseCode"));
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        AccountView account = account(id);
        model.addAttribute("account", account);
        model.addAttribute("hold", admin.registrationHold(id).map(Enum::name).orElse(null));
        model.addAttribute("enterprise", account.enterpriseId() == null ? null
                : enterprises.find(account.enterpriseId()).orElse(null));
        model.addAttribute("division", account.divisionCode() == null ? null
                : reference.division(account.divisionCode()).orElse(null));
        return "identity/user";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        AccountView a = account(id);
        String enterpriseCode = a.enterpriseId() == null ? "" : enterprises.find(a.enterpriseId()).map(e -> e.creditCode()).orElse("");
        model.addAttribute("form", new AccountForm(a.username(), a.displayName(), a.email(), a.mobile(),
                List.copyOf(a.roles()), enterpriseCode, a.divisionCode(), null, a.version()));
        return form(model, a);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        // values its record cannot hold (a role or a version that is not one) come only from a forged post
        if (binding.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        AccountView a = account(id);
        Long enterpriseId = enterpriseId(form, binding);
        if (binding.hasErrors()) {
            return form(model, a);
        }
        try {
            admin.update(id, form.version() == null ? -1 : form.version(), form.displayName(), form.email(),
                    form.mobile(), form.roleSet(), enterpriseId, form.divisionCode());
            redirect.addFlashAttribute("flash", "account.updated");
            return "redirect:/admin/users/" + id;
        } catch (AccountRuleException e) {
            Problems.bind(e, binding, java.util.Map.of("enterpriseId", "enterpriseCode"));
            return form(model, a);
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> admin.disable(id), "account.disabled");
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> admin.enable(id), "account.enabled");
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> admin.unlock(id), "account.unlocked");
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        account(id);
        redirect.addFlashAttribute("temporaryPassword", admin.resetPassword(id));
        redirect.addFlashAttribute("flash", "account.password-reset");
        return "redirect:/admin/users/" + id;
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String flash) {
        account(id);
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (AccountRuleException e) {
            redirect.addFlashAttribute("flashError", e.problems().get(0).code());
        }
        return "redirect:/admin/users/" + id;
    }

    private Long enterpriseId(AccountForm form, BindingResult binding) {
        if (form.enterpriseCode() == null || form.enterpriseCode().isBlank()) {
            return null;
        }
        var enterprise = enterprises.findByCreditCode(form.enterpriseCode().trim().toUpperCase());
        if (enterprise.isEmpty()) {
            binding.rejectValue("enterpriseCode", "account.enterprise.unknown", "account.enterprise.unknown");
            return null;
        }
        return enterprise.get().id();
    }

    private AccountView account(long id) {
        return admin.find(id).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private String form(Model model, AccountView existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("divisions", reference.divisions());
        return "identity/user-form";
    }
}
