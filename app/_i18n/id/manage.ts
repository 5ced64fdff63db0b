import type { Translation } from "../catalog.ts";
import type { manage as english } from "../en/manage.ts";

export const manage = {
  title: "Kelola",
  voters: "{value, plural, other {# pemilih}}",
  loadingRoll: "membaca daftar pemilih…",

  phase: {
    freezes: "Daftar pemilih dibekukan saat pemungutan suara dibuka pada {time} (dalam {countdown}).",
    freezesHint:
      "Sampai saat itu Anda dapat menambahkan pemilih, membagikan tautan undangan, dan menetapkan daftar izin dompet. Setelah itu tidak ada yang dapat bergabung atau dihapus.",
    opened: "Pemungutan suara sudah dibuka: daftar pemilih dibekukan ({voters}).",
    closed: "Pemungutan suara sudah ditutup: daftar pemilih dibekukan ({voters}).",
    frozenHint:
      "Tidak ada lagi yang dapat bergabung ke atau dihapus dari daftar pemilih, baik oleh penyelenggara, lewat undangan, maupun daftar izin.",
  },

  who: {
    title: "Hanya penyelenggara yang dapat mengubah daftar pemilih",
    body: "Hanya penyelenggara pemungutan suara ini yang dapat menambahkan pemilih, menerbitkan undangan, atau menetapkan daftar izin:",
    connect: "Hubungkan dompet itu dengan tombol Hubungkan dompet di bagian atas halaman.",
    connectedAs: "Anda terhubung sebagai",
  },

  csv: {
    pasteHint:
      "Satu per baris; koma di akhir baris tidak masalah. Ekspor CSV dari spreadsheet juga bisa, dengan baris judul yang menamai kolom “{column}” (kolom lain diabaikan).",
    fileHint: "Teks berkas dimuat ke kotak di atas, sehingga nomor barisnya sesuai dengan masalah yang tercantum.",
    loaded: "{name} dimuat ({lines, plural, other {# baris}}).",
    unreadable: "Berkas {name} tidak dapat dibaca. Pilih lagi, atau tempel teksnya.",
    problems: "{value, plural, other {Daftar ini memiliki # masalah:}}",
    clear: "Hapus",
    clearList: "{list, select, commitments {Hapus komitmen} addresses {Hapus alamat} other {Hapus daftar}}",
    andMore: "… dan {value, number} lainnya.",
  },

  add: {
    title: "Tambah pemilih",
    intro:
      "Tambahkan pemilih berdasarkan komitmen identitas mereka: setiap pemilih membuat identitas di aplikasi ini (Identitas saya) dan mengirimkan komitmen yang ditampilkannya kepada Anda. Komitmen bersifat publik; tidak mengungkapkan apa pun tentang pilihan siapa pun.",
    label: "Komitmen identitas",
    placeholder: "1234567890123456789…\n9876543210987654321…",
    button: "Tambah pemilih",
    file: "Atau pilih berkas CSV berisi komitmen",
    empty: "Tempel komitmen identitas atau pilih berkas CSV terlebih dahulu.",
    rollLoading: "Daftar pemilih masih dibaca dari blockchain; coba lagi sebentar lagi.",
    summary: "{found, plural, other {# komitmen}} ditemukan: {fresh, number} akan ditambahkan.",
    alreadyOnRoll: "{value, plural, other {# komitmen}} sudah ada di daftar pemilih dan akan dilewati:",
    nothingNew: "Setiap komitmen dalam daftar sudah ada di daftar pemilih: tidak ada yang perlu ditambahkan.",
    repeated: "{value, plural, other {# baris}} mengulang komitmen sebelumnya dalam daftar dan akan dilewati.",
    skipped: "{alreadyOnRoll, number} sudah ada di daftar, {repeated, number} berulang, {added, number} ditambahkan.",
    plan: "{transactions, plural, =1 {{voters, plural, other {# pemilih}} dalam 1 transaksi.} other {{voters, plural, other {# pemilih}} dalam {transactions, number} transaksi, masing-masing hingga 200; dompet Anda akan meminta konfirmasi untuk setiap transaksi.}}",
    transaction: "Transaksi {index, number} dari {total, number}",
    progress: "{added, number} dari {total, number} pemilih ditambahkan",
    chunkDone:
      "Transaksi {index, number} dari {total, number} selesai: pemilih {from, number} sampai {to, number} ditambahkan.",
    done: "{value, plural, other {# pemilih}} ditambahkan ke daftar pemilih.",
    partial:
      "{added, number} dari {total, number} pemilih ditambahkan; sisanya belum. Tekan Tambah pemilih lagi untuk menambahkannya: yang sudah ada di daftar akan dilewati.",
  },

  invites: {
    title: "Undangan",
    intro:
      "Setiap tautan undangan memungkinkan satu orang memasukkan identitasnya sendiri ke daftar pemilih. Tautan dibuat di browser ini: kuncinya tidak pernah keluar dari sini sampai Anda membagikannya.",
    statusOn: "Undangan aktif: tautan dari set undangan saat ini dapat dipakai untuk bergabung.",
    statusOff: "Undangan nonaktif: tidak ada tautan undangan yang berlaku sampai Anda menerbitkan satu set.",
    countLabel: "Jumlah undangan",
    countHint: "Dari 1 sampai {max, number}.",
    countEmpty: "Masukkan berapa tautan undangan yang akan dibuat.",
    countInvalid: "Masukkan bilangan bulat dari 1 sampai {max, number}.",
    create: "Buat tautan undangan",
    creating: "Membuat tautan…",
    created: "{value, plural, other {# tautan undangan}} dibuat di browser ini.",
    unsaved:
      "Tautan ini hanya ada di tab ini: simpan (unduh atau cetak) sebelum diterbitkan, atau tautan hilang jika halaman dimuat ulang.",
    replacesScreen: "Membuat tautan lagi akan mengganti tautan di bawah.",
    download: "Unduh CSV",
    print: "Cetak lembar QR",
    preparingQr: "Membuat kode QR: {done, number} dari {total, number}.",
    qrFailed: "Kode QR tidak dapat dibuat. Unduh CSV saja, atau buat tautan lagi.",
    saved: "Saya sudah menyimpan tautan ini",
    publish: "Terbitkan undangan ini di blockchain",
    publishNeedsSave: "Unduh atau cetak tautan (atau centang kotak ini) sebelum menerbitkannya.",
    replaceWarning:
      "Penerbitan mengganti set undangan sebelumnya: tautannya yang belum dipakai tidak berlaku lagi. Pemilih yang sudah bergabung tetap di daftar pemilih.",
    published: "Tautan ini sudah aktif: set undangan pemungutan suara ini adalah yang di bawah.",
    publishedDone: "Diterbitkan: tautan di bawah kini dapat dipakai pemilih untuk bergabung.",
    turnOff: "Nonaktifkan undangan",
    turnOffHint: "Menghentikan semua tautan yang belum dipakai dari set saat ini (misalnya jika tautan bocor).",
    turnedOff: "Undangan nonaktif.",
    listHeading: "Tautan undangan",
    invite: "Undangan {index, number}",
    qrAlt: "Kode QR undangan {index, number}",
    showAll: "Tampilkan semua {value, number} tautan",
    showFewer: "Tampilkan lebih sedikit",
    shown: "Menampilkan {shown, number} dari {total, number} tautan.",
    sheetTitle: "Undangan ke pemungutan suara #{pollId}",
    sheetHint:
      "Pindai kodenya, atau buka tautannya, untuk masuk ke daftar pemilih. Setiap undangan hanya berlaku sekali.",
  },

  allowlist: {
    title: "Daftar izin dompet",
    intro:
      "Izinkan daftar dompet untuk bergabung: setiap dompet di daftar dapat memasukkan satu identitas ke daftar pemilih, dengan menandatangani memakai dompet itu.",
    statusSet: "Daftar izin sudah ditetapkan.",
    statusNone: "Belum ada daftar izin.",
    matches: "Daftar di bawah adalah daftar izin pemungutan suara ini saat ini.",
    label: "Alamat dompet",
    placeholder: "0x…\n0x…",
    summary: "{value, plural, other {# dompet}} dalam daftar.",
    set: "Tetapkan daftar izin",
    file: "Atau pilih berkas CSV berisi alamat",
    empty: "Tempel alamat dompet atau pilih berkas CSV terlebih dahulu.",
    replaceWarning:
      "Menetapkan daftar izin akan mengganti daftar sebelumnya. Dompet yang sudah bergabung tetap di daftar pemilih.",
    done: "Daftar izin ditetapkan: {value, plural, other {# dompet}}.",
    download: "Unduh CSV daftar izin",
    share:
      "Bagikan berkas ini kepada pemilih: masing-masing mendaftar dari dompetnya dengan berkas ini. Simpan berkasnya: pendaftaran memerlukan daftar yang persis sama.",
    remove: "Hapus daftar izin",
    removeHint: "Mencegah dompet yang belum bergabung untuk bergabung lewat daftar izin.",
    removed: "Daftar izin sudah dihapus.",
  },

  registrations: {
    title: "Pendaftaran",
    onRoll: "{value, plural, other {# pemilih}} di daftar pemilih",
    byRoute:
      "{invite, number} lewat undangan, {allowlist, number} dari dompet di daftar izin, {organizer, number} ditambahkan penyelenggara.",
    removed: "{value, plural, other {# pemilih}} dihapus oleh penyelenggara.",
    atBlock: "Per blok {block}.",
    empty: "Belum ada siapa pun di daftar pemilih.",
    loadError: "Data pendaftaran tidak dapat dibaca dari blockchain.",
    search: "Cari komitmen",
    searchHint: "Sebagian dari komitmen: pemilih dapat memeriksa bahwa mereka ada di daftar.",
    noMatch: "Tidak ada komitmen di daftar pemilih yang cocok.",
    listLabel: "Pemilih di daftar pemilih",
    index: "Indeks",
    commitment: "Komitmen",
    joined: "Cara bergabung",
    via: {
      invite: "Undangan",
      allowlist: "Dompet di daftar izin",
      organizer: "Ditambahkan penyelenggara",
      removed: "Dihapus",
    },
    showAll: "Tampilkan semua {value, number}",
    showFewer: "Tampilkan lebih sedikit",
    shown: "Menampilkan {shown, number} dari {total, number}.",
    download: "Unduh CSV daftar pemilih",
  },
} satisfies Translation<typeof english>;
