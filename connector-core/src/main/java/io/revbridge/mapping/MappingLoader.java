package io.revbridge.mapping;

import io.revbridge.mapping.transform.TransformRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads and checks all mapping files of a source. Either every file is usable and a {@link MappingSet} comes
 * back, or a {@link MappingException} lists every problem of every file, so one run of
 * {@code mappings validate} shows everything to fix.
 */
public final class MappingLoader {
  private MappingLoader() {}

  /** Loads with the built-in transforms. @throws MappingException listing every problem found */
  public static MappingSet load(MappingSource source) {
    return load(source, TransformRegistry.defaults());
  }

  /** @throws MappingException listing every problem found */
  public static MappingSet load(MappingSource source, TransformRegistry transforms) {
    List<MappingProblem> problems = new ArrayList<>();
    List<MappingFile> files;
    try {
      files = source.files();
    } catch (IOException e) {
      problems.add(new MappingProblem(source.description(), 0, 0, null, "cannot read mapping files: " + e.getMessage(),
          "check that the mappings folder exists and is readable"));
      throw new MappingException(problems);
    }
    if (files.isEmpty()) {
      problems.add(new MappingProblem(source.description(), 0, 0, null,
          "no mapping files found (expected <crm>/<objectType>.yaml)",
          "point Revbridge at a folder that holds e.g. hubspot/contacts.yaml"));
      throw new MappingException(problems);
    }
    MappingFileReader reader = new MappingFileReader(transforms);
    List<ObjectMapping> mappings = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (MappingFile file : files) {
      Optional<ObjectMapping> mapping = reader.read(file, problems);
      mapping.ifPresent(mappings::add);
      mapping.map(m -> seen.putIfAbsent(m.crm() + "/" + m.objectType(), file.location())).ifPresent(first ->
          problems.add(new MappingProblem(file.location(), 0, 0, null, "maps the same CRM object as " + first,
              "keep one of the two files")));
    }
    if (!problems.isEmpty()) {
      throw new MappingException(problems);
    }
    return new MappingSet(mappings);
  }
}
