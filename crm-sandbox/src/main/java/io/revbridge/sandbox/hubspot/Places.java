package io.revbridge.sandbox.hubspot;

import java.util.List;

/** Countries, their cities and which name pool their people come from; weights shape the dataset's mix. */
final class Places {
  record Place(String state, String city) {}

  record Country(String name, String namePool, String phonePrefix, int weight, List<Place> places) {}

  static final List<Country> COUNTRIES = List.of(
      new Country("United States", "en", "+1", 30, List.of(new Place("CA", "San Francisco"),
          new Place("NY", "New York"), new Place("TX", "Austin"), new Place("MA", "Boston"),
          new Place("WA", "Seattle"), new Place("IL", "Chicago"), new Place("GA", "Atlanta"),
          new Place("CO", "Denver"))),
      new Country("Canada", "en", "+1", 6, List.of(new Place("Ontario", "Toronto"),
          new Place("British Columbia", "Vancouver"), new Place("Quebec", "Montreal"))),
      new Country("United Kingdom", "en", "+44", 10, List.of(new Place("England", "London"),
          new Place("England", "Manchester"), new Place("Scotland", "Edinburgh"))),
      new Country("Germany", "de", "+49", 8, List.of(new Place("Berlin", "Berlin"),
          new Place("Bavaria", "Munich"), new Place("Hamburg", "Hamburg"))),
      new Country("France", "fr", "+33", 6, List.of(new Place("Île-de-France", "Paris"),
          new Place("Auvergne-Rhône-Alpes", "Lyon"))),
      new Country("Netherlands", "nl", "+31", 5, List.of(new Place("North Holland", "Amsterdam"),
          new Place("South Holland", "Rotterdam"))),
      new Country("Australia", "en", "+61", 5, List.of(new Place("New South Wales", "Sydney"),
          new Place("Victoria", "Melbourne"))),
      new Country("Japan", "jp", "+81", 4, List.of(new Place("Tokyo", "Tokyo"), new Place("Osaka", "Osaka"))),
      new Country("Singapore", "sg", "+65", 3, List.of(new Place("", "Singapore"))),
      new Country("Brazil", "pt", "+55", 5, List.of(new Place("São Paulo", "São Paulo"),
          new Place("Rio de Janeiro", "Rio de Janeiro"))),
      new Country("Mexico", "es", "+52", 4, List.of(new Place("Ciudad de México", "Mexico City"),
          new Place("Jalisco", "Guadalajara"))),
      new Country("India", "in", "+91", 6, List.of(new Place("Karnataka", "Bengaluru"),
          new Place("Maharashtra", "Mumbai"))),
      new Country("Spain", "es", "+34", 3, List.of(new Place("Madrid", "Madrid"),
          new Place("Catalonia", "Barcelona"))),
      new Country("Ireland", "en", "+353", 2, List.of(new Place("Dublin", "Dublin"))));

  static final int[] COUNTRY_WEIGHTS = COUNTRIES.stream().mapToInt(Country::weight).toArray();

  private Places() {}
}
