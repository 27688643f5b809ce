package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.SectionContent.BasicInfo;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.call.NewCall;
import cn.gov.hubei.jxt.pilot.designation.Certificates;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.NewPublication;
import cn.gov.hubei.jxt.pilot.designation.PlaqueRecord;
import cn.gov.hubei.jxt.pilot.designation.Plaques;
import cn.gov.hubei.jxt.pilot.designation.Publication;
import cn.gov.hubei.jxt.pilot.designation.Publications;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalDecision;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.meeting.MeetingApplication;
import cn.gov.hubei.jxt.pilot.meeting.MeetingParameters;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.PanelSeat;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.objection.NewObjection;
import cn.gov.hubei.jxt.pilot.objection.ObjectionCases;
import cn.gov.hubei.jxt.pilot.objection.ObjectionSubmissions;
import cn.gov.hubei.jxt.pilot.objection.ObjectionTransition;
import cn.gov.hubei.jxt.pilot.objection.SubmittedObjection;
import cn.gov.hubei.jxt.pilot.platform.PastTime;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.NoticeRelease;
import cn.gov.hubei.jxt.pilot.recommendation.RankedEntry;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.Recommendations;
import cn.gov.hubei.jxt.pilot.recommendation.RecommenderDesk;
import cn.gov.hubei.jxt.pilot.recommendation.RecommenderDesk.ConditionVerdict;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.Proposals.ProposalLine;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The demo's past year, 2025, written through the stages' own services as of the days it happened
 * ({@link PastTime}), every rule as it is: the 2025 call (closed); five applications of the demo enterprises of 武汉
 * and 宜昌 filed in March, recommended by both divisions in May, passed in formal review and proposed after the
 * review meeting of June (all five listed); the notice released on Friday {@value #NOTICE_START}, its period of five
 * working days running across 国庆 to {@value #NOTICE_END}; one objection (to 宜昌三峡's project) received on
 * 2025-09-29, accepted and found unfounded, the objector told; the notice closed by its clock; the publication
 * {@value #DOCUMENT_NUMBER} dated {@value #PUBLISHED_ON} with a signed PDF made for the demo, its five projects
 * designated from that day, certificates issued and the plaque of the first project recorded as delivered. Loaded once
 * after the start (the calendar must be loaded); the open notice of 2026 is left as it is.
 */
@Component
@Profile("!prod")
class DemoYear2025 {

    static final int YEAR = 2025;
    static final String NOTICE_START = "2025-09-26";
    static final String NOTICE_END = "2025-10-09";
    static final String DOCUMENT_NUMBER = "鄂经信装备〔2025〕87号";
    static final String PUBLISHED_ON = "2025-10-20";
    static final String TITLE = "省经信厅关于公布2025年湖北省智能制造试点示范项目名单的通知";
    static final String OBJECTOR = "刘文静";

    private static final Logger log = LoggerFactory.getLogger(DemoYear2025.class);
    /** Asia/Shanghai: +08:00 all year since 1991. */
    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    /** The demo applicants and their project of 2025 (an earlier phase of the enterprise's work). */
    static final Map<String, String> PROJECTS = Map.of(
            "qiye-wh1", "新能源汽车电机控制器柔性装配数字化车间",
            "qiye-wh2", "精密齿轮热处理智能生产线",
            "qiye-yc1", "汽车转向器壳体加工数字化车间",
            "qiye-yc2", "驱动电机定转子冲压智能生产线",
            "qiye-yc3", "铝合金压铸智能工厂（一期）");
    static final List<String> APPLICANTS = List.of("qiye-wh1", "qiye-wh2", "qiye-yc1", "qiye-yc2", "qiye-yc3");

    private final Calls calls;
    private final Enterprises enterprises;
    private final UserAdministration users;
    private final DemoApplications demoApplications;
    private final DemoEnterprises demoEnterprises;
    private final cn.gov.hubei.jxt.pilot.application.ProjectApplications applications;
    private final Recommendations recommendations;
    private final RecommenderDesk desk;
    private final FormalReviews reviews;
    private final ReviewMeetings meetings;
    private final Panels panels;
    private final Proposals proposals;
    private final NoticeDrafts drafts;
    private final ObjectionSubmissions objections;
    private final ObjectionCases cases;
    private final Publications publications;
    private final Certificates certificates;
    private final Plaques plaques;

    DemoYear2025(Calls calls, Enterprises enterprises, UserAdministration users, DemoApplications demoApplications,
                 DemoEnterprises demoEnterprises, cn.gov.hubei.jxt.pilot.application.ProjectApplications applications,
                 Recommendations recommendations, RecommenderDesk desk, FormalReviews reviews,
                 ReviewMeetings meetings, Panels panels, Proposals proposals, NoticeDrafts drafts,
                 ObjectionSubmissions objections, ObjectionCases cases, Publications publications,
                 Certificates certificates, Plaques plaques) {
        this.calls = calls;
        this.enterprises = enterprises;
        this.users = users;
        this.demoApplications = demoApplications;
        this.demoEnterprises = demoEnterprises;
        this.applications = applications;
        this.recommendations = recommendations;
        this.desk = desk;
        this.reviews = reviews;
        this.meetings = meetings;
        this.panels = panels;
        this.proposals = proposals;
        this.drafts = drafts;
        this.objections = objections;
        this.cases = cases;
        this.publications = publications;
        this.certificates = certificates;
        this.plaques = plaques;
    }

    static Instant at(String shanghaiTime) {
        return LocalDateTime.parse(shanghaiTime).toInstant(SHANGHAI);
    }

    /** Writes the year; skipped (with the reason in the log) when a call of 2025 exists already. */
    void ensure() {
        if (calls.all().stream().anyMatch(c -> c.year() == YEAR)) {
            log.info("Demo data: a call of {} exists; the demo year {} is not written", YEAR, YEAR);
            return;
        }
        CurrentUser officer = users.actingAs("officer").orElseThrow(() -> missing("officer"));
        CallSummary call = PastTime.at(at("2025-02-20T10:00"), () -> {
            CallSummary created = calls.create(new NewCall(YEAR, YEAR + "年湖北省智能制造试点示范项目遴选",
                    "按照《湖北省智能制造试点示范项目实施方案（2020版）》，组织开展" + YEAR
                            + "年湖北省智能制造试点示范项目遴选工作。",
                    at("2025-03-03T09:00"), at("2025-04-30T17:00"), at("2025-05-16T17:00"), 5, 3, "2020"),
                    DemoCall.CREATED_BY);
            return calls.publish(created.id(), DemoCall.CREATED_BY);
        });
        PastTime.run(at("2025-03-20T10:00"), () -> file(call));
        PastTime.run(at("2025-05-08T10:00"), () -> {
            recommend(call, "420100", "wuhan");
            recommend(call, DemoRecommendations.YICHANG, DemoEnterprises.YICHANG_RECOMMENDER);
        });
        PastTime.run(at("2025-05-26T10:00"), () -> {
            for (ApplicationSummary a : ofCall(call, ApplicationStatus.RECOMMENDED)) {
                reviews.decide(new FormalDecision(a.id(), a.lastVersionNo(), a.status(), FormalReviewOutcome.PASS,
                        List.of(), null, null), officer);
            }
        });
        MeetingSummary meeting = PastTime.at(at("2025-06-10T10:00"), () -> draw(call, officer));
        PastTime.run(at("2025-06-18T09:00"), () -> meetings.start(meeting.id(), officer));
        PastTime.run(at("2025-06-20T16:00"), () -> proposals.record(meeting.id(),
                panels.applications(meeting.id()).stream()
                        .map(a -> new ProposalLine(a.applicationId(), true, null)).toList(), officer));
        NoticeRelease release = PastTime.at(at("2025-09-26T09:00"),
                () -> drafts.publishDated(call.id(), LocalDate.parse(NOTICE_START), officer));
        long noticeId = release.notice().id();
        PastTime.run(at("2025-09-29T14:30"), () -> object(noticeId, officer));
        // the day after the end day: reading the notices applies the clock (OPEN → CLOSED)
        PastTime.run(at("2025-10-10T09:00"), () -> drafts.all(officer));
        Publication publication = PastTime.at(at("2025-10-20T16:00"), () -> publish(noticeId, officer));
        PastTime.run(at("2025-10-24T10:00"), () -> certificates.issueAll(publication.id(), officer));
        PastTime.run(at("2025-11-14T10:00"), () -> {
            DesignatedProject first = publications.projects(publication.id(), officer).get(0);
            plaques.record(first.id(), new PlaqueRecord("2025-11-05", "2025-11-12", "市州经信局转交",
                    "王立新", "综合办公室主任", "2025-11-12", 0), officer);
        });
        log.info("Demo data: the year {}: call {}, notice {} ({} to {}), publication {} with {} projects", YEAR,
                call.id(), noticeId, NOTICE_START, NOTICE_END, DOCUMENT_NUMBER,
                publications.projects(publication.id(), officer).size());
    }

    private void file(CallSummary call) {
        BasicInfo template = demoApplications.texts().submitted().basic();
        for (String username : APPLICANTS) {
            DemoEnterprises.DemoEnterprise d = demoEnterprises.described().stream()
                    .filter(e -> e.username().equals(username)).findFirst().orElseThrow(() -> missing(username));
            String code = UnifiedSocialCreditCode.forEnterprise(d.areaCode(), d.organizationCodeBody()).value();
            Enterprise enterprise = enterprises.findByCreditCode(code).orElseThrow(() -> missing(code));
            BasicInfo basic = new BasicInfo(template.modes(), template.otherMode(), template.technologies(),
                    PROJECTS.get(username), d.divisionCode(), d.projectAddress(), "2024-01-01", "2025-12-31",
                    d.investment(), d.summary());
            demoApplications.submitted(enterprise, call, ApplicationScope.enterprise(enterprise.id()), basic,
                    username);
        }
    }

    private void recommend(CallSummary call, String division, String recommenderName) {
        CurrentUser recommender = users.actingAs(recommenderName).orElseThrow(() -> missing(recommenderName));
        List<ApplicationSummary> submitted = applications.list(ApplicationQuery.in(ApplicationScope.division(division))
                        .call(call.id()).status(ApplicationStatus.SUBMITTED)).stream()
                .sorted(Comparator.comparing(ApplicationSummary::number)).toList();
        for (ApplicationSummary a : submitted) {
            List<ConditionVerdict> verdicts = new ArrayList<>();
            for (int c = 1; c <= 8; c++) {
                verdicts.add(new ConditionVerdict(c, "MET", c == 3 ? "已查询信用中国，无失信记录。" : null));
            }
            desk.precheck(a.id(), verdicts, recommender);
            desk.recommend(a.id(), recommender);
        }
        RecommendationList ranked = recommendations.list(call.id(), division).orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        for (RankedEntry e : ranked.entries()) {
            rows.add(List.of(e.projectName(), e.enterpriseName(), text(e.contactName()), text(e.contactPhone()),
                    text(e.remark())));
        }
        byte[] scan = new DemoImages().summaryScanPdf(YEAR + "年湖北省智能制造试点示范推荐项目汇总表",
                ranked.divisionName(), rows, "2025-05-08");
        desk.submitList(call.id(), "demo-2025-" + call.id() + "-" + division, ranked.divisionName() + "推荐汇总表（盖章）.pdf",
                new ByteArrayInputStream(scan), recommender);
    }

    private MeetingSummary draw(CallSummary call, CurrentUser officer) {
        MeetingSummary meeting = meetings.create(call.id(), new MeetingParameters(
                YEAR + "年智能制造试点示范项目专家评审会", LocalDate.parse("2025-06-18"),
                "湖北省经济和信息化厅三楼会议室", 5, 3, 5, 2), officer);
        meetings.autoGroup(meeting.id(), officer);
        meetings.draw(meeting.id(), 2025L, officer);
        for (String name : List.of("expert1", "expert2", "expert3")) {
            users.actingAs(name).ifPresent(expert -> {
                List<PanelSeat> mine = panels.seats(meeting.id()).stream()
                        .filter(s -> s.accountId() != null && s.accountId() == expert.id()).toList();
                if (!mine.isEmpty()) {
                    meetings.accept(meeting.id(), expert);
                    meetings.pledge(meeting.id(), expert);
                }
            });
        }
        return meeting;
    }

    private void object(long noticeId, CurrentUser officer) {
        NoticeEntry entry = drafts.entries(noticeId, officer).stream()
                .filter(e -> PROJECTS.get("qiye-yc1").equals(e.projectName())).findFirst()
                .orElseThrow(() -> missing("the notice's entry of qiye-yc1"));
        SubmittedObjection s = objections.submit(new NewObjection(noticeId, entry.applicationId(), OBJECTOR,
                "RESIDENT_ID", "42050219850715002X", null, "13972000000", "liu.wenjing@example.cn",
                "据了解该企业转向器壳体加工车间仍有部分工序采用人工上下料，申报材料所称全部工序自动化与实际不符，请核实。",
                true, "demo-2025-objection-1", List.of()), "127.0.0.1");
        cases.take(s.caseId(), ObjectionTransition.ACCEPT, null, null, null, officer);
        cases.addNote(s.caseId(), "请宜昌市经信局现场核实，调阅车间设备台账与生产记录。", List.of(), officer);
        cases.take(s.caseId(), ObjectionTransition.DISMISS,
                "经宜昌市经信局现场核实，企业申报的关键工序均已实现自动上下料，人工工位仅为质检复核，异议不成立。",
                null, null, officer);
    }

    private Publication publish(long noticeId, CurrentUser officer) {
        List<List<String>> rows = new ArrayList<>();
        for (NoticeEntry e : drafts.entries(noticeId, officer)) {
            if (e.listed()) {
                rows.add(List.of(e.projectName(), e.enterpriseName(), "", "", ""));
            }
        }
        byte[] signed = new DemoImages().summaryScanPdf(TITLE, DOCUMENT_NUMBER, rows, PUBLISHED_ON);
        return publications.publish(noticeId, new NewPublication(DOCUMENT_NUMBER, TITLE, PUBLISHED_ON,
                "鄂经信装备〔2025〕87号（签章）.pdf", signed), officer);
    }

    private List<ApplicationSummary> ofCall(CallSummary call, ApplicationStatus status) {
        return applications.list(ApplicationQuery.in(ApplicationScope.ALL).call(call.id()).status(status)).stream()
                .sorted(Comparator.comparing(ApplicationSummary::number)).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static IllegalStateException missing(String what) {
        return new IllegalStateException("the demo year " + YEAR + " needs " + what);
    }
}
