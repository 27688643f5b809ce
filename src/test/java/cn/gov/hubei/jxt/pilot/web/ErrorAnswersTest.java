package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error answers nobody's own handler gives are in Chinese too, through the real server: paths Tomcat refuses before
 * the application sees them (NUL, an encoded slash, a {@code ..} above the root) get a problem for the API and a page
 * of the system's own otherwise, never Tomcat's English report; the API's leftovers (a path variable that is not a
 * number or is beyond a long, an unknown path, a method the path does not take) are {@code application/problem+json}
 * with a Chinese title and detail instead of Spring Boot's {@code {"error":"Bad Request"}}.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorAnswersTest {

    static final String PATH_TEXT = "请求的地址或请求头无效（例如含有 %00、编码的斜杠 %2F、跳出根目录的 ..，或者长度超出限制），"
            + "系统没有处理该请求。请检查地址后重试。";

    @LocalServerPort int port;
    @Autowired UserAdministration users;
    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient client = HttpClient.newHttpClient();
    String token;

    @BeforeAll
    void token() throws Exception {
        String username = "err" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewAccount(username, "错误答复测试", null, null, Set.of(Role.OFFICER), null, null),
                "Answers#2026x", false);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"Answers#2026x\"}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        token = json.readTree(answer.body()).get("token").asString();
    }

    URI uri(String rawPath) {
        return URI.create("http://localhost:" + port + rawPath);
    }

    HttpResponse<String> get(String rawPath, String accept, boolean withToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(rawPath)).header("Accept", accept);
        if (withToken) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/applications/1%00", "/api/v1/applications/1/sections/a%2Fb",
            "/api/v1/%2e%2e/%2e%2e/etc/passwd", "/api/v1/applications/1/sections/overview%00.json"})
    void aPathTheServerRefusesIsAChineseProblemOnTheApi(String path) throws Exception {
        HttpResponse<String> answer = get(path, "*/*", true);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("title").asString()).isEqualTo("请求无法处理");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isEqualTo(PATH_TEXT);
        assertThat(answer.body()).doesNotContain("Tomcat", "Apache", "HTTP Status");
    }

    @Test
    void aHeaderBeyondTheServersLimitIsTheSameChineseProblem() throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/api/v1/me"))
                        .header("Accept", "application/json").header("X-Big", "b".repeat(20_000)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(answer.body()).get("detail").asString()).isEqualTo(PATH_TEXT);
    }

    /**
     * A header value the server passes on (a byte above 0x7F, read as ISO-8859-1) but that holds a control character
     * (U+0085) is refused by the firewall when the application reads the header: the same Chinese problem.
     */
    @Test
    void aControlCharacterInAHeaderTheApplicationReadsIsRefusedWithTheSameChineseProblem() throws Exception {
        String answer;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                    + "Authorization: Bearer \u0085x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 400 ").contains("application/problem+json")
                .contains("\"detail\":\"" + PATH_TEXT + "\"");
    }

    /** A request line beyond the limit is refused before its path is known: the page, as for a browser. */
    @Test
    void anAddressBeyondTheServersLimitIsTheSystemsPage() throws Exception {
        HttpResponse<String> answer = get("/api/v1/" + "a".repeat(20_000), "application/json", true);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).startsWith("<!DOCTYPE html><html lang=\"zh-CN\">").contains("<p>" + PATH_TEXT + "</p>")
                .doesNotContain("Tomcat", "HTTP Status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login%00", "/applications/1%00/overview", "/%2e%2e/%2e%2e/etc/passwd"})
    void aPathTheServerRefusesIsAChinesePageInTheBrowser(String path) throws Exception {
        HttpResponse<String> answer = get(path, "text/html,application/xhtml+xml,*/*;q=0.8", false);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/html;charset=UTF-8");
        assertThat(answer.headers().firstValue("Content-Language").orElseThrow()).isEqualTo("zh-CN");
        assertThat(answer.body()).startsWith("<!DOCTYPE html><html lang=\"zh-CN\">")
                .contains("<title>请求无法处理</title>", "<h1>请求无法处理</h1>", "<p>" + PATH_TEXT + "</p>",
                        "<a href=\"/\">返回首页</a>")
                .doesNotContain("Tomcat", "Apache", "HTTP Status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/applications/%2e%2e/1", "/reference/a%2e%2e/b", "/login;jsessionid=x%2e"})
    void aPathTheFirewallRefusesIsTheSameSentenceOnTheSystemsErrorPage(String path) throws Exception {
        HttpResponse<String> answer = get(path, "text/html,application/xhtml+xml,*/*;q=0.8", false);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("<html lang=\"zh-CN\"", PATH_TEXT).doesNotContain("HTTP Status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "abc", "1.5", "-"})
    void anIdThatIsNotALongIsAChineseProblemNamingTheParameter(String id) throws Exception {
        HttpResponse<String> answer = get("/api/v1/applications/" + id, "application/json", true);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("title").asString()).isEqualTo("请求无法处理");
        assertThat(problem.get("detail").asString()).isEqualTo("地址或参数“id”应为一个有效的数字编号，系统没有处理该请求。");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/applications/" + id);
        assertThat(problem.get("requestId").asString()).matches("[0-9a-f]{12}");
        assertThat(problem.has("error")).isFalse();
    }

    /**
     * A parameter of another type than a number (here a yes or no) is named, without the number's sentence (on a
     * route whose module has no answer of its own for it).
     */
    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "%E6%98%AF"})
    void aParameterThatIsNotItsTypeIsAChineseProblemNamingIt(String changesOnly) throws Exception {
        HttpResponse<String> answer = get("/api/v1/applications/1/comparison?left=1&right=2&changesOnly=" + changesOnly,
                "application/json", true);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("title").asString()).isEqualTo("请求无法处理");
        assertThat(problem.get("detail").asString()).isEqualTo("地址或参数“changesOnly”的值无效，系统没有处理该请求。");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/applications/1/comparison");
    }

    @Test
    void anUnknownApiPathIsAChineseNotFound() throws Exception {
        HttpResponse<String> answer = get("/api/v1/nothing-here", "application/json", true);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("title").asString()).isEqualTo("页面不存在");
        assertThat(problem.get("detail").asString()).isEqualTo("您访问的页面或记录不存在，或者您无权查看。");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/nothing-here");
    }

    @Test
    void aMethodThePathDoesNotTakeIsAChineseProblemWithItsAllowHeader() throws Exception {
        HttpResponse<String> answer = get("/api/v1/applications/1/submit", "application/json", true);

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Allow").orElseThrow()).isEqualTo("POST");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("title").asString()).isEqualTo("不支持该请求方法");
        assertThat(problem.get("detail").asString())
                .isEqualTo("该地址不接受这种请求方法（例如应使用 POST 而不是 GET），系统没有处理该请求。");
    }
}
