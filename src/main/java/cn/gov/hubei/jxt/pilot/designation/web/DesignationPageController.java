package cn.gov.hubei.jxt.pilot.designation.web;

import cn.gov.hubei.jxt.pilot.designation.Certificate;
import cn.gov.hubei.jxt.pilot.designation.Certificates;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.DesignationExport;
import cn.gov.hubei.jxt.pilot.designation.DesignationNotFoundException;
import cn.gov.hubei.jxt.pilot.designation.DesignationPermissions;
import cn.gov.hubei.jxt.pilot.designation.DesignationRefusedException;
import cn.gov.hubei.jxt.pilot.designation.DesignationRejectedException;
import cn.gov.hubei.jxt.pilot.designation.Designations;
import cn.gov.hubei.jxt.pilot.designation.NewPublication;
import cn.gov.hubei.jxt.pilot.designation.Plaque;
import cn.gov.hubei.jxt.pilot.designation.PlaqueRecord;
import cn.gov.hubei.jxt.pilot.designation.Plaques;
import cn.gov.hubei.jxt.pilot.designation.Publication;
import cn.gov.hubei.jxt.pilot.designation.PublicationPhase;
import cn.gov.hubei.jxt.pilot.designation.Publications;
import cn.gov.hubei.jxt.pilot.designation.web.DesignationForms.NumberForm;
import cn.gov.hubei.jxt.pilot.designation.web.DesignationForms.PlaqueForm;
import cn.gov.hubei.jxt.pilot.designation.web.DesignationForms.PublishForm;
import cn.gov.hubei.jxt.pilot.designation.web.DesignationForms.ReasonForm;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The designation's pages: the office's overview (notices awaiting publication, publications, the export), the
 * publication form, a publication with its projects, certificates and plaques, a plaque's record, the certificate
 * download, and the enterprise's and division's own designations. Whatever a person may not read is 404; a broken
 * rule is shown beside its field with the form as sent; a refusal as a message on the page.
 */
@Controller
@RequestMapping("/designations")
class DesignationPageController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Publications publications;
    private final Certificates certificates;
    private final Plaques plaques;
    private final DesignationExport export;
    private final Designations designations;
    private final DesignationPermissions permissions;
    private final PublicNotices notices;
    private final ReferenceCatalog reference;
    private final MessageSource messages;

    DesignationPageController(Publications publications, Certificates certificates, Plaques plaques,
                              DesignationExport export, Designations designations,
                              DesignationPermissions permissions, PublicNotices notices, ReferenceCatalog reference,
                              MessageSource messages) {
        this.publications = publications;
        this.certificates = certificates;
        this.plaques = plaques;
        this.export = export;
        this.designations = designations;
        this.permissions = permissions;
        this.notices = notices;
        this.reference = reference;
        this.messages = messages;
    }

    /** A released notice as the overview lists it: its phase and its publication, if recorded. */
    record NoticeLine(PublicNotice notice, PublicationPhase phase, Publication publication) {
    }

    @GetMapping
    @PreAuthorize("@designationPermissions.manages(authentication)")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<NoticeLine> lines = new ArrayList<>();
        for (PublicNotice notice : notices.published()) {
            lines.add(new NoticeLine(notice, publications.phase(notice.id()),
                    publications.ofNotice(notice.id(), user).orElse(null)));
        }
        List<Publication> all = publications.all(user);
        model.addAttribute("notices", lines);
        model.addAttribute("publications", all);
        model.addAttribute("years", new TreeSet<>(all.stream().map(Publication::year).toList()).descendingSet());
        return "designation/home";
    }

    @GetMapping("/notices/{noticeId}/publish")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    String publishForm(@PathVariable long noticeId, Model model) {
        PublicNotice notice = notices.find(noticeId).orElseThrow(() -> new DesignationNotFoundException("notice"));
        model.addAttribute("notice", notice);
        model.addAttribute("phase", publications.phase(noticeId));
        model.addAttribute("listed", notices.entries(noticeId).stream().filter(e -> e.listed()).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PublishForm("", notice.year() + "年湖北省智能制造试点示范项目认定结果", ""));
        }
        return "designation/publish";
    }

    @PostMapping("/notices/{noticeId}/publish")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    String publish(@PathVariable long noticeId, @ModelAttribute PublishForm form,
                   @RequestParam(name = "document", required = false) MultipartFile document,
                   @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] bytes = document == null || document.isEmpty() ? null : document.getBytes();
            Publication publication = publications.publish(noticeId, new NewPublication(form.documentNumber(),
                    form.title(), form.publishedOn(), document == null ? null : document.getOriginalFilename(),
                    bytes), user);
            redirect.addFlashAttribute("success", text("designation.publish.done", publication.documentNumber(),
                    String.valueOf(publication.projects())));
            return "redirect:/designations/" + publication.id();
        } catch (DesignationRejectedException e) {
            model.addAttribute("form", form);
            model.addAttribute("problems", problems(e));
            model.addAttribute("error", text("designation.form.invalid"));
        } catch (DesignationRefusedException e) {
            model.addAttribute("form", form);
            model.addAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return publishForm(noticeId, model);
    }

    @GetMapping("/{publicationId}")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    String publication(@PathVariable long publicationId, @AuthenticationPrincipal CurrentUser user, Model model) {
        Publication publication = publications.find(publicationId, user)
                .orElseThrow(() -> new DesignationNotFoundException("publication"));
        model.addAttribute("publication", publication);
        model.addAttribute("projects", publications.projects(publicationId, user));
        model.addAttribute("certificates", certificates.ofPublication(publicationId, user));
        model.addAttribute("plaques", plaques.ofPublication(publicationId, user));
        model.addAttribute("canCorrect", permissions.canCorrectNumber(user, publication.status()));
        model.addAttribute("canIssue", permissions.canIssueCertificates(user, publication.status()));
        model.addAttribute("canReissue", permissions.canReissue(user, publication.status()));
        model.addAttribute("divisionNames", divisionNames());
        model.addAttribute("modeNames", modeNames());
        if (!model.containsAttribute("numberForm")) {
            model.addAttribute("numberForm", new NumberForm(publication.documentNumber(), publication.version()));
        }
        return "designation/publication";
    }

    @PostMapping("/{publicationId}/number")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    String correctNumber(@PathVariable long publicationId, @ModelAttribute NumberForm form,
                         @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            Publication p = publications.correctNumber(publicationId, form.documentNumber(),
                    form.version() == null ? -1 : form.version(), user);
            redirect.addFlashAttribute("success", text("designation.number.corrected", p.documentNumber()));
            return "redirect:/designations/" + publicationId;
        } catch (DesignationRejectedException e) {
            model.addAttribute("numberForm", form);
            model.addAttribute("problems", problems(e));
        } catch (DesignationRefusedException e) {
            model.addAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return publication(publicationId, user, model);
    }

    @PostMapping("/{publicationId}/certificates")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    String issue(@PathVariable long publicationId, @AuthenticationPrincipal CurrentUser user,
                 RedirectAttributes redirect) {
        try {
            Map<Long, Certificate> issued = certificates.issueAll(publicationId, user);
            redirect.addFlashAttribute("success", text("designation.certificates.issued",
                    String.valueOf(issued.size())));
        } catch (DesignationRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/designations/" + publicationId;
    }

    @PostMapping("/projects/{designationId}/reissue")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    String reissue(@PathVariable long designationId, @ModelAttribute ReasonForm form,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        DesignatedProject project = designations.find(designationId)
                .orElseThrow(() -> new DesignationNotFoundException("designation"));
        try {
            Certificate c = certificates.reissue(designationId, form.reason(), user);
            redirect.addFlashAttribute("success", text("designation.certificate.reissued", c.serial()));
        } catch (DesignationRejectedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.problems().get(0),
                    LocaleContextHolder.getLocale()));
        } catch (DesignationRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/designations/" + project.publicationId();
    }

    @GetMapping("/projects/{designationId}/plaque")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    String plaque(@PathVariable long designationId, @AuthenticationPrincipal CurrentUser user, Model model) {
        DesignatedProject project = designations.find(designationId)
                .orElseThrow(() -> new DesignationNotFoundException("designation"));
        Plaque plaque = plaques.ofPublication(project.publicationId(), user).get(designationId);
        model.addAttribute("project", project);
        model.addAttribute("plaque", plaque);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PlaqueForm(iso(plaque.madeOn()), iso(plaque.deliveredOn()),
                    plaque.deliveryMethod(), plaque.receivedByName(), plaque.receivedByPosition(),
                    iso(plaque.receivedOn()), plaque.version()));
        }
        return "designation/plaque";
    }

    @PostMapping("/projects/{designationId}/plaque")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    String recordPlaque(@PathVariable long designationId, @ModelAttribute PlaqueForm form,
                        @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            plaques.record(designationId, new PlaqueRecord(form.madeOn(), form.deliveredOn(), form.deliveryMethod(),
                    form.receivedByName(), form.receivedByPosition(), form.receivedOn(),
                    form.version() == null ? -1 : form.version()), user);
            DesignatedProject project = designations.find(designationId).orElseThrow();
            redirect.addFlashAttribute("success", text("designation.plaque.recorded", project.enterpriseName()));
            return "redirect:/designations/" + project.publicationId();
        } catch (DesignationRejectedException e) {
            model.addAttribute("form", form);
            model.addAttribute("problems", problems(e));
            model.addAttribute("error", text("designation.form.invalid"));
        } catch (DesignationRefusedException e) {
            model.addAttribute("form", form);
            model.addAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return plaque(designationId, user, model);
    }

    // ------------------------------------------------------------------------------------------- downloads

    @GetMapping("/projects/{designationId}/certificate.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> certificate(@PathVariable long designationId, @AuthenticationPrincipal CurrentUser user) {
        Certificate c = certificates.current(designationId, user)
                .orElseThrow(() -> new DesignationNotFoundException("certificate"));
        return download(certificates.pdf(designationId, user), MediaType.APPLICATION_PDF, c.serial() + ".pdf");
    }

    @GetMapping("/{publicationId}/list.docx")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    ResponseEntity<byte[]> listDocx(@PathVariable long publicationId, @AuthenticationPrincipal CurrentUser user) {
        return download(publications.listDocx(publicationId, user), DOCX, "认定项目名单.docx");
    }

    @GetMapping("/{publicationId}/list.pdf")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    ResponseEntity<byte[]> listPdf(@PathVariable long publicationId, @AuthenticationPrincipal CurrentUser user) {
        return download(publications.listPdf(publicationId, user), MediaType.APPLICATION_PDF, "认定项目名单.pdf");
    }

    @GetMapping("/{publicationId}/document.pdf")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    ResponseEntity<byte[]> signedDocument(@PathVariable long publicationId,
                                          @AuthenticationPrincipal CurrentUser user) {
        return download(publications.signedDocument(publicationId, user), MediaType.APPLICATION_PDF,
                "认定文件.pdf");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("@designationPermissions.canExport(authentication)")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(name = "years", required = false) List<Integer> years,
                                      @AuthenticationPrincipal CurrentUser user) {
        List<Integer> chosen = years == null ? List.of() : years;
        return download(export.xlsx(chosen, user), XLSX, "智能制造试点示范项目.xlsx");
    }

    // ------------------------------------------------------------------------------------------------ mine

    @GetMapping("/mine")
    @PreAuthorize("@designationPermissions.seesOwn(authentication)")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<DesignatedProject> mine = publications.mine(user);
        Map<Long, Certificate> current = new LinkedHashMap<>();
        for (DesignatedProject p : mine) {
            certificates.current(p.id(), user).ifPresent(c -> current.put(p.id(), c));
        }
        model.addAttribute("projects", mine);
        model.addAttribute("certificates", current);
        model.addAttribute("divisionNames", divisionNames());
        return "designation/mine";
    }

    @ExceptionHandler(DesignationNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    // ------------------------------------------------------------------------------------------- helpers

    static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }

    private static String iso(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private Map<String, String> problems(DesignationRejectedException e) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            problems.putIfAbsent(p.field(), messages.getMessage(p, LocaleContextHolder.getLocale()));
        }
        return problems;
    }

    private Map<String, String> divisionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        reference.divisions().forEach((Division d) -> names.put(d.code(), d.name()));
        return names;
    }

    private Map<String, String> modeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        reference.modes().forEach((ManufacturingMode m) -> names.put(m.code(), m.name()));
        return names;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
