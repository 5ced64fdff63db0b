import type { Translation } from "../catalog.ts";
import { type identity as english } from "../en/identity.ts";

export const identity = {
  title: "Identiti pengundi saya",
  description:
    "Identiti pengundi ialah rahsia yang membuktikan anda ada dalam daftar pemilih sesuatu undian tanpa mendedahkan siapa anda. Ia dibuat dan disimpan dalam pelayar ini sahaja.",
  localOnly:
    "Ia hanya disimpan dalam pelayar ini, pada peranti ini, dalam bentuk sulit. Ballotbox tidak menyimpan salinannya dan tiada pelayan yang pernah melihatnya. Jika anda mengosongkan data laman ini atau kehilangan peranti, ia akan hilang: buat sandaran ke fail.",
  none: "Pelayar ini belum mempunyai identiti pengundi.",
  create: "Cipta identiti pengundi saya",
  created: "Identiti pengundi anda sudah sedia. Buat sandaran sekarang.",
  commitmentLabel: "Komitmen identiti anda",
  commitmentHint:
    "Bahagian awam: penganjur yang menambah pengundi melalui komitmen memerlukan nombor ini. Ia muncul dalam daftar pemilih setiap undian yang anda sertai.",
  backupTitle: "Buat sandaran ke fail yang disulitkan",
  backupHint:
    "Sekurang-kurangnya 8 aksara. Anda memerlukannya untuk memulihkan fail; tiada sesiapa boleh mendapatkannya semula untuk anda.",
  passphrase: "Frasa laluan",
  confirmPassphrase: "Ulang frasa laluan",
  mismatch: "Kedua-dua frasa laluan tidak sama.",
  tooShort: "Gunakan sekurang-kurangnya {min, number} aksara.",
  backup: "Muat turun sandaran yang disulitkan",
  backingUp: "Menyulitkan…",
  backedUp: "Sandaran telah dimuat turun. Simpan fail dan frasa laluan di tempat berasingan.",
  restoreTitle: "Pulihkan daripada fail sandaran",
  restoreFile: "Fail sandaran",
  restore: "Pulihkan identiti",
  restoring: "Menyahsulit…",
  restored: "Identiti telah dipulihkan.",
  replaceWarning:
    "Pemulihan akan menggantikan identiti dalam pelayar ini. Buat sandaran dahulu jika anda masih memerlukannya.",
  pollsTitle: "Undian yang anda telah mendaftar",
  pollsNone: "Belum ada. Sertai undian dengan pautan jemputan daripada penganjurnya.",
  pollsError: "Senarai undian tidak dapat dibaca daripada rantaian blok.",
  forgetTitle: "Lupakan identiti ini",
  forgetHint:
    "Membuangnya daripada pelayar ini. Tanpa sandaran, anda tidak lagi boleh mengundi dalam undian yang ia telah didaftarkan.",
  forget: "Lupakan identiti",
  forgetConfirm: "Ya, lupakannya",
  chooseFile: "Pilih fail sandaran dahulu.",
  lockTitle: "Kunci dengan frasa laluan",
  lockHint:
    "Sesiapa yang menggunakan pelayar ini boleh mengundi dengan identiti yang tidak berkunci. Dengan frasa laluan, pelayar ini memintanya sebelum identiti boleh digunakan, setiap kali halaman dibuka.",
  lockPassphraseHint:
    "Sekurang-kurangnya {min, number} aksara. Jika anda terlupa, hanya fail sandaran boleh memulihkan identiti.",
  setPassphrase: "Tetapkan frasa laluan",
  settingPassphrase: "Mengunci…",
  passphraseSet:
    "Identiti dikunci dengan frasa laluan. Ia kekal tidak berkunci dalam halaman ini sehingga anda menutupnya.",
  lockNow: "Kunci sekarang",
  removePassphrase: "Buang frasa laluan",
  passphraseRemoved: "Frasa laluan telah dibuang: pelayar ini membuka identiti tanpa bertanya.",
  lockedTitle: "Identiti pengundi anda berkunci",
  lockedHint: "Taip frasa laluan yang anda tetapkan dalam pelayar ini untuk menggunakannya.",
  unlock: "Buka kunci",
  unlocking: "Membuka kunci…",
  wrongPassphrase:
    "Frasa laluan itu tidak membuka identiti ini. Semak semula (huruf besar dan kecil dikira) dan cuba lagi.",
  unreadableTitle: "Identiti dalam pelayar ini tidak dapat dibuka",
  unreadableHint: "Pulihkan daripada fail sandaran, atau lupakannya untuk bermula semula.",
} satisfies Translation<typeof english>;
