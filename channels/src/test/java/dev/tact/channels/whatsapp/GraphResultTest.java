package dev.tact.channels.whatsapp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphResultTest {

    private static String error(int code, String message) {
        return "{\"error\": {\"message\": \"(#" + code + ") " + message + "\", \"type\": \"OAuthException\", \"code\": "
                + code + ", \"error_data\": {\"messaging_product\": \"whatsapp\", \"details\": \"" + message
                + "\"}, \"fbtrace_id\": \"AbCdEf\"}}";
    }

    @Test
    void readSuccessTakesTheWamid() {
        GraphResult result = GraphApi.read(200, "{\"messaging_product\": \"whatsapp\", \"contacts\": [{\"input\":"
                + " \"16505551234\", \"wa_id\": \"16505551234\"}], \"messages\": [{\"id\": \"wamid.OUT1\"}]}");
        assertThat(result.outcome()).isEqualTo(GraphResult.Outcome.SENT);
        assertThat(result.wamid()).contains("wamid.OUT1");
        assertThat(GraphApi.read(200, "{\"success\": true}").wamid()).isEmpty();
    }

    @Test
    void readRateLimitsAndServerErrorsAreRetried() {
        assertThat(GraphApi.read(400, error(130429, "Rate limit hit")).outcome()).isEqualTo(GraphResult.Outcome.RETRY);
        assertThat(GraphApi.read(400, error(131056, "pair rate limit hit")).outcome())
                .isEqualTo(GraphResult.Outcome.RETRY);
        assertThat(GraphApi.read(429, "").outcome()).isEqualTo(GraphResult.Outcome.RETRY);
        assertThat(GraphApi.read(503, "<html>busy</html>").outcome()).isEqualTo(GraphResult.Outcome.RETRY);
        assertThat(GraphApi.read(503, "<html>busy</html>").errorCode()).isEqualTo("http_503");
    }

    @Test
    void readPermanentErrorsFailWithCodeAndDetails() {
        GraphResult result = GraphApi.read(400, error(131047, "Re-engagement message"));
        assertThat(result.outcome()).isEqualTo(GraphResult.Outcome.FAILED);
        assertThat(result.errorCode()).isEqualTo("131047");
        assertThat(result.errorTitle()).isEqualTo("Re-engagement message");
        assertThat(GraphApi.read(401, error(190, "Access token expired")).outcome())
                .isEqualTo(GraphResult.Outcome.FAILED);
    }
}
