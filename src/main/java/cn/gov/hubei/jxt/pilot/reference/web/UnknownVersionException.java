package cn.gov.hubei.jxt.pilot.reference.web;

import java.util.List;

/** A request named a version of versioned reference data that does not exist. */
class UnknownVersionException extends RuntimeException {

    private final String dataSetKey;
    private final String version;
    private final List<String> knownVersions;

    /**
     * @param dataSetKey message key naming the data set (e.g. the element conditions)
     */
    UnknownVersionException(String dataSetKey, String version, List<String> knownVersions) {
        super("unknown version " + version + " of " + dataSetKey);
        this.dataSetKey = dataSetKey;
        this.version = version;
        this.knownVersions = List.copyOf(knownVersions);
    }

    String dataSetKey() {
        return dataSetKey;
    }

    String version() {
        return version;
    }

    List<String> knownVersions() {
        return knownVersions;
    }
}
