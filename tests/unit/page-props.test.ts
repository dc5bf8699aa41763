// Dynamic pages get the same props whether built ahead (getStaticPaths) or rendered on request
// in the draft preview (found by the URL's params in the same getStaticPaths).
import { describe, expect, it } from 'vitest';
import { pageProps } from '../../src/lib/page-props';

const paths = async () => [
  { params: { slug: 'somn', page: undefined }, props: { topic: 'somn', pageNumber: 1 } },
  { params: { slug: 'somn', page: '2' }, props: { topic: 'somn', pageNumber: 2 } },
  { params: { slug: 'stress', page: undefined }, props: { topic: 'stress', pageNumber: 1 } },
];

describe('a dynamic page\'s props', () => {
  it('are the ones the static build passed, untouched', async () => {
    const props = { topic: 'given', pageNumber: 9 };
    expect(await pageProps({ props, params: { slug: 'somn' } }, paths)).toBe(props);
  });

  it('on request, are those of the entry whose every param matches the URL, a missing rest param included', async () => {
    expect(await pageProps({ props: {}, params: { slug: 'somn', page: undefined } }, paths)).toEqual({ topic: 'somn', pageNumber: 1 });
    expect(await pageProps({ props: {}, params: { slug: 'somn', page: '2' } }, paths)).toEqual({ topic: 'somn', pageNumber: 2 });
    expect(await pageProps({ props: {}, params: { slug: 'stress' } }, paths)).toEqual({ topic: 'stress', pageNumber: 1 });
  });

  it('on request, are undefined for an address no entry has, so the page answers 404', async () => {
    expect(await pageProps({ props: {}, params: { slug: 'stress', page: '2' } }, paths)).toBeUndefined();
    expect(await pageProps({ props: {}, params: { slug: 'finns-inte' } }, paths)).toBeUndefined();
    expect(await pageProps({ props: {}, params: { slug: 'somn', page: '1' } }, paths)).toBeUndefined();
  });
});
