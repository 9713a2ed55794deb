package org.liandong.triage.internal;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liandong.identity.Actors;
import org.liandong.shared.Coordinates;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.web.JsonBody;
import org.liandong.shared.NotFoundException;
import org.liandong.triage.Triage;
import org.liandong.triage.TriageSuggestion;
import org.liandong.triage.internal.model.LabelledCsv;
import org.liandong.triage.internal.model.LabelledText;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

/** {@code POST /api/v1/triage} (CONTRACT §5), the current model's figures, and training-data import (ADMIN). */
@RestController
@RequestMapping("/api/v1/triage")
class TriageController {

	/** The body of a triage request; the ranges of lat and lon are checked here so that a 400 names the field. */
	record TriageRequest(@NotBlank @Size(max = 4000) String text, @Size(max = 500) String address,
			@DecimalMin("-90") @DecimalMax("90") Double lat, @DecimalMin("-180") @DecimalMax("180") Double lon,
			String coordSystem) {
	}

	private final Triage triage;

	private final DomainClassifier classifier;

	private final ModelStore store;

	TriageController(Triage triage, DomainClassifier classifier, ModelStore store) {
		this.triage = triage;
		this.classifier = classifier;
		this.store = store;
	}

	@Operation(summary = "Suggests the domain, item, lead unit and place for a request's text (CONTRACT §5)")
	@PostMapping
	@RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = TriageRequest.class)))
	TriageSuggestion suggest(JsonBody body) {
		TriageRequest request = body.read(TriageRequest.class);
		if ((request.lat() == null) != (request.lon() == null)) {
			throw new InvalidRequestException(request.lat() == null ? "lat" : "lon", "lat and lon go together");
		}
		String system = request.coordSystem();
		if (system != null && !system.isBlank() && !system.equalsIgnoreCase("WGS84")
				&& !system.equalsIgnoreCase("GCJ02")) {
			// refused with or without a point, as POST /work-orders does
			throw new InvalidRequestException("coordSystem", "coordSystem must be WGS84 or GCJ02: " + system);
		}
		if (request.lat() != null) {
			try {
				// lat and lon are in range (validated above), and the system known
				Coordinates.of(request.lat(), request.lon(), system);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidRequestException("coordSystem", ex.getMessage());
			}
		}
		return triage.suggest(request.text(), request.address(), request.lat(), request.lon(), request.coordSystem());
	}

	@Operation(summary = "The triage model: version, source, examples, metrics")
	@GetMapping("/model")
	Map<String, Object> model() {
		long version = classifier.version();
		ModelStore.ModelInfo info = store.info(version).orElseThrow(() -> new NotFoundException("No triage model"));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("version", info.version());
		out.put("createdAt", info.createdAt());
		out.put("source", info.source());
		out.put("examples", info.examples());
		out.put("domains", classifier.model().labels());
		out.put("metrics", info.metrics());
		return out;
	}

	@Operation(summary = "Trains the model again on labelled CSV besides the items (ADMIN)")
	@PostMapping(path = "/training-data", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> importTrainingData(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "text") String textColumn,
			@RequestParam(defaultValue = "一级标签") String labelColumn) throws Exception {
		if (!Actors.current().isAdmin()) {
			throw new ForbiddenException("Only an administrator may import training data.");
		}
		List<LabelledText> corpus;
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			corpus = LabelledCsv.read(reader, textColumn, labelColumn);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("file", ex.getMessage());
		}
		if (corpus.isEmpty()) {
			throw new InvalidRequestException("file", "no labelled rows");
		}
		String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		long version = classifier.train(corpus, "items+" + name);
		return Map.of("version", version, "examples", corpus.size());
	}
}
