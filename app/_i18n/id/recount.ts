import type { Translation } from "../catalog.ts";
import type { recount as english } from "../en/recount.ts";

export const recount = {
  metaTitle: "Hitung ulang",
  title: "Hitung ulang pemungutan suara ini sendiri",
  sealedCli:
    "Pemungutan suara ini tersegel. Penghitungan ulangnya memverifikasi ulang setiap surat suara terenkripsi, upacara kunci, dan dekripsi setiap wali amanat; di versi ini ia dijalankan dari baris perintah, dengan pemeriksaan yang sama dan hasil MATCH atau selisihnya:",
  intro:
    "Penghitungan ulang independen yang sepenuhnya berjalan di browser Anda. Penghitungan ini tidak memercayai server situs ini maupun catatan kontrak itu sendiri: setiap angka dihitung ulang dari surat suara itu sendiri.",
  checksTitle: "Apa yang diperiksa",
  checks: {
    proofs: "Bukti tanpa pengetahuan setiap surat suara diverifikasi ulang, di sini di browser Anda.",
    roll: "Daftar pemilih disusun ulang dari peristiwa keanggotaan Semaphore, dan akarnya dibandingkan dengan akar pemungutan suara yang dibekukan.",
    ballots:
      "Setiap surat suara harus membawa cakupan pemungutan suara ini dan akar daftar pemilih yang dibekukan, merupakan pilihan yang sah, dan diberikan dalam jangka waktu pemungutan suara; setiap penanda pembatal dihitung sekali.",
    tally:
      "Hasil dihitung ulang dari surat suara yang sah dan dibandingkan, pilihan demi pilihan, dengan hasil kontrak.",
  },
  chainSource: "Dari blockchain, surat suara dibaca langsung dari node di {rpcUrl}.",
  fromChain: "Hitung ulang dari blockchain",
  notStarted:
    "Pemungutan suara belum dimulai: masih dalam tahap pendaftaran, jadi belum ada surat suara untuk dihitung ulang. Pemungutan suara dibuka {opensAt}.",
  or: "atau",
  bundleLabel: "Verifikasi paket audit",
  bundleHint:
    "Paket audit (berkas JSON yang disimpan oleh penghitungan ulang sebelumnya, di sini atau lewat baris perintah) memuat semua yang dibaca dari blockchain: paket ini dihitung ulang secara offline, hanya dari berkas itu.",

  runningTitle: "Menghitung ulang…",
  stage: {
    starting: "Memulai penghitungan ulang…",
    readingChain: "Membaca pemungutan suara, daftar pemilih, dan surat suaranya dari blockchain…",
    readingBundle: "Membaca paket audit…",
    verifying: "Memverifikasi bukti setiap surat suara…",
  },
  blocks: "Blok {last, number} dari {to, number}",
  ballotsDone: "{done, number} dari {total, plural, other {# surat suara}}",
  rate: "{perSecond, number, ::precision-integer} surat suara per detik",
  elapsed: "Waktu berjalan: {duration}",
  percentDone: "{percent, number}% selesai",
  cancel: "Batal",
  cancelled: "Penghitungan ulang dibatalkan.",

  resultTitle: "Hasil",
  verdictExplanation: {
    MATCH:
      "Setiap surat suara yang dihitung lolos pemeriksaan, dan hasil kontrak sama dengan hasil penghitungan ulang.",
    MISMATCH: "Angka kontrak berbeda dari hasil penghitungan ulang. Setiap perbedaan tercantum di bawah.",
  },
  provisional:
    "Pemungutan suara masih dibuka pada blok yang dibaca: masih ada kemungkinan surat suara baru, jadi hasil ini bersifat sementara.",
  fromBundle: "Dihitung ulang secara offline dari paket audit {fileName}.",
  otherPoll:
    "Paket ini milik pemungutan suara #{bundlePoll}, bukan #{pagePoll} yang ditampilkan di halaman ini: hasilnya tentang pemungutan suara #{bundlePoll}.",
  otherDeployment: "Paket ini berasal dari deployment lain, bukan situs ini: rantai {chainId}, kontrak {ballotbox}.",

  tableCaption: "Hasil penghitungan ulang dan hasil kontrak, per pilihan",
  column: { option: "Pilihan", recount: "Hitung ulang", contract: "Kontrak", agree: "Sama" },
  agrees: "Ya",
  differs: "Tidak, berbeda",
  missing: "—",

  detailsTitle: "Rincian",
  details: {
    ballotsChecked: "Surat suara diperiksa",
    ballotsCounted: "Surat suara dihitung",
    ballotsRejected: "Surat suara ditolak",
    contractBallots: "Surat suara yang dihitung kontrak",
    rollSize: "Pemilih di daftar",
    rollRoot: "Akar daftar pemilih",
    block: "Dibaca pada blok",
    chain: "Rantai",
    contract: "Kontrak",
    speed: "Kecepatan verifikasi",
  },
  blockAt: "{block, number} ({time})",
  speed: "{perSecond, number, ::precision-integer} surat suara per detik ({seconds, number, ::.00} detik seluruhnya)",

  discrepanciesTitle: "Perbedaan",
  rejectedTitle: "{rejected, plural, other {# surat suara ditolak}}",
  rejected: { nullifier: "Penanda pembatal", transaction: "Transaksi", block: "Blok", reasons: "Alasan ditolak" },
  discrepancy: {
    rollRootMismatch:
      "Daftar pemilih yang disusun ulang dari peristiwa Semaphore memiliki akar {rebuilt}, tetapi kontrak melaporkan akar {contract}.",
    pollRootMismatch:
      "Daftar pemilih yang disusun ulang dari peristiwa Semaphore memiliki akar {rebuilt}, tetapi akar daftar pemilih yang dibekukan pemungutan suara ini adalah {stored}.",
    rejectedBallots: "{count, plural, other {Kontrak menghitung # surat suara yang ditolak oleh penghitungan ulang.}}",
    optionTallyMismatch:
      "Pilihan {option, number} ({label}): penghitungan ulang mendapatkan {recount, number}, tetapi kontrak melaporkan {contract, number}.",
    optionMissing:
      "Pilihan {option, number} ({label}): penghitungan ulang mendapatkan {recount, number}, tetapi kontrak tidak melaporkan hasil apa pun untuknya.",
    optionCountMismatch:
      "Kontrak melaporkan hasil untuk {contract, plural, other {# pilihan}}, padahal pemungutan suara ini memiliki {poll, number} pilihan.",
    ballotCountMismatch:
      "Penghitungan ulang menghitung {recount, plural, other {# surat suara}}, tetapi kontrak melaporkan {contract, number}.",
  },
  reason: {
    wrongScope:
      "Cakupannya bukan cakupan pemungutan suara ini: surat suara ini dibuat untuk pemungutan suara atau deployment lain.",
    wrongRoot:
      "Surat suara ini dibuktikan dengan akar daftar pemilih lain, bukan akar yang dibekukan pemungutan suara ini.",
    invalidBallot:
      "Nilai surat suaranya ({ballot}) tidak sah: pemungutan suara ini berjenis {ballotType, select, single {satu pilihan} other {suara persetujuan (boleh lebih dari satu)}} dan memiliki {optionCount, plural, other {# pilihan}}.",
    outsideVotingWindow:
      "Surat suara ini masuk ke blockchain pada {includedAt}, di luar jangka waktu pemungutan suara ({opens} sampai {closes}).",
    unsupportedDepth: "Kedalaman pohonnya ({depth, number}) tidak didukung Semaphore.",
    malformedProof: "Format buktinya tidak sah.",
    proofInvalid: "Bukti tanpa pengetahuannya gagal diverifikasi.",
    nullifierReused: "Penanda pembatalnya sudah dihitung di transaksi {transaction}.",
  },
  report: {
    poll: "Pemungutan suara #{pollId}: {question}",
    setup:
      "{ballotType, select, single {Satu pilihan} other {Suara persetujuan (boleh lebih dari satu)}}, rantai {chainId}, kontrak {ballotbox}",
    readClosed: "Dibaca pada blok {block, number} ({time}); pemungutan suara sudah ditutup.",
    readOpen:
      "Dibaca pada blok {block, number} ({time}); pemungutan suara masih dibuka, jadi hasilnya masih bisa berubah.",
    roll: "Daftar pemilih: {size, plural, other {# pemilih}}, akar {root}",
    ballots:
      "Surat suara diperiksa: {checked, number}; dihitung: {counted, number}; ditolak: {rejected, number} (kontrak menghitung {contract, number})",
    verification:
      "Bukti diverifikasi dalam {seconds, number, ::.00} detik ({perSecond, number, ::precision-integer} surat suara per detik)",
    rejectedBallot:
      "Surat suara ditolak, penanda pembatal {nullifier} (transaksi {transaction}, blok {block, number}):",
    verdict: {
      MATCH:
        "MATCH: setiap surat suara yang dihitung lolos pemeriksaan, dan hasil kontrak sama dengan hasil penghitungan ulang.",
      MISMATCH: "MISMATCH: angka kontrak berbeda dari hasil penghitungan ulang:",
    },
  },

  downloadsTitle: "Simpan salinan",
  downloadsHint:
    "Dengan paket audit, siapa saja dapat mengulangi penghitungan ini secara offline, di halaman ini atau dengan perintah “ballotbox verify-bundle”.",
  downloadJson: "Unduh laporan (JSON)",
  downloadText: "Unduh laporan (teks)",
  downloadBundle: "Unduh paket audit",

  errorTitle: "Penghitungan ulang tidak dapat diselesaikan",
  errors: {
    wrongChain: "Node di {rpcUrl} berada di rantai {actual}, bukan rantai situs ini, {expected}.",
    pollNotFound: "Tidak ada pemungutan suara {pollId} di deployment ini.",
    bundleNotJson:
      "Berkas ini tidak dapat dihitung ulang: ini bukan paket audit (bahkan bukan JSON). Pilih paket yang diunduh dari penghitungan ulang.",
    bundleInvalid:
      "Berkas ini tidak dapat dihitung ulang: ini bukan paket audit Ballotbox, atau versi ini tidak dapat membacanya.",
    bundleInvalidField:
      "Berkas ini tidak dapat dihitung ulang: kolom “{field}” tidak ada atau salah. Berkas mungkin terpotong atau telah diubah.",
    unreadableFile: "Berkas ini tidak dapat dibaca. Pilih berkasnya lagi.",
    verificationKey:
      "Situs ini tidak dapat menyediakan kunci verifikasi untuk kedalaman pohon {depth, number} (HTTP {status}), jadi bukti tidak dapat diperiksa. Coba lagi nanti.",
    crashed:
      "Penghitungan ulang berhenti tiba-tiba (browser mungkin kehabisan memori). Muat ulang halaman, lalu coba lagi.",
  },
} satisfies Translation<typeof english>;
