import type { Translation } from "../catalog.ts";
import type { join as english } from "../en/join.ts";

export const join = {
  title: "Ikuti pemungutan suara",
  description:
    "Undangan Anda memasukkan identitas pemilih Anda ke daftar pemilih pemungutan suara. Tidak perlu dompet: layanan perantara yang mengirim pendaftarannya.",
  noCode:
    "Halaman ini memerlukan tautan undangan. Buka tautan lengkap (atau pindai kode QR) yang diberikan penyelenggara Anda.",
  otherDeployment:
    "Undangan ini untuk deployment Ballotbox lain (rantai {chainId}). Buka di situs yang disebutkan penyelenggara Anda.",
  question: "Anda diundang untuk memberikan suara tentang",
  optionsHeading: "Pilihan",
  window: "Pemungutan suara dibuka {start} dan ditutup {end}.",
  identityLocked:
    "Identitas pemilih Anda di browser ini dikunci dengan frasa sandi. Buka kuncinya di sini untuk bergabung dengan undangan ini.",
  phaseClosed:
    "Pendaftaran untuk pemungutan suara ini sudah ditutup: pemungutan suara sudah dibuka, jadi daftar pemilih dibekukan.",
  replaced:
    "Undangan ini sudah tidak berlaku: penyelenggara telah mengganti undangan pemungutan suara ini. Mintalah tautan baru kepada mereka.",
  damaged:
    "Tautan undangan ini rusak: tidak cocok dengan undangan mana pun yang diterbitkan penyelenggara. Salin lagi tautan lengkapnya, atau pindai ulang kode QR-nya.",
  used: "Undangan ini sudah digunakan. Setiap undangan mendaftarkan satu pemilih; mintalah undangan lain kepada penyelenggara jika bukan Anda yang menggunakannya.",
  alreadyOnRoll: "Identitas Anda sudah ada di daftar pemilih pemungutan suara ini.",
  identityNew: "Identitas pemilih akan dibuat untuk Anda di browser ini. Setelah itu, cadangkan di Identitas saya.",
  identityExisting: "Identitas pemilih ini akan dimasukkan ke daftar pemilih:",
  joinButton: "Ikuti pemungutan suara ini",
  stages: {
    signing: "Menandatangani pendaftaran dengan undangan…",
    sending: "Mengirimnya ke layanan perantara…",
    waiting: "Menunggu pendaftaran ditambang…",
  },
  joined: "Anda sudah ada di daftar pemilih.",
  joinedNext: "Pemungutan suara dibuka {opensAt}. Kembalilah saat itu, di browser ini, untuk memberikan suara.",
  voteNow: "Ke surat suara",
  backupReminder: "Cadangkan identitas Anda sekarang",
  failed: "Layanan perantara tidak dapat mendaftarkan Anda: {reason}",
} satisfies Translation<typeof english>;
