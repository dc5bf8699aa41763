declare module 'virtual:stodlinjen/embedded-images' {
  /** The embedded export's images by absolute file path (see src/data/embedded-images.ts). */
  const images: Record<string, import('astro').ImageMetadata>;
  export default images;
}
