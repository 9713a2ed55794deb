package org.liandong.shared.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * The servlet container's last word, for a request it refuses before the application sees it (a path that is not
 * UTF-8 or holds a NUL, a request line or header over the limit): in the form the caller reads, as {@link ErrorAnswers}
 * answers once the application has the request. Problem details for the API and for every caller that does not ask
 * for HTML, the GeoReport v2 error list under {@code /open311/}, Tomcat's own page otherwise; with the security
 * headers every answer carries ({@link SecurityHeaders}).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	public ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		// what the container refuses by itself never passed the filter that sets them
		SecurityHeaders.applyTo(response);
		int code = response.getStatus();
		String path = request.getRequestURI() == null ? "" : request.getRequestURI();
		String accept = request.getHeader("Accept");
		boolean open311 = path.startsWith("/open311/");
		boolean page = !open311 && !path.startsWith("/api/") && accept != null && accept.contains("text/html");
		if (code < 400 || page || response.getContentWritten() > 0) {
			super.report(request, response, throwable);
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		String detail = status == null ? "The request was refused." : ErrorAnswers.detailOf(status);
		String body;
		if (open311 && path.endsWith(".xml")) {
			response.setContentType("text/xml; charset=utf-8");
			body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>" + code + "</code><description>"
					+ detail + "</description></error></errors>";
		}
		else if (open311) {
			response.setContentType("application/json; charset=utf-8");
			body = "[{\"code\":" + code + ",\"description\":\"" + detail + "\"}]";
		}
		else {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			String type = status == null ? "http-" + code : ProblemDetailsAdvice.typeOf(status);
			String title = status == null ? "Error" : status.getReasonPhrase();
			body = "{\"type\":\"" + ProblemDetailsAdvice.TYPE_BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + code
					+ ",\"detail\":\"" + detail + "\"}";
		}
		try {
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// the connection is gone or the answer was committed meanwhile: nothing more to say
		}
	}
}
