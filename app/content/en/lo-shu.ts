import type { ArrowKey, ArrowText, Digit, LoShuDigitText } from "../types";

/** Lo Shu arrows: a full line of three filled cells (strength) or three empty cells (weakness). */
export const arrows: Record<ArrowKey, ArrowText> = {
  "strength:Mental": {
    title: "Arrow of the Intellect (4-9-2)",
    paragraph:
      "Your top row is complete, joining the practical 4, the idealistic 9 and the intuitive 2. This arrow points to a good memory, a capacity for planning and a mind that enjoys ideas. You tend to think before you act and can grasp complex subjects. Keep your body and feelings in the picture so thinking does not crowd them out.",
  },
  "strength:Emotional": {
    title: "Arrow of Emotional Balance (3-5-7)",
    paragraph:
      "Your middle row is complete, joining imagination (3), balance (5) and inner learning (7). This arrow suggests emotional steadiness and the ability to feel deeply without being swept away. People often find you calming and sincere. It supports spiritual interest and empathy that stays grounded.",
  },
  "strength:Practical": {
    title: "Arrow of Practicality (8-1-6)",
    paragraph:
      "Your bottom row is complete, joining method (8), self-expression (1) and responsibility (6). This arrow points to a practical, hands-on nature with a good sense for money, material things and physical work. You learn by doing and like to see tangible results. Allow room for reflection as well as activity.",
  },
  "strength:Thought": {
    title: "Arrow of the Planner (4-3-8)",
    paragraph:
      "Your left column is complete, joining order (4), imagination (3) and method (8). This arrow suggests a talent for planning and organising ideas into workable steps. You can see how to get from an idea to a result, and you tend to think ahead. Sharing your plans early lets others help carry them.",
  },
  "strength:Will": {
    title: "Arrow of Willpower (9-5-1)",
    paragraph:
      "Your middle column is complete, joining ambition (9), balance (5) and self-expression (1). This arrow points to strong determination and perseverance: once you set a goal, you tend to keep at it. Your willpower is a great asset; make sure it bends when the situation genuinely calls for a new approach.",
  },
  "strength:Action": {
    title: "Arrow of Activity (2-7-6)",
    paragraph:
      "Your right column is complete, joining sensitivity (2), experience (7) and care (6). This arrow suggests an active, hands-on temperament: you turn feelings and ideas into deeds. You are often the one who actually gets things moving. Balance activity with enough rest to stay effective.",
  },
  "strength:Determination": {
    title: "Arrow of Determination (4-5-6)",
    paragraph:
      "The diagonal from 4 through 5 to 6 is complete. This arrow points to patience, persistence and the capacity to see long projects through to the end. Obstacles tend to strengthen your resolve rather than stop you. Remember to celebrate milestones along the way.",
  },
  "strength:Spirituality": {
    title: "Arrow of Compassion (2-5-8)",
    paragraph:
      "The diagonal from 2 through 5 to 8 is complete. This arrow suggests emotional wisdom, kindness and an affinity for spiritual or philosophical questions. You tend to be fair-minded and calm, and people trust your judgement in personal matters. Your compassion is a gift to share generously and wisely.",
  },
  "weakness:Mental": {
    title: "Open Top Row: Building Mental Routines (no 4, 9, 2)",
    paragraph:
      "With 4, 9 and 2 all absent, the mental plane is open in your grid. This can show as forgetfulness or difficulty holding a plan in mind, especially under stress. It is easily supported: lists, reminders, reading and games that exercise memory help a great deal. Many people with this pattern become excellent learners precisely because they build good habits.",
  },
  "weakness:Emotional": {
    title: "Open Middle Row: Tending Sensitivity (no 3, 5, 7)",
    paragraph:
      "With 3, 5 and 7 all absent, the emotional plane is open in your grid. You may feel things intensely yet find them hard to express, or be easily hurt. Creative outlets, movement and a trusted confidant help feelings flow. Patience with yourself turns this sensitivity into empathy.",
  },
  "weakness:Practical": {
    title: "Open Bottom Row: Grounding Ideas (no 8, 1, 6)",
    paragraph:
      "With 8, 1 and 6 all absent, the practical plane is open in your grid. Day-to-day matters such as money, chores and physical routines may feel less natural than ideas or feelings. Simple systems, a budget and regular exercise help bring your gifts down to earth.",
  },
  "weakness:Thought": {
    title: "Open Left Column: Structuring Plans (no 4, 3, 8)",
    paragraph:
      "With 4, 3 and 8 all absent, the thought plane is open in your grid. You may jump into action without a plan or feel unsure how to organise your ideas. Writing plans down, breaking goals into steps and asking a methodical friend for feedback make a real difference.",
  },
  "weakness:Will": {
    title: "Open Middle Column: Strengthening Resolve (no 9, 5, 1)",
    paragraph:
      "With 9, 5 and 1 all absent, the will plane is open in your grid. Motivation may come in waves, or you may hesitate to commit. Small, achievable goals and visible progress build momentum, and each kept promise to yourself strengthens your will.",
  },
  "weakness:Action": {
    title: "Open Right Column: Getting Started (no 2, 7, 6)",
    paragraph:
      "With 2, 7 and 6 all absent, the action plane is open in your grid. You may find it easier to think or plan than to begin. Starting with five minutes, working alongside others and setting gentle deadlines help turn intentions into deeds.",
  },
  "weakness:Determination": {
    title: "Open Diagonal: Sustaining Effort (no 4, 5, 6)",
    paragraph:
      "With 4, 5 and 6 all absent, the determination diagonal is open in your grid. You may lose steam partway through long projects or get discouraged by delays. Shorter milestones, accountability partners and rewarding progress help you stay the course.",
  },
  "weakness:Spirituality": {
    title: "Open Diagonal: Cultivating Trust (no 2, 5, 8)",
    paragraph:
      "With 2, 5 and 8 all absent, the compassion diagonal is open in your grid. You may lean toward scepticism or find it hard to trust what you cannot measure. Quiet reflection, time in nature and open conversations about meaning help nurture faith in yourself and others.",
  },
};

/** Meaning of each digit in the grid by count (missing digits use `loShuMissing`). */
export const loShuDigits: Record<Digit, LoShuDigitText> = {
  1: {
    theme: "Communication and self-expression",
    present:
      "A single 1 gives you a workable ability to express your thoughts, though you may show feelings more easily through actions than words.",
    twice:
      "Two 1s point to balanced, articulate expression: you can see both sides of a question and explain them well.",
    many: "Three or more 1s bring a great deal to say; pausing to listen helps you be understood as you intend.",
  },
  2: {
    theme: "Sensitivity and intuition",
    present: "A 2 brings sensitivity, intuition and a natural feel for other people's moods.",
    twice: "Two 2s sharpen intuition and your read on character, though you may be easily hurt.",
    many: "Three or more 2s make you highly sensitive; quiet time and creative outlets keep that sensitivity a strength.",
  },
  3: {
    theme: "Imagination and memory",
    present: "A 3 adds imagination, a good memory and a hopeful outlook.",
    twice: "Two 3s bring vivid creativity and quick thinking; make sure ideas reach paper.",
    many: "Three or more 3s give a very active imagination that can tip into worry; practical tasks help you ground it.",
  },
  4: {
    theme: "Order and practicality",
    present: "A 4 brings practicality, organisation and skill with your hands.",
    twice: "Two 4s make you methodical and detail-strong, with a tendency toward rigid routines.",
    many: "Three or more 4s can mean perfectionism and heavy workloads; build in rest and flexibility.",
  },
  5: {
    theme: "Balance and freedom",
    present: "The central 5 gives emotional balance, adaptability and a sense of being centred.",
    twice: "Two 5s bring strong drive and confidence that can come across as intensity.",
    many: "Three or more 5s give restless energy that needs a healthy outlet, such as movement or travel.",
  },
  6: {
    theme: "Home and responsibility",
    present: "A 6 brings love of home and family and creativity in caring for others.",
    twice: "Two 6s deepen your protectiveness toward family, sometimes with extra worry.",
    many: "Three or more 6s can weigh you down with responsibility; learning to let others cope lightens the load.",
  },
  7: {
    theme: "Learning through experience",
    present: "A 7 suggests that life teaches you through experience and that your inner life matters.",
    twice: "Two 7s bring deep lessons through loss and recovery, and the wisdom that follows.",
    many: "Three or more 7s suggest intense life lessons; self-compassion and reflection help you see their gifts.",
  },
  8: {
    theme: "Method and attention to detail",
    present: "An 8 gives attention to detail, methodical habits and good financial sense.",
    twice: "Two 8s make you thorough and persistent, though fixed opinions can creep in.",
    many: "Three or more 8s bring a strong urge for change and progress; channel it into planned moves.",
  },
  9: {
    theme: "Idealism and ambition",
    present:
      "A 9 brings idealism, ambition and humanitarian concern; it appears in almost every date from 1900 to 1999.",
    twice: "Two 9s strengthen idealism and intellect, with a tendency to be critical of others.",
    many: "Three or more 9s give great idealism that can turn to frustration with the world; practical service keeps it constructive.",
  },
};
