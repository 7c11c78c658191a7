package dev.statuskit.demo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The demo's items: {@code GET /api/items/{id}} (1 to 3 exist; any other id is a {@link NotFoundException}),
 * {@code GET /api/items?limit=N} ({@code @Min(1) @Max(100)}) and {@code POST /api/items} with a JSON body that
 * Jakarta Validation checks ({@code name} {@code @NotBlank}, {@code price} {@code @Positive}). No POST to an item.
 */
@Path("items")
public class ItemsResource {
    private static final String[] NAMES = {"kettle", "teapot", "cup"};

    /** A new item, as a client posts it. */
    public static class NewItem {
        /** The name: not blank, at most 100 characters. */
        @NotBlank
        @Size(max = 100)
        public String name;
        /** The price: more than 0. */
        @NotNull
        @Positive
        public BigDecimal price;
    }

    /** One item as JSON. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public String item(@PathParam("id") String id) {
        int index = "1".equals(id) ? 0 : "2".equals(id) ? 1 : "3".equals(id) ? 2 : -1;
        if (index < 0) {
            throw new NotFoundException();
        }
        return json(index);
    }

    /** The first {@code limit} items, 1 to 100 (there are only three). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return IntStream.range(0, Math.min(limit, NAMES.length)).mapToObj(ItemsResource::json)
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** Accepts a valid new item with 201 and echoes it; an invalid one is a 400 problem listing its errors. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewItem item) {
        return Response.status(Response.Status.CREATED).entity(item).build();
    }

    private static String json(int index) {
        return "{\"id\":" + (index + 1) + ",\"name\":\"" + NAMES[index] + "\"}";
    }
}
