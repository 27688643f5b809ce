/**
 * Documents: renders the 申报书 (湖北省智能制造试点示范项目申报书, 附件3) as .docx and as PDF from a view model
 * ({@link cn.gov.hubei.jxt.pilot.documents.ApplicationDocument}) that other modules fill, the 汇总表 (附件2), and the
 * forms and tables of the later stages ({@link cn.gov.hubei.jxt.pilot.documents.FormDocument}) as .docx, PDF and
 * .xlsx. The module knows nothing of where the data comes from; for the same model it always renders the same
 * document. Other modules use {@link cn.gov.hubei.jxt.pilot.documents.ApplicationDocuments},
 * {@link cn.gov.hubei.jxt.pilot.documents.SummaryTableDocuments} and
 * {@link cn.gov.hubei.jxt.pilot.documents.FormDocuments} (see {@code docs/documents.md}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
        allowedDependencies = {})
package cn.gov.hubei.jxt.pilot.documents;
