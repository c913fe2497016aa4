import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Acknowledgement latency of the WhatsApp webhook under a burst, measured from a second process:
 * {@code java bench/WhatsAppBurst.java [base-url] [deliveries] [concurrency] [graph-port]}.
 *
 * <p>It plays Meta: {@code deliveries} signed text messages (from deliveries/5 customers, 5 messages each) are
 * posted with up to {@code concurrency} requests in flight, and the time from sending each to its {@code 200} is
 * recorded. It also plays the Graph API on {@code 127.0.0.1:graph-port} and counts the bot's replies, to show how
 * long the engine takes to work through the burst after it was acknowledged. Start the server first with
 * {@code TACT_WHATSAPP_APP_SECRET=bench-secret TACT_WHATSAPP_VERIFY_TOKEN=bench TACT_WHATSAPP_ACCESS_TOKEN=bench
 * TACT_WHATSAPP_PHONE_NUMBER_ID=106540352242922 TACT_WHATSAPP_GRAPH_URL=http://127.0.0.1:18089/v25.0}.
 * Only loopback addresses are allowed as targets.
 */
public class WhatsAppBurst {

    private static final String SECRET = System.getenv().getOrDefault("TACT_WHATSAPP_APP_SECRET", "bench-secret");
    private static final String PHONE = "106540352242922";
    private static final String[] TEXTS = {"hello", "how do I change my pin", "how do I top up my account",
            "thanks", "what exchange rate do you use"};

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        int deliveries = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int graphPort = args.length > 3 ? Integer.parseInt(args[3]) : 18089;
        String host = base.getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("this benchmark only targets loopback addresses");
        }
        AtomicInteger replies = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong lastReply = new java.util.concurrent.atomic.AtomicLong();
        HttpServer graph = HttpServer.create(new InetSocketAddress("127.0.0.1", graphPort), 0);
        graph.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!body.contains("\"status\":\"read\"")) {
                replies.incrementAndGet();
                lastReply.set(System.nanoTime());
            }
            byte[] answer = "{\"messages\":[{\"id\":\"wamid.bench\"}]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        graph.setExecutor(Executors.newFixedThreadPool(4));
        graph.start();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI webhook = base.resolve("/v1/channels/whatsapp/webhook");
        String run = Long.toString(System.currentTimeMillis(), 36);
        // warm-up: 50 deliveries, not measured
        burst(http, webhook, run + "w", 50, 8);
        long start = System.nanoTime();
        long[] nanos = burst(http, webhook, run, deliveries, concurrency);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("deliveries=%d concurrency=%d ack p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms"
                        + " burst took %.2fs (%.0f deliveries/s)%n", deliveries, concurrency, ms(nanos, 0.50),
                ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, seconds, deliveries / seconds);
        // the engine works through the acknowledged burst; wait until the replies stop coming for 5 s
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        int seen = -1;
        while (replies.get() != seen && System.nanoTime() < deadline) {
            seen = replies.get();
            Thread.sleep(5000);
        }
        System.out.printf("bot messages at the fake Graph API: %d (answers, handoff notices; none while a person owns"
                + " the conversation), the last %.1fs after the burst started%n", replies.get(),
                (lastReply.get() - start) / 1e9);
        graph.stop(0);
        System.exit(0);
    }

    private static long[] burst(HttpClient http, URI webhook, String run, int count, int concurrency)
            throws Exception {
        long[] nanos = new long[count];
        Semaphore inFlight = new Semaphore(concurrency);
        CompletableFuture<?>[] all = new CompletableFuture<?>[count];
        long now = System.currentTimeMillis() / 1000;
        for (int i = 0; i < count; i++) {
            String customer = "1555" + Math.floorMod(run.hashCode(), 1000) + String.format("%06d", i / 5);
            String body = delivery(customer, "wamid." + run + "." + i, now, TEXTS[i % TEXTS.length]);
            HttpRequest request = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("X-Hub-Signature-256", sign(body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            inFlight.acquire();
            int index = i;
            long sent = System.nanoTime();
            all[i] = http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                nanos[index] = System.nanoTime() - sent;
                inFlight.release();
                if (error != null || response.statusCode() != 200) {
                    System.err.println("delivery " + index + ": " + (error != null ? error : response.statusCode()));
                }
            });
        }
        CompletableFuture.allOf(all).join();
        return nanos;
    }

    private static String delivery(String customer, String wamid, long timestamp, String text) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":"
                + "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
                + "\"phone_number_id\":\"" + PHONE + "\"},\"contacts\":[{\"profile\":{\"name\":\"Bench\"},\"wa_id\":\""
                + customer + "\"}],\"messages\":[{\"from\":\"" + customer + "\",\"id\":\"" + wamid
                + "\",\"timestamp\":\"" + timestamp + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text
                + "\"}}]},\"field\":\"messages\"}]}]}";
    }

    private static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
