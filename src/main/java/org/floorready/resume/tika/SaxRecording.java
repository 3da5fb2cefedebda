package org.floorready.resume.tika;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Keeps the SAX events of one parse to hand them on only once the parse succeeded, so that a
 * document that fails halfway and is then read another way does not leave half its text twice.
 * Characters past {@code budget} are dropped: the real handler's write limit is below it and still
 * reports the text as cut when the events are replayed.
 */
final class SaxRecording extends DefaultHandler {

  @FunctionalInterface
  private interface Event {
    void replay(ContentHandler handler) throws SAXException;
  }

  private final List<Event> events = new ArrayList<>();
  private final long budget;
  private long characters;

  SaxRecording(long budget) {
    this.budget = budget;
  }

  void replayTo(ContentHandler handler) throws SAXException {
    for (Event event : events) {
      event.replay(handler);
    }
  }

  @Override
  public void startDocument() {
    events.add(ContentHandler::startDocument);
  }

  @Override
  public void endDocument() {
    events.add(ContentHandler::endDocument);
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) {
    events.add(handler -> handler.startPrefixMapping(prefix, uri));
  }

  @Override
  public void endPrefixMapping(String prefix) {
    events.add(handler -> handler.endPrefixMapping(prefix));
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    Attributes copy = new AttributesImpl(attributes);
    events.add(handler -> handler.startElement(uri, localName, qName, copy));
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    events.add(handler -> handler.endElement(uri, localName, qName));
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    char[] kept = keep(ch, start, length);
    if (kept.length > 0) {
      events.add(handler -> handler.characters(kept, 0, kept.length));
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    char[] kept = keep(ch, start, length);
    if (kept.length > 0) {
      events.add(handler -> handler.ignorableWhitespace(kept, 0, kept.length));
    }
  }

  @Override
  public void processingInstruction(String target, String data) {
    events.add(handler -> handler.processingInstruction(target, data));
  }

  @Override
  public void skippedEntity(String name) {
    events.add(handler -> handler.skippedEntity(name));
  }

  private char[] keep(char[] ch, int start, int length) {
    int room = (int) Math.max(0, Math.min(length, budget - characters));
    characters += room;
    char[] kept = new char[room];
    System.arraycopy(ch, start, kept, 0, room);
    return kept;
  }
}
