package cn.gov.hubei.jxt.pilot.expert;

/**
 * A conflict of interest between an expert and an application.
 *
 * @param detail for automatic conflicts what matched (e.g. the credit code), for declared ones the expert's text
 */
public record Conflict(long expertId, long applicationId, ConflictKind kind, String detail) {

    public ConflictSource source() {
        return kind.source();
    }
}
