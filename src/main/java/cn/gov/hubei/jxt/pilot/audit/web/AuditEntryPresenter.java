package cn.gov.hubei.jxt.pilot.audit.web;

import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification;
import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.audit.AuditTargetNames;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditEntry;
import cn.gov.hubei.jxt.pilot.audit.internal.CanonicalJson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns stored entries into what people read: Shanghai time, the actor (匿名 for a visitor who was not logged in,
 * 系统 for scheduled work), the role's, action's and object type's names from the message bundles, the object by its
 * name where its module can name it, outcome names and indented details.
 */
@Component
class AuditEntryPresenter {


    /** The actor of a request by someone not logged in, and of work that no person started (see AuditOrigin). */
    static final String ANONYMOUS = "anonymous";
    static final String SYSTEM = "system";

    private final MessageSource messages;
    private final Map<String, AuditTargetNames> targetNames;
    private final ZoneId zone;
    private final DateTimeFormatter time;

    AuditEntryPresenter(MessageSource messages, ObjectProvider<AuditTargetNames> targetNames, Clock clock) {
        this.messages = messages;
        this.zone = clock.getZone();
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        this.targetNames = targetNames.orderedStream()
                .collect(Collectors.toMap(AuditTargetNames::targetType, Function.identity(), (a, b) -> a));
    }

    /** The zone in which the audit pages show times and read calendar days: the clock's. */
    ZoneId zone() {
        return zone;
    }

    /** A moment as the audit pages and the CSV show it ({@code yyyy-MM-dd HH:mm:ss}). */
    String time(java.time.Instant instant) {
        return time.format(instant);
    }

    /**
     * An entry as the page shows it: {@code action} is the code (for the filter), {@code actionLabel} its name,
     * {@code target} the object in words (null when the entry has none).
     */
    record EntryView(long seq, String time, String actor, String roleName, String clientAddress, String action,
                     String actionLabel, String targetType, String targetId, String target, AuditOutcome outcome,
                     String outcomeLabel, String details) {
    }

    /** A verification result as the page shows it. */
    record VerificationView(boolean intact, String message) {
    }

    /** The entries of a page, with the objects they point at named by one query per object type. */
    List<EntryView> views(List<AuditEntry> entries) {
        Map<String, Map<String, String>> names = new HashMap<>();
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        for (AuditEntry entry : entries) {
            if (entry.targetType() != null && entry.targetId() != null) {
                idsByType.computeIfAbsent(entry.targetType(), t -> new ArrayList<>()).add(entry.targetId());
            }
        }
        idsByType.forEach((type, ids) -> {
            AuditTargetNames resolver = targetNames.get(type);
            names.put(type, resolver == null ? Map.of()
                    : new HashMap<>(resolver.names(ids.stream().distinct().toList())));
        });
        return entries.stream().map(e -> view(e, e.targetType() == null || e.targetId() == null ? null
                : names.get(e.targetType()).get(e.targetId()))).toList();
    }

    EntryView view(AuditEntry entry) {
        return views(List.of(entry)).get(0);
    }

    private EntryView view(AuditEntry entry, String targetName) {
        String details = "{}".equals(entry.details()) ? null : CanonicalJson.pretty(entry.details());
        return new EntryView(entry.seq(), time.format(entry.occurredAt()), actorName(entry.actor()),
                roleName(entry.actor(), entry.role()), entry.clientAddress(), entry.action(),
                actionLabel(entry.action()), entry.targetType(), entry.targetId(),
                target(entry.targetType(), entry.targetId(), targetName), entry.outcome(),
                outcomeLabel(entry.outcome()), details);
    }

    /** The actor for people: 匿名 for a visitor who was not logged in, 系统 for scheduled work, else the user name. */
    String actorName(String actor) {
        if (ANONYMOUS.equals(actor) || SYSTEM.equals(actor)) {
            return messages.getMessage("audit.actor." + actor, null, actor, locale());
        }
        return actor;
    }

    /**
     * The role the actor acted in, for people. The identity module's {@code role.X} wins when it exists, so each
     * role has one name everywhere; this module's {@code audit.role.X} is the fallback, then the stored code
     * itself. An entry without a role names what the actor was: a visitor, the system, or 未记录 (an entry
     * recorded without one).
     */
    String roleName(String actor, String role) {
        if (role == null) {
            String kind = ANONYMOUS.equals(actor) ? ANONYMOUS : SYSTEM.equals(actor) ? SYSTEM : "unknown";
            return messages.getMessage("audit.role.none." + kind, null, locale());
        }
        return roleName(role);
    }

    String roleName(String role) {
        if (role == null) {
            return null;
        }
        return messages.getMessage(new DefaultMessageSourceResolvable(
                new String[]{"role." + role, "audit.role." + role}, null, role), locale());
    }

    /** The action's name, {@code audit.action.<action>} in the bundle of the module that records it; else the code. */
    String actionLabel(String action) {
        return messages.getMessage("audit.action." + action, null, action, locale());
    }

    /** An action of the filter's list: its code (what the filter matches) and its name. */
    record ActionOption(String code, String label) {
    }

    List<ActionOption> actionOptions(List<String> actions) {
        return actions.stream().map(a -> new ActionOption(a, actionLabel(a))).toList();
    }

    /** The object type's name, {@code audit.target.<type>}; else the code. */
    String targetTypeLabel(String type) {
        return type == null ? null : messages.getMessage("audit.target." + type, null, type, locale());
    }

    /** The object in words: its type's name and its own name where known, else its type's name and its id. */
    String target(String type, String id, String name) {
        if (type == null) {
            return id;
        }
        String typeLabel = targetTypeLabel(type);
        if (id == null) {
            return typeLabel;
        }
        return name != null ? message("audit.target.named", typeLabel, name)
                : message("audit.target.numbered", typeLabel, id);
    }

    String outcomeLabel(AuditOutcome outcome) {
        return messages.getMessage("audit.outcome." + outcome.name(), null, outcome.name(), locale());
    }

    VerificationView view(AuditChainVerification result) {
        String time = this.time.format(result.verifiedAt());
        if (result.intact()) {
            return new VerificationView(true, messages.getMessage("audit.verify.intact", new Object[]{
                    String.valueOf(result.checkedEntries()), String.valueOf(result.fromSeq()),
                    String.valueOf(result.headSeq()), time, result.headHash(),
                    String.valueOf(result.checkpointsChecked())}, locale()));
        }
        String problem = messages.getMessage("audit.verify.problem." + result.problem().name(),
                new Object[]{String.valueOf(result.firstBrokenSeq()), result.brokenCheckpoint()}, locale());
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
