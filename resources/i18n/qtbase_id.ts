<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Simpan Semua</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ya</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Tidak</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Batalkan</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Coba Lagi</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Abaikan</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Buang</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Bantuan</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Terapkan</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Atur Ulang</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Kembalikan Bawaan</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;OK</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Batal</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Tutup</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Tutup tanpa Menyimpan</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Sembunyikan Rincian...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Tentang Qt</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>Go Back</source>
      <translation>Kembali</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Lanjutkan</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>&amp;Lanjut</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
      <source>Commit</source>
      <translation>Terapkan</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Selesai</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Selesai</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Bantuan</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Bantuan</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>U&amp;lang</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Po&amp;tong</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>T&amp;empel</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Pilih Semua</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>U&amp;lang</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Po&amp;tong</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Salin &amp;Alamat Tautan</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>T&amp;empel</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Pilih Semua</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Pilih Semua</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Naik</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Turun</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>All Files (*)</source>
      <translation>Semua Berkas (*)</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Mundur</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Maju</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Folder Induk</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Buat Folder Baru</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Tampilan Daftar</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Tampilan Rincian</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Cari di:</translation>
    </message>
    <message>
      <source>File name:</source>
      <translation>Nama berkas:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Jenis berkas:</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Simpan Sebagai</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Buka</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Pilih</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Folder:</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Folder Baru</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Folder &amp;Baru</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Hapus</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Tempat Terakhir</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Komputer Saya</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Komputer</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Cari Folder</translation>
    </message>
    <message>
      <source>Confirm Save</source>
      <translation>Konfirmasi Simpan</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Berkas tidak ditemukan.
Periksa kembali nama berkasnya.</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Folder tidak ditemukan.
Periksa kembali nama foldernya.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Yakin menghapus '%1'?</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Drive</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Folder Berkas</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Alias</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Pintasan</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Tidak diketahui</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Bilah samping</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Berkas</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ukuran</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Tanggal Diubah</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Komputer Saya</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Komputer</translation>
    </message>
    <message>
      <source>%1 KB</source>
      <translation>%1 KB</translation>
    </message>
    <message>
      <source>%1 MB</source>
      <translation>%1 MB</translation>
    </message>
    <message>
      <source>%1 GB</source>
      <translation>%1 GB</translation>
    </message>
    <message>
      <source>%1 bytes</source>
      <translation>%1 bita</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>Print</source>
      <translation>Cetak</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;Cetak</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;Pilihan &gt;&gt;</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;Pilihan &lt;&lt;</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>Cetak ke Berkas (PDF)</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Berkas lokal</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>Tulis berkas PDF</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>Cetak ke Berkas ...</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>Cetak semua</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Rentang cetak</translation>
    </message>
    <message>
      <source>Print selection</source>
      <translation>Cetak pilihan</translation>
    </message>
    <message>
      <source>Print current page</source>
      <translation>Cetak halaman ini</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QUnixPrintWidget</name>
    <message>
      <source>Printer</source>
      <translation>Pencetak</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nama:</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>P&amp;roperti</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Lokasi:</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Pratinjau</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Jenis:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>Berkas &amp;keluaran:</translation>
    </message>
    <message>
      <source>...</source>
      <translation>...</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesDialog</name>
    <message>
      <source>Printer Properties</source>
      <translation>Properti Pencetak</translation>
    </message>
    <message>
      <source>Job Options</source>
      <translation>Pilihan Cetak</translation>
    </message>
    <message>
      <source>Page Setup Conflicts</source>
      <translation>Konflik Pengaturan Halaman</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QPrintWidget</name>
    <message>
      <source>Form</source>
      <translation>Formulir</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Pencetak</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nama:</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>P&amp;roperti</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Lokasi:</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Pratinjau</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Jenis:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>Berkas &amp;keluaran:</translation>
    </message>
    <message>
      <source>...</source>
      <translation>...</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Form</source>
      <translation>Formulir</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Salinan</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Rentang cetak</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>Cetak semua</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>Halaman dari</translation>
    </message>
    <message>
      <source>to</source>
      <translation>sampai</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Halaman</translation>
    </message>
    <message>
      <source>Page Set:</source>
      <translation>Set halaman:</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Pilihan</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>Halaman ini</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>Pengaturan Keluaran</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>Salinan:</translation>
    </message>
    <message>
      <source>Collate</source>
      <translation>Susun</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>Urutan terbalik</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Pilihan</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>Mode Warna</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>Warna</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>Abu-abu</translation>
    </message>
    <message>
      <source>Duplex Printing</source>
      <translation>Cetak Bolak-balik</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Tidak</translation>
    </message>
    <message>
      <source>Long side</source>
      <translation>Sisi panjang</translation>
    </message>
    <message>
      <source>Short side</source>
      <translation>Sisi pendek</translation>
    </message>
  </context>
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>Form</source>
      <translation>Formulir</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Kertas</translation>
    </message>
    <message>
      <source>Page size:</source>
      <translation>Ukuran halaman:</translation>
    </message>
    <message>
      <source>Width:</source>
      <translation>Lebar:</translation>
    </message>
    <message>
      <source>Height:</source>
      <translation>Tinggi:</translation>
    </message>
    <message>
      <source>Paper source:</source>
      <translation>Sumber kertas:</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>Orientasi</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Tegak</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Mendatar</translation>
    </message>
    <message>
      <source>Reverse landscape</source>
      <translation>Mendatar terbalik</translation>
    </message>
    <message>
      <source>Reverse portrait</source>
      <translation>Tegak terbalik</translation>
    </message>
    <message>
      <source>Margins</source>
      <translation>Margin</translation>
    </message>
    <message>
      <source>top margin</source>
      <translation>margin atas</translation>
    </message>
    <message>
      <source>left margin</source>
      <translation>margin kiri</translation>
    </message>
    <message>
      <source>right margin</source>
      <translation>margin kanan</translation>
    </message>
    <message>
      <source>bottom margin</source>
      <translation>margin bawah</translation>
    </message>
    <message>
      <source>Page Layout</source>
      <translation>Tata Letak Halaman</translation>
    </message>
    <message>
      <source>Page order:</source>
      <translation>Urutan halaman:</translation>
    </message>
    <message>
      <source>Pages per sheet:</source>
      <translation>Halaman per lembar:</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Khusus</translation>
    </message>
    <message>
      <source>Centimeters (cm)</source>
      <translation>Sentimeter (cm)</translation>
    </message>
    <message>
      <source>Millimeters (mm)</source>
      <translation>Milimeter (mm)</translation>
    </message>
    <message>
      <source>Inches (in)</source>
      <translation>Inci (in)</translation>
    </message>
    <message>
      <source>Points (pt)</source>
      <translation>Poin (pt)</translation>
    </message>
  </context>
  <context>
    <name>QCalendarWidget</name>
    <message>
      <source>Today</source>
      <translation>Hari ini</translation>
    </message>
    <message>
      <source>Previous Month</source>
      <translation>Bulan Sebelumnya</translation>
    </message>
    <message>
      <source>Next Month</source>
      <translation>Bulan Berikutnya</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Bulan</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Tahun</translation>
    </message>
  </context>
</TS>
