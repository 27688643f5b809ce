package cn.gov.hubei.jxt.pilot.portal.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.portal.PortalPermissions;
import cn.gov.hubei.jxt.pilot.portal.ScenarioNotFoundException;
import cn.gov.hubei.jxt.pilot.portal.ScenarioRefusedException;
import cn.gov.hubei.jxt.pilot.portal.ScenarioRejectedException;
import cn.gov.hubei.jxt.pilot.portal.ScenarioStatus;
import cn.gov.hubei.jxt.pilot.portal.TypicalScenario;
import cn.gov.hubei.jxt.pilot.portal.TypicalScenarios;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The typical scenarios behind login: the office's list and a scenario's page (approve, reject with reason, reopen,
 * edit the public title and summary, assign the project's industry) and the enterprise's consents
 * ({@code /portal/consents}: consent or withdraw per scenario). A scenario the person may not see is 404, for reading
 * and writing alike; a broken rule shows beside its field, a refusal as a message on the page.
 */
@Controller
@RequestMapping("/portal")
class ScenarioPageController {

    private final TypicalScenarios scenarios;
    private final PortalPermissions permissions;
    private final PortalVocabulary vocabulary;
    private final MessageSource messages;

    ScenarioPageController(TypicalScenarios scenarios, PortalPermissions permissions, PortalVocabulary vocabulary,
                           MessageSource messages) {
        this.scenarios = scenarios;
        this.permissions = permissions;
        this.vocabulary = vocabulary;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("@portalPermissions.hasScenarioWork(authentication)")
    String start(@AuthenticationPrincipal CurrentUser user, Model model) {
        return permissions.isOfficer(user) ? list(null, user, model) : consents(user, model);
    }

    // ------------------------------------------------------------------------------------------- the office

    @GetMapping("/scenarios")
    @PreAuthorize("@portalPermissions.isOfficer(authentication)")
    String list(@RequestParam(required = false) String status, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        ScenarioStatus selected = Arrays.stream(ScenarioStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        List<TypicalScenario> all = scenarios.candidates(null, user);
        Map<ScenarioStatus, Long> counts = new LinkedHashMap<>();
        for (ScenarioStatus s : ScenarioStatus.values()) {
            counts.put(s, all.stream().filter(x -> x.status() == s).count());
        }
        model.addAttribute("scenarios", selected == null ? all : all.stream().filter(x -> x.status() == selected).toList());
        model.addAttribute("counts", counts);
        model.addAttribute("selected", selected);
        model.addAttribute("statuses", ScenarioStatus.values());
        model.addAllAttributes(vocabulary.names());
        return "portal/office-scenarios";
    }

    @GetMapping("/scenarios/{id}")
    @PreAuthorize("@portalPermissions.isOfficer(authentication)")
    String scenario(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        TypicalScenario s = scenarios.find(id, user).orElseThrow(() -> new ScenarioNotFoundException(id));
        model.addAttribute("s", s);
        model.addAttribute("history", scenarios.history(id, user));
        model.addAttribute("canApprove", permissions.canApprove(user, s));
        model.addAttribute("canReject", permissions.canReject(user, s));
        model.addAttribute("canReopen", permissions.canReopen(user, s));
        model.addAttribute("canEdit", permissions.canEditPublicText(user, s));
        model.addAttribute("industries", vocabulary.industries());
        if (!model.containsAttribute("titleValue")) {
            model.addAttribute("titleValue", s.publicTitle());
            model.addAttribute("summaryValue", s.publicSummary());
        }
        model.addAllAttributes(vocabulary.names());
        return "portal/office-scenario";
    }

    @PostMapping("/scenarios/{id}/{action:approve|reject|reopen}")
    @PreAuthorize("@portalPermissions.isOfficer(authentication)")
    String decide(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        try {
            TypicalScenario s = scenarios.act(id, action, reason, version, user);
            redirect.addFlashAttribute("success", vocabulary.text("portal.scenario." + action + ".done", s.publicTitle()));
        } catch (ScenarioRejectedException e) {
            model.addAttribute("problems", problems(e.problems()));
            model.addAttribute("reasonValue", reason);
            return scenario(id, user, model);
        } catch (ScenarioRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/portal/scenarios/" + id;
    }

    @PostMapping("/scenarios/{id}/text")
    @PreAuthorize("@portalPermissions.isOfficer(authentication)")
    String editText(@PathVariable long id, @RequestParam(required = false) String publicTitle,
                    @RequestParam(required = false) String publicSummary, @RequestParam(required = false) Integer version,
                    @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            scenarios.editPublicText(id, publicTitle, publicSummary, version == null ? -1 : version, user);
            redirect.addFlashAttribute("success", vocabulary.text("portal.scenario.text.done"));
        } catch (ScenarioRejectedException e) {
            model.addAttribute("problems", problems(e.problems()));
            model.addAttribute("titleValue", publicTitle);
            model.addAttribute("summaryValue", publicSummary);
            return scenario(id, user, model);
        } catch (ScenarioRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/portal/scenarios/" + id;
    }

    @PostMapping("/scenarios/{id}/industry")
    @PreAuthorize("@portalPermissions.isOfficer(authentication)")
    String industry(@PathVariable long id, @RequestParam(required = false) String industry,
                    @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        TypicalScenario s = scenarios.find(id, user).orElseThrow(() -> new ScenarioNotFoundException(id));
        try {
            scenarios.assignIndustry(s.applicationId(), industry, user);
            redirect.addFlashAttribute("success", vocabulary.text("portal.industry.done"));
        } catch (ScenarioRejectedException e) {
            model.addAttribute("problems", problems(e.problems()));
            return scenario(id, user, model);
        } catch (ScenarioRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/portal/scenarios/" + id;
    }

    // ---------------------------------------------------------------------------------------- the enterprise

    @GetMapping("/consents")
    @PreAuthorize("@portalPermissions.isApplicant(authentication)")
    String consents(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<TypicalScenario> mine = scenarios.ofEnterprise(user);
        model.addAttribute("scenarios", mine);
        Map<Long, Boolean> canConsent = new LinkedHashMap<>();
        Map<Long, Boolean> canWithdraw = new LinkedHashMap<>();
        for (TypicalScenario s : mine) {
            canConsent.put(s.id(), permissions.canConsent(user, s));
            canWithdraw.put(s.id(), permissions.canWithdraw(user, s));
        }
        model.addAttribute("canConsent", canConsent);
        model.addAttribute("canWithdraw", canWithdraw);
        model.addAllAttributes(vocabulary.names());
        return "portal/consents";
    }

    @PostMapping("/consents/{id}/{action:consent|withdraw}")
    @PreAuthorize("@portalPermissions.isApplicant(authentication)")
    String consent(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Integer version,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            TypicalScenario s = scenarios.act(id, action, null, version, user);
            redirect.addFlashAttribute("success", vocabulary.text("portal.consent." + action + ".done", s.name()));
        } catch (ScenarioRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/portal/consents#scenario-" + id;
    }

    @ExceptionHandler(ScenarioNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private Map<String, String> problems(List<FieldProblem> problems) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            map.putIfAbsent(p.field(), messages.getMessage(p, LocaleContextHolder.getLocale()));
        }
        return map;
    }
}
