package io.revbridge.mapping;

import java.util.List;

/** Collects the problems of one mapping file into the loader's shared list, so all files report together. */
public final class Problems {
  private final String file;
  private final List<MappingProblem> sink;

  public Problems(String file, List<MappingProblem> sink) {
    this.file = file;
    this.sink = sink;
  }

  public void add(YamlNode.Mark mark, String key, String message, String fix) {
    sink.add(new MappingProblem(file, mark == null ? 0 : mark.line(), mark == null ? 0 : mark.column(), key, message, fix));
  }
}
