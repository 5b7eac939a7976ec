package be.ptrpas.plugins.channel.whatsapp;

import java.util.List;

/** An approved template, the language to use it in, and the texts for its body placeholders in order. */
record TemplateMessage(String name, String languageCode, List<String> parameters) {}
