package org.sahelevents.core.blackbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sahelevents.core.json.ModelJson;

/** The data-driven constraint cases of {@code spec/constraint-cases.json}: an invalid object and its violations. */
final class SpecCases {
  /** A case; {@code invariant} is the number in domain-model.md section 2.4 it shows firing, or 0. */
  record Case(String name, int invariant, Class<?> type, Object object, List<String> violations) {
    @Override
    public String toString() {
      return name;
    }
  }

  private SpecCases() {}

  static List<Case> load() {
    ModelJson json = ModelJson.create();
    try (InputStream in = SpecCases.class.getResourceAsStream("/spec/constraint-cases.json")) {
      List<Case> cases = new ArrayList<>();
      for (JsonNode node : new ObjectMapper().readTree(in)) {
        Class<?> type = Class.forName("org.sahelevents.core.model." + node.get("type").asText());
        List<String> violations = new ArrayList<>();
        node.get("violations").forEach(v -> violations.add(v.asText()));
        cases.add(new Case(node.get("name").asText(), node.path("invariant").asInt(0), type, json.read(node.get("object").toString(), type),
            violations));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
