const LANCZOS = [76.18009172947, -86.50532032942, 24.01409824083, -1.23173957245, 0.001208650973866, -0.000005395239385];

function logGamma(x: number): number {
  let y = x;
  const t = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let series = 1.00000000019;
  for (const coefficient of LANCZOS) series += coefficient / ++y;
  return -t + Math.log((2.506628274631 * series) / x);
}

/** Regularized upper incomplete gamma Q(a, x), by series below a + 1 and continued fraction above. */
function upperRegularizedGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const logPrefix = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 500 && Math.abs(term) > Math.abs(sum) * 1e-15; n += 1) {
      term *= x / (a + n);
      sum += term;
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefix));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(logPrefix) * h);
}

/**
 * The p-value of a chi-square statistic: the chance of a value at least this large with
 * `degreesOfFreedom` when the null hypothesis holds.
 *
 * @example
 * chiSquarePValue(3.841, 1) // → about 0.05
 */
export function chiSquarePValue(statistic: number, degreesOfFreedom: number): number {
  if (degreesOfFreedom <= 0 || !(statistic > 0)) return 1;
  return upperRegularizedGamma(degreesOfFreedom / 2, statistic / 2);
}
