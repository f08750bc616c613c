/**
 * A map that forgets its oldest entries past `capacity`. Used for content-addressed, immutable
 * values (documents by hash, catalogs by the hashes they hold) and for the service's catalog
 * cache, which drops it whole when the registry's versions change: an instance that misses an
 * entry computes the same value again, nothing another instance would need.
 *
 * @example
 * const cache = createBoundedCache<string, number>(2); cache.set('a', 1)
 */
export function createBoundedCache<K, V>(capacity: number): Map<K, V> {
  const map = new Map<K, V>();
  const set = map.set.bind(map);
  map.set = (key, value) => {
    if (map.has(key)) map.delete(key);
    set(key, value);
    if (map.size > capacity) map.delete(map.keys().next().value as K);
    return map;
  };
  return map;
}
