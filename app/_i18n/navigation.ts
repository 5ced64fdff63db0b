/**
 * Links and navigation that keep the reader's language: use these instead of next/link and
 * next/navigation's router, so /ms/polls/1 links to /ms/polls/1/vote without a redirect.
 */
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing.ts";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
