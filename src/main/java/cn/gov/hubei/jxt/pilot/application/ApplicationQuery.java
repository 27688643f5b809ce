package cn.gov.hubei.jxt.pilot.application;

import java.util.Objects;

/**
 * Which applications to list, as one query in the database: always within the caller's {@link ApplicationScope}, and
 * optionally of one call, in one status group or one status, of one division, matching a text (number, project or
 * enterprise name), one page at a time. Lists are ordered newest first (by creation, then id).
 *
 * @param callId   only this call's applications; {@code null} for every call
 * @param group    only statuses of this group; {@code null} for any
 * @param status   only this status; {@code null} for any
 * @param division only this division's applications; {@code null} for any in scope
 * @param text     only applications whose number, project name or enterprise name contains it (case-insensitive);
 *                 {@code null} or blank for any
 * @param offset   rows to skip (0 for the first page)
 * @param limit    at most this many rows; {@code 0} for all
 */
public record ApplicationQuery(ApplicationScope scope, Long callId, ApplicationStatusGroup group,
                               ApplicationStatus status, String division, String text, int offset, int limit) {

    public ApplicationQuery {
        Objects.requireNonNull(scope, "scope");
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Every application in the scope. */
    public static ApplicationQuery in(ApplicationScope scope) {
        return new ApplicationQuery(scope, null, null, null, null, null, 0, 0);
    }

    public ApplicationQuery call(Long callId) {
        return new ApplicationQuery(scope, callId, group, status, division, text, offset, limit);
    }

    public ApplicationQuery group(ApplicationStatusGroup group) {
        return new ApplicationQuery(scope, callId, group, status, division, text, offset, limit);
    }

    public ApplicationQuery status(ApplicationStatus status) {
        return new ApplicationQuery(scope, callId, group, status, division, text, offset, limit);
    }

    public ApplicationQuery division(String division) {
        return new ApplicationQuery(scope, callId, group, status, division, text, offset, limit);
    }

    public ApplicationQuery text(String text) {
        return new ApplicationQuery(scope, callId, group, status, division, text, offset, limit);
    }

    /** Page {@code page} (from 0) of {@code size} rows. */
    public ApplicationQuery page(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page from 0, size from 1");
        }
        return new ApplicationQuery(scope, callId, group, status, division, text, Math.multiplyExact(page, size),
                size);
    }
}
