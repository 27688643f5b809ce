package cn.gov.hubei.jxt.pilot.publicity;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.decision.BatchKey;
import cn.gov.hubei.jxt.pilot.decision.Decision;
import cn.gov.hubei.jxt.pilot.decision.DecisionStatus;
import cn.gov.hubei.jxt.pilot.decision.Decisions;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.notification.InboxEntry;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.Proposals.ProposalLine;
import cn.gov.hubei.jxt.pilot.review.ReviewWorld;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static cn.gov.hubei.jxt.pilot.People.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 公示 end to end on the real database: a call's review proposal (three applications of 宜昌 and 武汉, two proposed,
 * one not) turned into a notice, released with the proposal's decisions, told to exactly the people concerned, opened
 * and closed by the clock once, read without login, printed.
 */
@IntegrationTest
class PublicityTest {

    /** Tuesday before 国庆: the notice starts on Wednesday 30 September and ends on Monday 12 October. */
    static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 9, 29, 10, 0);
    static final LocalDate START = LocalDate.of(2026, 9, 30);
    static final LocalDate END = LocalDate.of(2026, 10, 12);

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired ExpertPool pool;
    @Autowired Experts experts;
    @Autowired ReviewMeetings meetings;
    @Autowired Proposals proposals;
    @Autowired Decisions decisions;
    @Autowired NoticeDrafts drafts;
    @Autowired PublicNotices notices;
    @Autowired Inbox inbox;
    @Autowired OfficeContacts contacts;
    @Autowired JdbcClient jdbc;

    ReviewWorld world;
    CurrentUser officer = ReviewWorld.officer();
    List<String> mailOf = new ArrayList<>();
    List<String> applicantOf = new ArrayList<>();

    @BeforeEach
    void proposal() {
        world = new ReviewWorld(calls, enterprises, users, clock, applications, recommendations, reviews, pool,
                experts, meetings).drawn(3, 3);
        world.start();
        // an applicant with an e-mail address beside the one who filed, for each enterprise
        for (ApplicationSummary a : world.apps) {
            String username = "pub-" + a.id() + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
            String mail = username + "@example.cn";
            users.create(new NewAccount(username, "公示测试", mail, null, Set.of(Role.APPLICANT), a.enterpriseId(),
                    null), "Publicity#2026x", false);
            applicantOf.add(username);
            mailOf.add(mail);
        }
        proposals.record(world.meeting.id(), List.of(new ProposalLine(app(0), true, null),
                new ProposalLine(app(1), true, null), new ProposalLine(app(2), false, "综合得分低于拟公示线")), officer);
        clock.set(TUESDAY);
    }

    long app(int i) {
        return world.apps.get(i).id();
    }

    long callId() {
        return world.call.id();
    }

    List<InboxEntry> told(int i, String kind) {
        return inbox.list(applicantOf.get(i), false, 50, 0).stream().filter(e -> e.kind().equals(kind)).toList();
    }

    List<String> mailsTo(int i) {
        return jdbc.sql("select subject from mail_outbox where recipient = :r order by id").param("r", mailOf.get(i))
                .query(String.class).list();
    }

    long audited(String action, long noticeId) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and target_type = 'public_notice' "
                        + "and target_id = :id").param("a", action).param("id", String.valueOf(noticeId))
                .query(Long.class).single();
    }

    @Test
    void theOfficesContactIsSavedAuditedAndTakenByTheNextDraft() {
        long audits = jdbc.sql("select count(*) from audit_entry where action = 'publicity.contact'")
                .query(Long.class).single();
        OfficeContact saved = contacts.save(new OfficeContact("湖北省经济和信息化厅", "027-87654321-801",
                "湖北省武汉市洪山区测试路1号", "objection@test.example.cn", 0), contacts.current().version(), officer);
        assertThat(saved.contactTelephone()).isEqualTo("027-87654321-801");
        assertThat(contacts.current()).isEqualTo(saved);
        // a double click with the version read before changes nothing more
        assertThat(contacts.save(new OfficeContact("湖北省经济和信息化厅", "027-87654321-801",
                "湖北省武汉市洪山区测试路1号", "objection@test.example.cn", 0), saved.version(), officer)).isEqualTo(saved);
        assertThatThrownBy(() -> contacts.save(new OfficeContact("湖北省经济和信息化厅", "027-87654322",
                "湖北省武汉市洪山区测试路1号", "objection@test.example.cn", 0), saved.version() - 1, officer))
                .isInstanceOfSatisfying(PublicityRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("publicity.contact.stale"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'publicity.contact'")
                .query(Long.class).single()).isEqualTo(audits + 1);

        PublicNotice n = drafts.create(callId(), START, officer).notice();
        assertThat(n.contactTelephone()).isEqualTo("027-87654321-801");
        assertThat(n.contactAddress()).isEqualTo("湖北省武汉市洪山区测试路1号");
        assertThat(n.body()).contains("联系电话：027-87654321-801").contains("联系地址：湖北省武汉市洪山区测试路1号")
                .contains("发送电子邮件至objection@test.example.cn");
    }

    @Test
    void aBadTelephoneOrEmailIsRefusedBesideTheFieldChangingNothing() throws Exception {
        OfficeContact before = contacts.current();
        assertThatThrownBy(() -> contacts.save(new OfficeContact("湖北省经济和信息化厅", "87654321", " ", "no-mail", 0),
                before.version(), officer))
                .isInstanceOfSatisfying(PublicityRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("contactTelephone", "publicity.contact.telephone.invalid"),
                                tuple("contactAddress", "publicity.field.missing"),
                                tuple("objectionEmail", "publicity.contact.email.invalid")));
        String page = mvc.perform(post("/publicity/contact").with(as("officer-page", Role.OFFICER)).with(csrf())
                        .param("publisher", "湖北省经济和信息化厅").param("contactTelephone", "027-8765")
                        .param("contactAddress", "湖北省武汉市").param("objectionEmail", "a@b.example.cn")
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"contactTelephone-error\"")
                .contains("请填写带区号的固定电话（如 027-87654321，分机可写作 027-87654321-801）或11位手机号码；多个号码用顿号分隔。");
        assertThat(contacts.current()).isEqualTo(before);
    }

    @Test
    void onlyTheOfficeSetsTheContact() throws Exception {
        mvc.perform(get("/publicity/contact").with(as("officer-page", Role.OFFICER))).andExpect(status().isOk());
        for (Role role : List.of(Role.RECOMMENDER, Role.APPLICANT, Role.EXPERT)) {
            mvc.perform(get("/publicity/contact").with(as("someone", role))).andExpect(status().isForbidden());
            mvc.perform(post("/publicity/contact").with(as("someone", role)).with(csrf())
                    .param("publisher", "x").param("contactTelephone", "027-87654321")
                    .param("contactAddress", "x").param("objectionEmail", "a@b.example.cn").param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        assertThatThrownBy(() -> contacts.save(contacts.current(), contacts.current().version(),
                new CurrentUser(0, "yichang-x", "yichang-x", Set.of(Role.RECOMMENDER), null, "420500", false)))
                .isInstanceOf(PublicityRefusedException.class);
    }

    @Test
    void theDraftTakesTheProposalsListTheTemplateAndThePeriod() {
        ManagedNotice draft = drafts.create(callId(), START, officer);
        PublicNotice n = draft.notice();
        assertThat(n.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(n.startDate()).isEqualTo(START);
        assertThat(n.endDate()).isEqualTo(END);
        assertThat(n.title()).isEqualTo("关于" + world.call.year() + "年湖北省智能制造试点示范项目拟认定名单的公示");
        assertThat(n.publisher()).isEqualTo("湖北省经济和信息化厅");
        assertThat(n.body()).contains("公示期为2026年9月30日至2026年10月12日（5个工作日）")
                .contains("实名").contains("书面").contains("/public/objections/new?notice=" + n.id())
                .contains("联系电话：" + contacts.current().contactTelephone())
                .contains("联系地址：" + contacts.current().contactAddress())
                .contains("发送电子邮件至" + contacts.current().objectionEmail());
        List<NoticeEntry> entries = drafts.entries(n.id(), officer);
        assertThat(entries).extracting(NoticeEntry::applicationId).containsExactlyInAnyOrder(app(0), app(1));
        assertThat(entries).extracting(NoticeEntry::position).containsExactly(1, 2);
        NoticeEntry yichang = entries.stream().filter(e -> e.applicationId() == app(0)).findFirst().orElseThrow();
        assertThat(yichang.recommenderName()).isEqualTo("宜昌市经济和信息化局");
        assertThat(yichang.projectName()).isEqualTo(world.apps.get(0).projectName());
        assertThat(yichang.enterpriseName()).isEqualTo(world.apps.get(0).enterpriseName());
        assertThat(yichang.creditCode()).hasSize(18);
        assertThat(yichang.modeCodes()).isNotEmpty();
        // nobody outside the office sees the draft, and a second draft of the call is refused
        assertThat(notices.find(n.id())).isEmpty();
        assertThat(notices.ofCall(callId())).isEmpty();
        assertThat(drafts.find(n.id(), world.asExpert(world.expertIds.get(0)))).isEmpty();
        assertThatThrownBy(() -> drafts.create(callId(), START, officer))
                .isInstanceOfSatisfying(PublicityRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("publicity.create.exists"));
    }

    @Test
    void aStartOnAHolidayInThePastOrRunningIntoAMissingYearIsRefusedBesideTheField() {
        for (var c : List.of(tuple(LocalDate.of(2026, 10, 1), "publicity.start.holiday"),
                tuple(LocalDate.of(2026, 9, 28), "publicity.start.past"),
                tuple(LocalDate.of(2026, 12, 28), "publicity.start.calendar-missing"))) {
            LocalDate start = (LocalDate) c.toArray()[0];
            assertThatThrownBy(() -> drafts.create(callId(), start, officer))
                    .isInstanceOfSatisfying(PublicityRejectedException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field, FieldProblem::code)
                            .containsExactly(tuple("startDate", c.toArray()[1])));
        }
        assertThat(drafts.all(officer)).noneMatch(m -> m.notice().callId() == callId());
    }

    @Test
    void releaseReleasesTheWholeBatchAndTellsExactlyThePeopleConcernedThenAndOnlyThen() {
        ManagedNotice draft = drafts.create(callId(), START, officer);
        long id = draft.id();
        // nothing is told before the release
        for (int i = 0; i < 3; i++) {
            assertThat(told(i, "publicity.listed")).isEmpty();
            assertThat(told(i, "publicity.not-listed")).isEmpty();
            assertThat(mailsTo(i)).isEmpty();
        }
        ReleaseAudience audience = drafts.audience(id, officer);
        assertThat(audience.proposed()).isEqualTo(2);
        assertThat(audience.notProposed()).isEqualTo(1);
        assertThat(audience.recommenders()).containsExactlyInAnyOrder("宜昌市经济和信息化局", "武汉市经济和信息化局");

        NoticeRelease release = drafts.release(id, officer);
        assertThat(release.releasedNow()).isTrue();
        assertThat(release.notice().status()).isEqualTo(NoticeStatus.RELEASED);
        assertThat(release.notice().releasedBy()).isEqualTo(officer.username());
        List<Decision> batch = decisions.ofBatch(BatchKey.of("review", "call-" + callId()), null);
        assertThat(batch).extracting(d -> d.subject().id(), Decision::outcome, Decision::status)
                .containsExactlyInAnyOrder(tuple(app(0), "PROPOSED", DecisionStatus.RELEASED),
                        tuple(app(1), "PROPOSED", DecisionStatus.RELEASED),
                        tuple(app(2), "NOT_PROPOSED", DecisionStatus.RELEASED));

        for (int i = 0; i < 2; i++) {
            assertThat(told(i, "publicity.listed")).singleElement().satisfies(e -> {
                assertThat(e.body()).contains("2026年9月30日至2026年10月12日");
                assertThat(e.link()).isEqualTo("/public/notices/" + id);
            });
            assertThat(told(i, "publicity.not-listed")).isEmpty();
            assertThat(mailsTo(i)).hasSize(1);
        }
        assertThat(told(2, "publicity.listed")).isEmpty();
        assertThat(told(2, "publicity.not-listed")).singleElement()
                .satisfies(e -> assertThat(e.body()).contains("综合得分低于拟公示线"));
        assertThat(mailsTo(2)).hasSize(1);
        // the recommenders of 宜昌 (app 0 and 2) and 武汉 (app 1), each told once of their own projects
        List<InboxEntry> yichang = inbox.list("yichang", false, 200, 0).stream()
                .filter(e -> e.kind().equals("publicity.division") && e.link().equals("/public/notices/" + id))
                .toList();
        assertThat(yichang).singleElement().satisfies(e -> assertThat(e.body())
                .contains(world.apps.get(0).enterpriseName()).contains(world.apps.get(2).enterpriseName())
                .contains("综合得分低于拟公示线").doesNotContain(world.apps.get(1).enterpriseName()));
        assertThat(inbox.list("wuhan", false, 200, 0).stream()
                .filter(e -> e.kind().equals("publicity.division") && e.link().equals("/public/notices/" + id)))
                .hasSize(1);

        // a double click changes nothing and tells nobody again
        NoticeRelease again = drafts.release(id, officer);
        assertThat(again.releasedNow()).isFalse();
        assertThat(told(0, "publicity.listed")).hasSize(1);
        assertThat(mailsTo(0)).hasSize(1);
        assertThat(audited("publicity.release", id)).isEqualTo(1);
        assertThat(notices.ofCall(callId())).map(PublicNotice::id).contains(id);
        assertThat(notices.entries(id)).hasSize(2);
    }

    @Test
    void theClockOpensAndClosesTheNoticeOnceEvenWhenAskedAtOnceFromSeveralPlaces() throws Exception {
        long id = drafts.create(callId(), START, officer).id();
        drafts.release(id, officer);
        PublicNotice released = notices.find(id).orElseThrow();
        assertThat(released.acceptsObjectionsAt(clock.instant())).isFalse();

        clock.set(START.atStartOfDay().plusSeconds(1));
        concurrently(() -> notices.find(id).orElseThrow().status());
        assertThat(notices.find(id).orElseThrow().status()).isEqualTo(NoticeStatus.OPEN);
        assertThat(notices.find(id).orElseThrow().acceptsObjectionsAt(clock.instant())).isTrue();
        assertThat(audited("publicity.open", id)).isEqualTo(1);

        clock.set(END.atTime(23, 59, 59));
        assertThat(notices.find(id).orElseThrow().status()).isEqualTo(NoticeStatus.OPEN);
        clock.set(END.plusDays(1).atStartOfDay());
        concurrently(() -> notices.published().size());
        PublicNotice closed = notices.find(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(NoticeStatus.CLOSED);
        assertThat(closed.isOverAt(clock.instant())).isTrue();
        assertThat(audited("publicity.open", id)).isEqualTo(1);
        assertThat(audited("publicity.close", id)).isEqualTo(1);
    }

    @Test
    void aReleaseOnTheStartDayOpensAtOnce() {
        clock.set(START.atTime(9, 0));
        long id = drafts.create(callId(), START, officer).id();
        assertThat(drafts.release(id, officer).notice().status()).isEqualTo(NoticeStatus.OPEN);
        assertThat(audited("publicity.open", id)).isEqualTo(1);
    }

    @Test
    void aDraftWhoseStartDayHasPassedIsNotReleased() {
        ManagedNotice draft = drafts.create(callId(), START, officer);
        clock.set(LocalDateTime.of(2026, 10, 8, 9, 0));
        assertThatThrownBy(() -> drafts.release(draft.id(), officer))
                .isInstanceOfSatisfying(PublicityRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("publicity.release.start-past"));
        assertThat(decisions.ofBatch(BatchKey.of("review", "call-" + callId()), officer))
                .allMatch(Decision::pending);
        assertThat(told(0, "publicity.listed")).isEmpty();
    }

    @Test
    void anEditMustKeepThePeriodInTheTextAndADiscardedDraftCanBeMadeAgain() {
        ManagedNotice draft = drafts.create(callId(), START, officer);
        PublicNotice n = draft.notice();
        LocalDate later = LocalDate.of(2026, 10, 9);
        assertThatThrownBy(() -> drafts.update(draft.id(), draft.version(), new NoticeChanges(n.title(), n.body(),
                n.publisher(), n.contactTelephone(), n.contactAddress(), later), officer))
                .isInstanceOfSatisfying(PublicityRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("body", "publicity.body.period-missing")));
        String body = n.body().replace("2026年9月30日", "2026年10月9日").replace("2026年10月12日", "2026年10月14日");
        ManagedNotice saved = drafts.update(draft.id(), draft.version(), new NoticeChanges("标题", body,
                n.publisher(), n.contactTelephone(), n.contactAddress(), later), officer);
        assertThat(saved.notice().endDate()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThatThrownBy(() -> drafts.discard(draft.id(), draft.version(), officer))
                .isInstanceOf(PublicityRefusedException.class);
        drafts.discard(draft.id(), saved.version(), officer);
        assertThat(drafts.find(draft.id(), officer)).isEmpty();
        assertThat(drafts.create(callId(), START, officer).notice().status()).isEqualTo(NoticeStatus.DRAFT);
    }

    @Test
    void anUpheldObjectionTakesAProjectOffWithItsReasonStillShown() throws Exception {
        long id = drafts.create(callId(), START, officer).id();
        assertThatThrownBy(() -> notices.removeEntry(id, app(0), "理由", officer))
                .isInstanceOf(PublicityRefusedException.class);
        drafts.release(id, officer);
        NoticeEntry removed = notices.removeEntry(id, app(0), "经核实，项目主要指标数据与实际不符", officer);
        assertThat(removed.listed()).isFalse();
        assertThat(notices.removeEntry(id, app(0), "另一个理由", officer).removalReason())
                .isEqualTo("经核实，项目主要指标数据与实际不符");
        assertThat(audited("publicity.remove-entry", id)).isEqualTo(1);
        String page = mvc.perform(get("/public/notices/" + id)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("<del>" + world.apps.get(0).projectName() + "</del>")
                .contains("经核实，项目主要指标数据与实际不符");
    }

    @Test
    void thePublicReadsAReleasedNoticeWithoutLoginAndADraftIsNotFound() throws Exception {
        long id = drafts.create(callId(), START, officer).id();
        mvc.perform(get("/public/notices/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/notices/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/notices/" + id + "/notice.pdf")).andExpect(status().isNotFound());
        drafts.release(id, officer);
        MockHttpServletResponse page = mvc.perform(get("/public/notices/" + id)).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(page.getHeader("Cache-Control")).isEqualTo("max-age=60, public");
        assertThat(page.getContentAsString()).contains(world.apps.get(0).projectName())
                .contains("宜昌市经济和信息化局").contains("湖北省经济和信息化厅")
                .contains("/public/objections/new?notice=" + id);
        mvc.perform(get("/public/notices")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/notices/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.notice.startDate").value("2026-09-30"))
                .andExpect(jsonPath("$.notice.endDate").value("2026-10-12"))
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.objectionPage").value("/public/objections/new?notice=" + id));
    }

    @Test
    void theNoticePrintsAsAnOfficialNoticeInWordAndPdf() throws Exception {
        long id = drafts.create(callId(), START, officer).id();
        drafts.release(id, officer);
        byte[] docx = mvc.perform(get("/public/notices/" + id + "/notice.docx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("拟认定名单的公示").contains("2026年9月30日至2026年10月12日")
                    .contains(world.apps.get(1).projectName()).contains("湖北省经济和信息化厅\n2026年9月29日");
            assertThat(doc.getTables()).hasSize(1);
            // GB/T 9704: the title in 二号 (22 pt) although the notice holds a table, the text in 三号 (16 pt)
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(doc.getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(doc.getParagraphs().get(doc.getParagraphs().size() - 1).getAlignment().name())
                    .isEqualTo("RIGHT");
        }
        byte[] pdf = mvc.perform(get("/public/notices/" + id + "/notice.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace("\n", "");
            assertThat(text).contains("2026年9月30日至2026年10月12日").contains("湖北省经济和信息化厅")
                    .contains("2026年9月29日").contains("宜昌市经济和信息化局");
        }
    }

    @Test
    void theOfficeApiDraftsAndRefusesAHolidayBesideTheField() throws Exception {
        mvc.perform(post("/api/v1/publicity/notices").with(as("officer-api", Role.OFFICER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"callId\":" + callId() + ",\"startDate\":\"2026-10-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].message").value("2026-10-01 是法定节假日（国庆节），公示期第1天须为工作日。"));
        mvc.perform(post("/api/v1/publicity/notices").with(as("officer-api", Role.OFFICER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"callId\":" + callId() + ",\"startDate\":\"2026-09-30\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notice.notice.endDate").value("2026-10-12"))
                .andExpect(jsonPath("$.entries.length()").value(2));
        mvc.perform(get("/api/v1/publicity/notices").with(as("applicant", Role.APPLICANT)))
                .andExpect(status().isForbidden());
    }

    private static void concurrently(Callable<Object> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(task));
            }
            for (Future<Object> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
