package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Set;
import java.util.TreeSet;

/**
 * Ends what an account may still do with an earlier login: its other web sessions (found in Spring Session's store
 * by principal name) and every bearer token. Called whenever an account is disabled, its password reset or changed;
 * the session of the request that does it survives (a person changing their own password stays logged in there).
 */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ApiTokens tokens;
    private final AuditTrail audit;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, ApiTokens tokens, AuditTrail audit) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.audit = audit;
    }

    /**
     * Ends every web session of the account except the current request's, and revokes all its tokens; records
     * {@code identity.sessions-ended} (and {@code identity.tokens-revoked}) when there was anything to end.
     *
     * @param reason why, e.g. {@code account-disabled}, {@code password-reset}, {@code password-changed}
     * @return the number of sessions ended
     */
    public int endAll(long userId, String username, String reason) {
        String keep = currentSessionId();
        Set<String> ended = new TreeSet<>(sessions.findByPrincipalName(username).keySet());
        if (keep != null) {
            ended.remove(keep);
        }
        ended.forEach(sessions::deleteById);
        if (!ended.isEmpty()) {
            audit.record(AuditRecord.of("identity.sessions-ended").target("user_account", userId)
                    .detail("username", username).detail("count", ended.size()).detail("reason", reason).build());
        }
        tokens.revokeAll(userId, reason);
        return ended.size();
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
