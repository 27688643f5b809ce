package cn.gov.hubei.jxt.pilot.files.internal;

import cn.gov.hubei.jxt.pilot.files.FileKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Texts of the file store. They are Chinese whatever thread asks: the product's locale is fixed to zh-CN, and a refusal
 * raised while demo data is loaded must read the same as one raised in a request.
 */
@Component
class FilesMessages {

    static final Locale PRODUCT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    FilesMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, PRODUCT_LOCALE);
    }

    String kindName(FileKind kind) {
        return text(kind.messageKey());
    }

    /** The kinds in the order of {@link FileKind}, e.g. 「PDF、PNG、JPEG」, whatever order the caller's set has. */
    String kindNames(Collection<FileKind> kinds) {
        return EnumSet.copyOf(kinds).stream()
                .map(this::kindName)
                .collect(Collectors.joining(text("files.kind.separator")));
    }

    String fallbackBaseName() {
        return text("files.name.fallback");
    }
}
