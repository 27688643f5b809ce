package cn.gov.hubei.jxt.pilot.sitevisit.internal;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a photo was taken, as its EXIF DateTimeOriginal says (metadata-extractor): the camera's local time, without a
 * zone. Empty when the image has no such tag or it cannot be read (the team then enters the time).
 */
final class PhotoTimes {

    private static final Logger log = LoggerFactory.getLogger(PhotoTimes.class);
    private static final DateTimeFormatter EXIF = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private PhotoTimes() {
    }

    static Optional<LocalDateTime> taken(byte[] image) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
            ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            if (exif == null) {
                return Optional.empty();
            }
            String value = exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(LocalDateTime.parse(value.strip(), EXIF));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        } catch (Exception e) {
            log.debug("No readable EXIF data in an uploaded photo: {}", e.toString());
            return Optional.empty();
        }
    }
}
