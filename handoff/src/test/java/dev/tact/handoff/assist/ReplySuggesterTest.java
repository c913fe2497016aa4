package dev.tact.handoff.assist;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReplySuggesterTest {

    private final List<ResolvedCase> cases = List.of(
            new ResolvedCase("c1", "my card was stolen", List.of("Hi", "I have blocked your card and ordered a new one.")),
            new ResolvedCase("c2", "I want to close my account", List.of("Your account is closed.")),
            new ResolvedCase("c3", "card stolen abroad", List.of()));

    @Test
    void suggestOffersTheStandardAnswerThenTheRichestReplyOfSimilarCases() {
        var suggester = new ReplySuggester(limit -> cases,
                intent -> intent.equals("lost_or_stolen_card") ? Optional.of("Block it in the app.") : Optional.empty(),
                100, Set.of("human_request"));
        var suggestions = suggester.suggest("now", "someone stole my card", "lost_or_stolen_card", 3);
        assertThat(suggestions).extracting(Suggestion::text)
                .containsExactly("Block it in the app.", "I have blocked your card and ordered a new one.");
        assertThat(suggestions.get(0).source()).isEqualTo("standard_answer");
        assertThat(suggestions.get(1).basis()).isEqualTo("c1");
    }

    @Test
    void suggestLeavesOutTheConversationItselfAndUnknownIntents() {
        var suggester = new ReplySuggester(limit -> cases, intent -> Optional.of("Connecting you…"), 100,
                Set.of("human_request"));
        assertThat(suggester.suggest("c1", "my card was stolen", "none", 3)).isEmpty();
        assertThat(suggester.suggest("c1", "my card was stolen", "human_request", 3)).isEmpty();
    }
}
