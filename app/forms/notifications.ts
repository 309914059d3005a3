import { z } from "zod";
import { TIME_PATTERN } from "~/notifications/local-time";
import { NOTIFICATION_CHANNELS, NOTIFICATION_TYPE_NAMES } from "~/notifications/types";

/** "daily_reading:push": one checkbox per type × channel, all derived from the one list of types. */
export const CHANNEL_CHOICES = NOTIFICATION_TYPE_NAMES.flatMap((type) =>
  NOTIFICATION_CHANNELS.map((channel) => `${type}:${channel}` as const),
);
export type ChannelChoice = (typeof CHANNEL_CHOICES)[number];

const time = (what: string) => z.string().regex(TIME_PATTERN, `Enter ${what} as a time between 00:00 and 23:59.`);
// parseWithZod reads an empty field as undefined; no "" branch, so the derived constraint isn't `required`.
const optionalTime = (what: string) => time(what).optional();

export const notificationSettingsSchema = z
  .object({
    channel: z
      .array(
        z.enum(CHANNEL_CHOICES as [ChannelChoice, ...ChannelChoice[]], {
          error: "Unknown notification type or channel.",
        }),
      )
      .default([]),
    quietStart: optionalTime("the start of quiet hours"),
    quietEnd: optionalTime("the end of quiet hours"),
    dailyTime: time("the daily reading's time"),
  })
  .superRefine((value, ctx) => {
    if (Boolean(value.quietStart) !== Boolean(value.quietEnd)) {
      const path = value.quietStart ? "quietEnd" : "quietStart";
      ctx.addIssue({ code: "custom", path: [path], message: "Give quiet hours both a start and an end, or neither." });
    }
  });

export type NotificationSettingsForm = z.infer<typeof notificationSettingsSchema>;

const typeFilter = z.union([z.literal(""), z.enum(NOTIFICATION_TYPE_NAMES)]).optional();
const page = z.coerce.number().int().min(1).max(10_000).default(1);

/** `?type=&page=` of /notifications. */
export const centreQuerySchema = z.object({ type: typeFilter, page });

/** Every centre action carries the filter and page it came from, to redirect back to them. */
export const centreActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("read"), id: z.string().min(1).max(100), type: typeFilter, page }),
  z.object({ intent: z.literal("delete"), id: z.string().min(1).max(100), type: typeFilter, page }),
  z.object({ intent: z.literal("read-all"), type: typeFilter, page }),
  z.object({ intent: z.literal("clear-read"), type: typeFilter, page }),
]);

/** What POST /notifications/push-subscriptions takes: PushSubscription.toJSON() from the browser. */
export const pushSubscriptionSchema = z.object({
  endpoint: z.url({ protocol: /^https$/ }).max(2000),
  keys: z.object({
    p256dh: z.string().regex(/^[\w-]{80,100}={0,2}$/, "the subscription's P-256 key (base64url)"),
    auth: z.string().regex(/^[\w-]{16,32}={0,2}$/, "the subscription's auth secret (base64url)"),
  }),
});
