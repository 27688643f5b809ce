package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.io.InputStream;

/**
 * The pool as a spreadsheet (.xlsx): the template to fill in, the import of a filled one (row by row, nothing
 * imported while any row is bad unless the officer asks for the valid rows), and the export of a filtered pool in the
 * same columns, so that an export imports again. The programme office's only (checked here).
 */
public interface ExpertImports {

    /** At most this many data rows in one file. */
    int MAX_ROWS = 2000;
    /** At most this many characters in one cell. */
    int MAX_CELL = 1000;

    /** The template: the header row, one example row (skipped on import), lists of the allowed values. */
    byte[] template(CurrentUser by);

    /**
     * Stores the uploaded file (it must be an .xlsx by its content, within the file limits), checks every row and
     * registers the experts of the good rows: all of them when no row is bad, or with {@code validRowsOnly} the good
     * ones and none of the bad; otherwise none. Audited with its counts.
     *
     * @throws ExpertRefusedException when the file itself is refused (kind, size, unreadable, no sheet, too many rows,
     *                                the header row not the template's)
     */
    ExpertImportReport importWorkbook(String fileName, InputStream content, boolean validRowsOnly, CurrentUser by);

    /** The experts the filter finds, every page, in the template's columns. */
    byte[] export(ExpertFilter filter, CurrentUser by);
}
