import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { z } from "zod";
import { notificationSettingsSchema, type ChannelChoice } from "~/forms/notifications";
import {
  CHANNEL_LABELS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPE_NAMES,
  type NotificationChannel,
} from "~/notifications/types";
import { readForm } from "~/server/http/forms.server";
import { invariantResponse, redirectWithFlash } from "~/server/http/http.server";
import { notify } from "./notify.server";
import { getNotificationSettings, saveNotificationSettings, type ChannelChoices } from "./preferences.server";
import { removeDevice } from "./push-subscriptions.server";

const PAGE = "/settings/notifications";

const removeDeviceSchema = z.object({ intent: z.literal("remove-device"), deviceId: z.string().min(1).max(100) });

/** The settings page's two forms: the preferences (400 with field errors) and "remove" on a device (404 if not theirs). */
export async function handleSettingsAction(userId: string, request: Request) {
  const form = await readForm(request);
  if (form.get("intent") === "remove-device") {
    const parsed = removeDeviceSchema.safeParse(Object.fromEntries(form));
    invariantResponse(parsed.success, "That request wasn't understood.", 400);
    invariantResponse(await removeDevice(userId, parsed.data.deviceId), "Device not found");
    return redirectWithFlash(PAGE, { kind: "success", message: "That device will get no more push notifications." });
  }
  const submission = parseWithZod(form, { schema: notificationSettingsSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { channel, quietStart, quietEnd, dailyTime } = submission.value;
  const chosen = new Set<string>(channel);
  const channels = Object.fromEntries(
    NOTIFICATION_TYPE_NAMES.map((type) => [
      type,
      Object.fromEntries(NOTIFICATION_CHANNELS.map((c) => [c, chosen.has(`${type}:${c}`)])),
    ]),
  ) as ChannelChoices;
  const quietHours = quietStart && quietEnd ? { start: quietStart, end: quietEnd } : null;
  await saveNotificationSettings(userId, { channels, quietHours, dailyTime });
  return redirectWithFlash(PAGE, { kind: "success", message: "Your notification settings are saved." });
}

export async function settingsDefaults(userId: string) {
  const settings = await getNotificationSettings(userId);
  const channel: ChannelChoice[] = NOTIFICATION_TYPE_NAMES.flatMap((type) =>
    NOTIFICATION_CHANNELS.filter((c) => settings.channels[type][c]).map((c) => `${type}:${c}` as const),
  );
  return {
    channel,
    quietStart: settings.quietHours?.start ?? "",
    quietEnd: settings.quietHours?.end ?? "",
    dailyTime: settings.dailyTime,
  };
}

/** "Send me a test notification": through every channel the user has turned on for any type. */
export async function sendTestNotification(userId: string) {
  const settings = await getNotificationSettings(userId);
  const channels = NOTIFICATION_CHANNELS.filter((c: NotificationChannel) =>
    NOTIFICATION_TYPE_NAMES.some((type) => settings.channels[type][c]),
  );
  const sent = await notify(
    userId,
    "account",
    { title: "Test notification", body: "Notifications from NumerAI reach you here.", url: "/notifications" },
    { channels },
  );
  const where = sent?.channels.length
    ? sent.channels.map((c) => CHANNEL_LABELS[c].toLowerCase()).join(", ")
    : "nowhere";
  return redirectWithFlash(PAGE, { kind: "success", message: `Test notification sent (${where}).` });
}
