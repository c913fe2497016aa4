import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round-trip time of one customer message over the web chat API, measured from a second process:
 * {@code java bench/RoundTrip.java [base-url] [messages] [warm-up]}. One client, one message at a time,
 * keep-alive HTTP/1.1; a new conversation every 10 messages (a realistic conversation length). Only
 * loopback addresses are allowed as targets.
 */
public class RoundTrip {

    private static final String[] TEXTS = {"hello", "I lost my card", "how do I change my pin", "thanks"};
    private static final Pattern FIELD = Pattern.compile("\"(id|token)\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        String host = base.getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("this benchmark only targets loopback addresses");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        run(http, base, warmUp);
        long[] nanos = run(http, base, messages);
        Arrays.sort(nanos);
        double total = Arrays.stream(nanos).sum() / 1e9;
        System.out.printf("messages=%d p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms mean=%.2fms throughput=%.0f msg/s%n",
                messages, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6,
                total * 1000 / messages, messages / total);
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long[] run(HttpClient http, URI base, int count) throws Exception {
        long[] nanos = new long[count];
        String id = null;
        String token = null;
        for (int i = 0; i < count; i++) {
            if (i % 10 == 0) {
                String created = send(http, HttpRequest.newBuilder(base.resolve("/v1/conversations"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"customer\":{\"name\":\"bench\"}}")).build(), 201);
                Matcher m = FIELD.matcher(created);
                while (m.find()) {
                    if (m.group(1).equals("id")) {
                        id = m.group(2);
                    } else {
                        token = m.group(2);
                    }
                }
            }
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/conversations/" + id + "/messages"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + TEXTS[i % TEXTS.length] + "\"}"))
                    .build();
            long start = System.nanoTime();
            send(http, request, 200);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
