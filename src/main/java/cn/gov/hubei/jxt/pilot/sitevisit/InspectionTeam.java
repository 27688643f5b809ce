package cn.gov.hubei.jxt.pilot.sitevisit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An inspection team (核查组) of a call, visiting one division.
 *
 * @param members the members, the leader first, then in the order they were added
 */
public record InspectionTeam(long id, long callId, String divisionCode, String name, long leaderId,
                             List<TeamMember> members, String createdBy, Instant createdAt) {

    public InspectionTeam {
        members = List.copyOf(members);
    }

    public boolean hasMember(long accountId) {
        return members.stream().anyMatch(m -> m.accountId() == accountId);
    }

    public Optional<TeamMember> leader() {
        return members.stream().filter(m -> m.accountId() == leaderId).findFirst();
    }

    /** One member: the account, its name as people read it, and what it is. */
    public record TeamMember(long accountId, String username, String displayName, MemberKind kind) {
    }
}
