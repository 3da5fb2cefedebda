package org.floorready.candidate.control;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Evens out the characters that different document formats use for the same thing. */
final class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2002\\u2003\\u2009\\f\\x0B]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");

    private TextNormalizer() {}

    static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String unified = LINE_BREAK.matcher(nfc).replaceAll("\n");
        unified = INVISIBLE.matcher(unified).replaceAll("");
        unified = ODD_SPACE.matcher(unified).replaceAll(" ");
        return unified.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
    }
}
