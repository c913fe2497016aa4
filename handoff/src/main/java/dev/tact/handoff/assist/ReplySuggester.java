package dev.tact.handoff.assist;

import dev.tact.core.analysis.Analysis;
import dev.tact.core.decision.ResponseCatalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Case-based agent assist: BM25 over the customer side of recently resolved conversations; each of the most
 * similar cases offers the agent reply that carried the most content. The recognised intent's standard answer
 * comes first when there is one, except for intents whose answer is meant for the bot's own use (such as the
 * explicit request for a person: "I'm connecting you…" is no reply for the agent).
 */
public final class ReplySuggester {

    private final ResolvedCases cases;
    private final ResponseCatalog responses;
    private final int corpusSize;
    private final Set<String> botOnlyIntents;

    public ReplySuggester(ResolvedCases cases, ResponseCatalog responses, int corpusSize, Set<String> botOnlyIntents) {
        this.cases = cases;
        this.responses = responses;
        this.corpusSize = corpusSize;
        this.botOnlyIntents = Set.copyOf(botOnlyIntents);
    }

    /**
     * Suggestions for a conversation whose customer wrote {@code customerText}, recognised as {@code intent}
     * ({@link Analysis#NO_INTENT} when none), leaving out the conversation itself.
     */
    public List<Suggestion> suggest(String conversationId, String customerText, String intent, int limit) {
        List<Suggestion> suggestions = new ArrayList<>();
        if (!intent.isEmpty() && !intent.equals(Analysis.NO_INTENT) && !botOnlyIntents.contains(intent)) {
            responses.responseFor(intent).ifPresent(answer ->
                    suggestions.add(new Suggestion(answer, "standard_answer", intent, 0)));
        }
        List<ResolvedCase> corpus = cases.recent(corpusSize).stream()
                .filter(past -> !past.conversationId().equals(conversationId) && !past.agentReplies().isEmpty())
                .toList();
        Set<String> seen = new LinkedHashSet<>();
        suggestions.forEach(suggestion -> seen.add(suggestion.text()));
        var index = new Bm25Index(corpus.stream().map(ResolvedCase::customerText).toList());
        for (Bm25Index.Hit hit : index.search(customerText, limit * 2)) {
            ResolvedCase past = corpus.get(hit.document());
            String reply = past.agentReplies().stream()
                    .max(Comparator.comparingInt(text -> Bm25Index.tokens(text).size())).orElseThrow();
            if (seen.add(reply)) {
                suggestions.add(new Suggestion(reply, "similar_case", past.conversationId(), hit.score()));
            }
        }
        return suggestions.stream().limit(limit).toList();
    }
}
