package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 申报书 downloaded through the API and the pages: a submitted version renders from what was frozen, for each
 * role that may read it, and never changes; the draft preview says it is one; everyone else gets 404.
 */
@ApplicationIntegrationTest
class ApplicationDocumentDownloadTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PROJECT = "数字化车间建设项目";
    static final String DRAFT_NOTICE = "本文件是尚未提交的申报书草稿的预览，不是正式申报材料；正式申报书以提交后生成的版本为准。";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired FileStore fileStore;
    @Autowired JdbcClient jdbc;

    Filing filing;
    Enterprise enterprise;
    String applicant;
    Cookie applicantSession;
    ApplicationScope scope;
    long id;
    long figureId;
    String api;

    @BeforeEach
    void aCompleteApplicationWithAProfile() throws Exception {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        CallSummary call = filing.openCall(2);
        enterprise = filing.enterprise("420100");
        applicant = filing.applicantOf(enterprise);
        applicantSession = filing.login(applicant);
        saveProfile("李明", "0");
        scope = ApplicationScope.enterprise(enterprise.id());
        id = applications.create(call.id(), enterprise.id(), applicant).id();
        complete();
        api = "/api/v1/applications/" + id + "/documents/application";
    }

    @Test
    void versionOneIsTheSameDocumentForApplicantRecommenderAndOfficerWithTheValuesAsSubmitted() throws Exception {
        applications.submit(id, scope, "doc-" + id, applicant);
        String expectedName = URLEncoder.encode("申报书-" + PROJECT + "-v1.docx", StandardCharsets.UTF_8);
        byte[] asApplicant = mvc.perform(get(api + ".docx").cookie(applicantSession))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"application-" + id
                        + "-v1.docx\"; filename*=UTF-8''" + expectedName))
                .andReturn().getResponse().getContentAsByteArray();
        Cookie recommender = filing.login(filing.account(Role.RECOMMENDER, null, "420100"));
        Cookie officer = filing.login(filing.account(Role.OFFICER, null, null));
        byte[] asRecommender = mvc.perform(get(api + ".docx").cookie(recommender)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] asOfficer = mvc.perform(get(api + ".docx").param("version", "1").cookie(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(asRecommender).isEqualTo(asApplicant);
        assertThat(asOfficer).isEqualTo(asApplicant);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(asApplicant))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            // the cover as in 附件3, without a version line
            assertThat(paragraphs.subList(0, 2)).containsExactly("湖北省智能制造试点示范项目", "申报书");
            assertThat(rows(docx.getTables().get(0))).containsExactly(
                    List.of("项目名称：", PROJECT),
                    List.of("申报单位（盖章）：", enterprise.name()),
                    List.of("推荐单位（盖章）：", "武汉市经济和信息化局"),
                    List.of("申报日期：", "2031年3月10日"));
            List<List<String>> company = rows(docx.getTables().get(1));
            assertThat(company.get(0)).containsExactly("企业名称", enterprise.name());
            assertThat(company.get(1).get(1)).isEqualTo(enterprise.creditCode());
            assertThat(company.get(4)).contains("李明");
            List<List<String>> project = rows(docx.getTables().get(2));
            assertThat(project.get(0).get(1)).startsWith("☑离散型智能制造模式　□流程型智能制造模式");
            assertThat(project).anySatisfy(row -> assertThat(row).containsSequence("项目名称", PROJECT));
            assertThat(paragraphs).contains("企业概述。", "先进性分析。", "第1项的实施情况说明。",
                    "图1　车间总体设计模型架构图");
            assertThat(docx.getAllPictures()).singleElement()
                    .satisfies(p -> assertThat(p.getData()).isEqualTo(fileStore.read(figureId)));
            List<XWPFTable> lists = docx.getTables().subList(3, docx.getTables().size());
            assertThat(rows(lists.get(1)).get(1))
                    .containsExactly("运营成本降低", "万元/年", "1000", "800", "下降20.0%", "是");
            assertThat(rows(lists.get(3)).get(1)).containsExactly("1", "六轴工业机器人", "高档数控机床与工业机器人",
                    "华中数控", "武汉华中数控股份有限公司", "国产（省内）", "12");
            assertThat(rows(lists.get(4)).get(1)).contains("ZL202010000001.1", "一种智能装配方法", "发明");
        }

        // the enterprise edits its profile and is renamed after submission: version 1 does not change
        saveProfile("王强", "1");
        jdbc.sql("update enterprise set name = ? where id = ?").param(enterprise.name() + "（更名）")
                .param(enterprise.id()).update();
        byte[] again = mvc.perform(get(api + ".docx").param("version", "1").cookie(applicantSession))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(again).isEqualTo(asApplicant);
        // while the applicant's draft preview shows the profile as it is now
        String preview = text(mvc.perform(get(api + ".docx").param("draft", "true").cookie(applicantSession))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(preview).contains("王强", enterprise.name() + "（更名）", DRAFT_NOTICE).doesNotContain("李明");
    }

    @Test
    void theProjectAddressIsPrintedOnceWhenItAlreadyNamesTheDivision() throws Exception {
        for (String[] written : new String[][] {
                {"湖北省武汉市东湖新技术开发区高新大道999号", "湖北省武汉市东湖新技术开发区高新大道999号"},
                {"东湖新技术开发区高新大道999号", "武汉市东湖新技术开发区高新大道999号"},
                {"湖北省武汉东湖新技术开发区高新大道999号", "湖北省武汉东湖新技术开发区高新大道999号"}}) {
            var basic = Filing.basic(PROJECT);
            Filing.save(applications, id, scope, SectionKey.BASIC, new SectionContent.BasicInfo(basic.modes(),
                    basic.otherMode(), basic.technologies(), basic.projectName(), "420100", written[0],
                    basic.startDate(), basic.endDate(), basic.investment(), basic.summary()), applicant);
            byte[] draft = mvc.perform(get(api + ".docx").param("draft", "true").cookie(applicantSession))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(draft))) {
                assertThat(rows(docx.getTables().get(2))).contains(List.of("项目地址", written[1]));
            }
        }
    }

    @Test
    void thePdfCarriesTheProjectName() throws Exception {
        applications.submit(id, scope, "pdf-" + id, applicant);
        byte[] pdf = mvc.perform(get(api + ".pdf").param("version", "1").cookie(applicantSession))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''"
                        + URLEncoder.encode("申报书-" + PROJECT + "-v1.pdf", StandardCharsets.UTF_8))))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains(PROJECT);
        }
    }

    @Test
    void beforeSubmissionTheApplicantGetsADraftPreviewAndTheRecommenderNothing() throws Exception {
        byte[] draft = mvc.perform(get(api + ".docx").cookie(applicantSession)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("application-" + id + "-draft.docx")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(draft)).contains("草稿预览（未提交）", DRAFT_NOTICE, PROJECT);
        Cookie recommender = filing.login(filing.account(Role.RECOMMENDER, null, "420100"));
        mvc.perform(get(api + ".docx").cookie(recommender)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(api + ".docx").param("version", "1").cookie(applicantSession))
                .andExpect(status().isNotFound());
        // the overview offers the preview
        mvc.perform(get("/applications/" + id).cookie(applicantSession))
                .andExpect(content().string(containsString("下载申报书（Word）")))
                .andExpect(content().string(containsString("下载申报书（PDF）")))
                .andExpect(content().string(containsString("/applications/" + id
                        + "/documents/application.docx?draft=true")));
        mvc.perform(get("/applications/" + id + "/documents/application.docx").param("draft", "true")
                .cookie(applicantSession)).andExpect(status().isOk());
    }

    @Test
    void everyoneOutsideTheScopeGets404() throws Exception {
        applications.submit(id, scope, "scope-" + id, applicant);
        List<Cookie> outsiders = new ArrayList<>();
        outsiders.add(filing.login(filing.applicantOf(filing.enterprise("420100"))));
        outsiders.add(filing.login(filing.account(Role.RECOMMENDER, null, "420500")));
        for (Role role : List.of(Role.EXPERT, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            outsiders.add(filing.login(filing.account(role, null, null)));
        }
        for (Cookie outsider : outsiders) {
            for (String path : List.of(api + ".docx", api + ".pdf", api + ".docx?version=1", api + ".docx?draft=true",
                    "/applications/" + id + "/documents/application.docx?version=1")) {
                mvc.perform(get(path).cookie(outsider)).andExpect(status().isNotFound());
            }
        }
        // and a guessed id for someone in scope
        mvc.perform(get("/api/v1/applications/" + (id + 100_000) + "/documents/application.docx")
                .cookie(applicantSession)).andExpect(status().isNotFound());
    }

    @Test
    void theVersionPageOffersBothDownloads() throws Exception {
        applications.submit(id, scope, "page-" + id, applicant);
        mvc.perform(get("/applications/" + id + "/versions/1").cookie(applicantSession))
                .andExpect(content().string(containsString("/applications/" + id
                        + "/documents/application.docx?version=1")))
                .andExpect(content().string(containsString("/applications/" + id
                        + "/documents/application.pdf?version=1")));
    }

    @Test
    void aDamagedFigureIsReportedNeverLeftOut() throws Exception {
        applications.submit(id, scope, "damaged-" + id, applicant);
        StoredBlobs.damage(fileStore, figureId);
        mvc.perform(get(api + ".docx").param("version", "1").cookie(applicantSession))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("插图“车间总体设计模型架构图”（文件编号" + figureId
                        + "）已损坏或无法读取，无法生成申报书。草稿请重新上传该插图；已提交的版本请联系管理员。"));
        mvc.perform(get("/applications/" + id + "/documents/application.docx").param("version", "1")
                        .cookie(applicantSession))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/applications/" + id + "/versions/1"));
    }

    // -------------------------------------------------------------------------------------------------------

    private void complete() throws IOException {
        byte[] png = uniquePng();
        figureId = applications.attach(id, scope, FilePurpose.FIGURE, "架构图.png", new ByteArrayInputStream(png),
                png.length, applicant).fileId();
        long commitment = applications.attach(id, scope, FilePurpose.COMMITMENT, "承诺.pdf",
                new ByteArrayInputStream(Filing.PDF), Filing.PDF.length, applicant).fileId();
        long credit = applications.attach(id, scope, FilePurpose.CREDIT_REPORT, "信用.pdf",
                new ByteArrayInputStream(Filing.PDF), Filing.PDF.length, applicant).fileId();
        Filing.save(applications, id, scope, SectionKey.BASIC, Filing.basic(PROJECT), applicant);
        Filing.save(applications, id, scope, SectionKey.OVERVIEW, Filing.narrative("企业概述。"), applicant);
        Filing.save(applications, id, scope, SectionKey.ADVANCEMENT, Filing.narrative("先进性分析。"), applicant);
        Filing.save(applications, id, scope, SectionKey.IMPLEMENTATION, Filing.implementation(figureId), applicant);
        Filing.save(applications, id, scope, SectionKey.SELF_ASSESSMENT, Filing.selfAssessment("75.5"), applicant);
        Filing.save(applications, id, scope, SectionKey.PLAN, Filing.plan(), applicant);
        Filing.save(applications, id, scope, SectionKey.SCENARIOS, Filing.scenarios(), applicant);
        Filing.save(applications, id, scope, SectionKey.ATTACHMENTS, Filing.attachments(commitment, credit),
                applicant);
    }

    /** A real image (the writers read its size), of its own content so that damaging it touches no other test. */
    static byte[] uniquePng() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        image.setRGB(1, 1, ThreadLocalRandom.current().nextInt(0xFFFFFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private void saveProfile(String contactName, String version) throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("foundedOn", "2008-03-18");
        p.put("nature", "PRIVATE");
        p.put("address", "湖北省武汉市东湖高新区光谷大道1号");
        p.put("contactName", contactName);
        p.put("contactTitle", "总经理");
        p.put("contactPhone", "027-12345678");
        p.put("contactMobile", "13972000001");
        p.put("contactFax", null);
        p.put("contactEmail", "contact@example.com");
        p.put("totalAssets", new BigDecimal("12345.67"));
        p.put("debtRatio", new BigDecimal("45.5"));
        p.put("creditRating", "AAA");
        p.put("lastYearSales", new BigDecimal("8000.5"));
        p.put("lastYearTax", new BigDecimal("320"));
        p.put("lastYearProfit", new BigDecimal("120.25"));
        p.put("integrationManagementPilot", true);
        p.put("smartManufacturingProject", false);
        p.put("smartManufacturingProjectName", null);
        p.put("introduction", "企业专业从事数控机床关键部件的研发和制造。");
        mvc.perform(put("/api/v1/enterprises/me/profile").cookie(applicantSession).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("If-Match", version)
                        .content(JSON.writeValueAsString(p)))
                .andExpect(status().isOk());
    }

    static String text(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(cell -> cell.getParagraphs().stream()
                    .map(XWPFParagraph::getText).collect(Collectors.joining("\n"))).toList());
        }
        return rows;
    }
}
