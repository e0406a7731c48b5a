import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, MESSAGES, TIME_ZONE } from "./messages";

export default getRequestConfig(async () => ({
  locale: DEFAULT_LOCALE,
  messages: MESSAGES[DEFAULT_LOCALE],
  timeZone: TIME_ZONE,
}));
