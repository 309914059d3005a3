/** Answers about one chart: a number explained, the Lo Shu grid, remedies, an overview, an area of life. */
import { formatLongDate } from "~/lib/dates/local-dates";
import type { ExplainOutput, ProfileOutput } from "../tools.server";
import type { Area, Intent } from "./intents";
import { isError, outputOf, positionsHolding, type ToolResult } from "./plans";
import { detailBlock, FORETELL_NOTE, joinWords, link, list, numberText, owner } from "./writing";

export function explainAnswer(out: ExplainOutput, how: boolean): string {
  const o = owner(out.person);
  if (out.key === "number") {
    const m = out.items[0];
    return `**${m.value}: ${m.title}.** ${m.paragraph}\n\n${list([
      `**Keywords:** ${m.keywords.join(", ")}`,
      `**Strengths:** ${m.strengths.slice(0, 4).join("; ")}`,
      `**Watch for:** ${m.challenges.slice(0, 3).join("; ")}`,
      ...m.facts.map((f) => `**${f.label}:** ${f.value}`),
    ])}\n\nAsk "what does my ${m.value} mean?" to see where it sits in your own chart.`;
  }
  if (out.key === "loShu" && out.loShu) return loShuAnswer(out, o.Your);
  if (out.key === "remedies") return remediesAnswer(out, o.your);
  if (!out.items.length) return `${o.Your} chart has no ${out.key} to speak of.`;
  if (out.items.length === 1 && out.items[0].value === "None")
    return `**${o.Your} chart has no ${out.items[0].label}.** ${out.about}`;
  const blocks = out.items.map((d, i) => detailBlock(d, o.Your, how, i === 0 ? out.about : undefined));
  return how ? blocks.join("\n\n") : `${blocks.join("\n\n")}\n\n_${out.about}_`;
}

export function loShuAnswer(out: ExplainOutput, Your: string): string {
  const lo = out.loShu!;
  const parts = [
    `**${Your} Lo Shu grid** (${link("Lo Shu grid", lo.href)}) is made from the digits of the birth date.`,
  ];
  if (lo.missing.length) {
    parts.push(
      `**Missing numbers: ${lo.missing.map((m) => m.digit).join(", ")}.**\n\n` +
        list(
          lo.missing.map(
            (m) =>
              `**${m.digit}:** ${m.meaning} Try: ${m.remedies
                .slice(0, 2)
                .map((r) => r.replace(/\.$/, ""))
                .join("; ")}.`,
          ),
        ),
    );
  } else parts.push("**No number is missing**: every digit 1 to 9 appears at least once.");
  if (lo.repeating.length)
    parts.push(
      `**Repeated numbers:**\n\n${list(lo.repeating.map((r) => `**${r.digit}** (${r.count}×, ${r.theme}): ${r.text}`))}`,
    );
  if (lo.arrows.length) parts.push(`**Arrows:**\n\n${list(lo.arrows.map((a) => `**${a.title}:** ${a.paragraph}`))}`);
  const driver = out.items.find((d) => d.key === "driver");
  const conductor = out.items.find((d) => d.key === "conductor");
  if (driver && conductor)
    parts.push(
      `Driver ${link(String(driver.value), driver.href)} (${driver.title}) and Conductor ${link(String(conductor.value), conductor.href)} (${conductor.title}) come from the same date.`,
    );
  return parts.join("\n\n");
}

export function remediesAnswer(out: ExplainOutput, your: string): string {
  const blocks = out.items.map((d) => {
    const facts = d.facts.map((f) => `**${f.label}:** ${f.value}`);
    return `**${d.label}** (${link(`${d.label.replace(/^For (your|\w+'s) /, "")}`, d.href)}): ${d.paragraph}\n\n${list([...facts, `**Affirmation:** ${d.strengths[0] ?? ""}`])}`;
  });
  const practices = out.practices ?? [];
  const chosen = practices.length
    ? `\n\n**Practices chosen for ${your} chart** (${link("remedies", practices[0].href)}):\n\n${list(
        practices.map((p) => `**${p.title}** (${p.answers}, ${p.frequency}): ${p.how}`),
      )}`
    : "";
  return `Colours, stones and days traditionally linked with ${your} numbers:\n\n${blocks.join("\n\n")}${chosen}\n\n_These are traditional, reflective practices, not medical or financial advice._`;
}

export function overviewAnswer(results: ToolResult[]) {
  const profile = outputOf<ProfileOutput>(results, "getProfile");
  if (!profile || isError(profile))
    return `I couldn't read that chart${profile && isError(profile) ? `: ${profile.error}` : "."}`;
  const o = owner(profile.person);
  const lifePath = outputOf<ExplainOutput>(results, "explainNumber");
  const isCycle = (key: string) => key === "personalYear" || key === "personalMonth" || key === "personalDay";
  const cycles = profile.numbers.filter((n) => isCycle(n.key));
  const core = profile.numbers.filter((n) => !isCycle(n.key));
  const parts = [
    `**${o.Your} chart at a glance** (${profile.birthName}, born ${formatLongDate(profile.birthDate)}):`,
    list(core.map((n) => `${link(`${n.label} ${numberText(n)}`, n.href)}: ${n.title}`)),
    `**Right now:** ${cycles.map((n) => `${n.label} ${n.value} (${n.title})`).join(", ")}${profile.currentPinnacle ? `; current pinnacle ${profile.currentPinnacle.value} (${profile.currentPinnacle.title})` : ""}.`,
  ];
  if (lifePath && !isError(lifePath) && lifePath.items[0])
    parts.push(`**The heart of it, ${o.your} Life Path:** ${lifePath.items[0].paragraph}`);
  parts.push("Ask me about any of these numbers to go deeper.");
  return parts.join("\n\n");
}

export function luckyAnswer(profile: ProfileOutput) {
  const o = owner(profile.person);
  const lp = profile.numbers.find((n) => n.key === "lifePath")!;
  const driver = profile.numbers.find((n) => n.key === "driver");
  const d = typeof driver?.value === "number" ? driver.value : null;
  const days = d ? [d, d + 9, d + 18, d + 27].filter((x) => x <= 31) : [];
  return [
    `Numerology has no single lucky number, but two numbers are traditionally ${o.your} own:`,
    list([
      `${link(`Life Path ${lp.value}`, lp.href)} (${lp.title}): the number of ${o.your} path.`,
      ...(driver
        ? [
            `${link(`Driver ${driver.value}`, driver.href)} (${driver.title}): from the day of birth, read as a personal lucky number in Indian practice.`,
          ]
        : []),
    ]),
    ...(days.length ? [`Days of any month that reduce to ${d}: the ${joinWords(days.map(String))}.`] : []),
  ].join("\n\n");
}

export function mastersAnswer(profile: ProfileOutput) {
  const o = owner(profile.person);
  const masters = profile.numbers.filter((n) => n.value === 11 || n.value === 22 || n.value === 33);
  if (!masters.length)
    return `None of ${o.your} core numbers is a master number (11, 22 or 33). That's the usual case: master numbers are kept only where a sum lands exactly on them.`;
  return `**Master numbers in ${o.your} chart:**\n\n${list(masters.map((n) => `${link(`${n.label} ${n.value}`, n.href)}: ${n.title}`))}\n\nA master number carries its root's qualities (11 → 2, 22 → 4, 33 → 6) at a higher pitch: more potential, and more pressure.`;
}

export function areaAnswer(area: Area, results: ToolResult[], foretell: boolean) {
  const items = results.flatMap((r) => (isError(r.output) ? [] : (r.output as ExplainOutput).items));
  const person = results.map((r) => r.output).find((o): o is ExplainOutput => !isError(o))?.person;
  const o = owner(person);
  const intro: Record<Area, string> = {
    career: `For work, numerologists look first at ${o.your} Life Path (the road) and Expression (the talents).`,
    love: `In love, the Soul Urge shows what ${o.you} long for and the Personality how ${o.you} come across.`,
    strengths: `${o.Your} strengths and weak spots show best in ${o.your} Life Path and Expression.`,
    purpose: `${o.Your} purpose is read from the Life Path, the number of the road ${o.you} walk.`,
    name: `A name carries three numbers: the Expression (all its letters), the Soul Urge (its vowels) and the Personality (its consonants).`,
  };
  const blocks = items.map((d) => {
    const lists = [
      ...(d.strengths.length ? [`**Strengths:** ${d.strengths.slice(0, 4).join("; ")}`] : []),
      ...(d.challenges.length ? [`**Watch for:** ${d.challenges.slice(0, 3).join("; ")}`] : []),
    ];
    return `**${link(`${d.label} ${numberText(d)}`, d.href)}: ${d.title}.** ${d.paragraph}\n\n${list(lists)}`;
  });
  return [...(foretell ? [FORETELL_NOTE] : []), intro[area], ...blocks].join("\n\n");
}

export function myNumberAnswer(intent: Extract<Intent, { kind: "myNumber" }>, results: ToolResult[]) {
  const profile = outputOf<ProfileOutput>(results, "getProfile");
  if (!profile || isError(profile))
    return `I couldn't read that chart${profile && isError(profile) ? `: ${profile.error}` : "."}`;
  const o = owner(profile.person);
  const explained = results
    .slice(1)
    .map((r) => r.output)
    .filter((x): x is ExplainOutput => !isError(x));
  if (explained.length && explained[0].key === "number") {
    const m = explained[0].items[0];
    const core = profile.numbers.slice(0, 4).map((n) => `${n.label} ${n.value}`);
    return `${intent.number} isn't one of ${o.your} main numbers (${o.your} ${joinWords(core)}). In general, **${m.value} is ${m.title}**: ${m.paragraph}`;
  }
  const holders = positionsHolding(profile, intent.number);
  const head = `**The ${intent.number} in ${o.your} chart** appears as ${o.your} ${joinWords(holders.map((h) => link(`${h.label} ${numberText(h)}`, h.href)))}.`;
  const blocks = explained.flatMap((e) =>
    e.items
      .filter((d) => d.value === intent.number || d.compound === intent.number)
      .map((d) => `**${d.label} ${numberText(d)}: ${d.title}.** ${d.paragraph}`),
  );
  return [head, ...blocks].join("\n\n");
}
