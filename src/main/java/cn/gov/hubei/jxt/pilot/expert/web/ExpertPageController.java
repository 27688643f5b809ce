package cn.gov.hubei.jxt.pilot.expert.web;

import cn.gov.hubei.jxt.pilot.expert.CompanyGroups;
import cn.gov.hubei.jxt.pilot.expert.ConflictDeclarations;
import cn.gov.hubei.jxt.pilot.expert.ConflictKind;
import cn.gov.hubei.jxt.pilot.expert.ConflictSource;
import cn.gov.hubei.jxt.pilot.expert.ExpertAccount;
import cn.gov.hubei.jxt.pilot.expert.ExpertDetails;
import cn.gov.hubei.jxt.pilot.expert.ExpertFilter;
import cn.gov.hubei.jxt.pilot.expert.ExpertPermissions;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import cn.gov.hubei.jxt.pilot.expert.ExpertTransition;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.gov.hubei.jxt.pilot.expert.web.Pages.notFound;
import static cn.gov.hubei.jxt.pilot.expert.web.Pages.person;

/**
 * The programme office's pages of the pool: the list with its filters, a new expert, an expert's record with history,
 * status actions, account and declared conflicts, editing, and accounts for every expert without one.
 */
@Controller
@RequestMapping("/experts")
@PreAuthorize("@expertPermissions.canManage(authentication)")
class ExpertPageController {

    static final String FORM = "expertForm";
    static final Set<String> FORM_FIELDS = Set.of("name", "employerName", "employerCreditCode", "employerGroup",
            "title", "modeCodes", "industryCodes", "divisionCode", "phone", "email");

    private final ExpertPool pool;
    private final ConflictDeclarations declarations;
    private final CompanyGroups groups;
    private final ExpertPermissions permissions;
    private final ReferenceCatalog reference;
    private final MessageSource messages;

    ExpertPageController(ExpertPool pool, ConflictDeclarations declarations, CompanyGroups groups,
                         ExpertPermissions permissions, ReferenceCatalog reference, MessageSource messages) {
        this.pool = pool;
        this.declarations = declarations;
        this.groups = groups;
        this.permissions = permissions;
        this.reference = reference;
        this.messages = messages;
    }

    /** The list's filter as the query string carries it. */
    record FilterForm(String mode, String industry, String division, String status, String q, Integer page) {

        ExpertFilter toFilter() {
            Boolean active = "ACTIVE".equals(status) ? Boolean.TRUE : "INACTIVE".equals(status) ? Boolean.FALSE : null;
            int p = page == null || page < 0 ? 0 : Math.min(page, 100_000);
            return new ExpertFilter(mode, industry, division, active, q, p * ExpertFilter.PAGE_SIZE,
                    ExpertFilter.PAGE_SIZE);
        }

        int pageNumber() {
            return page == null || page < 0 ? 0 : Math.min(page, 100_000);
        }

        String url(String path, int toPage) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
            if (mode != null && !mode.isBlank()) b.queryParam("mode", mode);
            if (industry != null && !industry.isBlank()) b.queryParam("industry", industry);
            if (division != null && !division.isBlank()) b.queryParam("division", division);
            if (status != null && !status.isBlank()) b.queryParam("status", status);
            if (q != null && !q.isBlank()) b.queryParam("q", q);
            if (toPage > 0) b.queryParam("page", toPage);
            return b.encode().build().toUriString();
        }
    }

    @GetMapping
    String list(@ModelAttribute("filter") FilterForm filter, Authentication authentication, Model model) {
        CurrentUser user = person(authentication);
        ExpertFilter f = filter.toFilter();
        int total = pool.count(f, user);
        int pages = Math.max(1, (total + ExpertFilter.PAGE_SIZE - 1) / ExpertFilter.PAGE_SIZE);
        int page = filter.pageNumber();
        model.addAttribute("experts", pool.list(f, user));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("previousUrl", page > 0 ? filter.url("/experts", page - 1) : null);
        model.addAttribute("nextUrl", page + 1 < pages ? filter.url("/experts", page + 1) : null);
        model.addAttribute("exportUrl", filter.url("/experts/export", 0));
        model.addAttribute("vocabulary", Vocabulary.of(reference));
        return "expert/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute(FORM, ExpertForm.blank());
        return formPage(model, null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute(FORM) ExpertForm form, BindingResult binding, Authentication authentication,
                  Model model, RedirectAttributes redirect) {
        // values its record cannot hold (a version that is not a number) come only from a forged post
        if (binding.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            ExpertDetails saved = pool.register(form.toNewExpert(), person(authentication));
            redirect.addFlashAttribute("success", message("expert.page.registered", saved.expert().name()));
            return "redirect:/experts/" + saved.id();
        } catch (ExpertRefusedException e) {
            Pages.bind(e, binding, FORM_FIELDS, Map.of());
            return formPage(model, null);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Authentication authentication, Model model) {
        return detailPage(load(id, authentication), authentication, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Authentication authentication, Model model) {
        ExpertDetails d = load(id, authentication);
        model.addAttribute(FORM, ExpertForm.of(d));
        return formPage(model, d);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute(FORM) ExpertForm form, BindingResult binding,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        // values its record cannot hold (a version that is not a number) come only from a forged post
        if (binding.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        ExpertDetails current = load(id, authentication);
        try {
            pool.update(id, form.version() == null ? -1 : form.version(), form.toNewExpert(), person(authentication));
            redirect.addFlashAttribute("success", message("expert.page.updated"));
            return "redirect:/experts/" + id;
        } catch (ExpertRefusedException e) {
            Pages.bind(e, binding, FORM_FIELDS, Map.of());
            return formPage(model, current);
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @ModelAttribute("reasonForm") ReasonForm form, BindingResult binding,
                      Authentication authentication, Model model, RedirectAttributes redirect) {
        return transition(id, ExpertTransition.DEACTIVATE, form, binding, authentication, model, redirect);
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, @ModelAttribute("reasonForm") ReasonForm form, BindingResult binding,
                    Authentication authentication, Model model, RedirectAttributes redirect) {
        return transition(id, ExpertTransition.ACTIVATE, form, binding, authentication, model, redirect);
    }

    private String transition(long id, ExpertTransition transition, ReasonForm form, BindingResult binding,
                              Authentication authentication, Model model, RedirectAttributes redirect) {
        ExpertDetails current = load(id, authentication);
        try {
            CurrentUser user = person(authentication);
            if (transition == ExpertTransition.DEACTIVATE) {
                pool.deactivate(id, form.reason(), user);
            } else {
                pool.activate(id, form.reason(), user);
            }
            redirect.addFlashAttribute("success", message("expert.transition." + transition.code() + ".done"));
            return "redirect:/experts/" + id;
        } catch (ExpertRefusedException e) {
            Pages.bind(e, binding, Set.of("reason"), Map.of());
            return detailPage(current, authentication, model);
        }
    }

    @PostMapping("/{id}/account")
    String createAccount(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        load(id, authentication);
        try {
            ExpertAccount account = pool.createAccount(id, person(authentication));
            redirect.addFlashAttribute("accounts", List.of(account));
            redirect.addFlashAttribute("success", message("expert.account.created", account.username()));
        } catch (ExpertRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/experts/" + id;
    }

    @PostMapping("/accounts")
    String createMissingAccounts(Authentication authentication, RedirectAttributes redirect) {
        List<ExpertAccount> created = pool.createMissingAccounts(person(authentication));
        redirect.addFlashAttribute("accounts", created);
        redirect.addFlashAttribute("success", message("expert.account.created-many", created.size()));
        return "redirect:/experts/accounts";
    }

    /** The accounts just created with their initial passwords, shown once (flash attributes only). */
    @GetMapping("/accounts")
    String accounts(Model model) {
        if (!model.containsAttribute("accounts")) {
            model.addAttribute("accounts", List.of());
        }
        return "expert/accounts";
    }

    @PostMapping("/{id}/conflicts")
    String declare(@PathVariable long id, @ModelAttribute("declarationForm") DeclarationForm form,
                   BindingResult binding, Authentication authentication, Model model, RedirectAttributes redirect) {
        // values its record cannot hold (an application that is not a number) come only from a forged post
        if (binding.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        ExpertDetails current = load(id, authentication);
        ConflictKind kind = kind(form.kind());
        try {
            if (form.applicationId() == null) {
                throw new ExpertRefusedException("expert.conflict.application-not-found");
            }
            declarations.declare(id, form.applicationId(), kind, form.text(), person(authentication));
            redirect.addFlashAttribute("success", message("expert.conflict.declared"));
            return "redirect:/experts/" + id;
        } catch (ExpertRefusedException e) {
            Pages.bind(e, binding, Set.of("kind", "text", "applicationId"),
                    Map.of());
            if (e.problems().isEmpty() && !binding.hasFieldErrors("applicationId")) {
                binding.rejectValue("applicationId", e.code(), e.getArguments(), e.code());
            }
            return detailPage(current, authentication, model);
        }
    }

    @PostMapping("/{id}/conflicts/{declarationId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long declarationId,
                    @ModelAttribute("withdrawForm") ReasonForm form, Authentication authentication,
                    RedirectAttributes redirect) {
        load(id, authentication);
        CurrentUser user = person(authentication);
        boolean ours = declarations.ofExpert(id, user).stream().anyMatch(d -> d.id() == declarationId);
        if (!ours) {
            throw notFound();
        }
        try {
            declarations.withdraw(declarationId, form.reason(), user);
            redirect.addFlashAttribute("success", message("expert.conflict.withdrawn"));
        } catch (ExpertRefusedException e) {
            redirect.addFlashAttribute("error", e.problems().isEmpty()
                    ? messages.getMessage(e, LocaleContextHolder.getLocale())
                    : messages.getMessage(e.problems().get(0), LocaleContextHolder.getLocale()));
        }
        return "redirect:/experts/" + id;
    }

    static ConflictKind kind(String value) {
        return Arrays.stream(ConflictKind.values()).filter(k -> k.name().equals(value)).findFirst().orElse(null);
    }

    static List<ConflictKind> declaredKinds() {
        return Arrays.stream(ConflictKind.values()).filter(k -> k.source() == ConflictSource.DECLARED).toList();
    }

    private String detailPage(ExpertDetails d, Authentication authentication, Model model) {
        CurrentUser user = person(authentication);
        model.addAttribute("details", d);
        model.addAttribute("vocabulary", Vocabulary.of(reference));
        model.addAttribute("history", pool.history(d.id(), user));
        model.addAttribute("declarations", declarations.ofExpert(d.id(), user));
        model.addAttribute("transitions", ExpertTransition.from(d.status()).stream()
                .filter(t -> permissions.canTake(user, d.status(), t)).toList());
        model.addAttribute("kinds", declaredKinds());
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", ReasonForm.empty());
        }
        if (!model.containsAttribute("declarationForm")) {
            model.addAttribute("declarationForm", DeclarationForm.empty());
        }
        model.addAttribute("withdrawForm", ReasonForm.empty());
        return "expert/detail";
    }

    private String formPage(Model model, ExpertDetails current) {
        model.addAttribute("current", current);
        model.addAttribute("vocabulary", Vocabulary.of(reference));
        model.addAttribute("groups", groups.all());
        return "expert/form";
    }

    private ExpertDetails load(long id, Authentication authentication) {
        return pool.details(id, person(authentication)).orElseThrow(Pages::notFound);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
