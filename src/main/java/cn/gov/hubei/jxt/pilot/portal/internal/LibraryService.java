package cn.gov.hubei.jxt.pilot.portal.internal;

import cn.gov.hubei.jxt.pilot.portal.ScenarioLibrary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The public library: published scenarios in one SQL query per page (cached briefly, {@link PortalCache}). */
@Service
class LibraryService implements ScenarioLibrary {

    private final ScenarioRepository repository;
    private final PortalCache cache;

    LibraryService(ScenarioRepository repository, PortalCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    @Override
    @Transactional(readOnly = true)
    public Page search(Filter filter) {
        return cache.get("scenarios:" + filter, () -> {
            long total = repository.countPublished(filter);
            int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            int page = Math.min(filter.page(), pageCount - 1);
            return new Page(repository.published(filter, page * PAGE_SIZE, PAGE_SIZE), total, page, pageCount);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicScenario> find(long scenarioId) {
        return cache.get("scenario:" + scenarioId, () -> repository.findPublished(scenarioId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicScenario> ofApplication(long applicationId) {
        return cache.get("scenarios-of:" + applicationId, () -> repository.publishedOf(applicationId));
    }
}
