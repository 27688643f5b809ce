package cn.gov.hubei.jxt.pilot.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.sql.SQLTransientConnectionException;
import java.util.Map;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which failures mean "the database is away", and the 503 the client then gets. The whole path: CrashSafetyTest. */
class DatabaseUnavailableTest {

    private final OncePerRequestFilter filter = filter(new StaticListableBeanFactory());

    @Test
    void aPoolTimeoutOrALostConnectionIsTheDatabaseBeingAway() {
        // Hikari's connection timeout, as the transaction manager and JdbcClient wrap it
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "embedded - Connection is not available, request timed out after 5000ms.");
        assertThat(DatabaseUnavailable.isUnavailable(new CannotCreateTransactionException("no connection", timeout))).isTrue();
        assertThat(DatabaseUnavailable.isUnavailable(new CannotGetJdbcConnectionException("no connection", timeout))).isTrue();
        // the server went away under a running statement (08006), or is shutting down (57P01)
        assertThat(DatabaseUnavailable.isUnavailable(new ServletException("Request processing failed",
                new RuntimeException(new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE))))).isTrue();
        // the statement failed, then the rollback on the broken connection: the rollback's failure is thrown
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new java.sql.SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("I/O error",
                new PSQLException("An I/O error occurred while sending to the backend", PSQLState.CONNECTION_FAILURE)));
        assertThat(DatabaseUnavailable.isUnavailable(new ServletException("Request processing failed", rollback))).isTrue();
        // the commit met the server's loss, the pool evicted the connection, the rollback found it closed
        assertThat(DatabaseUnavailable.isUnavailable(new TransactionSystemException("JDBC rollback failed",
                new java.sql.SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseUnavailable.isUnavailable(new TransactionSystemException("JDBC commit failed",
                new java.sql.SQLException("could not serialize access", "40001")))).as("a conflict").isFalse();
        assertThat(DatabaseUnavailable.isUnavailable(new java.sql.SQLException("terminating connection due to "
                + "administrator command", "57P01"))).isTrue();
    }

    @Test
    void aBrokenRuleOrABugIsNot() {
        assertThat(DatabaseUnavailable.isUnavailable(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseUnavailable.isUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.isUnavailable(new java.sql.SQLException("syntax error", "42601"))).isFalse();
    }

    @Test
    void theApiGets503WithAChineseProblemAndRetryAfter() throws Exception {
        MockHttpServletResponse response = run("/api/v1/applications/7/sections/basic",
                new CannotCreateTransactionException("x", new SQLTransientConnectionException("timed out")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentAsString()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"系统暂时无法使用\","
                + "\"status\":503,\"detail\":\"数据库暂时无法连接，本次操作未能确认完成。请稍候几秒后刷新查看并重试；如问题持续，请联系系统管理员。\","
                + "\"instance\":\"/api/v1/applications/7/sections/basic\"}");
    }

    @Test
    void aPageGets503WithTheChineseText() throws Exception {
        MockHttpServletResponse response = run("/applications/7",
                new ServletException("x", new CannotGetJdbcConnectionException("x", new SQLTransientConnectionException("t"))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("<h1>系统暂时无法使用</h1>").contains("数据库暂时无法连接");
    }

    @Test
    void otherFailuresPassThroughUnchanged() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertThatThrownBy(() -> run("/api/v1/me", bug)).isSameAs(bug);
    }

    @Test
    void anyFailureWhileTheDatabaseDoesNotAnswerIs503() throws Exception {
        PGSimpleDataSource away = new PGSimpleDataSource();
        away.setServerNames(new String[] {"127.0.0.1"});
        away.setPortNumbers(new int[] {1});
        away.setConnectTimeout(1);
        OncePerRequestFilter whileAway = filter(new StaticListableBeanFactory(Map.of("dataSource", away)));

        MockHttpServletResponse response = run(whileAway, "/api/v1/applications/7",
                new IllegalStateException("a read came back empty"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("数据库暂时无法连接");
    }

    private MockHttpServletResponse run(String path, Exception failure) throws Exception {
        return run(filter, path, failure);
    }

    private static MockHttpServletResponse run(OncePerRequestFilter filter, String path, Exception failure)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> {
            if (failure instanceof ServletException e) {
                throw e;
            }
            throw (RuntimeException) failure;
        };
        filter.doFilter(request, response, chain);
        return response;
    }

    private static OncePerRequestFilter filter(StaticListableBeanFactory beans) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/web");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new DatabaseUnavailable().databaseUnavailableFilter(messages,
                beans.getBeanProvider(DataSource.class)).getFilter();
    }
}
