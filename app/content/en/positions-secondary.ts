import type { PositionTables } from "../types";

/** Maturity, Attitude, Balance, Rational Thought, Subconscious Self and Essence. */

export const maturity: PositionTables["maturity"] = {
  1: {
    title: "Maturing into Self-Direction",
    paragraph:
      "With a Maturity number of 1, the second half of life pulls you toward independence. Whatever roles you played earlier, your later years reward self-reliance, personal projects and the courage to go your own way. You may start a venture, step into leadership or simply stop asking permission to live as you choose.",
    strengths: ["Growing confidence with age", "Freedom to pursue your own projects"],
    challenges: ["Stubbornness can harden with time"],
  },
  2: {
    title: "Maturing into Partnership",
    paragraph:
      "A Maturity number of 2 suggests your later years grow softer and more relational. Partnership, diplomacy and close bonds become central, and you may find deep satisfaction in supporting others' work or mediating for your community. Life increasingly rewards patience over force.",
    strengths: ["Deepening relationships", "Respected as a peacemaker"],
    challenges: ["Depending too heavily on one relationship"],
  },
  3: {
    title: "Maturing into Expression",
    paragraph:
      "With a Maturity number of 3, your later life opens toward creativity, play and communication. Many people with this number find their voice in midlife through writing, painting, teaching or a social life that finally feels like their own. Lightness becomes a strength rather than a luxury.",
    strengths: ["Late-blooming creativity", "A warm, active social life"],
    challenges: ["Spreading energy too thin"],
  },
  4: {
    title: "Maturing into Stability",
    paragraph:
      "A Maturity number of 4 points to a later life focused on building something solid: security, a well-run home, a body of work you can stand on. Order and discipline that once felt like effort become sources of calm. Your reward is a foundation that others can lean on too.",
    strengths: ["Financial and practical security", "Calm, ordered routines"],
    challenges: ["Resisting change in later years"],
  },
  5: {
    title: "Maturing into Freedom",
    paragraph:
      "With a Maturity number of 5, your later years bring more movement and variety rather than less. Travel, new studies, changes of direction and fresh friendships keep you young. The more you have released earlier, the freer this chapter feels.",
    strengths: ["Youthful curiosity that lasts", "Freedom to reinvent yourself"],
    challenges: ["Restlessness if life feels settled too early"],
  },
  6: {
    title: "Maturing into Care",
    paragraph:
      "A Maturity number of 6 suggests that home, family and community grow in importance as you age. You may become the anchor of an extended family, a mentor or a pillar of your neighbourhood. Fulfilment comes through responsibility chosen freely.",
    strengths: ["A loving, central place in family life", "Trusted as a mentor"],
    challenges: ["Feeling obliged to care for everyone"],
  },
  7: {
    title: "Maturing into Wisdom",
    paragraph:
      "With a Maturity number of 7, the second half of life turns inward. Study, spiritual practice, reflection and specialised knowledge become central, and you may grow more selective about company. The result is hard-won wisdom that others come to value.",
    strengths: ["Depth of knowledge and perspective", "Peace in your own company"],
    challenges: ["Withdrawing too far from people"],
  },
  8: {
    title: "Maturing into Authority",
    paragraph:
      "A Maturity number of 8 indicates growing material success and influence later in life. The efforts of your earlier decades tend to consolidate into recognition, resources or leadership. Your task is to use that authority generously.",
    strengths: ["Recognition for long effort", "Resources to help others"],
    challenges: ["Never feeling you have enough"],
  },
  9: {
    title: "Maturing into Generosity",
    paragraph:
      "With a Maturity number of 9, later life widens your circle of concern. You are drawn to give back through charity, teaching, art or service, and personal ambitions tend to give way to broader ideals. Letting go becomes easier and more freeing.",
    strengths: ["Meaningful contribution to others", "Ease with endings and change"],
    challenges: ["Giving away more than you can spare"],
  },
  11: {
    title: "Maturing into Inspiration",
    paragraph:
      "A Maturity number of 11 suggests your intuition and spiritual insight deepen with age, and you may become a source of inspiration in later years. Ideas you once doubted gain authority through lived experience. Protect your calm so the channel stays clear.",
    strengths: ["Intuition that grows more reliable", "Ability to inspire younger people"],
    challenges: ["Nervous strain if you overextend"],
  },
  22: {
    title: "Maturing into Master Building",
    paragraph:
      "With a Maturity number of 22, later life offers the chance to build on a large scale: an institution, a legacy project, a body of work that serves many. The skills of earlier decades finally converge. Pacing yourself keeps this potential sustainable.",
    strengths: ["Experience that supports large projects", "A lasting legacy"],
    challenges: ["Taking on too much in later years"],
  },
  33: {
    title: "Maturing into Guidance",
    paragraph:
      "A Maturity number of 33 points to later years as a teacher, healer or elder whose compassion has real influence. Experience softens into wisdom you share generously. Boundaries keep that generosity joyful instead of draining.",
    strengths: ["Wisdom others seek out", "Healing presence in your community"],
    challenges: ["Carrying others' struggles as your own"],
  },
};

export const attitude: PositionTables["attitude"] = {
  1: {
    title: "The Take-Charge Attitude",
    paragraph:
      "An Attitude number of 1 means your first response to a new situation is to act: assess quickly, decide and lead. People meeting you sense drive and self-confidence. You may need to remind yourself that not every moment calls for a plan of attack.",
    strengths: ["Decisive first response", "Projects confidence"],
    challenges: ["Can seem impatient or pushy"],
  },
  2: {
    title: "The Cooperative Attitude",
    paragraph:
      "With an Attitude number of 2, you meet the world gently and tactfully, looking first for how everyone can get along. People experience you as considerate and agreeable. Your feelings can be bruised easily, so check the facts before assuming a slight.",
    strengths: ["Puts others at ease", "Tactful from the first meeting"],
    challenges: ["Takes offhand remarks to heart"],
  },
  3: {
    title: "The Upbeat Attitude",
    paragraph:
      "An Attitude number of 3 gives you a cheerful, sociable way of meeting life. You approach new situations with curiosity and humour, which makes people relax around you. On heavier days, allow yourself to be less than sunny.",
    strengths: ["Optimistic outlook", "Easy warmth with strangers"],
    challenges: ["Masking low moods"],
  },
  4: {
    title: "The Practical Attitude",
    paragraph:
      "With an Attitude number of 4, you approach life sensibly and carefully. You want to know the rules, the plan and the facts before committing. People see you as grounded, though you may seem cautious until they know you.",
    strengths: ["Sensible, grounded judgement", "Reliable first impression"],
    challenges: ["Slow to warm to the unfamiliar"],
  },
  5: {
    title: "The Adventurous Attitude",
    paragraph:
      "An Attitude number of 5 means you greet life with curiosity and an appetite for change. New places and people energise you, and you adapt quickly. Routine can make you restless, so build variety in on purpose.",
    strengths: ["Open to new experiences", "Adapts quickly"],
    challenges: ["Bores easily"],
  },
  6: {
    title: "The Caring Attitude",
    paragraph:
      "With an Attitude number of 6, your instinct is to help, protect and improve. You walk into a room and notice who needs looking after. People sense your warmth, and some may lean on you more than is fair.",
    strengths: ["Instinctive kindness", "Makes people feel at home"],
    challenges: ["Offers help before it is asked for"],
  },
  7: {
    title: "The Reflective Attitude",
    paragraph:
      "An Attitude number of 7 gives you a thoughtful, observant first response. You prefer to watch and analyse before engaging, and you value your privacy. People may find you reserved at first and deeply interesting once they know you.",
    strengths: ["Observes before judging", "Calm, composed manner"],
    challenges: ["Can seem distant at first"],
  },
  8: {
    title: "The Purposeful Attitude",
    paragraph:
      "With an Attitude number of 8, you meet life with ambition and a sense of authority. You size up situations quickly and look for the most effective route to results. Others often assume you are in charge, even before you are.",
    strengths: ["Goal-focused from the outset", "Natural air of authority"],
    challenges: ["Can come across as controlling"],
  },
  9: {
    title: "The Open-Hearted Attitude",
    paragraph:
      "An Attitude number of 9 means you approach life with tolerance and compassion. You are quick to see the human story behind behaviour and slow to judge. People feel accepted by you, which draws many into your orbit.",
    strengths: ["Non-judgemental openness", "Broad sympathy"],
    challenges: ["Drawn into others' dramas"],
  },
  11: {
    title: "The Intuitive Attitude",
    paragraph:
      "With an Attitude number of 11, you meet the world through intuition first. You pick up atmosphere and intention almost instantly, and your responses can be inspired and original. Guard against overstimulation in busy environments.",
    strengths: ["Reads situations instantly", "Inspired responses"],
    challenges: ["Overwhelmed by noise and crowds"],
  },
  22: {
    title: "The Visionary-Practical Attitude",
    paragraph:
      "An Attitude number of 22 gives you a big-picture, get-it-built approach to life. You see possibilities and immediately think about structure and resources. People sense that you are capable of more than the situation in front of you.",
    strengths: ["Sees potential and the path to it", "Inspires confidence"],
    challenges: ["Impatient with small talk and small goals"],
  },
  33: {
    title: "The Compassionate Attitude",
    paragraph:
      "With an Attitude number of 33, your first response to people is care and encouragement. You tend to see potential in everyone and want to help it grow. This makes you a natural mentor, provided you keep something in reserve for yourself.",
    strengths: ["Encourages people instinctively", "Sees the best in others"],
    challenges: ["Gives energy away too freely"],
  },
};

export const balance: PositionTables["balance"] = {
  1: {
    title: "Stand on Your Own Feet",
    paragraph:
      "A Balance number of 1 suggests that in hard times you do best by taking independent, constructive action. Rather than waiting for rescue, draw on your inner strength and take one decisive step. Remember that asking for help can also be a decisive step.",
    strengths: ["Acts instead of stewing", "Inner strength in crises"],
    challenges: ["Refusing support out of pride"],
  },
  2: {
    title: "Seek Peace and Perspective",
    paragraph:
      "With a Balance number of 2, you regain your footing through diplomacy and gentleness. In conflict, listen, look for common ground and avoid forcing the issue. Take care not to absorb the emotional weight of everyone involved.",
    strengths: ["Calms tense situations", "Finds common ground"],
    challenges: ["Absorbing everyone's distress"],
  },
  3: {
    title: "Talk It Through",
    paragraph:
      "A Balance number of 3 points to expression as your stabiliser. When something hurts, talking to friends, writing it down or making something creative helps you process it. Humour helps too, as long as it does not replace honesty.",
    strengths: ["Processes feelings through words and art", "Keeps hope alive"],
    challenges: ["Joking past real pain"],
  },
  4: {
    title: "Restore Order",
    paragraph:
      "With a Balance number of 4, you steady yourself by bringing order back: make a list, fix what can be fixed, follow a routine. Practical action calms you. Watch for rigidity; sometimes the situation asks you to bend.",
    strengths: ["Practical steps under stress", "Routines that ground you"],
    challenges: ["Rigidity when flexibility is needed"],
  },
  5: {
    title: "Step Back and Breathe",
    paragraph:
      "A Balance number of 5 suggests that when life gets heavy, you need space: a walk, a change of scene, time to let feelings settle. Avoid impulsive reactions or escaping into distraction. Flexibility is your strength once you have caught your breath.",
    strengths: ["Recovers quickly with space", "Adapts to new realities"],
    challenges: ["Escaping rather than facing issues"],
  },
  6: {
    title: "Lean on Love",
    paragraph:
      "With a Balance number of 6, you find equilibrium through connection and responsibility. Reach out to the people who care about you and accept their help as readily as you offer yours. Avoid trying to fix everyone else's part of the problem.",
    strengths: ["Draws strength from close bonds", "Responsible in crises"],
    challenges: ["Over-managing other people's feelings"],
  },
  7: {
    title: "Go Inward",
    paragraph:
      "A Balance number of 7 points to reflection as your way through difficulty. Quiet time, study or spiritual practice helps you see clearly. Pair it with sharing your feelings, so that solitude does not turn into isolation.",
    strengths: ["Clarity through reflection", "Calm analysis of problems"],
    challenges: ["Shutting others out"],
  },
  8: {
    title: "Use Your Strength Wisely",
    paragraph:
      "With a Balance number of 8, you handle trouble best by drawing on your capability and sense of proportion. Look at the situation as a good manager would: what is within your power, and what is not? Temper control with compassion, for others and for yourself.",
    strengths: ["Handles pressure with composure", "Sees what can be controlled"],
    challenges: ["Trying to control everything"],
  },
  9: {
    title: "Widen the View",
    paragraph:
      "A Balance number of 9 suggests that you regain calm by seeing the bigger picture. Empathy for everyone involved, including yourself, dissolves much of the pain. Practise forgiveness and release rather than holding on to grievances.",
    strengths: ["Forgives and moves on", "Perspective in hard times"],
    challenges: ["Suppressing your own hurt for others' sake"],
  },
  11: {
    title: "Trust Your Inner Knowing",
    paragraph:
      "With a Balance number of 11, your intuition is your anchor in difficult moments. Pause long enough to hear it, and let it guide you rather than panic. Grounding habits such as sleep, movement and time outdoors keep that signal clear.",
    strengths: ["Intuitive clarity under stress", "Sees meaning in difficulty"],
    challenges: ["Nervous overload"],
  },
  22: {
    title: "Turn the Crisis into a Plan",
    paragraph:
      "A Balance number of 22 shows that you steady yourself by turning a crisis into a project. Step back, see the whole, then break it into workable stages. Remember that not everything has to be solved at once.",
    strengths: ["Structures chaos into steps", "Keeps the long view"],
    challenges: ["Carrying the whole load alone"],
  },
  33: {
    title: "Respond with Compassion",
    paragraph:
      "With a Balance number of 33, you handle hardship best through compassion, for others and crucially for yourself. Offer kindness without taking on blame. Your calm care can steady a whole group.",
    strengths: ["Steadies others through kindness", "Patient in adversity"],
    challenges: ["Self-blame for others' pain"],
  },
};

export const rationalThought: PositionTables["rationalThought"] = {
  1: {
    title: "The Independent Thinker",
    paragraph:
      "A Rational Thought number of 1 means you think for yourself and decide quickly. You prefer to reach your own conclusions rather than follow consensus, and you are comfortable acting on them. Testing your reasoning against one trusted opinion can prevent blind spots.",
    strengths: ["Fast, confident decisions", "Original conclusions"],
    challenges: ["Dismisses input too quickly"],
  },
  2: {
    title: "The Considerate Thinker",
    paragraph:
      "With a Rational Thought number of 2, you think in terms of relationships and their consequences for others. You weigh options carefully and prefer decisions everyone can accept. Give yourself a deadline so that consideration does not become indecision.",
    strengths: ["Weighs every side fairly", "Decisions that keep the peace"],
    challenges: ["Hesitates too long"],
  },
  3: {
    title: "The Imaginative Thinker",
    paragraph:
      "A Rational Thought number of 3 points to a lively, associative mind that thinks best out loud or on paper. Ideas arrive in bursts and connections. Putting a simple structure around your inspiration helps you follow it through.",
    strengths: ["Creative solutions", "Thinks well in conversation"],
    challenges: ["Jumps between ideas"],
  },
  4: {
    title: "The Methodical Thinker",
    paragraph:
      "With a Rational Thought number of 4, you reason step by step and trust facts over feelings. You like to see the evidence and the procedure. This makes you dependable in planning, though you may need to leave room for intuition.",
    strengths: ["Thorough, logical analysis", "Sound, well-tested plans"],
    challenges: ["Discounts gut feelings"],
  },
  5: {
    title: "The Quick, Flexible Thinker",
    paragraph:
      "A Rational Thought number of 5 gives you a fast, curious mind that jumps between perspectives. You learn by doing and change your view when new information arrives. Slowing down for big decisions guards against impulsiveness.",
    strengths: ["Thinks on your feet", "Open to new information"],
    challenges: ["Decides on impulse"],
  },
  6: {
    title: "The Values-Led Thinker",
    paragraph:
      "With a Rational Thought number of 6, your decisions are guided by responsibility and fairness. You ask what is right and who will be affected. Make sure a sense of duty does not override what you actually want.",
    strengths: ["Ethical, fair reasoning", "Considers the whole family or team"],
    challenges: ["Duty outweighs desire"],
  },
  7: {
    title: "The Analytical Thinker",
    paragraph:
      "A Rational Thought number of 7 means you think deeply, question assumptions and look for the underlying truth. You need time and quiet to reach conclusions. Your insights are often original and worth sharing before they feel perfect.",
    strengths: ["Deep, rigorous thinking", "Questions easy assumptions"],
    challenges: ["Overanalyses simple choices"],
  },
  8: {
    title: "The Strategic Thinker",
    paragraph:
      "With a Rational Thought number of 8, you think in terms of goals, efficiency and results. You can assess risk and value quickly and decisively. Including human factors in your calculations makes your decisions even stronger.",
    strengths: ["Clear cost-benefit judgement", "Decisive under pressure"],
    challenges: ["Overlooks feelings in the numbers"],
  },
  9: {
    title: "The Holistic Thinker",
    paragraph:
      "A Rational Thought number of 9 gives you a broad, humane way of thinking. You consider the wider impact and long-term meaning of every decision. Now and then, narrow your focus to the practical next step.",
    strengths: ["Sees long-term consequences", "Humane perspective"],
    challenges: ["Loses the practical thread"],
  },
  11: {
    title: "The Intuitive Thinker",
    paragraph:
      "With a Rational Thought number of 11, your thinking works through flashes of insight as much as logic. You often know the answer before you can explain why. Checking your intuitions against facts turns them into reliable guidance.",
    strengths: ["Leaps to insight", "Sees connections others miss"],
    challenges: ["Hard to explain your reasoning"],
  },
  22: {
    title: "The Systems Thinker",
    paragraph:
      "A Rational Thought number of 22 means you think in systems and large structures, joining vision with practical logistics. You see how the parts fit into a whole. Breaking your thinking into clear steps helps others follow you.",
    strengths: ["Understands complex systems", "Plans at scale"],
    challenges: ["Loses others in the complexity"],
  },
  33: {
    title: "The Compassionate Thinker",
    paragraph:
      "With a Rational Thought number of 33, you think with your heart engaged, weighing decisions by how they help people grow. Your reasoning is wise and kind. Make sure your own needs are among the factors you weigh.",
    strengths: ["Wise, kind judgement", "Decisions that uplift others"],
    challenges: ["Leaves yourself out of the equation"],
  },
};

export const subconsciousSelf: PositionTables["subconsciousSelf"] = {
  1: {
    title: "One Strong Instinct",
    paragraph:
      "A Subconscious Self of 1 is very rare and usually comes from a short name with a single letter value. In a crisis you rely on one instinct above all: to act. That directness can cut through confusion, but you have few alternative responses to fall back on, so build them deliberately through learning and trusted advisers.",
    strengths: ["Acts without freezing", "Clear, single-minded focus", "Cuts through confusion"],
    challenges: ["Few fallback strategies", "Tunnel vision under pressure"],
  },
  2: {
    title: "Leaning on Others in a Crisis",
    paragraph:
      "A Subconscious Self of 2 is rare and appears with short names that cover few letter values. Under pressure you instinctively look to others for support and cooperation. Building a small toolkit of your own responses, such as a plan, a routine or a calming practice, widens the ground you stand on.",
    strengths: ["Seeks help early", "Cooperates well in emergencies", "Sensitive to others' needs"],
    challenges: ["Feels unsteady when alone", "Self-doubt under pressure"],
  },
  3: {
    title: "Scattered Under Pressure",
    paragraph:
      "A Subconscious Self of 3 suggests that in an emergency your first reaction may be to scatter: many thoughts, many directions, some worry. You have creativity to draw on but may struggle to focus it quickly. Simple checklists and pausing for one deep breath help you gather yourself.",
    strengths: ["Inventive in tight spots", "Keeps spirits up", "Talks problems through"],
    challenges: ["Difficulty prioritising quickly", "Worry that spins in circles"],
  },
  4: {
    title: "Steady but Detail-Bound",
    paragraph:
      "With a Subconscious Self of 4, you meet sudden trouble by reaching for practical steps. You are dependable once you have a plan, though you may get stuck on details or worry before acting. Trusting that you can adjust as you go keeps you moving.",
    strengths: ["Practical under pressure", "Reliable once committed", "Methodical problem-solving"],
    challenges: ["Freezes without a plan", "Focuses on details over priorities"],
  },
  5: {
    title: "Quick to Respond",
    paragraph:
      "A Subconscious Self of 5 gives you quick reflexes in a crisis. You adapt rapidly and can think on your feet, though you may act before you have all the facts. Your resourcefulness is real; channel it with a moment's reflection.",
    strengths: ["Fast reactions", "Adapts as the situation shifts", "Resourceful improvisation"],
    challenges: ["Acts before thinking", "Loses patience with slow solutions"],
  },
  6: {
    title: "Responsible Under Pressure",
    paragraph:
      "With a Subconscious Self of 6, your instinct in hard moments is to look after others and meet your responsibilities. You stay loyal and protective. Watch that concern for everyone does not leave you overstretched or worrying about what you cannot change.",
    strengths: ["Protects others in a crisis", "Dutiful and dependable", "Keeps the household or team together"],
    challenges: ["Worry about loved ones", "Neglects your own needs under stress"],
  },
  7: {
    title: "Calm Through Analysis",
    paragraph:
      "A Subconscious Self of 7 means you face trouble by stepping back, analysing and thinking it through. You tend to stay calm on the surface and may withdraw to process. Let people know what you need so your silence is not misread.",
    strengths: ["Composed on the surface", "Analyses before reacting", "Sees underlying causes"],
    challenges: ["Withdraws when others need you", "Overthinks urgent decisions"],
  },
  8: {
    title: "Confident in Emergencies",
    paragraph:
      "With a Subconscious Self of 8, you have a wide range of inner resources and handle difficulties with confidence and control. People look to you when things go wrong. Check in with your own feelings once the crisis has passed.",
    strengths: ["Takes control calmly", "Wide repertoire of responses", "Trusted in emergencies"],
    challenges: ["Delayed emotional reaction", "Takes charge when others should"],
  },
  9: {
    title: "Broad Inner Resources",
    paragraph:
      "A Subconscious Self of 9 is uncommon and shows every number present in your name. You have a wide repertoire of responses and the perspective to stay composed. The risk is overconfidence, or taking on everyone's problems because you can.",
    strengths: ["Composure and perspective", "Draws on many kinds of strength", "Helps others stay calm"],
    challenges: ["Overconfidence", "Carrying too many people's problems"],
  },
};

export const essence: PositionTables["essence"] = {
  1: {
    title: "A Season of Independence",
    paragraph:
      "An Essence of 1 marks a period that asks you to stand on your own and start something. Chances to lead, decide and take initiative come up, and waiting for permission slows you down. It is a good time for new ventures, bold choices and clarifying what you personally want.",
    strengths: ["Momentum for new starts", "Confidence to decide"],
    challenges: ["Going it alone unnecessarily"],
  },
  2: {
    title: "A Season of Cooperation",
    paragraph:
      "With an Essence of 2, this period turns your attention to partnership, patience and the details of relationships. Progress comes through cooperation rather than force. Emotional sensitivity may be heightened, so choose gentle company and give things time to ripen.",
    strengths: ["Fruitful partnerships", "Deeper emotional connection"],
    challenges: ["Heightened sensitivity"],
  },
  3: {
    title: "A Season of Expression",
    paragraph:
      "An Essence of 3 brings a sociable, creative period. Writing, speaking, art and friendship are highlighted, and your ability to communicate opens doors. Enjoy it, but keep enough focus to finish at least one meaningful creative project.",
    strengths: ["Creative flow", "Lively social life"],
    challenges: ["Scattered attention"],
  },
  4: {
    title: "A Season of Hard Work",
    paragraph:
      "With an Essence of 4, this period asks for discipline and steady effort. It is a time to build foundations: organise finances, improve health habits, develop skills. The work may feel heavy at times, yet what you build now will support you for years.",
    strengths: ["Solid progress through effort", "Better habits and systems"],
    challenges: ["Feeling weighed down"],
  },
  5: {
    title: "A Season of Change",
    paragraph:
      "An Essence of 5 signals movement: travel, new people, shifting routines and unexpected opportunities. Flexibility serves you well. Make room for adventure while keeping an eye on the commitments you already hold.",
    strengths: ["Fresh opportunities", "Growth through experience"],
    challenges: ["Instability and impulsiveness"],
  },
  6: {
    title: "A Season of Responsibility",
    paragraph:
      "With an Essence of 6, home, family and relationships move into focus. You may take on new responsibilities for others, deepen a partnership or improve your living space. Care given now strengthens the bonds that matter most.",
    strengths: ["Stronger family ties", "A more beautiful home"],
    challenges: ["Overloaded with duties"],
  },
  7: {
    title: "A Season of Reflection",
    paragraph:
      "An Essence of 7 marks a quieter, inward period for study, introspection and spiritual growth. You may want more time alone and less noise. Use it to deepen your understanding rather than force outer results.",
    strengths: ["Insight and learning", "Spiritual deepening"],
    challenges: ["Loneliness if you withdraw too far"],
  },
  8: {
    title: "A Season of Achievement",
    paragraph:
      "With an Essence of 8, this period highlights your career, finances and personal authority. Your effort can translate into recognition or material gain. Handle power and money with integrity, and balance ambition with rest.",
    strengths: ["Career and financial progress", "Recognition"],
    challenges: ["Overwork and stress"],
  },
  9: {
    title: "A Season of Completion",
    paragraph:
      "An Essence of 9 brings a period of endings, release and wider compassion. Things that have run their course may fall away to make room for the new. Generosity, forgiveness and clearing out the old serve you well.",
    strengths: ["Closure and release", "Compassion and perspective"],
    challenges: ["Grief over endings"],
  },
  11: {
    title: "A Season of Illumination",
    paragraph:
      "An Essence of 11 marks a period of heightened intuition and inspiration. Insights, spiritual experiences and creative breakthroughs are possible, alongside increased sensitivity. Ground yourself with routine so you can use what you receive.",
    strengths: ["Creative and spiritual breakthroughs", "Sharpened intuition"],
    challenges: ["Nervous tension"],
  },
  22: {
    title: "A Season of Building Big",
    paragraph:
      "With an Essence of 22, this period offers the chance to work on something larger than usual, perhaps a project with lasting impact. Vision and practical effort both count now. Take it step by step and gather the right people around you.",
    strengths: ["Capacity for major projects", "Vision joined with practicality"],
    challenges: ["Pressure of high stakes"],
  },
  33: {
    title: "A Season of Service",
    paragraph:
      "An Essence of 33 highlights a period of caring, teaching and healing. You may be called on to support others in significant ways. Give from a full cup, and let care flow back to you as well.",
    strengths: ["Meaningful service", "Deep compassion"],
    challenges: ["Exhaustion from giving"],
  },
};
