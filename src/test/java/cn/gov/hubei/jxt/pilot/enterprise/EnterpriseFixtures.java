package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.Sessions;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Builders for the enterprise tests: unique credit codes, enterprises with staff, logins, mailed links, audit. */
final class EnterpriseFixtures {

    static final String PASSWORD = "Pilot#2026x";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DIGITS = "0123456789";

    /** An enterprise with its manager (and their login). */
    record Staff(long enterpriseId, long userId, String username, String creditCode) {
    }

    private final MockMvc mvc;
    private final Enterprises enterprises;
    private final UserAdministration users;
    private final JdbcClient jdbc;

    EnterpriseFixtures(MockMvc mvc, Enterprises enterprises, UserAdministration users, JdbcClient jdbc) {
        this.mvc = mvc;
        this.enterprises = enterprises;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A valid code of an enterprise registered in {@code area}, unique to the test run. */
    static String aCode(String area) {
        StringBuilder body = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            body.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        }
        return UnifiedSocialCreditCode.forEnterprise(area, body.toString()).value();
    }

    /** The code with another check character at position 18: only that check fails. */
    static String withWrongCheckCharacter(String code) {
        char right = code.charAt(17);
        char wrong = right == 'A' ? 'B' : 'A';
        return code.substring(0, 17) + wrong;
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + RANDOM.nextInt(1000);
    }

    /** An enterprise of 宜昌 with a manager who logs in with {@link #PASSWORD}. */
    Staff anEnterpriseWithItsManager() {
        String code = aCode("420502");
        long enterpriseId = enterprises.add(code, "测试企业" + code.substring(10), "420500").id();
        String username = unique("mgr");
        long userId = users.create(new NewAccount(username, "企业管理员", username + "@example.com", null,
                Set.of(Role.APPLICANT), enterpriseId, null), PASSWORD, false).id();
        enterprises.addMember(enterpriseId, userId, true);
        return new Staff(enterpriseId, userId, username, code);
    }

    /** A colleague of the enterprise who is no manager. */
    Staff aColleagueOf(Staff manager) {
        String username = unique("col");
        long userId = users.create(new NewAccount(username, "企业同事", username + "@example.com", null,
                Set.of(Role.APPLICANT), manager.enterpriseId(), null), PASSWORD, false).id();
        enterprises.addMember(manager.enterpriseId(), userId, false);
        return new Staff(manager.enterpriseId(), userId, username, manager.creditCode());
    }

    Cookie login(String username) throws Exception {
        return login(username, PASSWORD);
    }

    Cookie login(String username, String password) throws Exception {
        return Sessions.of(mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn());
    }

    /** The last confirmation link mailed to the holder of {@code username}, read from the e-mail outbox. */
    static String linkFor(JdbcClient jdbc, String username) {
        Pattern mail = Pattern.compile("用户名：" + Pattern.quote(username) + "）.*?(/register/confirm/[A-Za-z0-9_-]{43})",
                Pattern.DOTALL);
        String link = null;
        for (String body : jdbc.sql("select body from mail_outbox order by id").query(String.class).list()) {
            Matcher m = mail.matcher(body);
            while (m.find()) {
                link = m.group(1);
            }
        }
        if (link == null) {
            throw new AssertionError("no confirmation link was mailed to " + username);
        }
        return link;
    }

    /** The bodies of the mails waiting in or sent from the outbox whose body contains {@code text}. */
    static List<String> mailsContaining(JdbcClient jdbc, String text) {
        return jdbc.sql("select recipient || ': ' || subject || ' ' || body from mail_outbox where strpos(body, :t) > 0 order by id")
                .param("t", text).query(String.class).list();
    }

    /** The actions recorded in the audit trail for the enterprise, oldest first. */
    List<String> auditActions(long enterpriseId) {
        return jdbc.sql("""
                        select action from audit_entry where target_type = 'enterprise' and target_id = :id
                        order by seq""")
                .param("id", String.valueOf(enterpriseId)).query(String.class).list();
    }

    /** One detail of the latest audit entry of the action for the enterprise, as text. */
    String auditDetail(long enterpriseId, String action, String key) {
        return jdbc.sql("""
                        select cast(details as jsonb) ->> :key from audit_entry
                        where target_type = 'enterprise' and target_id = :id and action = :action
                        order by seq desc limit 1""")
                .param("key", key).param("id", String.valueOf(enterpriseId)).param("action", action)
                .query(String.class).optional().orElse(null);
    }
}
