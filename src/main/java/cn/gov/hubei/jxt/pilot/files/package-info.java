/**
 * Uploaded files: content-checked types, size limits, stored outside the web root under their SHA-256 and verified
 * on every read. Files know nothing of permissions; the module that owns a file checks who may read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files",
        allowedDependencies = {"audit"})
package cn.gov.hubei.jxt.pilot.files;
