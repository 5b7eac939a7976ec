package be.ptrpas.plugins.channel.email;

/** A message rendered in one language: a one-line subject, a plain-text and an HTML version of the same text. */
record RenderedEmail(String language, String subject, String text, String html) {}
