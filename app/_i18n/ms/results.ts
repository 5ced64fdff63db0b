import type { Translation } from "../catalog.ts";
import type { results as english } from "../en/results.ts";

export const results = {
  tabs: { results: "Keputusan", vote: "Undi", manage: "Urus", recount: "Kiraan semula", label: "Bahagian undian" },
  notFound: "Tiada undian {pollId} dalam pemasangan ini.",
  invalidId: "Ini bukan alamat undian: id undian ialah nombor bulat bermula dari 1.",
  window: "Pengundian dari {start} hingga {end}",
  organizer: "Penganjur",
  liveTally: "Kiraan semasa",
  finalResult: "Keputusan muktamad",
  chartLabel: "Undi bagi setiap pilihan untuk: {question}",
  votes: "{count, plural, other {# undi}}",
  turnoutTitle: "Peratusan keluar mengundi",
  rollSize: "Dalam daftar pemilih",
  ballotsCast: "Undi yang dikira",
  approvalNote:
    "Undi persetujuan: setiap pengundi boleh menyetujui beberapa pilihan. Peratusan ialah bahagian undi yang menyetujui pilihan itu, jadi jumlah peratusan boleh melebihi 100%.",
  singleNote: "Peratusan ialah bahagian pilihan itu daripada undi yang dikira.",
  shareLabel: "Bahagian undi",
  optionLabel: "Pilihan",
  votesLabel: "Undi",
  registrationNote: "Pengundian belum dibuka. Pengundi masih boleh ditambah ke daftar pemilih sehingga ia dibuka.",
  noBallots: "Belum ada undi.",
  winner: "Undi terbanyak: {label}",
  tie: "Seri antara {labels}",
  verifyHint: "Jangan percaya halaman ini bulat-bulat: kira semula setiap undi sendiri.",
  recountLink: "Kira semula dalam pelayar anda",

  downloadsTitle: "Muat turun keputusan",
  downloadCsv: "Muat turun CSV",
  downloadJson: "Muat turun JSON",
  downloadsHint: "Angka setakat blok {block}, bersama soalan dan pilihan undian.",

  share: {
    title: "Kongsi undian ini",
    label: "Pautan ke undian ini",
    copy: "Salin pautan",
    copied: "Pautan disalin.",
    copyFailed: "Pautan tidak dapat disalin: pilih dan salin sendiri.",
  },

  receipt: {
    title: "Semak resit",
    label: "Penanda pembatal (resit)",
    hint: "Nombor yang ditunjukkan pada resit pengundi. Ia dipadankan dalam halaman ini: nod tidak pernah ditanya tentangnya.",
    button: "Semak",
    invalid: {
      empty: "Tampal penanda pembatal daripada resit dahulu.",
      format: "Penanda pembatal ialah nombor bulat yang terdiri daripada digit sahaja, seperti pada resit.",
      range: "Nombor ini terlalu besar untuk menjadi penanda pembatal: salin semula daripada resit.",
    },
    counted: "Dikira.",
    where: "Undi ini ada dalam kiraan: blok {block}, transaksi",
    absent:
      "Belum ada undi dengan penanda pembatal ini yang dikira dalam undian ini. Undi yang baru dihantar mungkin mengambil sedikit masa untuk dilombong.",
  },
} satisfies Translation<typeof english>;
