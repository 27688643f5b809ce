package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.People;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.decision.BatchKey;
import cn.gov.hubei.jxt.pilot.decision.Decision;
import cn.gov.hubei.jxt.pilot.decision.DecisionSubject;
import cn.gov.hubei.jxt.pilot.decision.Decisions;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ConflictDeclarations;
import cn.gov.hubei.jxt.pilot.expert.ConflictKind;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.review.Proposals.ProposalLine;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scoring a meeting on the real database: three experts on three applications, sheets saved, submitted, left as a
 * draft and blocked by a declared conflict; the aggregated results with exact values, the proposal as pending
 * decisions nobody outside the office sees, unlocking, and the documents opened with POI.
 */
@IntegrationTest
class ScoringTest {

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
    @Autowired Panels panels;
    @Autowired ConflictDeclarations declarations;
    @Autowired ScoreSheets sheets;
    @Autowired ReviewResults results;
    @Autowired Proposals proposals;
    @Autowired ReviewDocuments documents;
    @Autowired Decisions decisions;
    @Autowired Inbox inbox;
    @Autowired JdbcClient jdbc;

    ReviewWorld world;
    long m;
    long app1;
    long app2;
    long app3;
    CurrentUser a;
    CurrentUser b;
    CurrentUser c;
    final CurrentUser officer = ReviewWorld.officer();

    @BeforeEach
    void world() {
        world = new ReviewWorld(calls, enterprises, users, clock, applications, recommendations, reviews, pool,
                experts, meetings).drawn(3, 3);
        m = world.meeting.id();
        app1 = world.apps.get(0).id();
        app2 = world.apps.get(1).id();
        app3 = world.apps.get(2).id();
        a = world.asExpert(world.expertIds.get(0));
        b = world.asExpert(world.expertIds.get(1));
        c = world.asExpert(world.expertIds.get(2));
    }

    static SheetDraft draft(long version, String opinion, String... scores) {
        String[] codes = {"ADVANCEMENT", "ELEMENTS", "IMPLEMENTATION", "AUTONOMY", "PROMOTION", "GROWTH"};
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            map.put(codes[i], scores[i]);
        }
        return new SheetDraft(map, Map.of("ADVANCEMENT", "技术处于国内先进水平"), opinion, version);
    }

    ScoreSheet submit(CurrentUser expert, long app, String... scores) {
        ScoreSheet sheet = sheets.open(m, app, expert);
        return sheets.submit(m, app, draft(sheet.version(), "同意推荐。", scores), expert);
    }

    void scoreTheMeeting() {
        world.start();
        submit(a, app1, "18", "18", "22", "9", "14", "9");
        submit(b, app1, "16", "16", "20", "8", "12", "8");
        submit(c, app1, "17", "17", "21", "8.5", "13", "8.5");
        submit(a, app2, "15", "15", "24", "8", "11", "7");
        submit(b, app2, "17", "18", "23", "9.5", "13.5", "9");
        ScoreSheet draft = sheets.open(m, app2, c);
        sheets.save(m, app2, new SheetDraft(Map.of("ADVANCEMENT", "10"), Map.of(), null, draft.version()), c);
        declarations.declare(world.expertIds.get(2), app3, ConflictKind.OTHER, "曾为该企业提供咨询", c);
        submit(a, app3, "14", "14", "17", "7", "11", "7");
        submit(b, app3, "12", "12", "15", "6", "9", "6");
    }

    String nameOf(long expertId) {
        return panels.seats(m).stream().filter(s -> s.expertId() == expertId).findFirst().orElseThrow().expertName();
    }

    static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    @Test
    void theResultsAreTheTrimmedMeansRankedByTheRubricWithSpreadZScoresAndMissingSheets() {
        scoreTheMeeting();
        MeetingResults r = results.results(m, officer);
        assertThat(r.rows()).extracting(ResultRow::applicationId, ResultRow::rank, ResultRow::groupRank,
                        row -> String.valueOf(row.score()), ResultRow::submitted, ResultRow::seats)
                .containsExactly(tuple(app2, 1, 1, "85.00", 2, 3), tuple(app1, 2, 2, "85.00", 3, 3),
                        tuple(app3, 3, 3, "65.00", 2, 2));
        ResultRow first = r.rows().get(1);
        assertThat(first.range()).hasToString("10.00");
        assertThat(first.standardDeviation()).hasToString("4.08");
        assertThat(first.normalised()).hasToString("0.75");
        assertThat(r.rows().get(0).normalised()).hasToString("0.53");
        assertThat(r.rows().get(2).normalised()).hasToString("-1.28");
        assertThat(r.rows().get(0).missingExperts()).containsExactly(nameOf(world.expertIds.get(2)));
        assertThat(r.rows().get(2).missingExperts()).as("the conflicted seat is given up").isEmpty();
        assertThat(r.rows().get(0).late()).isFalse();
        assertThat(r.rows()).allMatch(row -> !row.spreadFlagged());
        assertThat(r.rows()).extracting(ResultRow::cityRank).containsExactly(1, 1, 2);
        assertThat(r.rows()).allMatch(row -> row.siteVisit() == null);

        results.setThresholds(m, "9.99", "", officer);
        assertThat(results.results(m, officer).rows()).allMatch(row -> row.rangeFlagged() && !row.sdFlagged());
        assertThatThrownBy(() -> results.setThresholds(m, "abc", "1000", officer))
                .isInstanceOfSatisfying(ReviewRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("rangeThreshold", "sdThreshold"));

        world.close();
        MeetingResults closed = results.results(m, officer);
        assertThat(closed.rows().get(0).late()).isTrue();
        assertThat(closed.rows().get(1).late()).isFalse();
        assertThatThrownBy(() -> results.results(m, c)).isInstanceOf(ReviewNotFoundException.class);
    }

    @Test
    void aSheetIsSavedWithItsVersionSubmittedOnceCompleteAndUnlockedByTheOfficeWithAReason() throws Exception {
        ScoreSheet sheet = sheets.open(m, app1, a);
        assertThat(sheet.status()).isEqualTo(SheetStatus.DRAFT);
        assertThatThrownBy(() -> sheets.save(m, app1, draft(sheet.version(), null, "18"), a))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("review.sheet.not-started"));
        world.start();
        ScoreSheet saved = sheets.save(m, app1, draft(sheet.version(), null, "18"), a);
        assertThat(saved.version()).isEqualTo(sheet.version() + 1);
        assertThatThrownBy(() -> sheets.save(m, app1, draft(sheet.version(), null, "19"), a))
                .isInstanceOf(StaleSheetException.class);
        assertThatThrownBy(() -> sheets.submit(m, app1, draft(saved.version(), null, "18"), a))
                .isInstanceOf(ReviewRejectedException.class);
        assertThat(sheets.open(m, app1, a).version()).as("a refused submit saves nothing").isEqualTo(saved.version());
        ScoreSheet submitted = sheets.submit(m, app1,
                draft(saved.version(), "同意。", "18.5", "17.25", "22", "8", "12.75", "9"), a);
        assertThat(submitted.status()).isEqualTo(SheetStatus.SUBMITTED);
        assertThat(submitted.total()).hasToString("87.50");
        assertThatThrownBy(() -> sheets.save(m, app1, draft(submitted.version(), null, "1"), a))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("review.sheet.submit.refused"));
        assertThatThrownBy(() -> sheets.unlock(submitted.id(), " ", submitted.version(), officer))
                .isInstanceOf(ReviewRejectedException.class);
        assertThat(new RubricsProbe(jdbc).locked(world.call.id())).isTrue();

        ScoreSheet unlocked = sheets.unlock(submitted.id(), "第三项评分与意见不一致", submitted.version(), officer);
        assertThat(unlocked.status()).isEqualTo(SheetStatus.DRAFT);
        assertThat(unlocked.total()).isNull();
        assertThat(sheets.history(submitted.id(), officer)).extracting(ScoreSheets.SheetChange::transition,
                ScoreSheets.SheetChange::reason).containsExactly(tuple(SheetTransition.SUBMIT, null),
                tuple(SheetTransition.UNLOCK, "第三项评分与意见不一致"));
        assertThat(inbox.list(a.username(), true, 10, 0)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo("review.sheet-unlocked");
            assertThat(n.body()).contains("第三项评分与意见不一致");
            assertThat(n.link()).isEqualTo("/review/meetings/" + m + "/applications/" + app1);
        });
        assertThat(jdbc.sql("select count(*) from audit_entry where action in ('review.sheet-submitted', "
                        + "'review.sheet-unlocked') and target_id = :id").param("id", String.valueOf(submitted.id()))
                .query(Long.class).single()).isEqualTo(2);
        assertThatThrownBy(() -> sheets.unlock(submitted.id(), "再次", submitted.version(), officer))
                .isInstanceOf(ReviewRefusedException.class);
    }

    @Test
    void anExpertWithAConflictOrWithoutASeatNeverReachesTheApplication() throws Exception {
        world.start();
        declarations.declare(world.expertIds.get(2), app3, ConflictKind.OTHER, "曾为该企业提供咨询", c);
        CurrentUser outsider = world.asExpert(world.expert("未入选专家"));
        for (CurrentUser expert : List.of(c, outsider)) {
            assertThatThrownBy(() -> sheets.open(m, app3, expert)).isInstanceOf(ReviewNotFoundException.class);
            mvc.perform(get("/review/meetings/{m}/applications/{a}", m, app3).with(as(expert)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/review/meetings/{m}/applications/{a}/sheet", m, app3).with(as(expert)))
                    .andExpect(status().isNotFound());
            mvc.perform(put("/api/v1/review/meetings/{m}/applications/{a}/sheet", m, app3).with(as(expert))
                            .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"scores\":{\"ADVANCEMENT\":\"10\"},\"version\":0}"))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("select count(*) from review_sheet where meeting_id = :m and application_id = :a")
                .param("m", m).param("a", app3).query(Long.class).single()).isZero();
        ScoreSheet mine = sheets.open(m, app1, c);
        mvc.perform(get("/review/sheets/{id}/sheet.docx", mine.id()).with(as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/review/meetings/{m}/applications/{a}", m, app1).with(as(c)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("实施成效（满分 25.00）")))
                .andExpect(content().string(containsString("预审符合")))
                .andExpect(content().string(containsString("尚无已签署的现场核查")));
    }

    @Test
    void theProposalIsRecordedAsPendingDecisionsThatNobodyOutsideTheOfficeSees() throws Exception {
        scoreTheMeeting();
        assertThatThrownBy(() -> proposals.record(m, List.of(new ProposalLine(app2, true, null),
                new ProposalLine(app3, false, " ")), officer))
                .isInstanceOfSatisfying(ReviewRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("lines[1].reason"));
        String group = panels.applications(m).get(0).groupName();
        List<Proposal> recorded = proposals.record(m, List.of(new ProposalLine(app2, true, null),
                new ProposalLine(app1, true, null), new ProposalLine(app3, false, "得分低于拟公示线")), officer);
        assertThat(recorded).extracting(Proposal::applicationId, Proposal::proposed, Proposal::status)
                .containsExactly(tuple(app2, true, "PENDING"), tuple(app1, true, "PENDING"),
                        tuple(app3, false, "PENDING"));
        BatchKey batch = BatchKey.of("review", "call-" + world.call.id());
        List<Decision> pending = decisions.ofBatch(batch, officer);
        assertThat(pending).extracting(d -> d.subject().id(), Decision::kind, Decision::outcome, Decision::reason)
                .containsExactlyInAnyOrder(tuple(app2, "review.proposal", "PROPOSED", null),
                        tuple(app1, "review.proposal", "PROPOSED", null),
                        tuple(app3, "review.proposal", "NOT_PROPOSED", "得分低于拟公示线"));
        Decision top = pending.stream().filter(d -> d.subject().id() == app2).findFirst().orElseThrow();
        assertThat(top.payload()).contains("\"rank\": 1").contains("\"groupRank\": 1").contains("\"score\": \"85.00\"")
                .contains("\"group\": \"" + group + "\"");
        assertThat(results.results(m, officer).rows().get(0).proposal().proposed()).isTrue();

        ApplicationSummary application = world.apps.get(1);
        String applicant = "applicant-of-" + application.id();
        CurrentUser applicantUser = new CurrentUser(0, applicant, applicant, Set.of(Role.APPLICANT),
                application.enterpriseId(), null, false);
        CurrentUser recommender = new CurrentUser(0, "wuhan", "wuhan", Set.of(Role.RECOMMENDER), null, "420100",
                false);
        for (CurrentUser outsider : List.of(applicantUser, recommender, a)) {
            assertThat(decisions.ofSubject(DecisionSubject.of("review", "application", app2), outsider)).isEmpty();
            assertThat(decisions.ofBatch(batch, outsider)).isEmpty();
            assertThat(proposals.of(m, outsider)).isEmpty();
            mvc.perform(get("/api/v1/review/meetings/{m}/proposals", m).with(as(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/review/meetings/{m}/results", m).with(as(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/applications/{id}", app2).with(as(outsider)))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("拟公示"))));
        }
        mvc.perform(get("/review/meetings/{m}/results", m).with(People.as("officer", Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("得分低于拟公示线")))
                .andExpect(content().string(containsString("85.00")));
        mvc.perform(post("/api/v1/review/meetings/{m}/proposals", m).with(People.as("officer", Role.OFFICER))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\":[{\"applicationId\":" + app3 + ",\"proposed\":false}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].reason"));
    }

    @Test
    void theDocumentsCarryTheSheetAndTheSummaryExactly() throws Exception {
        scoreTheMeeting();
        ScoreSheet sheet = sheets.open(m, app1, a);
        byte[] docx = documents.sheetDocx(sheet.id(), a);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("湖北省智能制造试点示范项目专家评分表", "评审意见", "同意推荐。",
                    "专家签名", world.apps.get(0).number());
            XWPFTable grid = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("序号")).findFirst().orElseThrow();
            assertThat(grid.getRow(0).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("序号", "评分指标", "满分", "得分", "评价");
            assertThat(grid.getRow(3).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("3", "实施成效", "25.00", "22.00", "");
            assertThat(grid.getRow(7).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("", "合计", "100.00", "90.00", "");
        }
        assertThatThrownBy(() -> documents.sheetDocx(sheet.id(), b)).isInstanceOf(ReviewNotFoundException.class);

        byte[] xlsx = documents.summaryXlsx(m, officer);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet overall = book.getSheet("总排名");
            assertThat(overall).isNotNull();
            int header = -1;
            for (int i = 0; i <= overall.getLastRowNum(); i++) {
                if (overall.getRow(i) != null && "组内排名".equals(overall.getRow(i).getCell(0).toString())) {
                    header = i;
                    break;
                }
            }
            assertThat(header).isGreaterThanOrEqualTo(0);
            var first = overall.getRow(header + 1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo(world.apps.get(1).number());
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(85.00);
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("2/3");
            assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(0.53);
            assertThat(first.getCell(13).getStringCellValue()).isEqualTo(nameOf(world.expertIds.get(2)));
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("尚无已签署的现场核查");
            assertThat(overall.getPrintSetup().getLandscape()).isTrue();
        }
        byte[] summary = documents.summaryDocx(m, officer);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(summary));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("湖北省智能制造试点示范项目评审汇总表", "总排名", "实施成效得分高者在前",
                    "评审组长签名");
        }
        assertThatThrownBy(() -> documents.summaryXlsx(m, a)).isInstanceOf(ReviewNotFoundException.class);
    }

    /** Reads whether the call's current rubric is locked. */
    record RubricsProbe(JdbcClient jdbc) {
        boolean locked(long callId) {
            return jdbc.sql("select locked_at is not null from review_rubric where call_id = :c order by version desc "
                    + "limit 1").param("c", callId).query(Boolean.class).single();
        }
    }
}
