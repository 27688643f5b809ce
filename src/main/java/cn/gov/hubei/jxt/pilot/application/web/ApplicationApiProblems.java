package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationIncompleteException;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.SectionConflictException;
import cn.gov.hubei.jxt.pilot.application.SectionRejectedException;
import cn.gov.hubei.jxt.pilot.application.UnchangedResubmissionException;
import cn.gov.hubei.jxt.pilot.files.DamagedFileException;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems.FieldMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The applications API's errors as {@code application/problem+json}: which exception gives which status and title.
 * Every answer is built by {@link ApiProblems}: a title and a detail a person can read, and for broken rules (422) an
 * {@code errors} list of {@code {field, message}}.
 */
@RestControllerAdvice(assignableTypes = ApplicationApiController.class)
class ApplicationApiProblems {

    private static final String INVALID_TITLE = "application.problem.invalid.title";
    private static final String INVALID = "application.problem.invalid";

    private final ApiProblems problems;
    private final ApplicationPages pages;

    ApplicationApiProblems(ApiProblems problems, ApplicationPages pages) {
        this.problems = problems;
        this.pages = pages;
    }

    /** The version in an If-Match header: {@code "3"}, {@code W/"3"} or {@code 3}. */
    static long versionFrom(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MissingVersionException();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0 || version > Integer.MAX_VALUE) {
                throw new InvalidVersionException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidVersionException();
        }
    }

    static final class MissingVersionException extends RuntimeException {
        MissingVersionException() {
            super("If-Match is missing");
        }
    }

    static final class InvalidVersionException extends RuntimeException {
        InvalidVersionException() {
            super("If-Match is not a section version");
        }
    }

    @ExceptionHandler(ApplicationNotFoundException.class)
    ProblemDetail notFound(ApplicationNotFoundException e) {
        return problems.withDetail(HttpStatus.NOT_FOUND, "application.problem.not-found.title",
                pages.text("application.problem.not-found", String.valueOf(e.applicationId())));
    }

    @ExceptionHandler(SectionRejectedException.class)
    ProblemDetail rejected(SectionRejectedException e) {
        return problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, INVALID_TITLE, INVALID, e.problems());
    }

    @ExceptionHandler(ApplicationIncompleteException.class)
    ProblemDetail incomplete(ApplicationIncompleteException e) {
        ProblemDetail problem = problems.withDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "application.problem.incomplete.title", pages.text(e));
        problem.setProperty("errors", e.sections().stream().map(c -> new FieldMessage("sections." + c.key().key(),
                pages.text("application.problem.section-state", pages.text("application.section." + c.key().key()),
                        pages.text("application.state." + c.state().name())))).toList());
        return problem;
    }

    @ExceptionHandler(ApplicationActionRefusedException.class)
    ProblemDetail refused(ApplicationActionRefusedException e) {
        if (e.code().startsWith("application.files.")) {
            // an upload refused for its size or content is a problem with the request's file
            return fileProblem(pages.text(e));
        }
        ProblemDetail problem = problems.withDetail(HttpStatus.CONFLICT, "application.problem.refused.title",
                pages.text(e));
        if (e instanceof UnchangedResubmissionException unchanged) {
            problem.setProperty("unchanged", true);
            problem.setProperty("previousVersion", unchanged.previousVersion());
        }
        return problem;
    }

    @ExceptionHandler(SectionConflictException.class)
    ProblemDetail conflict(SectionConflictException e) {
        ProblemDetail problem = problems.withDetail(HttpStatus.CONFLICT, "application.problem.conflict.title",
                pages.text("application.problem.conflict", e.theirs().version(), e.expectedVersion()));
        problem.setProperty("currentVersion", e.theirs().version());
        Map<String, Object> theirs = new LinkedHashMap<>();
        theirs.put("version", e.theirs().version());
        theirs.put("updatedBy", e.theirs().updatedBy());
        theirs.put("updatedAt", e.theirs().updatedAt());
        theirs.put("content", e.theirs().content());
        problem.setProperty("theirs", theirs);
        problem.setProperty("yours", Map.of("version", e.expectedVersion(), "content", e.yours()));
        return problem;
    }

    @ExceptionHandler(FileRejectedException.class)
    ProblemDetail fileRejected(FileRejectedException e) {
        String message = pages.text(e.messageKey(), e.arguments());
        if (message.equals(e.messageKey())) {
            message = pages.text("application.files.rejected." + e.reason().name());
        }
        return fileProblem(message);
    }

    @ExceptionHandler(DamagedFileException.class)
    ProblemDetail damaged(DamagedFileException e) {
        return problems.withDetail(HttpStatus.CONFLICT, "application.problem.damaged.title",
                pages.text("application.files.damaged"));
    }

    @ExceptionHandler(MissingVersionException.class)
    ProblemDetail missingVersion(MissingVersionException e) {
        return problems.of(HttpStatus.PRECONDITION_REQUIRED, "application.problem.if-match.title",
                "application.problem.if-match.missing");
    }

    @ExceptionHandler(InvalidVersionException.class)
    ProblemDetail invalidVersion(InvalidVersionException e) {
        return problems.of(HttpStatus.BAD_REQUEST, "application.problem.if-match.title",
                "application.problem.if-match.invalid");
    }

    /** The request's file refused (its size, its content): a broken rule of the field {@code file}. */
    private ProblemDetail fileProblem(String message) {
        return problems.invalidMessages(HttpStatus.UNPROCESSABLE_CONTENT, INVALID_TITLE, INVALID,
                List.of(new FieldMessage("file", message)));
    }
}
