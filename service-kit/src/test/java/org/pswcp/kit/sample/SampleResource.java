package org.pswcp.kit.sample;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.pswcp.kit.idempotency.Idempotent;
import org.pswcp.kit.security.Roles;

@Path("/samples")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SampleResource {

    public record CreateSample(@NotBlank @Size(max = 100) String title, @Min(1) @Max(10) Integer quantity) {
    }

    public record SampleView(UUID id, String organisation, String title, int quantity) {

        static SampleView of(SampleRecord r) {
            return new SampleView(r.id, r.organisation, r.title, r.quantity);
        }
    }

    private final SampleService service;
    private final SampleRepository repository;

    SampleResource(SampleService service, SampleRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @POST
    @RolesAllowed(Roles.HR)
    @Idempotent
    public Response create(@NotNull @Valid CreateSample request) {
        SampleView created = service.create(request.title(), request.quantity() == null ? 1 : request.quantity());
        return Response.created(URI.create("/samples/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/failing")
    @RolesAllowed(Roles.HR)
    public Response createThenFail(@NotNull @Valid CreateSample request) {
        service.createThenConflict(request.title());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR, Roles.PSW})
    @jakarta.transaction.Transactional
    public SampleView get(@PathParam("id") UUID id) {
        return SampleView.of(repository.getVisible(id));
    }

    @GET
    @Path("/broken")
    public SampleView broken() {
        throw new IllegalStateException("secret internal detail of the sample store");
    }
}
