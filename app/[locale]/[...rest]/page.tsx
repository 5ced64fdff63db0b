import { notFound } from "next/navigation";

// Any path under a language that is no page: the language's own "not found" (./not-found.tsx).
export default function UnknownPage() {
  notFound();
}
