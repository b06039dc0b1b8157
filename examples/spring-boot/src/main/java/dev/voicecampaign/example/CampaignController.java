package dev.voicecampaign.example;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.usecase.CampaignOutcome;
import dev.voicecampaign.core.usecase.CreateCampaign;
import dev.voicecampaign.core.usecase.ReadCampaigns;
import dev.voicecampaign.json.ProblemWriter;
import dev.voicecampaign.json.Rejection;
import dev.voicecampaign.rules.beanvalidation.ValidCampaign;
import dev.voicecampaign.spring.CampaignProblems;
import io.vavr.collection.List;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Creates and reads this app's campaigns. The body is read by the starter's Jackson module, checked by
 * {@code @Valid @ValidCampaign} (the campaign rules, through Spring's validator), then created by the use
 * case, which also resolves the names; every refusal is the project's problem document.
 */
@RestController
@RequestMapping("/campaigns")
class CampaignController {
    private static final MediaType PROBLEM = MediaType.parseMediaType(ProblemWriter.MEDIA_TYPE);

    private final CreateCampaign create;
    private final ReadCampaigns read;
    private final StreamId app;

    CampaignController(CreateCampaign create, ReadCampaigns read, @Value("${voicecampaign.validation-stream}") String app) {
        this.create = create;
        this.read = read;
        this.app = new StreamId(app);
    }

    @PostMapping
    ResponseEntity<?> create(@Valid @ValidCampaign @RequestBody CampaignDraft draft) {
        return switch (create.create(app, draft, List.empty())) {
            case CampaignOutcome.Done done -> ResponseEntity.created(URI.create("/campaigns/" + done.campaign().id().value()))
                    .body(done.campaign());
            case CampaignOutcome.Invalid invalid -> problem(new Rejection(invalid.violations()));
            case CampaignOutcome.NameTaken taken -> ResponseEntity.status(409).contentType(PROBLEM).body(ProblemWriter.problem(
                    "name-taken", "Name taken", 409, "a campaign of this app is already named " + draft.name()));
            default -> ResponseEntity.internalServerError().build();
        };
    }

    @GetMapping("/{id}")
    ResponseEntity<StoredCampaign> get(@PathVariable String id) {
        return ResponseEntity.of(CampaignId.parse(id).flatMap(campaign -> read.get(app, campaign)));
    }

    @ExceptionHandler
    ResponseEntity<?> refused(HandlerMethodValidationException e) {
        return problem(CampaignProblems.of(e));
    }

    /** A body that is not a readable campaign (wrong types, repeated keys, not JSON) lists every problem too. */
    @ExceptionHandler
    ResponseEntity<?> unreadable(HttpMessageNotReadableException e) {
        return CampaignProblems.unreadable(e).<ResponseEntity<?>>map(CampaignController::problem).orElseGet(() ->
                ResponseEntity.badRequest().contentType(PROBLEM).body(ProblemWriter.problem("unreadable-body", "Unreadable body", 400,
                        "the body is not JSON")));
    }

    private static ResponseEntity<?> problem(Rejection rejection) {
        return ResponseEntity.status(rejection.status()).contentType(PROBLEM).body(rejection);
    }
}
