package cn.gov.hubei.jxt.pilot.platform;

import cn.gov.hubei.jxt.pilot.BrowserTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X-Forwarded-* headers are honoured only from the proxies named in {@code app.web.trusted-proxies}: by default from
 * nobody, not even from 127.0.0.1, so a request cannot choose the host of the login redirect or the client address
 * in the audit trail.
 */
class ForwardedHeadersTest {

    static HttpResponse<String> send(int port, String path, String method, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.9");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String auditedAddressOfAFailedLogin(int port, JdbcClient jdbc) throws Exception {
        String name = "fwd" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send(port, "/api/v1/auth/token", "POST",
                "{\"username\":\"" + name + "\",\"password\":\"Nope#2026x\"}").statusCode()).isEqualTo(401);
        return jdbc.sql("select client_address from audit_entry where action = 'identity.login' and actor = :a")
                .param("a", name).query(String.class).single();
    }

    @Nested
    @BrowserTest
    class ByDefault {

        @LocalServerPort int port;
        @Autowired JdbcClient jdbc;

        @Test
        void theLoginRedirectGoesToTheRealHost() throws Exception {
            HttpResponse<String> response = send(port, "/admin/users", "GET", null);
            assertThat(response.statusCode()).isEqualTo(302);
            String location = response.headers().firstValue("Location").orElseThrow();
            assertThat(location).isEqualTo("http://localhost:" + port + "/login");
        }

        @Test
        void theAuditTrailRecordsTheRealClientAddress() throws Exception {
            assertThat(auditedAddressOfAFailedLogin(port, jdbc)).isEqualTo("127.0.0.1");
        }
    }

    @Nested
    @BrowserTest
    @TestPropertySource(properties = "app.web.trusted-proxies=10.0.0.5, 127.0.0.1")
    class FromAConfiguredProxy {

        @LocalServerPort int port;
        @Autowired JdbcClient jdbc;

        @Test
        void theHeadersAreHonoured() throws Exception {
            HttpResponse<String> response = send(port, "/admin/users", "GET", null);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).isEqualTo("https://evil.example/login");
            assertThat(auditedAddressOfAFailedLogin(port, jdbc)).isEqualTo("203.0.113.9");
        }
    }
}
