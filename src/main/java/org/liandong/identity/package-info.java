/**
 * Users, roles and scopes; authentication for pages (form login, session) and the API (HTTP Basic with a short
 * cache of verified credentials, bearer tokens); the audit of every unmasked read of a citizen's personal data.
 * <p>
 * Tables owned: {@code idn_user}, {@code idn_user_grid}, {@code idn_secret}, {@code idn_pii_audit}.
 * Events published: none. Depends on: {@code directory} (units for scopes and demo users), {@code shared}.
 * <p>
 * Also provides the security filter chains (API and pages), the login and user administration pages, the
 * {@code ?lang=} locale switch, and the demo users. Settings: {@code liandong.security.*}. See
 * {@code docs/security.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.liandong.identity;
