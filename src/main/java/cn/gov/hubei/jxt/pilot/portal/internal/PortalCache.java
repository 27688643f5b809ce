package cn.gov.hubei.jxt.pilot.portal.internal;

import cn.gov.hubei.jxt.pilot.designation.DesignationRevoked;
import cn.gov.hubei.jxt.pilot.designation.ProjectsDesignated;
import cn.gov.hubei.jxt.pilot.portal.ScenarioPublicationChanged;
import cn.gov.hubei.jxt.pilot.publicity.NoticeClosed;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntryRemoved;
import cn.gov.hubei.jxt.pilot.publicity.NoticeOpened;
import cn.gov.hubei.jxt.pilot.publicity.NoticeReleased;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The in-process cache of the portal's public data (the rendered lists' data, not the pages): each entry lives
 * {@link #TTL} at most and every entry is dropped after a change commits here (a designation or its revocation, a notice's release,
 * opening or closing, a scenario's publication, withdrawal or public text, a project's industry). Another node's
 * entries expire within the TTL, which is also the pages' {@code Cache-Control: max-age}.
 */
@Component
class PortalCache {

    static final Duration TTL = Duration.ofSeconds(60);

    private record Entry(long expiresAtNanos, Object value) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> load) {
        long now = System.nanoTime();
        Entry e = entries.get(key);
        if (e != null && e.expiresAtNanos - now > 0) {
            return (T) e.value;
        }
        T value = load.get();
        if (entries.size() > 2000) {
            entries.clear(); // a flood of distinct searches must not grow the heap
        }
        entries.put(key, new Entry(now + TTL.toNanos(), value));
        return value;
    }

    /** Drops every entry. */
    void clear() {
        entries.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProjectsDesignated event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DesignationRevoked event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeReleased event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeOpened event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeClosed event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeEntryRemoved event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ScenarioPublicationChanged event) {
        clear();
    }
}
