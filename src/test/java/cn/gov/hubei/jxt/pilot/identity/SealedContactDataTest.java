package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.identity.internal.AccountContactSealing;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts' e-mail addresses and mobile numbers sealed at rest with SM4, found by digest, re-sealed on rotation. */
@IntegrationTest
class SealedContactDataTest {

    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired AccountContactSealing sealing;
    @Value("${app.crypto.keys}") String testKeys;

    String column(long id, String column) {
        return jdbc.sql("select " + column + " from user_account where id = :id").param("id", id)
                .query(String.class).single();
    }

    AccountView anAccount() {
        String username = "seal" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(new NewAccount(username, "密封测试", "Zhang.San+" + username + "@example.com",
                "13972005678", Set.of(Role.RECOMMENDER), null, "420500"), "Yichang#2026", false);
    }

    @Test
    void theColumnsHoldNoPlainTextAndTheAccountReadsWhole() {
        AccountView account = anAccount();
        String email = column(account.id(), "email");
        String mobile = column(account.id(), "mobile");
        assertThat(email).startsWith("sm4gcm:test1:").doesNotContain("@").doesNotContain("example");
        assertThat(mobile).startsWith("sm4gcm:test1:").doesNotContain("13972").doesNotContain("5678");
        assertThat(column(account.id(), "email_digest")).hasSize(64);
        AccountView read = users.findByUsername(account.username()).orElseThrow();
        assertThat(read.email()).isEqualToIgnoringCase("Zhang.San+" + account.username() + "@example.com");
        assertThat(read.mobile()).isEqualTo("13972005678");
    }

    @Test
    void theWholeAddressOrNumberFindsTheAccountThroughItsDigestAndAPartDoesNot() {
        AccountView account = anAccount();
        String email = users.findByUsername(account.username()).orElseThrow().email();
        assertThat(users.search(email.toUpperCase(), null, 10, 0)).extracting(AccountView::id).contains(account.id());
        assertThat(users.search(" " + email + " ", null, 10, 0)).extracting(AccountView::id).contains(account.id());
        assertThat(users.search("example.com", null, 10, 0)).extracting(AccountView::id).doesNotContain(account.id());
        assertThat(users.search("13972005678", null, 500, 0)).extracting(AccountView::id).contains(account.id());
    }

    @Test
    void rowsInPlainTextAreSealedAtStartAndARotationReSealsEveryRowWhileOldRowsStayReadable() {
        AccountView account = anAccount();
        String email = users.findByUsername(account.username()).orElseThrow().email();
        // a row as an earlier release wrote it
        jdbc.sql("update user_account set email = :e, mobile = '13972005678', email_digest = null, mobile_digest = null"
                + " where id = :id").param("e", email).param("id", account.id()).update();
        assertThat(users.findByUsername(account.username()).orElseThrow().email()).as("read before sealing")
                .isEqualTo(email);
        assertThat(sealing.reseal(cipher)).isGreaterThanOrEqualTo(1);
        assertThat(column(account.id(), "mobile")).startsWith("sm4gcm:test1:").doesNotContain("13972");
        assertThat(users.search(email, null, 10, 0)).extracting(AccountView::id).contains(account.id());
        assertThat(sealing.reseal(cipher)).as("idempotent").isZero();

        String[] test1 = testKeys.split("=", 2);
        byte[] key1 = Base64.getDecoder().decode(test1[1]);
        byte[] key2 = new byte[16];
        new SecureRandom().nextBytes(key2);
        PersonalDataCipher rotated = new PersonalDataCipher(Map.of("test1", key1, "test2", key2), "test2", "test1");
        PersonalDataCipher back = new PersonalDataCipher(Map.of("test1", key1, "test2", key2), "test1", "test1");
        try {
            int rows = jdbc.sql("select count(*) from user_account where email is not null or mobile is not null")
                    .query(Integer.class).single();
            assertThat(sealing.reseal(rotated)).isEqualTo(rows);
            String sealed = column(account.id(), "email");
            assertThat(sealed).startsWith("sm4gcm:test2:");
            assertThat(rotated.decrypt(sealed)).isEqualTo(email);
            assertThat(column(account.id(), "email_digest")).as("the digest key does not rotate")
                    .isEqualTo(cipher.digest("email:" + email.toLowerCase(java.util.Locale.ROOT)));
        } finally {
            sealing.reseal(back);
        }
        assertThat(column(account.id(), "email")).startsWith("sm4gcm:test1:");
        assertThat(users.findByUsername(account.username()).orElseThrow().email()).isEqualTo(email);
    }
}
