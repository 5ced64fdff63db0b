import type { Translation } from "../catalog.ts";
import { type create as english } from "../en/create.ts";

export const create = {
  title: "Buat pemungutan suara",
  description:
    "Anda menjadi penyelenggara pemungutan suara ini: Anda menyusun daftar pemilih sampai pemungutan suara dibuka. Setelah itu daftar dibekukan dan tidak ada yang dapat mengubahnya, termasuk Anda.",
  question: "Pertanyaan",
  questionPlaceholder: "Usulan mana yang sebaiknya disetujui komite?",
  options: "Pilihan",
  option: "Pilihan {n, number}",
  addOption: "Tambah pilihan",
  removeOption: "Hapus pilihan {n, number}",
  optionsHint: "Dari {min, number} sampai {max, number} pilihan.",
  ballotType: "Surat suara",
  single: "Satu pilihan",
  singleHint: "Setiap pemilih memilih satu pilihan.",
  approval: "Suara persetujuan",
  approvalHint: "Setiap pemilih dapat menyetujui berapa pun pilihan (minimal satu).",
  opensAt: "Pemungutan suara dibuka",
  opensHint: "Sampai saat itu Anda menambahkan pemilih, dan pemilih bergabung melalui undangan.",
  timeZone: "Kedua waktu mengikuti zona waktu Anda: {zone}.",
  closesAt: "Pemungutan suara ditutup",
  closesHint: "Setelah itu, hasilnya final.",
  duration: "Pemungutan suara berlangsung {duration}.",
  registrationTitle: "Cara pemilih masuk ke daftar pemilih",
  registrationBody:
    "Setelah membuat pemungutan suara, Anda dapat menambahkan pemilih berdasarkan komitmen identitas (tempel atau CSV), membagikan tautan undangan sekali pakai dengan kode QR, atau mengizinkan dompet di daftar izin untuk mendaftar. Semua ini dilakukan di halaman Kelola.",
  submit: "Buat pemungutan suara",
  created: "Pemungutan suara {id} sudah dibuat. Membuka halaman Kelola…",
  needWallet:
    "Hubungkan dompet untuk membuat pemungutan suara: ini adalah transaksi dari alamat Anda, dan Anda menjadi penyelenggaranya.",
  noPollCreated: "Transaksi berhasil tetapi tidak membuat pemungutan suara.",
  problems: {
    questionEmpty: "Tulis pertanyaan yang akan dijawab pemilih.",
    questionTooLong: "Buat pertanyaan kurang dari {max, number} karakter.",
    optionEmpty: "Isi pilihan ini atau hapus.",
    optionTooLong: "Buat setiap pilihan kurang dari {max, number} karakter.",
    optionRepeated: "Ada pilihan lain dengan label yang sama.",
    tooFewOptions: "Pemungutan suara memerlukan minimal {min, number} pilihan.",
    tooManyOptions: "Pemungutan suara paling banyak memiliki {max, number} pilihan.",
    ballotTypeUnknown: "Pilih satu pilihan atau suara persetujuan.",
    startMissing: "Pilih kapan pemungutan suara dibuka.",
    startTooSoon:
      "Pemungutan suara harus dibuka minimal {seconds, number} detik dari sekarang: pemilih mendaftar sampai saat itu.",
    endMissing: "Pilih kapan pemungutan suara ditutup.",
    endTooSoon: "Pemungutan suara harus tetap dibuka minimal satu menit setelah dibuka.",
  },
} satisfies Translation<typeof english>;
