package dev.voicecampaign.core.violation;

/** Whether a violation blocks: an ERROR rejects the draft, a WARNING only informs. */
public enum Severity {
    ERROR, WARNING
}
