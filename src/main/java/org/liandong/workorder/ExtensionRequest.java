package org.liandong.workorder;

import java.time.Instant;

/** An extension (延期) the lead unit asked for and the dispatcher has not decided yet. */
public record ExtensionRequest(Instant until, String reason) {
}
