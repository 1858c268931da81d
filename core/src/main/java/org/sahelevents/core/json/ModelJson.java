package org.sahelevents.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads and writes model objects as JSON: ISO-8601 dates, enum names, absent values omitted, and strict reading
 * (unknown properties, duplicate members, missing mandatory attributes and trailing content are errors, reported as
 * a {@link ModelJsonException} with the JSON pointer of the offending value).
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 *
 * <pre>{@code
 * ModelJson json = ModelJson.create();
 * String text = json.write(catalog);
 * Catalog back = json.read(text, Catalog.class);   // equals catalog
 * }</pre>
 */
public final class ModelJson {
  private final ObjectMapper mapper;
  private final boolean pretty;

  private ModelJson(ObjectMapper mapper, boolean pretty) {
    this.mapper = mapper;
    this.pretty = pretty;
  }

  /** A reader and writer with compact output. */
  public static ModelJson create() {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(new SahelEventsModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
    return new ModelJson(mapper, false);
  }

  /** A copy that indents its output for people. */
  public ModelJson pretty() {
    return new ModelJson(mapper, true);
  }

  /** Writes the object as JSON text. */
  public String write(Object value) {
    try {
      return writer().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new ModelJsonException("", "cannot write " + value.getClass().getSimpleName() + ": "
          + JsonErrors.reason(e), e);
    }
  }

  /** Writes the object as JSON to a writer, which stays open. */
  public void write(Object value, Writer out) {
    try {
      writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
    } catch (JsonProcessingException e) {
      throw new ModelJsonException("", "cannot write " + value.getClass().getSimpleName() + ": "
          + JsonErrors.reason(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one model object.
   *
   * @throws ModelJsonException if the text is not valid JSON for the type
   */
  public <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  /**
   * Reads one model object from a reader, which stays open.
   *
   * @throws ModelJsonException if the text is not valid JSON for the type
   * @throws UncheckedIOException if reading fails
   */
  public <T> T read(Reader in, Class<T> type) {
    try {
      return mapper.readerFor(type).without(StreamReadFeature.AUTO_CLOSE_SOURCE).readValue(in);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private com.fasterxml.jackson.databind.ObjectWriter writer() {
    return pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
  }

  private static ModelJsonException translate(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping)) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      return new ModelJsonException("", "malformed JSON" + where + ": " + JsonErrors.reason(e), e);
    }
    String pointer = mapping.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? escape(ref.getFieldName()) : Integer.toString(ref.getIndex()))
        .map(step -> "/" + step)
        .collect(Collectors.joining());
    return new ModelJsonException(pointer, reason(mapping), e);
  }

  private static String reason(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown property \"" + u.getPropertyName() + "\"; known properties are " + sorted(u.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
      String expected = f.getTargetType().isEnum()
          ? "; expected one of " + Arrays.toString(f.getTargetType().getEnumConstants())
          : "";
      return "cannot read " + quote(f.getValue()) + " as " + f.getTargetType().getSimpleName() + expected;
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return Objects.requireNonNullElse(e.getCause().getMessage(), e.getCause().toString())
          .replace("Immutable", "");
    }
    return JsonErrors.reason(e).lines().findFirst().orElse("invalid value").replace("Immutable", "");
  }

  private static String sorted(Collection<Object> names) {
    return names == null ? "[]" : names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ",
        "[", "]"));
  }

  private static String quote(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  // RFC 6901: "~" is written "~0" and "/" is written "~1".
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
