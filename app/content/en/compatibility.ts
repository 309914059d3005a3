import type { BandText, Relation, ScoreBand } from "../types";

export const compatibilityBands: Record<ScoreBand, BandText> = {
  low: {
    min: 0,
    max: 39,
    label: "A stretching match",
    summary:
      "Your numbers pull in quite different directions, so understanding each other takes conscious effort. A low score is not a verdict: many strong bonds grow from learning another person's rhythm.",
    tip: "Name one difference that frustrates you, then look for the strength hidden inside it.",
  },
  moderate: {
    min: 40,
    max: 59,
    label: "A workable match",
    summary:
      "You share some common ground and meet some real contrasts. With clear communication, the contrasts can become a source of balance rather than friction.",
    tip: "Agree on one shared routine that plays to both of your strengths.",
  },
  good: {
    min: 60,
    max: 79,
    label: "A harmonious match",
    summary:
      "Your numbers support each other well, with natural understanding in many areas. The occasional difference keeps things interesting and helps you both grow.",
    tip: "Notice what flows easily between you and make more room for it.",
  },
  excellent: {
    min: 80,
    max: 100,
    label: "A natural match",
    summary:
      "Your numbers resonate strongly, and much between you feels easy and familiar. Even a natural match needs care, so keep giving each other room to change.",
    tip: "Protect the ease you share by checking in rather than assuming.",
  },
};

export const relations: Record<Relation, string> = {
  partner:
    "Between partners, these numbers speak to how you share a home, make decisions together and keep affection alive.",
  child:
    "With a child, these numbers describe how your temperaments meet, and how to support who they are becoming rather than who you expect.",
  parent:
    "With a parent, these numbers shed light on old patterns between you and on the understanding you can build as adults.",
  friend: "Between friends, these numbers show what draws you together and how to keep the friendship easy and honest.",
  colleague:
    "With a colleague, these numbers point to how you divide work, communicate under pressure and use your different strengths.",
  other:
    "For this connection, these numbers sketch the natural rhythm between you; treat them as a prompt for understanding, not a prediction.",
};
