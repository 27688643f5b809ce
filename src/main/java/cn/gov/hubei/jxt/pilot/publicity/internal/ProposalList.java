package cn.gov.hubei.jxt.pilot.publicity.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.decision.BatchKey;
import cn.gov.hubei.jxt.pilot.decision.Decision;
import cn.gov.hubei.jxt.pilot.decision.DecisionStatus;
import cn.gov.hubei.jxt.pilot.decision.Decisions;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.platform.StoredJson;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The call's review proposal as the notice needs it: the live {@code review.proposal} decisions of batch
 * {@code review/call-N}, the proposed ones in the printed order (groups in the order of their best overall rank,
 * inside a group by rank in the group; without a group by overall rank), each with the snapshot of its line
 * (project, enterprise and credit code, the recommending unit as the 汇总表 names it, the modes) from the application's
 * last submitted version.
 */
@Component
class ProposalList {

    static final String PROPOSED = "PROPOSED";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Decisions decisions;
    private final ProjectApplications applications;
    private final ReferenceCatalog reference;

    ProposalList(Decisions decisions, ProjectApplications applications, ReferenceCatalog reference) {
        this.decisions = decisions;
        this.applications = applications;
        this.reference = reference;
    }

    static BatchKey batch(long callId) {
        return BatchKey.of("review", "call-" + callId);
    }

    /** One live proposal decision with its payload read. */
    record Line(Decision decision, boolean proposed, String group, int rank, int groupRank) {
        long applicationId() {
            return decision.subject().id();
        }
    }

    /** Every live proposal of the call (pending, or released with the batch), proposed ones first in printed order. */
    List<Line> lines(long callId, CurrentUser viewer) {
        List<Line> lines = new ArrayList<>();
        for (Decision d : decisions.ofBatch(batch(callId), viewer)) {
            if (!Proposals.KIND.equals(d.kind()) || d.status() == DecisionStatus.WITHDRAWN
                    || !d.subject().module().equals("review") || !d.subject().type().equals("application")) {
                continue;
            }
            JsonNode payload = d.payload() == null ? JSON.createObjectNode() : StoredJson.tree(JSON, d.payload(),
                    "decision " + d.id() + "'s payload");
            String group = payload.path("group").isTextual() ? payload.path("group").asText() : null;
            lines.add(new Line(d, PROPOSED.equals(d.outcome()), group, payload.path("rank").asInt(Integer.MAX_VALUE),
                    payload.path("groupRank").asInt(Integer.MAX_VALUE)));
        }
        Map<String, Integer> groupOrder = new HashMap<>();
        for (Line l : lines) {
            if (l.group() != null) {
                groupOrder.merge(l.group(), l.rank(), Math::min);
            }
        }
        lines.sort(Comparator.comparing((Line l) -> !l.proposed())
                .thenComparing(l -> l.group() == null ? l.rank() : groupOrder.get(l.group()))
                .thenComparing(l -> l.group() == null ? "" : l.group())
                .thenComparing(l -> l.group() == null ? l.rank() : l.groupRank())
                .thenComparing(Line::applicationId));
        return lines;
    }

    /** The proposed lines as the notice's list. */
    List<NoticeRepository.NewEntry> entries(long callId, CurrentUser viewer) {
        List<NoticeRepository.NewEntry> entries = new ArrayList<>();
        for (Line line : lines(callId, viewer)) {
            if (line.proposed()) {
                entries.add(entry(line.applicationId()));
            }
        }
        return entries;
    }

    NoticeRepository.NewEntry entry(long applicationId) {
        ApplicationSummary a = applications.find(applicationId, ApplicationScope.PROVINCE).orElseThrow();
        FrozenVersion version = a.lastVersionNo() > 0
                ? applications.version(applicationId, a.lastVersionNo(), ApplicationScope.PROVINCE).orElse(null)
                : null;
        String project = a.projectName();
        String enterprise = a.enterpriseName();
        String creditCode = null;
        List<String> modes = List.of();
        if (version != null) {
            var basic = version.snapshot().sections().basic().normalised();
            project = basic.projectName() == null ? project : basic.projectName();
            modes = basic.modes();
            enterprise = version.snapshot().profile().name();
            creditCode = version.snapshot().profile().creditCode();
        }
        String recommender = reference.recommendingUnit(a.divisionCode()).orElse(a.divisionCode());
        return new NoticeRepository.NewEntry(applicationId, project == null ? a.number() : project, enterprise,
                creditCode, a.divisionCode(), recommender, modes);
    }
}
