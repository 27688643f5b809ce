package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationIntegrationTest
class ApplicationApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired cn.gov.hubei.jxt.pilot.files.FileStore fileStore;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Filing filing;
    CallSummary call;
    Enterprise enterprise;
    String applicant;
    Cookie session;

    @BeforeEach
    void anApplicant() throws Exception {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        call = filing.openCall(3);
        enterprise = filing.enterprise("420100");
        applicant = filing.applicantOf(enterprise);
        session = filing.login(applicant);
    }

    @Test
    void everyProblemAnswerHasItsStatusTitleAndDetailAndBrokenRulesTheirFieldsIn422() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        String path = "/api/v1/applications/" + id + "/sections/";
        String basic = JSON.writeValueAsString(Filing.basic("项目"));
        mvc.perform(put(path + "basic").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(basic))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.status").value(428))
                .andExpect(jsonPath("$.title").value("缺少或错误的版本号"))
                .andExpect(jsonPath("$.detail").value("请在If-Match请求头中给出所读取的版本号（未保存过的部分为\"0\"）。"));
        mvc.perform(put(path + "basic").cookie(session).with(csrf()).header("If-Match", "\"-1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(basic))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("缺少或错误的版本号"))
                .andExpect(jsonPath("$.detail").value("If-Match请求头中的版本号应为非负整数，例如\"3\"。"));
        String tooLong = JSON.writeValueAsString(new SectionContent.Narrative("智".repeat(20001)));
        mvc.perform(put(path + "overview").cookie(session).with(csrf()).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON).content(tooLong))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.title").value("内容不符合要求"))
                .andExpect(jsonPath("$.detail").value("有1处内容不符合要求，未保存。"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("不能超过20000字（现为20001字）。"));
        mvc.perform(get("/api/v1/applications/" + Long.MAX_VALUE).cookie(session))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("找不到申报书"))
                .andExpect(jsonPath("$.detail").value("没有编号为" + Long.MAX_VALUE + "的申报书，或您无权查看。"));
    }

    /**
     * A section stored unreadable (written by hand in the database) is the server's fault: a logged 500, not the 400
     * that tells the client its own body was unreadable.
     */
    @Test
    void aStoredSectionThatDoesNotReadIsTheServersFaultNotTheClients() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        String path = "/api/v1/applications/" + id + "/sections/overview";
        mvc.perform(put(path).cookie(session).with(csrf()).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(new SectionContent.Narrative("概述"))))
                .andExpect(status().isOk());
        jdbc.sql("update application_section set content = 'plain text, not JSON' "
                + "where application_id = ? and section_key = 'overview'").param(id).update();

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> mvc.perform(get(path).cookie(session)));
        while (failure != null && !(failure instanceof IllegalStateException)) {
            failure = failure.getCause();
        }
        assertThat(failure).as("an IllegalStateException in the causes").isNotNull()
                .hasMessageStartingWith("Stored JSON does not read: a stored OVERVIEW section, as its content");
    }

    /**
     * Another enterprise's application is not found (404) whatever the request holds — no version, a wrong version,
     * a body of the wrong shape or a valid one — and nothing is written: the request is not judged before the
     * application is found in the caller's scope.
     */
    @Test
    void anotherEnterprisesSectionIsNotFoundBeforeTheRequestIsJudgedAndNothingIsWritten() throws Exception {
        Enterprise other = filing.enterprise("420500");
        long theirs = applications.create(call.id(), other.id(), filing.applicantOf(other)).id();
        String path = "/api/v1/applications/" + theirs + "/sections/overview";
        String valid = JSON.writeValueAsString(new SectionContent.Narrative("概述"));
        mvc.perform(put(path).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(valid))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("找不到申报书"));
        mvc.perform(put(path).cookie(session).with(csrf()).header("If-Match", "\"-1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(valid))
                .andExpect(status().isNotFound());
        mvc.perform(put(path).cookie(session).with(csrf()).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":{\"nested\":1}}"))
                .andExpect(status().isNotFound());
        mvc.perform(put(path).cookie(session).with(csrf()).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON).content(valid))
                .andExpect(status().isNotFound());
        // the same requests on its own application are judged: 428, 400, 400
        long mine = applications.create(call.id(), enterprise.id(), applicant).id();
        String own = "/api/v1/applications/" + mine + "/sections/overview";
        mvc.perform(put(own).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(valid))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(own).cookie(session).with(csrf()).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":{\"nested\":1}}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from application_section where application_id in (?, ?)")
                .params(theirs, mine).query(Long.class).single()).isZero();
    }

    @Test
    void createSaveWithVersionsConflictAndRuleErrors() throws Exception {
        String location = mvc.perform(post("/api/v1/applications").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"callId\":" + call.id() + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.statusLabel").value("草稿"))
                .andReturn().getResponse().getHeader("Location");
        String path = location.substring(location.indexOf("/api/"));

        String basic = JSON.writeValueAsString(Filing.basic("接口创建的项目"));
        mvc.perform(put(path + "/sections/basic").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(basic))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(path + "/sections/basic").cookie(session).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(basic))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.state").value("COMPLETE"))
                .andExpect(jsonPath("$.content.projectName").value("接口创建的项目"));

        // a second client still holding version 0
        String other = JSON.writeValueAsString(Filing.basic("另一个标签页的名称"));
        mvc.perform(put(path + "/sections/basic").cookie(session).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(other))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.theirs.version").value(1))
                .andExpect(jsonPath("$.theirs.content.projectName").value("接口创建的项目"))
                .andExpect(jsonPath("$.yours.content.projectName").value("另一个标签页的名称"));

        String tooLong = JSON.writeValueAsString(new SectionContent.Narrative("智".repeat(20001)));
        mvc.perform(put(path + "/sections/overview").cookie(session).with(csrf()).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON).content(tooLong))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("不能超过20000字（现为20001字）。"));

        mvc.perform(get(path).cookie(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.sections.length()").value(8))
                .andExpect(jsonPath("$.sections[0].key").value("basic"))
                .andExpect(jsonPath("$.sections[0].stateLabel").value("已完成"))
                .andExpect(jsonPath("$.sections[1].state").value("NOT_STARTED"));
    }

    @Test
    void submitIsIdempotentByKeyAndVersionsCompare() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        String path = "/api/v1/applications/" + id;
        mvc.perform(post(path + "/submit").cookie(session).with(csrf()).header("Idempotency-Key", "k1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(8))
                .andExpect(jsonPath("$.errors[0].field").value("sections.basic"))
                .andExpect(jsonPath("$.errors[0].message").value("项目基本信息：未开始"));
        Filing.complete(applications, id, enterprise.id(), applicant);
        mvc.perform(post(path + "/submit").cookie(session).with(csrf()).header("Idempotency-Key", "k1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versionNumber").value(1))
                .andExpect(jsonPath("$.repeated").value(false));
        mvc.perform(post(path + "/submit").cookie(session).with(csrf()).header("Idempotency-Key", "k1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versionNumber").value(1))
                .andExpect(jsonPath("$.repeated").value(true));
        mvc.perform(post(path + "/submit").cookie(session).with(csrf()).header("Idempotency-Key", "k2"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("申报书状态为“已提交”，不能提交。"));
        mvc.perform(get(path + "/versions").cookie(session)).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get(path + "/versions/1").cookie(session))
                .andExpect(jsonPath("$.snapshot.sections.basic.projectName").value("数字化车间建设项目"));

        Deciding.decide(applications, id, ApplicationTransition.RETURN, "补充", null, "wuhan");
        Filing.save(applications, id, ApplicationScope.enterprise(enterprise.id()), SectionKey.OVERVIEW,
                new SectionContent.Narrative("企业概述（修改后）。"), applicant);
        mvc.perform(post(path + "/submit").cookie(session).with(csrf()).header("Idempotency-Key", "k3"))
                .andExpect(jsonPath("$.versionNumber").value(2));
        mvc.perform(get(path + "/comparison").param("left", "1").param("right", "2").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields.length()").value(1))
                .andExpect(jsonPath("$.fields[0].path").value("sections.overview.text"))
                .andExpect(jsonPath("$.fields[0].left").value("企业概述。"))
                .andExpect(jsonPath("$.fields[0].right").value("企业概述（修改后）。"));
        mvc.perform(post(path + "/withdraw").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"不再申报\"}"))
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
    }

    @Test
    void attachmentsAreCheckedByContentAndTheApplicationsTotal() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        String path = "/api/v1/applications/" + id + "/attachments";
        String body = mvc.perform(multipart(path).file(new MockMultipartFile("file", "图1.png", "image/png", Filing.PNG))
                        .param("purpose", "FIGURE").cookie(session).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("PNG"))
                .andReturn().getResponse().getContentAsString();
        long fileId = JSON.readTree(body).get("fileId").asLong();
        // a PDF named .png is a PDF: not allowed as a figure
        mvc.perform(multipart(path).file(new MockMultipartFile("file", "伪装.png", "image/png", Filing.PDF))
                        .param("purpose", "FIGURE").cookie(session).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(get(path).cookie(session)).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("图1.png"));
        mvc.perform(get(path + "/" + fileId).cookie(session)).andExpect(status().isOk())
                .andExpect(content().bytes(Filing.PNG));
        // a file whose bytes no longer match their digest is reported, never served
        long damaged = JSON.readTree(mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "图2.png", "image/png", StoredBlobs.uniquePng()))
                        .param("purpose", "FIGURE").cookie(session).with(csrf()))
                .andReturn().getResponse().getContentAsString()).get("fileId").asLong();
        StoredBlobs.damage(fileStore, damaged);
        mvc.perform(get(path + "/" + damaged).cookie(session))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("文件已损坏，无法提供下载，请联系管理员。"));

        // the per-application total (200 MB by default): with two small figures, 11 files of 19 MB do not fit
        byte[] big = new byte[19 * 1024 * 1024];
        System.arraycopy(Filing.PDF, 0, big, 0, Filing.PDF.length);
        for (int i = 0; i < 10; i++) {
            mvc.perform(multipart(path).file(new MockMultipartFile("file", "大文件" + i + ".pdf", "application/pdf", big))
                    .param("purpose", "OTHER").cookie(session).with(csrf())).andExpect(status().isCreated());
        }
        mvc.perform(multipart(path).file(new MockMultipartFile("file", "超出.pdf", "application/pdf", big))
                        .param("purpose", "OTHER").cookie(session).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message", containsString("每份申报书的附件合计不能超过200 MB")));
        JsonNode files = JSON.readTree(mvc.perform(get(path).cookie(session)).andReturn().getResponse()
                .getContentAsString());
        assertThat(files.size()).isEqualTo(12);
    }
}
