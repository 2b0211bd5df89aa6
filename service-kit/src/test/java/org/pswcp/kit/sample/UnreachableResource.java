package org.pswcp.kit.sample;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.pswcp.kit.security.Roles;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;

/** A read from a database that is not there, as when PostgreSQL is down or restarting. */
@Path("/samples-elsewhere")
@Produces(MediaType.APPLICATION_JSON)
public class UnreachableResource {

    private final AgroalDataSource unreachable;

    UnreachableResource(@DataSource("unreachable") AgroalDataSource unreachable) {
        this.unreachable = unreachable;
    }

    @GET
    @RolesAllowed(Roles.HR)
    public int count() throws SQLException {
        try (Connection connection = unreachable.getConnection()) {
            return connection.createStatement().executeQuery("select 1").getFetchSize();
        }
    }
}
