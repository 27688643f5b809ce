package cn.gov.hubei.jxt.pilot.expert.web;

import cn.gov.hubei.jxt.pilot.expert.CompanyGroups;
import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.Set;

import static cn.gov.hubei.jxt.pilot.expert.web.Pages.person;

/** The programme office's registry of groups of companies (for the SAME_GROUP conflict). */
@Controller
@RequestMapping("/experts/groups")
@PreAuthorize("@expertPermissions.canManage(authentication)")
class GroupPageController {

    private final CompanyGroups groups;
    private final MessageSource messages;

    GroupPageController(CompanyGroups groups, MessageSource messages) {
        this.groups = groups;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("groupForm")) {
            model.addAttribute("groupForm", GroupForm.empty());
        }
        model.addAttribute("groups", groups.all());
        return "expert/groups";
    }

    @PostMapping
    String create(@ModelAttribute("groupForm") GroupForm form, BindingResult binding, Authentication authentication,
                  Model model, RedirectAttributes redirect) {
        try {
            groups.create(form.name(), person(authentication));
            redirect.addFlashAttribute("success", message("expert.group.created", form.name().strip()));
            return "redirect:/experts/groups";
        } catch (ExpertRefusedException e) {
            Pages.bind(e, binding, Set.of("name"), Map.of());
            return list(model);
        }
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable long id, @ModelAttribute("memberForm") GroupForm form,
                     Authentication authentication, RedirectAttributes redirect) {
        groups.find(id).orElseThrow(Pages::notFound);
        try {
            groups.addMember(id, form.memberCreditCode(), form.memberName(), person(authentication));
            redirect.addFlashAttribute("success", message("expert.group.member-added", form.memberName().strip()));
        } catch (ExpertRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.problems().isEmpty() ? e : e.problems().get(0),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/experts/groups#group-" + id;
    }

    @PostMapping("/{id}/members/{memberId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long memberId, Authentication authentication,
                        RedirectAttributes redirect) {
        groups.find(id).orElseThrow(Pages::notFound);
        groups.removeMember(id, memberId, person(authentication));
        redirect.addFlashAttribute("success", message("expert.group.member-removed"));
        return "redirect:/experts/groups#group-" + id;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
