/**
 * What the end-to-end seed for the mise en commun publishes
 * (scripts/seed-e2e-plenary.ts), shared with the specs that use it.
 */
export const PLENARY_E2E = {
  facilitator: { name: "Alex Essai", email: "plenary@e2e.local", password: "mise-en-commun-e2e" },
  demarche: "Démarche de la mise en commun (essai)",
  /** Personal return codes of one participant per group. */
  codes: { intervenants: "PNTR2345", destinataires: "PDST2345", administrateurs: "PCAB2345" },
  groups: {
    intervenants: "Intervenant.e.s",
    destinataires: "Destinataires",
    administrateurs: "Administrateur.trice.s du CA",
  },
} as const;
