package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Map;

/**
 * The office's proposal for the 公示 (拟公示名单), per group: for each application proposed or not, with the reason of
 * every one not proposed, recorded as a pending decision through {@code decision.Decisions} — batch
 * {@code review/call-<callId>}, subject {@code review/application/<id>}, kind {@value #KIND}, outcome
 * {@code PROPOSED} or {@code NOT_PROPOSED}, payload {@code {"rank":n,"groupRank":n,"score":"87.40","group":"…"}}.
 * Nobody outside the office sees it until the 公示 releases the batch.
 */
public interface Proposals {

    String KIND = "review.proposal";

    /** One line of the proposal as the officer decides it. */
    record ProposalLine(long applicationId, boolean proposed, String reason) {
    }

    /**
     * Records the lines (each an application of the meeting's agenda) as pending decisions, replacing earlier ones of
     * the same applications; every line not proposed needs a reason. All lines or none.
     *
     * @throws ReviewRejectedException with the problems beside their lines ({@code lines[i].reason})
     * @throws ReviewRefusedException  when the meeting has not started or the batch is released
     * @throws ReviewNotFoundException for anyone but the office, or an unknown meeting
     */
    List<Proposal> record(long meetingId, List<ProposalLine> lines, CurrentUser officer);

    /** The live proposals of the meeting's applications by application id: the office only (empty otherwise). */
    Map<Long, Proposal> of(long meetingId, CurrentUser viewer);
}
