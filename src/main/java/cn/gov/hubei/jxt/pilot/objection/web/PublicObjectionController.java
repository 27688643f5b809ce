package cn.gov.hubei.jxt.pilot.objection.web;

import cn.gov.hubei.jxt.pilot.objection.IdType;
import cn.gov.hubei.jxt.pilot.objection.NewObjection;
import cn.gov.hubei.jxt.pilot.objection.ObjectionLookup;
import cn.gov.hubei.jxt.pilot.objection.ObjectionPermissions;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRateLimitedException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRejectedException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionSubmissions;
import cn.gov.hubei.jxt.pilot.objection.SubmittedObjection;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The public objection pages (no login): the form of a notice, the receipt, and the lookup by receipt number and
 * code. Refusals say the rule; every field's problem stands beside it.
 */
@Controller
@RequestMapping("/public/objections")
class PublicObjectionController {

    private final ObjectionSubmissions submissions;
    private final ObjectProvider<PublicNotices> notices;
    private final ObjectionPermissions permissions;
    private final Clock clock;

    PublicObjectionController(ObjectionSubmissions submissions, ObjectProvider<PublicNotices> notices,
                              ObjectionPermissions permissions, Clock clock) {
        this.submissions = submissions;
        this.notices = notices;
        this.permissions = permissions;
        this.clock = clock;
    }

    @GetMapping("/new")
    String form(@RequestParam long notice, HttpSession session, Model model) {
        PublicNotice n = notice(notice);
        model.addAttribute("form", ObjectionForm.blank(UUID.randomUUID().toString()));
        return page(n, session, model);
    }

    @PostMapping
    String submit(@RequestParam long notice, @ModelAttribute("form") ObjectionForm form, BindingResult binding,
                  HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        PublicNotice n = notice(notice);
        boolean answered = Challenges.check(session, form.answer());
        try {
            if (!answered) {
                throw new ObjectionRejectedException(List.of(FieldProblem.invalid("answer",
                        "objection.challenge.wrong")));
            }
            SubmittedObjection submitted = submissions.submit(form.toNewObjection(n.id()), request.getRemoteAddr());
            redirect.addFlashAttribute("receipt", submitted.receiptNumber());
            redirect.addFlashAttribute("noticeTitle", n.title());
            return "redirect:/public/objections/receipt";
        } catch (ObjectionRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            for (FieldProblem p : e.problems()) {
                if (p.field() == null) {
                    binding.reject(p.code(), p.getArguments(), p.code());
                } else {
                    binding.rejectValue(p.field(), p.code(), p.getArguments(), p.code());
                }
            }
            return page(n, session, model);
        } catch (ObjectionRateLimitedException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            model.addAttribute("rateLimitedMinutes", e.retryAfterMinutes());
            return page(n, session, model);
        }
    }

    @GetMapping("/receipt")
    String receipt(Model model) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:/public/objections/lookup";
        }
        return "objection/receipt";
    }

    @GetMapping("/lookup")
    String lookupForm(Model model) {
        model.addAttribute("lookupForm", new LookupForm(null, null));
        return "objection/lookup";
    }

    @PostMapping("/lookup")
    String lookup(@ModelAttribute("lookupForm") LookupForm form, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        try {
            Optional<ObjectionLookup> found = submissions.lookup(form.receiptNumber(), form.code(),
                    request.getRemoteAddr());
            if (found.isPresent()) {
                model.addAttribute("lookup", found.get());
            } else {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                model.addAttribute("notFound", true);
            }
        } catch (ObjectionRateLimitedException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            model.addAttribute("rateLimitedMinutes", e.retryAfterMinutes());
        }
        model.addAttribute("lookupForm", new LookupForm(form.receiptNumber(), null));
        return "objection/lookup";
    }

    private String page(PublicNotice n, HttpSession session, Model model) {
        List<NoticeEntry> entries = notices.getObject().entries(n.id()).stream().filter(NoticeEntry::listed).toList();
        model.addAttribute("notice", n);
        model.addAttribute("entries", entries);
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("open", permissions.acceptsObjections(n, clock.instant()));
        model.addAttribute("notYet", clock.instant().isBefore(n.opensAt()));
        model.addAttribute("challenge", Challenges.ask(session));
        model.addAttribute("maxFiles", NewObjection.MAX_FILES);
        model.addAttribute("maxFacts", NewObjection.MAX_FACTS);
        return "objection/form";
    }

    private PublicNotice notice(long id) {
        PublicNotices n = notices.getIfAvailable();
        return Optional.ofNullable(n).flatMap(p -> p.find(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The lookup form. */
    record LookupForm(String receiptNumber, String code) {
    }
}
