package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationPermissions;
import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationDraft;
import cn.gov.hubei.jxt.pilot.application.ApplicationIncompleteException;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionCheck;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Plan;
import cn.gov.hubei.jxt.pilot.application.SectionContent.SelfAssessment;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Target;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.application.SubmissionResult;
import cn.gov.hubei.jxt.pilot.application.UnchangedResubmissionException;
import cn.gov.hubei.jxt.pilot.application.VersionComparison;
import cn.gov.hubei.jxt.pilot.application.VersionInfo;
import cn.gov.hubei.jxt.pilot.application.internal.RuleContext;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.files.DamagedFileException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The applicant's list and "新建申报", the overview (task list), submit and withdraw, the submitted versions laid out
 * like the document, their comparison, file downloads, and the small htmx answers (threshold check, indicator
 * change, character counter). Object pages are reached through the caller's scope: outside it they answer 404,
 * as for an id that does not exist.
 */
@Controller
@RequestMapping("/applications")
class ApplicationPageController {

    private final ProjectApplications applications;
    private final ApplicationPermissions permissions;
    private final ApplicationPages pages;
    private final Calls calls;
    private final ReferenceCatalog reference;
    private final Clock clock;

    ApplicationPageController(ProjectApplications applications, ApplicationPermissions permissions,
                              ApplicationPages pages, Calls calls, ReferenceCatalog reference, Clock clock) {
        this.applications = applications;
        this.permissions = permissions;
        this.pages = pages;
        this.calls = calls;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("@applicationPermissions.canList(authentication)")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        ApplicationScope scope = pages.scope(user);
        model.addAttribute("applications", applications.list(ApplicationQuery.in(scope)));
        model.addAttribute("canCreate", scope.kind() == ApplicationScope.Kind.ENTERPRISE);
        model.addAttribute("openCalls", scope.kind() == ApplicationScope.Kind.ENTERPRISE ? calls.openForFiling()
                : List.of());
        model.addAttribute("divisionNames", divisionNames());
        return "application/list";
    }

    @PostMapping
    @PreAuthorize("@applicationPermissions.canCreate(authentication)")
    String create(@RequestParam(required = false) Long callId, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        if (callId == null) {
            redirect.addFlashAttribute("error", pages.text("application.create.no-call"));
            return "redirect:/applications";
        }
        try {
            ApplicationSummary created = applications.create(callId, user.enterpriseId().orElseThrow(),
                    user.username());
            redirect.addFlashAttribute("success", pages.text("application.created"));
            return "redirect:/applications/" + created.id();
        } catch (ApplicationActionRefusedException e) {
            redirect.addFlashAttribute("error", pages.text(e));
            return "redirect:/applications";
        }
    }

    @GetMapping("/{id}")
    String overview(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ApplicationSummary application = pages.load(id, user);
        if (!permissions.canReadDraft(user, application)) {
            // the recommender sees the submitted versions only
            return "redirect:/applications/" + id + "/versions/" + application.lastVersionNo();
        }
        ApplicationDraft draft = applications.draft(id, pages.scope(user));
        List<SectionCheck> checks = applications.check(id, pages.scope(user));
        List<FieldProblem> flags = checks.stream().flatMap(c -> c.flags().stream()).toList();
        model.addAttribute("app", application);
        model.addAttribute("checks", checks);
        model.addAttribute("flags", flags);
        model.addAttribute("complete", checks.stream().allMatch(SectionCheck::isComplete));
        model.addAttribute("missing", checks.stream().filter(c -> !c.isComplete()).toList());
        model.addAttribute("completeCount", checks.stream().filter(SectionCheck::isComplete).count());
        model.addAttribute("filingOpen", calls.isFilingOpen(application.callId()));
        model.addAttribute("canEdit", permissions.canEdit(user, application));
        model.addAttribute("canSubmit", permissions.canSubmit(user, application));
        model.addAttribute("canWithdraw", permissions.canWithdraw(user, application));
        model.addAttribute("submitToken", UUID.randomUUID().toString());
        model.addAttribute("returnDeadline", pages.local(application.returnDeadline()));
        model.addAttribute("reasonShown", ApplicationPages.REASON_SHOWN.contains(application.status()));
        model.addAttribute("divisionName", divisionNames().getOrDefault(application.divisionCode(),
                application.divisionCode()));
        ApplicationTransition.submissionFrom(application.status()).ifPresent(submission -> {
            model.addAttribute("submission", submission);
            model.addAttribute("submissionTarget", submissionTarget(submission, application));
        });
        model.addAttribute("fileCount", draft.files().size());
        return "application/overview";
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) String submitToken,
                  @RequestParam(defaultValue = "false") boolean confirmUnchanged,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        ApplicationSummary application = pages.load(id, user);
        applicantOnly(user, application);
        try {
            SubmissionResult result = applications.submit(id, pages.scope(user), submitToken, confirmUnchanged,
                    user.username());
            redirect.addFlashAttribute("success", pages.text("application.submitted", result.versionNumber(),
                    submissionTarget(ApplicationTransition.submissionFrom(application.status())
                            .orElse(ApplicationTransition.SUBMIT), application)));
        } catch (ApplicationIncompleteException e) {
            redirect.addFlashAttribute("error", pages.text("application.submit.incomplete.list",
                    e.sections().stream().map(c -> pages.text("application.section." + c.key().key()))
                            .collect(Collectors.joining("、"))));
        } catch (UnchangedResubmissionException e) {
            // asked, not refused: the overview offers to submit it unchanged or to compare first
            redirect.addFlashAttribute("unchanged", e.previousVersion());
        } catch (ApplicationActionRefusedException e) {
            redirect.addFlashAttribute("error", pages.text(e));
        }
        return "redirect:/applications/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        applicantOnly(user, pages.load(id, user));
        try {
            applications.withdraw(id, pages.scope(user), reason, user.username());
            redirect.addFlashAttribute("success", pages.text("application.withdrawn"));
        } catch (ApplicationActionRefusedException e) {
            redirect.addFlashAttribute("error", pages.text(e));
        }
        return "redirect:/applications/" + id;
    }

    // ------------------------------------------------------------------------------------------------ versions

    @GetMapping("/{id}/versions")
    String versions(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ApplicationSummary application = pages.load(id, user);
        List<VersionInfo> versions = applications.versions(id, pages.scope(user));
        model.addAttribute("app", application);
        model.addAttribute("versions", versions);
        model.addAttribute("canReadDraft", permissions.canReadDraft(user, application));
        return "application/versions";
    }

    @GetMapping("/{id}/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal CurrentUser user,
                   Model model) {
        ApplicationSummary application = pages.load(id, user);
        FrozenVersion version = applications.version(id, number, pages.scope(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("app", application);
        model.addAttribute("version", version);
        model.addAttribute("submittedAt", pages.local(version.submittedAt()));
        model.addAttribute("document", DocumentView.of(version, reference, pages));
        model.addAttribute("canReadDraft", permissions.canReadDraft(user, application));
        model.addAttribute("versionCount", application.lastVersionNo());
        return "application/version";
    }

    @GetMapping("/{id}/compare")
    String compare(@PathVariable long id, @RequestParam(required = false) Integer left,
                   @RequestParam(required = false) Integer right, @RequestParam(defaultValue = "false") boolean all,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        ApplicationSummary application = pages.load(id, user);
        List<VersionInfo> versions = applications.versions(id, pages.scope(user));
        int r = right == null ? application.lastVersionNo() : right;
        int l = left == null ? Math.max(r - 1, versions.isEmpty() ? 0 : versions.get(0).number()) : left;
        boolean draftAllowed = pages.scope(user).seesDrafts();
        if (!valid(l, versions, draftAllowed) || !valid(r, versions, draftAllowed)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        VersionComparison comparison = applications.compare(id, l, r, pages.scope(user));
        model.addAttribute("app", application);
        model.addAttribute("versions", versions);
        model.addAttribute("left", l);
        model.addAttribute("right", r);
        model.addAttribute("all", all);
        model.addAttribute("draftAllowed", draftAllowed);
        model.addAttribute("rows", FieldLabels.rows(pages, comparison.fields(), all));
        model.addAttribute("changeCount", comparison.changes().size());
        return "application/compare";
    }

    /** Submitting and withdrawing are the enterprise's; others who may see the application are forbidden. */
    private void applicantOnly(CurrentUser user, ApplicationSummary application) {
        if (!permissions.canChange(user, application)) {
            throw new org.springframework.security.access.AccessDeniedException("only the enterprise");
        }
    }

    private static boolean valid(int number, List<VersionInfo> versions, boolean draftAllowed) {
        return number == 0 ? draftAllowed : versions.stream().anyMatch(v -> v.number() == number);
    }

    // --------------------------------------------------------------------------------------------------- files

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId,
                                @AuthenticationPrincipal CurrentUser user) {
        pages.load(id, user);
        try {
            ProjectApplications.FileContent content = applications.readFile(id, fileId, pages.scope(user))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            boolean image = content.file().kind() == cn.gov.hubei.jxt.pilot.files.FileKind.PNG
                    || content.file().kind() == cn.gov.hubei.jxt.pilot.files.FileKind.JPEG;
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(content.file().kind().mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.builder(image ? "inline" : "attachment")
                            .filename(content.file().name(), StandardCharsets.UTF_8).build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(content.bytes());
        } catch (DamagedFileException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, pages.text("application.files.damaged"));
        }
    }

    // ---------------------------------------------------------------------------------------- htmx fragments

    /** The live check of a figure: htmx posts the section's form, whose row of the condition holds the figure. */
    @PostMapping("/{id}/self-assessment/check")
    String thresholdCheck(@PathVariable long id, @RequestParam String mode, @RequestParam int number,
                          HttpServletRequest request, @AuthenticationPrincipal CurrentUser user, Model model) {
        ApplicationDraft draft = pages.draft(id, user);
        SelfAssessment posted = (SelfAssessment) SectionForms.bind(SectionKey.SELF_ASSESSMENT,
                request.getParameterMap());
        String figure = rows(posted.items()).filter(a -> mode.equals(a.mode()) && a.number() != null
                && a.number() == number).map(SectionContent.Assessment::figure).findFirst().orElse(null);
        RuleContext context = pages.context(draft);
        RuleContext.ConditionSpec spec = context.conditions().forMode(mode)
                .flatMap(g -> g.conditions().stream().filter(c -> c.number() == number).findFirst()
                        .map(c -> new RuleContext.ConditionSpec(mode, g.mode().name(), c.number(), c.text(),
                                c.threshold())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("threshold", ThresholdCheck.of(pages, spec, figure));
        return "application/fragments :: threshold";
    }

    /** The live change of an indicator: htmx posts the plan's form, whose row of the indicator holds the figures. */
    @PostMapping("/{id}/plan/change")
    String indicatorChange(@PathVariable long id, @RequestParam String indicator, HttpServletRequest request,
                           @AuthenticationPrincipal CurrentUser user, Model model) {
        pages.draft(id, user);
        var found = reference.indicators().stream().filter(i -> i.code().equals(indicator)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Plan posted = (Plan) SectionForms.bind(SectionKey.PLAN, request.getParameterMap());
        Target target = rows(posted.targets()).filter(t -> indicator.equals(t.indicator())).findFirst()
                .orElse(new Target(indicator, null, null, null));
        model.addAttribute("change", IndicatorChange.of(pages, found, target.before(), target.after()));
        return "application/fragments :: change";
    }

    /** The live counter of a limited text: characters as a person counts them (code points). */
    @PostMapping("/count")
    @PreAuthorize("@applicationPermissions.canList(authentication)")
    String count(@RequestParam String field, @RequestParam int limit, @RequestParam Map<String, String> values,
                 Model model) {
        String text = cn.gov.hubei.jxt.pilot.application.SectionContent.clean(values.get(field));
        int length = cn.gov.hubei.jxt.pilot.application.internal.Problems.length(text);
        model.addAttribute("length", length);
        model.addAttribute("limit", limit);
        model.addAttribute("over", length > limit);
        return "application/fragments :: count";
    }

    private static <T> java.util.stream.Stream<T> rows(List<T> rows) {
        return rows == null ? java.util.stream.Stream.empty() : rows.stream().filter(java.util.Objects::nonNull);
    }

    /** Where a submission goes: the division's recommender, or the province for a correction (补正). */
    private String submissionTarget(ApplicationTransition submission, ApplicationSummary application) {
        return submission.toProvince() ? pages.text("application.destination.province")
                : divisionNames().getOrDefault(application.divisionCode(), application.divisionCode());
    }

    private Map<String, String> divisionNames() {
        return reference.divisions().stream().collect(Collectors.toMap(Division::code, Division::name));
    }
}
