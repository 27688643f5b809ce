package cn.gov.hubei.jxt.pilot.portal.internal;

import cn.gov.hubei.jxt.pilot.portal.PortalNotices;
import cn.gov.hubei.jxt.pilot.publicity.NoticeStatus;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;

/** The notice the portal's home shows: one released and not yet over (open first, else the next to open). */
@Component
class CurrentNotices implements PortalNotices {

    private final OtherStages stages;
    private final PortalCache cache;
    private final Clock clock;

    CurrentNotices(OtherStages stages, PortalCache cache, Clock clock) {
        this.stages = stages;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public Optional<PublicNotice> current() {
        var now = clock.instant();
        return cache.get("notices", stages::notices).stream()
                .filter(n -> n.status() != NoticeStatus.DRAFT && !n.isOverAt(now))
                .min(Comparator.comparing((PublicNotice n) -> !n.acceptsObjectionsAt(now))
                        .thenComparing(PublicNotice::opensAt));
    }
}
