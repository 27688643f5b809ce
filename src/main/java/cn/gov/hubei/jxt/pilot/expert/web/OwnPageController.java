package cn.gov.hubei.jxt.pilot.expert.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.expert.ConflictDeclarations;
import cn.gov.hubei.jxt.pilot.expert.ConflictKind;
import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.expert.ExpertPermissions;
import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import cn.gov.hubei.jxt.pilot.expert.Experts;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.gov.hubei.jxt.pilot.expert.web.Pages.person;

/**
 * The expert's own page: their record as the pool holds it (without the office's contact fields), the applications
 * assigned to them on which they may declare a conflict, and their declarations.
 */
@Controller
@RequestMapping("/experts/me")
@PreAuthorize("@expertPermissions.hasOwnPage(authentication)")
class OwnPageController {

    private final Experts experts;
    private final ConflictDeclarations declarations;
    private final ProjectApplications applications;
    private final ExpertPermissions permissions;
    private final ReferenceCatalog reference;
    private final MessageSource messages;

    OwnPageController(Experts experts, ConflictDeclarations declarations, ProjectApplications applications,
                      ExpertPermissions permissions, ReferenceCatalog reference, MessageSource messages) {
        this.experts = experts;
        this.declarations = declarations;
        this.applications = applications;
        this.permissions = permissions;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping
    String show(Authentication authentication, Model model) {
        if (!model.containsAttribute("declarationForm")) {
            model.addAttribute("declarationForm", DeclarationForm.empty());
        }
        return page(person(authentication), model);
    }

    @PostMapping("/conflicts")
    String declare(@ModelAttribute("declarationForm") DeclarationForm form, BindingResult binding,
                   Authentication authentication, Model model, RedirectAttributes redirect) {
        // values its record cannot hold (an application that is not a number) come only from a forged post
        if (binding.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        CurrentUser user = person(authentication);
        Expert me = experts.byAccount(user.id()).orElseThrow(Pages::notFound);
        try {
            if (form.applicationId() == null) {
                throw new ExpertRefusedException("expert.conflict.application-not-found");
            }
            declarations.declare(me.id(), form.applicationId(), ExpertPageController.kind(form.kind()), form.text(),
                    user);
            redirect.addFlashAttribute("success", messages.getMessage("expert.conflict.declared", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/experts/me";
        } catch (ExpertRefusedException e) {
            Pages.bind(e, binding, Set.of("kind", "text", "applicationId"), Map.of());
            if (e.problems().isEmpty() && binding.getFieldErrorCount() == 0) {
                binding.rejectValue("applicationId", e.code(), e.getArguments(), e.code());
            }
            return page(user, model);
        }
    }

    private String page(CurrentUser user, Model model) {
        Optional<Expert> me = experts.byAccount(user.id());
        model.addAttribute("me", me.orElse(null));
        model.addAttribute("vocabulary", Vocabulary.of(reference));
        model.addAttribute("kinds", ExpertPageController.declaredKinds());
        List<ApplicationSummary> assigned = me.isPresent()
                ? applications.list(ApplicationQuery.in(ApplicationScope.assigned(user.id())))
                : List.of();
        model.addAttribute("assigned", assigned);
        model.addAttribute("mayDeclare", me.isPresent() && permissions.canDeclare(user, me.get()));
        model.addAttribute("declarations", me.map(e -> declarations.ofExpert(e.id(), user)).orElse(List.of()));
        Map<Long, String> names = new java.util.HashMap<>();
        assigned.forEach(a -> names.put(a.id(), a.number() + " " + (a.projectName() == null ? "" : a.projectName())));
        model.addAttribute("applicationNames", names);
        return "expert/me";
    }
}
