// The records checks (src/checks/) import the cache from here; it lives in @social-lens/registry now.
export { createBoundedCache } from '@social-lens/registry';
