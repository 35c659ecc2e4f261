package dev.storyline.entities;

import java.util.function.Supplier;

/**
 * A value made on its first use and kept by its owner: for what is costly to load and needed only by some inputs
 * (Russian's tagger, Polish's dictionary), held per instance rather than JVM-wide so stages stay free of singletons.
 * Thread-safe; the value is made at most once.
 */
public final class OnFirstUse<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    public OnFirstUse(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) value = make.get();
                v = value;
            }
        }
        return v;
    }
}
