package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeadLetterStoreTest extends StoreContract {

  static DeadLetterDraft letter(String recordId, int secondsAfterT0) {
    return new DeadLetterDraft("hs", "contacts", recordId, "map", "MISSING_FIELD",
        "field email is required", "{\"id\":\"" + recordId + "\"}", T0.plusSeconds(secondsAfterT0));
  }

  @Test
  void aLetterIsReadBackByItsIdWithEveryField() {
    long id = store.deadLetters().add(letter("101", 0));

    assertThat(store.deadLetters().byId(id)).contains(new DeadLetter(id, "hs", "contacts", "101", "map",
        "MISSING_FIELD", "field email is required", "{\"id\":\"101\"}", T0, null));
  }

  @Test
  void aLetterWithoutRecordCodeOrPayloadIsKept() {
    long id = store.deadLetters().add(
        new DeadLetterDraft("sf", "Lead", null, "fetch", null, "page did not parse", null, T0));

    assertThat(store.deadLetters().byId(id)).get()
        .extracting(DeadLetter::recordId, DeadLetter::errorCode, DeadLetter::payload)
        .containsExactly(null, null, null);
  }

  @Test
  void listIsNewestFirstAndRespectsTheLimit() {
    long older = store.deadLetters().add(letter("1", 10));
    long newest = store.deadLetters().add(letter("2", 30));
    long oldest = store.deadLetters().add(letter("3", 0));
    long sameTimeLater = store.deadLetters().add(letter("4", 30));

    assertThat(store.deadLetters().list(10)).extracting(DeadLetter::id)
        .containsExactly(sameTimeLater, newest, older, oldest);
    assertThat(store.deadLetters().list(2)).extracting(DeadLetter::id).containsExactly(sameTimeLater, newest);
    assertThat(store.deadLetters().count()).isEqualTo(4);
  }

  @Test
  void openLettersOfOneRecordLeaveOutReplayedOnesAndOtherRecords() {
    long first = store.deadLetters().add(letter("7", 0));
    long replayed = store.deadLetters().add(letter("7", 5));
    long latest = store.deadLetters().add(letter("7", 10));
    store.deadLetters().add(letter("8", 10));
    store.deadLetters().add(new DeadLetterDraft("hs", "companies", "7", "map", null, "bad", null, T0));
    store.deadLetters().markReplayed(replayed, T0.plusSeconds(20));

    assertThat(store.deadLetters().openFor(new io.revbridge.model.RecordRef("hs", "contacts", "7")))
        .extracting(DeadLetter::id).containsExactly(latest, first);
  }

  @Test
  void replayingMarksTheLetterAndKeepsIt() {
    long id = store.deadLetters().add(letter("101", 0));

    store.deadLetters().markReplayed(id, T0.plusSeconds(600));

    assertThat(store.deadLetters().byId(id)).get().extracting(DeadLetter::replayedAt)
        .isEqualTo(T0.plusSeconds(600));
    assertThat(store.deadLetters().count()).isEqualTo(1);
  }

  @Test
  void replayingAnUnknownLetterIsAnErrorAndAnUnknownIdIsEmpty() {
    assertThat(store.deadLetters().byId(31337)).isEmpty();
    assertThatThrownBy(() -> store.deadLetters().markReplayed(31337, T0))
        .isInstanceOf(StoreException.class).hasMessageContaining("no dead letter with id 31337");
  }

  @Test
  void listAndCountFilterByConnectionStageAndErrorCodeOrMessage() {
    long map = store.deadLetters().add(letter("1", 0));
    long write = store.deadLetters().add(new DeadLetterDraft("hs", "contacts", "2", "write", "INVALID_OPTION",
        "value was not one of the allowed options", "{}", T0.plusSeconds(1)));
    long other = store.deadLetters().add(new DeadLetterDraft("sf", "Lead", "3", "write", "FIELD_INTEGRITY_EXCEPTION",
        "100% wrong_value", "{}", T0.plusSeconds(2)));

    assertThat(store.deadLetters().list(new DeadLetterFilter("hs", null, null, false), 10))
        .extracting(DeadLetter::id).containsExactly(write, map);
    assertThat(store.deadLetters().list(new DeadLetterFilter(null, "write", null, false), 10))
        .extracting(DeadLetter::id).containsExactly(other, write);
    assertThat(store.deadLetters().list(new DeadLetterFilter(null, null, "invalid_option", false), 10))
        .extracting(DeadLetter::id).containsExactly(write);
    assertThat(store.deadLetters().list(new DeadLetterFilter(null, null, "Allowed Options", false), 10))
        .extracting(DeadLetter::id).containsExactly(write);
    assertThat(store.deadLetters().list(new DeadLetterFilter(null, null, "100%", false), 10))
        .as("% is matched literally").extracting(DeadLetter::id).containsExactly(other);
    assertThat(store.deadLetters().count(new DeadLetterFilter("sf", "map", null, false))).isZero();
  }

  @Test
  void theUnreplayedFilterLeavesOutReplayedLetters() {
    long first = store.deadLetters().add(letter("1", 0));
    long second = store.deadLetters().add(letter("2", 1));
    store.deadLetters().markReplayed(first, T0.plusSeconds(5));

    assertThat(store.deadLetters().list(DeadLetterFilter.ALL.unreplayed(), 10))
        .extracting(DeadLetter::id).containsExactly(second);
    assertThat(store.deadLetters().count(DeadLetterFilter.ALL.unreplayed())).isEqualTo(1);
  }
}
