package cn.gov.hubei.jxt.pilot.sitevisit;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.reference.ElementConditionSet;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitFixtures.Filed;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Site visits through the real services, pages and API on the embedded database: teams and their members' access,
 * the working-day rule, the checklist of a mode, findings and photos, the leader's sign-off and the lock after it,
 * foreign ids and hostile input.
 */
@ApplicationIntegrationTest
class SiteVisitIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired InspectionTeams teams;
    @Autowired SiteVisitPlans plans;
    @Autowired SiteVisitRecords records;
    @Autowired SiteVisits siteVisits;
    @Autowired ApplicationAssignments assignments;
    @Autowired ReferenceCatalog reference;
    @Autowired Inbox inbox;
    @Autowired MessageSource messages;
    @Autowired JdbcClient jdbc;

    SiteVisitFixtures world() {
        return new SiteVisitFixtures(mvc, calls, enterprises, users, clock, applications, recommendations, reviews);
    }

    /** A call, an officer, a team for 宜昌 (leader an expert) and one application that passed formal review. */
    record Scene(SiteVisitFixtures world, CallSummary call, CurrentUser officer, CurrentUser leader,
                 InspectionTeam team, Filed filed) {
    }

    Scene scene() {
        SiteVisitFixtures world = world();
        CallSummary call = world.openCall();
        CurrentUser officer = world.user(world.account(Role.OFFICER, null));
        CurrentUser leader = world.user(world.account(Role.EXPERT, null));
        InspectionTeam team = teams.create(call.id(), "420500", "宜昌核查组" + call.id(), leader.username(), officer);
        Filed filed = world.passed(call.id(), "420500", "宜昌数字化车间");
        return new Scene(world, call, officer, leader, team, filed);
    }

    @Test
    void aVisitIsPlannedOnAWorkingDayOnly() {
        Scene s = scene();
        assertThat(problem(() -> plans.plan(s.team().id(), s.filed().id(), LocalDate.of(2026, 10, 1), s.officer())))
                .isEqualTo("2026-10-01是法定节假日（国庆节），请选择工作日。");
        assertThat(problem(() -> plans.plan(s.team().id(), s.filed().id(), LocalDate.of(2026, 5, 16), s.officer())))
                .isEqualTo("2026-05-16是休息日，请选择工作日。");
        assertThat(problem(() -> plans.plan(s.team().id(), s.filed().id(), LocalDate.of(2099, 3, 4), s.officer())))
                .isEqualTo("尚未导入2099年的节假日安排，无法确认是否为工作日。");
        assertThat(plans.ofCall(s.call().id())).isEmpty();
        // 2026-05-09 is a Saturday made a working day (劳动节调休)
        SiteVisit visit = plans.plan(s.team().id(), s.filed().id(), LocalDate.of(2026, 5, 9), s.officer());
        assertThat(visit.status()).isEqualTo(SiteVisitStatus.PLANNED);
        assertThat(visit.visitDate()).isEqualTo(LocalDate.of(2026, 5, 9));
        // planned once only
        assertThat(problem(() -> plans.plan(s.team().id(), s.filed().id(), SiteVisitFixtures.WORKING_DAY, s.officer())))
                .isEqualTo("该项目已安排实地核查。");
    }

    @Test
    void onlyApplicationsThatPassedFormalReviewOfTheTeamsDivisionArePlanned() {
        Scene s = scene();
        Filed recommended = s.world().recommended(s.call().id(), "420500", "尚未形式审查的项目");
        Filed wuhan = s.world().passed(s.call().id(), "420100", "武汉的项目");
        assertThat(problem(() -> plans.plan(s.team().id(), recommended.id(), SiteVisitFixtures.WORKING_DAY, s.officer())))
                .isEqualTo("该项目尚未通过形式审查，不能安排实地核查。");
        assertThat(problem(() -> plans.plan(s.team().id(), wuhan.id(), SiteVisitFixtures.WORKING_DAY, s.officer())))
                .isEqualTo("该项目不属于核查组负责的地区。");
        assertThat(plans.candidates(s.call().id())).extracting(a -> a.id())
                .containsExactly(wuhan.id(), s.filed().id());
        assertThatThrownBy(() -> plans.plan(s.team().id(), s.filed().id(), SiteVisitFixtures.WORKING_DAY,
                s.leader())).isInstanceOf(SiteVisitRefusedException.class);
    }

    @Test
    void theChecklistIsTheRecommendationConditionsThenTheElementConditionsOfTheApplicationsModes() {
        Scene s = scene();
        SiteVisit visit = plans.plan(s.team().id(), s.filed().id(), SiteVisitFixtures.WORKING_DAY, s.officer());
        List<ChecklistItem> items = records.read(visit.id(), s.officer()).orElseThrow().items();
        ElementConditionSet.ModeConditions discrete = reference.elementConditions("2020").orElseThrow()
                .forMode("DISCRETE").orElseThrow();
        assertThat(items).hasSize(8 + discrete.conditions().size());
        assertThat(items.get(0).grouping()).isEqualTo("推荐条件");
        assertThat(items.get(0).text()).isEqualTo("在湖北省境内注册，具有独立法人资格");
        assertThat(items.get(7).text())
                .isEqualTo("在运营成本、产品研制周期、生产效率、产品不良品率、能源利用率五个方面（预期）成效显著");
        assertThat(items.get(8).source()).isEqualTo("ELEMENT");
        assertThat(items.get(8).modeCode()).isEqualTo("DISCRETE");
        assertThat(items.get(8).grouping()).isEqualTo(discrete.mode().name());
        assertThat(items.subList(8, items.size())).extracting(ChecklistItem::text)
                .containsExactlyElementsOf(discrete.conditions().stream().map(ElementConditionSet.Condition::text).toList());
        assertThat(items).allMatch(i -> i.finding() == null);
        // a snapshot: a change of the reference text later does not alter it
        String before = items.get(8).text();
        jdbc.sql("update site_visit_item set text = text where visit_id = ?").param(visit.id()).update();
        assertThat(records.read(visit.id(), s.officer()).orElseThrow().items().get(8).text()).isEqualTo(before);
    }

    @Test
    void expertMembersReachTheVisitedApplicationsWhileOnTheTeamAndARecommenderOfAnotherDivisionIsRefused() {
        Scene s = scene();
        String expert = s.world().account(Role.EXPERT, null);
        long expertId = s.world().id(expert);
        plans.plan(s.team().id(), s.filed().id(), SiteVisitFixtures.WORKING_DAY, s.officer());
        assertThat(assignments.isAssigned(s.filed().id(), s.leader().id())).isTrue();
        teams.addMember(s.team().id(), expert, s.officer());
        assertThat(assignments.isAssigned(s.filed().id(), expertId)).isTrue();
        teams.addMember(s.team().id(), expert, s.officer()); // idempotent
        assertThat(teams.find(s.team().id()).orElseThrow().members()).hasSize(2);

        String yichang = s.world().account(Role.RECOMMENDER, "420500");
        InspectionTeam withStaff = teams.addMember(s.team().id(), yichang, s.officer());
        assertThat(withStaff.members()).extracting(InspectionTeam.TeamMember::kind)
                .containsExactly(MemberKind.EXPERT, MemberKind.EXPERT, MemberKind.DIVISION_STAFF);

        String wuhan = s.world().account(Role.RECOMMENDER, "420100");
        assertThatThrownBy(() -> teams.addMember(s.team().id(), wuhan, s.officer()))
                .isInstanceOfSatisfying(SiteVisitRejectedException.class, e -> assertThat(text(e.problems().get(0)))
                        .isEqualTo("测试 " + wuhan + "是武汉市推荐单位的人员，不能加入核查宜昌市的核查组。"));
        String applicant = s.world().filing.applicantOf(s.filed().enterprise());
        assertThatThrownBy(() -> teams.addMember(s.team().id(), applicant, s.officer()))
                .isInstanceOf(SiteVisitRejectedException.class);

        teams.removeMember(s.team().id(), expertId, s.officer());
        assertThat(assignments.isAssigned(s.filed().id(), expertId)).isFalse();
        assertThat(teams.find(s.team().id()).orElseThrow().hasMember(expertId)).isFalse();
        assertThatThrownBy(() -> teams.removeMember(s.team().id(), s.leader().id(), s.officer()))
                .isInstanceOfSatisfying(SiteVisitRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("sitevisit.member.leader-stays"));
    }

    @Test
    void theTeamRecordsTheLeaderSignsOffAndTheRecordIsLockedAfter() {
        Scene s = scene();
        CurrentUser member = s.world().user(s.world().account(Role.OFFICER, null));
        teams.addMember(s.team().id(), member.username(), s.officer());
        SiteVisit visit = plans.plan(s.team().id(), s.filed().id(), SiteVisitFixtures.WORKING_DAY, s.officer());
        List<ChecklistItem> items = records.read(visit.id(), member).orElseThrow().items();

        assertThat(problem(() -> records.recordFinding(visit.id(), items.get(0).id(), 0, Finding.UNTRUE, " ", member)))
                .isEqualTo("核查结果为基本属实或不属实时，请填写说明。");
        for (ChecklistItem item : items) {
            records.recordFinding(visit.id(), item.id(), item.version(),
                    item.position() == 2 ? Finding.MOSTLY_TRUE : Finding.TRUE,
                    item.position() == 2 ? "资产负债率略高于申报数据" : null, member);
        }
        assertThat(records.read(visit.id(), member).orElseThrow().visit().status()).isEqualTo(SiteVisitStatus.RECORDING);
        // a stale version of an item is refused, the same finding sent twice is accepted
        ChecklistItem first = records.read(visit.id(), member).orElseThrow().items().get(0);
        assertThat(records.recordFinding(visit.id(), first.id(), 0, Finding.TRUE, null, member).version())
                .isEqualTo(1);
        assertThatThrownBy(() -> records.recordFinding(visit.id(), first.id(), 0, Finding.UNTRUE, "不符", member))
                .isInstanceOf(SiteVisitRefusedException.class);
        records.addAttendee(visit.id(), "张三", "宜昌数字化车间有限公司", "总经理", member);
        records.addAttendee(visit.id(), "张三", "宜昌数字化车间有限公司", "总经理", member);
        VisitPhoto photo = records.addPhoto(visit.id(), "车间.jpg", new ByteArrayInputStream(
                SiteVisitFixtures.jpegTakenAt(LocalDateTime.of(2026, 5, 6, 10, 15, 30))), "总装车间", null, member);
        assertThat(photo.takenAt()).isEqualTo(LocalDateTime.of(2026, 5, 6, 10, 15, 30));
        assertThat(photo.fromExif()).isTrue();

        SiteVisit current = records.read(visit.id(), member).orElseThrow().visit();
        assertThatThrownBy(() -> records.signOff(visit.id(), current.version(), s.leader()))
                .isInstanceOfSatisfying(SiteVisitRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("sitevisit.sign-off.no-conclusion"));
        SiteVisit concluded = records.conclude(visit.id(), current.version(), SiteVisitConclusion.CONFIRMED_WITH_REMARKS,
                "现场情况与申报材料基本一致。", member);
        assertThatThrownBy(() -> records.signOff(visit.id(), concluded.version(), member))
                .isInstanceOfSatisfying(SiteVisitRefusedException.class,
                        e -> assertThat(text(e)).isEqualTo("只有核查组组长可以签署核查记录。"));
        SiteVisit signed = records.signOff(visit.id(), concluded.version(), s.leader());
        assertThat(signed.status()).isEqualTo(SiteVisitStatus.SIGNED_OFF);
        assertThat(records.signOff(visit.id(), concluded.version(), s.leader()).status())
                .isEqualTo(SiteVisitStatus.SIGNED_OFF);

        SiteVisitRecord record = records.read(visit.id(), s.officer()).orElseThrow();
        assertThat(record.attendees()).hasSize(1);
        assertThat(record.items().get(1).finding()).isEqualTo(Finding.MOSTLY_TRUE);
        // locked: every write refused with the same message, nothing changed
        List<Runnable> writes = List.of(
                () -> records.recordFinding(visit.id(), first.id(), first.version() + 1, Finding.UNTRUE, "改", member),
                () -> records.addAttendee(visit.id(), "李四", "单位", "职务", member),
                () -> records.removeAttendee(visit.id(), record.attendees().get(0).id(), member),
                () -> records.addPhoto(visit.id(), "a.png", new ByteArrayInputStream(SiteVisitFixtures.png()), "图",
                        LocalDateTime.of(2026, 5, 6, 9, 0), member),
                () -> records.removePhoto(visit.id(), photo.id(), member),
                () -> records.conclude(visit.id(), signed.version(), SiteVisitConclusion.NOT_CONFIRMED, "改", member),
                () -> plans.cancel(visit.id(), signed.version(), s.officer()));
        for (Runnable write : writes) {
            assertThatThrownBy(write::run).isInstanceOf(SiteVisitRefusedException.class);
        }
        assertThatThrownBy(() -> records.addAttendee(visit.id(), "李四", "单位", "职务", member))
                .isInstanceOfSatisfying(SiteVisitRefusedException.class,
                        e -> assertThat(text(e)).isEqualTo("核查记录已由组长签署，不能再修改。"));
        assertThat(records.read(visit.id(), s.officer()).orElseThrow()).isEqualTo(record);

        // the officer who planned it is told; the outcome is what other modules read
        assertThat(inbox.list(s.officer().username(), false, 10, 0).stream()
                .filter(n -> n.kind().startsWith("sitevisit."))).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("sitevisit.signed-off");
            assertThat(n.subject()).isEqualTo("现场核查已签署：宜昌数字化车间");
            assertThat(n.link()).isEqualTo("/site-visits/visits/" + visit.id());
        });
        SiteVisitOutcome outcome = siteVisits.signedOff(s.filed().id()).orElseThrow();
        assertThat(outcome.conclusion()).isEqualTo(SiteVisitConclusion.CONFIRMED_WITH_REMARKS);
        assertThat(outcome.summary()).isEqualTo("现场情况与申报材料基本一致。");
        assertThat(outcome.visitDate()).isEqualTo(SiteVisitFixtures.WORKING_DAY);
        assertThat(outcome.signedOffBy()).isEqualTo(s.leader().displayName());
        assertThat(siteVisits.signedOff(List.of(s.filed().id(), Long.MAX_VALUE))).containsOnlyKeys(s.filed().id());
    }

    @Test
    void photosAreImagesWithTheTimeTakenFromExifOrEntered() {
        Scene s = scene();
        SiteVisit visit = plans.plan(s.team().id(), s.filed().id(), SiteVisitFixtures.WORKING_DAY, s.officer());
        assertThat(problem(() -> records.addPhoto(visit.id(), "a.png", new ByteArrayInputStream(SiteVisitFixtures.png()),
                "厂区", null, s.leader()))).isEqualTo("照片没有记录拍摄时间，请填写拍摄时间。");
        VisitPhoto entered = records.addPhoto(visit.id(), "a.png", new ByteArrayInputStream(SiteVisitFixtures.png()),
                "厂区", LocalDateTime.of(2026, 5, 6, 9, 30), s.leader());
        assertThat(entered.fromExif()).isFalse();
        assertThat(entered.takenAt()).isEqualTo(LocalDateTime.of(2026, 5, 6, 9, 30));
        assertThat(problem(() -> records.addPhoto(visit.id(), "a.pdf", new ByteArrayInputStream(
                "%PDF-1.4\n%%EOF".getBytes()), "文件", LocalDateTime.of(2026, 5, 6, 9, 30), s.leader())))
                .isEqualTo("只能上传JPEG或PNG格式的照片。");
        byte[] big = new byte[(int) SiteVisitRecords.PHOTO_LIMIT + 10];
        System.arraycopy(SiteVisitFixtures.png(), 0, big, 0, SiteVisitFixtures.png().length);
        assertThat(problem(() -> records.addPhoto(visit.id(), "big.png", new ByteArrayInputStream(big), "大图",
                LocalDateTime.of(2026, 5, 6, 9, 30), s.leader()))).isEqualTo("照片不能超过10 MB。");
        assertThat(records.read(visit.id(), s.leader()).orElseThrow().photos()).containsExactly(entered);
        assertThat(records.photo(visit.id(), entered.id(), s.leader()).orElseThrow().mediaType()).isEqualTo("image/png");
    }

    @Test
    void foreignIdsAreNotFoundAndTheSignedOffRecordIsReadByThePeopleAssignedToTheApplication() throws Exception {
        Scene s = scene();
        SiteVisit visit = plans.plan(s.team().id(), s.filed().id(), SiteVisitFixtures.WORKING_DAY, s.officer());
        String stranger = s.world().account(Role.EXPERT, null);
        String panelExpert = s.world().account(Role.EXPERT, null);
        assignments.assign(s.filed().id(), s.world().id(panelExpert), "meeting-test");
        Cookie strangerSession = s.world().login(stranger);
        Cookie panelSession = s.world().login(panelExpert);
        Cookie leaderSession = s.world().login(s.leader().username());
        long itemId = records.read(visit.id(), s.leader()).orElseThrow().items().get(0).id();

        for (Cookie session : List.of(strangerSession, panelSession)) {
            assertThat(status(get("/site-visits/visits/" + visit.id()), session)).isEqualTo(404);
            assertThat(status(get("/api/v1/site-visits/visits/" + visit.id()), session)).isEqualTo(404);
            assertThat(status(put("/api/v1/site-visits/visits/" + visit.id() + "/items/" + itemId)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"finding\":\"TRUE\"}"), session))
                    .isEqualTo(404);
            assertThat(status(post("/site-visits/visits/" + visit.id() + "/items/" + itemId).param("version", "0")
                    .param("finding", "TRUE"), session)).isEqualTo(404);
            assertThat(status(get("/site-visits/visits/" + visit.id() + "/sheet.docx"), session)).isEqualTo(404);
        }
        assertThat(status(get("/site-visits"), strangerSession)).isEqualTo(403);
        assertThat(status(get("/api/v1/site-visits/visits/" + Long.MAX_VALUE), leaderSession)).isEqualTo(404);
        assertThat(status(get("/site-visits/visits/" + visit.id()), leaderSession)).isEqualTo(200);
        assertThat(status(get("/site-visits"), leaderSession)).isEqualTo(200);
        assertThat(status(get("/site-visits/teams/" + s.team().id()), leaderSession)).isEqualTo(403);
        assertThat(records.read(visit.id(), s.leader()).orElseThrow().items().get(0).finding()).isNull();

        // hostile input: a NUL byte in a note is refused, nothing recorded
        int nul = status(post("/site-visits/visits/" + visit.id() + "/items/" + itemId).param("version", "0")
                .param("finding", "UNTRUE").param("note", "a\u0000b"), leaderSession);
        assertThat(nul).isEqualTo(400);
        int nulApi = status(put("/api/v1/site-visits/visits/" + visit.id() + "/items/" + itemId)
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"finding\":\"UNTRUE\",\"note\":\"a\\u0000b\"}"),
                leaderSession);
        assertThat(nulApi).isEqualTo(400);
        assertThat(records.read(visit.id(), s.leader()).orElseThrow().items().get(0).finding()).isNull();
        // a broken rule through the API: 422 with the message beside the field
        String body = mvc.perform(put("/api/v1/site-visits/visits/" + visit.id() + "/items/" + itemId).cookie(leaderSession)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"finding\":\"UNTRUE\"}"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"field\":\"note\"").contains("核查结果为基本属实或不属实时，请填写说明。");

        // signed off: the panel's expert reads it, the stranger still does not
        for (ChecklistItem item : records.read(visit.id(), s.leader()).orElseThrow().items()) {
            records.recordFinding(visit.id(), item.id(), item.version(), Finding.TRUE, null, s.leader());
        }
        SiteVisit concluded = records.conclude(visit.id(), 0, SiteVisitConclusion.CONFIRMED, "属实。", s.leader());
        records.signOff(visit.id(), concluded.version(), s.leader());
        assertThat(status(get("/site-visits/visits/" + visit.id()), panelSession)).isEqualTo(200);
        assertThat(status(get("/api/v1/site-visits/visits/" + visit.id()), panelSession)).isEqualTo(200);
        assertThat(status(get("/site-visits/visits/" + visit.id()), strangerSession)).isEqualTo(404);
        assertThat(status(put("/api/v1/site-visits/visits/" + visit.id() + "/items/" + itemId)
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"finding\":\"TRUE\"}"), leaderSession))
                .isEqualTo(409);
    }

    @Test
    void eachItemsFindingSavesOnItsOwnOnTheRecordPageAndAStaleSaveIsRefusedWith409() throws Exception {
        Scene s = scene();
        SiteVisit visit = plans.plan(s.team().id(), s.filed().id(), SiteVisitFixtures.WORKING_DAY, s.officer());
        List<ChecklistItem> items = records.read(visit.id(), s.leader()).orElseThrow().items();
        ChecklistItem first = items.get(0);
        ChecklistItem second = items.get(1);
        Cookie session = s.world().login(s.leader().username());

        MockHttpServletResponse saved = autosave(visit, first, session, 0, "TRUE", "");
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getContentAsString()).contains("已保存 10:00:00")
                .contains("id=\"item-" + first.id() + "-version\"").contains("value=\"1\"")
                .contains("id=\"visit-status\"").contains("记录中");
        MockHttpServletResponse other = autosave(visit, second, session, 0, "MOSTLY_TRUE", "资产负债率略高于申报数据");
        assertThat(other.getStatus()).isEqualTo(200);
        List<ChecklistItem> both = records.read(visit.id(), s.leader()).orElseThrow().items();
        assertThat(both.get(0).finding()).isEqualTo(Finding.TRUE);
        assertThat(both.get(0).version()).isEqualTo(1);
        assertThat(both.get(1).finding()).isEqualTo(Finding.MOSTLY_TRUE);
        assertThat(both.get(1).note()).isEqualTo("资产负债率略高于申报数据");
        assertThat(both.get(1).version()).isEqualTo(1);

        // a save from a page that read the first item before the save above: 409 with the message, nothing changed
        MockHttpServletResponse stale = autosave(visit, first, session, 0, "UNTRUE", "与申报不符");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("该项已由" + s.leader().username() + "修改，请刷新后重试。");
        // a broken rule: the message in the item's status line, nothing changed
        MockHttpServletResponse broken = autosave(visit, second, session, 1, "UNTRUE", " ");
        assertThat(broken.getStatus()).isEqualTo(200);
        assertThat(broken.getContentAsString()).doesNotContain("已保存");
        assertThat(broken.getContentAsString()).contains("核查结果为基本属实或不属实时，请填写说明。");
        assertThat(records.read(visit.id(), s.leader()).orElseThrow().items()).isEqualTo(both);

        // without JavaScript the item's form posts as before: back to the page with the message
        ChecklistItem third = items.get(2);
        int plain = mvc.perform(post("/site-visits/visits/" + visit.id() + "/items/" + third.id())
                        .param("version", "0").param("finding", "TRUE").cookie(session).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(plain).isEqualTo(302);
        assertThat(records.read(visit.id(), s.leader()).orElseThrow().items().get(2).finding()).isEqualTo(Finding.TRUE);
    }

    @Test
    void teamMembersFindTheOpenVisitsOfTheirTeamsOnTheirHomePage() throws Exception {
        Scene s = scene();
        String recommender = s.world().account(Role.RECOMMENDER, "420500");
        teams.addMember(s.team().id(), recommender, s.officer());
        SiteVisit visit = plans.plan(s.team().id(), s.filed().id(), SiteVisitFixtures.WORKING_DAY, s.officer());
        String stranger = s.world().account(Role.EXPERT, null);

        for (String member : List.of(s.leader().username(), recommender)) {
            String home = home(member);
            assertThat(home).contains("id=\"open-site-visits\"")
                    .contains("href=\"/site-visits/visits/" + visit.id() + "\"")
                    .contains(visit.applicationNumber() + " 宜昌数字化车间").contains("2026-05-06")
                    .contains(s.team().name()).contains("已计划");
        }
        assertThat(home(stranger)).doesNotContain("open-site-visits");

        plans.cancel(visit.id(), visit.version(), s.officer());
        assertThat(home(s.leader().username())).doesNotContain("open-site-visits");
    }

    @Test
    void aBrokenRuleOfThePlanFormStandsBesideItsFieldWithTheFormAsSent() throws Exception {
        Scene s = scene();
        Cookie session = s.world().login(s.officer().username());
        MockHttpServletResponse page = mvc.perform(post("/site-visits/visits").param("call", String.valueOf(s.call().id()))
                        .param("teamId", String.valueOf(s.team().id())).param("applicationId", String.valueOf(s.filed().id()))
                        .param("date", "2026-05-01").cookie(session).with(csrf()))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .containsPattern("<div id=\"plan-date-error\"[^>]*>2026-05-01是法定节假日（劳动节），请选择工作日。</div>")
                .doesNotContain("id=\"team-name-error\"").contains("value=\"2026-05-01\"");
        assertThat(plans.ofCall(s.call().id())).isEmpty();
    }

    private MockHttpServletResponse autosave(SiteVisit visit, ChecklistItem item, Cookie session, int version,
                                             String finding, String note) throws Exception {
        return mvc.perform(post("/site-visits/visits/" + visit.id() + "/items/" + item.id())
                        .header("HX-Request", "true").param("version", String.valueOf(version))
                        .param("finding", finding).param("note", note).cookie(session).with(csrf()))
                .andReturn().getResponse();
    }

    private String home(String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/").cookie(world().login(username)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                       Cookie session) throws Exception {
        return mvc.perform(request.cookie(session).with(csrf())).andReturn().getResponse().getStatus();
    }

    private String problem(Supplier<?> action) {
        try {
            action.get();
        } catch (SiteVisitRejectedException e) {
            return text(e.problems().get(0));
        }
        throw new AssertionError("not rejected");
    }

    private String text(org.springframework.context.MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, Locale.SIMPLIFIED_CHINESE);
    }
}
