/**
 * An environment variable the service cannot read (`PORT=eighty`): the service does not start,
 * and says which variable and what it expected.
 *
 * @example
 * throw new ServiceEnvironmentError('PORT', 'PORT=eighty: expected a non-negative number')
 */
export class ServiceEnvironmentError extends Error {
  readonly code = 'invalid-environment';
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(message);
    this.name = 'ServiceEnvironmentError';
    this.variable = variable;
  }
}
