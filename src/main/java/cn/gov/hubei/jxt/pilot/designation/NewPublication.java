package cn.gov.hubei.jxt.pilot.designation;

/**
 * What the officer enters to record a publication: the document number, its title, the publication date as typed
 * (ISO {@code yyyy-MM-dd}) and the signed document (a PDF).
 */
public record NewPublication(String documentNumber, String title, String publishedOn, String fileName,
                             byte[] signedDocument) {
}
