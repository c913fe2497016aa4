package dev.tact.handoff.assist;

import java.util.List;

/** Where agent assist finds past resolved conversations. */
@FunctionalInterface
public interface ResolvedCases {

    /** The most recently resolved conversations that had agent replies, at most {@code limit}. */
    List<ResolvedCase> recent(int limit);
}
