import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Web-chat customers against the API v1 of a running server, measured from a second process:
 * {@code java bench/LoadGenerator.java [options]} ({@code --help} lists them; bench/README.md, "Load", explains them).
 *
 * <p>Each customer opens a conversation, follows its stream over the WebSocket as the chat page does, and sends
 * messages over HTTP: mostly clear-cut banking questions made unique by their amounts, places and dates, some upset
 * or sensitive turns that escalate (a queued conversation gets no bot answer, so the customer starts a new one), and
 * repeats such as "hi" and "thanks". Closed loop: each customer sends its next message when the answer to the last
 * came back. Open loop ({@code --rate}): messages arrive at a fixed rate whatever the server does, and latency counts
 * from when a message was due, so a slow server cannot hide behind fewer requests (coordinated omission). Only
 * loopback addresses are allowed as targets.
 */
public class LoadGenerator {

    private static final Pattern FIELD = Pattern.compile("\"(id|token|state|role|clientMessageId)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern METRIC = Pattern.compile("^([a-zA-Z_:][\\w:]*)(\\{[^}]*})?\\s+(\\S+)");

    /** The command line; durations as {@code 30s}, {@code 2m} or plain seconds. */
    record Options(URI base, int customers, double rate, int perConversation, Duration warmUp, Duration duration,
                   long count, boolean stream, long pid, boolean json, int soakMinutes, Duration timeout,
                   String agent, long seed) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("unexpected '" + args[i] + "' (see --help)");
                }
                boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
                given.put(args[i].substring(2), flag ? "true" : args[++i]);
            }
            Options options = new Options(URI.create(given.getOrDefault("url", "http://127.0.0.1:8080")),
                    Integer.parseInt(given.getOrDefault("customers", "8")),
                    Double.parseDouble(given.getOrDefault("rate", "0")),
                    Integer.parseInt(given.getOrDefault("messages", "5")),
                    duration(given.getOrDefault("warmup", "30s")), duration(given.getOrDefault("duration", "60s")),
                    Long.parseLong(given.getOrDefault("count", "0")), !given.containsKey("no-stream"),
                    Long.parseLong(given.getOrDefault("pid", "0")), given.containsKey("json"),
                    Integer.parseInt(given.getOrDefault("soak", "0")), duration(given.getOrDefault("timeout", "30s")),
                    given.get("agent"), Long.parseLong(given.getOrDefault("seed", "1")));
            String host = options.base.getHost();
            if (host == null || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
                throw new IllegalArgumentException("this benchmark only targets loopback addresses");
            }
            return options;
        }

        static Duration duration(String text) {
            if (text.endsWith("m")) {
                return Duration.ofSeconds(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 60));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(text.replaceAll("s$", "")) * 1000));
        }

        Duration measured() {
            return soakMinutes > 0 ? Duration.ofMinutes(soakMinutes) : duration;
        }

        String mode() {
            return rate > 0 ? "open loop at " + rate + " msg/s over " + customers + " customers"
                    : "closed loop, " + customers + " customers";
        }
    }

    private static final String USAGE = """
            java bench/LoadGenerator.java [--url http://127.0.0.1:8080] [--customers 8] [--rate MSG_PER_S]
                [--messages 5] [--warmup 30s] [--duration 60s | --count N] [--no-stream] [--timeout 30s]
                [--pid SERVER_PID] [--soak MINUTES] [--agent USER:PASSWORD] [--seed 1] [--json]
              --customers  concurrent customers (closed loop), or the customers the arrivals are spread over (open)
              --rate       open loop: messages per second, whatever the server does; omitted: closed loop
              --messages   messages per conversation before the customer opens a new one (also after an escalation)
              --count      end the measured phase after N answered messages (or after --duration, if sooner)
              --pid        the server's process id, to read its RSS from /proc when /prometheus has none
              --soak       run for MINUTES, sample heap, threads, DB connections and queue every 10 s
              --agent      an agent's login, to read the queue length from /v1/queue during a soak
            """;

    enum Kind { CLEAR, UPSET, REPEAT }

    record Turn(String text, Kind kind) {
    }

    /**
     * The customers' turns: after a question, 70 % of the time "thanks" or the like (a second question straight after
     * the first often reads to the bot as asking again, and escalates); otherwise a question, 85 % of them clear-cut,
     * 15 % upset or sensitive (which escalate). About half the turns are clear-cut questions, 9 % upset, 41 % repeats.
     */
    static final class Texts {
        private static final String[] CLEAR = {"I was charged twice for £%s at %s on %s",
                "my card payment of £%s at %s was declined on %s", "how do I change my PIN, I set it on %3$s",
                "my top up of £%s on %3$s is still pending", "when will my new card arrive? I ordered it on %3$s",
                "is there a fee for taking out £%s at an ATM in %s?", "how do I get a virtual card for %2$s?",
                "the refund of £%s from %s is still not showing, it was due on %s",
                "what exchange rate do you use when I pay £%s in %s?"};
        private static final String[] UPSET = {
                "this is ridiculous, you took £%s from me at %s and nobody answers, get me a real person now",
                "I want to speak to a human about the £%s charge from %s on %s",
                "someone stole my card and spent £%s at %s on %s, I'm scared, please help",
                "there is a cash withdrawal of £%s in %s on %s I don't recognise",
                "I can't pay my rent this month and I'm panicking about the £%s I owe since %3$s"};
        private static final String[] REPEAT = {"hi", "hello", "thanks", "thank you", "ok thanks"};
        private static final String[] PLACES = {"Tesco", "Sainsbury's", "Amazon", "Pret", "Shell", "Uber", "Lidl",
                "Boots", "Lisbon", "Berlin", "Madrid", "New York", "the airport", "Costa", "Argos"};
        private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                "Nov", "Dec"};

        static Turn next(Random random, Kind previous) {
            Kind kind = previous != Kind.REPEAT && random.nextInt(10) < 7 ? Kind.REPEAT
                    : random.nextInt(100) < 85 ? Kind.CLEAR : Kind.UPSET;
            if (kind == Kind.REPEAT) {
                return new Turn(REPEAT[random.nextInt(REPEAT.length)], kind);
            }
            String[] templates = kind == Kind.CLEAR ? CLEAR : UPSET;
            String amount = String.format("%d.%02d", 1 + random.nextInt(900), random.nextInt(100));
            String date = (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(12)];
            return new Turn(String.format(templates[random.nextInt(templates.length)], amount,
                    PLACES[random.nextInt(PLACES.length)], date), kind);
        }
    }

    /** When the measured phase runs, and whether the run is over. */
    static final class Phase {
        final long measureFrom;
        volatile long measureUntil = Long.MAX_VALUE;
        volatile boolean over;

        Phase(Duration warmUp) {
            measureFrom = System.nanoTime() + warmUp.toNanos();
        }

        boolean measures(long due) {
            return due >= measureFrom && due < measureUntil;
        }

        void end() {
            measureUntil = Math.min(measureUntil, System.nanoTime());
            over = true;
        }
    }

    /** What the measured phase saw; thread-safe. */
    static final class Recorder {
        final ConcurrentLinkedQueue<Long> latency = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> service = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> stream = new ConcurrentLinkedQueue<>();
        final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        final LongAdder queued = new LongAdder();
        final LongAdder opened = new LongAdder();

        void count(String outcome) {
            outcomes.computeIfAbsent(outcome, key -> new LongAdder()).increment();
        }

        long answered() {
            return latency.size();
        }
    }

    record Answer(int status, String body, long retryAfterSeconds) {
        Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher m = FIELD.matcher(body);
            while (m.find()) {
                fields.putIfAbsent(m.group(1), m.group(2));
            }
            return fields;
        }
    }

    /** The server's HTTP API and its metrics. */
    record Server(HttpClient http, URI base, Duration timeout) {
        Answer post(String path, String json, String token) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
            return answer(token == null ? request : request.header("Authorization", "Bearer " + token));
        }

        Answer get(String path, String token) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET();
            return answer(token == null ? request : request.header("Authorization", "Bearer " + token));
        }

        private Answer answer(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String retryAfter = response.headers().firstValue("Retry-After").orElse("1");
            return new Answer(response.statusCode(), response.body(),
                    retryAfter.matches("\\d{1,4}") ? Long.parseLong(retryAfter) : 1);
        }
    }

    /** One open conversation and its stream; the stream times the reply frames of the messages awaiting one. */
    static final class Conversation implements WebSocket.Listener {
        final String id;
        final String token;
        final Map<String, Long> awaiting = new ConcurrentHashMap<>();
        private final Recorder recorder;
        private final StringBuilder frame = new StringBuilder();
        private WebSocket socket;

        Conversation(String id, String token, Recorder recorder) {
            this.id = id;
            this.token = token;
            this.recorder = recorder;
        }

        void follow(Server server) {
            URI uri = URI.create(server.base().toString().replaceFirst("^http", "ws")).resolve(
                    "/v1/conversations/" + id + "/stream?token=" + token);
            socket = server.http().newWebSocketBuilder().connectTimeout(server.timeout()).buildAsync(uri, this)
                    .orTimeout(server.timeout().toMillis(), TimeUnit.MILLISECONDS).join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frame.append(data);
            if (last) {
                Map<String, String> fields = new Answer(200, frame.toString(), 0).fields();
                frame.setLength(0);
                String clientMessageId = fields.get("clientMessageId");
                if (clientMessageId != null && !"customer".equals(fields.get("role"))) {
                    Long sent = awaiting.remove(clientMessageId);
                    if (sent != null) {
                        recorder.stream.add(System.nanoTime() - sent);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        void close() {
            awaiting.clear();
            if (socket != null) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(error -> null);
            }
        }
    }

    /** When a customer's next message is due: now (closed loop) or at its arrival (open loop); -1 when over. */
    @FunctionalInterface
    interface Pacer {
        long next() throws InterruptedException;
    }

    /** One customer: conversation after conversation, message after message, until the run is over. */
    record Customer(int number, Server server, Options options, Phase phase, Recorder recorder, Pacer pacer)
            implements Runnable {

        @Override
        public void run() {
            Random random = new Random(options.seed() * 7919 + number);
            Conversation conversation = null;
            int sent = 0;
            Kind previous = Kind.REPEAT;
            try {
                while (!phase.over) {
                    if (conversation == null || sent == options.perConversation()) {
                        close(conversation);
                        conversation = open();
                        sent = 0;
                        previous = random.nextBoolean() ? Kind.CLEAR : Kind.REPEAT; // half of them start with "hi"
                        continue;
                    }
                    long due = pacer.next();
                    if (due < 0) {
                        break;
                    }
                    sent++;
                    Turn turn = Texts.next(random, previous);
                    previous = turn.kind();
                    if (!send(conversation, turn, due)) {
                        sent = options.perConversation(); // queued or gone: the customer starts again
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                close(conversation);
            }
        }

        private Conversation open() throws InterruptedException {
            String body = "{\"customer\":{\"name\":\"bench customer " + number + "\"}}";
            try {
                Answer answer = server.post("/v1/conversations", body, null);
                if (answer.status() != 201) {
                    recorder.count("open " + answer.status());
                    Thread.sleep(answer.status() == 503 ? answer.retryAfterSeconds() * 1000 : 1000);
                    return null;
                }
                recorder.opened.increment();
                Map<String, String> fields = answer.fields();
                Conversation conversation = new Conversation(fields.get("id"), fields.get("token"), recorder);
                if (options.stream()) {
                    conversation.follow(server);
                }
                return conversation;
            } catch (IOException | RuntimeException e) {
                recorder.count("open " + failure(e));
                Thread.sleep(1000);
                return null;
            }
        }

        /** Sends one message, again after each 503 as its Retry-After says; false when the conversation ends. */
        private boolean send(Conversation conversation, Turn turn, long due) throws InterruptedException {
            boolean measured = phase.measures(due);
            String clientMessageId = UUID.randomUUID().toString();
            String body = "{\"text\":\"" + turn.text().replace("\"", "'") + "\",\"clientMessageId\":\""
                    + clientMessageId + "\"}";
            while (true) {
                long sentAt = System.nanoTime();
                if (measured && options.stream()) {
                    conversation.awaiting.put(clientMessageId, due);
                }
                try {
                    Answer answer = server.post("/v1/conversations/" + conversation.id + "/messages", body,
                            conversation.token);
                    long now = System.nanoTime();
                    if (measured) {
                        recorder.count(Integer.toString(answer.status()));
                    }
                    if (answer.status() == 503 && !phase.over) {
                        Thread.sleep(answer.retryAfterSeconds() * 1000);
                        continue;
                    }
                    if (answer.status() != 200) {
                        return answer.status() != 401 && answer.status() != 404;
                    }
                    boolean queued = "queued".equals(answer.fields().get("state"));
                    if (measured) {
                        recorder.latency.add(now - due);
                        recorder.service.add(now - sentAt);
                        if (queued) {
                            recorder.queued.increment();
                        }
                    }
                    return !queued;
                } catch (IOException e) {
                    if (measured) {
                        recorder.count(failure(e));
                    }
                    return false;
                }
            }
        }

        private static String failure(Throwable e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            return cause instanceof HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName();
        }

        private static void close(Conversation conversation) {
            if (conversation != null) {
                conversation.close();
            }
        }
    }

    /** The server's state as /prometheus (and /proc, and /v1/queue) show it; -1 where unknown. */
    record Snapshot(Instant at, long heapBytes, long rssBytes, long threads, long dbActive, long dbPending,
                    long queue) {

        static Snapshot take(Server server, Options options, String agentToken) throws InterruptedException {
            Map<String, Double> metrics = scrape(server);
            long rss = sum(metrics, name -> name.startsWith("process_resident_memory_bytes"));
            return new Snapshot(Instant.now(), sum(metrics, name -> name.startsWith("jvm_memory_used_bytes")
                    && name.contains("area=\"heap\"")), rss >= 0 ? rss : rss(options.pid()),
                    sum(metrics, name -> name.startsWith("jvm_threads_live_threads")),
                    sum(metrics, name -> name.startsWith("hikaricp_connections_active")),
                    sum(metrics, name -> name.startsWith("hikaricp_connections_pending")), queue(server, agentToken));
        }

        private static Map<String, Double> scrape(Server server) throws InterruptedException {
            Map<String, Double> metrics = new LinkedHashMap<>();
            try {
                for (String line : server.get("/prometheus", null).body().split("\n")) {
                    Matcher m = METRIC.matcher(line);
                    if (m.find()) {
                        metrics.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                System.err.println("cannot read /prometheus: " + e);
            }
            return metrics;
        }

        private static long sum(Map<String, Double> metrics, Predicate<String> which) {
            List<Double> values = metrics.entrySet().stream().filter(entry -> which.test(entry.getKey()))
                    .map(Map.Entry::getValue).toList();
            return values.isEmpty() ? -1 : Math.round(values.stream().mapToDouble(Double::doubleValue).sum());
        }

        private static long rss(long pid) {
            if (pid <= 0) {
                return -1;
            }
            try {
                return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                        .filter(line -> line.startsWith("VmRSS:")).findFirst()
                        .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).orElse(-1L);
            } catch (IOException e) {
                return -1;
            }
        }

        private static long queue(Server server, String agentToken) throws InterruptedException {
            if (agentToken == null) {
                return -1;
            }
            try {
                Answer answer = server.get("/v1/queue", agentToken);
                return answer.status() == 200 ? answer.body().split("\"conversationId\"", -1).length - 1 : -1;
            } catch (IOException e) {
                return -1;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(USAGE);
            return;
        }
        Options options = Options.parse(args);
        Server server = new Server(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build(), options.base(), options.timeout());
        String agentToken = options.agent() == null ? null : login(server, options.agent());
        Snapshot before = Snapshot.take(server, options, agentToken);
        Phase phase = new Phase(options.warmUp());
        Recorder recorder = new Recorder();
        Pacer pacer = options.rate() > 0 ? arrivals(options.rate(), phase) : () -> phase.over ? -1 : System.nanoTime();
        List<Thread> customers = new ArrayList<>();
        for (int i = 0; i < options.customers(); i++) {
            Thread thread = new Thread(new Customer(i, server, options, phase, recorder, pacer), "customer-" + i);
            thread.setDaemon(true);
            thread.start();
            customers.add(thread);
        }
        List<Snapshot> samples = run(options, phase, recorder, server, agentToken);
        for (Thread customer : customers) {
            customer.join(options.timeout().toMillis() + 1000);
        }
        Snapshot after = Snapshot.take(server, options, agentToken);
        double seconds = (phase.measureUntil - phase.measureFrom) / 1e9;
        System.out.print(options.json() ? Report.json(options, recorder, seconds, before, after, samples)
                : Report.text(options, recorder, seconds, before, after, samples));
        System.exit(0);
    }

    /** Waits out the warm-up and the measured phase, sampling the server every 10 s of it, then ends the run. */
    private static List<Snapshot> run(Options options, Phase phase, Recorder recorder, Server server,
                                      String agentToken) throws InterruptedException {
        List<Snapshot> samples = new ArrayList<>();
        long end = phase.measureFrom + options.measured().toNanos();
        long nextSample = phase.measureFrom;
        while (System.nanoTime() < end && (options.count() == 0 || recorder.answered() < options.count())) {
            if (System.nanoTime() >= nextSample) {
                samples.add(Snapshot.take(server, options, agentToken));
                nextSample += TimeUnit.SECONDS.toNanos(10);
            }
            Thread.sleep(50);
        }
        phase.end();
        return samples;
    }

    /** Open loop: one arrival every 1/rate seconds, each taken by the next free customer; late ones pile up. */
    private static Pacer arrivals(double rate, Phase phase) {
        BlockingQueue<Long> due = new LinkedBlockingQueue<>();
        Thread clock = new Thread(() -> {
            long start = System.nanoTime();
            for (long i = 0; !phase.over; i++) {
                long at = start + Math.round(i * 1e9 / rate);
                LockSupport.parkNanos(at - System.nanoTime());
                due.add(at);
            }
        }, "arrivals");
        clock.setDaemon(true);
        clock.start();
        return () -> {
            while (!phase.over) {
                Long at = due.poll(100, TimeUnit.MILLISECONDS);
                if (at != null) {
                    return at;
                }
            }
            return -1;
        };
    }

    private static String login(Server server, String agent) throws IOException, InterruptedException {
        String[] parts = agent.split(":", 2);
        Answer answer = server.post("/v1/auth/login",
                "{\"username\":\"" + parts[0] + "\",\"password\":\"" + parts[1] + "\"}", null);
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (answer.status() != 200 || !m.find()) {
            throw new IllegalStateException("cannot log in as " + parts[0] + ": HTTP " + answer.status());
        }
        return m.group(1);
    }

    /** The plain-text and JSON reports. */
    static final class Report {
        private static final double[] QUANTILES = {0.50, 0.95, 0.99, 1.0};
        private static final String[] NAMES = {"p50", "p95", "p99", "max"};

        static String text(Options options, Recorder recorder, double seconds, Snapshot before, Snapshot after,
                           List<Snapshot> samples) {
            StringBuilder out = new StringBuilder(String.format("%s, %d messages per conversation, stream %s;"
                            + " warm-up %ds, measured %.1fs%n", options.mode(), options.perConversation(),
                    options.stream() ? "followed" : "off", options.warmUp().toSeconds(), seconds));
            out.append(String.format("throughput   %.1f msg/s (%d answered; %d ended in the queue; %d conversations"
                    + " opened in all)%n", recorder.answered() / seconds, recorder.answered(), recorder.queued.sum(),
                    recorder.opened.sum()));
            out.append(line(options.rate() > 0 ? "reply (due)" : "reply", recorder.latency));
            if (options.rate() > 0) {
                out.append(line("reply (sent)", recorder.service));
            }
            if (options.stream()) {
                out.append(line("stream frame", recorder.stream));
            }
            out.append("answers      ").append(outcomes(recorder)).append('\n');
            out.append(String.format("server       heap %s → %s, RSS %s → %s, threads %s → %s, DB connections"
                            + " active %s → %s%n", mb(before.heapBytes()), mb(after.heapBytes()), mb(before.rssBytes()),
                    mb(after.rssBytes()), n(before.threads()), n(after.threads()), n(before.dbActive()),
                    n(after.dbActive())));
            if (!samples.isEmpty()) {
                out.append(String.format("while measured threads max %s, DB connections active max %s, waiting max %s"
                                + "%n", n(max(samples, Snapshot::threads)), n(max(samples, Snapshot::dbActive)),
                        n(max(samples, Snapshot::dbPending))));
            }
            if (options.soakMinutes() > 0 && !samples.isEmpty()) {
                out.append(soak(samples));
            }
            return out.toString();
        }

        private static String line(String name, ConcurrentLinkedQueue<Long> nanos) {
            long[] sorted = sorted(nanos);
            StringBuilder out = new StringBuilder(String.format("%-12s", name));
            for (int i = 0; i < QUANTILES.length; i++) {
                out.append(String.format(" %s %.1f ms", NAMES[i], ms(sorted, QUANTILES[i])));
            }
            return out.append('\n').toString();
        }

        private static String outcomes(Recorder recorder) {
            return recorder.outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(entry -> entry.getKey() + (entry.getKey().equals("503") ? " (back-pressure, retried)" : "")
                            + " ×" + entry.getValue().sum()).collect(Collectors.joining(", "));
        }

        /** The first and the last minute of a soak side by side: the mean of their samples. */
        private static String soak(List<Snapshot> samples) {
            Instant start = samples.get(0).at();
            Instant last = samples.get(samples.size() - 1).at();
            List<Snapshot> first = samples.stream().filter(s -> s.at().isBefore(start.plusSeconds(60))).toList();
            List<Snapshot> final_ = samples.stream().filter(s -> s.at().isAfter(last.minusSeconds(60))).toList();
            return String.format("soak (%d samples, every 10 s)   first minute   last minute%n", samples.size())
                    + soakRow("heap", first, final_, Snapshot::heapBytes, true)
                    + soakRow("RSS", first, final_, Snapshot::rssBytes, true)
                    + soakRow("threads", first, final_, Snapshot::threads, false)
                    + soakRow("DB connections", first, final_, Snapshot::dbActive, false)
                    + soakRow("DB waiting", first, final_, Snapshot::dbPending, false)
                    + soakRow("queue", first, final_, Snapshot::queue, false);
        }

        private static String soakRow(String name, List<Snapshot> first, List<Snapshot> last,
                                      ToLongFunction<Snapshot> value, boolean bytes) {
            long a = mean(first, value);
            long b = mean(last, value);
            return String.format("  %-30s %-14s %s%n", name, bytes ? mb(a) : n(a), bytes ? mb(b) : n(b));
        }

        private static long max(List<Snapshot> samples, ToLongFunction<Snapshot> value) {
            return samples.stream().mapToLong(value).max().orElse(-1);
        }

        private static long mean(List<Snapshot> samples, ToLongFunction<Snapshot> value) {
            long[] known = samples.stream().mapToLong(value).filter(v -> v >= 0).toArray();
            return known.length == 0 ? -1 : Math.round(Arrays.stream(known).average().orElse(-1));
        }

        static String json(Options options, Recorder recorder, double seconds, Snapshot before, Snapshot after,
                           List<Snapshot> samples) {
            String answers = recorder.outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue().sum())
                    .collect(Collectors.joining(","));
            return "{\"mode\":\"" + (options.rate() > 0 ? "open" : "closed") + "\",\"customers\":"
                    + options.customers() + ",\"rate\":" + options.rate() + ",\"messagesPerConversation\":"
                    + options.perConversation() + ",\"stream\":" + options.stream() + ",\"warmUpSeconds\":"
                    + options.warmUp().toSeconds() + String.format(",\"measuredSeconds\":%.3f", seconds)
                    + String.format(",\"throughput\":%.2f", recorder.answered() / seconds) + ",\"answered\":"
                    + recorder.answered() + ",\"queued\":" + recorder.queued.sum() + ",\"opened\":"
                    + recorder.opened.sum() + ",\"replyMs\":" + quantiles(recorder.latency) + ",\"sentReplyMs\":"
                    + quantiles(recorder.service) + ",\"streamMs\":" + quantiles(recorder.stream) + ",\"answers\":{"
                    + answers + "},\"before\":" + json(before) + ",\"after\":" + json(after) + ",\"samples\":["
                    + samples.stream().map(Report::json).collect(Collectors.joining(",")) + "]}\n";
        }

        private static String quantiles(ConcurrentLinkedQueue<Long> nanos) {
            long[] sorted = sorted(nanos);
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < QUANTILES.length; i++) {
                double ms = ms(sorted, QUANTILES[i]);
                fields.add("\"" + NAMES[i] + "\":" + (Double.isNaN(ms) ? "null" : String.format("%.3f", ms)));
            }
            return "{" + String.join(",", fields) + "}";
        }

        private static String json(Snapshot s) {
            return String.format("{\"at\":\"%s\",\"heapBytes\":%d,\"rssBytes\":%d,\"threads\":%d,\"dbActive\":%d,"
                    + "\"dbPending\":%d,\"queue\":%d}", s.at(), s.heapBytes(), s.rssBytes(), s.threads(), s.dbActive(),
                    s.dbPending(), s.queue());
        }

        private static long[] sorted(ConcurrentLinkedQueue<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted;
        }

        private static double ms(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }

        private static String mb(long bytes) {
            return bytes < 0 ? "n/a" : String.format("%.0f MB", bytes / 1048576.0);
        }

        private static String n(long value) {
            return value < 0 ? "n/a" : Long.toString(value);
        }
    }
}
