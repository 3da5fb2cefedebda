package org.floorready.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP server from configuration; without a host, mail stays in the outbox, not sent. */
@ApplicationScoped
public class SmtpSettings {
  @Inject
  @ConfigProperty(name = "floorready.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "floorready.smtp.port")
  int port;

  @Inject
  @ConfigProperty(name = "floorready.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "floorready.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "floorready.smtp.starttls")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "floorready.mail.from")
  String from;

  public boolean configured() {
    return host.filter(h -> !h.isBlank() && !h.equals("-")).isPresent();
  }

  public String from() {
    return from;
  }

  public Session session() {
    Properties props = new Properties();
    props.put("mail.smtp.host", host.orElseThrow());
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "20000");
    props.put("mail.smtp.writetimeout", "20000");
    props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    props.put("mail.smtp.starttls.required", String.valueOf(starttls));
    Optional<String> login = user.filter(u -> !u.isBlank() && !u.equals("-"));
    if (login.isPresent()) {
      props.put("mail.smtp.auth", "true");
      String secret = password.orElse("");
      return Session.getInstance(
          props,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(login.get(), secret);
            }
          });
    }
    return Session.getInstance(props);
  }
}
