import type { Translation } from "../catalog.ts";
import type { join as english } from "../en/join.ts";

export const join = {
  title: "Sertai undian",
  description:
    "Jemputan anda meletakkan identiti pengundi anda ke dalam daftar pemilih undian. Dompet tidak diperlukan: perkhidmatan penyampai menghantar pendaftaran.",
  noCode:
    "Halaman ini memerlukan pautan jemputan. Buka pautan penuh (atau imbas kod QR) yang diberikan oleh penganjur anda.",
  otherDeployment:
    "Jemputan ini untuk pemasangan Ballotbox yang lain (rantaian {chainId}). Bukanya di laman yang dinyatakan oleh penganjur anda.",
  question: "Anda dijemput mengundi tentang",
  optionsHeading: "Pilihan",
  window: "Pengundian dibuka {start} dan ditutup {end}.",
  identityLocked:
    "Identiti pengundi anda dalam pelayar ini dikunci dengan frasa laluan. Buka kuncinya di sini untuk menyertai dengan jemputan ini.",
  phaseClosed: "Pendaftaran untuk undian ini telah tamat: pengundian sudah dibuka, jadi daftar pemilih dibekukan.",
  replaced:
    "Jemputan ini tidak lagi sah: penganjur telah menggantikan jemputan undian ini. Minta pautan baharu daripada mereka.",
  damaged:
    "Pautan jemputan ini rosak: ia tidak sepadan dengan mana-mana jemputan yang diterbitkan oleh penganjur undian ini. Salin semula pautan penuh, atau imbas semula kod QR-nya.",
  used: "Jemputan ini sudah digunakan. Setiap jemputan mendaftarkan seorang pengundi; minta jemputan lain daripada penganjur jika bukan anda yang menggunakannya.",
  alreadyOnRoll: "Identiti anda sudah ada dalam daftar pemilih undian ini.",
  identityNew:
    "Identiti pengundi akan dibuat untuk anda dalam pelayar ini. Buat sandarannya selepas itu di Identiti saya.",
  identityExisting: "Identiti pengundi ini akan dimasukkan ke dalam daftar pemilih:",
  joinButton: "Sertai undian ini",
  stages: {
    signing: "Menandatangani pendaftaran dengan jemputan…",
    sending: "Menghantarnya kepada perkhidmatan penyampai…",
    waiting: "Menunggu pendaftaran dilombong…",
  },
  joined: "Anda ada dalam daftar pemilih.",
  joinedNext: "Pengundian dibuka {opensAt}. Kembali pada masa itu, dalam pelayar ini, untuk mengundi.",
  voteNow: "Pergi mengundi",
  backupReminder: "Buat sandaran identiti anda sekarang",
  failed: "Perkhidmatan penyampai tidak dapat mendaftarkan anda: {reason}",
} satisfies Translation<typeof english>;
