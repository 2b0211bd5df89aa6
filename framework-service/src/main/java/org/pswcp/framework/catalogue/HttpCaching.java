package org.pswcp.framework.catalogue;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.pswcp.framework.catalogue.VersionContents.Readable;

/**
 * Conditional GET for version content. Published content never changes: any cache may keep it for a day and revalidate
 * with its ETag. Drafts are private to editors and revalidated on every use; their ETag is what {@code If-Match} must
 * name to change them.
 */
final class HttpCaching {

    static final String PUBLISHED = "public, max-age=86400";
    static final String DRAFT = "private, no-cache";

    private HttpCaching() {
    }

    /** 304 when the client's {@code If-None-Match} names the current content, else 200 with the entity. */
    static Response respond(Request request, Readable version, Object entity) {
        EntityTag tag = new EntityTag(version.etag().substring(1, version.etag().length() - 1));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(entity))
                .tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, version.published() ? PUBLISHED : DRAFT)
                .build();
    }

    /** As {@link #respond}, and a 200 is a download saved under {@code fileName}. */
    static Response.ResponseBuilder download(Request request, Readable version, Object entity, String fileName) {
        Response response = respond(request, version, entity);
        Response.ResponseBuilder builder = Response.fromResponse(response);
        if (response.getStatus() == Response.Status.OK.getStatusCode()) {
            builder.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        }
        return builder;
    }
}
