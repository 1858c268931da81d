package org.sahelevents.io.ucdp;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;

/**
 * One GED event, typed and faithful: every column of the official release, with the columns a copy adds (such as an
 * HDX copy's {@code start_year} or a re-save's unnamed index) kept by header in file order. Cells are read without
 * surrounding white space; an empty cell is an empty value. Coordinates keep their decimal digits. Whole numbers
 * written as {@code 15.0}, as pandas re-saves them, are read as whole numbers. Equality ignores where the row was read
 * and its warnings.
 *
 * <p>{@link UcdpModelMapping} converts a record to the core model. Instances are immutable and thread-safe.
 */
@Value.Immutable
@UcdpStyle
public abstract class UcdpRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  UcdpRecord() {}

  /** UCDP's numeric event id, stable within one release. */
  public abstract long id();

  /** UCDP's event code across releases, such as {@code MLI-2019-1-1234-56}; absent in layouts before GED 20.1. */
  public abstract Optional<String> relid();

  public abstract OptionalInt year();

  /** Whether the dyad was active (25 or more deaths) in the year. */
  public abstract Optional<Boolean> activeYear();

  /** {@code Clear} for coded events; Candidate releases also write {@code Check dyad}, {@code Check deaths}, ... */
  public abstract Optional<String> codeStatus();

  public abstract UcdpViolenceType typeOfViolence();

  /** Conflict ids are kept as text: Candidate releases write placeholders such as {@code XXX482}. */
  public abstract Optional<String> conflictDsetId();

  public abstract Optional<String> conflictNewId();

  public abstract Optional<String> conflictName();

  public abstract Optional<String> dyadDsetId();

  public abstract Optional<String> dyadNewId();

  public abstract Optional<String> dyadName();

  public abstract Optional<String> sideADsetId();

  public abstract Optional<String> sideANewId();

  /** Side A's name, such as {@code Government of Mali}. */
  public abstract String sideA();

  public abstract Optional<String> sideBDsetId();

  public abstract Optional<String> sideBNewId();

  /** Side B's name; {@code Civilians} in one-sided violence. */
  public abstract String sideB();

  /** How many sources UCDP coded; -1 means "not counted" (older events). */
  public abstract OptionalInt numberOfSources();

  /** UCDP's citation of the articles, as written: a {@code ;}-joined list of {@code "office,date,headline"}. */
  public abstract Optional<String> sourceArticle();

  public abstract Optional<String> sourceOffice();

  public abstract Optional<String> sourceDate();

  public abstract Optional<String> sourceHeadline();

  public abstract Optional<String> sourceOriginal();

  /** The {@code where_prec} code: 1 exact place to 7 international waters or airspace. */
  public abstract int wherePrec();

  public abstract Optional<String> whereCoordinates();

  public abstract Optional<String> whereDescription();

  public abstract Optional<String> adm1();

  public abstract Optional<String> adm2();

  /** Latitude with the digits the file gave. */
  public abstract BigDecimal latitude();

  public abstract BigDecimal longitude();

  /** The point as WKT, {@code POINT (lon lat)}, as written. */
  public abstract Optional<String> geomWkt();

  public abstract OptionalLong priogridGid();

  public abstract String country();

  /** Not an official GED column: HDX copies add it. */
  public abstract Optional<String> iso3();

  /** The Gleditsch-Ward number of the country (not an ISO code). */
  public abstract OptionalInt countryId();

  public abstract Optional<String> region();

  /** 1 clear, 2 unclear. */
  public abstract OptionalInt eventClarity();

  /** The {@code date_prec} code: 1 exact day to 5 more than a month. */
  public abstract int datePrec();

  public abstract LocalDate dateStart();

  public abstract LocalDate dateEnd();

  public abstract OptionalInt deathsA();

  public abstract OptionalInt deathsB();

  public abstract OptionalInt deathsCivilians();

  public abstract OptionalInt deathsUnknown();

  /** UCDP's best estimate of the deaths ({@code best}, or {@code best_est} in browser exports). */
  public abstract int best();

  public abstract OptionalInt high();

  public abstract OptionalInt low();

  /** Gleditsch-Ward number of side A's state; empty for non-state actors. */
  public abstract Optional<String> gwnoa();

  /** Gleditsch-Ward number of side B's state; empty unless side B is a state. */
  public abstract Optional<String> gwnob();

  /** Columns GED does not define, by header (an unnamed one as {@code column N}), in file order. */
  public abstract Map<String, String> extraColumns();

  /**
   * Where the row was read: the line it starts on (CSV) or its JSON pointer ({@code /Result/12}); empty for a record
   * not read from an input. Ignored by equals.
   */
  @Value.Auxiliary
  public abstract Optional<DataLocation> origin();

  /**
   * The warnings the reader found in the row: it is usable but inconsistent ({@code best} outside {@code low} to
   * {@code high}, a date range that does not match {@code date_prec}, ...). Empty for a clean row. Ignored by equals.
   */
  @Value.Auxiliary
  public abstract List<DataProblem> warnings();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UcdpRecord}. Not thread-safe. */
  public static class Builder extends ImmutableUcdpRecord.Builder {}
}
