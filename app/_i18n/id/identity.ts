import type { Translation } from "../catalog.ts";
import { type identity as english } from "../en/identity.ts";

export const identity = {
  title: "Identitas pemilih saya",
  description:
    "Identitas pemilih adalah rahasia yang membuktikan Anda ada di daftar pemilih suatu pemungutan suara tanpa mengungkapkan siapa Anda. Identitas ini dibuat dan disimpan hanya di browser ini.",
  localOnly:
    "Identitas ini hanya tersimpan di browser ini, di perangkat ini, dalam keadaan terenkripsi. Ballotbox tidak memiliki salinannya dan tidak ada server yang pernah melihatnya. Jika Anda menghapus data situs ini atau kehilangan perangkat, identitas ini hilang: cadangkan ke berkas.",
  none: "Browser ini belum memiliki identitas pemilih.",
  create: "Buat identitas pemilih saya",
  created: "Identitas pemilih Anda sudah siap. Cadangkan sekarang.",
  commitmentLabel: "Komitmen identitas Anda",
  commitmentHint:
    "Bagian publiknya: penyelenggara yang menambahkan pemilih berdasarkan komitmen memerlukan angka ini. Angka ini muncul di daftar pemilih setiap pemungutan suara yang Anda ikuti.",
  backupTitle: "Cadangkan ke berkas terenkripsi",
  backupHint:
    "Minimal 8 karakter. Anda memerlukannya untuk memulihkan berkas; tidak ada yang dapat memulihkannya untuk Anda.",
  passphrase: "Frasa sandi",
  confirmPassphrase: "Ulangi frasa sandi",
  mismatch: "Kedua frasa sandi berbeda.",
  tooShort: "Gunakan minimal {min, number} karakter.",
  backup: "Unduh cadangan terenkripsi",
  backingUp: "Mengenkripsi…",
  backedUp: "Cadangan sudah diunduh. Simpan berkas dan frasa sandinya di tempat terpisah.",
  restoreTitle: "Pulihkan dari berkas cadangan",
  restoreFile: "Berkas cadangan",
  restore: "Pulihkan identitas",
  restoring: "Mendekripsi…",
  restored: "Identitas sudah dipulihkan.",
  replaceWarning: "Pemulihan akan mengganti identitas di browser ini. Cadangkan dulu jika Anda masih memerlukannya.",
  pollsTitle: "Pemungutan suara tempat Anda terdaftar",
  pollsNone: "Belum ada. Ikuti pemungutan suara dengan tautan undangan dari penyelenggaranya.",
  pollsError: "Daftar pemungutan suara tidak dapat dibaca dari blockchain.",
  forgetTitle: "Lupakan identitas ini",
  forgetHint:
    "Menghapusnya dari browser ini. Tanpa cadangan, Anda tidak dapat lagi memberikan suara di pemungutan suara tempat identitas ini terdaftar.",
  forget: "Lupakan identitas",
  forgetConfirm: "Ya, lupakan",
  chooseFile: "Pilih berkas cadangan terlebih dahulu.",
  lockTitle: "Kunci dengan frasa sandi",
  lockHint:
    "Siapa pun yang memakai browser ini dapat memberikan suara dengan identitas yang tidak terkunci. Dengan frasa sandi, browser ini memintanya sebelum identitas dapat dipakai, setiap kali halaman dibuka.",
  lockPassphraseHint:
    "Minimal {min, number} karakter. Jika lupa, hanya berkas cadangan yang dapat mengembalikan identitas.",
  setPassphrase: "Atur frasa sandi",
  settingPassphrase: "Mengunci…",
  passphraseSet: "Identitas dikunci dengan frasa sandi. Identitas tetap terbuka di halaman ini sampai Anda menutupnya.",
  lockNow: "Kunci sekarang",
  removePassphrase: "Hapus frasa sandi",
  passphraseRemoved: "Frasa sandi sudah dihapus: browser ini membuka identitas tanpa bertanya.",
  lockedTitle: "Identitas pemilih Anda terkunci",
  lockedHint: "Ketik frasa sandi yang Anda atur di browser ini untuk menggunakannya.",
  unlock: "Buka kunci",
  unlocking: "Membuka kunci…",
  wrongPassphrase:
    "Frasa sandi itu tidak membuka identitas ini. Periksa lagi (huruf besar dan kecil dibedakan), lalu coba lagi.",
  unreadableTitle: "Identitas di browser ini tidak dapat dibuka",
  unreadableHint: "Pulihkan dari berkas cadangan, atau lupakan untuk memulai dari awal.",
} satisfies Translation<typeof english>;
