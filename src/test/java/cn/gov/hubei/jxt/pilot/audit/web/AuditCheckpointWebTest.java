package cn.gov.hubei.jxt.pilot.audit.web;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification;
import cn.gov.hubei.jxt.pilot.audit.AuditCheckpoint;
import cn.gov.hubei.jxt.pilot.audit.AuditCheckpoints;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditCheckpointWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditCheckpoints checkpoints;
    @Autowired
    AuditTrail trail;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"OFFICER", "SYSTEM_ADMIN", "SECURITY_ADMIN", "APPLICANT"})
    void onlyTheAuditAdministratorReachesTheCheckpoints(String role) throws Exception {
        RequestPostProcessor someone = user("someone").roles(role);
        long before = count();
        mvc.perform(get("/audit/checkpoints").with(someone)).andExpect(status().isForbidden());
        mvc.perform(get("/audit/checkpoints/public-key.pem").with(someone)).andExpect(status().isForbidden());
        mvc.perform(get("/audit/checkpoints/1/file").with(someone)).andExpect(status().isForbidden());
        mvc.perform(post("/audit/checkpoints/sign").with(someone).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/audit/checkpoints/verify").with(someone).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theAuditorSignsDownloadsAndVerifiesWithTheKeptFile() throws Exception {
        clock.set(Instant.parse("2034-01-02T03:04:05Z"));
        trail.record(AuditRecord.of("test.checkpoint-page").build());
        String auditor = "auditor-" + UUID.randomUUID();
        RequestPostProcessor asAuditor = user(auditor).roles("AUDIT_ADMIN");

        mvc.perform(post("/audit/checkpoints/sign").with(asAuditor).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/audit/checkpoints"));
        AuditCheckpoint checkpoint = checkpoints.newestFirst(1).get(0);
        assertThat(checkpoint.period()).isEqualTo("manual-2034-01-02T03:04Z");
        assertThat(checkpoint.createdBy()).isEqualTo(auditor);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'audit.checkpoint-signed' and actor = ?")
                .param(auditor).query(Long.class).single()).isEqualTo(1);
        // The same minute again: the same checkpoint, nothing recorded twice.
        mvc.perform(post("/audit/checkpoints/sign").with(asAuditor).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(checkpoints.newestFirst(1).get(0).id()).isEqualTo(checkpoint.id());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'audit.checkpoint-signed' and actor = ?")
                .param(auditor).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/audit/checkpoints").with(asAuditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审计日志签名检查点")))
                .andExpect(content().string(containsString("manual-2034-01-02T03:04Z")))
                .andExpect(content().string(containsString("公钥（PEM，标识 " + checkpoints.publicKeyId() + "）")));
        MvcResult file = mvc.perform(get("/audit/checkpoints/" + checkpoint.id() + "/file").with(asAuditor))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"audit-checkpoint-manual-2034-01-02T0304Z.txt\""))
                .andReturn();
        String kept = file.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(kept).isEqualTo(checkpoint.fileText()).startsWith("hubei-pilot-audit-checkpoint-v1\nperiod: ");
        mvc.perform(get("/audit/checkpoints/public-key.pem").with(asAuditor))
                .andExpect(status().isOk())
                .andExpect(content().string(checkpoints.publicKeyPem()));
        mvc.perform(get("/audit/checkpoints/999999999/file").with(asAuditor)).andExpect(status().isNotFound());

        MvcResult verified = mvc.perform(multipart("/audit/checkpoints/verify")
                        .file(new MockMultipartFile("files", checkpoint.fileName(), "text/plain",
                                kept.getBytes(StandardCharsets.UTF_8)))
                        .with(asAuditor).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        AuditChainVerification result = (AuditChainVerification) verified.getFlashMap().get("verification");
        assertThat(result.intact()).isTrue();
        assertThat(result.checkpointsChecked()).isEqualTo((int) count() + 1);
        assertThat(jdbc.sql("select details::jsonb ->> 'uploadedCheckpoints' from audit_entry "
                        + "where action = 'audit.chain-verified' and actor = ? order by seq desc limit 1")
                .param(auditor).query(String.class).single()).isEqualTo("1");
    }

    @Test
    void aFileThatIsNotACheckpointIsRefusedBesideTheFieldAndNothingIsRecorded() throws Exception {
        String auditor = "auditor-" + UUID.randomUUID();
        mvc.perform(multipart("/audit/checkpoints/verify")
                        .file(new MockMultipartFile("files", "notes.txt", "text/plain", "你好".getBytes(StandardCharsets.UTF_8)))
                        .with(user(auditor).roles("AUDIT_ADMIN")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("上传的文件不是本系统导出的检查点文件，未进行校验。")));
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = ?").param(auditor).query(Long.class)
                .single()).isZero();
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_checkpoint").query(Long.class).single();
    }
}
