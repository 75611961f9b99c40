/**
 * The study content, in its own lazily loaded chunk. It is validated at build time
 * (scripts/content-summary.ts): the build stops on invalid content, and the dev server
 * serves a module that throws the error the page shows.
 */
import content from 'virtual:content';

export { content };
