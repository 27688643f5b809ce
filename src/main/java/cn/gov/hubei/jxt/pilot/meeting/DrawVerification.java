package cn.gov.hubei.jxt.pilot.meeting;

/**
 * The re-run of a recorded draw from its stored inputs and seed.
 *
 * @param digestMatches whether the stored inputs still give the recorded digest
 * @param sameResult    whether the re-run gives exactly the recorded seats and reserves
 */
public record DrawVerification(long drawId, long seed, String recordedDigest, String rerunDigest,
                               boolean digestMatches, long recordedTotal, long rerunTotal, boolean sameResult) {

    public boolean verified() {
        return digestMatches && sameResult;
    }
}
