package org.sahelevents.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.GeoPoint;

class ModelJsonIoTest {
  private static final ModelJson JSON = ModelJson.create();
  private static final GeoPoint KATI = GeoPoint.of(12.74409, -8.07257);

  @Test
  void writesToAWriterAndReadsFromAReaderThatStayOpen() throws Exception {
    StringWriter out = new StringWriter();
    JSON.write(KATI, out);
    out.write("!");
    assertThat(out.toString()).isEqualTo("{\"latitude\":12.74409,\"longitude\":-8.07257}!");
    StringReader in = new StringReader("{\"latitude\":12.74409,\"longitude\":-8.07257}");
    assertThat(JSON.read(in, GeoPoint.class)).isEqualTo(KATI);
    assertThat(in.ready()).isTrue();
  }

  @Test
  void prettyOutputIsIndented() {
    assertThat(JSON.pretty().write(KATI)).contains("\n").contains("\"latitude\" : 12.74409");
    assertThat(JSON.write(KATI)).doesNotContain("\n");
  }

  @Test
  void aReaderWithBadJsonFailsWithThePointer() {
    assertThatThrownBy(() -> JSON.read(new StringReader("{\"latitude\":\"north\",\"longitude\":0}"), GeoPoint.class))
        .isInstanceOf(ModelJsonException.class).hasMessageStartingWith("/latitude: ");
  }
}
