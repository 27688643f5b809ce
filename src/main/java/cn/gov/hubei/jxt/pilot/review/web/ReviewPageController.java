package cn.gov.hubei.jxt.pilot.review.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.PanelSeat;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import cn.gov.hubei.jxt.pilot.recommendation.Recommendations;
import cn.gov.hubei.jxt.pilot.review.MeetingResults;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.ResultRow;
import cn.gov.hubei.jxt.pilot.review.ReviewDocuments;
import cn.gov.hubei.jxt.pilot.review.ReviewNotFoundException;
import cn.gov.hubei.jxt.pilot.review.ReviewPermissions;
import cn.gov.hubei.jxt.pilot.review.ReviewRefusedException;
import cn.gov.hubei.jxt.pilot.review.ReviewRejectedException;
import cn.gov.hubei.jxt.pilot.review.ReviewResults;
import cn.gov.hubei.jxt.pilot.review.Rubric;
import cn.gov.hubei.jxt.pilot.review.Rubrics;
import cn.gov.hubei.jxt.pilot.review.ScoreSheet;
import cn.gov.hubei.jxt.pilot.review.ScoreSheets;
import cn.gov.hubei.jxt.pilot.review.StaleSheetException;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review's pages: the expert's workspace ({@code /review}) and score sheet; the office's overview, rubric, a
 * meeting's results with the thresholds, the proposal and the sheets (unlock); the documents. Whatever a person may
 * not read answers 404.
 */
@Controller
@RequestMapping("/review")
class ReviewPageController {

    static final String SHEET_FORM = "sheetForm";
    static final String RUBRIC_FORM = "rubricForm";

    private final ReviewPermissions permissions;
    private final Panels panels;
    private final Rubrics rubrics;
    private final ScoreSheets sheets;
    private final ReviewResults results;
    private final Proposals proposals;
    private final ReviewDocuments documents;
    private final ProjectApplications applications;
    private final Recommendations recommendations;
    private final ObjectProvider<SiteVisits> siteVisits;
    private final Calls calls;
    private final ReviewTexts texts;

    ReviewPageController(ReviewPermissions permissions, Panels panels, Rubrics rubrics, ScoreSheets sheets,
                         ReviewResults results, Proposals proposals, ReviewDocuments documents,
                         ProjectApplications applications, Recommendations recommendations,
                         ObjectProvider<SiteVisits> siteVisits, Calls calls, ReviewTexts texts) {
        this.permissions = permissions;
        this.panels = panels;
        this.rubrics = rubrics;
        this.sheets = sheets;
        this.results = results;
        this.proposals = proposals;
        this.documents = documents;
        this.applications = applications;
        this.recommendations = recommendations;
        this.siteVisits = siteVisits;
        this.calls = calls;
        this.texts = texts;
    }

    /** One application of the workspace: the seat, the application as the expert may read it, the sheet if begun. */
    public record WorkLine(PanelSeat seat, ApplicationSummary application, boolean readable, ScoreSheet sheet) {
    }

    /** One meeting of the workspace with its lines. */
    public record WorkMeeting(MeetingSummary meeting, List<WorkLine> lines) {
    }

    /** One call of the office's overview with its meetings and rubric. */
    public record OfficeCall(CallSummary call, List<MeetingSummary> meetings) {
    }

    // ---- the expert

    @GetMapping
    @PreAuthorize("@reviewPermissions.opensReview(authentication)")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (permissions.actsForOffice(user)) {
            model.addAttribute("calls", calls.all().stream()
                    .map(c -> new OfficeCall(c, panels.ofCall(c.id()))).toList());
            return "review/office";
        }
        model.addAttribute("meetings", workspace(user));
        return "review/workspace";
    }

    List<WorkMeeting> workspace(CurrentUser user) {
        Map<String, ScoreSheet> mine = sheets.mine(user).stream()
                .collect(Collectors.toMap(s -> s.meetingId() + ":" + s.applicationId(), Function.identity(),
                        (a, b) -> a));
        Map<Long, List<WorkLine>> byMeeting = new LinkedHashMap<>();
        for (PanelSeat seat : panels.seatsOf(user.id())) {
            boolean readable = permissions.mayRead(user, seat.meetingId(), seat.applicationId());
            ApplicationSummary application = readable ? applications.find(seat.applicationId(),
                    ApplicationScope.assigned(user.id())).orElse(null) : null;
            byMeeting.computeIfAbsent(seat.meetingId(), m -> new ArrayList<>()).add(new WorkLine(seat, application,
                    readable && application != null, mine.get(seat.meetingId() + ":" + seat.applicationId())));
        }
        List<WorkMeeting> meetings = new ArrayList<>();
        byMeeting.forEach((id, lines) -> panels.meeting(id).ifPresent(m -> meetings.add(new WorkMeeting(m, lines))));
        return meetings;
    }

    @GetMapping("/meetings/{meetingId}/applications/{applicationId}")
    @PreAuthorize("@reviewPermissions.usesWorkspace(authentication)")
    String sheet(@PathVariable long meetingId, @PathVariable long applicationId,
                 @AuthenticationPrincipal CurrentUser user, Model model) {
        ScoreSheet sheet = openOr404(meetingId, applicationId, user);
        if (!model.containsAttribute(SHEET_FORM)) {
            model.addAttribute(SHEET_FORM, SheetForm.of(sheet, rubricOf(sheet)));
        }
        return sheetPage(meetingId, applicationId, sheet, user, model);
    }

    /** Autosave (htmx) and the plain save: answers the status line, or the page again with the problems. */
    @PostMapping("/meetings/{meetingId}/applications/{applicationId}/sheet")
    @PreAuthorize("@reviewPermissions.usesWorkspace(authentication)")
    String save(@PathVariable long meetingId, @PathVariable long applicationId,
                @ModelAttribute(SHEET_FORM) SheetForm form, BindingResult binding,
                @RequestParam(required = false) String action,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        ScoreSheet sheet = openOr404(meetingId, applicationId, user);
        boolean submit = "submit".equals(action);
        try {
            ScoreSheet saved = submit ? sheets.submit(meetingId, applicationId, form.draft(), user)
                    : sheets.save(meetingId, applicationId, form.draft(), user);
            if (htmx != null && !submit) {
                model.addAttribute("saved", saved);
                return "review/fragments :: saved";
            }
            redirect.addFlashAttribute("success", texts.text(submit ? "review.sheet.submitted"
                    : "review.sheet.saved"));
            return "redirect:/review/meetings/" + meetingId + "/applications/" + applicationId;
        } catch (ReviewRejectedException e) {
            reject(binding, e.problems());
            if (htmx != null && !submit) {
                model.addAttribute("problems", e.problems().stream().map(texts::text).toList());
                return "review/fragments :: problems";
            }
            return sheetPage(meetingId, applicationId, sheet, user, model);
        } catch (StaleSheetException e) {
            if (htmx != null && !submit) {
                return "review/fragments :: stale";
            }
            redirect.addFlashAttribute("warning", texts.text("review.sheet.stale"));
            return "redirect:/review/meetings/" + meetingId + "/applications/" + applicationId;
        } catch (ReviewRefusedException e) {
            if (htmx != null && !submit) {
                model.addAttribute("refusal", texts.text(e));
                return "review/fragments :: refused";
            }
            redirect.addFlashAttribute("error", texts.text(e));
            return "redirect:/review/meetings/" + meetingId + "/applications/" + applicationId;
        }
    }

    private String sheetPage(long meetingId, long applicationId, ScoreSheet sheet, CurrentUser user, Model model) {
        MeetingSummary meeting = panels.meeting(meetingId).orElseThrow();
        ApplicationScope scope = ApplicationScope.assigned(user.id());
        ApplicationSummary application = applications.find(applicationId, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("meeting", meeting);
        model.addAttribute("app", application);
        model.addAttribute("sheet", sheet);
        model.addAttribute("rubric", rubricOf(sheet));
        model.addAttribute("editable", permissions.canScore(user, meetingId, applicationId, sheet.status()));
        model.addAttribute("files", applications.files(applicationId, scope));
        model.addAttribute("versions", applications.versions(applicationId, scope));
        var rank = recommendations.rankOf(applicationId);
        model.addAttribute("cityRank", rank.isPresent() ? rank.getAsInt() : null);
        model.addAttribute("precheckKey", recommendations.precheckStateKey(applicationId).orElse(null));
        SiteVisits visits = siteVisits.getIfAvailable();
        model.addAttribute("siteVisit", visits == null ? null : visits.signedOff(applicationId).orElse(null));
        model.addAttribute("history", sheets.history(sheet.id(), user));
        return "review/sheet";
    }

    private ScoreSheet openOr404(long meetingId, long applicationId, CurrentUser user) {
        try {
            return sheets.open(meetingId, applicationId, user);
        } catch (ReviewNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private Rubric rubricOf(ScoreSheet sheet) {
        MeetingSummary meeting = panels.meeting(sheet.meetingId()).orElseThrow();
        return rubrics.versions(meeting.callId()).stream().filter(r -> r.id() == sheet.rubricId()).findFirst()
                .orElseThrow();
    }

    // ---- the office

    @GetMapping("/calls/{callId}/rubric")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    String rubric(@PathVariable long callId, @AuthenticationPrincipal CurrentUser user, Model model) {
        Rubric current = currentOr404(callId);
        if (!model.containsAttribute(RUBRIC_FORM)) {
            RubricForm form = RubricForm.of(current);
            form.getCriteria().add(new RubricForm.Row());
            model.addAttribute(RUBRIC_FORM, form);
        }
        return rubricPage(callId, current, user, model);
    }

    @PostMapping("/calls/{callId}/rubric")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    String saveRubric(@PathVariable long callId, @ModelAttribute(RUBRIC_FORM) RubricForm form, BindingResult binding,
                      @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Rubric current = currentOr404(callId);
        try {
            Rubric saved = rubrics.save(callId, form.draft(), user);
            redirect.addFlashAttribute("success", texts.text("review.rubric.saved", saved.version()));
        } catch (ReviewRejectedException e) {
            reject(binding, e.problems().stream().map(p -> tieBreakField(p)).toList());
            return rubricPage(callId, current, user, model);
        } catch (ReviewRefusedException e) {
            redirect.addFlashAttribute("error", texts.text(e));
        }
        return "redirect:/review/calls/" + callId + "/rubric";
    }

    private static FieldProblem tieBreakField(FieldProblem p) {
        return p.field() != null && p.field().startsWith("tieBreak")
                ? new FieldProblem("tieBreak", p.severity(), p.code(), p.arguments()) : p;
    }

    private String rubricPage(long callId, Rubric current, CurrentUser user, Model model) {
        model.addAttribute("call", calls.find(callId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("rubric", current);
        model.addAttribute("versions", rubrics.versions(callId));
        model.addAttribute("editable", permissions.canEditRubric(user, current));
        return "review/rubric";
    }

    private Rubric currentOr404(long callId) {
        if (calls.find(callId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return rubrics.current(callId);
    }

    @GetMapping("/meetings/{meetingId}/results")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    String results(@PathVariable long meetingId, @AuthenticationPrincipal CurrentUser user, Model model) {
        MeetingResults r = resultsOr404(meetingId, user);
        model.addAttribute("results", r);
        model.addAttribute("groups", r.byGroup());
        model.addAttribute("sheets", sheets.ofMeeting(meetingId, user));
        model.addAttribute("expertNames", panels.seats(meetingId).stream().collect(Collectors.toMap(
                s -> s.applicationId() + ":" + s.expertId(), PanelSeat::expertName, (a, b) -> a)));
        model.addAttribute("mayPropose", permissions.canPropose(user, r.meeting()));
        model.addAttribute("mayUnlock", r.meeting().status() == cn.gov.hubei.jxt.pilot.meeting.MeetingStatus.STARTED);
        model.addAttribute("titles", r.rows().stream().collect(Collectors.toMap(ResultRow::applicationId,
                row -> row.projectName() == null ? row.number() : row.projectName(), (a, b) -> a)));
        return "review/results";
    }

    @PostMapping("/meetings/{meetingId}/thresholds")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    String thresholds(@PathVariable long meetingId, @RequestParam(required = false) String rangeThreshold,
                      @RequestParam(required = false) String sdThreshold, @AuthenticationPrincipal CurrentUser user,
                      RedirectAttributes redirect) {
        try {
            results.setThresholds(meetingId, rangeThreshold, sdThreshold, user);
            redirect.addFlashAttribute("success", texts.text("review.thresholds.saved"));
        } catch (ReviewNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (ReviewRejectedException e) {
            redirect.addFlashAttribute("error", e.problems().stream().map(texts::text)
                    .collect(Collectors.joining(" ")));
        }
        return "redirect:/review/meetings/" + meetingId + "/results";
    }

    @PostMapping("/meetings/{meetingId}/proposals")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    String propose(@PathVariable long meetingId, @ModelAttribute ProposalForm form,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            int n = proposals.record(meetingId, form.lines(), user).size();
            redirect.addFlashAttribute("success", texts.text("review.proposal.recorded", n));
        } catch (ReviewNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (ReviewRejectedException e) {
            redirect.addFlashAttribute("error", e.problems().stream().map(texts::text).distinct()
                    .collect(Collectors.joining(" ")));
        } catch (ReviewRefusedException e) {
            redirect.addFlashAttribute("error", texts.text(e));
        }
        return "redirect:/review/meetings/" + meetingId + "/results";
    }

    @PostMapping("/sheets/{sheetId}/unlock")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    String unlock(@PathVariable long sheetId, @RequestParam(required = false) String reason,
                  @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        ScoreSheet sheet = sheets.find(sheetId, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            sheets.unlock(sheetId, reason, version, user);
            redirect.addFlashAttribute("success", texts.text("review.sheet.unlocked"));
        } catch (ReviewRejectedException e) {
            redirect.addFlashAttribute("error", e.problems().stream().map(texts::text)
                    .collect(Collectors.joining(" ")));
        } catch (ReviewRefusedException e) {
            redirect.addFlashAttribute("error", texts.text(e));
        } catch (StaleSheetException e) {
            redirect.addFlashAttribute("warning", texts.text("review.sheet.stale"));
        }
        return "redirect:/review/meetings/" + sheet.meetingId() + "/results";
    }

    private MeetingResults resultsOr404(long meetingId, CurrentUser user) {
        try {
            return results.results(meetingId, user);
        } catch (ReviewNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    // ---- documents

    @GetMapping("/sheets/{sheetId}/sheet.docx")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication) or @reviewPermissions.usesWorkspace(authentication)")
    ResponseEntity<byte[]> sheetDocx(@PathVariable long sheetId, @AuthenticationPrincipal CurrentUser user) {
        try {
            return file(documents.sheetDocx(sheetId, user), texts.text("review.document.sheet.file", sheetId) + ".docx",
                    DOCX);
        } catch (ReviewNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/meetings/{meetingId}/summary.xlsx")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    ResponseEntity<byte[]> summaryXlsx(@PathVariable long meetingId, @AuthenticationPrincipal CurrentUser user) {
        try {
            return file(documents.summaryXlsx(meetingId, user),
                    texts.text("review.document.summary.file", meetingId) + ".xlsx", XLSX);
        } catch (ReviewNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/meetings/{meetingId}/summary.docx")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    ResponseEntity<byte[]> summaryDocx(@PathVariable long meetingId, @AuthenticationPrincipal CurrentUser user) {
        try {
            return file(documents.summaryDocx(meetingId, user),
                    texts.text("review.document.summary.file", meetingId) + ".docx", DOCX);
        } catch (ReviewNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static ResponseEntity<byte[]> file(byte[] bytes, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String field = problem.field();
            if (field == null || field.equals("criteria") || field.equals("lines")) {
                binding.reject(problem.code(), problem.getArguments(), problem.code());
            } else if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, problem.code(), problem.getArguments(), problem.code());
            }
        }
    }
}
