package dev.statuskit.demo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/items/{id}}: items 1 to 3 exist; any other id is a {@link NotFoundException}. No POST. */
@Path("items")
public class ItemsResource {
    private static final String[] NAMES = {"kettle", "teapot", "cup"};

    /** One item as JSON. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public String item(@PathParam("id") String id) {
        int index = "1".equals(id) ? 0 : "2".equals(id) ? 1 : "3".equals(id) ? 2 : -1;
        if (index < 0) {
            throw new NotFoundException();
        }
        return "{\"id\":" + (index + 1) + ",\"name\":\"" + NAMES[index] + "\"}";
    }
}
