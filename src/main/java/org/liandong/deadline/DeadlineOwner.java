package org.liandong.deadline;

/** Who a deadline belongs to, e.g. {@code ("WORK_ORDER", id)}. */
public record DeadlineOwner(String type, String id) {
}
