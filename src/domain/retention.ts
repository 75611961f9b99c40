/** The share of cards a learner should still recall when they come due, unless Settings says otherwise. */
export const DEFAULT_RETENTION = 0.9;
