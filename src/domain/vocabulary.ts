/**
 * The content model's fixed vocabularies, as plain arrays. The zod schemas in
 * schema.ts are built from them; the UI imports them from here, so a page that
 * lists owners or services does not build the content schemas (which the
 * browser never needs: the build validates the content).
 */
export const OWNERS = ['customer', 'aws', 'shared'] as const;
export const SERVICES = ['ec2', 'rds', 'lambda', 's3', 'dynamodb', 'fargate', 'elastic-beanstalk'] as const;
export const CONTROL_TYPES = ['inherited', 'shared', 'customer-specific'] as const;
export const PEN_TEST_STATUSES = ['allowed', 'prohibited', 'conditional'] as const;

/** The bands of AWS's classic diagram, top (customer data) to bottom (AWS hardware). */
export const LAYERS = [
  'customer-data',
  'platform-apps-iam',
  'os-network-firewall',
  'encryption-protection',
  'aws-software',
  'aws-infrastructure',
] as const;

export const OPTION_IDS = ['a', 'b', 'c', 'd', 'e'] as const;
