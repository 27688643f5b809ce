package cn.gov.hubei.jxt.pilot.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.List;

/**
 * Configuration of the documents ({@code app.documents.*}).
 *
 * @param fonts the TrueType Chinese fonts (.ttf, .ttc) the PDF may embed; missing files and OpenType/CFF fonts (.otf)
 *              are skipped. Each prints the face its name tells (仿宋, 黑体, 楷体, 宋体); several fonts of one face are
 *              tried in the order given, glyph by glyph; a 小标宋 font prints only the titles of forms and tables. The
 *              default takes the 仿宋, 黑体, 楷体 and 方正小标宋 of a Windows server, else Debian's fonts-cwtex-fs
 *              (仿宋), fonts-wqy-microhei (黑体), fonts-arphic-gkai00mp (楷体) and fonts-arphic-gbsn00lp (宋体, printing what the 仿宋 lacks), which {@code .ci/run} installs.
 * @param frozenCacheSize how many bytes of rendered submitted versions (.docx and PDF) are kept in memory; 32 MB
 *                        by default, 0 to render every download
 */
@ConfigurationProperties("app.documents")
public record DocumentsProperties(@DefaultValue({WINDOWS_FANGSONG, WINDOWS_HEITI, WINDOWS_KAITI, WINDOWS_XIAOBIAOSONG,
        CWTEX_FANGSONG, WQY_MICROHEI, ARPHIC_GKAI, ARPHIC_GBSN, DROID_FALLBACK}) List<String> fonts,
                                  @DefaultValue("32MB") DataSize frozenCacheSize) {

    static final String WINDOWS_FANGSONG = "C:/Windows/Fonts/simfang.ttf";
    static final String WINDOWS_HEITI = "C:/Windows/Fonts/simhei.ttf";
    static final String WINDOWS_KAITI = "C:/Windows/Fonts/simkai.ttf";
    /** 方正小标宋简体, the face of titles (forms and tables only); 黑体 stands in where it is missing. */
    static final String WINDOWS_XIAOBIAOSONG = "C:/Windows/Fonts/FZXBSJW.TTF";
    static final String CWTEX_FANGSONG = "/usr/share/fonts/truetype/cwtex/cwfs.ttf";
    static final String WQY_MICROHEI = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    static final String ARPHIC_GKAI = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";
    static final String ARPHIC_GBSN = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
    static final String DROID_FALLBACK = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    @ConstructorBinding
    public DocumentsProperties {
        fonts = fonts == null ? List.of() : fonts.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
        frozenCacheSize = frozenCacheSize == null ? DataSize.ofMegabytes(32) : frozenCacheSize;
    }

    public DocumentsProperties(List<String> fonts) {
        this(fonts, DataSize.ofMegabytes(32));
    }

    long frozenCacheBytes() {
        return frozenCacheSize.toBytes();
    }

    /** The configuration without any {@code app.documents.*} property set. */
    public static DocumentsProperties defaults() {
        return new DocumentsProperties(List.of(WINDOWS_FANGSONG, WINDOWS_HEITI, WINDOWS_KAITI, WINDOWS_XIAOBIAOSONG,
                CWTEX_FANGSONG,
                WQY_MICROHEI, ARPHIC_GKAI, ARPHIC_GBSN, DROID_FALLBACK));
    }

    /**
     * The font files as paths. Kept as text in the configuration: a Windows path such as {@code C:/Windows/Fonts}
     * would otherwise be read as a URL with the scheme "C" by the property binder.
     */
    public List<Path> fontPaths() {
        return fonts.stream().map(Path::of).toList();
    }
}
