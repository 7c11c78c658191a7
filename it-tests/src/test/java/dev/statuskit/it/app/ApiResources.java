package dev.statuskit.it.app;

import dev.statuskit.http.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

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

    /** A new item, as a client posts it; public fields, so JSON-B and Jackson both bind it. */
    public static class NewItem {
        /** Not blank, at most 100 characters. */
        @NotBlank
        @Size(max = 100)
        public String name;
        /** More than 0. */
        @NotNull
        @Positive
        public Integer price;
    }

    /** The first {@code limit} items: {@code @Min(1) @Max(100)}. */
    @GET
    @Path("validated/items")
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return "{\"limit\":" + limit + "}";
    }

    /** A page number from a header: an {@code int}, so {@code X-Page: abc} cannot be converted. */
    @GET
    @Path("validated/page")
    @Produces(MediaType.APPLICATION_JSON)
    public String page(@HeaderParam("X-Page") @DefaultValue("1") int page) {
        return "{\"page\":" + page + "}";
    }

    /** An item by code: three lowercase letters. */
    @GET
    @Path("validated/items/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public String byCode(@PathParam("code") @Pattern(regexp = "[a-z]{3}") String code) {
        return "{\"code\":\"" + code + "\"}";
    }

    /** Creates a valid item (201); an invalid body is a 400 with pointers. */
    @POST
    @Path("validated/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewItem item) {
        return Response.status(201).entity("{\"name\":\"" + item.name + "\",\"price\":" + item.price + "}").build();
    }

    /** Promises a value and returns none: an invalid return value, the server's fault. */
    @GET
    @Path("validated/broken")
    @NotNull
    public String broken() {
        return null;
    }

    /** Suspends the request for 100 ms and never resumes it: the implementation's own 503 (Jakarta REST §8.2.1). */
    @GET
    @Path("async/timeout")
    public void asyncTimeout(@Suspended AsyncResponse response) {
        response.setTimeout(100, TimeUnit.MILLISECONDS);
    }

    /** Resumes the request from another thread with a {@link NotFoundException}. */
    @GET
    @Path("async/missing")
    public void asyncMissing(@Suspended AsyncResponse response) {
        CompletableFuture.runAsync(() -> response.resume(new NotFoundException()));
    }

    /** A stage that completes exceptionally on another thread, with the secret in its message. */
    @GET
    @Path("async/boom")
    public CompletionStage<String> asyncBoom() {
        return CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("async failure " + Secrets.SECRET);
        });
    }

    /** A range beyond the end of a representation: 416 with {@code Content-Range: bytes *}{@code /<length>}. */
    @GET
    @Path("range-not-satisfiable")
    public Response rangeNotSatisfiable() {
        return Response.status(416).header("Content-Range", "bytes */" + TestServlets.RANGE_LENGTH).build();
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
