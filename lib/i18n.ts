import { browser } from 'wxt/browser';
import type messages from '../public/_locales/id/messages.json';

export type MessageKey = keyof typeof messages;

/** A UI string in the browser's language (Bahasa Indonesia by default, English second). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export function uiLocale(): string {
  return browser.i18n.getUILanguage?.() || 'id';
}
