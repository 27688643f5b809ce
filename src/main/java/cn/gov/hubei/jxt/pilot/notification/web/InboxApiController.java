package cn.gov.hubei.jxt.pilot.notification.web;

import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.notification.InboxEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The caller's own inbox for API clients: the same entries, pages and marks as the inbox page. */
@RestController
@RequestMapping("/api/v1/inbox")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Inbox", description = "The caller's in-app notices (站内通知); always the authenticated user's own")
class InboxApiController {


    private final Inbox inbox;
    private final Clock clock;

    InboxApiController(Inbox inbox, Clock clock) {
        this.clock = clock;
        this.inbox = inbox;
    }

    /** One entry; times in the clock's zone with their offset. */
    record EntryJson(long id, String kind, String subject, String body, String link, OffsetDateTime createdAt,
                     OffsetDateTime readAt, boolean unread) {

        static EntryJson of(InboxEntry e, ZoneId zone) {
            return new EntryJson(e.id(), e.kind(), e.subject(), e.body(), e.link(), at(e.createdAt(), zone),
                    at(e.readAt(), zone), e.unread());
        }
    }

    /** A page of entries, newest first. */
    record EntryPageJson(int page, int size, long total, long unread, List<EntryJson> entries) {
    }

    record UnreadJson(long unread) {
    }

    record MarkedJson(int marked) {
    }

    @GetMapping
    @Operation(summary = "The caller's notices, newest first, 20 per page",
            description = "page counts from 0; unread=true lists only unread notices. total counts the listed kind "
                    + "(all or unread), unread the caller's unread notices. An invalid page gives "
                    + "application/problem+json with an errors list of {field, message}.")
    EntryPageJson list(@Parameter(description = "only unread notices") @RequestParam(defaultValue = "false") boolean unread,
                       @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
                       Authentication authentication) {
        if (page < 0) {
            throw new InboxApiProblems.InvalidPageException();
        }
        String me = authentication.getName();
        long total = inbox.count(me, unread);
        long offset = (long) page * InboxPageController.PAGE_SIZE;
        List<EntryJson> entries = offset >= total ? List.of()
                : inbox.list(me, unread, InboxPageController.PAGE_SIZE, Math.toIntExact(offset)).stream()
                .map(e -> EntryJson.of(e, clock.getZone())).toList();
        return new EntryPageJson(page, InboxPageController.PAGE_SIZE, total,
                unread ? total : inbox.unreadCount(me), entries);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's notices are unread", description = "As on the bell: {\"unread\": n}")
    UnreadJson unreadCount(Authentication authentication) {
        return new UnreadJson(inbox.unreadCount(authentication.getName()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Marks one of the caller's notices read",
            description = "A notice read before keeps the time it was first read. Someone else's notice is not found.")
    @ApiResponse(responseCode = "204", description = "marked read")
    @ApiResponse(responseCode = "404", description = "no such notice of the caller (application/problem+json)")
    ResponseEntity<Void> markRead(@PathVariable long id, Authentication authentication) {
        if (!inbox.markRead(authentication.getName(), id)) {
            throw new InboxApiProblems.EntryNotFoundException(id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    @Operation(summary = "Marks all the caller's unread notices read", description = "Answers how many: {\"marked\": n}")
    MarkedJson markAllRead(Authentication authentication) {
        return new MarkedJson(inbox.markAllRead(authentication.getName()));
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
