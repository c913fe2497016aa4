package dev.tact.intents.sentiment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SentimentLexiconTest {

    private final SentimentLexicon lexicon = SentimentLexicon.bundled();

    @Test
    void valenceOfAVaderWordIsVaders() {
        assertThat(lexicon.valence("good")).hasValue(1.9);
        assertThat(lexicon.valence("GOOD")).hasValue(1.9);
        assertThat(lexicon.valence(":)")).hasValue(2.0);
    }

    @Test
    void valenceOfAWordInBothLexiconsIsVadersAndOfAnAfinnOnlyWordIsRescaled() {
        assertThat(lexicon.valence("ridiculous")).hasValue(-1.5); // AFINN: -3
        assertThat(lexicon.valence("fabulously")).hasValue(4 * 0.8); // not in VADER
        assertThat(lexicon.valence("can't stand")).hasValue(-2.0); // both; AFINN: -3
        assertThat(lexicon.valence("does not work")).hasValue(-3 * 0.8);
    }

    @Test
    void valenceOfTactEntriesOverridesBoth() {
        assertThat(lexicon.valence("please")).hasValue(0.0);
        assertThat(lexicon.valence("no problem")).hasValue(1.5);
        assertThat(lexicon.valence("never again")).hasValue(-2.0);
    }

    @Test
    void valenceOfAnEmojiSumsItsDescriptionWithinTheScale() {
        assertThat(lexicon.valence("😠")).hasValue(-2.3); // "angry face"
        assertThat(lexicon.valence("😊")).hasValue(4.0); // "smiling face with smiling eyes": 2.0 + 2.0
        assertThat(lexicon.valence("😍")).hasValue(4.0); // "smiling face with heart-eyes": 2.0 + 3.2, limited
        assertThat(lexicon.valence("💔")).hasValue(-2.5); // the phrase "broken heart", not "broken" + "heart"
    }

    @Test
    void valenceOfAnUnknownTokenIsEmpty() {
        assertThat(lexicon.valence("PIN")).isEmpty();
        assertThat(lexicon.valence("change my")).isEmpty();
        assertThat(lexicon.size()).isGreaterThan(7_520); // VADER alone
    }

    @Test
    void bundledLoadsOnce() {
        assertThat(SentimentLexicon.bundled()).isSameAs(lexicon);
    }

    @Test
    void loadWithoutTheFilesOnTheClasspathFails() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> SentimentLexicon.load(empty))
                    .isInstanceOf(SentimentLexiconException.class)
                    .hasMessageContaining("lexicons/afinn/AFINN-en-165.txt");
        }
    }

    @Test
    void bundledFilesAreTheUpstreamBytes() throws Exception {
        Map<String, String> sha256 = Map.of(
                "afinn/AFINN-emoticon-8.txt", "3ac601e37182b0ba183ce90d7b1ad41bed1ed371f5cb758bf577f0285e746e17",
                "afinn/AFINN-en-165.txt", "3a06ace6047b203fc1adff0dd3d498ff68528d9206b84242fbce4fc2083a389b",
                "afinn/CITATION", "dc8e47822713d3698354b5808dc1103837d9a5f66391b8460e7395c71e06b450",
                "afinn/COPYRIGHT", "82576e89373e7de67c20df2c415d83e7bbbed4daf361c33127561847b01d202a",
                "afinn/LICENSE", "ad5aeac5b74d69c56d6fe48b2f5b75e5b0fca122b273068247bed9fc8f626151",
                "vader/LICENSE.txt", "b78925304c567623f14677bad66b8e305e7ddcaf7982c8d8411ce51c55a8bf51",
                "vader/emoji_utf8_lexicon.txt", "25b217601fb59d4ed8f89360b719ddb4f352a40df0743f1cfb6f8150d02eb83a",
                "vader/vader_lexicon.txt", "ec636f884f36b5de6a4d681b2f61c08c2ec90eeb440472033f3307d0d6fa8bc9");
        for (var file : sha256.entrySet()) {
            assertThat(sha256("lexicons/" + file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    private static String sha256(String resource) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = SentimentLexiconTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
