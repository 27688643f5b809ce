package cn.gov.hubei.jxt.pilot.calendar.internal;

import java.util.List;

/** A holiday file that the loader refused, with every reason found. Nothing of it was stored. */
public class CalendarFileRejectedException extends RuntimeException {

    private final transient List<FileProblem> problems;

    public CalendarFileRejectedException(List<FileProblem> problems) {
        super("holiday file refused: " + problems.stream().map(FileProblem::code).toList());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one reason");
        }
        this.problems = List.copyOf(problems);
    }

    public CalendarFileRejectedException(FileProblem problem) {
        this(List.of(problem));
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
