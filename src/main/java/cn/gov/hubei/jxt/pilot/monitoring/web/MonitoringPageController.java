package cn.gov.hubei.jxt.pilot.monitoring.web;

import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.DesignationStatus;
import cn.gov.hubei.jxt.pilot.designation.Designations;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.monitoring.Evaluation;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringNotFoundException;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringPermissions;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringRefusedException;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringRejectedException;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringReports;
import cn.gov.hubei.jxt.pilot.monitoring.NewSpotCheck;
import cn.gov.hubei.jxt.pilot.monitoring.Report;
import cn.gov.hubei.jxt.pilot.monitoring.ReportDraft;
import cn.gov.hubei.jxt.pilot.monitoring.ReportTransition;
import cn.gov.hubei.jxt.pilot.monitoring.ReportingRounds;
import cn.gov.hubei.jxt.pilot.monitoring.Round;
import cn.gov.hubei.jxt.pilot.monitoring.SpotCheck;
import cn.gov.hubei.jxt.pilot.monitoring.SpotChecks;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monitoring's pages: the office's rounds (open one, a round's reports), the reports of a unit or a division, a
 * report with the actions the person may take now (the unit's form and submission, the division's comment or return,
 * the office's evaluation, the rectification), the spot checks. Whatever a person may not read is 404; a broken rule
 * is shown beside its field with the form as sent; a refusal as a message on the page.
 */
@Controller
@RequestMapping("/monitoring")
class MonitoringPageController {

    private final ReportingRounds rounds;
    private final MonitoringReports reports;
    private final SpotChecks checks;
    private final Designations designations;
    private final MonitoringPermissions permissions;
    private final MessageSource messages;
    private final Clock clock;

    MonitoringPageController(ReportingRounds rounds, MonitoringReports reports, SpotChecks checks,
                             Designations designations, MonitoringPermissions permissions, MessageSource messages,
                             Clock clock) {
        this.rounds = rounds;
        this.reports = reports;
        this.checks = checks;
        this.designations = designations;
        this.permissions = permissions;
        this.messages = messages;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------- the office

    @GetMapping
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("rounds", rounds.all(user));
        model.addAttribute("designated", designations.all());
        model.addAttribute("checks", checks.all(user));
        if (!model.containsAttribute("form")) {
            int year = LocalDate.now(clock).getYear();
            model.addAttribute("form", Map.of("year", String.valueOf(year), "opensOn",
                    LocalDate.now(clock).toString(), "deadline", ""));
        }
        return "monitoring/home";
    }

    @PostMapping("/rounds")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    String open(@RequestParam(required = false) String year, @RequestParam(required = false) String opensOn,
                @RequestParam(required = false) String deadline, @AuthenticationPrincipal CurrentUser user,
                Model model, RedirectAttributes redirect) {
        try {
            int y;
            try {
                y = Integer.parseInt(year == null ? "" : year.strip());
            } catch (NumberFormatException e) {
                throw new MonitoringRejectedException(List.of(FieldProblem.invalid("year",
                        "monitoring.field.year.invalid")));
            }
            Round round = rounds.open(y, opensOn, deadline, user);
            redirect.addFlashAttribute("success", message("monitoring.round.opened", round.title()));
            return "redirect:/monitoring/rounds/" + round.id();
        } catch (MonitoringRejectedException e) {
            model.addAttribute("problems", problems(e));
        } catch (MonitoringRefusedException e) {
            model.addAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", year);
        form.put("opensOn", opensOn);
        form.put("deadline", deadline);
        model.addAttribute("form", form);
        return home(user, model);
    }

    @GetMapping("/rounds/{roundId}")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    String round(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user, Model model) {
        Round round = rounds.find(roundId, user).orElseThrow(() -> new MonitoringNotFoundException("round"));
        model.addAttribute("round", round);
        model.addAttribute("reports", rounds.reports(roundId, user));
        return "monitoring/round";
    }

    // ------------------------------------------------------------------------------------------------ reports

    @GetMapping("/reports")
    @PreAuthorize("@monitoringPermissions.seesReports(authentication)")
    String reports(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("reports", reports.mine(user));
        return "monitoring/reports";
    }

    @GetMapping("/reports/{reportId}")
    @PreAuthorize("@monitoringPermissions.seesReports(authentication)")
    String report(@PathVariable long reportId, @AuthenticationPrincipal CurrentUser user, Model model) {
        Report report = reports.find(reportId, user).orElseThrow(() -> new MonitoringNotFoundException("report"));
        model.addAttribute("report", report);
        model.addAttribute("enterpriseId", 0L);
        model.addAttribute("canEdit", permissions.canEdit(user, enterpriseOf(user, report), report.status(),
                report.phase()));
        List<ReportTransition> actions = new ArrayList<>();
        for (ReportTransition t : ReportTransition.from(report.status())) {
            if (t != ReportTransition.SUBMIT && t != ReportTransition.RESUBMIT
                    && permissions.may(user, t, enterpriseOf(user, report), report.divisionCode(), report.status(),
                    report.phase())) {
                actions.add(t);
            }
        }
        model.addAttribute("actions", actions);
        model.addAttribute("history", permissions.manages(user)
                ? reports.ofDesignation(report.designationId(), user) : List.of());
        return "monitoring/report";
    }

    /** The unit's enterprise when the report is in its scope (found by the scoped read), else none. */
    private static long enterpriseOf(CurrentUser user, Report report) {
        return user.enterpriseId().orElse(-1L);
    }

    @PostMapping("/reports/{reportId}")
    @PreAuthorize("@monitoringPermissions.seesReports(authentication)")
    String save(@PathVariable long reportId, @RequestParam Map<String, String> form,
                @RequestParam(name = "scenarios", required = false) List<String> scenarios,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Report report = reports.find(reportId, user).orElseThrow(() -> new MonitoringNotFoundException("report"));
        List<ReportDraft.Achieved> values = new ArrayList<>();
        for (Report.IndicatorLine line : report.indicators()) {
            values.add(new ReportDraft.Achieved(line.code(), form.get("achieved." + line.code())));
        }
        List<ReportDraft.Answer> answers = new ArrayList<>();
        for (Report.ConditionLine c : report.conditions()) {
            String key = c.modeCode() + "-" + c.number();
            String met = form.get("met." + key);
            answers.add(new ReportDraft.Answer(c.modeCode(), c.number(),
                    met == null || met.isBlank() ? null : Boolean.valueOf("yes".equals(met)),
                    form.get("evidence." + key)));
        }
        long version;
        try {
            version = Long.parseLong(form.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        ReportDraft draft = new ReportDraft(values, answers, form.get("progress"),
                scenarios == null ? List.of() : scenarios.stream().filter(s -> s != null && !s.isBlank()).toList());
        try {
            reports.save(reportId, draft, version, user);
            if ("submit".equals(form.get("action"))) {
                reports.submit(reportId, user);
                redirect.addFlashAttribute("success", message("monitoring.report.submitted"));
            } else {
                redirect.addFlashAttribute("success", message("monitoring.report.saved"));
            }
            return "redirect:/monitoring/reports/" + reportId;
        } catch (MonitoringRejectedException e) {
            model.addAttribute("problems", problems(e));
            model.addAttribute("error", message("monitoring.problem.invalid"));
        } catch (MonitoringRefusedException e) {
            model.addAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("sent", form);
        String view = report(reportId, user, model);
        // the form as sent, beside the problems
        Report current = (Report) model.getAttribute("report");
        model.addAttribute("report", withSent(current, draft));
        return view;
    }

    private static Report withSent(Report r, ReportDraft draft) {
        List<Report.IndicatorLine> indicators = r.indicators().stream().map(l -> new Report.IndicatorLine(l.code(),
                l.name(), l.direction(), l.unit(), l.baseline(), l.target(), draft.indicators().stream()
                .filter(a -> a.code().equals(l.code())).findFirst().map(ReportDraft.Achieved::value).orElse(null),
                l.targetChange(), null, null)).toList();
        List<Report.ConditionLine> conditions = r.conditions().stream().map(c -> {
            ReportDraft.Answer a = draft.conditions().stream().filter(x -> x.modeCode().equals(c.modeCode())
                    && x.number() == c.number()).findFirst().orElse(null);
            return new Report.ConditionLine(c.modeCode(), c.grouping(), c.number(), c.text(),
                    a == null ? null : a.met(), a == null ? null : a.evidence());
        }).toList();
        return new Report(r.id(), r.roundId(), r.roundTitle(), r.deadline(), r.phase(), r.designationId(),
                r.applicationId(), r.projectName(), r.enterpriseName(), r.divisionCode(), r.documentNumber(),
                r.validUntil(), r.status(), r.overdue(), r.version(), indicators, conditions, draft.progress(),
                draft.scenarios(), r.attachments(), r.submittedAt(), r.comment(), r.commentedBy(), r.returnReason(),
                r.rectifyDeadline(), r.rectifyItems(), r.rectification(), r.decisionReason(), r.decidedBy(),
                r.decidedAt());
    }

    @PostMapping("/reports/{reportId}/attachments")
    @PreAuthorize("@monitoringPermissions.seesReports(authentication)")
    String attach(@PathVariable long reportId, @RequestParam(name = "file", required = false) MultipartFile file,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
        try {
            reports.attach(reportId, file == null ? null : file.getOriginalFilename(),
                    file == null || file.isEmpty() ? null : file.getBytes(), user);
            redirect.addFlashAttribute("success", message("monitoring.report.attached"));
        } catch (MonitoringRejectedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.problems().get(0),
                    LocaleContextHolder.getLocale()));
        } catch (MonitoringRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/monitoring/reports/" + reportId;
    }

    @PostMapping("/reports/{reportId}/decisions")
    @PreAuthorize("@monitoringPermissions.seesReports(authentication)")
    String decide(@PathVariable long reportId, @RequestParam String transition,
                  @RequestParam(required = false) String text, @RequestParam(required = false) String deadline,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        ReportTransition t = Arrays.stream(ReportTransition.values()).filter(x -> x.code().equals(transition))
                .findFirst().orElseThrow(() -> new MonitoringNotFoundException("transition"));
        try {
            reports.decide(reportId, t, new Evaluation(text, deadline), user);
            redirect.addFlashAttribute("success", message("monitoring.decided", message(t.labelKey())));
            return "redirect:/monitoring/reports/" + reportId;
        } catch (MonitoringRejectedException e) {
            model.addAttribute("problems", problems(e));
            model.addAttribute("decisionProblems", t.code());
        } catch (MonitoringRefusedException e) {
            model.addAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("sentText", text);
        model.addAttribute("sentDeadline", deadline);
        return report(reportId, user, model);
    }

    // ------------------------------------------------------------------------------------------ spot checks

    @GetMapping("/checks/new")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    String newCheck(@RequestParam long designation, @AuthenticationPrincipal CurrentUser user, Model model) {
        DesignatedProject d = designations.find(designation)
                .orElseThrow(() -> new MonitoringNotFoundException("designation"));
        model.addAttribute("project", d);
        model.addAttribute("items", checks.checklist(designation, user));
        model.addAttribute("conclusions", SpotCheck.Conclusion.values());
        model.addAttribute("findings", List.of("MET", "PARTLY", "NOT_MET"));
        if (!model.containsAttribute("sent")) {
            model.addAttribute("sent", Map.of("checkedOn", LocalDate.now(clock).toString()));
        }
        return "monitoring/check-form";
    }

    @PostMapping("/checks")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    String check(@RequestParam long designation, @RequestParam Map<String, String> form,
                 @RequestParam(name = "file", required = false) MultipartFile file,
                 @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect)
            throws IOException {
        int n = checks.checklist(designation, user).size();
        List<String> findings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            findings.add(form.getOrDefault("finding." + i, ""));
            notes.add(form.getOrDefault("note." + i, ""));
        }
        try {
            SpotCheck check = checks.record(designation, new NewSpotCheck(form.get("checkedOn"), findings, notes,
                    form.get("summary"), form.get("conclusion"), form.get("rectifyDeadline"),
                    form.get("rectifyItems"), form.get("reason"), file == null ? null : file.getOriginalFilename(),
                    file == null || file.isEmpty() ? null : file.getBytes()), user);
            redirect.addFlashAttribute("success", message("monitoring.check.recorded",
                    message(check.conclusion().labelKey())));
            return "redirect:/monitoring/checks/" + check.id();
        } catch (MonitoringRejectedException e) {
            model.addAttribute("problems", problems(e));
            model.addAttribute("error", message("monitoring.problem.invalid"));
        } catch (MonitoringRefusedException e) {
            model.addAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("sent", form);
        return newCheck(designation, user, model);
    }

    @GetMapping("/checks/{checkId}")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    String checkPage(@PathVariable long checkId, @AuthenticationPrincipal CurrentUser user, Model model) {
        SpotCheck check = checks.find(checkId, user).orElseThrow(() -> new MonitoringNotFoundException("check"));
        model.addAttribute("check", check);
        model.addAttribute("canFollowUp", permissions.canFollowUp(user, check.conclusion(), check.followUp() != null,
                designations.find(check.designationId()).map(d -> d.status() == DesignationStatus.REVOKED)
                        .orElse(true)));
        model.addAttribute("followUps", SpotCheck.FollowUp.values());
        if (!model.containsAttribute("sent")) {
            model.addAttribute("sent", Map.of());
        }
        return "monitoring/check";
    }

    @PostMapping("/checks/{checkId}/follow-up")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    String followUp(@PathVariable long checkId, @RequestParam(required = false) String followUp,
                    @RequestParam(required = false) String followUpNote, @AuthenticationPrincipal CurrentUser user,
                    Model model, RedirectAttributes redirect) {
        try {
            SpotCheck check = checks.followUp(checkId, followUp, followUpNote, user);
            redirect.addFlashAttribute("success", message("monitoring.check.follow-up.recorded",
                    message(check.followUp().labelKey())));
            return "redirect:/monitoring/checks/" + checkId;
        } catch (MonitoringRejectedException e) {
            model.addAttribute("problems", problems(e));
        } catch (MonitoringRefusedException e) {
            model.addAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("sent", Map.of("followUp", followUp == null ? "" : followUp,
                "followUpNote", followUpNote == null ? "" : followUpNote));
        return checkPage(checkId, user, model);
    }

    @ExceptionHandler(MonitoringNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private Map<String, String> problems(MonitoringRejectedException e) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            problems.putIfAbsent(p.field(), messages.getMessage(p, LocaleContextHolder.getLocale()));
        }
        return problems;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    static boolean current(DesignatedProject d) {
        return d.status() == DesignationStatus.VALID;
    }
}
