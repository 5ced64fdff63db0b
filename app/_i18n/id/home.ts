import type { Translation } from "../catalog.ts";
import { type home as english } from "../en/home.ts";

export const home = {
  title: "Pemungutan suara",
  description:
    "Semua pemungutan suara di deployment ini. Setiap surat suara adalah bukti tanpa pengetahuan (zero-knowledge) yang anonim; hasil penghitungan suara disimpan di kontrak yang dapat dihitung ulang oleh siapa saja.",
  createPoll: "Buat pemungutan suara",
  empty: "Belum ada pemungutan suara. Buat yang pertama.",
  loadError: "Daftar pemungutan suara tidak dapat dibaca dari blockchain.",
  options: "{count, plural, other {# pilihan}}",
} satisfies Translation<typeof english>;
