package io.revbridge.enrichment.email;

import io.revbridge.enrichment.data.DataFileException;
import io.revbridge.enrichment.data.DataFiles;
import io.revbridge.enrichment.data.DataProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of domains from a list file (one a line, {@code #} comments). With {@code matchSubdomains}, a domain matches
 * when it or any parent is listed ({@code x.mailinator.com}); without, only exact entries match.
 */
public final class DomainList {
  private final Set<String> domains;
  private final boolean matchSubdomains;

  public DomainList(Set<String> domains, boolean matchSubdomains) {
    this.domains = Set.copyOf(domains);
    this.matchSubdomains = matchSubdomains;
  }

  public static DomainList freeMail() {
    return new DomainList(parse(DataFiles.resource("free-mail-domains.txt"), "free-mail-domains.txt"), false);
  }

  public static DomainList disposable() {
    return new DomainList(parse(DataFiles.resource("disposable-domains.txt"), "disposable-domains.txt"), true);
  }

  public boolean contains(String domain) {
    if (domain == null) {
      return false;
    }
    if (domains.contains(domain)) {
      return true;
    }
    if (matchSubdomains) {
      for (int dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', dot + 1)) {
        if (domains.contains(domain.substring(dot + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  public int size() {
    return domains.size();
  }

  static Set<String> parse(String text, String file) {
    Set<String> domains = new HashSet<>();
    List<DataProblem> problems = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String domain = Domains.normalise(line);
      if (domain == null) {
        problems.add(new DataProblem(file, i + 1, "'" + line + "' is not a domain", "write one domain a line, e.g. example.com"));
      } else {
        domains.add(domain);
      }
    }
    if (!problems.isEmpty()) {
      throw new DataFileException(problems);
    }
    return domains;
  }
}
