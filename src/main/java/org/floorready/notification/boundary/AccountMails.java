package org.floorready.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.notification.entity.MailMessage;
import org.floorready.security.entity.AccountCreated;
import org.floorready.security.entity.PasswordReset;
import org.floorready.security.entity.PasswordResetRequested;

/** Tells people about changes an administrator made to their account, in the same transaction. */
@ApplicationScoped
public class AccountMails {
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "floorready.base-url")
  String baseUrl;

  void created(@Observes AccountCreated account) {
    outbox.enqueue(
        MailMessage.plain(
                account.email(),
                "Your FloorReady account",
                "Hello "
                    + account.displayName()
                    + ",\n\nan administrator created a FloorReady account for you"
                    + " with the roles "
                    + String.join(", ", account.roles())
                    + ".\nSign in at "
                    + baseUrl
                    + "/ with this email address; your administrator tells you the first password.\n",
                "account-created")
            .about("AppUser", String.valueOf(account.userId())));
  }

  void resetLink(@Observes PasswordResetRequested requested) {
    outbox.enqueue(
        MailMessage.plain(
                requested.email(),
                "Set a new FloorReady password",
                "Hello "
                    + requested.displayName()
                    + ",\n\nsomeone (we hope you) asked to set a new password for your"
                    + " FloorReady account. Open this link within "
                    + requested.validMinutes()
                    + " minutes to"
                    + " choose one; it works once:\n\n"
                    + baseUrl
                    + "/#/reset-password?token="
                    + requested.token()
                    + "\n\nIf you did not ask for this, ignore this message: your password stays as it is.\n",
                "password-reset-link")
            .about("AppUser", String.valueOf(requested.userId())));
  }

  void passwordReset(@Observes PasswordReset reset) {
    outbox.enqueue(
        MailMessage.plain(
                reset.email(),
                "Your FloorReady password was reset",
                "Hello "
                    + reset.displayName()
                    + ",\n\nan administrator set a new password for your FloorReady"
                    + " account. You were signed out everywhere. If you did not ask for this, tell your administrator.\n",
                "password-reset")
            .about("AppUser", String.valueOf(reset.userId())));
  }
}
