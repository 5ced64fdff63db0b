import type { Translation } from "../catalog.ts";
import { type common as english } from "../en/common.ts";

export const common = {
  appName: "Ballotbox",
  tagline: "Pemungutan suara anonim yang dapat dihitung ulang oleh siapa saja.",
  nav: {
    polls: "Pemungutan suara",
    create: "Buat pemungutan suara",
    identity: "Identitas saya",
    main: "Navigasi utama",
  },
  language: { label: "Bahasa", changing: "Mengganti bahasa…" },
  skipToContent: "Langsung ke konten",
  loading: "Memuat…",
  retry: "Coba lagi",
  cancel: "Batal",
  close: "Tutup",
  copy: "Salin",
  copied: "Tersalin",
  download: "Unduh",
  seconds: "{value, number, seconds} detik",
  duration: {
    daysHours: "{days, number} hari {hours, number} jam",
    hoursMinutes: "{hours, number} jam {minutes, number} menit",
    minutesSeconds: "{minutes, number} menit {seconds, number} detik",
    seconds: "{seconds, number} detik",
  },
  phase: { registration: "Pendaftaran", voting: "Pemungutan suara dibuka", closed: "Ditutup" },
  ballotType: { single: "Satu pilihan", approval: "Suara persetujuan (boleh lebih dari satu)" },
  timeLeft: {
    opensIn: "Dibuka {relative}",
    closesIn: "Ditutup {relative}",
    closedAgo: "Ditutup {relative}",
  },
  turnout: "{count, number} dari {roll, number} pemilih sudah memberikan suara ({share})",
  footer: "Rantai {chainId} · kontrak",
  notFound: {
    title: "Halaman tidak ditemukan",
    description: "Tidak ada halaman di alamat ini. Tautannya mungkin tidak lengkap atau sudah kedaluwarsa.",
    home: "Ke daftar pemungutan suara",
  },
  configError: {
    title: "Ballotbox belum dikonfigurasi",
    body: "Server tidak menemukan deployment Ballotbox:",
  },
  chainUnreachable:
    "Blockchain di {rpcUrl} tidak merespons. Jika Anda menjalankan Ballotbox secara lokal, apakah “npm start” masih berjalan?",
  wallet: {
    connect: "Hubungkan dompet",
    connecting: "Menghubungkan…",
    disconnect: "Putuskan",
    chooseTitle: "Hubungkan dompet",
    noWallet:
      "Tidak ada dompet browser yang ditemukan. Pasang satu (misalnya MetaMask atau Rabby), lalu muat ulang halaman.",
    localDev: "Akun pengembangan lokal",
    localDevNote:
      "Hanya untuk pengembangan lokal: akun node Hardhat lokal, yang menandatangani atas namanya. Akun ini hanya ada di rantai 31337.",
    wrongChain: "Dompet Anda berada di jaringan lain. Pindahkan ke rantai {chainId}.",
    switchChain: "Ganti jaringan",
    switchFirst: "Dompet Anda berada di jaringan lain: pindahkan ke jaringan aplikasi ini, lalu coba lagi.",
    rejected: "Anda menolak permintaan ini di dompet Anda.",
    notConnected:
      "Hubungkan dompet terlebih dahulu: tindakan penyelenggara adalah transaksi yang ditandatangani dompet Anda.",
  },
  transaction: {
    confirm: "Konfirmasikan transaksi di dompet Anda…",
    pending: "Menunggu transaksi ditambang…",
    done: "Selesai.",
    reverted: "Transaksi sudah ditambang tetapi gagal. Tidak ada yang berubah di blockchain.",
  },
} satisfies Translation<typeof english>;
