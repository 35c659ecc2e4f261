package dev.storyline;

/**
 * Hears that articles and their events have just been made durable. Whatever follows the store (the alerts) keeps
 * its own cursor over the store's ingestion sequence and reads on from it when told, so that a crash between the
 * commit and the listener loses nothing: the listener catches up at the next start.
 */
@FunctionalInterface
public interface CommitListener {

    CommitListener NONE = () -> { };

    void committed();
}
