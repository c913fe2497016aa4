package dev.tact.handoff.assist;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Bm25IndexTest {

    private final Bm25Index index = new Bm25Index(List.of(
            "my card was stolen yesterday",
            "how do I change my address",
            "the card payment was declined at the shop",
            "stolen phone and stolen card, please block everything"));

    @Test
    void searchRanksTheDocumentsSharingRareTermsFirst() {
        var hits = index.search("someone stole... my card was stolen", 3);
        assertThat(hits).extracting(Bm25Index.Hit::document).startsWith(0).doesNotContain(1);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(hits.size() - 1).score());
    }

    @Test
    void searchWithNoSharedTermsFindsNothing() {
        assertThat(index.search("mortgage interest", 3)).isEmpty();
        assertThat(new Bm25Index(List.of()).search("card", 3)).isEmpty();
    }

    @Test
    void tokensDropStopWordsAndCase() {
        assertThat(Bm25Index.tokens("I'm LOCKED out of my Account!")).containsExactly("locked", "out", "account");
    }
}
