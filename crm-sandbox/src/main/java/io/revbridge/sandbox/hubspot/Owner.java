package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A HubSpot user who can own records, rendered in the {@code PublicOwner} shape. */
record Owner(String id, String email, String firstName, String lastName, long userId, List<Team> teams,
    long createdAt, long updatedAt, boolean archived) {

  record Team(String id, String name, boolean primary) {}

  ObjectNode toJson() {
    ObjectNode n = Json.object();
    n.put("id", id);
    n.put("email", email);
    n.put("type", "PERSON");
    n.put("firstName", firstName);
    n.put("lastName", lastName);
    n.put("userId", userId);
    n.put("userIdIncludingInactive", userId);
    n.put("createdAt", Times.iso(createdAt));
    n.put("updatedAt", Times.iso(updatedAt));
    n.put("archived", archived);
    var teamArray = n.putArray("teams");
    for (Team t : teams) {
      teamArray.addObject().put("id", t.id()).put("name", t.name()).put("primary", t.primary());
    }
    return n;
  }
}
