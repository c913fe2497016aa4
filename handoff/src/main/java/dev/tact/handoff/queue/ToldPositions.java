package dev.tact.handoff.queue;

/** The place in line each waiting customer was last told, so that they are told again only when it matters. */
@FunctionalInterface
public interface ToldPositions {

    /** Remembers the place in line the customer of this handoff was told; a requeue forgets it. */
    void told(String handoffId, int position);
}
