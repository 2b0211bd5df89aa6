package org.pswcp.kit.page;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. Pass {@code nextCursor} back as {@code cursor} for the next page; it is absent on the last page.
 * Cursors are opaque and stay valid while rows are added, unlike offsets.
 */
public record Page<T>(
        @Schema(description = "The items of this page, in the list's order.") List<T> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page.",
                example = "MTczMjM3MDQwMDAwMDAwMDowMTkzNjVhYy0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDA") String nextCursor) {
}
