package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiTokenTest {

    @Autowired MockMvc mvc;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;

    String username;

    @BeforeEach
    void aRecommender() {
        username = "api" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewAccount(username, "宜昌接口", null, null, Set.of(Role.RECOMMENDER), null, "420500"),
                "Yichang#2026", false);
    }

    @Test
    void aTokenActsWithTheUsersRightsWithoutCsrfOrSession() throws Exception {
        String token = token("Yichang#2026");
        assertThat(token).startsWith("hbzz_");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles[0]").value("RECOMMENDER"))
                .andExpect(jsonPath("$.divisionCode").value("420500"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        // only the SM3 hash is stored
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", token)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from api_token a join user_account u on u.id = a.user_id where u.username = :u")
                .param("u", username).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theLastUseIsRecordedTrueToTheMinuteWithoutWritingOnEveryRequest() throws Exception {
        Instant start = Instant.parse("2026-12-05T02:00:00Z");
        clock.set(start);
        String token = token("Yichang#2026");
        assertThat(lastUse()).isNull();
        me(token);
        assertThat(lastUse()).isEqualTo(start);
        clock.advance(Duration.ofSeconds(30));
        me(token);
        me(token);
        assertThat(lastUse()).as("within the minute: not written again").isEqualTo(start);
        clock.advance(Duration.ofSeconds(30));
        me(token);
        assertThat(lastUse()).as("a minute later: recorded again").isEqualTo(start.plusSeconds(60));
        clock.advance(Duration.ofSeconds(59));
        me(token);
        assertThat(lastUse()).isEqualTo(start.plusSeconds(60));
        clock.advance(Duration.ofMinutes(10));
        me(token);
        assertThat(lastUse()).isEqualTo(start.plusSeconds(60 + 59 + 600));
    }

    private void me(String token) throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    private Instant lastUse() {
        return jdbc.sql("""
                        select a.last_used_at from api_token a join user_account u on u.id = a.user_id
                        where u.username = :u""")
                .param("u", username).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant)
                .orElse(null);
    }

    @Test
    void aWrongPasswordGetsAProblemInChinese() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"Nope#2026x\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("用户名或密码错误。"));
    }

    @Test
    void theTokenEndpointFollowsTheLockoutPolicy() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"" + username + "\",\"password\":\"Nope#2026x\"}"));
        }
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"Yichang#2026\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("已被锁定")));
    }

    @Test
    void aRevokedTokenNoLongerWorks() throws Exception {
        String token = token("Yichang#2026");
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("需要登录"))
                .andExpect(jsonPath("$.detail").value("访问令牌无效、已过期或已被撤销，请重新获取。"));
    }

    @Test
    void disablingTheAccountRevokesItsTokens() throws Exception {
        String token = token("Yichang#2026");
        users.disable(users.findByUsername(username).orElseThrow().id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void theTokenStandsForTheAccountAsItIsAtEachRequest() throws Exception {
        Instant start = Instant.parse("2026-12-05T02:00:00Z");
        clock.set(start);
        String token = token("Yichang#2026");
        long id = users.findByUsername(username).orElseThrow().id();
        // locked (by the login policy, or by hand): refused while the lock lasts, the token itself stays live
        jdbc.sql("update user_account set locked_until = :until where id = :id")
                .param("until", OffsetDateTime.parse("2026-12-05T02:15:00Z")).param("id", id).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("访问令牌无效、已过期或已被撤销，请重新获取。"));
        clock.advance(Duration.ofMinutes(15));
        me(token);
        // a role and a division changed behind the token: the next request has them
        jdbc.sql("update user_account set division_code = '420100' where id = :id").param("id", id).update();
        jdbc.sql("insert into user_role (user_id, role) values (:id, 'EXPERT')").param("id", id).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.displayName").value("宜昌接口"))
                .andExpect(jsonPath("$.divisionCode").value("420100"))
                .andExpect(jsonPath("$.roles.length()").value(2))
                .andExpect(jsonPath("$.roles[0]").value("RECOMMENDER"))
                .andExpect(jsonPath("$.roles[1]").value("EXPERT"));
        // disabled in the database without its tokens revoked: refused all the same
        jdbc.sql("update user_account set enabled = false where id = :id").param("id", id).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        jdbc.sql("update user_account set enabled = true where id = :id").param("id", id).update();
        me(token);
        // expired: refused
        clock.advance(Duration.ofHours(8));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void withoutTokenOrSessionTheApiAnswers401Problem() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("需要登录"))
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void aTokenOfAnAccountThatMustChangeItsPasswordIsRefused() throws Exception {
        String other = "must" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewAccount(other, "须改密", null, null, Set.of(Role.EXPERT), null, null), "Initial#2026", true);
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + other + "\",\"password\":\"Initial#2026\"}"))
                .andExpect(status().isForbidden());
    }

    private String token(String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expiresAt").exists())
                .andReturn().getResponse().getContentAsString();
        JsonNode node = json.readTree(body);
        return node.get("token").asText();
    }
}
