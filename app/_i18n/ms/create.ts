import type { Translation } from "../catalog.ts";
import { type create as english } from "../en/create.ts";

export const create = {
  title: "Cipta undian",
  description:
    "Anda menjadi penganjur undian ini: anda membina daftar pemilih sehingga pengundian dibuka. Selepas itu daftar dibekukan dan tiada sesiapa, termasuk anda, boleh mengubahnya.",
  question: "Soalan",
  questionPlaceholder: "Cadangan manakah yang patut diterima oleh jawatankuasa?",
  options: "Pilihan",
  option: "Pilihan {n, number}",
  addOption: "Tambah pilihan",
  removeOption: "Buang pilihan {n, number}",
  optionsHint: "Dari {min, number} hingga {max, number} pilihan.",
  ballotType: "Undi",
  single: "Satu pilihan",
  singleHint: "Setiap pengundi memilih satu pilihan.",
  approval: "Undi persetujuan",
  approvalHint: "Setiap pengundi boleh menyetujui berapa banyak pilihan (sekurang-kurangnya satu).",
  opensAt: "Pengundian dibuka",
  opensHint: "Sehingga itu, anda menambah pengundi dan pengundi menyertai melalui jemputan.",
  timeZone: "Kedua-dua masa mengikut zon waktu anda: {zone}.",
  closesAt: "Pengundian ditutup",
  closesHint: "Selepas ini, keputusan adalah muktamad.",
  duration: "Pengundian berlangsung selama {duration}.",
  registrationTitle: "Cara pengundi masuk ke daftar pemilih",
  registrationBody:
    "Selepas mencipta undian, anda boleh menambah pengundi melalui komitmen identiti (tampal atau CSV), memberikan pautan jemputan sekali guna dengan kod QR, atau membenarkan dompet dalam senarai dibenarkan mendaftar. Semua ini dibuat di halaman Urus undian.",
  submit: "Cipta undian",
  created: "Undian {id} telah dicipta. Membuka halaman Urus…",
  needWallet:
    "Sambung dompet untuk mencipta undian: ia ialah transaksi dari alamat anda, dan anda menjadi penganjurnya.",
  noPollCreated: "Transaksi berjaya tetapi tiada undian yang dicipta.",
  problems: {
    questionEmpty: "Tulis soalan yang akan dijawab oleh pengundi.",
    questionTooLong: "Pastikan soalan kurang daripada {max, number} aksara.",
    optionEmpty: "Tulis pilihan ini atau buangnya.",
    optionTooLong: "Pastikan setiap pilihan kurang daripada {max, number} aksara.",
    optionRepeated: "Ada pilihan lain dengan label yang sama.",
    tooFewOptions: "Satu undian memerlukan sekurang-kurangnya {min, number} pilihan.",
    tooManyOptions: "Satu undian mempunyai paling banyak {max, number} pilihan.",
    ballotTypeUnknown: "Pilih satu pilihan atau undi persetujuan.",
    startMissing: "Pilih bila pengundian dibuka.",
    startTooSoon:
      "Pengundian mesti dibuka sekurang-kurangnya {seconds, number} saat dari sekarang: pengundi mendaftar sehingga itu.",
    endMissing: "Pilih bila pengundian ditutup.",
    endTooSoon: "Pengundian mesti kekal dibuka sekurang-kurangnya seminit selepas dibuka.",
  },
} satisfies Translation<typeof english>;
