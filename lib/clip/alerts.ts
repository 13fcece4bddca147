import { clippingsSince, type KlipingDB } from '../db';
import { uiLocale } from '../i18n';
import { negativeSpikes, spikeHorizonMs, spikeName, type NegativeSpike } from '../report/early-warning';
import { showAlertsOnBadge } from './badge';

/** Today's negative spikes, read from the clippings of the rule's look-back period only. */
export async function currentSpikes(db: KlipingDB, now = Date.now()): Promise<NegativeSpike[]> {
  return negativeSpikes(await clippingsSince(db, now - spikeHorizonMs()), now);
}

/** Recomputed whenever classification settles, a tone is corrected, or the browser starts. */
export async function refreshAlertBadge(db: KlipingDB): Promise<void> {
  const locale = uiLocale();
  await showAlertsOnBadge((await currentSpikes(db)).map((spike) => spikeName(spike, locale)));
}
