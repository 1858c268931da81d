package org.sahelevents.core.resolution;

import java.util.List;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.SourcedAssertion;

/**
 * Picks the current value of a contested field from the assertions about it, and says why. The standard policies
 * are in {@link StandardPolicy}; implement this interface for your own rule.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface ResolutionPolicy {
  /**
   * Resolves one field.
   *
   * @param candidates the assertions about one field of one subject, deprecated ones included
   * @param context the catalog they come from, for looking up documents and sources
   * @return the chosen assertion (if any) with a verdict on every candidate
   */
  Resolution resolve(List<SourcedAssertion> candidates, Catalog context);
}
