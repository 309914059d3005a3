import type { SectionIntro, SectionKey } from "../types";

/** Section intros: "what this number is", 1–2 sentences each. */
export const intros: Record<SectionKey, SectionIntro> = {
  lifePath: {
    title: "Life Path Number",
    description:
      "Drawn from your full date of birth, your Life Path is the main road of your life: the lessons, opportunities and talents you grow into over time.",
  },
  expression: {
    title: "Expression Number",
    description:
      "Calculated from every letter of your full birth name, your Expression (or Destiny) number describes your natural abilities and the way you tend to use them.",
  },
  soulUrge: {
    title: "Soul Urge Number",
    description:
      "Taken from the vowels of your name, your Soul Urge (or Heart's Desire) reveals what you want most deeply and what truly motivates you.",
  },
  personality: {
    title: "Personality Number",
    description:
      "Taken from the consonants of your name, your Personality number describes the impression you make and the side of yourself you show first.",
  },
  birthday: {
    title: "Birthday Number",
    description:
      "The day of the month you were born on adds a specific talent to your Life Path, a gift you can lean on throughout life.",
  },
  maturity: {
    title: "Maturity Number",
    description:
      "The sum of your Life Path and Expression, your Maturity number describes a goal that grows clearer from midlife onward.",
  },
  attitude: {
    title: "Attitude Number",
    description:
      "Formed from your birth month and day, your Attitude number shows your first reaction to new situations and the outlook others notice at first meeting.",
  },
  balance: {
    title: "Balance Number",
    description:
      "Drawn from the initials of your name, your Balance number suggests the approach that steadies you when life becomes emotionally difficult.",
  },
  rationalThought: {
    title: "Rational Thought Number",
    description:
      "Combining your first name with your birth day, your Rational Thought number describes how you think things through and make decisions.",
  },
  subconsciousSelf: {
    title: "Subconscious Self Number",
    description:
      "Based on how many different numbers appear in your name, your Subconscious Self shows how confidently you react when something unexpected happens.",
  },
  essence: {
    title: "Essence Number",
    description:
      "Built from the letters your name is 'transiting' this year, your Essence number names the main theme of your current year of life.",
  },
  pinnacle: {
    title: "Pinnacle Numbers",
    description:
      "Your life unfolds in four long periods called Pinnacles, each with a number describing the opportunities and atmosphere of that stage.",
  },
  challenge: {
    title: "Challenge Numbers",
    description:
      "Each life period also carries a Challenge number: a weakness to work with, which becomes a strength once you understand it.",
  },
  chaldeanName: {
    title: "Chaldean Name Number",
    description:
      "Using the ancient Chaldean letter values, this number describes the vibration your name carries in daily life and in public.",
  },
  driver: {
    title: "Driver (Psychic) Number",
    description:
      "In Indian numerology, your Driver comes from your day of birth and describes how you see yourself and behave instinctively, especially in earlier life.",
  },
  conductor: {
    title: "Conductor (Destiny) Number",
    description:
      "Your Conductor is the sum of your whole birth date; it describes the direction life tends to move you in and how the world responds to you.",
  },
  hiddenPassion: {
    title: "Hidden Passion",
    description:
      "The number that appears most often in your name points to a special talent or drive you have in abundance.",
  },
  karmicLesson: {
    title: "Karmic Lessons",
    description:
      "Numbers missing from your name suggest qualities you have less practice with, skills life gives you chances to develop.",
  },
  karmicDebt: {
    title: "Karmic Debt",
    description:
      "When 13, 14, 16 or 19 appears behind one of your core numbers, it marks a recurring lesson that asks for extra effort and rewards it richly.",
  },
  personalYear: {
    title: "Personal Year",
    description:
      "Your Personal Year is the theme of the current calendar year for you, one step in a repeating nine-year cycle.",
  },
  personalMonth: {
    title: "Personal Month",
    description: "Your Personal Month refines the year's theme into a focus for the current month.",
  },
  personalDay: {
    title: "Personal Day",
    description:
      "Your Personal Day gives today's energy for you personally, a small, practical nudge within the month and year.",
  },
  universalYear: {
    title: "Universal Year",
    description:
      "The Universal Year is the collective theme shared by everyone, taken from the digits of the calendar year.",
  },
  universalMonth: {
    title: "Universal Month",
    description: "The Universal Month colours the collective mood of the current month for everyone.",
  },
  universalDay: {
    title: "Universal Day",
    description: "The Universal Day is today's shared energy, the same for everyone.",
  },
  cornerstone: {
    title: "Cornerstone",
    description:
      "The first letter of your first name, your Cornerstone, shows how you approach opportunities and obstacles.",
  },
  capstone: {
    title: "Capstone",
    description: "The last letter of your first name, your Capstone, shows how you finish what you start.",
  },
  firstVowel: {
    title: "First Vowel",
    description:
      "The first vowel of your first name offers a glimpse of your inner nature and instinctive emotional response.",
  },
  transit: {
    title: "Transits",
    description:
      "Each part of your name 'transits' through your life one letter at a time; the current letters colour the physical, mental and spiritual themes of this period.",
  },
  loShu: {
    title: "Lo Shu Grid",
    description:
      "The Lo Shu grid places the digits of your birth date on an ancient 3×3 magic square, showing which qualities are strong, repeated or missing.",
  },
  loShuArrows: {
    title: "Arrows of the Lo Shu Grid",
    description:
      "A full line of three digits forms an arrow of strength; a line of three empty cells marks an area to consciously develop.",
  },
  loShuMissing: {
    title: "Missing Numbers",
    description:
      "Digits absent from your birth date point to qualities that may need extra support; traditional remedies use colour, direction and habit to strengthen them.",
  },
  loShuRepeating: {
    title: "Repeating Numbers",
    description: "A digit that appears more than once intensifies its quality, sometimes to the point of overdoing it.",
  },
  kua: {
    title: "Kua Number",
    description:
      "In feng shui, your Kua number comes from your birth year and gender and tells you your four favourable and four unfavourable directions.",
  },
  remedies: {
    title: "Remedies",
    description:
      "Colours, stones, days and small daily practices traditionally associated with your number, offered as gentle ways to work with its energy.",
  },
  compatibility: {
    title: "Compatibility",
    description:
      "Comparing core numbers shows where two people flow together naturally and where understanding takes more effort.",
  },
};
