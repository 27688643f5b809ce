package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationPermissions;
import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationDraft;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.FilePurpose;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SavedSection;
import cn.gov.hubei.jxt.pilot.application.SectionCheck;
import cn.gov.hubei.jxt.pilot.application.SectionConflictException;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Attachments;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Figure;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Implementation;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Part;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.SectionRejectedException;
import cn.gov.hubei.jxt.pilot.application.internal.DraftTokens;
import cn.gov.hubei.jxt.pilot.application.internal.DraftValidator;
import cn.gov.hubei.jxt.pilot.application.internal.RuleContext;
import cn.gov.hubei.jxt.pilot.application.internal.SectionJson;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page per section. A section saves two ways that both keep everything typed: the save button (a normal form
 * post, works without JavaScript) and htmx on every change (no page reload; the answer is a status fragment and the
 * new version). A stale version leads to the conflict page with both versions; a form posted after the session
 * expired is kept (see {@link ExpiredSessionDraftFilter}) and offered again here after login.
 */
@Controller
@RequestMapping("/applications/{id}")
class SectionPageController {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProjectApplications applications;
    private final ApplicationPermissions permissions;
    private final ApplicationPages pages;
    private final DraftValidator validator;
    private final DraftTokens tokens;
    private final SectionJson json;
    private final ReferenceCatalog reference;

    SectionPageController(ProjectApplications applications, ApplicationPermissions permissions, ApplicationPages pages,
                          DraftValidator validator, DraftTokens tokens, SectionJson json, ReferenceCatalog reference) {
        this.applications = applications;
        this.permissions = permissions;
        this.pages = pages;
        this.validator = validator;
        this.tokens = tokens;
        this.json = json;
        this.reference = reference;
    }

    @GetMapping("/sections/{key}")
    String show(@PathVariable long id, @PathVariable String key,
                @RequestParam(defaultValue = "false") boolean check, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        SectionKey section = sectionKey(key);
        ApplicationDraft draft = pages.draft(id, user);
        SavedSection saved = draft.section(section);
        SectionContent content = saved == null ? emptyOf(section) : saved.content();
        int version = saved == null ? 0 : saved.version();
        boolean editable = permissions.canEdit(user, draft.application());
        var restored = editable ? tokens.latestExpired(user.username(), id, section) : java.util.Optional.<DraftTokens.Kept>empty();
        if (restored.isPresent()) {
            Map<String, String[]> parameters = parameters(restored.get().payload());
            try {
                content = SectionForms.bind(section, parameters);
            } catch (RuntimeException e) {
                // a kept form the binder cannot take is not offered
                return page(draft, section, content, version, saved != null, editable, user, model);
            }
            version = intOf(parameters.get("version"));
            model.addAttribute("restored", restored.get());
            model.addAttribute("restoredAt", pages.local(restored.get().postedAt()));
        }
        return page(draft, section, content, version, check, editable, user, model);
    }

    @PostMapping("/sections/{key}")
    String save(@PathVariable long id, @PathVariable String key, @AuthenticationPrincipal CurrentUser user,
                HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        SectionKey section = sectionKey(key);
        ApplicationDraft draft = pages.draft(id, user);
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        if (!permissions.canEdit(user, draft.application())) {
            redirect.addFlashAttribute("error", pages.text("application.edit.refused",
                    pages.text("application.status." + draft.application().status().name())));
            return htmx ? fragment(model, "notEditable") : "redirect:/applications/" + id;
        }
        Map<String, String[]> parameters = request.getParameterMap();
        int expected = intOf(parameters.get("version"));
        String token = first(parameters.get("draftToken"));
        String action = first(parameters.get("action"));
        boolean checkRequested = "true".equals(first(parameters.get("check")));
        SavedSection saved = draft.section(section);
        SectionContent posted;
        try {
            posted = SectionForms.bind(section, parameters);
        } catch (RuntimeException e) {
            // the filter refuses malformed row indexes; anything else the binder cannot take is refused here
            return refused(draft, section, saved, "application.form.unreadable", user, response, model);
        }
        if (!SectionForms.validAction(section, action)) {
            // a button the section does not have: nothing is saved or uploaded, the page says so
            model.addAttribute("error", pages.text("application.action.invalid"));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(draft, section, posted.normalised(), expected, true, true, user, model);
        }
        SectionContent toSave = SectionForms.mergeForSave(section, posted,
                saved == null ? emptyOf(section) : saved.content());
        SectionContent shown = posted;

        String uploadError = null;
        // filters may have wrapped the multipart request the dispatcher resolved
        MultipartHttpServletRequest multipart = org.springframework.web.util.WebUtils.getNativeRequest(request,
                MultipartHttpServletRequest.class);
        if (action != null && action.startsWith("upload:") && multipart != null) {
            try {
                SectionContent[] updated = upload(draft.application(), section, action.substring("upload:".length()),
                        toSave, posted, multipart, user);
                toSave = updated[0];
                shown = updated[1];
            } catch (FileRejectedException e) {
                uploadError = pages.text(e.messageKey(), e.arguments());
                if (uploadError.equals(e.messageKey())) {
                    uploadError = pages.text("application.files.rejected." + e.reason().name());
                }
            } catch (ApplicationActionRefusedException e) {
                uploadError = pages.text(e);
            }
        }

        SavedSection result;
        try {
            result = applications.saveSection(id, pages.scope(user), section, expected, toSave, false,
                    user.username());
        } catch (SectionConflictException e) {
            if (token == null || tokens.find(token).filter(k -> k.username().equals(user.username())).isEmpty()) {
                token = tokens.issue(user.username(), id, section);
            }
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("version", e.theirs().version());
            kept.put("content", e.yours());
            tokens.keep(token, DraftTokens.Kind.CONFLICT, json.write(kept));
            if (htmx) {
                model.addAttribute("conflictUrl", "/applications/" + id + "/conflicts/" + token);
                return fragment(model, "conflict");
            }
            return "redirect:/applications/" + id + "/conflicts/" + token;
        } catch (ApplicationActionRefusedException e) {
            redirect.addFlashAttribute("error", pages.text(e));
            return htmx ? fragment(model, "notEditable") : "redirect:/applications/" + id;
        } catch (SectionRejectedException e) {
            // a file id that is not one of this application's files: nothing is saved
            model.addAttribute("error", pages.text("application.files.foreign"));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(draft, section, posted.normalised(), expected, true, true, user, model);
        }
        tokens.clear(user.username(), id, section, DraftTokens.Kind.EXPIRED);

        ApplicationDraft after = pages.draft(id, user);
        if (htmx) {
            RuleContext context = pages.context(after);
            SectionCheck check = validator.check(section, result.content(), result.version(), context);
            SectionContent form = SectionForms.forPage(section, result.content(), context);
            model.addAttribute(SectionForms.FORM, form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + SectionForms.FORM, SectionForms.errors(form, check,
                    showsProblems(check, checkRequested), new RowNames(pages, context)));
            model.addAttribute("version", result.version());
            model.addAttribute("check", check);
            model.addAttribute("savedAt", pages.local(result.updatedAt()));
            return fragment(model, "saved");
        }
        if (action == null || action.equals("save")) {
            redirect.addFlashAttribute("success", pages.text("application.section.saved"));
            return "redirect:/applications/" + id + "/sections/" + section.key() + (checkRequested ? "?check=true" : "");
        }
        if (action.startsWith("add:")) {
            shown = SectionForms.addRow(section, shown, action.substring(4));
        } else if (action.startsWith("remove:")) {
            String[] parts = action.split(":");
            shown = SectionForms.removeRow(section, shown, parts[1], Integer.parseInt(parts[2]));
            applications.saveSection(id, pages.scope(user), section, result.version(),
                    SectionForms.mergeForSave(section, shown, result.content()), false, user.username());
            after = pages.draft(id, user);
            result = after.section(section);
        }
        if (uploadError != null) {
            model.addAttribute("error", uploadError);
        }
        return page(after, section, shown, result.version(), checkRequested, true, user, model);
    }

    /** The section page as saved, with a message why what was posted was not taken; a 400. */
    private String refused(ApplicationDraft draft, SectionKey section, SavedSection saved, String messageKey,
                           CurrentUser user, HttpServletResponse response, Model model) {
        model.addAttribute("error", pages.text(messageKey));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(draft, section, saved == null ? emptyOf(section) : saved.content(),
                saved == null ? 0 : saved.version(), saved != null, true, user, model);
    }

    /** Stores an uploaded figure or attachment and puts it into the section. Returns {what to save, what to show}. */
    private SectionContent[] upload(ApplicationSummary application, SectionKey section, String target,
                                    SectionContent toSave, SectionContent shown, MultipartHttpServletRequest request,
                                    CurrentUser user) {
        if (section == SectionKey.IMPLEMENTATION) {
            MultipartFile file = request.getFile("figureFile-" + target);
            if (file == null || file.isEmpty()) {
                throw new ApplicationActionRefusedException("application.files.none");
            }
            int index = Integer.parseInt(target);
            Implementation impl = (Implementation) shown;
            List<Part> parts = new ArrayList<>(impl.parts() == null ? List.of() : impl.parts());
            if (index < 0 || index >= parts.size()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
            AttachedFile attached = store(application, FilePurpose.FIGURE, file, user);
            String caption = request.getParameter("figureCaption-" + target);
            Part p = parts.get(index);
            List<Figure> figures = new ArrayList<>(p.figures() == null ? List.of() : p.figures());
            figures.add(new Figure(attached.fileId(), caption));
            parts.set(index, new Part(p.group(), p.item(), p.text(), figures));
            Implementation withFigure = new Implementation(parts);
            return new SectionContent[]{SectionForms.mergeForSave(section, withFigure, toSave), withFigure};
        }
        if (section == SectionKey.ATTACHMENTS) {
            FilePurpose purpose = FilePurpose.of(target);
            if (purpose == null || purpose == FilePurpose.FIGURE) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
            MultipartFile file = request.getFile("file-" + purpose.name());
            if (file == null || file.isEmpty()) {
                throw new ApplicationActionRefusedException("application.files.none");
            }
            AttachedFile attached = store(application, purpose, file, user);
            Attachments a = (Attachments) toSave;
            Attachments updated = switch (purpose) {
                case COMMITMENT -> a.withCommitment(attached.fileId());
                case CREDIT_REPORT -> a.withCreditReport(attached.fileId());
                default -> a.withOtherFile(attached.fileId());
            };
            return new SectionContent[]{updated, updated};
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }

    private AttachedFile store(ApplicationSummary application, FilePurpose purpose, MultipartFile file,
                               CurrentUser user) {
        try (var in = file.getInputStream()) {
            return applications.attach(application.id(), pages.scope(user), purpose, file.getOriginalFilename(), in,
                    file.getSize(), user.username());
        } catch (IOException e) {
            throw new ApplicationActionRefusedException("application.files.unreadable");
        }
    }

    @PostMapping("/sections/{key}/discard-restored")
    String discardRestored(@PathVariable long id, @PathVariable String key, @AuthenticationPrincipal CurrentUser user,
                           RedirectAttributes redirect) {
        SectionKey section = sectionKey(key);
        pages.draft(id, user);
        tokens.clear(user.username(), id, section, DraftTokens.Kind.EXPIRED);
        redirect.addFlashAttribute("success", pages.text("application.restored.discarded"));
        return "redirect:/applications/" + id + "/sections/" + section.key();
    }

    // ------------------------------------------------------------------------------------------------ conflicts

    @GetMapping("/conflicts/{token}")
    String conflict(@PathVariable long id, @PathVariable String token, @AuthenticationPrincipal CurrentUser user,
                    Model model) {
        ApplicationDraft draft = pages.draft(id, user);
        DraftTokens.Kept kept = keptConflict(id, token, user);
        JsonNode payload = JSON.readTree(kept.payload());
        SectionContent yours = JSON.treeToValue(payload.get("content"), kept.section().contentType());
        SavedSection theirs = draft.section(kept.section());
        SectionContent theirContent = theirs == null ? emptyOf(kept.section()) : theirs.content();
        model.addAttribute("app", draft.application());
        model.addAttribute("section", kept.section());
        model.addAttribute("token", token);
        model.addAttribute("theirs", theirs);
        model.addAttribute("theirVersion", theirs == null ? 0 : theirs.version());
        model.addAttribute("theirSavedAt", theirs == null ? null : pages.local(theirs.updatedAt()));
        model.addAttribute("rows", FieldLabels.rows(pages, cn.gov.hubei.jxt.pilot.application.internal.FieldFlattener
                .compare(json.tree(theirContent.normalised()), json.tree(yours.normalised())), true));
        return "application/conflict";
    }

    @PostMapping("/conflicts/{token}/keep-mine")
    String keepMine(@PathVariable long id, @PathVariable String token, @AuthenticationPrincipal CurrentUser user,
                    HttpServletRequest request, RedirectAttributes redirect) {
        ApplicationDraft draft = pages.draft(id, user);
        DraftTokens.Kept kept = keptConflict(id, token, user);
        SectionContent yours = JSON.treeToValue(JSON.readTree(kept.payload()).get("content"),
                kept.section().contentType());
        int theirVersion = intOf(request.getParameterMap().get("version"));
        try {
            SavedSection saved = applications.saveSection(id, pages.scope(user), kept.section(), theirVersion, yours,
                    false, user.username());
            tokens.discard(token);
            redirect.addFlashAttribute("success", pages.text("application.conflict.kept-mine", saved.version()));
            return "redirect:/applications/" + id + "/sections/" + kept.section().key();
        } catch (SectionConflictException e) {
            // a third save came in while the person was choosing: show the choice again, against the newest version
            return "redirect:/applications/" + id + "/conflicts/" + token;
        } catch (SectionRejectedException e) {
            redirect.addFlashAttribute("error", pages.text("application.files.foreign"));
            return "redirect:/applications/" + id + "/sections/" + kept.section().key();
        } catch (ApplicationActionRefusedException e) {
            redirect.addFlashAttribute("error", pages.text(e));
            return "redirect:/applications/" + draft.application().id();
        }
    }

    @PostMapping("/conflicts/{token}/keep-theirs")
    String keepTheirs(@PathVariable long id, @PathVariable String token, @AuthenticationPrincipal CurrentUser user,
                      RedirectAttributes redirect) {
        pages.draft(id, user);
        DraftTokens.Kept kept = keptConflict(id, token, user);
        tokens.discard(token);
        redirect.addFlashAttribute("success", pages.text("application.conflict.kept-theirs"));
        return "redirect:/applications/" + id + "/sections/" + kept.section().key();
    }

    private DraftTokens.Kept keptConflict(long id, String token, CurrentUser user) {
        return tokens.find(token)
                .filter(k -> k.applicationId() == id && k.username().equals(user.username())
                        && k.kind() == DraftTokens.Kind.CONFLICT)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    // ------------------------------------------------------------------------------------------------- the page

    private String page(ApplicationDraft draft, SectionKey section, SectionContent content, int version,
                        boolean checkRequested, boolean editable, CurrentUser user, Model model) {
        RuleContext context = pages.context(draft);
        SectionContent form = SectionForms.forPage(section, content, context);
        SectionCheck check = validator.check(section, content, version, context);
        BindingResult errors = SectionForms.errors(form, check, showsProblems(check, checkRequested),
                new RowNames(pages, context));
        model.addAttribute(SectionForms.FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + SectionForms.FORM, errors);
        model.addAttribute("app", draft.application());
        model.addAttribute("section", section);
        model.addAttribute("sections", SectionKey.values());
        model.addAttribute("version", version);
        model.addAttribute("check", check);
        model.addAttribute("editable", editable);
        model.addAttribute("checkRequested", checkRequested);
        model.addAttribute("draftToken", editable ? tokens.issue(user.username(), draft.application().id(), section)
                : null);
        model.addAttribute("files", draft.files().stream()
                .collect(java.util.stream.Collectors.toMap(AttachedFile::fileId, f -> f, (a, b) -> a)));
        model.addAttribute("modes", context.modes());
        model.addAttribute("technologies", context.technologies());
        model.addAttribute("divisions", reference.divisions());
        model.addAttribute("indicators", context.indicators());
        model.addAttribute("partSpecs", context.expectedParts());
        model.addAttribute("conditionSpecs", context.expectedConditions());
        model.addAttribute("vocabulary", Vocabulary.INSTANCE);
        if (section == SectionKey.BASIC) {
            model.addAttribute("summaryLength", cn.gov.hubei.jxt.pilot.application.internal.Problems.length(
                    ((SectionContent.BasicInfo) form).summary()));
        }
        if (section == SectionKey.PLAN) {
            model.addAttribute("changes", IndicatorChange.all(pages, context.indicators(),
                    (SectionContent.Plan) form));
        }
        if (section == SectionKey.SELF_ASSESSMENT) {
            model.addAttribute("thresholdChecks", ThresholdCheck.all(pages, context.expectedConditions(),
                    (SectionContent.SelfAssessment) form));
        }
        return "application/section";
    }

    /**
     * A section shows its problems once it has been worked on (it holds content) or when the applicant asks what is
     * missing for submission (the links of the overview's submit card); a section not yet started is not judged.
     */
    static boolean showsProblems(SectionCheck check, boolean checkRequested) {
        return checkRequested || check.state() != cn.gov.hubei.jxt.pilot.application.SectionState.NOT_STARTED;
    }

    static SectionKey sectionKey(String key) {
        return SectionKey.byKey(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String fragment(Model model, String name) {
        model.addAttribute("fragmentName", name);
        return "application/fragments :: " + name;
    }

    static SectionContent emptyOf(SectionKey key) {
        return cn.gov.hubei.jxt.pilot.application.DraftSections.empty().get(key);
    }

    static int intOf(String[] values) {
        try {
            return values == null || values.length == 0 ? 0 : Integer.parseInt(values[0].strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0];
    }

    /** The parameters of a kept form (JSON object of name → list of values). */
    static Map<String, String[]> parameters(String payload) {
        Map<String, String[]> out = new LinkedHashMap<>();
        JsonNode node = JSON.readTree(payload);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asString()));
            out.put(e.getKey(), values.toArray(String[]::new));
        }
        return out;
    }
}
