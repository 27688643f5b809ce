package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
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
    void aPathIsComparedDecodedAsThePatternsCompareIt() throws Exception {
        // %61 is "a": Spring MVC compares a pattern's literal parts with the decoded segments, and so does the prefix
        assertThat(handler("PUT", "/api/v1/%61pplications/17/sections/basic").getMethod().getName()).isEqualTo("save");
        assertThat(handler("PUT", "/api/v1/applications;x=1/17/sections/basic").getMethod().getName())
                .isEqualTo("save");
    }

    @Test
    void everyMappingsOwnPatternFindsAHandlerWhosePatternMatchesIt() throws Exception {
        int checked = 0;
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            String method = info.getMethodsCondition().getMethods().stream().findFirst()
                    .map(Enum::name).orElse("GET");
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                // {action:approve|reject}: the first word the variable's expression allows
                String path = pattern.replaceAll("\\{\\*[^}]*}", "x")
                        .replaceAll("\\{[^}:]*:([a-z-]+)(\\|[^}]*)?}", "$1").replaceAll("\\{[^}]*}", "1")
                        .replace("/**", "/x").replace("*", "x");
                MockHttpServletRequest request = request(method, path, info);
                var chain = mapping.getHandler(request);
                assertThat(chain).as("%s %s (%s)", method, path, pattern).isNotNull();
                HandlerMethod found = (HandlerMethod) chain.getHandler();
                HandlerMethod walked = pathFirst().lookupComparingEveryMapping(request(method, path, info));
                assertThat(found.getMethod()).as("%s %s (%s)", method, path, pattern).isEqualTo(walked.getMethod());
                // found through the index itself, not through Spring MVC's walk after the index found nothing
                MockHttpServletRequest again = request(method, path, info);
                HandlerMethod indexed = pathFirst().lookupInIndex(path, new HandlerLookup.LookupRequest(again));
                assertThat(indexed).as("%s %s (%s)", method, path, pattern).isNotNull();
                assertThat(indexed.getMethod()).isEqualTo(walked.getMethod());
                assertThat(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                        .as("%s %s (%s)", method, path, pattern).isNotNull();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void aPatternsLiteralBeginningEndsBeforeItsFirstVariableOrWildcard() {
        assertThat(HandlerLookup.PathFirstHandlerMapping.literalPrefix("/api/v1/applications/{id}/submit"))
                .isEqualTo("/api/v1/applications");
        assertThat(HandlerLookup.PathFirstHandlerMapping.literalPrefix("/files/**")).isEqualTo("/files");
        assertThat(HandlerLookup.PathFirstHandlerMapping.literalPrefix("/files/x{id}.pdf")).isEqualTo("/files");
        assertThat(HandlerLookup.PathFirstHandlerMapping.literalPrefix("/login")).isEqualTo("/login");
        assertThat(HandlerLookup.PathFirstHandlerMapping.literalPrefix("/intake/")).isEqualTo("/intake");
        assertThat(HandlerLookup.PathFirstHandlerMapping.literalPrefix("/")).isEqualTo("");
        assertThat(HandlerLookup.PathFirstHandlerMapping.literalPrefix("/{page}")).isEqualTo("");
    }

    @Test
    void aPathNoMappingMatchesIsLeftToSpringMvcAndFindsNothing() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/no-such-thing/17");
        ServletRequestPathUtils.parseAndCache(request);
        assertThat(pathFirst().lookupInIndex("/api/v1/no-such-thing/17", new HandlerLookup.LookupRequest(request)))
                .isNull();
        assertThat(mapping.getHandler(request)).isNull();
    }

    @Test
    void aMappingRegisteredWhileRunningIsFoundThroughTheIndexAndGoneOnceRemoved() throws Exception {
        var info = org.springframework.web.servlet.mvc.method.RequestMappingInfo.paths("/index-probe/{id}/probe")
                .methods(org.springframework.web.bind.annotation.RequestMethod.GET)
                .options(mapping.getBuilderConfiguration()).build();
        java.lang.reflect.Method method = Probe.class.getMethod("probe");
        mapping.registerMapping(info, new Probe(), method);
        try {
            HandlerMethod found = pathFirst().lookupInIndex("/index-probe/5/probe",
                    new HandlerLookup.LookupRequest(parsed("GET", "/index-probe/5/probe")));
            assertThat(found).isNotNull();
            assertThat(found.getMethod()).isEqualTo(method);
        } finally {
            mapping.unregisterMapping(info);
        }
        assertThat(pathFirst().lookupInIndex("/index-probe/5/probe",
                new HandlerLookup.LookupRequest(parsed("GET", "/index-probe/5/probe")))).isNull();
        assertThat(mapping.getHandler(parsed("GET", "/index-probe/5/probe"))).isNull();
        // the application's own mappings are found through the index again
        assertThat(pathFirst().lookupInIndex("/api/v1/applications/17/submit",
                new HandlerLookup.LookupRequest(parsed("POST", "/api/v1/applications/17/submit")))).isNotNull();
    }

    /** A handler registered by the test above only. */
    public static class Probe {
        public String probe() {
            return "probe";
        }
    }

    private static MockHttpServletRequest parsed(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    @Test
    void aKnownPathWithAnotherMethodIsStill405WithTheMethodsAllowed() throws Exception {
        mvc.perform(get("/api/v1/applications/17/submit").with(user("officer").roles("PROVINCIAL_OFFICER")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"));
    }

    private HandlerLookup.PathFirstHandlerMapping pathFirst() {
        return (HandlerLookup.PathFirstHandlerMapping) mapping;
    }

    /** A request that the mapping's other conditions (content type, parameters, headers) accept. */
    private static MockHttpServletRequest request(String method, String path,
                                                  org.springframework.web.servlet.mvc.method.RequestMappingInfo info) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        var consumes = info.getConsumesCondition().getConsumableMediaTypes();
        request.setContentType(consumes.isEmpty() ? "application/json" : consumes.iterator().next().toString());
        for (var expression : info.getParamsCondition().getExpressions()) {
            if (!expression.isNegated()) {
                request.setParameter(expression.getName(), expression.getValue() == null ? "1" : expression.getValue());
            }
        }
        for (var expression : info.getHeadersCondition().getExpressions()) {
            if (!expression.isNegated()) {
                request.addHeader(expression.getName(), expression.getValue() == null ? "1" : expression.getValue());
            }
        }
        var produces = info.getProducesCondition().getProducibleMediaTypes();
        if (!produces.isEmpty()) {
            request.addHeader("Accept", produces.iterator().next().toString());
        }
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    private HandlerMethod handler(String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Content-Type", "application/json");
        ServletRequestPathUtils.parseAndCache(request);
        return (HandlerMethod) mapping.getHandler(request).getHandler();
    }
}
