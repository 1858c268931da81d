package org.sahelevents.modularconsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.RoutePosition;
import org.sahelevents.geo.RouteSide;

/**
 * Runs on the module path (Surefire puts it there because this module has a descriptor) against the jar a user gets,
 * which must hold GeographicLib concealed and must need no GeographicLib module.
 */
class ModulePathTest {
  private static final String RELOCATED = "org.sahelevents.geo.internal.geographiclib";

  // The expected figures come from GeographicLib run apart from sahel-events: geodesic lengths between the
  // gazetteer's towns, and a ternary search along each geodesic for the nearest point.
  private static final double RN6_METRES = 556_392.966;

  @Test
  void theTestsAndGeoRunAsNamedModules() {
    assertThat(ModulePathTest.class.getModule().getName()).isEqualTo("org.sahelevents.modularconsumer");
    Module geo = Corridor.class.getModule();
    assertThat(geo.isNamed()).isTrue();
    assertThat(geo.getName()).isEqualTo("org.sahelevents.geo");
    assertThat(geo.getDescriptor().isAutomatic()).as("geo has a real descriptor, not a derived one").isFalse();
  }

  @Test
  void geoRequiresNoGeographicLibAndConcealsItsRelocatedCopy() throws ClassNotFoundException {
    Module geo = Corridor.class.getModule();
    assertThat(geo.getDescriptor().requires()).extracting(ModuleDescriptor.Requires::name)
        .containsExactlyInAnyOrder("java.base", "org.sahelevents.core", "org.locationtech.jts");
    assertThat(geo.getDescriptor().exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.sahelevents.geo");
    assertThat(geo.getPackages()).contains(RELOCATED);
    assertThat(geo.isExported(RELOCATED)).isFalse();
    assertThat(Class.forName(RELOCATED + ".Geodesic").getModule()).isSameAs(geo);
    assertThat(ModuleLayer.boot().findModule("GeographicLib.Java")).isEmpty();
    assertThatThrownBy(() -> Class.forName("net.sf.geographiclib.Geodesic"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void aCorridorQueryOnTheRn6GivesTheIndependentFigures() {
    Rn6Watch watch = new Rn6Watch(10_000);

    RoutePosition segou = watch.locateTown("Segou");
    assertThat(segou.distanceMetres()).isLessThan(1e-3);
    assertThat(segou.side()).isEqualTo(RouteSide.ON);
    assertThat(segou.chainageMetres()).isCloseTo(217_447.202, within(0.01));
    assertThat(segou.chainageMetres() + segou.toEndMetres()).isCloseTo(RN6_METRES, within(0.01));

    // Koulikoro, on the Niger north of the road to Fana: 20 km off the road, on its left going away from Bamako.
    RoutePosition koulikoro = watch.locateTown("Koulikoro");
    assertThat(koulikoro.distanceMetres()).isCloseTo(20_063.338, within(0.01));
    assertThat(koulikoro.chainageMetres()).isCloseTo(49_185.549, within(0.01));
    assertThat(koulikoro.side()).isEqualTo(RouteSide.LEFT);
    assertThat(watch.watches("Koulikoro")).isFalse();
    assertThat(new Rn6Watch(25_000).watches("Koulikoro")).isTrue();

    // Kati lies behind Bamako, where the road starts: its nearest point is the start itself.
    RoutePosition kati = watch.locateTown("Kati");
    assertThat(kati.beforeStart()).isTrue();
    assertThat(kati.chainageMetres()).isZero();
    assertThat(kati.distanceMetres()).isCloseTo(18_293.945, within(0.01));
  }
}
