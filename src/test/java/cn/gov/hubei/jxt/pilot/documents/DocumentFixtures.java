package cn.gov.hubei.jxt.pilot.documents;

import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.file.Path;
import java.util.List;

/** The documents service as the application configures it, without starting the application. */
public final class DocumentFixtures {

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
        return new ApplicationDocuments(messages(), DocumentsProperties.defaults());
    }

    public static ApplicationDocuments documents(List<Path> fonts) {
        return new ApplicationDocuments(messages(), new DocumentsProperties(fonts.stream().map(Path::toString).toList()));
    }

}
