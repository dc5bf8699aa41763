// `import address from './x.ts?script-url'` (script-url.ts): the address of the module, built as a chunk of its own.
declare module '*?script-url' {
  const address: string;
  export default address;
}
