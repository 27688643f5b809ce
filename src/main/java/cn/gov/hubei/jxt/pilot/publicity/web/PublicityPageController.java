package cn.gov.hubei.jxt.pilot.publicity.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.publicity.ManagedNotice;
import cn.gov.hubei.jxt.pilot.publicity.NoticeChanges;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.NoticeNotFoundException;
import cn.gov.hubei.jxt.pilot.publicity.NoticePrints;
import cn.gov.hubei.jxt.pilot.publicity.NoticeRelease;
import cn.gov.hubei.jxt.pilot.publicity.PublicityPermissions;
import cn.gov.hubei.jxt.pilot.publicity.PublicityRefusedException;
import cn.gov.hubei.jxt.pilot.publicity.PublicityRejectedException;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The office's notice pages: {@code /publicity} (drafts and released notices, drafting from a call's proposal) and
 * {@code /publicity/{id}} (edit, preview, release with a confirmation naming who will be told, discard, downloads).
 */
@Controller
@RequestMapping("/publicity")
@PreAuthorize("@publicityPermissions.canManage(authentication)")
class PublicityPageController {

    static final String CREATE_FORM = "createForm";
    static final String NOTICE_FORM = "noticeForm";

    private final NoticeDrafts drafts;
    private final NoticePrints prints;
    private final PublicityPermissions permissions;
    private final NoticeViews views;
    private final PublicityTexts texts;
    private final Clock clock;

    PublicityPageController(NoticeDrafts drafts, NoticePrints prints, PublicityPermissions permissions,
                            NoticeViews views, PublicityTexts texts, Clock clock) {
        this.drafts = drafts;
        this.prints = prints;
        this.permissions = permissions;
        this.views = views;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("notices", drafts.all(user));
        model.addAttribute("proposals", drafts.proposals(user));
        if (!model.containsAttribute(CREATE_FORM)) {
            model.addAttribute(CREATE_FORM, new CreateForm(null, null));
        }
        return "publicity/office";
    }

    @PostMapping
    String create(@ModelAttribute(CREATE_FORM) CreateForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        LocalDate start = parse(form.startDate(), binding, "startDate");
        if (form.callId() == null) {
            binding.rejectValue("callId", "publicity.call.missing", "publicity.call.missing");
        }
        if (!binding.hasErrors()) {
            try {
                ManagedNotice created = drafts.create(form.callId(), start, user);
                redirect.addFlashAttribute("success", texts.text("publicity.created"));
                return "redirect:/publicity/" + created.id();
            } catch (PublicityRejectedException e) {
                reject(binding, e.problems());
            } catch (PublicityRefusedException e) {
                binding.reject(e.code(), e.getArguments(), e.code());
            }
        }
        return list(user, model);
    }

    @GetMapping("/{id}")
    String notice(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ManagedNotice notice = drafts.find(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("managed", notice);
        model.addAttribute("notice", notice.notice());
        model.addAttribute("entries", views.entries(drafts.entries(id, user)));
        boolean draft = permissions.canEdit(user, notice.notice());
        model.addAttribute("editable", draft);
        model.addAttribute("discardable", permissions.canDiscard(user, notice.notice()));
        if (draft) {
            var audience = drafts.audience(id, user);
            model.addAttribute("audience", audience);
            model.addAttribute("recommenders", String.join(texts.text("publicity.list.separator"),
                    audience.recommenders()));
            model.addAttribute("releasable", permissions.canRelease(user, notice.notice(), LocalDate.now(clock),
                    !drafts.entries(id, user).isEmpty()));
            if (!model.containsAttribute(NOTICE_FORM)) {
                var n = notice.notice();
                model.addAttribute(NOTICE_FORM, new NoticeForm(n.title(), n.body(), n.publisher(),
                        n.contactTelephone(), n.contactAddress(), n.startDate().toString(), notice.version()));
            }
        }
        return "publicity/notice";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute(NOTICE_FORM) NoticeForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        LocalDate start = parse(form.startDate(), binding, "startDate");
        if (!binding.hasErrors()) {
            try {
                drafts.update(id, form.version() == null ? -1 : form.version(), new NoticeChanges(form.title(),
                        form.body(), form.publisher(), form.contactTelephone(), form.contactAddress(), start), user);
                redirect.addFlashAttribute("success", texts.text("publicity.saved"));
                return "redirect:/publicity/" + id;
            } catch (PublicityRejectedException e) {
                reject(binding, e.problems());
            } catch (PublicityRefusedException e) {
                redirect.addFlashAttribute("error", texts.text(e));
                return "redirect:/publicity/" + id;
            } catch (NoticeNotFoundException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        return notice(id, user, model);
    }

    @PostMapping("/{id}/release")
    String release(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            NoticeRelease release = drafts.release(id, user);
            redirect.addFlashAttribute("success", texts.text(release.releasedNow() ? "publicity.released"
                    : "publicity.released-already"));
        } catch (PublicityRefusedException e) {
            redirect.addFlashAttribute("error", texts.text(e));
        } catch (NoticeNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/publicity/" + id;
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, @RequestParam(required = false) Long version,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            drafts.discard(id, version == null ? -1 : version, user);
            redirect.addFlashAttribute("success", texts.text("publicity.discarded"));
            return "redirect:/publicity";
        } catch (PublicityRefusedException e) {
            redirect.addFlashAttribute("error", texts.text(e));
        } catch (NoticeNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/publicity/" + id;
    }

    @GetMapping("/{id}/notice.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        ManagedNotice notice = drafts.find(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return NoticeViews.file(prints.docx(id, user), notice.notice().title() + ".docx", NoticeViews.DOCX, false);
    }

    @GetMapping("/{id}/notice.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        ManagedNotice notice = drafts.find(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return NoticeViews.file(prints.pdf(id, user), notice.notice().title() + ".pdf", MediaType.APPLICATION_PDF,
                false);
    }

    static LocalDate parse(String value, BindingResult binding, String field) {
        if (value == null || value.isBlank()) {
            binding.rejectValue(field, "publicity.start.missing", "publicity.start.missing");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            binding.rejectValue(field, "publicity.start.invalid", "publicity.start.invalid");
            return null;
        }
    }

    static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            if (problem.field() == null) {
                binding.reject(problem.code(), problem.getArguments(), problem.code());
            } else if (!binding.hasFieldErrors(problem.field())) {
                binding.rejectValue(problem.field(), problem.code(), problem.getArguments(), problem.code());
            }
        }
    }
}
