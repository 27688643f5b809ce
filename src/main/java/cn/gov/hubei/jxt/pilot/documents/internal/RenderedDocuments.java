package cn.gov.hubei.jxt.pilot.documents.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The rendered bytes of documents that never change (a submitted version of a 申报书 is frozen): rendered once, then
 * served from memory, the least recently used dropped when the total passes a budget. Requests for a document that is
 * being rendered wait for that rendering instead of starting their own. Thread-safe.
 *
 * <p>The bytes are handed out as they are kept: callers must not change them.
 */
public final class RenderedDocuments {

    private final long budgetBytes;
    private final Map<String, byte[]> kept = new LinkedHashMap<>(64, 0.75f, true);
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> rendering = new ConcurrentHashMap<>();
    private final AtomicInteger renderings = new AtomicInteger();
    private long keptBytes;

    /** @param budgetBytes how many bytes of documents are kept at most (0: none) */
    public RenderedDocuments(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** The bytes kept under the key, or rendered now (once, however many ask at the same time) and kept. */
    public byte[] get(String key, Supplier<byte[]> render) {
        synchronized (kept) {
            byte[] bytes = kept.get(key);
            if (bytes != null) {
                return bytes;
            }
        }
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            byte[] bytes;
            synchronized (kept) {
                bytes = kept.get(key);
            }
            if (bytes == null) {
                renderings.incrementAndGet();
                bytes = render.get();
                keep(key, bytes);
            }
            mine.complete(bytes);
            return bytes;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /** How many times a document was rendered (not served from memory). */
    public int renderings() {
        return renderings.get();
    }

    private void keep(String key, byte[] bytes) {
        if (bytes.length > budgetBytes) {
            return;
        }
        synchronized (kept) {
            byte[] previous = kept.put(key, bytes);
            keptBytes += bytes.length - (previous == null ? 0 : previous.length);
            Iterator<byte[]> eldest = kept.values().iterator();
            while (keptBytes > budgetBytes && eldest.hasNext()) {
                keptBytes -= eldest.next().length;
                eldest.remove();
            }
        }
    }
}
