package dev.voicecampaign.http;

/**
 * The campaign body the call-decision tests (the route's and the command's) decide under: the seeds' Progressive sample
 * (Monday to Friday, 9:00 AM to 6:00 PM) with the US pack and 2 calls per 7 days.
 */
public final class DecisionCampaign {
    public static final String BODY = """
            {"name": "Renewal reminders", "description": "Renewals", "contactLists": ["CL Only 2020 Dec 4"],
             "dncLists": {"name": "DNC CL Dec 4"}, "priority": "5", "dialingMode": "Progressive",
             "dialingStrategy": {"callerId": {"phoneNumber": "+18163312345"},
               "callingHours": {"frequency": "WEEKLY", "timezone": "Asia/Kolkata", "days": [
                 {"day": "MO", "start": "9:00 AM", "end": "6:00 PM"}, {"day": "TU", "start": "9:00 AM", "end": "6:00 PM"},
                 {"day": "WE", "start": "9:00 AM", "end": "6:00 PM"}, {"day": "TH", "start": "9:00 AM", "end": "6:00 PM"},
                 {"day": "FR", "start": "9:00 AM", "end": "6:00 PM"}]},
               "dialingOrder": "FIFO", "maxAttemptsPerRecord": 3, "defaultRetryPeriod": 10, "maxRingTime": 30},
             "schedule": {"isSchedulingEnabled": false}, "queue_name": "Default Queue", "campaignType": "voice",
             "compliancePacks": ["us"], "communicationLimits": [{"maxCountPerRecipient": 2, "frequency": 7, "unit": "DAY"}]}""";

    private DecisionCampaign() {
    }
}
