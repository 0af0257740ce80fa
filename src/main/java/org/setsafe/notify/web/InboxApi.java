package org.setsafe.notify.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.notify.Inbox;
import org.setsafe.notify.InboxItem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's inbox on the JSON API. */
@RestController
@RequestMapping("/api/inbox")
@Tag(name = "Notifications")
class InboxApi {

  private final Inbox inbox;

  InboxApi(Inbox inbox) {
    this.inbox = inbox;
  }

  record InboxView(int unread, List<InboxItem> items) {}

  @GetMapping
  @Operation(summary = "Your notices, newest first, with how many are unread")
  InboxView mine() {
    return new InboxView(inbox.unread(), inbox.mine());
  }

  @PostMapping("/{itemId}/read")
  @Operation(summary = "Mark one of your notices read")
  ResponseEntity<Void> read(@PathVariable UUID itemId) {
    inbox.markRead(itemId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/read")
  @Operation(summary = "Mark all your notices read")
  Map<String, Integer> readAll() {
    return Map.of("marked", inbox.markAllRead());
  }
}
