import type { DemoPerson } from "@/server/demo/seed-demo";
import type { Kind, PreviousCycleContent } from "@/server/demo/seed-previous-cycle";

/**
 * The English demo's words (decision 024): Riverside Community House, an
 * English-speaking organisation in a Québec town, runs its own démarche in
 * English. Its fictional people wrote these texts in English; they are not a
 * translation of the French demo (text people write is never translated), so
 * the figures and the stories differ too.
 */

/** The current démarche's participants per group, positions in per-mille (E, R, P). */
export const ENGLISH_DEMO_PEOPLE: Record<Kind, DemoPerson[]> = {
  intervenants: [
    {
      name: "Sarah",
      current: [650, 150, 200],
      desired: [350, 250, 400],
      submitted: true,
      texts: [
        "We plan almost everything ourselves because we know the funding programmes.",
        "The drop-in schedule is set at staff meetings.",
        "Members should shape the activities they come to.",
        "A members' planning circle for the winter programme.",
        "Caseloads leave little time to organise meetings with members.",
        "Our director encourages us to try new things.",
      ],
    },
    {
      name: "Devon",
      current: [550, 250, 200],
      desired: [350, 200, 450],
      submitted: true,
      texts: [
        "Funders recognise our expertise, so we lead with it.",
        "The tenant-rights workshops are given by staff.",
        "Let members run some workshops themselves.",
        "Peer-led workshops on tenants' rights.",
        "Reporting requirements count outputs, not participation.",
        "",
      ],
    },
    {
      name: "Priya",
      current: [700, 150, 150],
      desired: [400, 200, 400],
      submitted: true,
      texts: [
        "",
        "Intake interviews, where we refer people to services.",
        "Share what we know instead of holding on to it.",
        "",
        "",
        "The facilitation training we had last spring.",
      ],
    },
  ],
  destinataires: [
    {
      name: "Margaret",
      current: [550, 150, 300],
      desired: [300, 200, 500],
      submitted: true,
      texts: [
        "The staff know what to do and they help us well.",
        "When my rent went up, they explained everything to me.",
        "I would like to be asked what I think more often.",
        "Choosing the summer outings together.",
        "Not everyone dares to speak up in front of the group.",
        "The Thursday coffee morning.",
      ],
    },
    {
      name: "Tyrone",
      current: [600, 200, 200],
      desired: [250, 300, 450],
      submitted: true,
      texts: [
        "Mostly it's the staff who decide.",
        "",
        "Being able to stand up for our rights together.",
        "Going to the town council about the bus route.",
        "The opening hours don't suit people who work days.",
        "",
      ],
    },
    { name: "Lin", current: [450, 200, 350], desired: [300, 150, 550], submitted: false },
  ],
  administrateurs: [
    {
      name: "Robert",
      current: [300, 500, 200],
      desired: [300, 450, 250],
      submitted: true,
      texts: [
        "The House speaks for the neighbourhood at the community table.",
        "Our seat on the municipal housing committee.",
        "Keep that voice, but bring members along to the meetings.",
        "",
        "Board turnover every year.",
        "Strong ties with our partners.",
      ],
    },
    {
      name: "Helen",
      current: [400, 400, 200],
      desired: [400, 400, 200],
      submitted: true,
      texts: ["", "", "We are in the right place.", "", "Project-based funding.", ""],
    },
    {
      name: "Aisha",
      current: [350, 350, 300],
      desired: [250, 350, 400],
      submitted: true,
      texts: [
        "The board represents the members fairly well.",
        "",
        "More board members who use the House's services.",
        "A seat reserved for members at the annual general meeting.",
        "",
        "The annual general meeting is well attended.",
      ],
    },
  ],
};

/** The English organisation's earlier cycle, closed, with its plenary and the board's answers. */
export const ENGLISH_PREVIOUS_CYCLE: PreviousCycleContent = {
  name: "Reflective démarche 2024-2025",
  groups: {
    intervenants: {
      people: [
        { current: [750, 150, 100], desired: [500, 200, 300] },
        { current: [700, 200, 100], desired: [450, 200, 350] },
        { current: [800, 100, 100], desired: [500, 150, 350] },
      ],
      agreement: {
        current: [750, 150, 100],
        desired: [500, 200, 300],
        mode: "consensus",
        justification:
          "Staff design and run nearly every activity. Members are asked for feedback at the end of the year, rarely before a decision.",
        examples: "The fall programme is planned at staff meetings; a satisfaction survey goes out in June.",
      },
      conditions: [
        {
          kind: "entrave",
          theme: "Funding",
          text: "Our service agreements count attendance, not members' say in decisions.",
        },
        { kind: "favorise", theme: "Training", text: "The participatory facilitation course some of us took." },
      ],
      pistes: [
        {
          orientation: "changer-de-cap",
          title: "A members' planning circle",
          description: "Members meet four times a year to choose the activities.",
        },
        {
          orientation: "consolider",
          title: "Keep drop-in hours",
          description: "Walking in without an appointment matters to people and must stay.",
        },
      ],
      reaction: "We are glad the planning circle was adopted. Please build preparation time into our schedules.",
    },
    destinataires: {
      people: [
        { current: [650, 200, 150], desired: [350, 250, 400] },
        { current: [700, 150, 150], desired: [300, 300, 400] },
        { current: [600, 200, 200], desired: [350, 200, 450] },
      ],
      agreement: {
        current: [650, 200, 150],
        desired: [350, 250, 400],
        mode: "majorite",
        justification: "The services are good, but we would like a say in what happens here.",
        examples: "The community garden was moved without anyone asking us; outings are chosen by staff.",
      },
      conditions: [
        { kind: "entrave", theme: "Information", text: "We hear about decisions after they are made." },
        { kind: "favorise", theme: "Welcome", text: "We feel welcome here, so we dare to speak." },
      ],
      pistes: [
        {
          orientation: "changer-de-cap",
          title: "A decisions board in the hallway",
          description: "Post what was decided and why.",
        },
      ],
      reaction: "Thank you for listening. We look forward to the first planning circle.",
    },
    administrateurs: {
      people: [
        { current: [350, 500, 150], desired: [350, 450, 200] },
        { current: [300, 550, 150], desired: [300, 500, 200] },
        { current: [400, 450, 150], desired: [350, 450, 200] },
      ],
      agreement: {
        current: [350, 500, 150],
        desired: [350, 450, 200],
        mode: "consensus",
        justification:
          "The House is known for speaking up for people with our partners and the town; that is its strength and we want to keep it.",
        examples: "Our seat at the community table and at the town's housing consultations.",
      },
      conditions: [
        { kind: "favorise", theme: "Funding", text: "Core funding gives us room to manoeuvre." },
        { kind: "entrave", theme: "Information", text: "The board hears little from members directly." },
      ],
      pistes: [{ orientation: "consolider", title: "Keep our seat at the community table", description: "" }],
      reaction: "The board will report on the planning circle at the next annual general meeting.",
    },
  },
  plenary: [
    {
      orientation: "changer-de-cap",
      title: "Start a members' planning circle",
      description: "Members choose each season's activities with staff.",
      supports: ["intervenants", "destinataires"],
      answer: {
        decision: "retenue",
        reasons: "It answers what both members and staff asked for.",
        responsible: "The director, with two board members",
        dueDate: "2025-09-30",
      },
    },
    {
      orientation: "changer-de-cap",
      title: "Post the board's decisions in the hallway",
      description: "",
      supports: ["destinataires"],
      arbitrage:
        "Members want every decision posted; the board worries about confidential matters. To settle: which decisions are posted.",
      answer: { decision: "a-l-etude", reasons: "The board will propose a list of decisions to post at the AGM." },
    },
    {
      orientation: "consolider",
      title: "Keep our seat at the community table",
      description: "",
      supports: ["administrateurs", "intervenants"],
      answer: {
        decision: "retenue",
        reasons: "Every group sees it as one of the House's strengths.",
        responsible: "The board's chair",
        dueDate: "2025-06-30",
      },
    },
  ],
  caSummary:
    "The board thanks the 9 people who took part. It adopts two pistes, keeps one under study until the annual general meeting, and explains its reasons for each.",
};
