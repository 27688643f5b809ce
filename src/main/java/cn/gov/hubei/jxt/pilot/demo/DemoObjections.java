package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.objection.NewObjection;
import cn.gov.hubei.jxt.pilot.objection.ObjectionCases;
import cn.gov.hubei.jxt.pilot.objection.ObjectionSubmissions;
import cn.gov.hubei.jxt.pilot.objection.ObjectionTransition;
import cn.gov.hubei.jxt.pilot.objection.SubmittedObjection;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * One objection handled by the office, on whatever public notice accepts objections when the demo is loaded: a demo
 * objector (居民身份证, a valid check digit) objects to the notice's first listed project; {@code officer} accepts it and
 * finds it unfounded (异议不成立), so the project stays on the list. Without such a notice the step waits for a later
 * start.
 */
@Component
@Profile("!prod")
class DemoObjections {

    private static final Logger log = LoggerFactory.getLogger(DemoObjections.class);

    private final ObjectProvider<PublicNotices> notices;
    private final ObjectionSubmissions submissions;
    private final ObjectionCases cases;
    private final UserAdministration users;
    private final Clock clock;
    private final DemoSteps steps;

    DemoObjections(ObjectProvider<PublicNotices> notices, ObjectionSubmissions submissions, ObjectionCases cases,
                   UserAdministration users, Clock clock, DemoSteps steps) {
        this.steps = steps;
        this.notices = notices;
        this.submissions = submissions;
        this.cases = cases;
        this.users = users;
        this.clock = clock;
    }

    /** After the other demo steps ({@link DemoData}): loaded once, when a notice accepts objections. */
    void afterStart() {
        if (target().isPresent()) {
            steps.load("objections", this::ensure);
        }
    }

    /** A notice that accepts objections now and has a listed project, if any. */
    Optional<NoticeEntry> target() {
        PublicNotices n = notices.getIfAvailable();
        if (n == null) {
            return Optional.empty();
        }
        for (PublicNotice notice : n.published()) {
            if (notice.acceptsObjectionsAt(clock.instant())) {
                Optional<NoticeEntry> listed = n.entries(notice.id()).stream().filter(NoticeEntry::listed).findFirst();
                if (listed.isPresent()) {
                    return listed;
                }
            }
        }
        return Optional.empty();
    }

    void ensure() {
        CurrentUser officer = users.actingAs("officer").orElse(null);
        NoticeEntry entry = target().orElse(null);
        if (officer == null || entry == null) {
            return;
        }
        SubmittedObjection s = submissions.submit(new NewObjection(entry.noticeId(), entry.applicationId(), "陈建华",
                "RESIDENT_ID", "11010519491231002X", null, "13907160000", "chen.jianhua@example.cn",
                "该项目申报材料称关键工序数控化率达到 85%，据了解部分产线仍以人工操作为主，请核实。", true,
                "demo-objection-1", List.of()), "127.0.0.1");
        cases.take(s.caseId(), ObjectionTransition.ACCEPT, null, null, null, officer);
        cases.addNote(s.caseId(), "调阅企业设备台账和 MES 数据，并与推荐单位现场核实。", List.of(), officer);
        cases.take(s.caseId(), ObjectionTransition.DISMISS,
                "经核查，企业关键工序数控化率为 86.2%，与申报材料一致，异议不成立。", null, null, officer);
        log.info("Demo data: objection {} to notice {} handled (dismissed)", s.receiptNumber(), entry.noticeId());
    }
}
