package dev.voicecampaign.docs.snippets;

/** Runs the getting-started page's property test as it is shown there. */
class PropertyTestExampleTest extends PropertyTestExample {
}
