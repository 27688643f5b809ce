package cn.gov.hubei.jxt.pilot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one gate every request passes before anything reads its input: request parameters (query and form, names and
 * values), the names and file names of multipart parts, and every string and property name of a JSON body.
 *
 * <p><b>Control characters are refused, never stripped, on every channel.</b> A NUL or another C0 control character
 * (U+0000–U+001F except tab, line feed and carriage return) is not something a person types into a browser form, and
 * PostgreSQL cannot store NUL in text at all. Stripping would silently store something other than what was sent —
 * for a 申报书 that is signed and stamped and for an audit trail that proves what was received, a changed text is
 * worse than a refusal — and would turn {@code "app\0licant"} into another account's name. So:
 * <ul>
 *   <li>JSON bodies ({@code application/json}, {@code +json}): 400 {@code application/problem+json} in Chinese —
 *       clients are programs, they must learn that their data is wrong instead of having it changed;</li>
 *   <li>form posts, query strings and multipart uploads (field values, part names, file names): 400 with the
 *       Chinese error page, nothing read further, nothing saved; the browser's back button still has the form as
 *       typed.</li>
 * </ul>
 * A list index in a parameter name ({@code equipment[12].name}) must be a decimal number below
 * {@link #MAX_LIST_INDEX}; anything else ({@code milestones[abc]}, {@code equipment[100000]}) is refused the same
 * way, before a data binder could grow a list to it or fail on it. Runs after the character-encoding filter and
 * before Spring Security, so a refused login or a refused kept form never reaches them.
 */
class InputFilter extends OncePerRequestFilter {

    /** The highest list index a form may post; the binders' auto-grow limit is {@code MAX_LIST_INDEX + 1}. */
    static final int MAX_LIST_INDEX = 9_999;

    /**
     * The largest JSON body read: a section with the most rows an equipment import allows stays far below it. A
     * larger one is refused (413) before it is held in memory whole.
     */
    static final int MAX_JSON_BYTES = 8 * 1024 * 1024;
    /** The request attribute that tells the error page why the request was refused. */
    static final String REFUSED = "inputRefused";

    private static final Logger log = LoggerFactory.getLogger(InputFilter.class);
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    InputFilter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** Whether the text holds a C0 control character other than tab, line feed and carriage return. */
    static boolean hasControl(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a JSON body may hold a string with a C0 control character, by its bytes alone: only through an escape
     * that can stand for one (a backslash before {@code u}, {@code b} or {@code f}) or a raw control byte; a lead byte
     * of an overlong form of one ({@code 0xC0}, {@code 0xC1}, {@code 0xE0}, {@code 0xF0}) is parsed too, should a
     * parser ever decode it. A body with none of them (almost every body: Chinese text starts with {@code 0xE4} to
     * {@code 0xE9}) need not be parsed here; the others are, token by token.
     */
    static boolean mayHoldControl(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            int b = body[i] & 0xFF;
            if (b < 0x20) {
                if (b != '\t' && b != '\n' && b != '\r') {
                    return true;
                }
            } else if (b == '\\') {
                int next = i + 1 < body.length ? body[i + 1] : -1;
                if (next == 'u' || next == 'b' || next == 'f') {
                    return true;
                }
                if (next == '\\') {
                    i++; // an escaped backslash does not begin another escape
                }
            } else if (b == 0xC0 || b == 0xC1 || b == 0xE0 || b == 0xF0) {
                return true;
            }
        }
        return false;
    }

    /** Whether every bracketed segment of a parameter name is a list index from 0 to {@link #MAX_LIST_INDEX}. */
    static boolean wellIndexed(String name) {
        int open = 0;
        int close = 0;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '[') {
                open++;
            } else if (name.charAt(i) == ']') {
                close++;
            }
        }
        if (open != close) {
            return false;
        }
        Matcher m = INDEX.matcher(name);
        int found = 0;
        while (m.find()) {
            found++;
            String index = m.group(1);
            if (!index.matches("[0-9]{1,4}") || Integer.parseInt(index) > MAX_LIST_INDEX) {
                return false;
            }
        }
        return found == open;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest toPass = request;
        String refusal = null;
        if (isJson(request)) {
            byte[] body = request.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
            if (body.length > MAX_JSON_BYTES) {
                refusal = "size";
            } else {
                refusal = jsonRefusal(body);
                toPass = new CachedBody(request, body);
            }
        }
        if (refusal == null) {
            refusal = parameterRefusal(request);
        }
        if (refusal == null) {
            refusal = multipartRefusal(request);
        }
        if (refusal == null) {
            chain.doFilter(toPass, response);
            return;
        }
        log.warn("request refused: {} in {} {}", refusal, request.getMethod(), request.getRequestURI());
        refuse(request, response, refusal);
    }

    private String parameterRefusal(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            return null; // an unparsable body: the dispatcher reports it as before
        }
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (hasControl(p.getKey())) {
                return "control";
            }
            if (!wellIndexed(p.getKey())) {
                return "index";
            }
            for (String value : p.getValue()) {
                if (hasControl(value)) {
                    return "control";
                }
            }
        }
        return null;
    }

    private String multipartRefusal(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        MultipartHttpServletRequest resolved = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (resolved != null) {
            for (Map.Entry<String, List<MultipartFile>> files : resolved.getMultiFileMap().entrySet()) {
                if (hasControl(files.getKey())) {
                    return "control";
                }
                if (!wellIndexed(files.getKey())) {
                    return "index";
                }
                for (MultipartFile file : files.getValue()) {
                    if (hasControl(file.getOriginalFilename())) {
                        return "control";
                    }
                }
            }
        }
        Collection<Part> parts;
        try {
            parts = request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            return null; // too large or broken: the multipart resolver reports it as before
        }
        for (Part part : parts) {
            if (hasControl(part.getName()) || hasControl(part.getSubmittedFileName())) {
                return "control";
            }
        }
        return null;
    }

    private String jsonRefusal(byte[] body) {
        return mayHoldControl(body) ? parsedRefusal(body) : null;
    }

    /** The refusal of a JSON body read token by token: a string or property name with a control character. */
    String parsedRefusal(byte[] body) {
        try (JsonParser parser = json.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME)
                        && hasControl(parser.getString())) {
                    return "control";
                }
            }
        } catch (JacksonException e) {
            return null; // not JSON: the message converter refuses it as unreadable
        }
        return null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        String key = "error.400." + reason;
        int status = "size".equals(reason) ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                : HttpServletResponse.SC_BAD_REQUEST;
        if (wantsJson(request) || status != HttpServletResponse.SC_BAD_REQUEST) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", text(request, "error.400.title"));
            problem.put("status", status);
            problem.put("detail", text(request, key));
            problem.put("instance", request.getRequestURI());
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(json.writeValueAsBytes(problem));
            return;
        }
        request.setAttribute(REFUSED, key);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, text(request, key));
    }

    /** In the request's locale: the dispatcher, which sets it for controllers, has not run yet. */
    private String text(HttpServletRequest request, String key) {
        return messages.getMessage(key, null, key, locales.resolveLocale(request));
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || (media.getSubtype() != null && media.getSubtype().endsWith("+json"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean wantsJson(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || isJson(request)) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    /** The request with its body read once and replayed for the rest of the chain. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // the whole body is already here: it is available at once and then read to its end
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
