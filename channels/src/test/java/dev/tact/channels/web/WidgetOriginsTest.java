package dev.tact.channels.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WidgetOriginsTest {

    @Test
    void allowsOnlyTheListedOriginsNormalised() {
        var origins = new WidgetOrigins(List.of(" https://Shop.example/ ", "", "http://localhost:3000"));
        assertThat(origins.allowed()).containsExactly("https://shop.example", "http://localhost:3000");
        assertThat(origins.allows("https://shop.example")).isTrue();
        assertThat(origins.allows("HTTPS://SHOP.EXAMPLE")).isTrue();
        assertThat(origins.allows("http://shop.example")).isFalse();
        assertThat(origins.allows("https://shop.example.evil.example")).isFalse();
        assertThat(origins.allows("http://localhost:3001")).isFalse();
        assertThat(origins.allows(null)).isFalse();
    }

    @Test
    void noneAllowsNothingCrossOrigin() {
        var none = WidgetOrigins.none();
        assertThat(none.allows("https://shop.example")).isFalse();
        assertThat(none.admits("https://shop.example", "tact.example")).isFalse();
        assertThat(none.admits(null, "tact.example")).as("no Origin: not a browser page").isTrue();
        assertThat(none.admits("https://tact.example", "tact.example")).as("the page at /").isTrue();
    }

    @Test
    void sameOriginComparesHostAndPortWithTheHostHeader() {
        assertThat(WidgetOrigins.sameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080")).isTrue();
        assertThat(WidgetOrigins.sameOrigin("https://tact.example", "Tact.Example")).isTrue();
        assertThat(WidgetOrigins.sameOrigin("http://127.0.0.1:8081", "127.0.0.1:8080")).isFalse();
        assertThat(WidgetOrigins.sameOrigin("null", "127.0.0.1:8080")).isFalse();
        assertThat(WidgetOrigins.sameOrigin("not a uri", "x")).isFalse();
        assertThat(WidgetOrigins.sameOrigin("http://a", null)).isFalse();
    }

    @Test
    void constructorWhenAnEntryIsNotAnOriginSaysWhich() {
        assertThatThrownBy(() -> new WidgetOrigins(List.of("https://shop.example/path")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https://shop.example/path");
        assertThatThrownBy(() -> new WidgetOrigins(List.of("*"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WidgetOrigins(List.of("shop.example"))).isInstanceOf(IllegalArgumentException.class);
    }
}
