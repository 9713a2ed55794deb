/**
 * Chinese text analysis shared by every index and model: {@link org.liandong.shared.text.ChineseAnalyzer}, Lucene
 * smartcn's analyser with a faster segmenter that gives exactly smartcn's words (docs/adr/0004).
 * <p>
 * Tables owned: none. Events published: none.
 */
package org.liandong.shared.text;
