package dev.tact.app.whatsapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.app.support.WhatsAppWebhooks;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Without its configuration the channel is off: both webhook methods answer 404 with a JSON error. */
class WhatsAppDisabledTest {

    @Test
    void webhookAnswersNotFoundWhenTheChannelIsNotConfigured() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "tact.whatsapp.verify-token", "only-this-one"))) {
            var meta = new WhatsAppWebhooks(server.getURI());
            var get = meta.verify("subscribe", "only-this-one", "42");
            assertThat(get.statusCode()).isEqualTo(404);
            assertThat(new ObjectMapper().readTree(get.body()).path("error").asText()).isEqualTo("whatsapp_disabled");
            var post = meta.post("{}");
            assertThat(post.statusCode()).isEqualTo(404);
            assertThat(new ObjectMapper().readTree(post.body()).path("error").asText()).isEqualTo("whatsapp_disabled");
        }
    }
}
