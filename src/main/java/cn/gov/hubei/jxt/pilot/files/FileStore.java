package cn.gov.hubei.jxt.pilot.files;

import java.io.InputStream;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Where uploaded files live. Each content is kept once under its SHA-256, outside the web root; every upload is its own
 * record (its own name, uploader and time), also when two uploads carry the same bytes. Files know nothing of
 * permissions: the module that owns a file decides who may read it.
 */
public interface FileStore {

    /**
     * Stores the content if its kind (recognised from the bytes) is in {@code allowed} and its size is within the
     * configured limit ({@code app.files.max-file-size}, default 20 MB). The record is written in the caller's
     * transaction when there is one; the stream is read but not closed.
     *
     * @param originalName the name the uploader's computer gave; it is cleaned before it is kept
     * @param storedBy     the user name recorded as uploader
     * @throws FileRejectedException with a reason and message key when it is refused; nothing is kept then
     */
    StoredFile store(String originalName, InputStream content, Set<FileKind> allowed, String storedBy);

    Optional<StoredFile> find(long id);

    /**
     * The verified content.
     *
     * @throws DamagedFileException   when the stored bytes do not match the digest or are gone
     * @throws NoSuchElementException when no file has this id
     */
    byte[] read(long id);

    /** The configured limit for one file, in bytes. */
    long maxFileSize();
}
