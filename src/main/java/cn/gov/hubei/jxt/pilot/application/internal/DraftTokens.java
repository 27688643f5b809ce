package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.SectionKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The draft tokens that section forms carry. A token is issued to a user for one section of one application when
 * the form is shown. A form posted after the session expired is kept under its token (kind EXPIRED) and offered to
 * the same user after login; a form that met a version conflict is kept (kind CONFLICT) for the conflict page.
 * Nothing kept here is ever saved into the draft without the person choosing it.
 */
@Repository
public class DraftTokens {

    /** Unused tokens are forgotten after this; kept forms stay until they are saved or discarded. */
    static final Duration UNUSED_TOKEN_LIFETIME = Duration.ofDays(2);

    public enum Kind { EXPIRED, CONFLICT }

    /** A kept form: whose, for which section, what kind, the payload (JSON) and when it was posted. */
    public record Kept(String token, String username, long applicationId, SectionKey section, Kind kind,
                       String payload, Instant postedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DraftTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A fresh token for the user's form of one section. */
    public String issue(String username, long applicationId, SectionKey section) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Instant now = clock.instant();
        jdbc.sql("delete from application_draft_token where payload is null and issued_at < :cutoff")
                .param("cutoff", ApplicationRepository.at(now.minus(UNUSED_TOKEN_LIFETIME))).update();
        jdbc.sql("""
                        insert into application_draft_token (token, username, application_id, section_key, issued_at)
                        values (:token, :username, :id, :section, :now)""")
                .param("token", token).param("username", username).param("id", applicationId)
                .param("section", section.key()).param("now", ApplicationRepository.at(now)).update();
        return token;
    }

    /** The token's owner and target, whatever it holds. */
    public Optional<Kept> find(String token) {
        return jdbc.sql("""
                        select token, username, application_id, section_key, payload_kind, payload, posted_at
                        from application_draft_token where token = :token""")
                .param("token", token)
                .query((rs, n) -> new Kept(rs.getString(1), rs.getString(2), rs.getLong(3),
                        SectionKey.byKey(rs.getString(4)).orElseThrow(),
                        rs.getString(5) == null ? null : Kind.valueOf(rs.getString(5)), rs.getString(6),
                        ApplicationRepository.instant(rs, 7)))
                .optional();
    }

    /** Keeps a posted form under its token (a later post under the same token replaces it: it is newer). */
    public void keep(String token, Kind kind, String payload) {
        jdbc.sql("update application_draft_token set payload = :payload, payload_kind = :kind, posted_at = :now "
                        + "where token = :token")
                .param("payload", payload).param("kind", kind.name())
                .param("now", ApplicationRepository.at(clock.instant())).param("token", token).update();
    }

    /** The newest form the user posted after the session expired, for this section. */
    public Optional<Kept> latestExpired(String username, long applicationId, SectionKey section) {
        return jdbc.sql("""
                        select token from application_draft_token
                        where username = :username and application_id = :id and section_key = :section
                          and payload_kind = 'EXPIRED'
                        order by posted_at desc limit 1""")
                .param("username", username).param("id", applicationId).param("section", section.key())
                .query(String.class).optional().flatMap(this::find);
    }

    /** Forgets the user's kept forms of the section: they were saved or discarded. */
    public void clear(String username, long applicationId, SectionKey section, Kind kind) {
        jdbc.sql("""
                        delete from application_draft_token
                        where username = :username and application_id = :id and section_key = :section
                          and payload_kind = :kind""")
                .param("username", username).param("id", applicationId).param("section", section.key())
                .param("kind", kind.name()).update();
    }

    public void discard(String token) {
        jdbc.sql("delete from application_draft_token where token = :token").param("token", token).update();
    }
}
