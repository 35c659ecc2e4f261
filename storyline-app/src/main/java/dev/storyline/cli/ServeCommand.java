package dev.storyline.cli;

import dev.storyline.Pipeline;
import dev.storyline.StoredEvents;
import dev.storyline.alerts.AlertEvaluator;
import dev.storyline.summaries.SummaryUpdater;
import dev.storyline.alerts.delivery.Delivering;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import dev.storyline.sources.EmbeddedSourceRegistry;
import dev.storyline.sources.Fetchers;
import dev.storyline.sources.SourceSettings;
import dev.storyline.sources.Sources;
import dev.storyline.sources.fetch.FetchPolicy;
import dev.storyline.web.SourcesDesk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI and the REST API over an existing store (see `run` to ingest first).",
                "The API is described at /api/openapi.json. Ctrl-C stops the server cleanly.",
                "With --cluster CONFIG (usually beside --store opensearch://…), POST /api/articles sends the page to the "
                        + "cluster's pages topic on Kafka instead of analysing it into the store: 202 with the page's key once "
                        + "Kafka acknowledged it, 503 with the reason when Kafka does not take it within 15 s. The job then writes the "
                        + "store on OpenSearch: the server only reads its events (what the job's last complete commit holds), "
                        + "assigns nothing on start and clears nothing."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    StoreOption where;

    @Mixin
    ServeOptions serve;

    @Mixin
    PrivateAddressesOption privateAddresses;

    @Mixin
    ClusterOption cluster;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        where.validate(spec.commandLine());
        Pipeline.Models models = config.models(spec.commandLine(), spec.commandLine().getErr());
        dev.storyline.cluster.ClusterConfig clusterConfig = null;
        if (cluster.given()) {
            clusterConfig = cluster.readOrSay(spec.commandLine().getErr());
            if (clusterConfig == null) return 2;
        }
        Delivering delivering = serve.delivery.deliveringOrSay(data.data, privateAddresses.allowPrivateAddresses, spec.commandLine().getErr());
        if (delivering == null) return 2;
        ArticleStore store = where.openArticlesOrSay(data.data, spec.commandLine().getErr());
        if (store == null) return 1;
        // With --cluster the job writes the entities too: this server reads them, following the job's writes.
        boolean writtenByTheJob = clusterConfig != null && where.isOpenSearch();
        EntityRegistry registry = writtenByTheJob ? where.openEntitiesWrittenByTheJob() : where.openRegistry(data);
        StoredEvents events;
        AlertEvaluator alerts;
        try {
            // With --cluster the job writes the store on OpenSearch: this server only reads its events.
            events = writtenByTheJob ? where.openEventsWrittenByTheJob() : where.openEvents(data.data, store, registry);
        } catch (Exception e) {
            store.close();
            throw e;
        }
        try {
            // Articles whose events are not there yet are evaluated once the server has assigned them.
            alerts = data.openAlerts(store, events, registry);
        } catch (Exception e) {
            events.close();
            store.close();
            throw e;
        }
        spec.commandLine().getErr().printf("storyline: the store at %s holds %,d articles%n", where.where(data.data), store.count());
        // Articles without events yet (an older store) are assigned by the server, in the background.
        // The Sources page and API: sources added here are followed by `storyline follow` or `run`.
        EmbeddedSourceRegistry sources = EmbeddedSourceRegistry.open(data.data);
        Fetchers fetchers = new Fetchers(FetchPolicy.defaults());
        SourcesDesk desk = new SourcesDesk(new Sources(sources, fetchers, Clock.systemUTC()), SourceSettings.DEFAULTS, Clock.systemUTC());
        SummaryUpdater summaries;
        try {
            summaries = data.openSummaries(store, events);
        } catch (Exception e) {
            alerts.close();
            events.close();
            store.close();
            throw e;
        }
        serve.serveUntilStopped(store, events, Pipeline.standard(LocalDate.now(), registry, models), registry, alerts, summaries, delivering,
                List.of(desk), data.data, spec.commandLine().getErr(), (server, listener) -> fetchers::close, clusterConfig);
        return 0;
    }
}
