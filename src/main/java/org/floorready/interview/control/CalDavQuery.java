package org.floorready.interview.control;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.threeten.extra.Interval;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A CalDAV (RFC 4791) time-range {@code calendar-query} REPORT on one calendar collection: the
 * events that touch the window, each as an iCalendar document, recurring ones unexpanded (ical4j
 * expands them, as servers such as radicale do not always). Works with Nextcloud, Fastmail, iCloud
 * and radicale; the answer is read with DTDs and external entities off.
 */
public final class CalDavQuery {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

  private CalDavQuery() {}

  public static HttpRequest.Builder request(Interval window, String user, String password) {
    String body =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
          <D:prop><D:getetag/><C:calendar-data/></D:prop>
          <C:filter>
            <C:comp-filter name="VCALENDAR">
              <C:comp-filter name="VEVENT">
                <C:time-range start="%s" end="%s"/>
              </C:comp-filter>
            </C:comp-filter>
          </C:filter>
        </C:calendar-query>
        """
            .formatted(UTC.format(window.getStart()), UTC.format(window.getEnd()));
    HttpRequest.Builder request =
        HttpRequest.newBuilder()
            .method("REPORT", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .header("Depth", "1")
            .header("Content-Type", "application/xml; charset=utf-8");
    if (user != null && !user.isEmpty()) {
      String credentials = user + ":" + (password == null ? "" : password);
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }

  /** The iCalendar documents of a multistatus answer. */
  public static List<String> calendars(String multistatus) throws CalendarBusyTimes.Unreadable {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      Document document = builder.parse(new InputSource(new StringReader(multistatus)));
      NodeList data = document.getElementsByTagNameNS(CALDAV, "calendar-data");
      List<String> calendars = new ArrayList<>();
      for (int i = 0; i < data.getLength(); i++) {
        calendars.add(data.item(i).getTextContent());
      }
      return calendars;
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new CalendarBusyTimes.Unreadable(
          "the CalDAV server's answer is not a multistatus document", e);
    }
  }

  public static URI collection(String url) {
    return URI.create(url.endsWith("/") ? url : url + "/");
  }
}
