package cn.gov.hubei.jxt.pilot.meeting;

/** One vacant seat filled from the group's reserves: who replaced whom on which application. */
public record Replacement(long vacatedSeatId, long newSeatId, long applicationId, long replacedExpertId,
                          long reserveExpertId, int reserveRank) {
}
