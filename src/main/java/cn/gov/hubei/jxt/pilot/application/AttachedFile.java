package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.files.FileKind;

import java.time.Instant;

/**
 * A file of an application.
 *
 * @param firstVersionNo the first submitted version that referred to it; {@code null} while only the draft does
 */
public record AttachedFile(long fileId, FilePurpose purpose, String name, FileKind kind, long size,
                           String attachedBy, Instant attachedAt, Integer firstVersionNo) {
}
