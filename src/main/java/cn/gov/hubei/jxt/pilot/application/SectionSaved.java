package cn.gov.hubei.jxt.pilot.application;

/** A section just saved and its check against the draft as it now stands. */
public record SectionSaved(SavedSection saved, SectionCheck check) {
}
