package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The abuse limits of logins and bearer tokens (docs/security.md, "Abuse limits"): each limit set small while it is
 * tried, on a stopped clock, with addresses and accounts of this test only.
 */
@IntegrationTest
class LoginLimitsTest {

    static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired MockMvc mvc;
    @Autowired RateLimits limits;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired UserAdministration users;

    final Map<String, RateLimits.Limit> replaced = new HashMap<>();
    String username;

    @BeforeEach
    void anAccountAndAStoppedClock() {
        clock.set(LocalDateTime.of(2026, 12, 9, 10, 0));
        username = "lim" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewAccount(username, "限流测试", null, null, Set.of(Role.RECOMMENDER), null, "420500"),
                "Yichang#2026", false);
    }

    @AfterEach
    void restoreTheLimits() {
        replaced.forEach(limits::configure);
        replaced.clear();
    }

    void limit(String name, int capacity, Duration period) {
        replaced.putIfAbsent(name, limits.limit(name));
        limits.configure(name, new RateLimits.Limit(capacity, period));
    }

    static String anAddress() {
        return "198.18." + (ADDRESS.getAndIncrement() % 250) + "." + (UUID.randomUUID().hashCode() & 0xff);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MockHttpServletRequestBuilder login(String user, String password, String address) {
        return post("/login").with(csrf()).param("username", user).param("password", password).with(from(address));
    }

    long throttledEntries(String action, String address) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and client_address = :c")
                .param("a", action).param("c", address).query(Long.class).single();
    }

    @Test
    void theFourthLoginFromOneAddressIsRefusedWithTheTimeAndAnotherAddressIsNot() throws Exception {
        limit("login-address", 3, Duration.ofMinutes(15));
        String address = anAddress();
        for (int i = 0; i < 3; i++) {
            mvc.perform(login("nobody-" + i, "wrong", address))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(username, "Yichang#2026", address))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "300"))
                .andExpect(forwardedUrl("/login/throttled"))
                .andExpect(request().attribute("LOGIN_ERROR",
                        "登录尝试过于频繁（来自同一地址或针对同一账号），请于 2026-12-09 10:05（约 5 分钟后）再试。"));
        mvc.perform(login(username, "Yichang#2026", anAddress()))
                .andExpect(redirectedUrl("/"));

        // the window refills: one attempt every 5 minutes
        clock.advance(Duration.ofMinutes(5));
        mvc.perform(login(username, "Yichang#2026", address))
                .andExpect(redirectedUrl("/"));
        mvc.perform(login(username, "Yichang#2026", address))
                .andExpect(status().isTooManyRequests());
        assertThat(throttledEntries("identity.login-throttled", address)).as("audited once per window").isEqualTo(1);
    }

    @Test
    void theThrottledLoginPageIsThePageWithTheMessage() throws Exception {
        mvc.perform(post("/login/throttled").requestAttr("LOGIN_ERROR", "登录尝试过于频繁，请于 10:05 再试。")
                        .with(csrf()))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("登录尝试过于频繁，请于 10:05 再试。")));
        mvc.perform(get("/login/throttled")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void oneAccountNameIsLimitedWhateverTheAddressAndBeforeItsPasswordIsChecked() throws Exception {
        limit("login-account", 3, Duration.ofMinutes(15));
        mvc.perform(login(username, "Wrong#1", anAddress()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(username, "Wrong#2", anAddress()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(username, "Yichang#2026", anAddress()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(login(username, "Yichang#2026", anAddress()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "300"));
        String other = "lim" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewAccount(other, "另一账号", null, null, Set.of(Role.RECOMMENDER), null, "420500"),
                "Yichang#2026", false);
        mvc.perform(login(other, "Yichang#2026", anAddress()))
                .andExpect(redirectedUrl("/"));
        // the refused attempt was neither checked nor counted as a failure by the lockout
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'identity.login' and actor = :u""")
                .param("u", username).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.login-throttled' and actor = :u")
                .param("u", username).query(Long.class).single()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(5));
        mvc.perform(login(username, "Yichang#2026", anAddress()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void twoWrongPasswordsAndTheRightOneAreNeverThrottledByTheConfiguredLimits() {
        // the production values (application.properties) leave room above the lockout's failures
        RateLimits.Limit account = replaced.getOrDefault("login-account", limits.limit("login-account"));
        assertThat(account.capacity()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theTokenEndpointAnswers429WithRetryAfterInJson() throws Exception {
        limit("login-address", 1, Duration.ofMinutes(10));
        String address = anAddress();
        String body = "{\"username\":\"" + username + "\",\"password\":\"Yichang#2026\"}";
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body).with(from(address)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "600"))
                .andExpect(jsonPath("$.detail").value("请求过于频繁，请于 2026-12-09 10:10（约 10 分钟后）再试。"))
                .andExpect(jsonPath("$.retryAfterSeconds").value(600));
    }

    @Test
    void anAccountCreatesOnlySoManyTokensAnHour() throws Exception {
        limit("token-issue", 2, Duration.ofHours(1));
        String body = "{\"username\":\"" + username + "\",\"password\":\"Yichang#2026\"}";
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body)
                    .with(from(anAddress()))).andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(from(anAddress())))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1800"))
                .andExpect(jsonPath("$.title").value("请求过于频繁"))
                .andExpect(jsonPath("$.detail").value("请求过于频繁，请于 2026-12-09 10:30（约 30 分钟后）再试。"));
        assertThat(jdbc.sql("select count(*) from api_token a join user_account u on u.id = a.user_id where u.username = :u")
                .param("u", username).query(Long.class).single()).isEqualTo(2);
        clock.advance(Duration.ofMinutes(30));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(from(anAddress()))).andExpect(status().isOk());
    }

    @Test
    void oneTokenIsUsedOnlySoOftenAMinuteAndAnotherTokenIsNotAffected() throws Exception {
        String first = token();
        String second = token();
        limit("token-use", 3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + first)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + first))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "20"))
                .andExpect(jsonPath("$.title").value("请求过于频繁"))
                .andExpect(jsonPath("$.detail").value("请求过于频繁，请于 2026-12-09 10:00（约 1 分钟后）再试。"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + second)).andExpect(status().isOk());
        // no token is written into the buckets
        assertThat(jdbc.sql("select count(*) from rate_limit_bucket where strpos(id, :t) > 0").param("t", first)
                .query(Long.class).single()).isZero();
        clock.advance(Duration.ofSeconds(20));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + first)).andExpect(status().isOk());
    }

    String token() throws Exception {
        String response = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"Yichang#2026\"}")
                        .with(from(anAddress())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return response.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }
}
