package cn.gov.hubei.jxt.pilot.meeting.web;

import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.expert.ConflictDeclarations;
import cn.gov.hubei.jxt.pilot.expert.ConflictKind;
import cn.gov.hubei.jxt.pilot.expert.ConflictSource;
import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.AgendaEntry;
import cn.gov.hubei.jxt.pilot.meeting.GroupBasis;
import cn.gov.hubei.jxt.pilot.meeting.Invitation;
import cn.gov.hubei.jxt.pilot.meeting.MeetingGroup;
import cn.gov.hubei.jxt.pilot.meeting.MeetingNotFoundException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingParameters;
import cn.gov.hubei.jxt.pilot.meeting.MeetingPermissions;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRefusedException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRejectedException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingReserve;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSeat;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.MeetingTransition;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.meeting.SeatState;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The office's meeting pages ({@code /meetings}: list by call, new, edit, the meeting with its groups, agenda, draw,
 * panels, reserves, invitations, replacement and verification) and the expert's invitations
 * ({@code /meetings/invitations}). A meeting the person may not see is 404 (the draw is sealed).
 */
@Controller
@RequestMapping("/meetings")
class MeetingPageController {

    private final ReviewMeetings meetings;
    private final MeetingPermissions permissions;
    private final MeetingViews views;
    private final Calls calls;
    private final ReferenceCatalog reference;
    private final MessageSource messages;
    private final ConflictDeclarations declarations;

    MeetingPageController(ReviewMeetings meetings, MeetingPermissions permissions, MeetingViews views, Calls calls,
                          ReferenceCatalog reference, MessageSource messages, ConflictDeclarations declarations) {
        this.declarations = declarations;
        this.meetings = meetings;
        this.permissions = permissions;
        this.views = views;
        this.calls = calls;
        this.reference = reference;
        this.messages = messages;
    }

    /** The form of a meeting's parameters (strings: a wrong number is told beside its field, not a 400). */
    record ParametersForm(String title, String meetingDate, String place, String expertsPerApplication,
                          String coverage, String loadCap, String reservesPerGroup) {

        static ParametersForm of(MeetingSummary m, int loadCap, int reserves) {
            return new ParametersForm(m.title(), m.meetingDate().toString(), m.place(),
                    String.valueOf(m.expertsPerApplication()), String.valueOf(m.coverage()), String.valueOf(loadCap),
                    String.valueOf(reserves));
        }

        static ParametersForm blank() {
            return new ParametersForm("", "", "", "5", "3", "5", "2");
        }

        MeetingParameters parameters(List<FieldProblem> problems) {
            return new MeetingParameters(title, date(problems), place, number("expertsPerApplication",
                    expertsPerApplication, problems), number("coverage", coverage, problems),
                    number("loadCap", loadCap, problems), number("reservesPerGroup", reservesPerGroup, problems));
        }

        private LocalDate date(List<FieldProblem> problems) {
            if (meetingDate == null || meetingDate.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(meetingDate.strip());
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(FieldProblem.invalid("meetingDate", "meeting.rule.meetingDate.format"));
                return null;
            }
        }

        private static int number(String field, String value, List<FieldProblem> problems) {
            try {
                return Integer.parseInt(value == null ? "" : value.strip());
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.invalid(field, "meeting.rule.number"));
                return -1;
            }
        }
    }

    // ------------------------------------------------------------------------------------------ the office

    @GetMapping
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String list(@RequestParam(required = false) Long call, Model model) {
        List<CallSummary> all = calls.all();
        model.addAttribute("calls", all);
        model.addAttribute("call", call == null ? null : all.stream().filter(c -> c.id() == call).findFirst()
                .orElse(null));
        List<MeetingSummary> list = views.meetings(call);
        Map<Long, String> callTitles = all.stream().collect(Collectors.toMap(CallSummary::id, CallSummary::title));
        model.addAttribute("meetings", list);
        model.addAttribute("callTitles", callTitles);
        return "meeting/list";
    }

    @GetMapping("/new")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String newForm(@RequestParam(required = false) Long call, Model model) {
        model.addAttribute("calls", calls.all());
        model.addAttribute("callId", call);
        model.addAttribute("form", ParametersForm.blank());
        model.addAttribute("problems", List.of());
        return "meeting/form";
    }

    @PostMapping
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String create(@RequestParam(required = false) Long callId, @ModelAttribute ParametersForm form,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        MeetingParameters parameters = form.parameters(problems);
        problems.addAll(meetings.check(parameters));
        if (callId == null || calls.find(callId).isEmpty()) {
            problems.add(FieldProblem.missing("callId", "meeting.rule.call.missing"));
        }
        if (problems.isEmpty()) {
            try {
                return "redirect:/meetings/" + meetings.create(callId, parameters, user).id();
            } catch (MeetingRejectedException e) {
                problems.addAll(e.problems());
            }
        }
        model.addAttribute("calls", calls.all());
        model.addAttribute("callId", callId);
        model.addAttribute("form", form);
        model.addAttribute("problems", resolved(problems));
        return "meeting/form";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        MeetingSummary meeting = views.visible(id, user);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", views.form(meeting));
        model.addAttribute("problems", List.of());
        return "meeting/edit";
    }

    @PostMapping("/{id}")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String update(@PathVariable long id, @ModelAttribute ParametersForm form, @AuthenticationPrincipal CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        MeetingSummary meeting = views.visible(id, user);
        List<FieldProblem> problems = new ArrayList<>();
        MeetingParameters parameters = form.parameters(problems);
        problems.addAll(meetings.check(parameters));
        if (problems.isEmpty()) {
            try {
                meetings.update(id, parameters, user);
                redirect.addFlashAttribute("success", text("meeting.page.saved"));
                return "redirect:/meetings/" + id;
            } catch (MeetingRejectedException e) {
                problems.addAll(e.problems());
            } catch (MeetingRefusedException e) {
                redirect.addFlashAttribute("error", text(e));
                return "redirect:/meetings/" + id;
            }
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("problems", resolved(problems));
        return "meeting/edit";
    }

    @GetMapping("/{id}")
    String meeting(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        MeetingSummary meeting = views.visible(id, user);
        boolean office = permissions.manages(user);
        List<MeetingGroup> groups = meetings.groups(id);
        List<AgendaEntry> agenda = meetings.agenda(id);
        List<MeetingSeat> seats = meetings.seats(id);
        if (!office) {
            seats = seats.stream().filter(s -> s.state() == SeatState.ACTIVE).toList();
        }
        Map<Long, List<MeetingSeat>> seatsByApplication = new LinkedHashMap<>();
        seats.forEach(s -> seatsByApplication.computeIfAbsent(s.applicationId(), k -> new ArrayList<>()).add(s));
        Map<Long, List<AgendaEntry>> agendaByGroup = new LinkedHashMap<>();
        groups.forEach(g -> agendaByGroup.put(g.id(), new ArrayList<>()));
        agenda.forEach(a -> agendaByGroup.computeIfAbsent(a.groupId(), k -> new ArrayList<>()).add(a));
        Map<Long, List<MeetingReserve>> reservesByGroup = office ? meetings.reserves(id).stream()
                .collect(Collectors.groupingBy(MeetingReserve::groupId, LinkedHashMap::new, Collectors.toList()))
                : Map.of();
        List<Invitation> invitations = office ? meetings.invitations(id) : List.of();
        Map<Long, String> vacant = new LinkedHashMap<>();
        if (office) {
            seats.stream().filter(s -> s.state() == SeatState.VACANT)
                    .forEach(s -> vacant.putIfAbsent(s.expertId(), s.expertName()));
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("office", office);
        model.addAttribute("callTitle", calls.find(meeting.callId()).map(CallSummary::title).orElse(""));
        model.addAttribute("groups", groups);
        model.addAttribute("agendaByGroup", agendaByGroup);
        model.addAttribute("seatsByApplication", seatsByApplication);
        model.addAttribute("reservesByGroup", reservesByGroup);
        model.addAttribute("invitations", invitations);
        model.addAttribute("vacantExperts", vacant);
        model.addAttribute("draw", office ? meetings.currentDraw(id).orElse(null) : null);
        model.addAttribute("editable", permissions.canEdit(user, meeting.status()));
        model.addAttribute("eligible", permissions.canEdit(user, meeting.status()) ? meetings.eligible(id) : List.of());
        model.addAttribute("canDraw", permissions.canPerform(user, MeetingTransition.DRAW, meeting.status()));
        model.addAttribute("canCancelDraw", permissions.canPerform(user, MeetingTransition.CANCEL_DRAW,
                meeting.status()));
        model.addAttribute("canStart", permissions.canPerform(user, MeetingTransition.START, meeting.status()));
        model.addAttribute("canClose", permissions.canPerform(user, MeetingTransition.CLOSE, meeting.status()));
        model.addAttribute("canReplace", permissions.canReplace(user, meeting.status()));
        model.addAttribute("canVerify", permissions.canVerify(user, meeting.status()));
        model.addAttribute("modes", reference.modes());
        model.addAttribute("industries", reference.industries());
        model.addAttribute("bases", GroupBasis.values());
        model.addAttribute("modeNames", reference.modes().stream()
                .collect(Collectors.toMap(m -> m.code(), m -> m.name())));
        return "meeting/meeting";
    }

    @PostMapping("/{id}/groups")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String addGroup(@PathVariable long id, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String basis, @RequestParam(required = false) String basisCode,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        GroupBasis kind = "INDUSTRY".equals(basis) ? GroupBasis.INDUSTRY : "MODE".equals(basis) ? GroupBasis.MODE
                : null;
        return act(id, user, redirect, () -> {
            meetings.addGroup(id, name, kind, basisCode, user);
            return done("meeting.page.group-added");
        });
    }

    @PostMapping("/{id}/groups/{groupId}/delete")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String removeGroup(@PathVariable long id, @PathVariable long groupId, @AuthenticationPrincipal CurrentUser user,
                       RedirectAttributes redirect) {
        return act(id, user, redirect, () -> {
            meetings.removeGroup(id, groupId, user);
            return done("meeting.page.group-removed");
        });
    }

    @PostMapping("/{id}/auto-group")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String autoGroup(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, user, redirect, () -> done("meeting.page.auto-grouped", meetings.autoGroup(id, user)));
    }

    @PostMapping("/{id}/applications")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String put(@PathVariable long id, @RequestParam long applicationId, @RequestParam long groupId,
               @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, user, redirect, () -> {
            meetings.putApplication(id, applicationId, groupId, user);
            return done("meeting.page.application-put");
        });
    }

    @PostMapping("/{id}/applications/{applicationId}/delete")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String remove(@PathVariable long id, @PathVariable long applicationId, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        return act(id, user, redirect, () -> {
            meetings.removeApplication(id, applicationId, user);
            return done("meeting.page.application-removed");
        });
    }

    @PostMapping("/{id}/draw")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String draw(@PathVariable long id, @RequestParam(required = false) String seed,
                @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Long value;
        try {
            value = seed == null || seed.isBlank() ? null : Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            views.visible(id, user);
            redirect.addFlashAttribute("error", text("meeting.rule.seed.invalid"));
            return "redirect:/meetings/" + id;
        }
        return act(id, user, redirect, () -> {
            meetings.draw(id, value, user);
            return done("meeting.page.drawn");
        });
    }

    @PostMapping("/{id}/cancel-draw")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String cancelDraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, user, redirect, () -> {
            meetings.cancelDraw(id, user);
            return done("meeting.page.draw-cancelled");
        });
    }

    @PostMapping("/{id}/verify")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String verify(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        views.visible(id, user);
        try {
            var v = meetings.verify(id, user);
            redirect.addFlashAttribute(v.verified() ? "success" : "error",
                    text(v.verified() ? "meeting.page.verified" : "meeting.page.not-verified", String.valueOf(v.seed()),
                            v.recordedDigest(), v.rerunDigest()));
        } catch (MeetingRefusedException e) {
            redirect.addFlashAttribute("error", text(e));
        }
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/{id}/experts/{expertId}/replace")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String replace(@PathVariable long id, @PathVariable long expertId, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes redirect) {
        return act(id, user, redirect,
                () -> done("meeting.page.replaced", meetings.replace(id, expertId, user).size()));
    }

    @PostMapping("/{id}/start")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String start(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, user, redirect, () -> {
            meetings.start(id, user);
            return done("meeting.page.started");
        });
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    String close(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, user, redirect, () -> {
            meetings.close(id, user);
            return done("meeting.page.closed");
        });
    }

    // ------------------------------------------------------------------------------------------ the expert

    @GetMapping("/invitations")
    @PreAuthorize("@meetingPermissions.seesInvitations(authentication)")
    String invitations(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("invitations", meetings.invitationsOf(user.id()).stream()
                .map(i -> views.invitation(i, user)).toList());
        model.addAttribute("user", user);
        model.addAttribute("conflictKinds", DECLARED_KINDS);
        return "meeting/invitations";
    }

    @PostMapping("/{id}/invitation/accept")
    @PreAuthorize("@meetingPermissions.seesInvitations(authentication)")
    String accept(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answer(id, user, redirect, () -> {
            meetings.accept(id, user);
            return done("meeting.page.accepted");
        });
    }

    @PostMapping("/{id}/invitation/decline")
    @PreAuthorize("@meetingPermissions.seesInvitations(authentication)")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answer(id, user, redirect, () -> {
            meetings.decline(id, reason, user);
            return done("meeting.page.declined");
        });
    }

    @PostMapping("/{id}/invitation/pledge")
    @PreAuthorize("@meetingPermissions.seesInvitations(authentication)")
    String pledge(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answer(id, user, redirect, () -> {
            meetings.pledge(id, user);
            return done("meeting.page.pledged");
        });
    }

    /**
     * The expert declares a conflict with an application of their seats (expert module's
     * {@code ConflictDeclarations}); the seat is vacated and the assignment removed in the same transaction.
     */
    @PostMapping("/{id}/invitation/conflicts")
    @PreAuthorize("@meetingPermissions.seesInvitations(authentication)")
    String declare(@PathVariable long id, @RequestParam long applicationId, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String text, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes redirect) {
        Invitation invitation = meetings.invitation(id, user.id()).orElseThrow(() -> new MeetingNotFoundException(id));
        MeetingSummary meeting = meetings.find(id).orElseThrow(() -> new MeetingNotFoundException(id));
        boolean ownSeat = permissions.seesOwnAgenda(user, meeting.status(), invitation) && meetings.seats(id).stream()
                .anyMatch(s -> s.state() == SeatState.ACTIVE && s.expertId() == invitation.expertId()
                        && s.applicationId() == applicationId);
        if (!ownSeat) {
            throw new MeetingNotFoundException(id);
        }
        ConflictKind declared = DECLARED_KINDS.stream().filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        try {
            declarations.declare(invitation.expertId(), applicationId, declared, text, user);
            redirect.addFlashAttribute("success", text("meeting.page.conflict-declared"));
        } catch (ExpertRefusedException e) {
            List<String> why = e.problems().isEmpty() ? List.of(text(e))
                    : e.problems().stream().map(this::text).toList();
            redirect.addFlashAttribute("error", String.join(" ", why));
        }
        return "redirect:/meetings/invitations";
    }

    /** The kinds an expert declares (the automatic ones are computed). */
    static final List<ConflictKind> DECLARED_KINDS = java.util.Arrays.stream(ConflictKind.values())
            .filter(k -> k.source() == ConflictSource.DECLARED).toList();

    @ExceptionHandler(MeetingNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** An office action on the meeting: the meeting must be visible; its outcome flashed on the meeting page. */
    private String act(long id, CurrentUser user, RedirectAttributes redirect,
                       Supplier<MessageSourceResolvable> action) {
        views.visible(id, user);
        return flashed(redirect, action, "redirect:/meetings/" + id);
    }

    /** The expert's answer to their invitation: the invitation must be theirs; the outcome flashed on their list. */
    private String answer(long id, CurrentUser user, RedirectAttributes redirect,
                          Supplier<MessageSourceResolvable> action) {
        meetings.invitation(id, user.id()).orElseThrow(() -> new MeetingNotFoundException(id));
        return flashed(redirect, action, "redirect:/meetings/invitations");
    }

    /** Does the action, flashes its message (or the refusal, or the broken rules) and redirects. */
    private String flashed(RedirectAttributes redirect, Supplier<MessageSourceResolvable> action, String target) {
        try {
            redirect.addFlashAttribute("success", text(action.get()));
        } catch (MeetingRefusedException e) {
            redirect.addFlashAttribute("error", text(e));
        } catch (MeetingRejectedException e) {
            redirect.addFlashAttribute("error", String.join(" ", resolved(e.problems()).stream()
                    .map(ResolvedProblem::message).toList()));
        }
        return target;
    }

    private static MessageSourceResolvable done(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[]{key}, args);
    }

    /** A problem with its message, for the page. */
    record ResolvedProblem(String field, String message) {
    }

    private List<ResolvedProblem> resolved(List<FieldProblem> problems) {
        return problems.stream().map(p -> new ResolvedProblem(p.field(), text(p))).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    static boolean planned(MeetingSummary meeting) {
        return meeting.status() == MeetingStatus.PLANNED;
    }
}
