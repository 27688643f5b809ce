package cn.gov.hubei.jxt.pilot.sitevisit.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.reference.ElementConditionSet;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitChecklists;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checklist of a visit as it is taken when the visit is planned (a snapshot: later changes of the reference data
 * do not alter it): the eight recommendation conditions of seed §四, then the element conditions (附件1) of each mode
 * the application's last submitted version names, in the order of the call's element-condition version.
 */
@Component
class Checklists implements cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitChecklists {

    /** The recommendation conditions of seed §四 as the recommender checks them. */
    static final int RECOMMENDATION_CONDITIONS = 8;

    private final ProjectApplications applications;
    private final Calls calls;
    private final ReferenceCatalog reference;
    private final MessageSource messages;

    Checklists(ProjectApplications applications, Calls calls, ReferenceCatalog reference, MessageSource messages) {
        this.applications = applications;
        this.calls = calls;
        this.reference = reference;
        this.messages = messages;
    }

    /** One item to verify on site. */
    record Entry(String source, String modeCode, int number, String grouping, String text) {
    }

    @Override
    public List<SiteVisitChecklists.Entry> checklist(long applicationId) {
        return applications.find(applicationId, ApplicationScope.ALL)
                .map(a -> entries(a).stream().map(e -> new SiteVisitChecklists.Entry(e.source(), e.modeCode(),
                        e.number(), e.grouping(), e.text())).toList())
                .orElse(List.of());
    }

    List<Entry> entries(ApplicationSummary application) {
        List<Entry> entries = new ArrayList<>();
        String recommendation = messages.getMessage("sitevisit.checklist.recommendation", null, Locale.SIMPLIFIED_CHINESE);
        for (int n = 1; n <= RECOMMENDATION_CONDITIONS; n++) {
            entries.add(new Entry("RECOMMENDATION", null, n, recommendation,
                    messages.getMessage("sitevisit.checklist.condition." + n, null, Locale.SIMPLIFIED_CHINESE)));
        }
        Set<String> modes = modesOf(application);
        String version = calls.find(application.callId()).map(CallSummary::elementConditionVersion)
                .orElse(application.referenceVersion());
        ElementConditionSet set = reference.elementConditions(version).orElse(null);
        if (set != null) {
            for (ElementConditionSet.ModeConditions mode : set.modes()) {
                if (!modes.contains(mode.mode().code())) {
                    continue;
                }
                for (ElementConditionSet.Condition condition : mode.conditions()) {
                    entries.add(new Entry("ELEMENT", mode.mode().code(), condition.number(), mode.mode().name(),
                            condition.text()));
                }
            }
        }
        return entries;
    }

    private Set<String> modesOf(ApplicationSummary application) {
        if (application.lastVersionNo() < 1) {
            return Set.of();
        }
        return applications.version(application.id(), application.lastVersionNo(), ApplicationScope.ALL)
                .map(FrozenVersion::snapshot)
                .map(s -> Set.copyOf(s.sections().basic().modes()))
                .orElse(Set.of());
    }
}
