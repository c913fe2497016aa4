package dev.tact.channels.whatsapp;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the Graph API said to one request.
 *
 * @param outcome    sent, worth another try, or refused for good
 * @param wamid      the id of the sent message (read receipts have none)
 * @param errorCode  the Graph error code ({@code 130429}, {@code 131047}…), {@code http_<status>} when the body had
 *                   none, or {@code network} for a failure before any answer
 * @param errorTitle a short description, never customer text
 */
public record GraphResult(Outcome outcome, Optional<String> wamid, String errorCode, String errorTitle) {

    public enum Outcome { SENT, RETRY, FAILED }

    /**
     * Graph and WhatsApp error codes that mean "not now" rather than "never": 1 and 2 (temporarily unavailable),
     * 4 and 80007 (app and account rate limits), 130429 (throughput limit of the number), 131056 (too many messages
     * to one customer), 131000 (something went wrong), 131016 and 133004 (service unavailable).
     */
    static final Set<String> RETRYABLE_CODES = Set.of("1", "2", "4", "80007", "130429", "131056", "131000", "131016",
            "133004");

    public GraphResult {
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(wamid, "wamid must not be null");
        Objects.requireNonNull(errorCode, "errorCode must not be null");
        Objects.requireNonNull(errorTitle, "errorTitle must not be null");
    }

    public static GraphResult sent(Optional<String> wamid) {
        return new GraphResult(Outcome.SENT, wamid, "", "");
    }

    /** Classifies an error answer: 429, 5xx and the retryable codes are tried again, the rest is final. */
    public static GraphResult error(int httpStatus, Optional<String> code, String title) {
        String errorCode = code.orElse("http_" + httpStatus);
        boolean retry = httpStatus == 429 || httpStatus >= 500 || code.filter(RETRYABLE_CODES::contains).isPresent();
        return new GraphResult(retry ? Outcome.RETRY : Outcome.FAILED, Optional.empty(), errorCode, title);
    }

    public static GraphResult network(String what) {
        return new GraphResult(Outcome.RETRY, Optional.empty(), "network", what);
    }
}
