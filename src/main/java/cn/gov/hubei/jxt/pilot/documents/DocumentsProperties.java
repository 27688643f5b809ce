package cn.gov.hubei.jxt.pilot.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.util.List;

/**
 * Configuration of the documents ({@code app.documents.*}).
 *
 * @param fonts the TrueType Chinese fonts (.ttf, .ttc) the PDF may embed, in order of preference; missing files and
 *              OpenType/CFF fonts (.otf) are skipped. The default looks where Debian's fonts-wqy-microhei,
 *              fonts-droid-fallback and fonts-arphic-gkai00mp install, and for the 仿宋, 黑体 and 楷体 of a Windows
 *              server.
 */
@ConfigurationProperties("app.documents")
public record DocumentsProperties(@DefaultValue({WQY_MICROHEI, DROID_FALLBACK, ARPHIC_GKAI, WINDOWS_FANGSONG,
        WINDOWS_HEITI, WINDOWS_KAITI}) List<String> fonts) {

    static final String WQY_MICROHEI = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    static final String DROID_FALLBACK = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
    static final String ARPHIC_GKAI = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";
    static final String WINDOWS_FANGSONG = "C:/Windows/Fonts/simfang.ttf";
    static final String WINDOWS_HEITI = "C:/Windows/Fonts/simhei.ttf";
    static final String WINDOWS_KAITI = "C:/Windows/Fonts/simkai.ttf";

    public DocumentsProperties {
        fonts = fonts == null ? List.of() : fonts.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
    }

    /** The configuration without any {@code app.documents.*} property set. */
    public static DocumentsProperties defaults() {
        return new DocumentsProperties(List.of(WQY_MICROHEI, DROID_FALLBACK, ARPHIC_GKAI, WINDOWS_FANGSONG,
                WINDOWS_HEITI, WINDOWS_KAITI));
    }

    /**
     * The font files as paths. Kept as text in the configuration: a Windows path such as {@code C:/Windows/Fonts}
     * would otherwise be read as a URL with the scheme "C" by the property binder.
     */
    public List<Path> fontPaths() {
        return fonts.stream().map(Path::of).toList();
    }
}
