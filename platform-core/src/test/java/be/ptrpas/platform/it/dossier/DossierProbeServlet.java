package be.ptrpas.platform.it.dossier;

import be.ptrpas.platform.dossier.DossierAnswer;
import be.ptrpas.platform.dossier.DossierService;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.dossier.DossierHolder;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;

/**
 * Calls the dossier service in the integration tests, as the pass will: {@code GET /it/dossier?holder=<number>} answers
 * the items (NIS code, id) and the unreadable sources (NIS code, slot, plug-in, reason). Exists only in the integration
 * tests' WAR (there is no pass endpoint yet), answers only callers on this machine.
 */
@WebServlet(DossierProbeServlet.PATH)
public class DossierProbeServlet extends HttpServlet {

    public static final String PATH = "/it/dossier";

    @Inject
    DossierService dossiers;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("holder");
        DossierHolder holder = NationalNumber.parse(number)
                .map(DossierHolder::person)
                .or(() -> CompanyNumber.parse(number).map(DossierHolder::company))
                .orElse(null);
        if (holder == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "holder: a national or company number");
            return;
        }
        long started = System.nanoTime();
        DossierAnswer answer = dossiers.answerFor(holder);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        JsonArrayBuilder items = Json.createArrayBuilder();
        answer.items()
                .forEach(entry -> items.add(Json.createObjectBuilder()
                        .add("nis", entry.municipality().nis())
                        .add("municipality", entry.municipality().name().nl())
                        .add("id", entry.item().externalId())
                        .add("kind", entry.item().kind().name())
                        .add("amountDueCents", entry.item().amountDueCents())));
        JsonArrayBuilder unreadable = Json.createArrayBuilder();
        answer.unreadable()
                .forEach(source -> unreadable.add(Json.createObjectBuilder()
                        .add("nis", source.municipality().nis())
                        .add("slot", source.slot())
                        .add("pluginId", source.pluginId())
                        .add("reason", source.reason().name())));
        response.setContentType("application/json");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("items", items)
                        .add("unreadable", unreadable)
                        .add("tookMillis", tookMillis)
                        .build()
                        .toString());
    }
}
