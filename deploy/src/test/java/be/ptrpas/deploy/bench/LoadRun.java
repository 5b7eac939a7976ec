package be.ptrpas.deploy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;

/**
 * Drives one endpoint with HTTP requests made beforehand and records latencies in an HdrHistogram (microseconds).
 *
 * <p>{@link #fixedRate} is an open model (as wrk2): request {@code i} is due at {@code start + i / rate}, whether or not
 * the earlier ones have been answered, and its latency is measured from that <em>intended</em> start. A server that
 * stalls therefore shows its stall in every request that had to wait, instead of hiding it by sending less
 * (coordinated omission). The number of connections only caps how many requests can be in flight.
 *
 * <p>{@link #closedLoop} is a saturation test: N clients each send the next request as soon as the previous answer
 * is in; it measures the most the server does, not latency at a given load.
 */
final class LoadRun {

    /** One prepared request and a fragment its answer must contain (null: any 200 will do). */
    record Request(byte[] bytes, String expect) {}

    /** What one run measured. */
    record Result(
            String name,
            String mode,
            double targetRate,
            long completed,
            long errors,
            long unexpected,
            double seconds,
            Histogram latency,
            Machine.Cpu cpu,
            String firstError,
            List<Stall> stalls,
            long startEpochMillis,
            long endEpochMillis) {

        double throughput() {
            return completed / seconds;
        }

        double ms(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }

        String line() {
            return String.format(
                    "%-7s %-7s %8s %9.0f %8.2f %8.2f %8.2f %8.2f %7d %6d   %s",
                    name,
                    mode,
                    targetRate > 0 ? String.format("%.0f", targetRate) : "-",
                    throughput(),
                    ms(50),
                    ms(99),
                    ms(99.9),
                    latency.getMaxValue() / 1000.0,
                    errors,
                    unexpected,
                    cpu);
        }

        /**
         * The worst moments of an open-model run, each with what the JVM and the database were doing then, and the
         * same for the whole run as the baseline to read them against.
         */
        String stallsLines(StallWitnesses witnesses) {
            StringBuilder lines = new StringBuilder("        during the run: ")
                    .append(witnesses.summary(startEpochMillis, endEpochMillis));
            if (stalls.isEmpty()) {
                return lines.append("\n        worst 100 ms windows: none with an answer over 10 ms")
                        .toString();
            }
            lines.append("\n        worst 100 ms windows (by intended start):");
            for (Stall stall : stalls) {
                lines.append("\n          ")
                        .append(stall)
                        .append(": ")
                        .append(witnesses.during(
                                stall.epochMillis() - WINDOW_NANOS / 1_000_000,
                                stall.epochMillis() + WINDOW_NANOS / 1_000_000 + Math.round(stall.maxMs())));
            }
            return lines.toString();
        }

        static String header() {
            return String.format(
                    "%-7s %-7s %8s %9s %8s %8s %8s %8s %7s %6s   %s",
                    "what",
                    "model",
                    "rate/s",
                    "done/s",
                    "p50 ms",
                    "p99 ms",
                    "p99.9 ms",
                    "max ms",
                    "errors",
                    "wrong",
                    "CPU (cores)");
        }
    }

    /** A 100 ms window of intended start times: the wall-clock time it began and its slowest answer. */
    record Stall(long epochMillis, double maxMs, int requestsOver10Ms) {
        @Override
        public String toString() {
            return String.format(
                    "%s %.0f ms (%d > 10 ms)",
                    LocalTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC), maxMs, requestsOver10Ms);
        }
    }

    private static final long HIGHEST_MICROS = 120_000_000L;
    private static final long WINDOW_NANOS = 100_000_000L;
    private static final int WORST_WINDOWS = 5;

    private LoadRun() {}

    static Result fixedRate(
            String name,
            String host,
            int port,
            List<Request> requests,
            double rate,
            Duration duration,
            int connections,
            ProcessHandle server)
            throws InterruptedException {
        long interval = (long) (1e9 / rate);
        long total = (long) (rate * duration.toNanos() / 1e9);
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime() + 20_000_000L;
        long giveUp = start + duration.toNanos() + 60_000_000_000L;
        int windows = (int) (duration.toNanos() / WINDOW_NANOS) + 1;
        return run(name, "open", rate, host, port, connections, server, start, windows, (worker, counters) -> {
            while (true) {
                long i = next.getAndIncrement();
                long intended = start + i * interval;
                if (i >= total || System.nanoTime() > giveUp) {
                    return;
                }
                long wait;
                while ((wait = intended - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                counters.exchange(requests.get((int) (i % requests.size())), intended);
            }
        });
    }

    static Result closedLoop(
            String name,
            String host,
            int port,
            List<Request> requests,
            int clients,
            Duration duration,
            ProcessHandle server)
            throws InterruptedException {
        long start = System.nanoTime() + 20_000_000L;
        long end = start + duration.toNanos();
        AtomicLong next = new AtomicLong();
        return run(name, "closed", 0, host, port, clients, server, start, 0, (worker, counters) -> {
            long wait;
            while ((wait = start - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            while (System.nanoTime() < end) {
                long i = next.getAndIncrement();
                counters.exchange(requests.get((int) (i % requests.size())), System.nanoTime());
            }
        });
    }

    private interface Loop {
        void run(int worker, Worker counters) throws Exception;
    }

    /** A connection with its own histogram and counters (merged at the end, so nothing is shared while running). */
    private static final class Worker {
        final RawHttp http;
        final Histogram latency = new Histogram(HIGHEST_MICROS, 3);
        long completed;
        long errors;
        long unexpected;
        long lastEnd;
        String firstError;

        /** Per 100 ms window of intended start (open model only): slowest answer and answers over 10 ms, in µs. */
        long windowStart;

        long[] windowMax = new long[0];
        int[] windowSlow = new int[0];

        Worker(RawHttp http) {
            this.http = http;
        }

        void windows(long start, int count) {
            windowStart = start;
            windowMax = new long[count];
            windowSlow = new int[count];
        }

        private void recordWindow(long from, long micros) {
            int w = (int) ((from - windowStart) / WINDOW_NANOS);
            if (w >= 0 && w < windowMax.length) {
                windowMax[w] = Math.max(windowMax[w], micros);
                if (micros > 10_000) {
                    windowSlow[w]++;
                }
            }
        }

        void exchange(Request request, long from) {
            try {
                RawHttp.Answer answer = http.send(request.bytes());
                long end = System.nanoTime();
                lastEnd = end;
                long micros = Math.min(HIGHEST_MICROS, Math.max(0, (end - from) / 1000));
                latency.recordValue(micros);
                recordWindow(from, micros);
                if (answer.status() != 200) {
                    errors++;
                    remember("HTTP " + answer.status() + ": " + answer.text());
                } else {
                    completed++;
                    if (request.expect() != null && !answer.text().contains(request.expect())) {
                        unexpected++;
                        remember("expected " + request.expect() + " in " + answer.text());
                    }
                }
            } catch (IOException | RuntimeException e) {
                long end = System.nanoTime();
                lastEnd = end;
                long micros = Math.min(HIGHEST_MICROS, Math.max(0, (end - from) / 1000));
                latency.recordValue(micros);
                recordWindow(from, micros);
                errors++;
                remember(e.toString());
            }
        }

        private void remember(String error) {
            if (firstError == null) {
                firstError = error.length() > 300 ? error.substring(0, 300) : error;
            }
        }
    }

    private static Result run(
            String name,
            String mode,
            double rate,
            String host,
            int port,
            int connections,
            ProcessHandle server,
            long start,
            int windows,
            Loop loop)
            throws InterruptedException {
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Machine.Mark mark = new Machine.Mark(server);
        for (int w = 0; w < connections; w++) {
            Worker worker = new Worker(new RawHttp(host, port));
            worker.windows(start, windows);
            workers.add(worker);
            int id = w;
            Thread thread = new Thread(
                    () -> {
                        try {
                            loop.run(id, worker);
                        } catch (Exception e) {
                            worker.errors++;
                            worker.remember(e.toString());
                        } finally {
                            worker.http.close();
                        }
                    },
                    "load-" + name + "-" + w);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Machine.Cpu cpu = mark.since();
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        long completed = 0;
        long errors = 0;
        long unexpected = 0;
        long lastEnd = start;
        String firstError = null;
        for (Worker worker : workers) {
            all.add(worker.latency);
            completed += worker.completed;
            errors += worker.errors;
            unexpected += worker.unexpected;
            lastEnd = Math.max(lastEnd, worker.lastEnd);
            firstError = firstError == null ? worker.firstError : firstError;
        }
        long startEpochMillis = System.currentTimeMillis() - (System.nanoTime() - start) / 1_000_000;
        long endEpochMillis = System.currentTimeMillis() - (System.nanoTime() - lastEnd) / 1_000_000;
        return new Result(
                name,
                mode,
                rate,
                completed,
                errors,
                unexpected,
                Math.max(1e-3, (lastEnd - start) / 1e9),
                all,
                cpu,
                firstError,
                worst(workers, start, windows),
                startEpochMillis,
                endEpochMillis);
    }

    private static List<Stall> worst(List<Worker> workers, long start, int windows) {
        long[] max = new long[windows];
        int[] slow = new int[windows];
        for (Worker worker : workers) {
            for (int w = 0; w < windows; w++) {
                max[w] = Math.max(max[w], worker.windowMax[w]);
                slow[w] += worker.windowSlow[w];
            }
        }
        // Wall-clock time of the run's start, to line the windows up with the platform's log or a flight recording.
        long startEpochMillis = System.currentTimeMillis() - (System.nanoTime() - start) / 1_000_000;
        List<Stall> stalls = new ArrayList<>();
        IntStream.range(0, windows)
                .boxed()
                .filter(w -> slow[w] > 0)
                .sorted((a, b) -> Long.compare(max[b], max[a]))
                .limit(WORST_WINDOWS)
                .sorted()
                .forEach(w -> stalls.add(
                        new Stall(startEpochMillis + w * (WINDOW_NANOS / 1_000_000), max[w] / 1000.0, slow[w])));
        return stalls;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
