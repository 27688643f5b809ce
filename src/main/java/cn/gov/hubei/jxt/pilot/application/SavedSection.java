package cn.gov.hubei.jxt.pilot.application;

import java.time.Instant;

/** A section as saved: content, version (0 when never saved), who saved it and when. */
public record SavedSection(SectionKey key, SectionContent content, int version, String updatedBy, Instant updatedAt) {
}
