package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.calendar.CalendarNotLoadedException;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.meeting.MeetingApplication;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import cn.gov.hubei.jxt.pilot.publicity.NoticeRelease;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.OfficeContact;
import cn.gov.hubei.jxt.pilot.publicity.OfficeContacts;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.Proposals.ProposalLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo 公示: the office records its proposal for the started demo meeting's applications (every one proposed but
 * the last, which is not, with its reason) and releases the call's notice starting on the latest working day up to
 * today, so that it is open now. On a machine whose clock is in a year the bundled calendar lacks, the notice is dated
 * on the latest start whose whole period the calendar covers (it is then already closed), and the log says why.
 */
@Component
@Profile("!prod")
class DemoPublicity {

    private static final Logger log = LoggerFactory.getLogger(DemoPublicity.class);
    private static final String NOT_PROPOSED = "综合得分低于拟公示线，本年度暂不列入拟认定名单。";

    private final Panels panels;
    private final Proposals proposals;
    private final NoticeDrafts drafts;
    private final WorkingDays workingDays;
    private final UserAdministration users;
    private final OfficeContacts contacts;
    private final Clock clock;

    DemoPublicity(Panels panels, Proposals proposals, NoticeDrafts drafts, WorkingDays workingDays,
                  UserAdministration users, OfficeContacts contacts, Clock clock) {
        this.panels = panels;
        this.proposals = proposals;
        this.drafts = drafts;
        this.workingDays = workingDays;
        this.users = users;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** The office's contact on notices, as the programme office would set it (invented numbers and address). */
    void contact() {
        CurrentUser officer = users.actingAs("officer").orElse(null);
        if (officer == null) {
            log.warn("Demo data: no demo officer; the contact on notices keeps its defaults");
            return;
        }
        contacts.save(new OfficeContact("湖北省经济和信息化厅", "027-87251234、027-87251235",
                "湖北省武汉市武昌区洪山路（省经济和信息化厅装备工业处）", "znzz-gs@jxt.hubei.example.cn", 0),
                contacts.current().version(), officer);
    }

    void ensure(CallSummary call) {
        CurrentUser officer = users.actingAs("officer").orElse(null);
        Optional<MeetingSummary> started = panels.ofCall(call.id()).stream()
                .filter(m -> m.status() == MeetingStatus.STARTED).findFirst();
        if (officer == null || started.isEmpty()) {
            log.warn("Demo data: no started demo review meeting to propose from; no demo notice");
            return;
        }
        List<MeetingApplication> agenda = panels.applications(started.get().id());
        if (agenda.isEmpty()) {
            log.warn("Demo data: the demo review meeting has no applications; no demo notice");
            return;
        }
        List<ProposalLine> lines = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            boolean proposed = agenda.size() == 1 || i < agenda.size() - 1;
            lines.add(new ProposalLine(agenda.get(i).applicationId(), proposed, proposed ? null : NOT_PROPOSED));
        }
        proposals.record(started.get().id(), lines, officer);
        LocalDate start = start(LocalDate.now(clock));
        if (start == null) {
            log.warn("Demo data: the calendar covers no period of 5 working days up to today; no demo notice");
            return;
        }
        NoticeRelease release = drafts.publishDated(call.id(), start, officer);
        log.info("Demo data: notice {} released for {} to {} ({})", release.notice().id(),
                release.notice().notice().startDate(), release.notice().notice().endDate(),
                release.notice().status());
    }

    /** The latest working day up to {@code today} whose period of 5 working days the calendar covers. */
    private LocalDate start(LocalDate today) {
        LocalDate day = today;
        String missing = null;
        for (int i = 0; i < 800; i++, day = day.minusDays(1)) {
            try {
                if (workingDays.isWorkingDay(day)) {
                    workingDays.nthWorkingDay(day, 5);
                    if (missing != null) {
                        log.warn("Demo data: {}; the demo notice starts on {} instead (not open now)", missing, day);
                    }
                    return day;
                }
            } catch (CalendarNotLoadedException e) {
                if (missing == null) {
                    missing = "the working-day calendar lacks " + e.year();
                }
            }
        }
        return null;
    }
}
