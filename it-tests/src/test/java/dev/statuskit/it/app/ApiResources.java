package dev.statuskit.it.app;

import dev.statuskit.http.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The Jakarta REST resources every test server hosts under {@code /api}. */
@Path("/")
public class ApiResources {

    /** Items 1 to 3 exist; other ids throw {@link NotFoundException}. Only GET, so POST is a 405. */
    @GET
    @Path("items/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public String item(@PathParam("id") String id) {
        if (!id.matches("[123]")) {
            throw new NotFoundException();
        }
        return "{\"id\":" + id + "}";
    }

    /** Throws an unexpected exception whose message holds the secret. */
    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("connection string jdbc:pg://db?password=" + Secrets.SECRET);
    }

    /** Returns an error status with no entity. */
    @GET
    @Path("status/{code}")
    public Response status(@PathParam("code") int code) {
        return Response.status(code).build();
    }

    /** Throws a WebApplicationException with that status. */
    @GET
    @Path("wae/{code}")
    public String wae(@PathParam("code") int code) {
        throw new WebApplicationException(code);
    }

    /** Throws 503 with Retry-After: 120. */
    @GET
    @Path("unavailable")
    public String unavailable() {
        throw new ServiceUnavailableException(120L);
    }

    /** RFC 9457's out-of-credit problem, thrown. */
    @POST
    @Path("purchase")
    public String purchase() {
        throw new ProblemException(AppProblems.outOfCredit());
    }

    /** The same problem built in code and returned as the entity of a 403. */
    @GET
    @Path("purchase/returned")
    public Response purchaseReturned() {
        return Response.status(403).entity(AppProblems.outOfCredit()).build();
    }

    /** A problem type with a plural: retry in that many minutes. */
    @GET
    @Path("retry/{minutes}")
    public String retry(@PathParam("minutes") int minutes) {
        throw AppProblems.RETRY_LATER.exception(minutes);
    }

    /** 204 No Content. */
    @GET
    @Path("no-content")
    public Response noContent() {
        return Response.noContent().build();
    }

    /** 304 Not Modified. */
    @GET
    @Path("not-modified")
    public Response notModified() {
        return Response.notModified().build();
    }
}
