package be.ptrpas.platform.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A {@code text/event-stream} read as the pass page reads it: a GET with the bearer token in the Authorization header,
 * the body taken line by line; each event is stamped with the moment it arrived ({@link System#nanoTime()}).
 */
public final class EventStream implements AutoCloseable {

    /** One event (or a comment, with name {@code :} and the comment as data). */
    public record Event(String name, String data, long arrivedNanos, java.time.Instant arrivedAt) {}

    private final HttpClient http;
    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private EventStream(HttpClient http, HttpResponse<Stream<String>> response) {
        this.http = http;
        this.response = response;
        this.reader = Thread.ofVirtual().name("sse-reader").start(this::read);
    }

    /** Opens the stream; answers once the headers are in (the status may be a refusal). */
    public static EventStream open(String url, String token) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return new EventStream(http, http.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** The first event (comments included) that matches, waiting at most the timeout; null when none came. */
    public Event next(Duration timeout, Predicate<Event> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Event event = events.poll(left, TimeUnit.NANOSECONDS);
            if (event != null && wanted.test(event)) {
                return event;
            }
        }
        return null;
    }

    /** Everything that arrived and was not taken yet. */
    public List<Event> drain() {
        List<Event> all = new ArrayList<>();
        events.drainTo(all);
        return all;
    }

    private void read() {
        String name = "message";
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith(":")) {
                    events.add(new Event(":", line.substring(1).strip(), System.nanoTime(), java.time.Instant.now()));
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n")
                            .append(line.substring(5).strip());
                } else if (line.isEmpty() && !data.isEmpty()) {
                    events.add(new Event(name, data.toString(), System.nanoTime(), java.time.Instant.now()));
                    name = "message";
                    data.setLength(0);
                }
            }
        } catch (RuntimeException e) {
            // closed by the test, or by the server
        }
    }

    @Override
    public void close() {
        reader.interrupt();
        http.shutdownNow();
    }
}
