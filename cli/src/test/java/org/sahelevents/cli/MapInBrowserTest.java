package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.Attribution;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.Document;
import org.sahelevents.core.model.DocumentId;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.FatalityValue;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.NameKind;
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.model.Reliability;
import org.sahelevents.core.model.Side;
import org.sahelevents.core.model.Source;
import org.sahelevents.core.model.SourceId;
import org.sahelevents.core.model.SourceKind;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.examples.MaliApril2026;
import org.sahelevents.examples.SampleData;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecords;

/**
 * The pages of {@code sahel-events map} in a real browser: Debian's Chromium, headless, driven over the DevTools
 * protocol. They open from a file with no request to any host and no error, draw every incident of the input, open a
 * popup on a click, filter by time and type with the legend's counts following, show hostile text as text, and draw
 * the base layer and the circles (checked on a screenshot's pixels). Skipped, with a message, without Chromium.
 */
class MapInBrowserTest {
  private static HeadlessBrowser browser;

  @TempDir
  Path dir;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = HeadlessBrowser.start();
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private Path sample() throws IOException {
    Path csv = dir.resolve("sample.csv");
    try (InputStream in = SampleData.open()) {
      Files.copy(in, csv);
    }
    return csv;
  }

  /** The first day of each of the file's incidents, with its type: what the page filters on. */
  private static List<Map.Entry<LocalDate, EventType>> incidents(Path csv) {
    try (AcledRecords rows = AcledCsv.reader().build().open(csv, r -> { })) {
      return AcledModelMapping.groupByEvent(rows.stream()).map(AcledModelMapping::toEvent)
          .map(e -> Map.entry(e.incident().getTime().getEarliest(), e.incident().getEventType())).toList();
    }
  }

  private Path map(String... args) {
    Path page = dir.resolve("page.html");
    String[] all = new String[args.length + 2];
    all[0] = "map";
    System.arraycopy(args, 0, all, 1, args.length);
    all[all.length - 1] = page.toString();
    CliTest.Run run = CliTest.run(all);
    assertThat(run.code()).as(run.err()).isZero();
    return page;
  }

  private static void open(Path page) throws IOException {
    browser.open(page);
    HeadlessBrowser.waitFor(() -> browser.eval("typeof window.sahelMap").asText().equals("object"), "the map");
  }

  private static JsonNode stats() throws IOException {
    return browser.eval("window.sahelMap.stats()");
  }

  private static String text(String selector) throws IOException {
    return browser.eval("(document.querySelector('" + selector + "') || {}).textContent || ''").asText();
  }

  /** Only the page itself was asked for: no other file, no host. */
  private static void assertOffline(Path page) {
    assertThat(browser.requests()).allMatch(url -> url.startsWith("data:") || url.equals(page.toUri().toString()),
        "only the page itself or data: addresses");
    assertThat(browser.errors()).isEmpty();
  }

  @Test
  void theSamplesPageOpensOfflineDrawsEveryIncidentAndShowsBordersAndCircles() throws IOException {
    Path csv = sample();
    List<Map.Entry<LocalDate, EventType>> incidents = incidents(csv);
    Path page = map("--title", "Sample", csv.toString());
    open(page);

    assertOffline(page);
    assertThat(stats().get("drawnIncidents").asInt()).isEqualTo(incidents.size());
    assertThat(stats().get("markers").asInt() + stats().get("clusters").asInt()).isPositive();
    assertThat(text("#total")).isEqualTo(incidents.size() + " of " + incidents.size() + " incidents shown");
    Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
    incidents.forEach(i -> byType.merge(i.getValue(), 1, Integer::sum));
    for (EventType type : EventType.values()) {
      assertThat(text("[data-type-count=\"" + type.ordinal() + "\"]")).as(type.label())
          .isEqualTo(String.valueOf(byType.getOrDefault(type, 0)));
    }
    assertThat(browser.eval("document.title").asText()).isEqualTo("Sample");
    // Each grey disc says how many incidents it stands for; with the single circles they are all the incidents.
    assertThat(browser.eval("[...document.querySelectorAll('.cluster')].reduce((n, e) => n + Number(e.dataset.count),"
        + " 0)").asInt() + stats().get("markers").asInt()).isEqualTo(incidents.size());
    assertThat(text(".leaflet-control-scale")).contains("km");
    assertThat(text(".leaflet-control-attribution")).contains("Natural Earth").contains("Leaflet");

    byte[] png = browser.screenshot();
    Path shots = Path.of("target", "map-screenshots");
    Files.createDirectories(shots);
    Files.write(shots.resolve("sample.png"), png);
    BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(shot.getWidth()).isEqualTo(HeadlessBrowser.WIDTH);
    // Land, borders, the Niger and the battles' red are all there: the page is not blank.
    assertThat(share(shot, 0xf6f2ea, 6)).as("land").isGreaterThan(0.15);
    assertThat(pixels(shot, 0x8a8178, 40)).as("borders").isGreaterThan(300);
    assertThat(pixels(shot, 0x6aa5cf, 40)).as("rivers").isGreaterThan(300);
    assertThat(pixels(shot, 0xd7301f, 40)).as("battles' circles").isGreaterThan(50);

    // A click on a grey disc zooms in on what it stands for.
    double zoom = browser.eval("window.sahelMap.map.getZoom()").asDouble();
    JsonNode disc = browser.eval("(() => { const e = [...document.querySelectorAll('.cluster')].sort((a, b) =>"
        + " b.dataset.count - a.dataset.count)[0]; const r = e.getBoundingClientRect();"
        + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
    browser.click(disc.get("x").asDouble(), disc.get("y").asDouble());
    // The zoom is animated: the circles are redrawn once it ends.
    HeadlessBrowser.waitFor(() -> browser.eval("window.sahelMap.map.getZoom()").asDouble() > zoom
        && stats().get("drawnIncidents").asInt() < incidents.size(), "a click on a grey disc to zoom in");
  }

  @Test
  void theTimeFilterTheWeekSliderAndTheTypeFilterChangeTheCountsAndTheCircles() throws IOException {
    Path csv = sample();
    List<Map.Entry<LocalDate, EventType>> incidents = incidents(csv);
    Path page = map(csv.toString());
    open(page);
    LocalDate from = LocalDate.of(2026, 4, 1);
    LocalDate to = LocalDate.of(2026, 4, 30);
    long inApril = count(incidents, d -> !d.isBefore(from) && !d.isAfter(to));
    assertThat(inApril).isBetween(1L, incidents.size() - 1L);

    browser.eval("(() => { for (const [id, v] of [['from', '" + from + "'], ['to', '" + to + "']]) {"
        + " const e = document.getElementById(id); e.value = v; e.dispatchEvent(new Event('change')); } })()");
    assertThat(text("#total")).isEqualTo(inApril + " of " + incidents.size() + " incidents shown");
    assertThat(stats().get("drawnIncidents").asLong()).isEqualTo(inApril);

    long battlesInApril = incidents.stream().filter(i -> i.getValue() == EventType.BATTLES
        && !i.getKey().isBefore(from) && !i.getKey().isAfter(to)).count();
    browser.eval("document.querySelector('input[data-type=\"" + EventType.BATTLES.ordinal() + "\"]').click()");
    assertThat(text("#total")).isEqualTo((inApril - battlesInApril) + " of " + incidents.size()
        + " incidents shown");
    assertThat(text("[data-type-count=\"" + EventType.BATTLES.ordinal() + "\"]"))
        .as("a type's own count stays, so it can be switched back on").isEqualTo(String.valueOf(battlesInApril));
    browser.eval("document.querySelector('input[data-type=\"" + EventType.BATTLES.ordinal() + "\"]').click()");

    LocalDate first = incidents.stream().map(Map.Entry::getKey).min(LocalDate::compareTo).orElseThrow();
    LocalDate monday = first.minusDays(first.getDayOfWeek().getValue() - 1);
    int week = 60;
    LocalDate weekStart = monday.plusWeeks(week);
    long inWeek = count(incidents, d -> !d.isBefore(weekStart) && !d.isAfter(weekStart.plusDays(6)));
    browser.eval("(() => { const s = document.getElementById('week'); s.value = " + week + ";"
        + " s.dispatchEvent(new Event('input')); })()");
    assertThat(browser.eval("document.getElementById('from').value").asText()).isEqualTo(weekStart.toString());
    assertThat(text("#total")).isEqualTo(inWeek + " of " + incidents.size() + " incidents shown");

    browser.eval("document.getElementById('play').click()");
    HeadlessBrowser.waitFor(() -> browser.eval("Number(document.getElementById('week').value)").asInt() > week,
        "the week slider to play");
    browser.eval("document.getElementById('play').click()");
    browser.eval("document.getElementById('all-dates').click()");
    assertThat(text("#total")).isEqualTo(incidents.size() + " of " + incidents.size() + " incidents shown");
    assertOffline(page);
  }

  private static long count(List<Map.Entry<LocalDate, EventType>> incidents, Predicate<LocalDate> when) {
    return incidents.stream().filter(i -> when.test(i.getKey())).count();
  }

  @Test
  void aClickOpensThePopupWhoseHostileTextStaysTextWithTheCorridorsChainage() throws IOException {
    String note = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> & \"quoted\"";
    String row = "MLI9,2026-04-20,2026,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,2,"
        + "Military Forces of Mali (2021-),1,12,Mali,<b>Fana</b>,12.7833,-6.95,4,\"" + note.replace("\"", "\"\"")
        + "\",Hostile <i>Outlet</i>\n";
    Path csv = Files.writeString(dir.resolve("<img src=y onerror=alert(1)>.csv"), CliTest.HEADER.replace(
        "fatalities\n", "fatalities,notes,source\n") + row);
    Path page = map("--route", "RN6", "--half-width-km", "10", csv.toString());
    assertThat(Files.readString(page)).doesNotContain("<script>window.pwned").doesNotContain("<img src=");

    open(page);
    browser.eval("(() => { const p = window.sahelMap.pointOf('MLI9');"
        + " window.sahelMap.map.setView([p.lat, p.lon], 11, {animate: false}); })()");
    JsonNode at = browser.eval("window.sahelMap.pointOf('MLI9')");
    browser.click(at.get("x").asDouble(), at.get("y").asDouble());
    HeadlessBrowser.waitFor(() -> !text(".leaflet-popup-content").isEmpty(), "the popup");

    String popup = text(".leaflet-popup-content");
    assertThat(popup).contains(note).contains("<b>Fana</b>").contains("Hostile <i>Outlet</i>")
        .contains("2026-04-20").contains("Battles: Armed clash").contains("at least 4 killed")
        .contains("JNIM: Group for Support of Islam and Muslims").contains("RN6: ").contains("km along the road");
    assertThat(browser.eval("document.querySelectorAll('.leaflet-popup-content img, .leaflet-popup-content script,"
        + " .leaflet-popup-content b, .leaflet-popup-content i, .legend img').length").asInt()).isZero();
    assertThat(browser.eval("typeof window.pwned").asText()).isEqualTo("undefined");
    assertThat(browser.eval("document.querySelector('.legend input[data-layer=\"0\"]').parentElement.title")
        .asText()).isEqualTo(csv.toString());
    assertThat(text(".legend")).contains("<img src=y onerror=alert(1)>.csv");
    assertOffline(page);
  }

  @Test
  void anIncidentWithSourcedAssertionsShowsEveryVersionAndEachPolicysChoice() throws IOException {
    Catalog catalog = contested();
    Path json = dir.resolve("kati.json");
    Files.writeString(json, "[" + ModelJson.create().write(catalog) + "]");
    Path page = map(json.toString());
    open(page);
    JsonNode at = browser.eval("window.sahelMap.pointOf('kati-2026-04-25')");
    browser.click(at.get("x").asDouble(), at.get("y").asDouble());
    HeadlessBrowser.waitFor(() -> !text(".leaflet-popup-content").isEmpty(), "the popup");

    String popup = text(".leaflet-popup-content").replaceAll("\\s+", " ");
    assertThat(popup).contains("Contested: fatalities (2 versions)")
        .contains("at least 23 killed: said by AFP, reported by AFP on 2026-04-26")
        .contains("at least 200 killed: said by JNIM, reported by AFP on 2026-04-26")
        .contains("credibility 5 (improbable)");
    SubjectRef kati = SubjectRef.of(IncidentId.of("kati-2026-04-25"));
    for (StandardPolicy policy : StandardPolicy.values()) {
      assertThat(popup).contains(policy.name() + " chooses ");
      assertThat(popup).contains(catalog.resolve(kati, "fatalities", policy).explanation().replaceAll("\\s+", " "));
    }
    assertOffline(page);
  }

  @Test
  void theDemosPageHoldsTheSampleAndTheArticle() throws IOException {
    Path out = dir.resolve("demo");
    assertThat(CliTest.run("demo", out.toString()).code()).isZero();
    Path page = out.resolve(DemoCommand.HTML_FILE);
    open(page);
    assertOffline(page);
    int sample = incidents(sample()).size();
    assertThat(stats().get("drawnIncidents").asInt()).isEqualTo(sample + 1);
    assertThat(text("[data-layer-count=\"0\"]")).isEqualTo(String.valueOf(sample));
    assertThat(text("[data-layer-count=\"1\"]")).isEqualTo("1");
    Files.write(Path.of("target", "map-screenshots").resolve("demo.png"), browser.screenshot());

    // The article's incidents known only to Mali or its north are listed; one opens with its contested facts.
    Catalog article = MaliApril2026.catalog();
    List<Incident> unplaced = article.getIncidents().stream()
        .filter(i -> i.getLocation().getPoint().isEmpty()).toList();
    assertThat(browser.eval("document.querySelectorAll('.unplaced button').length").asInt())
        .isEqualTo(unplaced.size());
    int k = 0;
    String field = null;
    for (; k < unplaced.size() && field == null; k++) {
      SubjectRef subject = SubjectRef.of(unplaced.get(k).getId());
      field = article.getAssertions().stream().filter(a -> a.getSubject().equals(subject))
          .map(SourcedAssertion::getField).filter(f -> article.assertionsAbout(subject, f).size() > 1).findFirst()
          .orElse(null);
    }
    assertThat(field).as("an unplaced incident of the article with a contested field").isNotNull();
    browser.eval("document.querySelectorAll('.unplaced button')[" + (k - 1) + "].click()");
    HeadlessBrowser.waitFor(() -> !text(".leaflet-popup-content").isEmpty(), "the popup");
    String popup = text(".leaflet-popup-content");
    assertThat(popup).contains("Contested: " + field, unplaced.get(k - 1).getId().getValue());
    for (StandardPolicy policy : StandardPolicy.values()) {
      assertThat(popup).contains(policy.name() + " chooses ");
    }
  }

  /** The README's example: AFP says at least 23 died at Kati, JNIM (reported by AFP) says hundreds. */
  static Catalog contested() {
    Actor jnim = Actor.builder().id(ActorId.of("jnim")).name(LocalizedName.of("JNIM", "en", NameKind.ACRONYM))
        .kind(ActorKind.JIHADIST_ARMED_GROUP).build();
    Actor fama = Actor.builder().id(ActorId.of("fama")).name(LocalizedName.of("FAMa", "fr", NameKind.ACRONYM))
        .kind(ActorKind.STATE_FORCE).build();
    Source afp = Source.builder().id(SourceId.of("afp")).name(LocalizedName.of("AFP", "en", NameKind.ACRONYM))
        .kind(SourceKind.NEWS_AGENCY).reliability(Reliability.B).build();
    Document report = Document.builder().id(DocumentId.of("afp-2026-04-26")).source(afp.getId())
        .publishedAt(Instant.parse("2026-04-26T09:00:00Z")).build();
    Incident attack = Incident.builder().id(IncidentId.of("kati-2026-04-25")).eventType(EventType.BATTLES)
        .time(TemporalExtent.day(LocalDate.of(2026, 4, 25)))
        .location(Location.builder().name("Kati").country("Mali").point(GeoPoint.of(12.7441, -8.0726))
            .precision(SpatialPrecision.EXACT).build())
        .addParticipant(Participant.of(jnim.getId(), ParticipantRole.COMBATANT, Side.A))
        .addParticipant(Participant.of(fama.getId(), ParticipantRole.COMBATANT, Side.B)).build();
    SourcedAssertion afp23 = SourcedAssertion.builder().id(AssertionId.of("afp-23"))
        .subject(SubjectRef.of(attack.getId())).field("fatalities")
        .value(FatalityValue.of(FatalityEstimate.atLeast(23))).reportedIn(report.getId())
        .attributionKind(AttributionKind.ANONYMOUS_OFFICIAL).credibility(Credibility.PROBABLY_TRUE)
        .recordedAt(Instant.parse("2026-04-26T09:00:00Z")).build();
    SourcedAssertion jnimHundreds = SourcedAssertion.builder().id(AssertionId.of("jnim-hundreds"))
        .subject(SubjectRef.of(attack.getId())).field("fatalities")
        .value(FatalityValue.of(FatalityEstimate.atLeast(200))).reportedIn(report.getId())
        .attributionKind(AttributionKind.PARTY_CLAIM).attributedTo(Attribution.actor(jnim.getId()))
        .credibility(Credibility.IMPROBABLE).recordedAt(Instant.parse("2026-04-26T09:00:00Z")).build();
    return Catalog.builder().addActors(jnim, fama).addSources(afp).addDocuments(report).addIncidents(attack)
        .addAssertions(afp23, jnimHundreds).build();
  }

  /** Pixels within {@code tolerance} (per channel) of {@code rgb}. */
  private static long pixels(BufferedImage image, int rgb, int tolerance) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        if (Math.abs((p >> 16 & 255) - (rgb >> 16 & 255)) <= tolerance
            && Math.abs((p >> 8 & 255) - (rgb >> 8 & 255)) <= tolerance
            && Math.abs((p & 255) - (rgb & 255)) <= tolerance) {
          n++;
        }
      }
    }
    return n;
  }

  private static double share(BufferedImage image, int rgb, int tolerance) {
    return pixels(image, rgb, tolerance) / (double) (image.getWidth() * image.getHeight());
  }
}
