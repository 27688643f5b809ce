package cn.gov.hubei.jxt.pilot.platform;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OperationsTest {

    @Autowired MockMvc mvc;

    @Test
    void healthIsPublicAndIncludesTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health").with(user("sysadmin").roles("SYSTEM_ADMIN")))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"))
                .andExpect(jsonPath("$.components.outbox.status").value("UP"));
    }

    /** The parts and their details (the disk's path, the outbox's backlog) are the system administrator's only. */
    @Test
    void healthDetailsAreTheSystemAdministratorsOnly() throws Exception {
        for (String role : new String[] {"APPLICANT", "OFFICER", "RECOMMENDER", "EXPERT", "AUDIT_ADMIN"}) {
            mvc.perform(get("/actuator/health").with(user("someone").roles(role))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components").doesNotExist());
        }
    }

    @Test
    void metricsAreExposedForPrometheus() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections")));
    }

    @Test
    void otherActuatorEndpointsAreClosed() throws Exception {
        mvc.perform(get("/actuator/env").with(user("sysadmin").roles("SYSTEM_ADMIN"))).andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDescriptionListsTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/auth/token']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/working-days']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reference/divisions']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/calls']").exists());
    }
}
