package cn.gov.hubei.jxt.pilot.objection.web;

import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.objection.NewObjection;
import cn.gov.hubei.jxt.pilot.objection.ObjectionCase;
import cn.gov.hubei.jxt.pilot.objection.ObjectionCases;
import cn.gov.hubei.jxt.pilot.objection.ObjectionNotFoundException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionPermissions;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRefusedException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRejectedException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionTransition;
import cn.gov.hubei.jxt.pilot.objection.Objections;
import cn.gov.hubei.jxt.pilot.publicity.NoticeStatus;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The office's objection pages: the notices with their cases (masked), a case with the objector's data in full, and
 * its steps (accept, decline, notes and evidence, uphold or dismiss, take the project off the list).
 */
@Controller
@RequestMapping("/objections")
@PreAuthorize("@objectionPermissions.canHandle(authentication)")
class ObjectionPageController {

    private final ObjectionCases cases;
    private final Objections objections;
    private final ObjectProvider<PublicNotices> notices;
    private final ObjectionPermissions permissions;
    private final MessageSource messages;

    ObjectionPageController(ObjectionCases cases, Objections objections, ObjectProvider<PublicNotices> notices,
                            ObjectionPermissions permissions, MessageSource messages) {
        this.cases = cases;
        this.objections = objections;
        this.notices = notices;
        this.permissions = permissions;
        this.messages = messages;
    }

    /** A notice with its counts by status. */
    record NoticeLine(PublicNotice notice, Map<String, Long> counts, long unconcluded) {
    }

    @GetMapping
    String list(@RequestParam(required = false) Long notice, @AuthenticationPrincipal CurrentUser user, Model model) {
        List<PublicNotice> published = Optional.ofNullable(notices.getIfAvailable()).map(PublicNotices::published)
                .orElse(List.of());
        model.addAttribute("statuses", cn.gov.hubei.jxt.pilot.objection.ObjectionStatus.values());
        model.addAttribute("notices", published.stream()
                .map(n -> new NoticeLine(n, objections.counts(n.id()), objections.unconcluded(n.id()))).toList());
        if (notice != null) {
            PublicNotice n = published.stream().filter(p -> p.id() == notice).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            model.addAttribute("notice", n);
            model.addAttribute("rows", cases.ofNotice(n.id(), user));
        }
        return "objection/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(cases.open(id, user), user, model, Map.of());
    }

    @PostMapping("/{id}/transitions/{code}")
    String take(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String removalReason, @RequestParam(required = false) Integer version,
                @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        ObjectionTransition transition = ObjectionTransition.ofCode(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            cases.take(id, transition, reason, removalReason, version, user);
            redirect.addFlashAttribute("success", text("objection.case.done." + transition.code()));
            return "redirect:/objections/" + id;
        } catch (ObjectionRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("reasonValue", reason);
            model.addAttribute("removalValue", removalReason);
            model.addAttribute("activeForm", transition.code());
            return page(cases.open(id, user), user, model, problems(transition.code(), e.problems()));
        }
    }

    @PostMapping("/{id}/removal")
    String remove(@PathVariable long id, @RequestParam(required = false) String removalReason,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            cases.removeFromList(id, removalReason, user);
            redirect.addFlashAttribute("success", text("objection.case.done.removed"));
            return "redirect:/objections/" + id;
        } catch (ObjectionRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(cases.open(id, user), user, model, problems("removal", e.problems()));
        }
    }

    @PostMapping("/{id}/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String note,
                @RequestParam(name = "files", required = false) List<MultipartFile> files,
                @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        List<NewObjection.Evidence> evidence = files == null ? List.of() : files.stream()
                .filter(f -> f != null && !(f.isEmpty()
                        && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
                .map(ObjectionForm::evidence).toList();
        try {
            cases.addNote(id, note, evidence, user);
            redirect.addFlashAttribute("success", text("objection.case.done.noted"));
            return "redirect:/objections/" + id;
        } catch (ObjectionRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("noteValue", note);
            return page(cases.open(id, user), user, model, problems("note", e.problems()));
        }
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId,
                                @AuthenticationPrincipal CurrentUser user) {
        StoredFile f = cases.file(id, fileId, user);
        byte[] content = cases.content(id, fileId, user);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.name(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(f.kind().mediaType()))
                .body(content);
    }

    @ExceptionHandler(ObjectionNotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error/404";
    }

    @ExceptionHandler(ObjectionRefusedException.class)
    String refused(ObjectionRefusedException e, RedirectAttributes redirect,
                   jakarta.servlet.http.HttpServletRequest request) {
        redirect.addFlashAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        String path = request.getRequestURI();
        String[] parts = path.split("/");
        return parts.length > 2 ? "redirect:/objections/" + parts[2] : "redirect:/objections";
    }

    private String page(ObjectionCase c, CurrentUser user, Model model, Map<String, String> problems) {
        PublicNotice notice = Optional.ofNullable(notices.getIfAvailable()).flatMap(n -> n.find(c.noticeId()))
                .orElse(null);
        NoticeStatus noticeStatus = notice == null ? null : notice.status();
        model.addAttribute("c", c);
        model.addAttribute("notice", notice);
        model.addAttribute("transitions", ObjectionTransition.from(c.status()).stream()
                .filter(t -> permissions.canTake(user, t, c.status())).toList());
        model.addAttribute("canInvestigate", permissions.canInvestigate(user, c.status()));
        model.addAttribute("canRemove", permissions.canRemoveFromList(user, c.status(), c.removedFromList(),
                noticeStatus));
        model.addAttribute("problems", problems);
        return "objection/case";
    }

    private Map<String, String> problems(String form, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            byField.merge(form + "-" + (p.field() == null ? "form" : p.field()),
                    messages.getMessage(p, LocaleContextHolder.getLocale()), (a, b) -> a + " " + b);
        }
        return byField;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
