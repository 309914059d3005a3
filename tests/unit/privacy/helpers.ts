export const PASSWORD = "amber-lighthouse-quartz-58";

export const FAR_FUTURE = Date.UTC(2100, 0, 1);
