package cn.gov.hubei.jxt.pilot.publicity;

/**
 * A call whose review has a pending proposal (拟公示名单) and no notice yet: what the office may draft a notice from.
 */
public record CallProposal(long callId, int year, String callTitle, long proposed, long notProposed) {
}
