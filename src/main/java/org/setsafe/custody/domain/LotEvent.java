package org.setsafe.custody.domain;

import java.util.List;
import java.util.UUID;

/** A custody fact about one ammunition lot; {@link LotBalance} folds these. */
public interface LotEvent extends CustodyEvent {

  UUID lotId();

  @Override
  default List<String> subjects() {
    return List.of("lot:" + lotId());
  }
}
