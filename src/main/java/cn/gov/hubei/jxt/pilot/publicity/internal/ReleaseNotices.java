package cn.gov.hubei.jxt.pilot.publicity.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.notification.Notice;
import cn.gov.hubei.jxt.pilot.notification.Notifications;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import cn.gov.hubei.jxt.pilot.publicity.ManagedNotice;
import cn.gov.hubei.jxt.pilot.publicity.NoticeReleased;
import cn.gov.hubei.jxt.pilot.publicity.ReleaseAudience;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells the people concerned when a notice is released, in the release transaction (a plain {@code @EventListener}
 * of {@link NoticeReleased}): the applicants of every application of the call's proposal — on the list, with the
 * period and the notice's page; not on the list, with the reason — and the recommenders of each division concerned,
 * with their applications' outcomes. Inbox and e-mail through {@link Notifications}. Nothing is told before the
 * release: the proposal is pending until then and nobody else sees it.
 */
@Component
class ReleaseNotices {

    private final NoticeRepository notices;
    private final ProposalList proposals;
    private final ProjectApplications applications;
    private final UserAdministration users;
    private final Notifications notifications;
    private final ReferenceCatalog reference;
    private final NoticeTexts texts;

    ReleaseNotices(NoticeRepository notices, ProposalList proposals, ProjectApplications applications,
                   UserAdministration users, Notifications notifications, ReferenceCatalog reference,
                   NoticeTexts texts) {
        this.notices = notices;
        this.proposals = proposals;
        this.applications = applications;
        this.users = users;
        this.notifications = notifications;
        this.reference = reference;
        this.texts = texts;
    }

    /** One application of the proposal with its outcome. */
    private record Outcome(ApplicationSummary application, boolean proposed, String reason) {
    }

    private List<Outcome> outcomes(long callId, CurrentUser viewer) {
        List<Outcome> outcomes = new ArrayList<>();
        for (ProposalList.Line line : proposals.lines(callId, viewer)) {
            applications.find(line.applicationId(), ApplicationScope.ALL).ifPresent(a ->
                    outcomes.add(new Outcome(a, line.proposed(), line.decision().reason())));
        }
        return outcomes;
    }

    private List<Recipient> applicants(long enterpriseId) {
        return recipients(users.holders(Role.APPLICANT, enterpriseId, null));
    }

    private List<Recipient> recommenders(String divisionCode) {
        return recipients(users.holders(Role.RECOMMENDER, null, divisionCode));
    }

    private static List<Recipient> recipients(List<AccountView> accounts) {
        return accounts.stream().map(a -> new Recipient(a.username(), a.email())).toList();
    }

    /** Who the release of the call's notice tells (the office's confirmation). */
    ReleaseAudience audience(long callId, CurrentUser viewer) {
        List<Outcome> outcomes = outcomes(callId, viewer);
        Set<String> enterprises = new LinkedHashSet<>();
        Set<String> divisions = new LinkedHashSet<>();
        Set<String> accounts = new HashSet<>();
        for (Outcome o : outcomes) {
            List<Recipient> told = applicants(o.application().enterpriseId());
            if (!told.isEmpty()) {
                enterprises.add(o.application().enterpriseName());
            }
            told.forEach(r -> accounts.add(r.username()));
            if (divisions.add(o.application().divisionCode())) {
                recommenders(o.application().divisionCode()).forEach(r -> accounts.add(r.username()));
            }
        }
        int proposed = (int) outcomes.stream().filter(Outcome::proposed).count();
        return new ReleaseAudience(proposed, outcomes.size() - proposed, List.copyOf(enterprises),
                divisions.stream().map(d -> reference.recommendingUnit(d).orElse(d)).toList(), accounts.size());
    }

    @EventListener
    void on(NoticeReleased event) {
        ManagedNotice notice = notices.find(event.noticeId(), true).orElseThrow();
        String start = NoticeTexts.date(notice.notice().startDate());
        String end = NoticeTexts.date(notice.notice().endDate());
        String year = String.valueOf(notice.notice().year());
        String page = "/public/notices/" + notice.id();
        Map<String, List<Outcome>> byDivision = new LinkedHashMap<>();
        // released with the notice in this transaction: visible now to every viewer
        for (Outcome o : outcomes(event.callId(), null)) {
            byDivision.computeIfAbsent(o.application().divisionCode(), d -> new ArrayList<>()).add(o);
            List<Recipient> told = applicants(o.application().enterpriseId());
            if (told.isEmpty()) {
                continue;
            }
            String project = name(o.application());
            if (o.proposed()) {
                notifications.notify(told, new Notice("publicity.listed",
                        texts.text("publicity.notice.listed.subject", year, project),
                        texts.text("publicity.notice.listed.body", year, project, o.application().enterpriseName(),
                                start, end, notice.notice().title()),
                        page));
            } else {
                notifications.notify(told, new Notice("publicity.not-listed",
                        texts.text("publicity.notice.not-listed.subject", year, project),
                        texts.text("publicity.notice.not-listed.body", year, project,
                                o.application().enterpriseName(), o.reason() == null ? "" : o.reason()),
                        "/applications/" + o.application().id()));
            }
        }
        for (Map.Entry<String, List<Outcome>> division : byDivision.entrySet()) {
            List<Recipient> told = recommenders(division.getKey());
            if (told.isEmpty()) {
                continue;
            }
            StringBuilder lines = new StringBuilder();
            for (Outcome o : division.getValue()) {
                lines.append(o.proposed()
                        ? texts.text("publicity.notice.division.listed-line", name(o.application()),
                        o.application().enterpriseName())
                        : texts.text("publicity.notice.division.not-listed-line", name(o.application()),
                        o.application().enterpriseName(), o.reason() == null ? "" : o.reason()))
                        .append('\n');
            }
            String unit = reference.recommendingUnit(division.getKey()).orElse(division.getKey());
            notifications.notify(told, new Notice("publicity.division",
                    texts.text("publicity.notice.division.subject", year),
                    texts.text("publicity.notice.division.body", year, unit, start, end, lines.toString().strip(),
                            notice.notice().title()),
                    page));
        }
    }

    private String name(ApplicationSummary a) {
        return a.projectName() == null ? a.number() : a.projectName();
    }
}
