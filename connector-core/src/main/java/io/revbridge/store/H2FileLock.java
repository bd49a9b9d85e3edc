package io.revbridge.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Whether an H2 store file is open somewhere: H2 locks the file it has open, in this JVM or another process. */
final class H2FileLock {
  private H2FileLock() {}

  /**
   * True while a process (this one included) has the file open; before Revbridge touches the file itself (putting
   * back a copy, repairing after an unclean stop), so it never changes a store another process is using.
   */
  static boolean held(Path file) {
    if (!Files.exists(file)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock == null;
    } catch (OverlappingFileLockException e) {
      return true; // H2 holds it in this JVM
    } catch (IOException e) {
      return false; // unreadable: opening the store says why
    }
  }
}
