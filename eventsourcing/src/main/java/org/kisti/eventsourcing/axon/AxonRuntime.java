package org.kisti.eventsourcing.axon;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.kisti.events.EventJson;
import org.kisti.eventsourcing.relay.KafkaRelay;

/**
 * Axon Framework 4 wired into Quarkus by hand: no Spring, no Axon Server. The event store and the processors' tokens
 * live in the service's own PostgreSQL (tables from Flyway, see db/eventsourcing), inside Quarkus's JTA transactions,
 * with events as JSON text an auditor can read with plain SQL.
 */
@Singleton
public class AxonRuntime {

    /** Snake-case names, so the tables read naturally next to the service's own. */
    static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index").timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier").aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number").typeColumn("type")
            .payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision")
            .payloadColumn("payload").metaDataColumn("meta_data")
            .build();

    static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry").setProcessorNameColumn("processor_name").setSegmentColumn("segment")
            .setTokenColumn("token").setTokenTypeColumn("token_type").setTimestampColumn("time_stamp")
            .setOwnerColumn("owner")
            .build();

    /** PostgreSQL's unique_violation: another command appended the same aggregate sequence first. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    DataSource dataSource;

    @Inject
    jakarta.transaction.TransactionManager jta;

    @Inject
    Instance<AxonModule> modules;

    @Inject
    KafkaRelay relay;

    private Configuration configuration;

    synchronized Configuration configuration() {
        if (configuration == null) {
            configuration = configurer().buildConfiguration();
        }
        return configuration;
    }

    void start(@Observes StartupEvent event) {
        configuration().start();
    }

    void stop(@Observes ShutdownEvent event) {
        configuration().shutdown();
    }

    public <T extends EventProcessor> Optional<T> eventProcessor(String name, Class<T> type) {
        return configuration().eventProcessingConfiguration().eventProcessor(name, type);
    }

    @Produces
    @Singleton
    CommandGateway commandGateway() {
        return configuration().commandGateway();
    }

    @Produces
    @Singleton
    EventStore eventStore() {
        return configuration().eventStore();
    }

    private Configurer configurer() {
        Serializer serializer = JacksonSerializer.builder()
                .objectMapper(EventJson.newMapper())
                .revisionResolver(new EventTypeRevisionResolver())
                .build();
        TransactionManager transactions = new JtaTransactionManager(jta);
        // Plain connections from the JTA-aware pool: Axon's unit-of-work wrapper would call commit() itself,
        // which the pool refuses on a connection enlisted in a JTA transaction.
        ConnectionProvider connections = dataSource::getConnection;

        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                // What a decision saw of other contexts (metadata "seen.*" on the command) stays with its events.
                .configureCorrelationDataProviders(c -> List.of(new MessageOriginProvider(),
                        message -> message.getMetaData().entrySet().stream()
                                .filter(entry -> entry.getKey().startsWith("seen."))
                                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))))
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureTransactionManager(c -> transactions)
                // Events stored at an older version are read as the current one (EventUpcasts).
                .registerEventUpcaster(c -> new CatalogUpcaster())
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .dataType(String.class)
                        .schema(EVENT_SCHEMA)
                        // Events read per query when the relay catches up (default 100).
                        .batchSize(1000)
                        .persistenceExceptionResolver(new SQLStateResolver(UNIQUE_VIOLATION))
                        .upcasterChain(c.upcasterChain())
                        .build())
                .registerComponent(TokenStore.class, c -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .serializer(serializer)
                        .schema(TOKEN_SCHEMA)
                        .contentType(String.class)
                        .build());

        configurer.eventProcessing(processing -> processing
                // One thread, one segment: the relay publishes in stored order, which keeps each aggregate's order.
                .registerTrackingEventProcessor(KafkaRelay.PROCESSOR, Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                // One token update and one wait for acks per batch (see KafkaRelay).
                                .andBatchSize(500))
                // A failed publish must stop the batch and retry it, never skip the event.
                .registerListenerInvocationErrorHandler(KafkaRelay.PROCESSOR, c -> PropagatingErrorHandler.instance())
                .registerEventHandler(c -> relay));

        modules.forEach(module -> module.configure(configurer));
        return configurer;
    }
}
