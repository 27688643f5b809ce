package cn.gov.hubei.jxt.pilot.files.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * {@code app.files.*}: where the files live and how large they may be.
 *
 * @param directory          the storage directory; must not be inside anything the web server serves
 * @param maxFileSize        the largest file accepted
 * @param maxPerApplication  the most all files of one 申报书 may take together (enforced by the application module)
 */
@ConfigurationProperties("app.files")
record FilesProperties(@DefaultValue("data/files") Path directory,
                       @DefaultValue("20MB") DataSize maxFileSize,
                       @DefaultValue("200MB") DataSize maxPerApplication) {
}
