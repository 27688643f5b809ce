package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationPermissions;
import cn.gov.hubei.jxt.pilot.application.ApplicationDraft;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.internal.DraftValidator;
import cn.gov.hubei.jxt.pilot.application.internal.RuleContext;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** What the application pages share: loading within the caller's scope, messages, times in the clock's zone. */
@Component
class ApplicationPages {

    /**
     * The statuses whose reason the overview shows to the enterprise: those that a transition with a required reason
     * leads to (the reason of the decision that led there; a plain submission carries none).
     */
    static final java.util.Set<ApplicationStatus> REASON_SHOWN = java.util.Arrays.stream(
                    cn.gov.hubei.jxt.pilot.application.ApplicationTransition.values())
            .filter(cn.gov.hubei.jxt.pilot.application.ApplicationTransition::reasonRequired)
            .map(cn.gov.hubei.jxt.pilot.application.ApplicationTransition::to)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final ProjectApplications applications;
    private final ApplicationPermissions permissions;
    private final DraftValidator validator;
    private final MessageSource messages;
    private final ZoneId zone;

    ApplicationPages(ProjectApplications applications, ApplicationPermissions permissions, DraftValidator validator,
                     MessageSource messages, Clock clock) {
        this.applications = applications;
        this.permissions = permissions;
        this.validator = validator;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** The application if the user's scope holds it; otherwise 404, exactly as for an id that does not exist. */
    ApplicationSummary load(long id, CurrentUser user) {
        return applications.find(id, permissions.scopeOf(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The working draft, for the enterprise; 404 for everyone else. */
    ApplicationDraft draft(long id, CurrentUser user) {
        ApplicationSummary application = load(id, user);
        if (!permissions.canReadDraft(user, application)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return applications.draft(id, permissions.scopeOf(user));
    }

    ApplicationScope scope(CurrentUser user) {
        return permissions.scopeOf(user);
    }

    RuleContext context(ApplicationDraft draft) {
        return validator.context(draft.application(), draft.contents(), draft.files());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** A refusal's message; arguments that are message keys (statuses, transitions) are resolved first. */
    String text(MessageSourceResolvable resolvable) {
        Object[] args = resolvable.getArguments() == null ? new Object[0] : resolvable.getArguments().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && s.startsWith("application.")) {
                args[i] = text(s);
            }
        }
        return messages.getMessage(resolvable.getCodes()[0], args, resolvable.getCodes()[0],
                LocaleContextHolder.getLocale());
    }

    /** An instant as the date and time shown on the pages: in the clock's zone. */
    LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
