package io.revbridge.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Mapping files under a classpath prefix. Class loaders cannot list resources, so this finds the prefix's
 * roots (a class folder or a jar) and lists those; a jar built without folder entries is still found through
 * the {@code README.md} the mappings folder ships with.
 */
final class ClasspathMappingSource implements MappingSource {
  private final String prefix;
  private final ClassLoader loader;

  ClasspathMappingSource(String prefix, ClassLoader loader) {
    this.prefix = prefix.replaceAll("^/+|/+$", "");
    this.loader = loader;
  }

  @Override
  public String description() {
    return "classpath:" + prefix;
  }

  @Override
  public List<MappingFile> files() throws IOException {
    Map<String, MappingFile> byPath = new LinkedHashMap<>();
    for (URL root : roots()) {
      for (MappingFile file : filesUnder(root)) {
        // The first root on the class path wins, as it would for a single resource.
        byPath.putIfAbsent(file.path(), file);
      }
    }
    List<MappingFile> files = new ArrayList<>(byPath.values());
    files.sort(Comparator.comparing(MappingFile::path));
    return files;
  }

  private List<URL> roots() throws IOException {
    Map<String, URL> roots = new LinkedHashMap<>();
    for (URL url : Collections.list(loader.getResources(prefix))) {
      roots.putIfAbsent(url.toString().replaceAll("/+$", ""), url);
    }
    for (URL readme : Collections.list(loader.getResources(prefix + "/README.md"))) {
      String text = readme.toString();
      String folder = text.substring(0, text.length() - "/README.md".length());
      roots.putIfAbsent(folder, new URL(folder));
    }
    return List.copyOf(roots.values());
  }

  private List<MappingFile> filesUnder(URL root) throws IOException {
    switch (root.getProtocol()) {
      case "file":
        try {
          return FolderMappingSource.list(Path.of(root.toURI()), description());
        } catch (URISyntaxException e) {
          throw new IOException("cannot read " + root + ": " + e.getMessage(), e);
        }
      case "jar":
        return filesInJar(root);
      default:
        throw new IOException("cannot list mapping files at " + root + " (" + root.getProtocol()
            + " URLs are not supported); point Revbridge at a mappings folder instead");
    }
  }

  private List<MappingFile> filesInJar(URL root) throws IOException {
    URLConnection connection = root.openConnection();
    if (!(connection instanceof JarURLConnection jarConnection)) {
      throw new IOException("cannot list mapping files at " + root);
    }
    // Open the jar ourselves: connecting would demand a folder entry the jar may not have, and a jar we open
    // is ours to close.
    Path jarPath;
    try {
      jarPath = Path.of(jarConnection.getJarFileURL().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("cannot list mapping files in " + jarConnection.getJarFileURL()
          + "; point Revbridge at a mappings folder instead", e);
    }
    List<MappingFile> files = new ArrayList<>();
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        String name = entry.getName();
        if (entry.isDirectory() || !name.startsWith(prefix + "/")) {
          continue;
        }
        String relative = name.substring(prefix.length() + 1);
        if (MappingPaths.isMappingFile(relative)) {
          try (InputStream in = jar.getInputStream(entry)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            files.add(new MappingFile(relative, "classpath:" + name, text));
          }
        }
      }
    }
    return files;
  }
}
