package io.revbridge.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Learned models, which one is active per connection and record kind, and their evaluations (tables
 * {@code predictive_models}, {@code predictive_activations}, {@code predictive_evaluations}). Thread-safe; each call
 * is its own transaction, so an activation or rollback is seen whole or not at all.
 */
public final class ModelStore {
  private static final String COLUMNS = "id, connection, object_kind, algorithm, params_json, features_json,"
      + " metrics_json, since_day, train_from, train_to, test_from, test_to, train_records, calibration_records,"
      + " test_records, created_at, active";

  private final Jdbc jdbc;

  ModelStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new model, inactive; returns its id (its version number). */
  public long add(ModelRow m) {
    return jdbc.inTransaction("store a " + m.objectKind() + " model", c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO predictive_models (connection, object_kind,"
          + " algorithm, params_json, features_json, metrics_json, since_day, train_from, train_to, test_from,"
          + " test_to, train_records, calibration_records, test_records, created_at, active)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
        s.setString(1, m.connection());
        s.setString(2, m.objectKind());
        s.setString(3, m.algorithm());
        s.setString(4, m.paramsJson());
        s.setString(5, m.featuresJson());
        s.setString(6, m.metricsJson());
        s.setDate(7, m.since() == null ? null : Date.valueOf(m.since()));
        Jdbc.setInstant(s, 8, m.trainFrom());
        Jdbc.setInstant(s, 9, m.trainTo());
        Jdbc.setInstant(s, 10, m.testFrom());
        Jdbc.setInstant(s, 11, m.testTo());
        s.setInt(12, m.trainRecords());
        s.setInt(13, m.calibrationRecords());
        s.setInt(14, m.testRecords());
        Jdbc.setInstant(s, 15, m.createdAt());
        s.setBoolean(16, false);
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          if (!keys.next()) {
            throw new SQLException("the database returned no id for the new model");
          }
          return keys.getLong(1);
        }
      }
    });
  }

  /** Every model, newest first; {@code connection} and {@code objectKind} filter when not null. */
  public List<ModelRow> list(String connection, String objectKind) {
    return jdbc.inTransaction("list the predictive models", c -> {
      StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM predictive_models WHERE 1 = 1");
      List<String> args = new ArrayList<>();
      if (connection != null) {
        sql.append(" AND connection = ?");
        args.add(connection);
      }
      if (objectKind != null) {
        sql.append(" AND object_kind = ?");
        args.add(objectKind);
      }
      sql.append(" ORDER BY id DESC");
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          s.setString(i + 1, args.get(i));
        }
        return rows(s);
      }
    });
  }

  public Optional<ModelRow> find(long id) {
    return jdbc.inTransaction("read model " + id, c -> find(c, id));
  }

  /** The model in charge of a connection's record kind; empty: the rules are. */
  public Optional<ModelRow> active(String connection, String objectKind) {
    return jdbc.inTransaction("read the active " + objectKind + " model", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM predictive_models"
          + " WHERE connection = ? AND object_kind = ? AND active = ? ORDER BY id DESC")) {
        s.setString(1, connection);
        s.setString(2, objectKind);
        s.setBoolean(3, true);
        return rows(s).stream().findFirst();
      }
    });
  }

  /**
   * Puts a model in charge of its connection and record kind, replacing the one that was.
   *
   * @throws StoreException naming the id when there is no such model
   */
  public ModelRow activate(long id, Instant at) {
    return jdbc.inTransaction("activate model " + id, c -> {
      ModelRow m = find(c, id).orElseThrow(() -> new StoreException("There is no model " + id
          + "; `revbridge score model list` shows the stored ones.", null));
      setActive(c, m.connection(), m.objectKind(), id);
      try (PreparedStatement s = c.prepareStatement("INSERT INTO predictive_activations (connection, object_kind,"
          + " model_id, activated_at, rolled_back) VALUES (?, ?, ?, ?, ?)")) {
        s.setString(1, m.connection());
        s.setString(2, m.objectKind());
        s.setLong(3, id);
        Jdbc.setInstant(s, 4, at);
        s.setBoolean(5, false);
        s.executeUpdate();
      }
      return find(c, id).orElseThrow();
    });
  }

  /**
   * Undoes the newest activation of a connection's record kind: the model activated before it is in charge again,
   * or the rules when there was none.
   *
   * @return the model now in charge; empty: the rules
   * @throws StoreException when nothing was ever activated, so there is nothing to roll back
   */
  public Optional<ModelRow> rollback(String connection, String objectKind) {
    return jdbc.inTransaction("roll back the " + objectKind + " model", c -> {
      List<long[]> live = new ArrayList<>(); // {activation id, model id}, newest first
      try (PreparedStatement s = c.prepareStatement("SELECT id, model_id FROM predictive_activations"
          + " WHERE connection = ? AND object_kind = ? AND rolled_back = ? ORDER BY id DESC")) {
        s.setString(1, connection);
        s.setString(2, objectKind);
        s.setBoolean(3, false);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            live.add(new long[] {r.getLong(1), r.getLong(2)});
          }
        }
      }
      if (live.isEmpty()) {
        throw new StoreException("No " + objectKind + " model was activated on connection " + connection
            + ", so there is nothing to roll back: the rules are in charge.");
      }
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE predictive_activations SET rolled_back = ? WHERE id = ?")) {
        s.setBoolean(1, true);
        s.setLong(2, live.get(0)[0]);
        s.executeUpdate();
      }
      Long previous = live.size() > 1 ? live.get(1)[1] : null;
      setActive(c, connection, objectKind, previous);
      return previous == null ? Optional.<ModelRow>empty() : find(c, previous);
    });
  }

  public long addEvaluation(long modelId, Instant at, int records, String reportJson) {
    return jdbc.inTransaction("store an evaluation of model " + modelId, c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO predictive_evaluations (model_id, evaluated_at,"
          + " records, report_json) VALUES (?, ?, ?, ?)", new String[] {"id"})) {
        s.setLong(1, modelId);
        Jdbc.setInstant(s, 2, at);
        s.setInt(3, records);
        s.setString(4, reportJson);
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          if (!keys.next()) {
            throw new SQLException("the database returned no id for the new evaluation");
          }
          return keys.getLong(1);
        }
      }
    });
  }

  /** A model's evaluations, oldest first. */
  public List<EvaluationRow> evaluations(long modelId) {
    return jdbc.inTransaction("read the evaluations of model " + modelId, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT id, model_id, evaluated_at, records, report_json"
          + " FROM predictive_evaluations WHERE model_id = ? ORDER BY id")) {
        s.setLong(1, modelId);
        List<EvaluationRow> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.add(new EvaluationRow(r.getLong("id"), r.getLong("model_id"), Jdbc.getInstant(r, "evaluated_at"),
                r.getInt("records"), r.getString("report_json")));
          }
        }
        return out;
      }
    });
  }

  private static void setActive(Connection c, String connection, String objectKind, Long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE predictive_models SET active = ?"
        + " WHERE connection = ? AND object_kind = ? AND active = ?")) {
      s.setBoolean(1, false);
      s.setString(2, connection);
      s.setString(3, objectKind);
      s.setBoolean(4, true);
      s.executeUpdate();
    }
    if (id != null) {
      try (PreparedStatement s = c.prepareStatement("UPDATE predictive_models SET active = ? WHERE id = ?")) {
        s.setBoolean(1, true);
        s.setLong(2, id);
        s.executeUpdate();
      }
    }
  }

  private static Optional<ModelRow> find(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM predictive_models WHERE id = ?")) {
      s.setLong(1, id);
      return rows(s).stream().findFirst();
    }
  }

  private static List<ModelRow> rows(PreparedStatement s) throws SQLException {
    List<ModelRow> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        Date since = r.getDate("since_day");
        out.add(new ModelRow(r.getLong("id"), r.getString("connection"), r.getString("object_kind"),
            r.getString("algorithm"), r.getString("params_json"), r.getString("features_json"),
            r.getString("metrics_json"), since == null ? null : since.toLocalDate(), Jdbc.getInstant(r, "train_from"),
            Jdbc.getInstant(r, "train_to"), Jdbc.getInstant(r, "test_from"), Jdbc.getInstant(r, "test_to"),
            r.getInt("train_records"), r.getInt("calibration_records"), r.getInt("test_records"),
            Jdbc.getInstant(r, "created_at"), r.getBoolean("active")));
      }
    }
    return out;
  }
}
