package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.PanelSeat;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.review.Criterion;
import cn.gov.hubei.jxt.pilot.review.Rubric;
import cn.gov.hubei.jxt.pilot.review.Rubrics;
import cn.gov.hubei.jxt.pilot.review.ScoreSheet;
import cn.gov.hubei.jxt.pilot.review.ScoreSheets;
import cn.gov.hubei.jxt.pilot.review.SheetDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo review meeting under way: the demo experts {@code expert2} and {@code expert3}, where drawn, accept and sign
 * the pledge like {@code expert1}; the office starts the meeting (dated on the day the demo was loaded); {@code expert1}
 * submits the sheet of its first application and keeps the second as a draft, {@code expert2} submits its first. The
 * other seats stay without a sheet, so the results page shows submitted, draft and missing sheets side by side.
 */
@Component
@Profile("!prod")
class DemoReview {

    private static final Logger log = LoggerFactory.getLogger(DemoReview.class);
    private static final String OPINION = "项目技术路线清晰，智能化装备与工业软件集成度较高，关键工序数据已贯通，"
            + "五项指标改善有据可查；建议进一步提高国产化装备比例，完善示范推广计划。";

    private final Panels panels;
    private final ReviewMeetings meetings;
    private final ScoreSheets sheets;
    private final Rubrics rubrics;
    private final UserAdministration users;

    DemoReview(Panels panels, ReviewMeetings meetings, ScoreSheets sheets, Rubrics rubrics,
               UserAdministration users) {
        this.panels = panels;
        this.meetings = meetings;
        this.sheets = sheets;
        this.rubrics = rubrics;
        this.users = users;
    }

    void ensure(CallSummary call) {
        Optional<MeetingSummary> drawn = panels.ofCall(call.id()).stream()
                .filter(m -> m.status() == MeetingStatus.DRAWN).findFirst();
        CurrentUser officer = users.actingAs("officer").orElse(null);
        if (drawn.isEmpty() || officer == null) {
            log.warn("Demo data: no drawn demo review meeting to start");
            return;
        }
        MeetingSummary meeting = drawn.get();
        for (String name : List.of("expert2", "expert3")) {
            users.actingAs(name).ifPresent(expert -> {
                if (seats(meeting, expert).stream().anyMatch(s -> !s.accepted())) {
                    meetings.accept(meeting.id(), expert);
                    meetings.pledge(meeting.id(), expert);
                }
            });
        }
        meetings.start(meeting.id(), officer);
        Rubric rubric = rubrics.current(call.id());
        int submitted = 0;
        for (String name : List.of("expert1", "expert2")) {
            CurrentUser expert = users.actingAs(name).orElse(null);
            if (expert == null) {
                continue;
            }
            List<PanelSeat> mine = seats(meeting, expert);
            for (int i = 0; i < mine.size() && i < (name.equals("expert1") ? 2 : 1); i++) {
                long applicationId = mine.get(i).applicationId();
                ScoreSheet sheet = sheets.open(meeting.id(), applicationId, expert);
                SheetDraft draft = draft(rubric, sheet.version(), name.equals("expert1") ? 0.86 : 0.8 - 0.05 * i);
                if (i == 0) {
                    sheets.submit(meeting.id(), applicationId, draft, expert);
                    submitted++;
                } else {
                    sheets.save(meeting.id(), applicationId, draft, expert);
                }
            }
        }
        log.info("Demo data: review meeting {} started, {} score sheets submitted", meeting.id(), submitted);
    }

    private List<PanelSeat> seats(MeetingSummary meeting, CurrentUser expert) {
        return panels.seats(meeting.id()).stream()
                .filter(s -> s.accountId() != null && s.accountId() == expert.id()).toList();
    }

    /** Every criterion scored at {@code share} of its maximum (two decimals), with a comment. */
    private static SheetDraft draft(Rubric rubric, long version, double share) {
        Map<String, String> scores = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (Criterion c : rubric.criteria()) {
            scores.put(c.code(), c.maxPoints().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP)
                    .toPlainString());
            comments.put(c.code(), c.name() + "：符合要求，材料佐证充分。");
        }
        return new SheetDraft(scores, comments, OPINION, version);
    }
}
