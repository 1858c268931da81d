package org.sahelevents.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Incident;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRejectedRow;

/**
 * The incidents of the model's JSON as ACLED records ({@link AcledModelMapping#toRecord}), one catalog at a time. An
 * incident that cannot be an ACLED row is rejected like a bad row of a file, located by its JSON pointer
 * ({@code /3/incidents/0}); so is an element of the array that is not a catalog, counted as one incident. With
 * {@link BadRowPolicy#FAIL} the first of them stops the input. Not thread-safe.
 */
final class ModelRecords implements Iterator<AcledRecord> {
  private final ModelCatalogs catalogs;
  private final String name;
  private final BadRowPolicy policy;
  private final Consumer<AcledRejectedRow> onRejected;
  private final Deque<AcledRecord> pending = new ArrayDeque<>();
  private long read;
  private long rejected;

  ModelRecords(ModelCatalogs catalogs, String name, BadRowPolicy policy, Consumer<AcledRejectedRow> onRejected) {
    this.catalogs = catalogs;
    this.name = name;
    this.policy = policy;
    this.onRejected = onRejected;
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && catalogs.hasNext()) {
      ModelCatalogs.Entry entry = catalogs.next();
      if (entry.catalog() == null) {
        read++;
        reject(entry.pointer() + entry.problem().pointer(), entry.problem().reason());
        continue;
      }
      Catalog catalog = entry.catalog();
      List<Incident> incidents = catalog.getIncidents();
      for (int i = 0; i < incidents.size(); i++) {
        read++;
        try {
          pending.add(AcledModelMapping.toRecord(incidents.get(i), catalog));
        } catch (IllegalArgumentException e) {
          reject(entry.pointer() + "/incidents/" + i, e.getMessage());
        }
      }
    }
    return !pending.isEmpty();
  }

  @Override
  public AcledRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.remove();
  }

  private void reject(String pointer, String reason) {
    rejected++;
    reject(name, pointer, reason, policy, onRejected);
  }

  /**
   * Rejects what is at {@code pointer} of the input {@code name} as a row: with {@link BadRowPolicy#FAIL} by ending
   * the input, else by passing it to {@code onRejected}.
   *
   * @throws CommandFailure with {@link BadRowPolicy#FAIL}
   */
  static void reject(String name, String pointer, String reason, BadRowPolicy policy,
      Consumer<AcledRejectedRow> onRejected) {
    DataProblem problem = DataProblem.error(name, DataLocation.atPointer(pointer), reason);
    if (policy == BadRowPolicy.FAIL) {
      throw new CommandFailure(ExitCode.BAD_DATA, problem.toString());
    }
    if (onRejected != null) {
      onRejected.accept(new AcledRejectedRow(problem.location(), List.of(), List.of(problem)));
    }
  }

  /** Incidents read so far (an element that is not a catalog counts as one), accepted and rejected. */
  Counts counts() {
    return new Counts("incidents", read, read - rejected - pending.size(), rejected, 0);
  }
}
