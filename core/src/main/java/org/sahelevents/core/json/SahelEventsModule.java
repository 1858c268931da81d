package org.sahelevents.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Jackson module that binds the model to JSON. Register it in your own {@code ObjectMapper} to embed model
 * objects in your JSON; {@link ModelJson} is a ready-made reader and writer that uses it.
 *
 * <p>It brings the JDK 8 and Java time modules, writes dates and instants as ISO-8601 strings
 * ({@code "2026-04-25"}, {@code "2026-04-27T09:30:00Z"}), and omits absent optional values and empty collections.
 * Enum values are written by name.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SahelEventsModule extends Module {
  @Override
  public String getModuleName() {
    return "sahel-events";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    JsonFormat.Value iso = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);
    context.configOverride(LocalDate.class).setFormat(iso);
    context.configOverride(Instant.class).setFormat(iso);
    JsonInclude.Value nonAbsent = JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, null);
    JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
    context.configOverride(Optional.class).setInclude(nonAbsent);
    context.configOverride(List.class).setInclude(nonEmpty);
    context.configOverride(Set.class).setInclude(nonEmpty);
    context.configOverride(Map.class).setInclude(nonEmpty);
  }
}
