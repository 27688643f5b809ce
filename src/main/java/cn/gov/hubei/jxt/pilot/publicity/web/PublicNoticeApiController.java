package cn.gov.hubei.jxt.pilot.publicity.web;

import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.NoticeNotFoundException;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Released notices as JSON for everyone, without login (a draft's id is 404): the open one first, then the coming and
 * past ones. Answers may be cached a minute.
 */
@RestController
@RequestMapping(path = "/api/v1/public/notices", produces = "application/json")
@Tag(name = "Public notices", description = "公示: released notices and their lists, open to everyone")
class PublicNoticeApiController {

    private final PublicNotices notices;
    private final NoticeViews views;

    PublicNoticeApiController(PublicNotices notices, NoticeViews views) {
        this.notices = notices;
        this.views = views;
    }

    record EntryResource(NoticeEntry entry, List<String> modeNames) {
    }

    record PublicNoticeResource(PublicNotice notice, List<EntryResource> entries, String objectionPage) {
    }

    @GetMapping
    @Operation(summary = "Every released notice: the open one first, then the coming and past ones")
    ResponseEntity<List<PublicNotice>> all() {
        return ResponseEntity.ok().cacheControl(PublicNoticePageController.CACHE)
                .body(NoticeViews.publicOrder(notices.published()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A released notice with its list (removed projects with their reason)")
    @ApiResponse(responseCode = "404", description = "No such released notice",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PublicNoticeResource> notice(@PathVariable long id) {
        PublicNotice notice = notices.find(id).orElseThrow(() -> new NoticeNotFoundException(id));
        List<EntryResource> entries = views.entries(notices.entries(id)).stream()
                .map(e -> new EntryResource(e.entry(), e.modeNames())).toList();
        return ResponseEntity.ok().cacheControl(PublicNoticePageController.CACHE)
                .body(new PublicNoticeResource(notice, entries, "/public/objections/new?notice=" + id));
    }
}
