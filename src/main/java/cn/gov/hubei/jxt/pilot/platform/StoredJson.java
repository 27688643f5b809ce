package cn.gov.hubei.jxt.pilot.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * JSON the system stored itself (an application's sections and versions, a monitoring report's draft, a spot check's
 * findings, a draw's problem and result, a decision's payload), read back. Text that does not read is the server's
 * fault, never the client's: it is logged and fails as an {@link IllegalStateException} (a 500). The parser's
 * {@code JacksonException} is not carried as the cause, because the web layer answers that exception as the client's
 * unreadable request body (400), and Spring MVC matches an exception's causes too.
 */
public final class StoredJson {

    private static final Logger log = LoggerFactory.getLogger(StoredJson.class);

    private StoredJson() {
    }

    /** The stored text as {@code type}; {@code what} names it in the log and the failure ("a spot check's findings"). */
    public static <T> T read(ObjectMapper mapper, String json, Class<T> type, String what) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw unreadable(what, e);
        }
    }

    /** As {@link #read(ObjectMapper, String, Class, String)}, for generic types. */
    public static <T> T read(ObjectMapper mapper, String json, TypeReference<T> type, String what) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw unreadable(what, e);
        }
    }

    /** The stored text as a tree. */
    public static JsonNode tree(ObjectMapper mapper, String json, String what) {
        try {
            return mapper.readTree(json);
        } catch (JacksonException e) {
            throw unreadable(what, e);
        }
    }

    /** The failure for stored text that does not read: logged with the parser's exception, which it does not carry. */
    public static IllegalStateException unreadable(String what, JacksonException e) {
        String message = "Stored JSON does not read: " + what;
        log.error("{}", message, e);
        return new IllegalStateException(message + ": " + e.getOriginalMessage());
    }
}
