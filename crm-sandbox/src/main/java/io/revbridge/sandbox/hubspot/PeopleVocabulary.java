package io.revbridge.sandbox.hubspot;

import java.util.List;
import java.util.Map;

/** First and last names by name pool, job titles by seniority, and the competitors contacts use today. */
final class PeopleVocabulary {
  record Names(List<String> first, List<String> last) {}

  static final Map<String, Names> POOLS = Map.of(
      "en", new Names(List.of("James", "Emma", "Olivia", "Liam", "Noah", "Ava", "Sophia", "Mason", "Ethan",
          "Isabella", "Mia", "Lucas", "Charlotte", "Amelia", "Harper", "Benjamin", "Jack", "Grace", "Chloe",
          "Daniel", "Ryan", "Megan", "Hannah", "Tyler", "Lauren", "Nathan", "Rachel", "Kevin", "Sarah", "Michael"),
          List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
              "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis",
              "Walker", "Hall", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson",
              "Campbell", "Mitchell", "Roberts", "Carter", "Evans", "Turner", "O'Brien", "Murphy", "Kelly")),
      "de", new Names(List.of("Lukas", "Leon", "Finn", "Jonas", "Paul", "Felix", "Anna", "Lena", "Lea", "Marie",
          "Sophie", "Johanna", "Katharina", "Maximilian", "Tobias", "Julia", "Laura", "Stefan", "Sabine", "Jürgen"),
          List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
              "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun", "Zimmermann")),
      "fr", new Names(List.of("Louis", "Gabriel", "Léo", "Hugo", "Jules", "Camille", "Chloé", "Léa", "Manon",
          "Inès", "Élodie", "Mathieu", "Nicolas", "Julien", "Céline", "Aurélie", "Théo", "Clément"),
          List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
              "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Fontaine", "Girard", "Roux", "Bertrand")),
      "nl", new Names(List.of("Daan", "Sem", "Lucas", "Levi", "Bram", "Emma", "Julia", "Sanne", "Lotte", "Fleur",
          "Anouk", "Sven", "Ruben", "Thijs", "Femke"),
          List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
              "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos")),
      "jp", new Names(List.of("Haruto", "Yuto", "Sota", "Hiroshi", "Kenji", "Takashi", "Yuki", "Aiko", "Sakura",
          "Yui", "Hina", "Mei", "Rin", "Daiki", "Kaito"),
          List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
              "Kato", "Yoshida", "Yamada")),
      "in", new Names(List.of("Aarav", "Vivaan", "Arjun", "Aditya", "Rohan", "Priya", "Ananya", "Diya", "Isha",
          "Kavya", "Rahul", "Vikram", "Neha", "Pooja", "Sanjay"),
          List.of("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Mehta", "Joshi", "Rao",
              "Desai", "Kapoor", "Chopra")),
      "es", new Names(List.of("Mateo", "Santiago", "Sebastián", "Diego", "Alejandro", "Valentina", "Sofía",
          "Camila", "Ximena", "Lucía", "Carlos", "Javier", "María", "Fernanda", "Andrés"),
          List.of("García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez", "Sánchez",
              "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales")),
      "pt", new Names(List.of("João", "Pedro", "Gabriel", "Lucas", "Rafael", "Ana", "Beatriz", "Mariana",
          "Larissa", "Juliana", "Thiago", "Bruno", "Camila", "Fernanda", "Gustavo"),
          List.of("Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima",
              "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida")),
      "sg", new Names(List.of("Wei", "Jun", "Hui Min", "Jia Hui", "Wei Ling", "Kai", "Ethan", "Chloe", "Rachel",
          "Marcus", "Li Na", "Zhi Hao"),
          List.of("Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Chen")));

  /** Budget holders and executives: the titles a lead score rewards most. */
  static final List<String> DECISION_MAKERS = List.of("CEO", "CTO", "CFO", "COO", "Founder", "Chief Revenue Officer",
      "VP Sales", "VP Marketing", "VP Engineering", "Head of Marketing", "Head of Sales",
      "Head of Revenue Operations", "Director of IT", "Director of Operations");
  static final List<String> MANAGERS = List.of("Marketing Manager", "Sales Operations Manager", "IT Manager",
      "Product Manager", "Revenue Operations Manager", "Demand Generation Manager", "Customer Success Manager");
  static final List<String> USERS = List.of("Software Engineer", "Data Analyst", "Account Executive",
      "Marketing Specialist", "Sales Development Representative", "Business Analyst", "Consultant",
      "Operations Coordinator", "Solutions Engineer");
  /** Titles a lead score should discount: no buying power. */
  static final List<String> NON_BUYERS = List.of("Intern", "Student", "Assistant", "Marketing Intern");

  static final List<String> COMPETITORS = List.of("Salesforce Sales Cloud", "Pipedrive", "Zoho CRM",
      "Microsoft Dynamics 365", "Freshsales", "Close", "Copper", "Insightly", "Monday Sales CRM", "Spreadsheets");

  /** Where people without a company email write from. */
  static final List<String> PERSONAL_DOMAINS = List.of("inbox.test", "mailbox.test", "webmail.test");

  private PeopleVocabulary() {}
}
