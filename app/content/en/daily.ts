import type {
  Digit,
  PersonalDayEntry,
  PersonalMonthEntry,
  PersonalYearEntry,
  UniversalEntry,
  UniversalKind,
} from "../types";

export const personalYear: Record<Digit, PersonalYearEntry> = {
  1: {
    title: "A Year of New Beginnings",
    paragraph:
      "A Personal Year 1 opens a new nine-year cycle. Seeds you plant now in work, relationships, health or creative life set the tone for years to come. The energy favours initiative, so choose a direction and take the first concrete steps rather than waiting for perfect conditions. It can feel a little solitary at times; that space is often what you need to hear what you truly want.",
    focus: [
      "Set clear intentions for the cycle ahead",
      "Start the project you keep postponing",
      "Build confidence through small, bold actions",
      "Put yourself forward for new roles",
    ],
    avoid: ["Waiting for permission", "Dwelling on last year's endings", "Spreading yourself across too many starts"],
  },
  2: {
    title: "A Year of Patience and Partnership",
    paragraph:
      "A Personal Year 2 slows the pace so that last year's seeds can take root. Progress comes through cooperation, careful detail work and relationships rather than bold moves. Feelings run closer to the surface, and small gestures matter more than usual. Trust that quiet growth is still growth.",
    focus: [
      "Nurture key relationships and partnerships",
      "Attend to details and refinements",
      "Practise patience with timing",
      "Listen more than you speak",
    ],
    avoid: ["Forcing decisions", "Taking things personally", "Neglecting your own needs while helping others"],
  },
  3: {
    title: "A Year of Expression and Joy",
    paragraph:
      "A Personal Year 3 brings a lighter, more social and creative energy. Ideas flow, invitations multiply and self-expression opens doors. It is a wonderful year to write, make things, practise presenting yourself and reconnect with friends. Enjoy it, while keeping enough focus that your efforts add up to something.",
    focus: [
      "Create, write, perform or share your work",
      "Widen your social circle",
      "Say yes to joy and play",
      "Communicate openly and kindly",
    ],
    avoid: ["Scattering your energy", "Overspending on fun", "Gossip and careless words"],
  },
  4: {
    title: "A Year of Building Foundations",
    paragraph:
      "A Personal Year 4 is for work, structure and steady progress. It asks you to get organised, tend to health and finances, and build the foundations your plans rest on. Results may feel slow, but they are solid. Discipline this year pays dividends for years to come.",
    focus: [
      "Organise finances and paperwork",
      "Commit to sustainable health routines",
      "Build skills and systems",
      "Follow through on commitments",
    ],
    avoid: ["Shortcuts that create rework", "Overwork without rest", "Resisting necessary routine"],
  },
  5: {
    title: "A Year of Change and Freedom",
    paragraph:
      "A Personal Year 5 shakes things up. Expect movement: travel, new people, changes at work or home, and a strong urge for freedom. Opportunities arrive quickly, and flexibility helps you catch the right ones. Keep one foot on the ground so change becomes growth rather than chaos.",
    focus: [
      "Welcome new experiences",
      "Travel or learn something new",
      "Update what feels outdated",
      "Stay adaptable when plans shift",
    ],
    avoid: ["Impulsive major decisions", "Overindulgence", "Walking away from commitments that still matter"],
  },
  6: {
    title: "A Year of Home and Responsibility",
    paragraph:
      "A Personal Year 6 centres on love, family, home and community. Relationships may deepen, commitments may be made and others may need your care. It is a good year to make your space more beautiful and to give real attention to the people who matter. Balance responsibility with self-care so you do not run dry.",
    focus: [
      "Invest in family and close relationships",
      "Improve your home",
      "Offer help where it is truly needed",
      "Look after your health",
    ],
    avoid: ["Martyrdom", "Trying to manage other people's lives", "Perfectionism about home or family"],
  },
  7: {
    title: "A Year of Reflection and Insight",
    paragraph:
      "A Personal Year 7 turns your attention inward. It is a year for study, introspection, spiritual growth and rest rather than forceful outer pushes. You may crave solitude and find that answers come in quiet moments. Trust the slower pace; the understanding you gain now guides the next phase.",
    focus: [
      "Study or deepen your expertise",
      "Make time for solitude and reflection",
      "Develop a contemplative practice",
      "Rest and restore your energy",
    ],
    avoid: ["Forcing outer results", "Cutting yourself off completely", "Overanalysing every choice"],
  },
  8: {
    title: "A Year of Power and Reward",
    paragraph:
      "A Personal Year 8 focuses on career, finances and personal authority. The efforts of the past seven years can begin to pay off through recognition, promotion or material gain. It is a year to think big, act decisively and manage resources wisely. Stay ethical and balanced, and the rewards last.",
    focus: [
      "Pursue career goals decisively",
      "Manage money strategically",
      "Step into leadership",
      "Claim recognition for your work",
    ],
    avoid: ["Overwork at the cost of health", "Power struggles", "Reckless financial risk"],
  },
  9: {
    title: "A Year of Completion and Release",
    paragraph:
      "A Personal Year 9 closes a nine-year cycle. It is a time to finish, release and clear space, letting go of what you have outgrown so the next cycle can begin cleanly. Endings may be emotional, but they are making room. Generosity, forgiveness and service bring unexpected fulfilment.",
    focus: [
      "Finish outstanding projects",
      "Declutter your home and your calendar",
      "Forgive and release old hurts",
      "Give back through service",
    ],
    avoid: ["Launching major new ventures", "Clinging to what has ended", "Bitterness about losses"],
  },
};

export const personalMonth: Record<Digit, PersonalMonthEntry> = {
  1: {
    title: "A Month to Begin",
    paragraph:
      "A Personal Month 1 favours initiative. Start something, make the decision you have been postponing and trust your own judgement.",
    focus: ["Begin one new thing", "Act on a good idea quickly"],
    avoid: ["Procrastination", "Seeking approval for every step"],
  },
  2: {
    title: "A Month of Gentle Progress",
    paragraph:
      "A Personal Month 2 asks for patience and cooperation. Work with others, attend to details and let things unfold at their own pace.",
    focus: ["Collaborate", "Listen closely"],
    avoid: ["Pushing too hard", "Oversensitivity to feedback"],
  },
  3: {
    title: "A Month of Creative Flow",
    paragraph:
      "A Personal Month 3 brings sociability and creativity. Express yourself, connect with friends and enjoy the lighter moments.",
    focus: ["Create and share", "Say yes to good company"],
    avoid: ["Scattered focus", "Overcommitting your evenings"],
  },
  4: {
    title: "A Month of Steady Work",
    paragraph:
      "A Personal Month 4 is for organisation and diligent effort. Put your affairs in order and build step by step.",
    focus: ["Plan and organise", "Finish practical tasks"],
    avoid: ["Cutting corners", "Skipping rest days"],
  },
  5: {
    title: "A Month of Movement",
    paragraph:
      "A Personal Month 5 brings variety and surprises. Stay flexible, try something new and enjoy the extra freedom.",
    focus: ["Try new things", "Stay open to changed plans"],
    avoid: ["Impulsive spending", "Restless quitting"],
  },
  6: {
    title: "A Month of Love and Duty",
    paragraph:
      "A Personal Month 6 highlights home, family and relationships. Offer care, ease tensions and make your space more welcoming.",
    focus: ["Family and partner time", "Small home improvements"],
    avoid: ["Overcommitting to others", "Playing the rescuer"],
  },
  7: {
    title: "A Month of Quiet Reflection",
    paragraph:
      "A Personal Month 7 invites rest, study and introspection. Step back, think deeply and listen to your intuition.",
    focus: ["Reflect and study", "Protect time alone"],
    avoid: ["Forcing outcomes", "Filling every silence"],
  },
  8: {
    title: "A Month of Results",
    paragraph:
      "A Personal Month 8 supports career and financial moves. Act with confidence and manage your resources wisely.",
    focus: ["Make a career move", "Review your finances"],
    avoid: ["Overwork", "Risky bets"],
  },
  9: {
    title: "A Month of Release",
    paragraph:
      "A Personal Month 9 is for completion and letting go. Finish what is pending, clear clutter and forgive where you can.",
    focus: ["Complete open tasks", "Declutter"],
    avoid: ["Starting big new projects", "Holding grudges"],
  },
};

export const personalDay: Record<Digit, PersonalDayEntry> = {
  1: {
    title: "A Day of Initiative",
    luckyColour: "Gold",
    variants: [
      {
        reading:
          "Today rewards the first move. Send the message, pitch the idea or take the first step on something new; momentum is on your side.",
        do: "Start one task you have been putting off.",
        dont: "Wait for someone else to go first.",
      },
      {
        reading:
          "Your confidence runs higher today. Use it to make a decision that has been hanging over you, and trust your own judgement.",
        do: "Make one clear decision before noon.",
        dont: "Collect five opinions on a choice that is yours to make.",
      },
      {
        reading:
          "A good day to work independently. Carve out a block of uninterrupted time for something that matters to you personally.",
        do: "Protect an hour for your own project.",
        dont: "Let other people's urgencies fill your whole day.",
      },
      {
        reading:
          "Fresh energy arrives today. Treat it as a small new beginning: change one habit, take a new route, introduce yourself to someone.",
        do: "Try one thing you have never done before.",
        dont: "Repeat yesterday on autopilot.",
      },
    ],
  },
  2: {
    title: "A Day of Cooperation",
    luckyColour: "Silver",
    variants: [
      {
        reading:
          "Today favours teamwork over solo effort. A conversation, a joint plan or a small act of help goes further than pushing alone.",
        do: "Invite someone to work on something with you.",
        dont: "Force a decision that needs another person's input.",
      },
      {
        reading:
          "Sensitivity is heightened today, yours and other people's. Choose your words gently and notice what is said between the lines.",
        do: "Listen fully before you reply.",
        dont: "Read criticism into a neutral remark.",
      },
      {
        reading:
          "Details matter today. Polish, proofread, double-check and tidy loose ends rather than launching something big.",
        do: "Finish and refine one piece of work.",
        dont: "Rush through the fine print.",
      },
      {
        reading:
          "A quiet, patient day. Things may move slowly, and that is fine; let situations ripen instead of chasing them.",
        do: "Give a pending situation one more day.",
        dont: "Mistake slowness for failure.",
      },
    ],
  },
  3: {
    title: "A Day of Expression",
    luckyColour: "Yellow",
    variants: [
      {
        reading:
          "Your words carry warmth today. Reach out, share an idea or write the note that has been forming in your head.",
        do: "Tell someone what you appreciate about them.",
        dont: "Hide a good idea because it is not polished yet.",
      },
      {
        reading:
          "Creative energy flows easily. Sketch, write, cook or rearrange a room: make something, however small.",
        do: "Spend twenty minutes on a creative task.",
        dont: "Scroll away your spare time.",
      },
      {
        reading:
          "A sociable day. Accept the invitation, call a friend or bring a little humour into a serious meeting.",
        do: "Reconnect with someone you miss.",
        dont: "Let small talk slide into gossip.",
      },
      {
        reading:
          "Optimism is your asset today. Use it to lift a flagging project or a friend's mood, while keeping your own attention on one thing.",
        do: "Choose one priority and give it your best.",
        dont: "Say yes to everything that sounds fun.",
      },
    ],
  },
  4: {
    title: "A Day of Steady Work",
    luckyColour: "Slate grey",
    variants: [
      {
        reading:
          "Today rewards practical effort. Clear your desk, deal with paperwork or tackle the task you have avoided because it is dull.",
        do: "Finish one practical chore completely.",
        dont: "Start something new before closing something old.",
      },
      {
        reading:
          "Structure helps you today. Make a list, plan the week or set up a simple system that will save time later.",
        do: "Write tomorrow's plan before you stop for the day.",
        dont: "Improvise what deserves a plan.",
      },
      {
        reading: "Focus on foundations today: health, money, home. Small responsible actions now make tomorrow easier.",
        do: "Review one bill, budget or health habit.",
        dont: "Ignore the letter or reminder you have been avoiding.",
      },
      {
        reading:
          "Persistence matters more than brilliance today. Keep going on what you started, one careful step at a time.",
        do: "Put in one focused session without distractions.",
        dont: "Give up because progress looks small.",
      },
    ],
  },
  5: {
    title: "A Day of Change",
    luckyColour: "Green",
    variants: [
      {
        reading: "Expect the unexpected today. Plans may shift, and your flexibility can turn surprises into openings.",
        do: "Leave some slack in your schedule.",
        dont: "Cling to a plan that has clearly changed.",
      },
      {
        reading:
          "Curiosity is your guide today. Learn something new, explore a different street or talk with someone outside your usual circle.",
        do: "Say yes to one new experience.",
        dont: "Dismiss an idea just because it is unfamiliar.",
      },
      {
        reading:
          "Freedom feels especially important today. Move your body, get outside and give yourself breathing room.",
        do: "Take a walk without a destination.",
        dont: "Make a big impulse purchase to feel free.",
      },
      {
        reading:
          "Your communication is sharp today, which makes it a good day for selling, negotiating, networking or a persuasive pitch.",
        do: "Make the call you have been rehearsing.",
        dont: "Promise more than you can deliver.",
      },
    ],
  },
  6: {
    title: "A Day of Care",
    luckyColour: "Rose pink",
    variants: [
      {
        reading:
          "Home and loved ones ask for attention today. A home-cooked meal, a caring call or tidying a shared space goes a long way.",
        do: "Do one thoughtful thing for someone at home.",
        dont: "Take on a problem that is not yours to fix.",
      },
      {
        reading:
          "Harmony is the theme today. If there is tension somewhere, this is a good moment for a calm, fair conversation to ease it.",
        do: "Offer an olive branch.",
        dont: "Insist on being right.",
      },
      {
        reading:
          "Beauty restores you today. Add flowers, music or order to your surroundings and notice how your mood lifts.",
        do: "Make one corner of your space more beautiful.",
        dont: "Criticise yourself for what is imperfect.",
      },
      {
        reading: "Responsibilities may feel heavier today, so share them. Ask for help as readily as you give it.",
        do: "Hand one task to someone else.",
        dont: "Say yes out of guilt.",
      },
    ],
  },
  7: {
    title: "A Day of Reflection",
    luckyColour: "Violet",
    variants: [
      {
        reading:
          "A quieter day suits you best. Make space for thinking, reading or simply being alone with your thoughts.",
        do: "Spend thirty minutes in silence or in nature.",
        dont: "Overbook your evening.",
      },
      {
        reading:
          "Your intuition is sharp today. Notice first impressions and hunches, then test them gently against the facts.",
        do: "Write down a hunch and check it later.",
        dont: "Ignore a persistent inner signal.",
      },
      {
        reading:
          "A good day for research and analysis. Dig into details, study a topic or work on a problem that needs deep thought.",
        do: "Give one complex problem your undivided attention.",
        dont: "Accept an easy answer you doubt.",
      },
      {
        reading: "Rest is productive today. Recharge rather than push, and let answers come to you in their own time.",
        do: "Go to bed early.",
        dont: "Force a decision you are unsure about.",
      },
    ],
  },
  8: {
    title: "A Day of Achievement",
    luckyColour: "Navy blue",
    variants: [
      {
        reading:
          "Today favours ambition and practical results. Tackle a big goal, make a business decision or ask for what your work is worth.",
        do: "Take one concrete step toward a financial goal.",
        dont: "Undersell yourself.",
      },
      {
        reading:
          "Authority comes naturally today. Lead the meeting, organise the group or take charge of a stalled situation.",
        do: "Make a clear plan and share out the tasks.",
        dont: "Micromanage people you trust.",
      },
      {
        reading: "A good day for money matters: budgeting, negotiating and investing your time in what pays off.",
        do: "Review your accounts or negotiate a better deal.",
        dont: "Make a risky purchase on impulse.",
      },
      {
        reading: "Effort and reward line up today. Push through on important work, then balance it with real rest.",
        do: "Finish the most important task first.",
        dont: "Skip meals or sleep for work.",
      },
    ],
  },
  9: {
    title: "A Day of Completion",
    luckyColour: "Crimson",
    variants: [
      {
        reading:
          "Today is for finishing rather than starting. Close loops, send the final version and tie up loose ends.",
        do: "Complete one lingering task.",
        dont: "Launch something brand new.",
      },
      {
        reading:
          "Compassion is your strength today. A kind word, a donation or a small act of service means more than you think.",
        do: "Do something generous without being asked.",
        dont: "Keep score.",
      },
      {
        reading:
          "Let something go today: clutter, a grudge or an outdated plan. Clearing space makes room for what comes next.",
        do: "Give away or recycle one thing you no longer use.",
        dont: "Reopen an old argument.",
      },
      {
        reading:
          "A reflective, big-picture day. Look back at what recent weeks have taught you and name one lesson to carry forward.",
        do: "Write down one lesson learned.",
        dont: "Dwell on regret.",
      },
    ],
  },
};

export const universal: Record<UniversalKind, Record<Digit, UniversalEntry>> = {
  day: {
    1: {
      title: "Day of Beginnings",
      text: "A collective push toward new starts: good for launches, first drafts and first steps.",
    },
    2: {
      title: "Day of Cooperation",
      text: "The world moves a little slower and softer today; cooperation beats competition.",
    },
    3: {
      title: "Day of Conversation",
      text: "A chatty, creative current is in the air, and ideas and news travel fast.",
    },
    4: {
      title: "Day of Work",
      text: "A practical, workmanlike day for everyone: systems, chores and steady progress.",
    },
    5: { title: "Day of Movement", text: "Change is in the air: expect news, travel plans and a few surprises." },
    6: { title: "Day of Community", text: "Collective attention turns to home, family and looking after one another." },
    7: { title: "Day of Stillness", text: "A quieter, thoughtful energy favours research, reflection and rest." },
    8: { title: "Day of Business", text: "Money, deals and decisions take centre stage in the wider world." },
    9: { title: "Day of Closure", text: "A day of endings and wrap-ups, good for finishing, forgiving and giving." },
  },
  month: {
    1: {
      title: "Month of Initiative",
      text: "The collective mood favours fresh starts and bold proposals. New ideas find a readier audience than usual.",
    },
    2: {
      title: "Month of Alliances",
      text: "Negotiation, partnership and patience set the tone. Agreements reached quietly now tend to hold.",
    },
    3: {
      title: "Month of Expression",
      text: "Culture, media and social life feel livelier. It is a good month to share work and gather people together.",
    },
    4: {
      title: "Month of Effort",
      text: "The world settles into work mode, with an emphasis on structure, rules and getting things done properly.",
    },
    5: {
      title: "Month of Change",
      text: "Movement and unpredictability run through the month. Flexible plans and open minds fare best.",
    },
    6: {
      title: "Month of Care",
      text: "Home, health and community concerns rise to the surface. Acts of responsibility and kindness carry weight.",
    },
    7: {
      title: "Month of Reflection",
      text: "A more inward collective mood favours study, analysis and spiritual questions over noise and hurry.",
    },
    8: {
      title: "Month of Power",
      text: "Economic and organisational matters dominate. Decisive, well-organised action is rewarded.",
    },
    9: {
      title: "Month of Completion",
      text: "Things draw to a close across many areas of life. It is a natural time to finish, review and let go.",
    },
  },
  year: {
    1: {
      title: "A World Year of Beginnings",
      text: "A Universal Year 1 opens a new nine-year chapter for everyone. Fresh movements, technologies and leaders tend to emerge, and the general mood favours initiative over caution. What begins now shapes the years that follow.",
    },
    2: {
      title: "A World Year of Cooperation",
      text: "A Universal Year 2 emphasises diplomacy, partnership and patience. Progress comes through alliances and careful negotiation rather than force. Sensitivity runs high, so tact goes a long way.",
    },
    3: {
      title: "A World Year of Expression",
      text: "A Universal Year 3 brings a more expressive, creative collective mood. Art, media and communication flourish, and optimism tends to rise. The challenge is to keep substance alongside the noise.",
    },
    4: {
      title: "A World Year of Foundations",
      text: "A Universal Year 4 turns attention to work, infrastructure and rules. It is a year for rebuilding systems and doing the practical work that new ideas require. Steady effort is rewarded over flashy moves.",
    },
    5: {
      title: "A World Year of Change",
      text: "A Universal Year 5 brings movement, reform and the unexpected. Travel, trade and ideas circulate quickly, and old arrangements may be shaken loose. Adaptability is the collective skill of the year.",
    },
    6: {
      title: "A World Year of Responsibility",
      text: "A Universal Year 6 centres on home, family, health and community. Questions of care, fairness and shared responsibility come to the fore. It is a year for mending and tending.",
    },
    7: {
      title: "A World Year of Reflection",
      text: "A Universal Year 7 invites collective introspection, research and a search for deeper truth. Science, spirituality and questions of meaning draw attention. Quieter, wiser choices serve better than loud certainty.",
    },
    8: {
      title: "A World Year of Power",
      text: "A Universal Year 8 highlights economics, authority and the use of power. Institutions and markets are tested and restructured. Integrity and good management determine who thrives.",
    },
    9: {
      title: "A World Year of Completion",
      text: "A Universal Year 9 closes a nine-year chapter. Old structures and ways of thinking fall away, and humanitarian concerns rise. It is a collective time to finish, forgive and clear the ground for what comes next.",
    },
  },
};
