package org.liandong.intake.internal;

import org.liandong.shared.PhoneNumbers;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.liandong.files.FileStore;
import org.liandong.intake.PortalOrders;
import org.liandong.shared.InvalidRequestException;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes in a citizen's request from the portal (channel WEB): checks the form and the photos, stores the photos,
 * creates the order and its query code in one transaction, then texts the citizen the number and code.
 */
@Component
class PortalIntake {

	private static final Logger LOG = LoggerFactory.getLogger(PortalIntake.class);

	private final WorkOrders orders;
	private final FileStore files;
	private final PortalTickets tickets;
	private final IntakeProperties properties;
	private final IntakeSeams seams;
	private final PortalLinks links;
	private final CallerScreen screen;
	private final IntakeMessages messages;

	PortalIntake(WorkOrders orders, FileStore files, PortalTickets tickets, IntakeProperties properties,
			IntakeSeams seams, PortalLinks links, CallerScreen screen, IntakeMessages messages) {
		this.messages = messages;
		this.orders = orders;
		this.files = files;
		this.tickets = tickets;
		this.properties = properties;
		this.seams = seams;
		this.links = links;
		this.screen = screen;
	}

	/** The order taken in, the citizen's query code and phone. */
	record Submitted(WorkOrderSummary order, String queryCode, String phone) {
	}

	@Transactional
	Submitted submit(PortalForm form, List<MultipartFile> photos) {
		List<InvalidRequestException.FieldError> errors = new ArrayList<>();
		String content = trim(form.content());
		if (content == null) {
			errors.add(new InvalidRequestException.FieldError("content", message("content.required")));
		}
		else if (content.length() > 4000) {
			errors.add(new InvalidRequestException.FieldError("content", message("content.tooLong", "4000")));
		}
		String phone = PhoneNumbers.normalize(trim(form.citizenPhone()));
		if (phone != null && !PhoneNumbers.isValid(phone)) {
			errors.add(new InvalidRequestException.FieldError("citizenPhone", message("phone.invalid")));
		}
		String name = trim(form.citizenName());
		if (name != null && name.length() > 50) {
			errors.add(new InvalidRequestException.FieldError("citizenName", message("name.tooLong", "50")));
		}
		String address = trim(form.address());
		if (address != null && address.length() > 500) {
			errors.add(new InvalidRequestException.FieldError("address", message("address.tooLong", "500")));
		}
		Double lat = coordinate(form.lat(), "lat", errors, message("position.format"));
		Double lon = coordinate(form.lon(), "lon", errors, message("position.format"));
		if ((lat == null) != (lon == null)) {
			errors.add(new InvalidRequestException.FieldError("lat", message("position.incomplete")));
		}
		else if (lat != null && !orders.inJurisdiction(lat, lon, "WGS84")) {
			errors.add(new InvalidRequestException.FieldError("lat", message("position.outside")));
		}
		if (address == null && lat == null) {
			errors.add(new InvalidRequestException.FieldError("address", message("place.required")));
		}
		List<MultipartFile> given = photos == null ? List.of()
				: photos.stream().filter(p -> p != null && !p.isEmpty()).toList();
		if (given.size() > properties.portal().maxPhotos()) {
			errors.add(new InvalidRequestException.FieldError("photos",
					message("photos.tooMany", String.valueOf(properties.portal().maxPhotos()))));
		}
		for (MultipartFile p : given) {
			if (p.getContentType() == null || !p.getContentType().startsWith("image/")) {
				errors.add(new InvalidRequestException.FieldError("photos",
						message("photos.notImage", p.getOriginalFilename())));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(message("invalid"), errors);
		}
		if (phone != null) {
			screen.screenPublic(PortalOrders.CHANNEL, phone, "portal");
		}
		List<String> attachments = new ArrayList<>();
		for (MultipartFile p : given) {
			try (InputStream in = p.getInputStream()) {
				attachments.add(files.store(p.getOriginalFilename(), p.getContentType(), in, "portal").id());
			}
			catch (IOException e) {
				throw new InvalidRequestException("photos", message("photos.failed"));
			}
			catch (InvalidRequestException e) {
				throw new InvalidRequestException("photos", message("photos.rejected", p.getOriginalFilename()));
			}
		}
		WorkOrderSummary order = orders.receive(new NewWorkOrder(PortalOrders.CHANNEL, content, null, null, name, phone,
				address, lat, lon, "WGS84", null, null, null, null, "true".equals(form.confidential()), attachments),
				"portal", "CITIZEN");
		return new Submitted(order, tickets.issue(order.id(), order.number()), phone);
	}

	/**
	 * Texts the citizen the receipt: number, query code and tracking link; called after the order committed. The
	 * only receipt of a portal order: the notification module leaves portal orders' receipts to this one, because the
	 * query code is known only now.
	 */
	void textCitizen(Submitted s) {
		if (s.phone() == null) {
			return;
		}
		try {
			seams.sms().send(s.phone(), "【12345】您的诉求已受理，工单号 " + s.order().number() + "，查询码 " + s.queryCode()
					+ "。查询进度和评价办理结果：" + links.link(s.order().number()));
		}
		catch (RuntimeException e) { // the order is taken in and its receipt page shows the code: the text is a copy
			LOG.warn("The receipt text of portal order {} could not be sent: {}", s.order().number(), e.getClass().getSimpleName());
		}
	}

	private static Double coordinate(String value, String field, List<InvalidRequestException.FieldError> errors,
			String invalid) {
		String v = trim(value);
		if (v == null) {
			return null;
		}
		try {
			double d = Double.parseDouble(v);
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				throw new NumberFormatException();
			}
			return d;
		}
		catch (NumberFormatException e) {
			errors.add(new InvalidRequestException.FieldError(field, invalid));
			return null;
		}
	}

	/** A refusal in the visitor's language (the page's: {@code ?lang=en} or the language cookie). */
	private String message(String key, Object... args) {
		return messages.say("portal.error." + key, args);
	}

	static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
