/** The `cen_interactionaction` choice values: what the rep did with a suggestion. */
export const InteractionAction = {
  Opened: 103720000,
  Copied: 103720001,
  Helpful: 103720002,
  NotHelpful: 103720003,
  Dismissed: 103720004,
  /** "Tell enablement": nothing fitted this deal. Recorded without a content. */
  Gap: 103720005,
} as const;

export type InteractionActionValue = (typeof InteractionAction)[keyof typeof InteractionAction];
