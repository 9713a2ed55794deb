package org.liandong.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.liandong.files.FileStore;
import org.liandong.intake.PortalOrders;
import org.liandong.shared.InvalidRequestException;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes in a citizen's request from the portal (channel WEB): checks the form and the photos, stores the photos,
 * creates the order and its query code in one transaction, then texts the citizen the number and code.
 */
@Component
class PortalIntake {

	static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

	private final WorkOrders orders;
	private final FileStore files;
	private final PortalTickets tickets;
	private final IntakeProperties properties;
	private final IntakeSeams seams;
	private final PortalLinks links;
	private final CallerScreen screen;

	PortalIntake(WorkOrders orders, FileStore files, PortalTickets tickets, IntakeProperties properties,
			IntakeSeams seams, PortalLinks links, CallerScreen screen) {
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
			errors.add(new InvalidRequestException.FieldError("content", "请填写诉求内容。"));
		}
		else if (content.length() > 4000) {
			errors.add(new InvalidRequestException.FieldError("content", "诉求内容不能超过 4000 字。"));
		}
		String phone = trim(form.citizenPhone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			errors.add(new InvalidRequestException.FieldError("citizenPhone", "请填写正确的手机号或固定电话。"));
		}
		String name = trim(form.citizenName());
		if (name != null && name.length() > 50) {
			errors.add(new InvalidRequestException.FieldError("citizenName", "姓名过长。"));
		}
		String address = trim(form.address());
		if (address != null && address.length() > 500) {
			errors.add(new InvalidRequestException.FieldError("address", "地址过长。"));
		}
		Double lat = coordinate(form.lat(), "lat", errors);
		Double lon = coordinate(form.lon(), "lon", errors);
		if ((lat == null) != (lon == null)) {
			errors.add(new InvalidRequestException.FieldError("lat", "地图位置不完整。"));
		}
		else if (lat != null && !properties.bounds().contains(lat, lon)) {
			errors.add(new InvalidRequestException.FieldError("lat", "所选位置不在本市范围内。"));
		}
		if (address == null && lat == null) {
			errors.add(new InvalidRequestException.FieldError("address", "请填写地址或在地图上选择位置。"));
		}
		List<MultipartFile> given = photos == null ? List.of()
				: photos.stream().filter(p -> p != null && !p.isEmpty()).toList();
		if (given.size() > properties.portal().maxPhotos()) {
			errors.add(new InvalidRequestException.FieldError("photos",
					"最多上传 " + properties.portal().maxPhotos() + " 张照片。"));
		}
		for (MultipartFile p : given) {
			if (p.getContentType() == null || !p.getContentType().startsWith("image/")) {
				errors.add(new InvalidRequestException.FieldError("photos", "只能上传图片：" + p.getOriginalFilename()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("请检查填写的内容。", errors);
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
				throw new InvalidRequestException("photos", "照片上传失败，请重试。");
			}
			catch (InvalidRequestException e) {
				throw new InvalidRequestException("photos", "照片类型或大小不符合要求：" + p.getOriginalFilename());
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
		if (s.phone() != null) {
			seams.sms().send(s.phone(), "【12345】您的诉求已受理，工单号 " + s.order().number() + "，查询码 " + s.queryCode()
					+ "。查询进度和评价办理结果：" + links.link(s.order().number()));
		}
	}

	private static Double coordinate(String value, String field, List<InvalidRequestException.FieldError> errors) {
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
			errors.add(new InvalidRequestException.FieldError(field, "坐标格式不正确。"));
			return null;
		}
	}

	static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
