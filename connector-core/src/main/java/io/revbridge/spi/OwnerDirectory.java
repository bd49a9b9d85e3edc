package io.revbridge.spi;

import io.revbridge.model.Owner;
import java.util.List;

/** Users who can own records, active and inactive, in a stable order (by id). */
public interface OwnerDirectory {
  List<Owner> owners();
}
