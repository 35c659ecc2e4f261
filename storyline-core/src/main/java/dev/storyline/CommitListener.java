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

    /** Tells each listener in turn (the alerts, then the summaries); one failing does not keep the next from hearing. */
    static CommitListener all(CommitListener... listeners) {
        java.util.List<CommitListener> each = java.util.List.of(listeners);
        return () -> {
            RuntimeException first = null;
            for (CommitListener l : each) {
                try {
                    l.committed();
                } catch (RuntimeException e) {
                    if (first == null) first = e;
                }
            }
            if (first != null) throw first;
        };
    }
}
