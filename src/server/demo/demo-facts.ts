/**
 * What the demo publishes (README, start-up message, end-to-end tests).
 * These credentials are public: the demo loads only into an empty database on
 * a local instance, and a demo account cannot sign in anywhere else.
 */
export const DEMO = {
  facilitator: { name: "Camille Demo", email: "demo@regards-croises.local", password: "demo-regards-croises" },
  organisation: "Maison de quartier Les Trois-Rivages (démonstration)",
  demarche: "Démarche réflexive 2026-2027",
  /** Fixed invitation codes, one per group, in group order. */
  codes: { intervenants: "NTRV2345", destinataires: "DEST2345", administrateurs: "ADMN2345" },
  /**
   * The English demo (decision 024): an English-speaking organisation's own
   * démarche, output language English, run by the same demo facilitator.
   * What its participants wrote is theirs, in English: it is not a translation
   * of the French démarche.
   */
  english: {
    organisation: "Riverside Community House (demo)",
    demarche: "Reflective démarche 2026-2027",
    codes: { intervenants: "STAF2345", destinataires: "MMBR2345", administrateurs: "BRDM2345" },
  },
} as const;
