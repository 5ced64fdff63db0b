import type { Translation } from "../catalog.ts";
import { type common as english } from "../en/common.ts";

export const common = {
  appName: "Ballotbox",
  tagline: "Undian tanpa nama yang boleh dikira semula oleh sesiapa sahaja.",
  nav: { polls: "Undian", create: "Cipta undian", identity: "Identiti saya", main: "Navigasi utama" },
  language: { label: "Bahasa", changing: "Menukar bahasa…" },
  skipToContent: "Langkau ke kandungan",
  loading: "Memuatkan…",
  retry: "Cuba lagi",
  cancel: "Batal",
  close: "Tutup",
  copy: "Salin",
  copied: "Disalin",
  download: "Muat turun",
  seconds: "{value, number, seconds} saat",
  duration: {
    daysHours: "{days, number} hari {hours, number} jam",
    hoursMinutes: "{hours, number} jam {minutes, number} minit",
    minutesSeconds: "{minutes, number} minit {seconds, number} saat",
    seconds: "{seconds, number} saat",
  },
  phase: { registration: "Pendaftaran", voting: "Pengundian dibuka", closed: "Ditutup" },
  ballotType: { single: "Satu pilihan", approval: "Undi persetujuan (boleh pilih lebih dari satu)" },
  timeLeft: {
    opensIn: "Dibuka {relative}",
    closesIn: "Ditutup {relative}",
    closedAgo: "Ditutup {relative}",
  },
  turnout: "{count, number} daripada {roll, number} telah mengundi ({share})",
  footer: "Rantaian {chainId} · kontrak",
  notFound: {
    title: "Halaman tidak dijumpai",
    description: "Tiada halaman di alamat ini. Pautan itu mungkin tidak lengkap atau sudah lapuk.",
    home: "Pergi ke senarai undian",
  },
  configError: {
    title: "Ballotbox belum dikonfigurasikan",
    body: "Pelayan tidak dapat mencari pemasangan Ballotbox:",
  },
  chainUnreachable:
    "Rantaian blok di {rpcUrl} tidak menjawab. Jika anda menjalankan Ballotbox secara setempat, adakah “npm start” masih berjalan?",
  wallet: {
    connect: "Sambung dompet",
    connecting: "Menyambung…",
    disconnect: "Putuskan sambungan",
    chooseTitle: "Sambung dompet",
    noWallet: "Tiada dompet pelayar dijumpai. Pasang satu (contohnya MetaMask atau Rabby) dan muat semula halaman ini.",
    localDev: "Akaun pembangunan setempat",
    localDevNote:
      "Untuk pembangunan setempat sahaja: akaun nod Hardhat setempat, yang menandatangani bagi pihaknya. Ia hanya wujud pada rantaian 31337.",
    wrongChain: "Dompet anda berada pada rangkaian lain. Tukar kepada rantaian {chainId}.",
    switchChain: "Tukar rangkaian",
    switchFirst: "Dompet anda berada pada rangkaian lain: tukar kepada rangkaian aplikasi ini dan cuba lagi.",
    rejected: "Anda telah menolak permintaan ini dalam dompet anda.",
    notConnected: "Sambung dompet dahulu: tindakan penganjur ialah transaksi yang ditandatangani oleh dompet anda.",
  },
  transaction: {
    confirm: "Sahkan transaksi dalam dompet anda…",
    pending: "Menunggu transaksi dilombong…",
    done: "Selesai.",
    reverted: "Transaksi telah dilombong tetapi gagal. Tiada apa-apa yang berubah dalam rantaian blok.",
  },
} satisfies Translation<typeof english>;
