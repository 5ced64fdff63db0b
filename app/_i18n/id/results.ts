import type { Translation } from "../catalog.ts";
import type { results as english } from "../en/results.ts";

export const results = {
  tabs: {
    results: "Hasil",
    vote: "Beri suara",
    manage: "Kelola",
    recount: "Hitung ulang",
    label: "Bagian pemungutan suara",
  },
  notFound: "Tidak ada pemungutan suara {pollId} di deployment ini.",
  invalidId: "Ini bukan alamat pemungutan suara: id pemungutan suara adalah bilangan bulat mulai dari 1.",
  window: "Pemungutan suara dari {start} sampai {end}",
  organizer: "Penyelenggara",
  liveTally: "Penghitungan berjalan",
  finalResult: "Hasil akhir",
  chartLabel: "Suara per pilihan untuk: {question}",
  votes: "{count, plural, other {# suara}}",
  turnoutTitle: "Tingkat partisipasi",
  rollSize: "Di daftar pemilih",
  ballotsCast: "Surat suara yang dihitung",
  approvalNote:
    "Suara persetujuan: setiap pemilih boleh menyetujui beberapa pilihan. Persentasenya adalah bagian surat suara yang menyetujui pilihan itu, sehingga jumlahnya bisa lebih dari 100%.",
  singleNote: "Persentasenya adalah bagian pilihan itu dari surat suara yang dihitung.",
  shareLabel: "Bagian surat suara",
  optionLabel: "Pilihan",
  votesLabel: "Suara",
  registrationNote: "Pemungutan suara belum dibuka. Pemilih masih dapat ditambahkan ke daftar sampai saat itu.",
  noBallots: "Belum ada surat suara.",
  winner: "Suara terbanyak: {label}",
  tie: "Seri antara {labels}",
  verifyHint: "Jangan hanya percaya pada halaman ini: hitung ulang sendiri setiap surat suara.",
  recountLink: "Hitung ulang di browser Anda",

  downloadsTitle: "Unduh hasil",
  downloadCsv: "Unduh CSV",
  downloadJson: "Unduh JSON",
  downloadsHint: "Angka per blok {block}, beserta pertanyaan dan pilihan pemungutan suara.",

  share: {
    title: "Bagikan pemungutan suara ini",
    label: "Tautan ke pemungutan suara ini",
    copy: "Salin tautan",
    copied: "Tautan tersalin.",
    copyFailed: "Tautan tidak dapat disalin: pilih lalu salin sendiri.",
  },

  receipt: {
    title: "Periksa tanda terima",
    label: "Penanda pembatal (tanda terima)",
    hint: "Angka yang tertera di tanda terima pemilih. Angka ini dicocokkan di halaman ini: node tidak pernah ditanya tentangnya.",
    button: "Periksa",
    invalid: {
      empty: "Tempel dulu penanda pembatal dari tanda terima.",
      format: "Penanda pembatal adalah bilangan bulat yang hanya berisi angka, seperti di tanda terima.",
      range: "Angka ini terlalu besar untuk sebuah penanda pembatal: salin lagi dari tanda terima.",
    },
    counted: "Dihitung.",
    where: "Surat suara ini sudah masuk penghitungan: blok {block}, transaksi",
    absent:
      "Belum ada surat suara dengan penanda pembatal ini yang dihitung dalam pemungutan suara ini. Surat suara yang baru dikirim mungkin perlu waktu sebentar untuk ditambang.",
  },
} satisfies Translation<typeof english>;
