package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords sent in parallel, over HTTP to the running server, half through the login form and half to the
 * token endpoint: exactly the policy's number of them are checked before the account locks, and the right password
 * is refused afterwards.
 */
@BrowserTest
class ParallelLockoutTest {

    static final String PASSWORD = "Parallel#2026";
    static final int PARALLEL = 24;

    @LocalServerPort int port;
    @Autowired UserAdministration users;
    @Autowired PasswordPolicies policies;
    @Autowired JdbcClient jdbc;

    @Test
    void parallelWrongPasswordsCheckExactlyThePolicysNumberBeforeTheLock() throws Exception {
        String username = "par" + UUID.randomUUID().toString().substring(0, 8);
        long id = users.create(new NewAccount(username, "并发测试", null, null, Set.of(Role.OFFICER), null, null),
                PASSWORD, false).id();
        int policy = policies.current().maxFailures();

        List<FormLogin> forms = new ArrayList<>();
        for (int i = 0; i < PARALLEL / 2; i++) {
            forms.add(new FormLogin()); // each with its own session and CSRF token, fetched beforehand
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            FormLogin form = i % 2 == 0 ? forms.get(i / 2) : null;
            answers.add(pool.submit(() -> {
                start.await();
                return form != null ? form.login(username, "Wrong#2026x") : token(username, "Wrong#2026x").statusCode() + "";
            }));
        }
        start.countDown();
        for (Future<String> answer : answers) {
            assertThat(answer.get()).isIn("401", "/login?error");
        }
        pool.shutdown();

        assertThat(reasons(id, "bad-password")).isEqualTo(policy);
        assertThat(reasons(id, "locked-bad-password")).isEqualTo(PARALLEL - policy);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.account-locked' and target_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);

        HttpResponse<String> right = token(username, PASSWORD);
        assertThat(right.statusCode()).isEqualTo(401);
        assertThat(right.body()).contains("已被锁定");
        assertThat(new FormLogin().login(username, PASSWORD)).isEqualTo("/login?error");
    }

    private int reasons(long id, String reason) {
        return jdbc.sql("""
                        select count(*) from audit_entry where action = 'identity.login' and outcome = 'FAILURE'
                          and target_id = :id and cast(details as jsonb) ->> 'reason' = :reason""")
                .param("id", String.valueOf(id)).param("reason", reason).query(Integer.class).single();
    }

    private HttpResponse<String> token(String username, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A browser-like client: a session and the login page's CSRF token. */
    private final class FormLogin {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        final String csrf;

        FormLogin() throws Exception {
            String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(m.find()).isTrue();
            csrf = m.group(1);
        }

        /** The path the login redirects to. */
        String login(String username, String password) throws Exception {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            return URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath()
                    + (URI.create(response.headers().firstValue("Location").orElseThrow()).getRawQuery() == null ? ""
                    : "?" + URI.create(response.headers().firstValue("Location").orElseThrow()).getRawQuery());
        }
    }
}
