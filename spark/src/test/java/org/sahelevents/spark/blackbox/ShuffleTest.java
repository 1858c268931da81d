package org.sahelevents.spark.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.Incident;
import org.sahelevents.io.acled.AcledModelMapping;
import scala.Tuple2;

/** Model objects travel through Spark's shuffles unchanged, with the encoder the package documents. */
class ShuffleTest {
  private static final SparkSession SPARK = SharedSpark.session();

  @Test
  void incidentsComeBackEqualAfterAShuffle() {
    List<Incident> incidents = Library.read(SharedData.awkward()).records().stream()
        .map(r -> AcledModelMapping.toEvent(r).incident()).toList();
    Encoder<Incident> encoder = Encoders.javaSerialization(Incident.class);
    Dataset<Incident> shuffled = SPARK.createDataset(incidents, encoder).repartition(3);
    List<Incident> back = shuffled
        .groupByKey((MapFunction<Incident, String>) i -> i.getId().getValue(), Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Incident, Incident>) (k, group) -> group.next(), encoder)
        .collectAsList();
    assertThat(back).containsExactlyInAnyOrderElementsOf(incidents);
    List<Tuple2<String, Integer>> counted = shuffled.map((MapFunction<Incident, Tuple2<String, Integer>>) i ->
        new Tuple2<>(i.getEventType().name(), i.getParticipants().size()),
        Encoders.tuple(Encoders.STRING(), Encoders.INT())).collectAsList();
    assertThat(counted).extracting(Tuple2::_1).containsOnly("BATTLES");
    assertThat(counted).extracting(Tuple2::_2).allSatisfy(n -> assertThat(n).isEqualTo(2));
  }
}
