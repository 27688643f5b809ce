package cn.gov.hubei.jxt.pilot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop load generator for the public portal (used where neither wrk nor hey is installed): each of
 * {@code connections} threads sends GET requests to the URL one after another for {@code seconds} after a warm-up of
 * {@code seconds / 3}; it prints requests per second and the latency percentiles of the measured requests. Non-2xx
 * answers are counted as errors.
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath cn.gov.hubei.jxt.pilot.bench.PortalLoad http://localhost:8124/public/scenarios 16 30"
 * </pre>
 */
public final class PortalLoad {

    private PortalLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
        run(client, request, connections, Math.max(1, seconds / 3), false);
        run(client, request, connections, seconds, true);
    }

    private static void run(HttpClient client, HttpRequest request, int connections, int seconds, boolean report)
            throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<long[]>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long t = System.nanoTime() - t0;
                    if (response.statusCode() / 100 != 2) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = t;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) {
            parts.add(f.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (report) {
            System.out.printf("%s: %d connections, %d s: %d requests, %.0f req/s, p50 %.1f ms, p90 %.1f ms, "
                            + "p99 %.1f ms, max %.1f ms, errors %d%n", request.uri(), parts.size(), seconds,
                    all.length, all.length / elapsed, ms(all, 0.50), ms(all, 0.90), ms(all, 0.99),
                    all[all.length - 1] / 1e6, errors.get());
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
