import type { PracticeBundle, PracticeText } from "../practices";
import type { Digit } from "../types";
import { remedies } from "./remedies";

const DIGITS: Digit[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const perDigit = (make: (d: Digit) => PracticeText) =>
  Object.fromEntries(DIGITS.map((d) => [d, make(d)])) as Record<Digit, PracticeText>;
const list = (items: string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}` : items[0];
const lower = (items: string[]) => items.map((s) => s.toLowerCase());
/** "the Sun (Surya)", "Mars (Mangal)": the luminaries take an article in English. */
const planet = (d: Digit) => (d <= 2 ? `the ${remedies[d].planet}` : remedies[d].planet);

/** The planet's name mantra as commonly recited in Indian practice, and foods offered or eaten on its day. */
const planetPractice: Record<Digit, { mantra: string; foods: string }> = {
  1: { mantra: "Om Suryaya Namah", foods: "wheat, jaggery or oranges" },
  2: { mantra: "Om Chandraya Namah", foods: "rice, milk or curd" },
  3: { mantra: "Om Gurave Namah", foods: "chickpeas, turmeric or bananas" },
  4: { mantra: "Om Rahave Namah", foods: "coconut, mustard greens or barley" },
  5: { mantra: "Om Budhaya Namah", foods: "green gram (moong), spinach or green vegetables" },
  6: { mantra: "Om Shukraya Namah", foods: "white rice, curd or a simple white sweet shared with others" },
  7: { mantra: "Om Ketave Namah", foods: "sesame, horse gram or a meal shared with someone in need" },
  8: { mantra: "Om Shanaye Namah", foods: "black sesame, black gram (urad) or mustard oil in your cooking" },
  9: { mantra: "Om Mangalaya Namah", foods: "red lentils (masoor), pomegranate or jaggery" },
};

const SECTOR_WORDS: Record<string, string> = {
  N: "north",
  NE: "north-east",
  E: "east",
  SE: "south-east",
  S: "south",
  SW: "south-west",
  W: "west",
  NW: "north-west",
  Centre: "centre",
};

export const en: PracticeBundle = {
  traditions: {
    "lo-shu":
      "The Lo Shu magic square of Chinese tradition, as Indian numerologists read it: each digit has a direction and an element, and an empty square is supported through that element.",
    colour:
      "Indian (Vedic) numerology: each number has a ruling planet among the nine grahas, and each graha its colours.",
    mantra: "Indian (Vedic) practice: reciting the ruling planet's name mantra, traditionally on waking or at dusk.",
    gemstone: "Indian (Vedic) practice: the ratna (gemstone) of each graha, worn or carried on its day.",
    food: "Indian (Vedic) practice: foods associated with each graha, eaten or shared on its weekday.",
    driver:
      "Indian numerology: drivers 4 (Rahu) and 8 (Saturn) are called demanding, and are traditionally balanced by steady service and routine.",
    karmic: "Western (Pythagorean) numerology: karmic lessons are numbers no letter of the birth name carries.",
    year: "Western numerology's Personal Year cycle, answered with a modern affirmation practice.",
    debt: "Western numerology: 13, 14, 16 and 19 are karmic debt compounds, each with a lesson to practise.",
  },

  loShu: {
    1: {
      title: "Morning water and written goals",
      how: "Refresh a small bowl of water in the north of your home, then write today's goal by hand in one sentence.",
      kind: "habit",
      frequency: "daily",
      effort: "light",
    },
    2: {
      title: "Ten minutes of unhurried listening",
      how: "Give one person ten minutes of listening without advice or interruption, and notice what they needed.",
      kind: "habit",
      frequency: "daily",
      effort: "light",
    },
    3: {
      title: "Tend a plant, keep an idea notebook",
      how: "Water a plant kept in the east of your home and write down one idea or plan before the day ends.",
      kind: "habit",
      frequency: "daily",
      effort: "light",
    },
    4: {
      title: "Five minutes of order",
      how: "Spend five minutes filing, paying or tidying one pile, and tick off one step of a larger task.",
      kind: "habit",
      frequency: "daily",
      effort: "light",
    },
    5: {
      title: "A grounding walk",
      how: "Walk for fifteen minutes, barefoot on grass or earth where you can, breathing slowly and keeping your eyes ahead.",
      kind: "movement",
      frequency: "daily",
      effort: "moderate",
    },
    6: {
      title: "A practical kindness at home",
      how: "Once a week, do one useful thing for someone in your family or household without being asked.",
      kind: "habit",
      frequency: "weekly",
      effort: "light",
    },
    7: {
      title: "A quiet hour of study",
      how: "Once a week, set aside an hour for reading, reflection or a contemplative practice, phone away.",
      kind: "habit",
      frequency: "weekly",
      effort: "moderate",
    },
    8: {
      title: "A spending log",
      how: "Write down every amount you spend today and, at the end of the day, one thing you would change.",
      kind: "habit",
      frequency: "daily",
      effort: "light",
    },
    9: {
      title: "Give to one cause",
      how: "Once a week, give time, money or skill to a cause you care about, and note what it changed.",
      kind: "habit",
      frequency: "weekly",
      effort: "moderate",
    },
  },

  colour: perDigit((d) => ({
    title: `Wear ${lower(remedies[d].colours.slice(0, 2)).join(" or ")}`,
    how: `Wear or carry something ${list(lower(remedies[d].colours))}, the colours of ${planet(d)}, and let it remind you of what that planet stands for.`,
    kind: "colour",
    frequency: "daily",
    effort: "light",
  })),

  mantra: perDigit((d) => ({
    title: `Recite "${planetPractice[d].mantra}"`,
    how: `Sit still and recite "${planetPractice[d].mantra}" eleven times (or a full round of 108 on ${remedies[d].days[0]}s), slowly, attending to the breath between repetitions.`,
    kind: "mantra",
    frequency: "daily",
    effort: "moderate",
  })),

  gemstone: perDigit((d) => ({
    title: `Carry ${remedies[d].gemstone.replace(/ \(.*\)$/, "").toLowerCase()} on ${remedies[d].days[0]}`,
    how: `On ${remedies[d].days[0]}s, wear or carry ${remedies[d].gemstone.toLowerCase()}. A stone is a reminder, not a cure: choose a modest one, and ask a knowledgeable jeweller before buying anything costly.`,
    kind: "gemstone",
    frequency: "weekly",
    effort: "light",
  })),

  food: perDigit((d) => ({
    title: `A ${remedies[d].days[0]} meal for ${planet(d).replace(/ \(.*\)$/, "")}`,
    how: `On ${remedies[d].days[0]}s, cook or share a meal with ${planetPractice[d].foods}, eaten without hurry.`,
    kind: "food",
    frequency: "weekly",
    effort: "light",
  })),

  driver: {
    4: {
      title: "Plan tomorrow in three lines",
      how: "Each evening, write tomorrow's three most important steps and leave one slot empty for the unexpected.",
      kind: "habit",
      frequency: "daily",
      effort: "light",
    },
    8: {
      title: "Saturday service",
      how: "On Saturdays, do something useful for someone who works hard for little reward: help, feed or thank them in person.",
      kind: "habit",
      frequency: "weekly",
      effort: "moderate",
    },
  },

  karmic: {
    1: {
      title: "One decision of your own",
      how: "Make one decision today without asking anyone's opinion first, and carry it through.",
      kind: "habit",
      frequency: "daily",
      effort: "light",
    },
    2: {
      title: "Ask, then wait",
      how: "In one conversation today, ask how the other person sees it and wait for the whole answer before replying.",
      kind: "habit",
      frequency: "daily",
      effort: "light",
    },
    3: {
      title: "Say it out loud",
      how: "Share one idea, joke or feeling you would normally keep to yourself, in words or on paper.",
      kind: "habit",
      frequency: "daily",
      effort: "light",
    },
    4: {
      title: "Finish the small task",
      how: "Pick one small task you have been putting off and finish it completely before lunch.",
      kind: "habit",
      frequency: "daily",
      effort: "moderate",
    },
    5: {
      title: "One new thing a week",
      how: "Once a week, try something unfamiliar: a route, a dish, a class, a conversation with a stranger.",
      kind: "movement",
      frequency: "weekly",
      effort: "moderate",
    },
    6: {
      title: "Care you can see",
      how: "Once a week, take on one responsibility for someone close to you and see it through.",
      kind: "habit",
      frequency: "weekly",
      effort: "moderate",
    },
    7: {
      title: "Ten minutes of silence",
      how: "Sit in silence for ten minutes and write down one question you want to understand better.",
      kind: "habit",
      frequency: "daily",
      effort: "light",
    },
    8: {
      title: "Look at the numbers",
      how: "Once a week, review your money and your time: what came in, what went out, and one thing to adjust.",
      kind: "habit",
      frequency: "weekly",
      effort: "moderate",
    },
    9: {
      title: "A generous act",
      how: "Do one generous thing for someone outside your circle, without mentioning it to anyone.",
      kind: "habit",
      frequency: "daily",
      effort: "light",
    },
  },

  year: {
    1: {
      title: "Affirmation for a year of beginnings",
      how: 'Each morning, say or write: "I begin what matters to me, and I keep going."',
      kind: "mantra",
      frequency: "daily",
      effort: "light",
    },
    2: {
      title: "Affirmation for a year of patience",
      how: 'Each morning, say or write: "What I plant now grows in its own time, and I tend it gently."',
      kind: "mantra",
      frequency: "daily",
      effort: "light",
    },
    3: {
      title: "Affirmation for a year of expression",
      how: 'Each morning, say or write: "I let myself be seen and heard, and I finish what I start."',
      kind: "mantra",
      frequency: "daily",
      effort: "light",
    },
    4: {
      title: "Affirmation for a year of building",
      how: 'Each morning, say or write: "One steady step today is enough; what I build will hold."',
      kind: "mantra",
      frequency: "daily",
      effort: "light",
    },
    5: {
      title: "Affirmation for a year of change",
      how: 'Each morning, say or write: "I welcome change and choose it wisely."',
      kind: "mantra",
      frequency: "daily",
      effort: "light",
    },
    6: {
      title: "Affirmation for a year of care",
      how: 'Each morning, say or write: "I care for others and for myself in equal measure."',
      kind: "mantra",
      frequency: "daily",
      effort: "light",
    },
    7: {
      title: "Affirmation for a year of reflection",
      how: 'Each morning, say or write: "I make room for quiet, and answers come to me."',
      kind: "mantra",
      frequency: "daily",
      effort: "light",
    },
    8: {
      title: "Affirmation for a year of results",
      how: 'Each morning, say or write: "I use my power fairly, and my efforts are rewarded."',
      kind: "mantra",
      frequency: "daily",
      effort: "light",
    },
    9: {
      title: "Affirmation for a year of release",
      how: 'Each morning, say or write: "I let go of what is finished and make space for what comes."',
      kind: "mantra",
      frequency: "daily",
      effort: "light",
    },
  },

  debt: {
    13: {
      title: "One task to the end",
      how: "Choose one task each day and do not start another until it is finished.",
      kind: "habit",
      frequency: "daily",
      effort: "moderate",
    },
    14: {
      title: "Moderation in one thing",
      how: "Pick one pleasure (screens, sugar, spending) and keep it within a limit you set this morning.",
      kind: "food",
      frequency: "daily",
      effort: "moderate",
    },
    16: {
      title: "An evening walk without a phone",
      how: "Walk for twenty minutes in the evening, alone and without your phone, and let the day settle.",
      kind: "movement",
      frequency: "daily",
      effort: "moderate",
    },
    19: {
      title: "Ask for help once a week",
      how: "Once a week, ask someone for help with something you would usually insist on doing alone.",
      kind: "habit",
      frequency: "weekly",
      effort: "moderate",
    },
  },

  answers: {
    "lo-shu": (n) => `Missing ${n} in your Lo Shu grid`,
    colour: (n) => `Driver ${n}`,
    mantra: (n) => `Driver ${n}`,
    gemstone: (n) => `Conductor ${n}`,
    food: (n) => `Conductor ${n}`,
    driver: (n) => `Demanding driver ${n}`,
    karmic: (n) => `Karmic lesson ${n}`,
    year: (n) => `Personal Year ${n}`,
    debt: (n) => `Compound ${n}`,
  },

  why: {
    loShu: (digit, sector, element, meaning) =>
      `Your birth date has no ${digit}, so the ${SECTOR_WORDS[sector] ?? sector} square of your Lo Shu grid (${element}) is empty. ${meaning}`,
    colour: (driver, planet) =>
      `Your driver is ${driver} (your day of birth reduced), ruled by ${planet}; its colours keep that number's strengths in view every day.`,
    mantra: (driver, planet) =>
      `Your driver ${driver} is ruled by ${planet}; reciting its name mantra is the traditional way to steady that influence.`,
    gemstone: (conductor, planet) =>
      `Your conductor is ${conductor} (your whole birth date reduced), ruled by ${planet}; its stone, worn on its day, is the traditional reminder of where your life is heading.`,
    food: (conductor, planet) =>
      `Your conductor ${conductor} is ruled by ${planet}; a meal on its weekday with the foods linked to it is a simple, regular way to honour it.`,
    driver: (driver, planet) =>
      `A driver of ${driver} (${planet}) is called demanding in Indian practice: effort pays off late and setbacks come suddenly. Steady routine and service are the traditional balance.`,
    karmic: (lesson, title) =>
      `No letter of your birth name carries ${lesson === 8 ? "an" : "a"} ${lesson}, so ${lesson} is one of your karmic lessons (${title}): a quality to build on purpose.`,
    year: (year, title) =>
      `You are in a Personal Year ${year} (${title}); a daily affirmation keeps the year's theme in mind.`,
    debt: (compound, where, title) =>
      `The compound ${compound} appears on the way to your ${where}: a karmic debt number (${title}) whose lesson is practised, not avoided.`,
  },
};
