package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The handler lookup that compares path patterns first finds what Spring MVC's own lookup finds. */
@IntegrationTest
class HandlerLookupTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    MockMvc mvc;

    @Test
    void theApplicationsMappingIsThePathFirstOne() {
        assertThat(mapping).isInstanceOf(HandlerLookup.PathFirstHandlerMapping.class);
    }

    @Test
    void aPathWithVariablesFindsTheHandlerOfItsMethodAndPattern() throws Exception {
        assertThat(handler("PUT", "/api/v1/applications/17/sections/basic").getMethod().getName()).isEqualTo("save");
        assertThat(handler("GET", "/api/v1/applications/17/sections/basic").getMethod().getName())
                .isEqualTo("section");
        assertThat(handler("POST", "/api/v1/applications/17/submit").getMethod().getName()).isEqualTo("submit");
    }

    @Test
    void aKnownPathWithAnotherMethodIsStill405WithTheMethodsAllowed() throws Exception {
        mvc.perform(get("/api/v1/applications/17/submit").with(user("officer").roles("PROVINCIAL_OFFICER")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"));
    }

    private HandlerMethod handler(String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Content-Type", "application/json");
        ServletRequestPathUtils.parseAndCache(request);
        return (HandlerMethod) mapping.getHandler(request).getHandler();
    }
}
