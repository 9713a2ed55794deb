package org.liandong.evaluation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.liandong.evaluation.RankingEntry;

/**
 * The monthly report as PDF (landscape A4) with the bundled Droid Sans Fallback font embedded as a subset, so
 * Chinese renders in every viewer: the unit and street rankings with their rates (all seven of docs/evaluation.md).
 */
final class PdfReport {

	private static final PDFont LATIN = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private static final float MARGIN = 36;
	private static final float LINE = 14;
	private static final String[] HEAD = { "排名", "名称", "派单", "签收及时率", "响应率", "按期办结率", "解决率", "满意率", "退单率",
			"重办率", "平均时长(h)", "得分", "等次" };
	/**
	 * Left edges of the columns from the margin, for 9 pt text on the 770 pt between the margins: names clipped to 16
	 * characters (about 150 pt), a five-character header 45 pt, "100.0%" 31 pt; the last column ends near 710 pt.
	 */
	private static final float[] X = { 0, 34, 234, 270, 322, 366, 418, 462, 506, 550, 594, 650, 690 };

	private PdfReport() {
	}

	static byte[] render(MonthlyReport.Content c) {
		return render(c, ExportProgress.NONE);
	}

	/**
	 * Reports progress every 50 table rows and after saving (font subsetting and compression take the last
	 * fifth).
	 */
	static byte[] render(MonthlyReport.Content c, ExportProgress progress) {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
				InputStream font = PdfReport.class.getResourceAsStream("/fonts/DroidSansFallbackFull.ttf")) {
			PDType0Font cjk = PDType0Font.load(doc, font, true);
			progress.at(0);
			Writer w = new Writer(doc, cjk, progress.within(0, 80), c.units().size() + c.streets().size());
			w.text(c.jurisdiction() + "12345热线月度考核报告 " + c.month(), 16);
			w.gap();
			section(w, "一、承办单位排名", c.units());
			section(w, "二、街道（镇）排名（按诉求发生地）", c.streets());
			w.close();
			doc.save(out);
			progress.at(100);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void section(Writer w, String title, List<RankingEntry> entries) throws IOException {
		w.text(title, 12);
		w.row(HEAD);
		for (RankingEntry e : entries) {
			var r = e.rates();
			var rates = r.rates();
			w.row(new String[] { e.rank() == null ? "—" : e.rank().toString(), clip(e.name() == null ? e.key() : e.name()),
					String.valueOf(r.dispatched()), RatePercent.text(rates.sign()), RatePercent.text(rates.response()),
					RatePercent.text(rates.onTime()), RatePercent.text(rates.resolution()),
					RatePercent.text(rates.satisfaction()), RatePercent.text(rates.returnRate()),
					RatePercent.text(rates.reopenRate()), twoDecimals(r.avgHandleHours()), twoDecimals(r.score()),
					MonthlyReport.className(e.rankingClass()) });
			w.rowDone();
		}
		w.gap();
	}

	/**
	 * A score or mean hours with two decimals, as the API rounds them and the workbook shows them ({@code 0.00}):
	 * 100.00 beside 66.89, not 100.0; {@code —} for none.
	 */
	static String twoDecimals(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return RatePercent.NONE;
		}
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String clip(String s) {
		return s.length() > 16 ? s.substring(0, 16) + "…" : s;
	}

	/** Writes lines top to bottom, starting new pages as needed. */
	private static final class Writer {
		private final PDDocument doc;
		private final PDType0Font font;
		private final ExportProgress progress;
		private final int rows;
		private PDPageContentStream stream;
		private float y;
		private int done;

		Writer(PDDocument doc, PDType0Font font, ExportProgress progress, int rows) throws IOException {
			this.doc = doc;
			this.font = font;
			this.progress = progress;
			this.rows = Math.max(1, rows);
			newPage();
		}

		void rowDone() {
			if (++done % 50 == 0 || done == rows) {
				progress.at(100 * done / rows);
			}
		}

		void newPage() throws IOException {
			if (stream != null) {
				stream.close();
			}
			PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
			doc.addPage(page);
			stream = new PDPageContentStream(doc, page);
			y = page.getMediaBox().getHeight() - MARGIN;
		}

		void text(String s, float size) throws IOException {
			ensure();
			put(MARGIN, s, size);
			y -= size + 6;
		}

		void row(String[] cells) throws IOException {
			ensure();
			for (int i = 0; i < cells.length; i++) {
				put(MARGIN + X[i], cells[i], 9);
			}
			y -= LINE;
		}

		void gap() {
			y -= LINE / 2;
		}

		/** Droid Sans Fallback has no Latin glyphs: ASCII runs go in Helvetica, the rest in the CJK font. */
		private void put(float x, String s, float size) throws IOException {
			String text = s.replace('—', '-').replace("…", "...");
			float at = x;
			int i = 0;
			while (i < text.length()) {
				boolean ascii = text.charAt(i) < 128;
				int j = i;
				while (j < text.length() && (text.charAt(j) < 128) == ascii) {
					j++;
				}
				String run = text.substring(i, j);
				PDFont f = ascii ? LATIN : font;
				stream.beginText();
				stream.setFont(f, size);
				stream.newLineAtOffset(at, y);
				stream.showText(run);
				stream.endText();
				at += f.getStringWidth(run) / 1000 * size;
				i = j;
			}
		}

		private void ensure() throws IOException {
			if (y < MARGIN + LINE) {
				newPage();
			}
		}

		void close() throws IOException {
			stream.close();
		}
	}
}
