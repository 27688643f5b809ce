package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What an import found and did.
 *
 * @param fileId        the stored upload
 * @param rows          data rows read (empty rows and the example row left out)
 * @param imported      the experts registered, in the file's order
 * @param problems      every problem of every bad row, by row number as Excel shows it (the header is row 1)
 * @param validRowsOnly whether the officer asked to import the valid rows when some are bad
 */
public record ExpertImportReport(long fileId, String fileName, int rows, List<Imported> imported,
                                 List<RowProblem> problems, boolean validRowsOnly) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public ExpertImportReport {
        imported = List.copyOf(imported);
        problems = List.copyOf(problems);
    }

    /** How many rows have a problem. */
    public int badRows() {
        return (int) problems.stream().mapToInt(RowProblem::row).distinct().count();
    }

    /** The numbers of the bad rows, in order, as a person reads them (2、5、9). */
    public String badRowText() {
        return String.join("、", problems.stream().map(p -> String.valueOf(p.row())).distinct().toList());
    }

    /** Nothing was imported because a row is bad and the valid rows were not asked for. */
    public boolean refused() {
        return imported.isEmpty() && !problems.isEmpty();
    }

    /** One expert registered from a row. */
    public record Imported(int row, long expertId, String name) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /**
     * One problem of a row: the column (the template's field name) and the rule's message key (bundle expert) with
     * its arguments, as text.
     */
    public record RowProblem(int row, String field, String code, List<String> arguments) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public RowProblem {
            arguments = List.copyOf(arguments);
        }

        public static RowProblem of(int row, FieldProblem problem) {
            return new RowProblem(row, problem.field(), problem.code(),
                    java.util.Arrays.stream(problem.getArguments()).map(String::valueOf).toList());
        }
    }
}
