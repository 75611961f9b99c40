/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

declare module 'virtual:content-summary' {
  const summary: { items: number; categories: number; questions: number };
  export default summary;
}

declare module 'virtual:content' {
  import type { Content } from '@/domain/schema';
  const content: Content;
  export default content;
}
