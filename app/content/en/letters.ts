import type { Letter, LetterText, VowelLetter } from "../types";

/** Cornerstone (first letter of the first name), capstone (last letter) and transit meanings. */
export const letters: Record<Letter, LetterText> = {
  A: {
    cornerstone: "You approach life directly and with initiative, ready to take the lead.",
    capstone: "You finish with confident action, though you may rush the final stretch.",
    transit: "Years of new beginnings, ambition and personal initiative.",
  },
  B: {
    cornerstone: "You approach new situations sensitively and carefully, attuned to the feelings involved.",
    capstone: "You finish best with a partner, paying close attention to how the result will land.",
    transit: "Years of emotional focus, partnership and patient cooperation.",
  },
  C: {
    cornerstone: "You meet opportunities with openness, creativity and a flair for words.",
    capstone: "You finish with a creative flourish, sometimes leaving the paperwork for later.",
    transit: "Years of self-expression, social life and creative output.",
  },
  D: {
    cornerstone: "You approach things methodically, wanting solid facts before you commit.",
    capstone: "You finish thoroughly and dependably, making sure the job is done right.",
    transit: "Years of hard work, structure and building secure foundations.",
  },
  E: {
    cornerstone: "You approach life with curiosity and enthusiasm, eager for experience.",
    capstone: "You finish in a rush of energy, and may move on before the last detail is done.",
    transit: "Years of change, travel and a stronger need for freedom.",
  },
  F: {
    cornerstone: "You approach people and problems warmly, with a strong sense of responsibility.",
    capstone: "You finish with care for everyone affected, sometimes taking on too much.",
    transit: "Years centred on family, home life and caring for others.",
  },
  G: {
    cornerstone: "You approach new situations thoughtfully, analysing before you act.",
    capstone: "You finish when the work meets your own high standards, not before.",
    transit: "Years of reflection, study and inner growth.",
  },
  H: {
    cornerstone: "You approach opportunities with ambition and a sharp eye for their value.",
    capstone: "You finish decisively, with results and returns in mind.",
    transit: "Years of career focus, financial dealings and growing authority.",
  },
  I: {
    cornerstone: "You approach life with compassion and sensitivity to what others need.",
    capstone: "You finish generously, though letting go at the end can be hard.",
    transit: "Years of emotional intensity, compassion and completion.",
  },
  J: {
    cornerstone: "You approach things with determination and a strong sense of fairness.",
    capstone: "You finish with integrity, staying true to your original aims.",
    transit: "Years of ambition, honesty and taking charge of your direction.",
  },
  K: {
    cornerstone: "You approach new situations with intuition and quiet inner strength.",
    capstone: "You finish with inspired insight, trusting what you sense.",
    transit: "Years of heightened intuition, idealism and nervous energy.",
  },
  L: {
    cornerstone: "You approach life analytically yet warmly, with a gift for words.",
    capstone: "You finish with a clear, well-expressed result, sometimes after second-guessing yourself.",
    transit: "Years of learning, writing and social connection.",
  },
  M: {
    cornerstone: "You approach challenges with hard work and steady, grounded energy.",
    capstone: "You finish solidly, though knowing when to stop working can be a challenge.",
    transit: "Years of effort, responsibility and practical achievement.",
  },
  N: {
    cornerstone: "You approach life imaginatively, with opinions you enjoy sharing.",
    capstone: "You finish with flair, keeping your options open until the end.",
    transit: "Years of new ideas, lively communication and unexpected turns.",
  },
  O: {
    cornerstone: "You approach people patiently, guided by a strong moral compass.",
    capstone: "You finish with a sense of duty, sometimes holding on longer than needed.",
    transit: "Years of responsibility, emotional depth and family matters.",
  },
  P: {
    cornerstone: "You approach situations with knowledge and a sharp mind, preferring to observe first.",
    capstone: "You finish with thoroughness and a perfectionist's eye.",
    transit: "Years of introspection, study and spiritual seeking.",
  },
  Q: {
    cornerstone: "You approach things in an original, unconventional way, backed by strong will.",
    capstone: "You finish with authority, often in a way nobody else would have tried.",
    transit: "Years of unusual opportunities, leadership and financial focus.",
  },
  R: {
    cornerstone: "You approach life with tolerance, energy and a strong emotional drive.",
    capstone: "You finish with compassion, wanting the result to help others.",
    transit: "Years of humanitarian concern, emotional growth and closure.",
  },
  S: {
    cornerstone: "You approach new situations with charm and ambition, sometimes on impulse.",
    capstone: "You finish with a burst of energy and may start something new straight away.",
    transit: "Years of emotional change, fresh starts and personal transformation.",
  },
  T: {
    cornerstone: "You approach life with restless energy and a readiness to cooperate.",
    capstone: "You finish best with others involved, sharing both credit and effort.",
    transit: "Years of partnership, sensitivity and spiritual growth.",
  },
  U: {
    cornerstone: "You approach opportunities openly and generously, though sometimes with indecision.",
    capstone: "You finish with an intuitive sense of timing, as long as you do not hold back.",
    transit: "Years of creative ups and downs, where care with resources pays off.",
  },
  V: {
    cornerstone: "You approach things with vision and practicality combined.",
    capstone: "You finish by building something of lasting value.",
    transit: "Years of ambitious projects and building on a larger scale.",
  },
  W: {
    cornerstone: "You approach life expressively and persistently, with a touch of caution.",
    capstone: "You finish with determination once you are committed.",
    transit: "Years of movement, self-expression and changing circumstances.",
  },
  X: {
    cornerstone: "You approach situations with sensuality and a strong sense of responsibility.",
    capstone: "You finish with care, often looking after other people's interests too.",
    transit: "Years of emotional responsibility and learning through relationships.",
  },
  Y: {
    cornerstone: "You approach life independently, with a love of freedom and a questioning mind.",
    capstone: "You finish on your own terms, after careful inner deliberation.",
    transit: "Years of crossroads and choices, reflection and spiritual awakening.",
  },
  Z: {
    cornerstone: "You approach opportunities optimistically, backed by good common sense.",
    capstone: "You finish with practical wisdom and an eye on the big picture.",
    transit: "Years of confidence, diplomacy and material progress.",
  },
};

export const firstVowel: Record<VowelLetter, string> = {
  A: "An A as your first vowel points to an inner drive to lead and act on your ideas; you respond to life with initiative.",
  E: "An E as your first vowel shows an inner need for freedom and experience; you respond to life with curiosity and a hunger for variety.",
  I: "An I as your first vowel reveals a sensitive, compassionate inner nature; you respond to life with feeling and concern for others.",
  O: "An O as your first vowel shows a responsible, protective inner nature; you respond to life with a firm sense of right and wrong.",
  U: "A U as your first vowel points to an intuitive, expressive and generous inner nature; you respond to life openly, with a taste for beauty.",
  Y: "A Y as your first vowel suggests an independent, reflective inner nature; you respond to life by weighing it quietly on your own terms.",
};

export const firstVowelNone =
  "Your first name has no vowel as calculated, so there is no first-vowel reading; your Soul Urge gives a fuller picture of your inner nature.";
