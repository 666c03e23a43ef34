package org.kisti.reporting.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.kisti.events.EventCatalog;

/**
 * How far behind the log end the projection is, in records, per topic and partition: the log end offset less the
 * further of the offset the projection's consumer group has committed and the one its own tables record as applied
 * ({@code applied_offset}, moved in each record's transaction). 0 when caught up, however quiet a topic is; also when
 * the group's last commit was lost to a broker outage and no record has come since to commit again (seen in the fault
 * harness). Measured on a schedule, so a metrics scrape never talks to the broker or the database.
 */
@ApplicationScoped
public class ProjectionLag {

    private static final Logger LOG = Logger.getLogger(ProjectionLag.class);

    private final MeterRegistry metrics;
    private final String bootstrapServers;
    private final String group;
    private final Map<TopicPartition, AtomicLong> behind = new ConcurrentHashMap<>();
    private volatile Admin admin;

    private final DataSource dataSource;

    public ProjectionLag(MeterRegistry metrics, DataSource dataSource,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.incoming.members.group.id") String group) {
        this.metrics = metrics;
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
        this.group = group;
    }

    /** Records of the topic not yet applied; -1 until first measured. */
    public long recordsBehind(String topic) {
        long sum = 0;
        boolean measured = false;
        for (Map.Entry<TopicPartition, AtomicLong> partition : behind.entrySet()) {
            if (partition.getKey().topic().equals(topic)) {
                sum += partition.getValue().get();
                measured = true;
            }
        }
        return measured ? sum : -1;
    }

    @Scheduled(every = "${kisti.projection.lag-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try {
            Admin client = admin();
            Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            client.describeTopics(EventCatalog.TOPICS).allTopicNames().get(5, TimeUnit.SECONDS)
                    .forEach((topic, description) -> description.partitions().forEach(partition ->
                            latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> applied = appliedOffsets();
            client.listOffsets(latest).all().get(5, TimeUnit.SECONDS).forEach((partition, end) -> {
                OffsetAndMetadata done = committed.get(partition);
                long next = Math.max(done == null ? 0 : done.offset(), applied.getOrDefault(partition, 0L));
                gauge(partition).set(Math.max(0, end.offset() - next));
            });
        } catch (Exception e) {
            LOG.debugf("cannot measure the projection's lag now: %s", e.getMessage());
        }
    }

    private Map<TopicPartition, Long> appliedOffsets() throws SQLException {
        Map<TopicPartition, Long> applied = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select topic, kafka_partition, next_offset from applied_offset")) {
            while (row.next()) {
                applied.put(new TopicPartition(row.getString(1), row.getInt(2)), row.getLong(3));
            }
        }
        return applied;
    }

    void close(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close();
        }
    }

    private AtomicLong gauge(TopicPartition partition) {
        return behind.computeIfAbsent(partition, p -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("kisti.projection.lag.records", value, AtomicLong::get)
                    .description("Records on the topic not yet applied by the projection")
                    .tag("topic", p.topic()).tag("partition", Integer.toString(p.partition()))
                    .register(metrics);
            return value;
        });
    }

    private Admin admin() {
        if (admin == null) {
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            admin = Admin.create(config);
        }
        return admin;
    }
}
