package cn.gov.hubei.jxt.pilot.call.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.call.CallActionRefusedException;
import cn.gov.hubei.jxt.pilot.call.CallNotFoundException;
import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallStatusChange;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.CallValidationException;
import cn.gov.hubei.jxt.pilot.call.CallVersionConflictException;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import jakarta.validation.Valid;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** The programme office's pages for yearly calls: list, create, edit, detail with the allowed actions. */
@Controller
@RequestMapping("/calls")
@PreAuthorize("@callPermissions.canManage(authentication)")
class CallPageController {

    static final String FORM = "callForm";
    static final String CANCEL_FORM = "cancelForm";

    private final Calls calls;
    private final ReferenceCatalog reference;
    private final MessageSource messages;
    private final Clock clock;

    CallPageController(Calls calls, ReferenceCatalog reference, MessageSource messages, Clock clock) {
        this.calls = calls;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("calls", calls.all().stream().map(call -> CallView.of(call, clock)).toList());
        return "call/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        List<String> versions = reference.elementConditionVersions();
        int year = clock.instant().atZone(clock.getZone()).getYear();
        model.addAttribute(FORM, CallForm.blank(year, versions.isEmpty() ? null : versions.get(versions.size() - 1)));
        return formPage(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute(FORM) CallForm form, BindingResult binding, Authentication user,
                  Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                CallSummary created = calls.create(form.toNewCall(clock.getZone()), person(user));
                redirect.addFlashAttribute("success", message("call.created"));
                return "redirect:/calls/" + created.id();
            } catch (CallValidationException e) {
                reject(binding, e.violations());
            }
        }
        return formPage(model, null);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CallSummary call = load(id);
        model.addAttribute(CANCEL_FORM, CancelForm.empty());
        return detailPage(call, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        CallSummary call = load(id);
        if (!call.status().isEditable()) {
            redirect.addFlashAttribute("error", message(new CallActionRefusedException("call.edit.refused",
                    CallActionRefusedException.statusLabel(call.status()))));
            return "redirect:/calls/" + id;
        }
        model.addAttribute(FORM, CallForm.of(call, clock.getZone()));
        return formPage(model, call);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute(FORM) CallForm form, BindingResult binding,
                  Authentication user, Model model, RedirectAttributes redirect) {
        CallSummary current = load(id);
        boolean filingOpen = current.status().isIn(CallStatus.EXTENDABLE);
        if (form.version() == null) {
            binding.reject("call.edit.conflict");
        }
        if (!binding.hasErrors()) {
            try {
                calls.update(id, form.version(), form.toChanges(current, filingOpen, clock.getZone()), person(user));
                redirect.addFlashAttribute("success", message("call.updated"));
                return "redirect:/calls/" + id;
            } catch (CallValidationException e) {
                reject(binding, e.violations());
            } catch (CallVersionConflictException e) {
                binding.reject("call.edit.conflict");
            } catch (CallActionRefusedException e) {
                redirect.addFlashAttribute("error", message(e));
                return "redirect:/calls/" + id;
            }
        }
        return formPage(model, current);
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        try {
            CallSummary published = calls.publish(id, person(user));
            redirect.addFlashAttribute("success", message(published.status() == CallStatus.FILING_OPEN
                    ? "call.transition.publish.done-and-open" : "call.transition.publish.done"));
        } catch (CallActionRefusedException e) {
            redirect.addFlashAttribute("error", message(e));
        } catch (CallVersionConflictException e) {
            redirect.addFlashAttribute("error", message("call.edit.conflict"));
        } catch (CallNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/calls/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @Valid @ModelAttribute(CANCEL_FORM) CancelForm form, BindingResult binding,
                  Authentication user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return detailPage(load(id), model);
        }
        try {
            calls.cancel(id, form.reason(), person(user));
            redirect.addFlashAttribute("success", message("call.transition.cancel.done"));
        } catch (CallActionRefusedException e) {
            redirect.addFlashAttribute("error", message(e));
        } catch (CallVersionConflictException e) {
            redirect.addFlashAttribute("error", message("call.edit.conflict"));
        } catch (CallNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/calls/" + id;
    }

    private String detailPage(CallSummary call, Model model) {
        model.addAttribute("view", CallView.of(call, clock));
        model.addAttribute("history", calls.history(call.id()).stream().map(c -> HistoryRow.of(c, clock.getZone())).toList());
        return "call/detail";
    }

    private String formPage(Model model, CallSummary current) {
        model.addAttribute("current", current == null ? null : CallView.of(current, clock));
        model.addAttribute("locked", current != null && current.status().isIn(CallStatus.EXTENDABLE));
        model.addAttribute("elementConditionVersions", reference.elementConditionVersions());
        return "call/form";
    }

    private CallSummary load(long id) {
        return calls.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void reject(BindingResult binding, List<FieldProblem> violations) {
        for (FieldProblem violation : violations) {
            // A field that already failed Bean Validation keeps that one message.
            if (!binding.hasFieldErrors(violation.field())) {
                binding.rejectValue(violation.field(), violation.code(), violation.getArguments(), violation.code());
            }
        }
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }

    private String message(CallActionRefusedException refusal) {
        return messages.getMessage(refusal, LocaleContextHolder.getLocale());
    }

    /** One row of the call's history, with the time in the clock's zone. */
    record HistoryRow(LocalDateTime occurredAt, String transitionKey, String fromKey, String toKey,
                      String actor, String reason) {

        static HistoryRow of(CallStatusChange change, ZoneId zone) {
            return new HistoryRow(CallView.local(change.occurredAt(), zone),
                    "call.transition." + change.transition().code() + ".label",
                    CallView.statusKey(change.from()), CallView.statusKey(change.to()), change.actor(),
                    change.reason());
        }
    }

    /** The person acting; the call's service checks that they may manage calls. */
    private static CurrentUser person(Authentication user) {
        return CurrentUser.of(user).orElse(null);
    }
}
