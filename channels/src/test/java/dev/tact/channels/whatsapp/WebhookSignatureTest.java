package dev.tact.channels.whatsapp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignatureTest {

    private final WebhookSignature signature = new WebhookSignature("test-app-secret");

    @Test
    void signMatchesAnHmacComputedIndependently() {
        // HMAC-SHA256("test-app-secret", "{}"), computed with: printf '{}' | openssl dgst -sha256 -hmac test-app-secret
        assertThat(signature.sign("{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=c1ea56948b53132ad57904aac904aa087052a6f88de4d1236961d54b6003c28c");
    }

    @Test
    void verifyAcceptsTheBodysSignature() {
        byte[] body = Fixtures.bytes("text.json");
        assertThat(signature.verify(signature.sign(body), body)).isTrue();
        assertThat(signature.verify(signature.sign(body).toUpperCase().replace("SHA256=", "sha256="), body)).isTrue();
    }

    @Test
    void verifyRejectsATamperedBody() {
        byte[] body = Fixtures.bytes("text.json");
        String header = signature.sign(body);
        byte[] tampered = Arrays.copyOf(body, body.length);
        tampered[tampered.length / 2] ^= 1;
        assertThat(signature.verify(header, tampered)).isFalse();
        assertThat(signature.verify(header, Arrays.copyOf(body, body.length + 1))).isFalse();
    }

    @Test
    void verifyRejectsMissingMalformedOrForeignSignatures() {
        byte[] body = Fixtures.bytes("text.json");
        assertThat(signature.verify(null, body)).isFalse();
        assertThat(signature.verify("", body)).isFalse();
        assertThat(signature.verify(signature.sign(body).substring("sha256=".length()), body)).isFalse();
        assertThat(signature.verify("sha256=zz", body)).isFalse();
        assertThat(signature.verify("sha1=" + signature.sign(body).substring(7), body)).isFalse();
        assertThat(signature.verify(new WebhookSignature("another-secret").sign(body), body)).isFalse();
    }

    @Test
    void sameSecretComparesWholeValues() {
        assertThat(WebhookSignature.sameSecret("verify-me", "verify-me")).isTrue();
        assertThat(WebhookSignature.sameSecret("verify-me", "verify-m")).isFalse();
        assertThat(WebhookSignature.sameSecret("verify-me", null)).isFalse();
        assertThat(WebhookSignature.sameSecret("", "")).isFalse();
    }

    @Test
    void constructorRefusesAnEmptySecret() {
        assertThatThrownBy(() -> new WebhookSignature("")).isInstanceOf(IllegalArgumentException.class);
    }
}
