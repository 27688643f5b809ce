package cn.gov.hubei.jxt.pilot.publicity;

/**
 * The answer to a release: the notice, and whether this request released it or found it released already (a double
 * click, another node first: nothing changed).
 */
public record NoticeRelease(ManagedNotice notice, boolean releasedNow) {
}
