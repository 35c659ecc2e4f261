package dev.storyline.sources.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read from the wire up to a cap: past it, the subscription is cancelled (the connection
 * dropped) so that a 200 MB answer costs at most the cap. Written by hand because the JDK's handlers either read
 * everything or hand over a blocking stream without a deadline.
 *
 * @param bytes     what was read, at most the cap
 * @param truncated true when the body was longer than the cap (or announced so by Content-Length)
 */
record CappedBody(byte[] bytes, boolean truncated) {

    static HttpResponse.BodyHandler<CappedBody> handler(long cap) {
        return info -> {
            long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return new Subscriber(cap, announced > cap);
        };
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<CappedBody> {
        private final CompletableFuture<CappedBody> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final long cap;
        private final boolean refuseUnread;
        private Flow.Subscription subscription;

        Subscriber(long cap, boolean refuseUnread) {
            this.cap = cap;
            this.refuseUnread = refuseUnread;
        }

        @Override
        public CompletionStage<CappedBody> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (refuseUnread) {
                result.complete(new CappedBody(new byte[0], true));
                s.cancel();
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) return;
            for (ByteBuffer b : buffers) {
                int room = (int) Math.min(b.remaining(), cap - out.size());
                byte[] chunk = new byte[room];
                b.get(chunk);
                out.write(chunk, 0, room);
                if (b.hasRemaining()) {
                    result.complete(new CappedBody(out.toByteArray(), true));
                    subscription.cancel();
                    return;
                }
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(new CappedBody(out.toByteArray(), false));
        }
    }
}
