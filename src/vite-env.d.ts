/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

declare module 'virtual:content-summary' {
  const summary: { items: number; categories: number; questions: number };
  export default summary;
}
