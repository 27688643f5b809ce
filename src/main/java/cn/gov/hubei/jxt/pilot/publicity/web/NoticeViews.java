package cn.gov.hubei.jxt.pilot.publicity.web;

import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.NoticeStatus;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/** What the notice pages and the API show beside the notice: mode names, the list's order, files. */
@Component
public class NoticeViews {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReferenceCatalog reference;

    NoticeViews(ReferenceCatalog reference) {
        this.reference = reference;
    }

    /** One line of the list with its modes' names (e.g. 离散型智能制造、网络协同制造). */
    record EntryView(NoticeEntry entry, List<String> modeNames) {
        public String modes() {
            return String.join("、", modeNames);
        }
    }

    List<EntryView> entries(List<NoticeEntry> entries) {
        return entries.stream().map(e -> new EntryView(e, e.modeCodes().stream()
                .map(code -> reference.mode(code).map(ManufacturingMode::name).orElse(code)).toList())).toList();
    }

    /** The public order: the open notice first, then the coming ones, then past ones, newest start day first. */
    static List<PublicNotice> publicOrder(List<PublicNotice> notices) {
        return notices.stream().sorted(Comparator.comparing((PublicNotice n) -> switch (n.status()) {
            case OPEN -> 0;
            case RELEASED -> 1;
            default -> 2;
        }).thenComparing(PublicNotice::startDate, Comparator.reverseOrder())).toList();
    }

    /** The badge's colour of a status (used by the templates). */
    public static String badge(NoticeStatus status) {
        return switch (status) {
            case DRAFT -> "text-bg-secondary";
            case RELEASED -> "text-bg-info";
            case OPEN -> "text-bg-success";
            case CLOSED -> "text-bg-light border";
        };
    }

    static ResponseEntity<byte[]> file(byte[] bytes, String name, MediaType type, boolean cacheable) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString());
        if (cacheable) {
            ok.cacheControl(PublicNoticePageController.CACHE);
        }
        return ok.body(bytes);
    }
}
