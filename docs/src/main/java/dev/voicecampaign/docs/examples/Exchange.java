package dev.voicecampaign.docs.examples;

import dev.voicecampaign.http.exchange.HttpResponse;

/** One documented request and the response the real handler gave it. */
public record Exchange(String title, String explanation, DocumentedRequest request, HttpResponse response) {
}
