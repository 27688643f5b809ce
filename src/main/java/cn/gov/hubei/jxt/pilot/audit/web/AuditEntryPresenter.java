package cn.gov.hubei.jxt.pilot.audit.web;

import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification;
import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditEntry;
import cn.gov.hubei.jxt.pilot.audit.internal.CanonicalJson;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Turns stored entries into what people read: Shanghai time, Chinese role and outcome names, indented details. */
@Component
class AuditEntryPresenter {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SHANGHAI);

    private final MessageSource messages;

    AuditEntryPresenter(MessageSource messages) {
        this.messages = messages;
    }

    /** An entry as the page shows it. */
    record EntryView(long seq, String time, String actor, String roleName, String clientAddress, String action,
                     String actionLabel, String targetType, String targetId, AuditOutcome outcome,
                     String outcomeLabel, String details) {
    }

    /** A verification result as the page shows it. */
    record VerificationView(boolean intact, String message) {
    }

    EntryView view(AuditEntry entry) {
        String details = "{}".equals(entry.details()) ? null : CanonicalJson.pretty(entry.details());
        return new EntryView(entry.seq(), TIME.format(entry.occurredAt()), entry.actor(), roleName(entry.role()),
                entry.clientAddress(), entry.action(), actionLabel(entry.action()), entry.targetType(),
                entry.targetId(), entry.outcome(), outcomeLabel(entry.outcome()), details);
    }

    /**
     * The role's name for people. The identity module's {@code role.X} wins when it exists, so each role has one
     * name everywhere; this module's {@code audit.role.X} is the fallback, then the stored code itself.
     */
    String roleName(String role) {
        if (role == null) {
            return null;
        }
        return messages.getMessage(new DefaultMessageSourceResolvable(
                new String[]{"role." + role, "audit.role." + role}, null, role), locale());
    }

    /** A module may name its actions for people with a message {@code audit.action.<action>}; else none. */
    String actionLabel(String action) {
        return messages.getMessage("audit.action." + action, null, null, locale());
    }

    String outcomeLabel(AuditOutcome outcome) {
        return messages.getMessage("audit.outcome." + outcome.name(), null, outcome.name(), locale());
    }

    VerificationView view(AuditChainVerification result) {
        String time = TIME.format(result.verifiedAt());
        if (result.intact()) {
            return new VerificationView(true, messages.getMessage("audit.verify.intact", new Object[]{
                    String.valueOf(result.checkedEntries()), String.valueOf(result.fromSeq()),
                    String.valueOf(result.headSeq()), time, result.headHash()}, locale()));
        }
        String problem = messages.getMessage("audit.verify.problem." + result.problem().name(),
                new Object[]{String.valueOf(result.firstBrokenSeq())}, locale());
        return new VerificationView(false, messages.getMessage("audit.verify.broken", new Object[]{
                problem, String.valueOf(result.checkedEntries()), String.valueOf(result.fromSeq()), time}, locale()));
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
