declare module 'virtual:stodlinjen/embedded-images' {
  /** The embedded export's images by absolute file path (see src/data/embedded-images.ts). */
  const images: Record<string, import('astro').ImageMetadata>;
  export default images;
}

declare module 'virtual:stodlinjen/preview-known-scripts' {
  /** The scripts the preview build wrote, as a JSON list of trimmed sources (see src/preview/integration.ts). */
  const knownScripts: string;
  export default knownScripts;
}
