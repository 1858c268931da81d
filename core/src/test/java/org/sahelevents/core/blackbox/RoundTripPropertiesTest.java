package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.model.AssertedValue;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Claim;
import org.sahelevents.core.validation.ModelValidator;

/** Generated valid objects of every model type survive JSON and Java serialization unchanged. */
class RoundTripPropertiesTest {
  private static final ModelJson JSON = ModelJson.create();

  @Provide
  Arbitrary<Object> anyModelObject() {
    return ModelArbitraries.anyModelObject();
  }

  @Property(tries = 400)
  void generatedObjectsAreValid(@ForAll("anyModelObject") Object x) {
    assertThat(ModelValidator.standard().validate(x)).isEmpty();
  }

  @Property(tries = 400)
  void jsonRoundTripGivesAnEqualObject(@ForAll("anyModelObject") Object x) {
    assertThat(JSON.read(JSON.write(x), readType(x))).isEqualTo(x);
  }

  @Property(tries = 200)
  void javaSerializationRoundTripGivesAnEqualObject(@ForAll("anyModelObject") Object x) throws Exception {
    assertThat(deserialize(serialize(x))).isEqualTo(x).hasSameHashCodeAs(x);
  }

  @Property(tries = 50)
  void catalogsRoundTripThroughJson(@ForAll("catalogs") Catalog catalog) throws Exception {
    assertThat(JSON.read(JSON.write(catalog), Catalog.class)).isEqualTo(catalog);
    Catalog copy = (Catalog) deserialize(serialize(catalog));
    assertThat(copy).isEqualTo(catalog);
    catalog.getActors().forEach(a -> assertThat(copy.actor(a.getId())).isPresent());
  }

  @Provide
  Arbitrary<Catalog> catalogs() {
    return net.jqwik.api.Combinators.combine(ModelArbitraries.actors().list().ofMaxSize(4),
        ModelArbitraries.incidents().list().ofMaxSize(4), ModelArbitraries.claims().list().ofMaxSize(4),
        ModelArbitraries.assertions().list().ofMaxSize(4), ModelArbitraries.conditions().list().ofMaxSize(2),
        ModelArbitraries.sources().list().ofMaxSize(2), ModelArbitraries.documents().list().ofMaxSize(2),
        ModelArbitraries.relations().list().ofMaxSize(2))
        .as((actors, incidents, claims, assertions, conditions, sources, documents, relations) -> Catalog.builder()
            .addAllActors(actors).addAllIncidents(incidents).addAllClaims(claims).addAllAssertions(assertions)
            .addAllConditions(conditions).addAllSources(sources).addAllDocuments(documents)
            .addAllRelations(relations).build());
  }

  // Polymorphic families are read through their sealed parent, as a user reading unknown JSON would.
  private static Class<?> readType(Object x) {
    if (x instanceof Claim) {
      return Claim.class;
    }
    if (x instanceof AssertedValue) {
      return AssertedValue.class;
    }
    return x.getClass().getInterfaces().length > 0 ? x.getClass().getInterfaces()[0] : x.getClass().getSuperclass();
  }

  private static byte[] serialize(Object x) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(x);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }
}
