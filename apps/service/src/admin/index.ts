/**
 * Administration on the service's database, for `lens admin …` (which runs where the database
 * is reachable, not through HTTP: there is no admin API to attack).
 */
export { openDatabase } from '../db/open-database.ts';
export { addPublisher, type AddedPublisher } from './add-publisher.ts';
