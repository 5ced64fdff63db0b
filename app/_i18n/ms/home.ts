import type { Translation } from "../catalog.ts";
import { type home as english } from "../en/home.ts";

export const home = {
  title: "Undian",
  description:
    "Semua undian dalam pemasangan ini. Setiap undi ialah bukti tanpa pengetahuan tanpa nama; keputusan kiraan undi disimpan dalam kontrak yang boleh dikira semula oleh sesiapa sahaja.",
  createPoll: "Cipta undian",
  empty: "Belum ada undian. Ciptalah yang pertama.",
  loadError: "Senarai undian tidak dapat dibaca daripada rantaian blok.",
  options: "{count, plural, other {# pilihan}}",
} satisfies Translation<typeof english>;
