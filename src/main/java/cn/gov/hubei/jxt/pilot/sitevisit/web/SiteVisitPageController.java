package cn.gov.hubei.jxt.pilot.sitevisit.web;

import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.sitevisit.Finding;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeam;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeams;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisit;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitConclusion;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitNotFoundException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitPermissions;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitPlans;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRecord;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRecords;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRefusedException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRejectedException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitStatus;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.AttendeeForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.ConclusionForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.FindingForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.MemberForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.PhotoForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.PlanForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.TeamForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.VersionForm;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site-visit pages: the programme office's teams and plan (grouped by division, then date), a team's members, and
 * the record of a visit (the team's form while it is open, read-only otherwise), its photos and the 现场核查表. A visit
 * the person may not read is 404, for reading and writing alike. A broken rule is shown beside its field with the
 * form as sent; a refusal (locked, not the leader, changed meanwhile) as a message on the page.
 */
@Controller
@RequestMapping("/site-visits")
class SiteVisitPageController {

    private final InspectionTeams teams;
    private final SiteVisitPlans plans;
    private final SiteVisitRecords records;
    private final SiteVisitPermissions permissions;
    private final Calls calls;
    private final ReferenceCatalog reference;
    private final MessageSource messages;

    SiteVisitPageController(InspectionTeams teams, SiteVisitPlans plans, SiteVisitRecords records,
                            SiteVisitPermissions permissions, Calls calls, ReferenceCatalog reference,
                            MessageSource messages) {
        this.teams = teams;
        this.plans = plans;
        this.records = records;
        this.permissions = permissions;
        this.calls = calls;
        this.reference = reference;
        this.messages = messages;
    }

    // --------------------------------------------------------------------------------------------- home

    @GetMapping
    @PreAuthorize("@siteVisitPermissions.seesVisits(authentication)")
    String home(@RequestParam(required = false) Long call, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("myVisits", plans.ofMember(user.id()));
        model.addAttribute("officer", permissions.canManage(user));
        if (permissions.canManage(user)) {
            List<CallSummary> announced = calls.announced();
            model.addAttribute("calls", announced);
            Optional<CallSummary> selected = call == null ? announced.stream().findFirst()
                    : announced.stream().filter(c -> c.id() == call).findFirst();
            if (call != null && selected.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            selected.ifPresent(c -> officerModel(c, model));
        }
        model.addAttribute("divisions", reference.divisions());
        model.addAttribute("divisionNames", divisionNames());
        return "sitevisit/home";
    }

    private void officerModel(CallSummary call, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("teams", teams.ofCall(call.id()));
        model.addAttribute("candidates", plans.candidates(call.id()));
        Map<String, List<SiteVisit>> byDivision = new LinkedHashMap<>();
        plans.ofCall(call.id()).stream()
                .sorted(Comparator.comparing(SiteVisit::divisionCode).thenComparing(SiteVisit::visitDate)
                        .thenComparing(SiteVisit::applicationNumber))
                .forEach(v -> byDivision.computeIfAbsent(v.divisionCode(), k -> new ArrayList<>()).add(v));
        model.addAttribute("plan", byDivision);
        if (!model.containsAttribute("teamForm")) {
            model.addAttribute("teamForm", new TeamForm("", "", ""));
        }
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", new PlanForm(null, null, ""));
        }
    }

    @PostMapping("/teams")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    String createTeam(@RequestParam long call, @ModelAttribute TeamForm form, @AuthenticationPrincipal CurrentUser user,
                      Model model, RedirectAttributes redirect) {
        try {
            InspectionTeam team = teams.create(call, form.divisionCode(), form.name(), form.leader(), user);
            redirect.addFlashAttribute("success", text("sitevisit.team.created", team.name()));
            return "redirect:/site-visits/teams/" + team.id();
        } catch (SiteVisitRejectedException e) {
            model.addAttribute("teamForm", form);
            model.addAttribute("problems", problems("team.", e));
            return home(call, user, model);
        } catch (SiteVisitNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/visits")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    String plan(@RequestParam long call, @ModelAttribute PlanForm form, @AuthenticationPrincipal CurrentUser user,
                Model model, RedirectAttributes redirect) {
        try {
            if (form.teamId() == null) {
                throw new SiteVisitRejectedException("teamId", "sitevisit.plan.team.required");
            }
            if (form.applicationId() == null) {
                throw new SiteVisitRejectedException("applicationId", "sitevisit.plan.application.unknown");
            }
            SiteVisit visit = plans.plan(form.teamId(), form.applicationId(), SiteVisitForms.date(form.date()), user);
            redirect.addFlashAttribute("success", text("sitevisit.plan.planned", visit.applicationNumber(),
                    visit.visitDate().toString()));
            return "redirect:/site-visits?call=" + call;
        } catch (SiteVisitRejectedException e) {
            model.addAttribute("planForm", form);
            model.addAttribute("problems", problems("plan.", e));
            return home(call, user, model);
        } catch (SiteVisitNotFoundException e) {
            model.addAttribute("planForm", form);
            model.addAttribute("problems", Map.of("plan.teamId", text("sitevisit.plan.team.required")));
            return home(call, user, model);
        }
    }

    // -------------------------------------------------------------------------------------------- teams

    @GetMapping("/teams/{id}")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    String team(@PathVariable long id, Model model) {
        InspectionTeam team = teams.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("team", team);
        model.addAttribute("call", calls.find(team.callId()).orElseThrow());
        model.addAttribute("divisionName", divisionNames().getOrDefault(team.divisionCode(), team.divisionCode()));
        model.addAttribute("visits", plans.ofCall(team.callId()).stream().filter(v -> v.teamId() == id).toList());
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm(""));
        }
        return "sitevisit/team";
    }

    @PostMapping("/teams/{id}/members")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    String addMember(@PathVariable long id, @ModelAttribute MemberForm form, @AuthenticationPrincipal CurrentUser user,
                     Model model, RedirectAttributes redirect) {
        try {
            teams.addMember(id, form.username(), user);
            redirect.addFlashAttribute("success", text("sitevisit.member.added"));
            return "redirect:/site-visits/teams/" + id;
        } catch (SiteVisitRejectedException e) {
            model.addAttribute("memberForm", form);
            model.addAttribute("problems", problems("member.", e));
            return team(id, model);
        } catch (SiteVisitNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/teams/{id}/members/{accountId}/remove")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    String removeMember(@PathVariable long id, @PathVariable long accountId, @AuthenticationPrincipal CurrentUser user,
                        RedirectAttributes redirect) {
        try {
            teams.removeMember(id, accountId, user);
            redirect.addFlashAttribute("success", text("sitevisit.member.removed"));
        } catch (SiteVisitRefusedException e) {
            redirect.addFlashAttribute("error", text(e));
        } catch (SiteVisitNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/site-visits/teams/" + id;
    }

    // ------------------------------------------------------------------------------------------- visits

    @GetMapping("/visits/{id}")
    String visit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        SiteVisitRecord record = records.read(id, user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("record", record);
        model.addAttribute("visit", record.visit());
        model.addAttribute("divisionName", divisionNames().getOrDefault(record.visit().divisionCode(),
                record.visit().divisionCode()));
        model.addAttribute("canRecord", permissions.canRecord(user, record.visit(), record.team()));
        model.addAttribute("canSignOff", permissions.canSignOff(user, record.visit(), record.team()));
        model.addAttribute("canCancel", permissions.canCancel(user, record.visit()));
        model.addAttribute("locked", record.visit().status() == SiteVisitStatus.SIGNED_OFF);
        model.addAttribute("findings", Finding.values());
        model.addAttribute("conclusions", SiteVisitConclusion.values());
        model.addAttribute("openItems", record.openItems());
        model.addAttribute("maxPhotoMb", SiteVisitRecords.PHOTO_LIMIT / (1024 * 1024));
        if (!model.containsAttribute("attendeeForm")) {
            model.addAttribute("attendeeForm", new AttendeeForm("", "", ""));
        }
        if (!model.containsAttribute("photoForm")) {
            model.addAttribute("photoForm", new PhotoForm("", ""));
        }
        if (!model.containsAttribute("conclusionForm")) {
            model.addAttribute("conclusionForm", new ConclusionForm(record.visit().version(),
                    record.visit().conclusion() == null ? "" : record.visit().conclusion().name(),
                    record.visit().summary() == null ? "" : record.visit().summary()));
        }
        return "sitevisit/visit";
    }

    /**
     * The finding of one checklist item. Sent by htmx (the item's form saves on its own when it changes): the item's
     * status line ({@code 已保存} with the time; the item's new version and the visit's status out of band), or its
     * broken rules, or — changed meanwhile, locked — the refusal with 409, each with its message and nothing changed.
     * Without JavaScript: as every write of the record.
     */
    @PostMapping("/visits/{id}/items/{itemId}")
    String finding(@PathVariable long id, @PathVariable long itemId, @ModelAttribute FindingForm form,
                   @RequestHeader(name = "HX-Request", required = false) String htmx,
                   @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        if (htmx != null) {
            try {
                model.addAttribute("item", records.recordFinding(id, itemId, SiteVisitForms.version(form.version()),
                        SiteVisitForms.finding(form.finding()), form.note(), user));
                model.addAttribute("visit", records.read(id, user).orElseThrow().visit());
                return "sitevisit/parts :: itemSaved";
            } catch (SiteVisitRejectedException e) {
                model.addAttribute("message", String.join(" ", problems("", e).values()));
            } catch (SiteVisitRefusedException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("message", text(e));
            } catch (SiteVisitNotFoundException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return "sitevisit/parts :: itemProblem";
        }
        return write(id, user, model, redirect, "item-" + itemId, "item." + itemId + ".", () -> {
            records.recordFinding(id, itemId, SiteVisitForms.version(form.version()),
                    SiteVisitForms.finding(form.finding()), form.note(), user);
            return text("sitevisit.finding.saved");
        }, () -> model.addAttribute("itemForm", Map.of(itemId, form)));
    }

    @PostMapping("/visits/{id}/attendees")
    String addAttendee(@PathVariable long id, @ModelAttribute AttendeeForm form,
                       @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return write(id, user, model, redirect, "attendees", "attendee.", () -> {
            records.addAttendee(id, form.name(), form.unit(), form.position(), user);
            return text("sitevisit.attendee.added");
        }, () -> model.addAttribute("attendeeForm", form));
    }

    @PostMapping("/visits/{id}/attendees/{attendeeId}/remove")
    String removeAttendee(@PathVariable long id, @PathVariable long attendeeId,
                          @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return write(id, user, model, redirect, "attendees", "attendee.", () -> {
            records.removeAttendee(id, attendeeId, user);
            return text("sitevisit.attendee.removed");
        }, () -> { });
    }

    @PostMapping("/visits/{id}/photos")
    String addPhoto(@PathVariable long id, @ModelAttribute PhotoForm form,
                    @RequestParam(name = "file", required = false) MultipartFile file,
                    @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return write(id, user, model, redirect, "photos", "photo.", () -> {
            try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
                records.addPhoto(id, file == null ? null : file.getOriginalFilename(), in, form.caption(),
                        SiteVisitForms.dateTime(form.takenAt()), user);
            } catch (IOException e) {
                throw new SiteVisitRejectedException("file", "sitevisit.photo.required");
            }
            return text("sitevisit.photo.added");
        }, () -> model.addAttribute("photoForm", form));
    }

    @PostMapping("/visits/{id}/photos/{photoId}/remove")
    String removePhoto(@PathVariable long id, @PathVariable long photoId, @AuthenticationPrincipal CurrentUser user,
                       Model model, RedirectAttributes redirect) {
        return write(id, user, model, redirect, "photos", "photo.", () -> {
            records.removePhoto(id, photoId, user);
            return text("sitevisit.photo.removed");
        }, () -> { });
    }

    @PostMapping("/visits/{id}/conclusion")
    String conclude(@PathVariable long id, @ModelAttribute ConclusionForm form,
                    @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return write(id, user, model, redirect, "conclusion", "conclusion.", () -> {
            records.conclude(id, SiteVisitForms.version(form.version()), SiteVisitForms.conclusion(form.conclusion()),
                    form.summary(), user);
            return text("sitevisit.conclusion.saved");
        }, () -> model.addAttribute("conclusionForm", form));
    }

    @PostMapping("/visits/{id}/sign-off")
    String signOff(@PathVariable long id, @ModelAttribute VersionForm form, @AuthenticationPrincipal CurrentUser user,
                   Model model, RedirectAttributes redirect) {
        return write(id, user, model, redirect, "sign-off", "sign-off.", () -> {
            records.signOff(id, SiteVisitForms.version(form.version()), user);
            return text("sitevisit.sign-off.done");
        }, () -> { });
    }

    @PostMapping("/visits/{id}/cancel")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    String cancel(@PathVariable long id, @ModelAttribute VersionForm form, @AuthenticationPrincipal CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        return write(id, user, model, redirect, "", "cancel.", () -> {
            plans.cancel(id, SiteVisitForms.version(form.version()), user);
            return text("sitevisit.cancel.done");
        }, () -> { });
    }

    @GetMapping("/visits/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
                                 @AuthenticationPrincipal CurrentUser user) {
        SiteVisitRecords.PhotoContent photo = records.photo(id, photoId, user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }

    @GetMapping("/visits/{id}/sheet.docx")
    ResponseEntity<byte[]> sheet(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return sheetResponse(records, id, user, text("sitevisit.sheet.file-name"));
    }

    static ResponseEntity<byte[]> sheetResponse(SiteVisitRecords records, long id, CurrentUser user, String baseName) {
        SiteVisitRecord record = records.read(id, user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] docx = records.sheet(id, user);
        String name = baseName + "-" + record.visit().applicationNumber() + ".docx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(docx);
    }

    // ------------------------------------------------------------------------------------------ helpers

    interface Write {
        String run();
    }

    /**
     * One write of the visit's record: success and refusals as a message after a redirect to the visit (at
     * {@code anchor}); broken rules re-render the page with the messages beside the fields ({@code prefix}) and the
     * form as sent; a visit the person may not read is 404.
     */
    private String write(long id, CurrentUser user, Model model, RedirectAttributes redirect, String anchor,
                         String prefix, Write action, Runnable keepForm) {
        try {
            redirect.addFlashAttribute("success", action.run());
        } catch (SiteVisitRejectedException e) {
            keepForm.run();
            model.addAttribute("problems", problems(prefix, e));
            return visit(id, user, model);
        } catch (SiteVisitRefusedException e) {
            redirect.addFlashAttribute("error", text(e));
        } catch (SiteVisitNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/site-visits/visits/" + id + (anchor.isEmpty() ? "" : "#" + anchor);
    }

    private Map<String, String> problems(String prefix, SiteVisitRejectedException e) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            problems.putIfAbsent(prefix + p.field(), messages.getMessage(p, LocaleContextHolder.getLocale()));
        }
        return problems;
    }

    private Map<String, String> divisionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Division d : reference.divisions()) {
            names.put(d.code(), d.name());
        }
        return names;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private String text(SiteVisitRefusedException e) {
        return messages.getMessage(e, LocaleContextHolder.getLocale());
    }
}
