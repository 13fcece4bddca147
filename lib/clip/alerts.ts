import { readCards, type KlipingDB } from '../db';
import { uiLocale } from '../i18n';
import { negativeSpikes, spikeName, type NegativeSpike, type SpikeNames } from '../report/early-warning';
import { labelNames } from '../labels/names';
import { showAlertsOnBadge } from './badge';

/** Today's negative spikes, from the cards (a few hundred records at 50,000 clippings; no article read). */
export async function currentSpikes(db: KlipingDB, now = Date.now()): Promise<NegativeSpike[]> {
  return negativeSpikes(await readCards(db), now);
}

/** Programme codes and person names for the alerts, from the office's lists. */
export async function spikeNames(db: KlipingDB): Promise<SpikeNames> {
  const [programmes, persons] = await Promise.all([db.programmes.toArray(), db.persons.toArray()]);
  return labelNames(programmes, persons);
}

/** Recomputed whenever classification settles, a tone is corrected, or the browser starts. */
export async function refreshAlertBadge(db: KlipingDB): Promise<void> {
  const locale = uiLocale();
  const names = await spikeNames(db);
  await showAlertsOnBadge((await currentSpikes(db)).map((spike) => spikeName(spike, locale, names)));
}
