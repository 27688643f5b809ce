package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.Collection;
import java.util.List;

/** The designated projects of chosen years for national and provincial programmes (office only). */
public interface DesignationExport {

    /** One row per designated project of those years, by year, division and list position. */
    List<ExportRow> rows(Collection<Integer> years, CurrentUser officer);

    /** The .xlsx: one sheet, the header of {@link #header()} and one row per project. */
    byte[] xlsx(Collection<Integer> years, CurrentUser officer);

    /** The column headings of the .xlsx, in order. */
    List<String> header();
}
