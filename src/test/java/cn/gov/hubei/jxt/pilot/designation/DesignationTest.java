package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.ReviewWorld;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The designation end to end on the real database: a released notice of three projects, one taken off after an
 * upheld objection; the publication refused while the notice runs and with broken fields, then recorded — exactly
 * the two still-listed projects designated with their exact validity, exactly their applicants and recommenders
 * told; certificates issued once, their PDF, the verification page's states, the downloads' scope; the export.
 */
@IntegrationTest
class DesignationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** Document numbers are unique in the database every test class shares. */
    static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger(
            java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 40000));

    static String number() {
        return "鄂经信装备〔2026〕" + SEQUENCE.incrementAndGet() + "号";
    }

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
    @Autowired NoticeDrafts drafts;
    @Autowired PublicNotices notices;
    @Autowired Publications publications;
    @Autowired Certificates certificates;
    @Autowired Plaques plaques;
    @Autowired DesignationExport export;
    @Autowired Designations designations;
    @Autowired JdbcClient jdbc;

    DesignationWorld world;
    final String documentNumber = number();
    final CurrentUser officer = DesignationWorld.officer();

    @BeforeEach
    void notice() {
        world = new DesignationWorld(new ReviewWorld(calls, enterprises, users, clock, applications, recommendations,
                reviews, pool, experts, meetings), clock, proposals, drafts, notices);
    }

    NewPublication form(String number, String date) {
        return new NewPublication(number, "关于认定2026年湖北省智能制造试点示范项目的通知", date, "认定文件.pdf", PDF);
    }

    /** Closes the notice with the third project taken off after an upheld objection, and publishes on 15 October. */
    Publication published() {
        clock.set(DesignationWorld.START.atTime(10, 0));
        notices.removeEntry(world.notice.id(), world.app(2).id(), "经核查，异议成立。", officer);
        world.close();
        clock.set(LocalDate.of(2026, 10, 15).atTime(10, 0));
        return publications.publish(world.notice.id(), form(documentNumber, "2026-10-15"), officer);
    }

    @Test
    void publishingIsRefusedWhileTheNoticeRunsAndWithBrokenFields() {
        assertThatThrownBy(() -> publications.publish(world.notice.id(), form(documentNumber, "2026-09-29"), officer))
                .isInstanceOfSatisfying(DesignationRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("designation.publish.notice-open"));
        assertThat(publications.phase(world.notice.id())).isEqualTo(new PublicationPhase(false, 0, null));
        world.close();
        assertThat(publications.phase(world.notice.id())).isEqualTo(new PublicationPhase(true, 0, null));
        assertThatThrownBy(() -> publications.publish(world.notice.id(),
                new NewPublication("鄂经信〔2026〕12号", " ", "2026-10-11", "x.pdf", null), officer))
                .isInstanceOfSatisfying(DesignationRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactlyInAnyOrder(
                                tuple("publishedOn", "designation.field.date.before-notice"),
                                tuple("documentNumber", "designation.field.number.invalid"),
                                tuple("title", "designation.field.title.missing"),
                                tuple("document", "designation.field.document.missing")));
        assertThatThrownBy(() -> publications.publish(world.notice.id(), form("鄂经信装备〔2025〕12号", "2026-10-14"),
                officer)).isInstanceOfSatisfying(DesignationRejectedException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(tuple("publishedOn", "designation.field.date.future"),
                        tuple("documentNumber", "designation.field.number.year")));
        assertThatThrownBy(() -> publications.publish(world.notice.id(), new NewPublication(documentNumber, "标题",
                "2026-10-13", "x.docx", "not a pdf".getBytes(StandardCharsets.UTF_8)), officer))
                .isInstanceOfSatisfying(DesignationRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("designation.field.document.kind-not-allowed"));
        CurrentUser applicant = DesignationWorld.applicant(world.app(0).enterpriseId());
        assertThatThrownBy(() -> publications.publish(world.notice.id(), form(documentNumber, "2026-10-13"), applicant))
                .isInstanceOfSatisfying(DesignationRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("designation.not-officer"));
        assertThat(publications.ofNotice(world.notice.id(), officer)).isEmpty();
    }

    @Test
    void theStillListedProjectsAreDesignatedValidThreeYearsAndExactlyTheirPeopleAreTold() {
        long before = jdbc.sql("select coalesce(max(id), 0) from notification_inbox").query(Long.class).single();
        Publication p = published();
        assertThat(p.documentNumber()).isEqualTo(documentNumber);
        assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(p.year()).isEqualTo(world.notice.year());
        List<DesignatedProject> projects = publications.projects(p.id(), officer);
        assertThat(projects).extracting(DesignatedProject::applicationId, DesignatedProject::validFrom,
                        DesignatedProject::validUntil, DesignatedProject::status, DesignatedProject::documentNumber)
                .containsExactlyInAnyOrder(
                        tuple(world.app(0).id(), LocalDate.of(2026, 10, 15), LocalDate.of(2029, 10, 14),
                                DesignationStatus.VALID, documentNumber),
                        tuple(world.app(1).id(), LocalDate.of(2026, 10, 15), LocalDate.of(2029, 10, 14),
                                DesignationStatus.VALID, documentNumber));
        assertThat(designations.ofApplication(world.app(2).id())).isEmpty();
        assertThat(designations.ofApplication(world.app(0).id())).map(DesignatedProject::projectName)
                .contains(world.app(0).projectName());

        // told: the applicants of the two designated enterprises, the recommenders of their two divisions; nobody else
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < 2; i++) {
            ApplicationSummary a = world.app(i);
            users.holders(Role.APPLICANT, a.enterpriseId(), null).forEach(u -> expected.add(u.username()));
            users.holders(Role.RECOMMENDER, null, a.divisionCode()).forEach(u -> expected.add(u.username()));
        }
        assertThat(expected).isNotEmpty();
        List<Map<String, Object>> told = jdbc.sql("""
                select username, link from notification_inbox where id > :before and kind = 'designation.designated'
                """).param("before", before).query().listOfRows();
        assertThat(told).extracting(r -> (String) r.get("username")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(told).extracting(r -> r.get("link")).containsOnly("/designations/mine");
        long audited = jdbc.sql("""
                select count(*) from audit_entry where action = 'designation.published'
                   and target_type = 'designation_publication' and target_id = :id""")
                .param("id", String.valueOf(p.id())).query(Long.class).single();
        assertThat(audited).isEqualTo(1);

        // idempotent: once per notice
        assertThatThrownBy(() -> publications.publish(world.notice.id(), form(number(), "2026-10-15"),
                officer)).isInstanceOfSatisfying(DesignationRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("designation.publish.already"));
        assertThat(publications.phase(world.notice.id()).status()).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void aTypoInTheNumberIsCorrectedUntilTheCertificatesAreIssuedOnceWithTheirSerials() throws Exception {
        Publication p = published();
        String correct = number();
        Publication corrected = publications.correctNumber(p.id(), correct, p.version(), officer);
        assertThat(corrected.documentNumber()).isEqualTo(correct);
        assertThatThrownBy(() -> publications.correctNumber(p.id(), number(), p.version(), officer))
                .isInstanceOf(DesignationRefusedException.class);
        Map<Long, Certificate> issued = certificates.issueAll(p.id(), officer);
        assertThat(issued).hasSize(2);
        assertThat(issued.values()).allSatisfy(c -> {
            assertThat(c.serial()).matches("HBZN-" + world.notice.year() + "-\\d{4}");
            assertThat(c.token()).matches("[A-Za-z0-9_-]{43}");
        });
        assertThat(certificates.issueAll(p.id(), officer)).isEqualTo(issued);
        assertThat(publications.find(p.id(), officer).orElseThrow().status()).isEqualTo(PublicationStatus.CERTIFIED);
        assertThatThrownBy(() -> publications.correctNumber(p.id(), number(), corrected.version(),
                officer)).isInstanceOfSatisfying(DesignationRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("designation.correct-number.refused"));

        DesignatedProject first = publications.projects(p.id(), officer).get(0);
        Certificate certificate = issued.get(first.id());
        try (PDDocument pdf = Loader.loadPDF(certificates.pdf(first.id(), officer))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(certificate.serial(), first.enterpriseName(), correct,
                    "2026年10月15日至2029年10月14日");
        }
    }

    @Test
    void theVerificationPageSaysValidExpiredRevokedOrReplacedAndNothingPrivate() throws Exception {
        Publication p = published();
        Map<Long, Certificate> issued = certificates.issueAll(p.id(), officer);
        List<DesignatedProject> projects = publications.projects(p.id(), officer);
        DesignatedProject first = projects.get(0);
        DesignatedProject second = projects.get(1);
        String token = issued.get(first.id()).token();
        assertThat(certificates.verify(token)).map(CertificateCheck::state).contains(CertificateCheck.State.VALID);

        String html = mvc.perform(get("/public/certificates/" + token)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-state=\"VALID\"", issued.get(first.id()).serial(), first.enterpriseName(),
                first.projectName(), documentNumber);
        assertThat(html).doesNotContain(first.creditCode(), "@example", world.review.call.title());
        mvc.perform(get("/api/v1/public/certificates/" + token)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.state").value("VALID"))
                .andExpect(jsonPath("$.serial").value(issued.get(first.id()).serial()))
                .andExpect(jsonPath("$.creditCode").doesNotExist());
        mvc.perform(get("/public/certificates/" + "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/certificates/nope")).andExpect(status().isNotFound());

        // re-issued: the old token says 已作废, the new one 有效
        Certificate fresh = certificates.reissue(first.id(), "证书遗失", officer);
        assertThat(fresh.serial()).isNotEqualTo(issued.get(first.id()).serial());
        assertThat(certificates.verify(token)).map(CertificateCheck::state).contains(CertificateCheck.State.REPLACED);
        assertThat(certificates.verify(fresh.token())).map(CertificateCheck::state)
                .contains(CertificateCheck.State.VALID);
        // revoked by a later stage
        publications.revoke(second.id(), "监测期内项目终止实施", officer);
        String revokedToken = issued.get(second.id()).token();
        assertThat(certificates.verify(revokedToken)).map(CertificateCheck::state)
                .contains(CertificateCheck.State.REVOKED);
        assertThat(publications.revoke(second.id(), "再次", officer).status()).isEqualTo(DesignationStatus.REVOKED);
        // the day after the last day of validity: expired
        clock.set(LocalDate.of(2029, 10, 14).atTime(23, 59));
        assertThat(certificates.verify(fresh.token())).map(CertificateCheck::state)
                .contains(CertificateCheck.State.VALID);
        clock.set(LocalDate.of(2029, 10, 15).atTime(0, 1));
        assertThat(certificates.verify(fresh.token())).map(CertificateCheck::state)
                .contains(CertificateCheck.State.EXPIRED);
        mvc.perform(get("/public/certificates/" + fresh.token())).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("data-state=\"EXPIRED\""));
    }

    @Test
    void aCertificateIsDownloadedByTheOfficeItsEnterpriseAndItsDivisionOnly() throws Exception {
        Publication p = published();
        certificates.issueAll(p.id(), officer);
        DesignatedProject first = of(p, world.app(0));
        ApplicationSummary own = world.app(0);
        ApplicationSummary other = world.app(1);
        String url = "/designations/projects/" + first.id() + "/certificate.pdf";
        mvc.perform(get(url).with(as(officer))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get(url).with(as(DesignationWorld.applicant(own.enterpriseId())))).andExpect(status().isOk());
        mvc.perform(get(url).with(as(DesignationWorld.recommender(own.divisionCode())))).andExpect(status().isOk());
        mvc.perform(get(url).with(as(DesignationWorld.applicant(other.enterpriseId()))))
                .andExpect(status().isNotFound());
        mvc.perform(get(url).with(as(DesignationWorld.recommender(other.divisionCode()))))
                .andExpect(status().isNotFound());
        assertThat(publications.mine(DesignationWorld.applicant(own.enterpriseId())))
                .extracting(DesignatedProject::id).containsExactly(first.id());
    }

    @Test
    void theListIsAnAttachmentLabelledAtTheTopLeftAboveItsCentredTitle() throws Exception {
        Publication p = published();
        byte[] docx = publications.listDocx(p.id(), officer);
        byte[] pdf = publications.listPdf(p.id(), officer);
        java.nio.file.Path out = java.nio.file.Path.of("target", "documents", "designation");
        java.nio.file.Files.createDirectories(out);
        java.nio.file.Files.write(out.resolve("list.docx"), docx);
        java.nio.file.Files.write(out.resolve("list.pdf"), pdf);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new ByteArrayInputStream(docx))) {
            List<org.apache.poi.xwpf.usermodel.XWPFParagraph> paragraphs = doc.getParagraphs();
            // GB/T 9704-2012 §8: 附件 on its own line at the top left in 3号黑体, the title centred under it
            assertThat(paragraphs.get(0).getText()).isEqualTo("附件");
            assertThat(paragraphs.get(0).getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
            org.apache.poi.xwpf.usermodel.XWPFRun label = paragraphs.get(0).getRuns().get(0);
            assertThat(label.getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("黑体");
            assertThat(label.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(paragraphs.get(1).getText()).isEqualTo(p.year() + "年湖北省智能制造试点示范项目名单");
            assertThat(paragraphs.get(1).getAlignment())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            assertThat(doc.getParagraphs()).noneMatch(x -> x.getText().contains(p.documentNumber()));
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> lines = stripper.getText(document).lines().map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
            assertThat(lines.subList(0, 2)).containsExactly("附件", p.year() + "年湖北省智能制造试点示范项目名单");
        }
    }

    @Test
    void plaquesAreRecordedInTheirOrder() {
        Publication p = published();
        long id = publications.projects(p.id(), officer).get(0).id();
        clock.set(LocalDate.of(2026, 11, 20).atTime(10, 0));
        assertThatThrownBy(() -> plaques.record(id, new PlaqueRecord("2026-11-01", "2026-10-30", "", "", "", "2026-11-21",
                0), officer)).isInstanceOfSatisfying(DesignationRejectedException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                        tuple("receivedOn", "designation.field.date.future"),
                        tuple("deliveredOn", "designation.plaque.delivered.before-made"),
                        tuple("deliveryMethod", "designation.plaque.method.missing"),
                        tuple("receivedByName", "designation.plaque.name.missing")));
        Plaque made = plaques.record(id, new PlaqueRecord("2026-11-01", null, null, null, null, null, 0), officer);
        assertThat(made.version()).isEqualTo(1);
        Plaque received = plaques.record(id, new PlaqueRecord("2026-11-01", "2026-11-10", "专人送达", "王明", "办公室主任",
                "2026-11-10", 1), officer);
        assertThat(received).extracting(Plaque::deliveredOn, Plaque::receivedByName, Plaque::version)
                .containsExactly(LocalDate.of(2026, 11, 10), "王明", 2L);
        assertThatThrownBy(() -> plaques.record(id, new PlaqueRecord("2026-11-01", null, null, null, null, null, 1),
                officer)).isInstanceOfSatisfying(DesignationRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("designation.stale"));
        assertThat(plaques.ofPublication(p.id(), officer)).hasSize(2);
    }

    @Test
    void theExportHasEveryColumnAMinistryRecommendationAsksForWithTheFrozenVersionsValues() throws Exception {
        Publication p = published();
        List<String> header = List.of("序号", "年度", "企业名称", "统一社会信用代码", "所属地区", "项目名称", "智能制造模式",
                "新技术应用", "项目总投资（万元）",
                "运营成本（实施前）", "运营成本（实施后）", "运营成本降低（%）",
                "产品研制周期（实施前）", "产品研制周期（实施后）", "产品研制周期缩短（%）",
                "生产效率（实施前）", "生产效率（实施后）", "生产效率提高（%）",
                "产品不良品率（实施前）", "产品不良品率（实施后）", "产品不良品率降低（%）",
                "能源利用率（实施前）", "能源利用率（实施后）", "能源利用率提高（%）",
                "典型场景（名称及全生命周期环节）", "认定文号", "有效期起", "有效期止", "状态");
        assertThat(export.header()).isEqualTo(header);
        DesignatedProject first = of(p, world.app(0));
        List<ExportRow> rows = export.rows(List.of(world.notice.year()), officer).stream()
                .filter(r -> r.designationId() == first.id()).toList();
        assertThat(rows).hasSize(1);
        ExportRow row = rows.get(0);
        assertThat(row.indicators()).extracting(ExportRow.IndicatorValue::before, ExportRow.IndicatorValue::after,
                ExportRow.IndicatorValue::change).containsExactly(tuple("1000", "800", "20.0"),
                tuple("120", "90", "25.0"), tuple("100", "125", "25.0"), tuple("2.0", "1.5", "25.0"),
                tuple("80", "88", "10.0"));

        byte[] xlsx = export.xlsx(List.of(world.notice.year()), officer);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            int headerRow = -1;
            for (Row r : sheet) {
                if ("序号".equals(format.formatCellValue(r.getCell(0)))) {
                    headerRow = r.getRowNum();
                    break;
                }
            }
            assertThat(headerRow).isGreaterThanOrEqualTo(0);
            assertThat(cells(sheet.getRow(headerRow), format, header.size())).isEqualTo(header);
            Row line = null;
            for (int i = headerRow + 1; i <= sheet.getLastRowNum(); i++) {
                if (first.creditCode().equals(format.formatCellValue(sheet.getRow(i).getCell(3)))) {
                    line = sheet.getRow(i);
                }
            }
            assertThat(line).isNotNull();
            List<String> values = cells(line, format, header.size());
            assertThat(values.subList(1, values.size())).isEqualTo(List.of(String.valueOf(world.notice.year()),
                    first.enterpriseName(), first.creditCode(), "宜昌市", first.projectName(), "离散型智能制造", "",
                    "1200.50", "1000万元/年", "800万元/年", "20.0", "120天", "90天", "25.0", "100件/小时", "125件/小时",
                    "25.0", "2.0%", "1.5%", "25.0", "80%", "88%", "10.0", "物料输送自动化（物流）", documentNumber, "2026-10-15",
                    "2029-10-14", "有效"));
        }
        CurrentUser applicant = DesignationWorld.applicant(world.app(0).enterpriseId());
        assertThatThrownBy(() -> export.rows(List.of(2026), applicant)).isInstanceOf(DesignationRefusedException.class);
    }

    /** The designated project of an application of the publication. */
    DesignatedProject of(Publication p, ApplicationSummary application) {
        return publications.projects(p.id(), officer).stream().filter(d -> d.applicationId() == application.id())
                .findFirst().orElseThrow();
    }

    static List<String> cells(Row row, DataFormatter format, int n) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(format.formatCellValue(row.getCell(i)));
        }
        return cells;
    }

    static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }
}
