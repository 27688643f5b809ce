package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationDraft;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.DraftSections;
import cn.gov.hubei.jxt.pilot.application.FieldDifference;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.StatusChange;
import cn.gov.hubei.jxt.pilot.application.VersionComparison;
import cn.gov.hubei.jxt.pilot.application.VersionInfo;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * Reading applications within the caller's scope: lists and counts (one query), one application, its history, its
 * frozen versions and their comparison field by field.
 */
@Component
class Reading {

    private final ApplicationRepository repository;
    private final Drafting drafting;
    private final SectionJson json;
    private final EnterpriseProfileSource profiles;

    Reading(ApplicationRepository repository, Drafting drafting, SectionJson json,
            EnterpriseProfileSource profiles) {
        this.repository = repository;
        this.drafting = drafting;
        this.json = json;
        this.profiles = profiles;
    }

    List<ApplicationSummary> list(ApplicationQuery query) {
        return repository.list(query);
    }

    long count(ApplicationQuery query) {
        return repository.count(query);
    }

    Optional<ApplicationSummary> find(long id, ApplicationScope scope) {
        return repository.find(id, scope);
    }

    /** The application in scope; otherwise not found. */
    ApplicationSummary require(long id, ApplicationScope scope) {
        return find(id, scope).orElseThrow(() -> new ApplicationNotFoundException(id));
    }

    List<StatusChange> history(long id, ApplicationScope scope) {
        require(id, scope);
        return repository.history(id).stream().map(h -> new StatusChange(h.transition(), h.from(), h.to(),
                h.occurredAt(), h.actor(), h.reason(), h.deadline(), h.versionNo())).toList();
    }

    List<VersionInfo> versions(long id, ApplicationScope scope) {
        require(id, scope);
        return repository.versions(id);
    }

    Optional<FrozenVersion> version(long id, int number, ApplicationScope scope) {
        require(id, scope);
        return repository.version(id, number).map(v -> new FrozenVersion(id, v.info().number(),
                v.info().submittedAt(), v.info().submittedBy(), json.readSnapshot(v.snapshot())));
    }

    VersionComparison compare(long id, int left, int right, ApplicationScope scope) {
        ApplicationSummary application = require(id, scope);
        List<FieldDifference> fields = FieldFlattener.compare(comparable(application, left, scope),
                comparable(application, right, scope));
        return new VersionComparison(id, left, right, fields);
    }

    /** What a comparison sees of a version (0: the current draft): the enterprise profile and the sections. */
    private JsonNode comparable(ApplicationSummary application, int number, ApplicationScope scope) {
        record Comparable(Object profile, DraftSections sections) {
        }
        if (number == 0) {
            ApplicationDraft draft = drafting.draft(application.id(), scope);
            return json.tree(new Comparable(profiles.profileOf(application.enterpriseId()),
                    normalisedAll(draft.contents())));
        }
        FrozenVersion version = version(application.id(), number, scope)
                .orElseThrow(() -> new ApplicationActionRefusedException("application.version.unknown", number));
        return json.tree(new Comparable(version.snapshot().profile(), normalisedAll(version.snapshot().sections())));
    }

    private static DraftSections normalisedAll(DraftSections sections) {
        DraftSections out = sections;
        for (SectionKey key : SectionKey.values()) {
            out = out.with(key, sections.get(key).normalised());
        }
        return out;
    }
}
