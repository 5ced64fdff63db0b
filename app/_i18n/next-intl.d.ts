// next-intl's types, made Ballotbox's: only these locales, English's keys and placeholders, these formats.
import type { Messages } from "./catalog.ts";
import type { FORMATS } from "./formats.ts";
import type { Locale } from "./routing.ts";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: typeof FORMATS;
  }
}
