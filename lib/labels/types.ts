/**
 * Programme labels ("product branding") and key persons ("personal branding") an office reports on.
 * Ids are short stable strings so that one list distributed by a Diskominfo tags the same way everywhere.
 */
export interface Programme {
  /** Stable id, derived from the short code when the programme is created ("mbg"). */
  id: string;
  name: string;
  /** Short code shown on chips and in reports ("MBG"). Unique. */
  code: string;
  /** Words and phrases that mean this programme in a story ("makan bergizi gratis", "makan siang gratis"). */
  aliases: string[];
  description: string;
  /** CSS colour of the programme's chips and chart bars. */
  colour: string;
  /** The agency that runs it ("Badan Gizi Nasional"). */
  agency: string;
  /** YYYY-MM-DD, inclusive; empty when open-ended. Suggestions skip stories outside the period. */
  activeFrom: string;
  activeTo: string;
  archived: boolean;
}

export interface Person {
  id: string;
  /** Full name as written officially, titles included ("H. Sahbirin Noor, S.Sos., M.H."). */
  name: string;
  position: string;
  /** Other ways stories name the person ("Paman Birin", "Gubernur Kalsel"). */
  aliases: string[];
  archived: boolean;
}

/** How often a person is named in a clipping's headline and body (detected, not chosen by the officer). */
export interface PersonMention {
  personId: string;
  title: number;
  body: number;
}
