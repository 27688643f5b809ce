package cn.gov.hubei.jxt.pilot.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * Every point in time the JSON API writes has one fixed shape: ISO 8601 in the programme's zone with microseconds and
 * the offset, e.g. {@code 2026-05-08T15:59:59.000000+08:00}. Microseconds because that is what PostgreSQL keeps, so a
 * value read back from the database is written without loss; always six digits, so clients (and tests) that compare
 * text never see {@code .60986} for {@code .609860}.
 */
@Configuration(proxyBeanMethods = false)
class ApiTimestamps {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    @Bean
    JacksonModule apiTimestampModule(Clock clock) {
        ZoneId zone = clock.getZone();
        SimpleModule module = new SimpleModule("api-timestamps");
        module.addSerializer(Instant.class, new Writer<>(i -> i.atZone(zone)));
        module.addSerializer(OffsetDateTime.class, new Writer<>(o -> o.atZoneSameInstant(zone)));
        module.addSerializer(ZonedDateTime.class, new Writer<>(z -> z.withZoneSameInstant(zone)));
        return module;
    }

    static String format(ZonedDateTime value) {
        return FORMAT.format(value);
    }

    private static final class Writer<T> extends ValueSerializer<T> {
        private final Function<T, ZonedDateTime> inZone;

        Writer(Function<T, ZonedDateTime> inZone) {
            this.inZone = inZone;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(format(inZone.apply(value)));
        }
    }
}
