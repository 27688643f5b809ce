package cn.gov.hubei.jxt.pilot.notification.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * The mail's part of {@code /actuator/health} ("outbox"), in place of Spring Boot's mail health indicator
 * ({@code management.health.mail.enabled=false}), which opened a connection to the mail server at every health request
 * and reported the node DOWN while the mail server was away. A node serves without a mail server: the outbox keeps what
 * is not delivered and delivers it when the server is back. So this part is always UP and tells, to those who may see
 * details, how many mails are due and how long the oldest has waited — a figure to alert on, from the database, the
 * same on every node.
 */
@Component("outbox")
class OutboxHealth implements HealthIndicator {

    private final MailOutbox outbox;
    private final Clock clock;

    OutboxHealth(MailOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Health health() {
        var now = clock.instant();
        MailOutbox.Backlog backlog = outbox.backlog(now);
        Health.Builder health = Health.up().withDetail("due", backlog.due());
        if (backlog.oldestDueAt() != null) {
            health.withDetail("oldestDueSeconds", Duration.between(backlog.oldestDueAt(), now).toSeconds());
        }
        return health.build();
    }
}
