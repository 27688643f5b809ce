package cn.gov.hubei.jxt.pilot.review.internal;

import cn.gov.hubei.jxt.pilot.decision.BatchKey;
import cn.gov.hubei.jxt.pilot.decision.Decision;
import cn.gov.hubei.jxt.pilot.decision.DecisionRefusedException;
import cn.gov.hubei.jxt.pilot.decision.DecisionStatus;
import cn.gov.hubei.jxt.pilot.decision.DecisionSubject;
import cn.gov.hubei.jxt.pilot.decision.Decisions;
import cn.gov.hubei.jxt.pilot.decision.NewDecision;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.MeetingApplication;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import cn.gov.hubei.jxt.pilot.review.MeetingResults;
import cn.gov.hubei.jxt.pilot.review.Proposal;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.ResultRow;
import cn.gov.hubei.jxt.pilot.review.ReviewNotFoundException;
import cn.gov.hubei.jxt.pilot.review.ReviewPermissions;
import cn.gov.hubei.jxt.pilot.review.ReviewRefusedException;
import cn.gov.hubei.jxt.pilot.review.ReviewRejectedException;
import cn.gov.hubei.jxt.pilot.review.ReviewResults;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The office's proposal for the 公示, recorded through {@link Decisions} as pending decisions of the call's review
 * batch; the payload carries the rank, the group rank, the score and the group at the moment of recording.
 */
@Service
class ProposalService implements Proposals {

    static final String PROPOSED = "PROPOSED";
    static final String NOT_PROPOSED = "NOT_PROPOSED";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Decisions decisions;
    private final Panels panels;
    private final ReviewPermissions permissions;
    private final ReviewResults results;

    ProposalService(Decisions decisions, Panels panels, ReviewPermissions permissions, ReviewResults results) {
        this.decisions = decisions;
        this.panels = panels;
        this.permissions = permissions;
        this.results = results;
    }

    static BatchKey batch(long callId) {
        return BatchKey.of("review", "call-" + callId);
    }

    static DecisionSubject subject(long applicationId) {
        return DecisionSubject.of("review", "application", applicationId);
    }

    @Override
    @Transactional
    public List<Proposal> record(long meetingId, List<ProposalLine> lines, CurrentUser officer) {
        MeetingSummary meeting = panels.meeting(meetingId).filter(m -> permissions.actsForOffice(officer))
                .orElseThrow(() -> new ReviewNotFoundException("meeting " + meetingId));
        if (!permissions.canPropose(officer, meeting)) {
            throw new ReviewRefusedException("review.proposal.not-started");
        }
        Set<Long> agenda = new HashSet<>(panels.applications(meetingId).stream()
                .map(MeetingApplication::applicationId).toList());
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        if (lines == null || lines.isEmpty()) {
            problems.add(FieldProblem.missing("lines", "review.proposal.lines.missing"));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                ProposalLine line = lines.get(i);
                if (line == null) { // [null] in the list: no line at all
                    problems.add(FieldProblem.invalid("lines[" + i + "].applicationId",
                            "review.proposal.application.invalid"));
                    continue;
                }
                if (!agenda.contains(line.applicationId()) || !seen.add(line.applicationId())) {
                    problems.add(FieldProblem.invalid("lines[" + i + "].applicationId",
                            "review.proposal.application.invalid"));
                }
                String reason = line.reason() == null ? "" : line.reason().strip();
                if (!line.proposed() && reason.isEmpty()) {
                    problems.add(FieldProblem.missing("lines[" + i + "].reason", "review.proposal.reason.missing"));
                } else if (reason.length() > NewDecision.MAX_REASON) {
                    problems.add(FieldProblem.invalid("lines[" + i + "].reason", "review.text.long",
                            NewDecision.MAX_REASON));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ReviewRejectedException(problems);
        }
        MeetingResults now = results.results(meetingId, officer);
        Map<Long, ResultRow> rows = new LinkedHashMap<>();
        now.rows().forEach(r -> rows.put(r.applicationId(), r));
        List<Proposal> recorded = new ArrayList<>();
        for (ProposalLine line : lines) {
            ResultRow row = rows.get(line.applicationId());
            ObjectNode payload = JSON.createObjectNode();
            payload.put("rank", row.rank());
            payload.put("groupRank", row.groupRank());
            if (row.score() == null) {
                payload.putNull("score");
            } else {
                payload.put("score", row.score().toPlainString());
            }
            payload.put("group", row.groupName());
            String reason = line.reason() == null || line.reason().isBlank() ? null : line.reason().strip();
            try {
                Decision d = decisions.record(new NewDecision(batch(meeting.callId()), subject(line.applicationId()),
                        KIND, line.proposed() ? PROPOSED : NOT_PROPOSED, reason, JSON.writeValueAsString(payload)),
                        officer);
                recorded.add(proposal(d));
            } catch (DecisionRefusedException e) {
                throw new ReviewRefusedException("review.proposal.refused", e);
            }
        }
        return recorded;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Proposal> of(long meetingId, CurrentUser viewer) {
        if (!permissions.actsForOffice(viewer)) {
            return Map.of();
        }
        MeetingSummary meeting = panels.meeting(meetingId).orElse(null);
        if (meeting == null) {
            return Map.of();
        }
        Set<Long> agenda = new HashSet<>(panels.applications(meetingId).stream()
                .map(MeetingApplication::applicationId).toList());
        Map<Long, Proposal> proposals = new LinkedHashMap<>();
        for (Decision d : decisions.ofBatch(batch(meeting.callId()), viewer)) {
            if (d.kind().equals(KIND) && d.status() != DecisionStatus.WITHDRAWN
                    && agenda.contains(d.subject().id())) {
                proposals.put(d.subject().id(), proposal(d));
            }
        }
        return proposals;
    }

    static Proposal proposal(Decision d) {
        return new Proposal(d.id(), d.subject().id(), PROPOSED.equals(d.outcome()), d.reason(), d.payload(),
                d.status().name(), d.revision(), d.recordedBy(), d.recordedAt());
    }
}
