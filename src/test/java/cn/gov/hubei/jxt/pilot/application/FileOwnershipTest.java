package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * A file belongs to the application it was attached to. Every route that takes a file id — the section forms, the
 * sections of the JSON API, the downloads of the pages and the API, the 申报书 documents — is tried by enterprise A
 * with a file of enterprise B: each is refused (404, or a field error of the section with nothing saved), and B's
 * bytes are never served, not even inside A's .docx when a draft refers to them.
 */
@ApplicationIntegrationTest
class FileOwnershipTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired JdbcClient jdbc;

    Filing filing;
    Cookie sessionA;
    ApplicationScope scopeA;
    long a;
    long b;
    long ownFigure;
    long foreignFigure;
    long foreignPdf;
    byte[] foreignPng;

    @BeforeEach
    void twoEnterprisesEachWithItsApplication() throws Exception {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        CallSummary call = filing.openCall(3);
        Enterprise enterpriseA = filing.enterprise("420100");
        String applicantA = filing.applicantOf(enterpriseA);
        sessionA = filing.login(applicantA);
        scopeA = ApplicationScope.enterprise(enterpriseA.id());
        a = applications.create(call.id(), enterpriseA.id(), applicantA).id();
        byte[] ownPng = ApplicationDocumentDownloadTest.uniquePng();
        ownFigure = applications.attach(a, scopeA, FilePurpose.FIGURE, "本企业.png", new ByteArrayInputStream(ownPng),
                ownPng.length, applicantA).fileId();
        Filing.save(applications, a, scopeA, SectionKey.BASIC, Filing.basic("甲企业项目"), applicantA);
        Filing.save(applications, a, scopeA, SectionKey.IMPLEMENTATION, Filing.implementation(ownFigure), applicantA);

        Enterprise enterpriseB = filing.enterprise("420500");
        String applicantB = filing.applicantOf(enterpriseB);
        ApplicationScope scopeB = ApplicationScope.enterprise(enterpriseB.id());
        b = applications.create(call.id(), enterpriseB.id(), applicantB).id();
        foreignPng = ApplicationDocumentDownloadTest.uniquePng();
        foreignFigure = applications.attach(b, scopeB, FilePurpose.FIGURE, "乙企业机密.png",
                new ByteArrayInputStream(foreignPng), foreignPng.length, applicantB).fileId();
        foreignPdf = applications.attach(b, scopeB, FilePurpose.COMMITMENT, "乙企业承诺.pdf",
                new ByteArrayInputStream(Filing.PDF), Filing.PDF.length, applicantB).fileId();
    }

    @Test
    void theSectionFormsRefuseAFileOfAnotherEnterpriseAndSaveNothing() throws Exception {
        List<Map<String, Object>> before = sectionsOf(a);
        String implementation = "/applications/" + a + "/sections/implementation";
        String attachments = "/applications/" + a + "/sections/attachments";
        for (String field : new String[]{"commitmentFileId", "creditReportFileId", "otherFileIds[0]"}) {
            MvcResult refused = mvc.perform(form(attachments).param("action", "save").param("version", "0")
                            .param("equipment[0].name", "六轴工业机器人")
                            .param(field, String.valueOf(field.startsWith("other") ? foreignFigure : foreignPdf)))
                    .andReturn();
            assertThat(refused.getResponse().getStatus()).as(field).isEqualTo(422);
            assertThat(refused.getResponse().getContentAsString()).as(field)
                    .contains("表单引用了不属于本申报书的文件，系统没有保存任何内容。");
        }
        MvcResult figure = mvc.perform(form(implementation).param("action", "save").param("version", "1")
                        .param("parts[0].group", "DISCRETE").param("parts[0].item", "1")
                        .param("parts[0].text", "改写的说明。")
                        .param("parts[0].figures[0].fileId", String.valueOf(foreignFigure))
                        .param("parts[0].figures[0].caption", "别人的图"))
                .andReturn();
        assertThat(figure.getResponse().getStatus()).isEqualTo(422);
        assertThat(figure.getResponse().getContentAsString())
                .contains("表单引用了不属于本申报书的文件，系统没有保存任何内容。")
                .contains("该文件不属于本申报书，请重新上传。")
                .doesNotContain("/files/" + foreignFigure + "\"");
        assertThat(sectionsOf(a)).isEqualTo(before);
    }

    @Test
    void theApiRefusesAFileOfAnotherEnterpriseAndSavesNothing() throws Exception {
        List<Map<String, Object>> before = sectionsOf(a);
        String implementation = JSON.writeValueAsString(Filing.implementation(foreignFigure));
        mvc.perform(put("/api/v1/applications/" + a + "/sections/implementation").cookie(sessionA).with(csrf())
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content(implementation))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(422))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("parts[DISCRETE-1].figures[0].fileId"));
        String attachments = JSON.writeValueAsString(Filing.attachments(foreignPdf, foreignPdf));
        mvc.perform(put("/api/v1/applications/" + a + "/sections/attachments").cookie(sessionA).with(csrf())
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(attachments))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(422))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("commitmentFileId", "creditReportFileId"));
        assertThat(sectionsOf(a)).isEqualTo(before);
    }

    @Test
    void noDownloadServesAFileOfAnotherEnterprise() throws Exception {
        for (String path : List.of(
                "/applications/" + a + "/files/" + foreignFigure,
                "/applications/" + a + "/files/" + foreignPdf,
                "/applications/" + b + "/files/" + foreignFigure,
                "/api/v1/applications/" + a + "/attachments/" + foreignFigure,
                "/api/v1/applications/" + a + "/attachments/" + foreignPdf,
                "/api/v1/applications/" + b + "/attachments/" + foreignFigure)) {
            MvcResult result = mvc.perform(get(path).cookie(sessionA)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(containsBytes(result.getResponse().getContentAsByteArray(), foreignPng)).as(path).isFalse();
        }
        // A's own file is served: the refusals above are about ownership, not the route
        MvcResult own = mvc.perform(get("/applications/" + a + "/files/" + ownFigure).cookie(sessionA)).andReturn();
        assertThat(own.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aDraftThatRefersToAFileOfAnotherEnterpriseNeverEmbedsItInTheDocument() throws Exception {
        // a draft written before the save checked file ids: its figure points at B's image
        int changed = jdbc.sql("update application_section set content = replace(content, :own, :foreign) "
                        + "where application_id = :id and section_key = :key")
                .param("own", "\"fileId\":" + ownFigure).param("foreign", "\"fileId\":" + foreignFigure)
                .param("id", a).param("key", SectionKey.IMPLEMENTATION.key()).update();
        assertThat(changed).isEqualTo(1);
        assertThat(jdbc.sql("select content from application_section where application_id = ? and section_key = ?")
                .params(a, SectionKey.IMPLEMENTATION.key()).query(String.class).single())
                .contains("\"fileId\":" + foreignFigure);

        for (String path : List.of("/api/v1/applications/" + a + "/documents/application.docx",
                "/applications/" + a + "/documents/application.docx?draft=true")) {
            MvcResult result = mvc.perform(get(path).cookie(sessionA)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            byte[] docx = result.getResponse().getContentAsByteArray();
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
                assertThat(document.getAllPictures()).as(path).extracting(XWPFPictureData::getData)
                        .noneMatch(data -> Arrays.equals(data, foreignPng));
                assertThat(document.getAllPictures()).as(path).isEmpty();
            }
        }
    }

    @Test
    void theDivisionsSubmittedFilesAreReadOnlyByTheirDivisionAndTheProgrammeOffice() throws Exception {
        // the 宜昌 demo list was submitted with its stamped scan; its files are addressed by division, not by id
        Long call = jdbc.sql("select call_id from recommendation_submission where division_code = '420500' "
                + "order by id limit 1").query(Long.class).optional().orElseThrow();
        Cookie wuhan = cn.gov.hubei.jxt.pilot.Sessions.of(mvc.perform(formLogin().user("wuhan")
                .password("Demo#2020")).andReturn());
        for (String path : List.of("/recommendation/lists/420500/files/scan?call=" + call,
                "/api/v1/recommendation/calls/" + call + "/lists/420500/files/scan")) {
            assertThat(mvc.perform(get(path).cookie(wuhan)).andReturn().getResponse().getStatus()).as(path)
                    .isIn(403, 404);
            assertThat(mvc.perform(get(path).cookie(sessionA)).andReturn().getResponse().getStatus()).as(path)
                    .isIn(403, 404);
        }
        assertThat(mvc.perform(get("/recommendation/ranking/files/scan").param("call", String.valueOf(call))
                .cookie(sessionA)).andReturn().getResponse().getStatus()).isIn(403, 404);
    }

    // -------------------------------------------------------------------------------------------------------

    private MockHttpServletRequestBuilder form(String path) {
        return post(path).cookie(sessionA).with(csrf());
    }

    private List<Map<String, Object>> sectionsOf(long id) {
        return jdbc.sql("select section_key, version, content from application_section where application_id = ? "
                + "order by section_key").param(id).query().listOfRows();
    }

    static boolean containsBytes(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
