package cn.gov.hubei.jxt.pilot.documents;

import cn.gov.hubei.jxt.pilot.MutableClock;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The documents service as the application configures it, without starting the application. */
public final class DocumentFixtures {

    /** The application's clock is in Asia/Shanghai. */
    public static final Clock CLOCK = Clock.system(MutableClock.SHANGHAI);

    private DocumentFixtures() {
    }

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/documents");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** With the default font locations of {@code app.documents.fonts}. */
    public static ApplicationDocuments documents() {
        return new ApplicationDocuments(messages(), DocumentsProperties.defaults(), CLOCK);
    }

    public static ApplicationDocuments documents(List<Path> fonts) {
        return new ApplicationDocuments(messages(), new DocumentsProperties(fonts.stream().map(Path::toString).toList()),
                CLOCK);
    }

}
