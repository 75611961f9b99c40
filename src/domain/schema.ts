/**
 * The content model. Every type the app uses for content is inferred from
 * these schemas, so the JSON files, the validation and the code cannot drift.
 * `zod/mini` keeps the browser bundle small; the schemas are also used at build
 * time (vite plugin) and to generate the JSON Schema editors read.
 */
import * as z from 'zod/mini';
import { CONTROL_TYPES, LAYERS, OPTION_IDS, OWNERS, PEN_TEST_STATUSES, SERVICES } from './vocabulary.ts';

export { CONTROL_TYPES, LAYERS, OPTION_IDS, OWNERS, PEN_TEST_STATUSES, SERVICES };

export const OwnerSchema = z.enum(OWNERS);
export type Owner = z.infer<typeof OwnerSchema>;

export const ServiceSchema = z.enum(SERVICES);
export type Service = z.infer<typeof ServiceSchema>;

export const ControlTypeSchema = z.enum(CONTROL_TYPES);
export type ControlType = z.infer<typeof ControlTypeSchema>;

export const PenTestSchema = z.enum(PEN_TEST_STATUSES);
export type PenTestStatus = z.infer<typeof PenTestSchema>;

export const LayerSchema = z.enum(LAYERS);
export type Layer = z.infer<typeof LayerSchema>;

const kebabId = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens'),
);
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

export const SourceRefSchema = z.object({
  ref: kebabId,
  quote: z.optional(text),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const ServiceOwnerSchema = z.object({
  owner: OwnerSchema,
  note: z.optional(text),
});
export type ServiceOwner = z.infer<typeof ServiceOwnerSchema>;

export const ByServiceSchema = z.partialRecord(ServiceSchema, ServiceOwnerSchema);
export type ByService = z.infer<typeof ByServiceSchema>;

export const ItemSchema = z.strictObject({
  id: kebabId,
  duty: text,
  owner: OwnerSchema,
  category: kebabId,
  layer: z.optional(LayerSchema),
  controlType: z.optional(ControlTypeSchema),
  penTest: z.optional(PenTestSchema),
  explanation: text,
  misconception: z.optional(text),
  byService: z.optional(ByServiceSchema),
  source: SourceRefSchema,
  references: z.optional(z.array(kebabId)),
});
export type ResponsibilityItem = z.infer<typeof ItemSchema>;

export const ItemFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  items: z.array(ItemSchema).check(z.minLength(1, 'must list at least one item')),
});

/** The envelopes of item and question files; their entries are checked one by one. */
const entries = z.array(z.unknown()).check(z.minLength(1, 'must list at least one entry'));
export const ItemListFileSchema = z.strictObject({ $schema: z.optional(z.string()), items: entries });
export const QuestionListFileSchema = z.strictObject({ $schema: z.optional(z.string()), questions: entries });

export const OptionIdSchema = z.enum(OPTION_IDS);
export type OptionId = z.infer<typeof OptionIdSchema>;

export const OptionSchema = z.strictObject({
  id: OptionIdSchema,
  text,
  why: text,
});
export type QuestionOption = z.infer<typeof OptionSchema>;

export const QuestionSchema = z.strictObject({
  id: kebabId,
  type: z.enum(['single', 'multiple']),
  stem: text,
  options: z.array(OptionSchema).check(z.minLength(4, 'must have 4 or 5 options'), z.maxLength(5, 'must have 4 or 5 options')),
  answer: z.array(OptionIdSchema).check(z.minLength(1, 'must name at least one option')),
  itemIds: z.array(kebabId).check(z.minLength(1, 'must name at least one item the question tests')),
  category: kebabId,
  references: z.optional(z.array(kebabId)),
});
export type Question = z.infer<typeof QuestionSchema>;

export const QuestionFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  questions: z.array(QuestionSchema).check(z.minLength(1, 'must list at least one question')),
});

export const CategorySchema = z.strictObject({
  id: kebabId,
  name: text,
  description: text,
});
export type Category = z.infer<typeof CategorySchema>;

export const CategoryFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  categories: z.array(CategorySchema).check(z.minLength(1, 'must list at least one category')),
});

export const SourceSchema = z.strictObject({
  id: kebabId,
  title: text,
  /** Absent for the seed article, which the project ships. */
  url: z.optional(z.url()),
  /** The seed article: items citing it must carry a verbatim quote. */
  primary: z.optional(z.boolean()),
});
export type Source = z.infer<typeof SourceSchema>;

export const SourceFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  sources: z.array(SourceSchema).check(z.minLength(1, 'must list at least one source')),
});

/** Everything the app knows, after validation. Arrays keep the authored order. */
export interface Content {
  readonly items: readonly ResponsibilityItem[];
  readonly questions: readonly Question[];
  readonly categories: readonly Category[];
  readonly sources: readonly Source[];
}
