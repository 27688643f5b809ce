package cn.gov.hubei.jxt.pilot.recommendation.web;

import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.recommendation.internal.SubmittedFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** File downloads of the recommendation: the summary tables and the files of a submission. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> attachment(String name, String mediaType, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    /** A stamped scan that is an image opens in the browser; a PDF and the summary tables download. */
    static ResponseEntity<byte[]> file(SubmittedFile file) {
        boolean image = file.kind() == FileKind.PNG || file.kind() == FileKind.JPEG;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.kind().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.builder(image ? "inline" : "attachment")
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }
}
