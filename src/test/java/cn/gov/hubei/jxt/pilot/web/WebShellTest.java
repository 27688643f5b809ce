package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WebShellTest {

    @Autowired MockMvc mvc;

    @Test
    void sendsSecurityHeadersWithAPolicyThatForbidsInlineCode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("default-src 'self'"), containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void sendsHstsWhenServedOverTls() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void theLoginPageIsInChinese() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(allOf(containsString("<html lang=\"zh-CN\""),
                        containsString("湖北省智能制造试点示范项目管理系统"), containsString("用户名"), containsString("密码"))));
    }

    @Test
    void aMissingPageIsAChinese404WithoutInternals() throws Exception {
        mvc.perform(get("/no/such/page").with(user("officer").roles("OFFICER")).accept("text/html"))
                .andExpect(status().isNotFound());
        // the error page itself, as the container renders it
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/no/such/page")
                        .with(user("officer").roles("OFFICER")).accept("text/html"))
                .andExpect(content().string(allOf(containsString("页面不存在"), not(containsString("Exception")),
                        not(containsString("at cn.gov")))));
    }

    @Test
    void aServerErrorPageShowsTheRequestReferenceButNoStackTrace() throws Exception {
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500)
                        .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("secret detail"))
                        .header("X-Request-Id", "abc123")
                        .with(user("officer").roles("OFFICER")).accept("text/html"))
                .andExpect(content().string(allOf(containsString("系统出错了"), containsString("问题编号：abc123"),
                        not(containsString("secret detail")), not(containsString("IllegalStateException")))));
    }

    @Test
    void formPostsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/account/password").with(user("officer").roles("OFFICER"))
                        .param("currentPassword", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void eachDemoRoleLandsOnItsOwnHomePage() throws Exception {
        String[][] expectations = {
                {"applicant", "申报单位工作台"}, {"wuhan", "推荐单位工作台"}, {"yichang", "推荐单位工作台"},
                {"officer", "省经信厅工作台"}, {"expert1", "评审专家工作台"}, {"sysadmin", "系统管理员工作台"},
                {"secadmin", "安全管理员工作台"}, {"auditor", "安全审计员工作台"}};
        for (String[] e : expectations) {
            var session = cn.gov.hubei.jxt.pilot.Sessions.of(mvc.perform(formLogin().user(e[0]).password("Demo#2020")).andReturn());
            mvc.perform(get("/").cookie(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(e[1])));
        }
    }

    @Test
    void administratorsSeeOnlyTheirOwnNavigation() throws Exception {
        var session = cn.gov.hubei.jxt.pilot.Sessions.of(mvc.perform(
                formLogin().user("auditor").password("Demo#2020")).andReturn());
        mvc.perform(get("/").cookie(session))
                .andExpect(content().string(allOf(containsString("href=\"/audit\""),
                        not(containsString("href=\"/calls\"")), not(containsString("href=\"/admin/users\"")))));
    }

    @Test
    void theNavigationMarksTheEntryOfTheCurrentPageOnly() throws Exception {
        var session = cn.gov.hubei.jxt.pilot.Sessions.of(mvc.perform(
                formLogin().user("wuhan").password("Demo#2020")).andReturn());
        String ranking = mvc.perform(get("/recommendation/ranking").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ranking)
                .contains("<a class=\"nav-link active\" href=\"/recommendation/ranking\" aria-current=\"page\">推荐排序</a>")
                .contains("<a class=\"nav-link\" href=\"/recommendation\">审核推荐</a>")
                .contains("<a class=\"nav-link\" href=\"/\">首页</a>");
        assertThat(ranking.split("aria-current=\"page\"", -1).length - 1)
                .as("one current entry in the navigation, one in the breadcrumb").isEqualTo(2);
        String home = mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("<a class=\"nav-link active\" href=\"/\" aria-current=\"page\">首页</a>")
                .contains("<a class=\"nav-link\" href=\"/recommendation\">审核推荐</a>");
    }

    @Test
    void answersEveryRequestWithARequestId() throws Exception {
        mvc.perform(get("/login").header("X-Request-Id", "trace-42"))
                .andExpect(header().string("X-Request-Id", "trace-42"));
    }
}
