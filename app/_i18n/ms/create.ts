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
  secrecy: "Kerahsiaan",
  public: "Terbuka semasa dibuang",
  publicHint: "Pilihan setiap undi berada di rantaian sebaik dibuang: sesiapa pun boleh melihat kiraan semasa.",
  sealed: "Termeterai sehingga ditutup",
  sealedHint: "Setiap undi disulitkan; hanya jumlahnya dinyahsulit selepas ditutup. Sehingga {max, number} pilihan.",
  publicExplained:
    "Pengundi kekal tanpa nama dalam kedua-dua cara. Dengan undi terbuka, kiraan bertambah secara langsung dan sesiapa pun boleh mengira semula pada bila-bila masa; tiada pemegang amanah diperlukan.",
  sealedExplained:
    "Pelayar pengundi menyulitkan setiap undi di bawah kunci yang dibuat bersama oleh pemegang amanah sebelum pengundian dibuka: tiada sesiapa, bukan anda, perkhidmatan penyampai atau mana-mana seorang pemegang amanah, dapat membaca undi atau kiraan semasa. Selepas ditutup, bilangan pemegang amanah yang anda pilih di bawah masing-masing menerbitkan bahagian penyahsulitan mereka, disemak di rantaian, dan hanya jumlahnya didedahkan. Setiap langkah upacara kunci ada tarikh akhir; jika terlalu sedikit yang mengambil bahagian sebelum pengundian dibuka, undian itu tidak akan dibuka.",
  sealedTitle: "Pemegang amanah dan upacara kunci mereka",
  trusteesTitle: "Pemegang amanah",
  trusteesHint:
    "Alamat dompet orang yang akan membuat kunci undian dan menyahsulit jumlahnya. Setiap seorang membuka halaman Pemegang Amanah undian dari dompet itu.",
  trustee: "Pemegang amanah {n, number}",
  addTrustee: "Tambah pemegang amanah",
  removeTrustee: "Buang pemegang amanah {n, number}",
  threshold: "Pemegang amanah yang diperlukan untuk menyahsulit",
  thresholdHint:
    "Mana-mana {threshold, number} daripada {trustees, number} pemegang amanah boleh menyahsulit jumlahnya; kurang daripada itu tidak mengetahui apa-apa, dan yang lain boleh tidak hadir.",
  deadlinesTitle: "Tarikh akhir upacara kunci",
  deadlinesHint:
    "Secara lalai, empat langkah berkongsi masa sehingga pengundian dibuka. Setiap pemegang amanah bertindak sebelum setiap tarikh akhir; sesiapa pun boleh menetapkan kunci undian antara tarikh akhir terakhir dan pembukaan.",
  sealedUnavailable:
    "Pelaksanaan ini tidak menamakan kontrak SealedBallots, jadi ia tidak dapat mencipta undian termeterai.",
  ceremonyNotOpened:
    "Undian {id} telah dicipta, tetapi upacara kuncinya belum dibuka, jadi ia belum boleh menerima undi. Buka upacara itu sekali lagi.",
  openCeremonyAgain: "Buka upacara kunci",
  sealedProblems: {
    trusteesMissing: "Namakan sekurang-kurangnya seorang pemegang amanah.",
    tooManyTrustees: "Undian termeterai mempunyai paling banyak {max, number} pemegang amanah.",
    trusteeInvalid: "Tulis alamat dompet (0x diikuti 40 digit heksadesimal).",
    trusteeRepeated: "Pemegang amanah ini dinamakan dua kali.",
    thresholdOutOfRange: "Pilih dari 1 hingga bilangan pemegang amanah.",
    deadlineMissing: "Tetapkan setiap tarikh akhir.",
    deadlinesOutOfOrder:
      "Tarikh akhir mesti mengikut susunan ini, selepas sekarang dan tidak lewat daripada pembukaan pengundian.",
    tooManySealedOptions: "Undian termeterai mempunyai paling banyak {max, number} pilihan.",
  },
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
