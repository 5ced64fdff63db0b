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
  secrecy: "Kerahasiaan",
  public: "Terbuka saat diberikan",
  publicHint:
    "Pilihan setiap surat suara ada di rantai begitu diberikan: siapa pun dapat melihat penghitungan berjalan.",
  sealed: "Tersegel sampai ditutup",
  sealedHint:
    "Setiap surat suara dienkripsi; hanya totalnya yang didekripsi setelah ditutup. Hingga {max, number} pilihan.",
  publicExplained:
    "Pemilih tetap anonim dengan kedua cara. Dengan surat suara terbuka, penghitungan bertambah secara langsung dan siapa pun dapat menghitung ulang kapan saja; tidak perlu wali.",
  sealedExplained:
    "Browser pemilih mengenkripsi setiap surat suara dengan kunci yang dibuat bersama oleh para wali sebelum pemungutan suara dibuka: tidak ada seorang pun, baik Anda, layanan perantara, maupun satu wali mana pun, yang dapat membaca surat suara atau penghitungan berjalan. Setelah ditutup, sejumlah wali yang Anda pilih di bawah masing-masing menerbitkan bagian dekripsinya, diperiksa di rantai, dan hanya totalnya yang diungkap. Setiap langkah upacara kunci punya tenggat; jika terlalu sedikit yang ikut sebelum pemungutan suara dibuka, pemungutan suara tidak akan dibuka.",
  sealedTitle: "Para wali dan upacara kunci mereka",
  trusteesTitle: "Wali",
  trusteesHint:
    "Alamat dompet orang-orang yang akan membuat kunci pemungutan suara dan mendekripsi totalnya. Masing-masing membuka halaman Wali pemungutan suara dari dompet tersebut.",
  trustee: "Wali {n, number}",
  addTrustee: "Tambah wali",
  removeTrustee: "Hapus wali {n, number}",
  threshold: "Wali yang dibutuhkan untuk mendekripsi",
  thresholdHint:
    "{threshold, number} mana pun dari {trustees, number} wali dapat mendekripsi totalnya; kurang dari itu tidak mengetahui apa pun, dan sisanya boleh tidak hadir.",
  deadlinesTitle: "Tenggat upacara kunci",
  deadlinesHint:
    "Secara bawaan, keempat langkah berbagi waktu sampai pemungutan suara dibuka. Setiap wali bertindak sebelum setiap tenggat; siapa pun dapat menetapkan kunci pemungutan suara antara tenggat terakhir dan pembukaan.",
  sealedUnavailable:
    "Penerapan ini tidak menyebut kontrak SealedBallots, sehingga tidak dapat membuat pemungutan suara tersegel.",
  ceremonyNotOpened:
    "Pemungutan suara {id} sudah dibuat, tetapi upacara kuncinya belum dibuka, sehingga belum dapat menerima surat suara. Buka upacaranya lagi.",
  openCeremonyAgain: "Buka upacara kunci",
  sealedProblems: {
    trusteesMissing: "Sebutkan setidaknya satu wali.",
    tooManyTrustees: "Pemungutan suara tersegel memiliki paling banyak {max, number} wali.",
    trusteeInvalid: "Tulis alamat dompet (0x diikuti 40 digit heksadesimal).",
    trusteeRepeated: "Wali ini disebut dua kali.",
    thresholdOutOfRange: "Pilih dari 1 sampai jumlah wali.",
    deadlineMissing: "Tetapkan setiap tenggat.",
    deadlinesOutOfOrder:
      "Tenggat harus berurutan seperti ini, setelah sekarang dan tidak lebih lambat dari pembukaan pemungutan suara.",
    tooManySealedOptions: "Pemungutan suara tersegel memiliki paling banyak {max, number} pilihan.",
  },
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
