package dev.voicecampaign.core.campaign;

/** Order in which contact records are dialed. */
public enum DialingOrder {
    /** First in, first out: oldest records first. */
    FIFO,
    /** Last in, first out: newest records first. */
    LIFO
}
